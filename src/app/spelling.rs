//! Spell-checking in the editor: each language's dictionary read once, off the window's thread
//! (it comes back as an arrival), the library's words, words ignored for the session, and the
//! misspelt words of each text worked out once per text rather than every frame.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use super::App;
use super::arrival::{Arrival, Parcel};
use crate::spelling::{SpellError, Speller};

/// The spelling state of the window.
#[derive(Debug, Default)]
pub struct Spelling {
    /// Dictionaries read, by language.
    spellers: HashMap<String, Arc<Speller>>,
    /// The language whose dictionary is being read.
    loading: Option<String>,
    /// Languages with no dictionary (said once).
    missing: HashSet<String>,
    /// The library's words (`words.ron`), lower case.
    pub library_words: HashSet<String>,
    /// Words ignored until the app closes, lower case.
    pub ignored: HashSet<String>,
    /// The misspelt words of texts already checked, by a hash of language and text (a frame looks
    /// its fields up without copying them).
    cache: HashMap<u64, Vec<Range<usize>>>,
}

/// A dictionary read (or why not), for a language.
pub type DictionaryRead = (String, Result<Speller, SpellError>);

impl Spelling {
    /// The misspelt words of `text` in `language` (none while its dictionary is being read or when
    /// there is none).
    pub fn misspelt(&mut self, language: &str, text: &str) -> Vec<Range<usize>> {
        let Some(speller) = self.spellers.get(language) else { return Vec::new() };
        let key = {
            use std::hash::{Hash as _, Hasher as _};
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            (language, text).hash(&mut hasher);
            hasher.finish()
        };
        if let Some(found) = self.cache.get(&key) {
            return found.clone();
        }
        let found: Vec<Range<usize>> = speller
            .misspelt(text)
            .into_iter()
            .filter(|r| {
                let word = text[r.clone()].to_lowercase();
                !self.library_words.contains(&word) && !self.ignored.contains(&word)
            })
            .collect();
        if self.cache.len() > 2_000 {
            self.cache.clear();
        }
        self.cache.insert(key, found.clone());
        found
    }

    /// Suggestions for `word` in `language`.
    pub fn suggest(&self, language: &str, word: &str) -> Vec<String> {
        self.spellers.get(language).map(|s| s.suggest(word)).unwrap_or_default()
    }

    /// Forgets what was worked out (a word was added or ignored).
    pub fn forget_checked(&mut self) {
        self.cache.clear();
    }

    /// Whether `language`'s dictionary is ready.
    pub fn ready(&self, language: &str) -> bool {
        self.spellers.contains_key(language)
    }
}

impl App {
    /// The language of the draft being edited: its own, else the library's, else English.
    pub fn draft_language(&self) -> String {
        let own = self.edit.as_ref().and_then(|e| e.draft.language.clone());
        let library = self.library.as_ref().and_then(|l| l.settings.language.clone());
        let code = own.or(library).unwrap_or_else(|| "en-US".to_owned());
        crate::i18n::supported(&code).unwrap_or("en-US").to_owned()
    }

    /// Starts reading the dictionary of the draft's language, when spelling is on and it is not
    /// read, being read, or known to be missing.
    pub(super) fn want_dictionary(&mut self) {
        if !self.settings.spell_check || self.edit.is_none() || self.spelling.loading.is_some() {
            return;
        }
        let language = self.draft_language();
        if self.spelling.ready(&language) || self.spelling.missing.contains(&language) {
            return;
        }
        let library = self.library.as_ref();
        let folders = crate::spelling::folders(library.map(|l| l.dir.as_path()));
        let regions: Vec<String> =
            library.map(|l| l.settings.regions.iter().map(|r| r.name.clone()).collect()).unwrap_or_default();
        let entries = library.map(|l| l.entries.clone()).unwrap_or_default();
        if let Some(l) = library {
            let words = crate::spelling::read_words(&l.dir).words;
            self.spelling.library_words = words.iter().map(|w| w.to_lowercase()).collect();
        }
        self.spelling.loading = Some(language.clone());
        let (send, receive) = std::sync::mpsc::channel::<DictionaryRead>();
        self.dictionary_receiver = Some(receive);
        std::thread::spawn(move || {
            let read = Speller::load(&language, &folders).map(|mut speller| {
                let names = crate::spelling::names_in(&regions, &entries);
                speller.know(names.iter().map(String::as_str));
                speller
            });
            let _window_gone: Result<(), _> = send.send((language, read));
        });
    }

    /// Queues a dictionary that has been read.
    pub(super) fn poll_dictionary(&mut self, ctx: &egui::Context) {
        let Some(receive) = &self.dictionary_receiver else { return };
        match receive.try_recv() {
            Ok(read) => {
                self.dictionary_receiver = None;
                self.push(super::Command::Arrived(Arrival::Dictionary(Parcel::new(read))));
                ctx.request_repaint();
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.dictionary_receiver = None;
                self.spelling.loading = None;
            }
        }
    }

    /// Takes a dictionary read (queued as an arrival); a missing one is said once.
    pub(super) fn dictionary_arrived(&mut self, (language, read): DictionaryRead) {
        self.spelling.loading = None;
        match read {
            Ok(speller) => {
                self.spelling.spellers.insert(language, Arc::new(speller));
                self.spelling.forget_checked();
            }
            Err(SpellError::NotChecked(_)) => {
                self.spelling.missing.insert(language);
            }
            Err(e) => {
                log::info!("spelling: {e}");
                let name = crate::i18n::language_name(&language);
                self.messages.warn(crate::tr!("spelling-no-dictionary", language = name));
                self.spelling.missing.insert(language);
            }
        }
    }

    /// Adds `word` to the library's word list (every coordinator's spell-check accepts it).
    pub(super) fn add_word(&mut self, word: &str) {
        let Some(library) = &self.library else { return };
        match crate::spelling::add_word(&library.dir, word) {
            Ok(_) => {
                self.spelling.library_words.insert(word.to_lowercase());
                self.spelling.forget_checked();
                self.commit_after_save();
            }
            Err(e) => self.messages.error(format!("{word}: {e}")),
        }
    }

    /// Ignores `word` until the app closes.
    pub(super) fn ignore_word(&mut self, word: &str) {
        self.spelling.ignored.insert(word.to_lowercase());
        self.spelling.forget_checked();
    }
}
