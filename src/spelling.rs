//! Spell-checking as a coordinator types, with Hunspell dictionaries read by `spellbook`: the
//! system's (`/usr/share/hunspell`, Debian's `hunspell-en-us`, `hunspell-es`, `hunspell-ko`, ...) or
//! those in the library's `dictionaries/` folder, and the library's own word list (`words.ron`:
//! place and people names learnt once serve every coordinator). No UI here: the editor asks
//! [`Speller::misspelt`] for the ranges to underline and [`Speller::suggest`] for a right-click.
//! Chinese has no dictionary and is not checked.

use std::collections::HashSet;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The library's own word list, `words.ron` in its folder.
pub const WORDS_FILE: &str = "words.ron";

/// Where dictionaries are looked for, after the library's `dictionaries/` folder.
pub const SYSTEM_FOLDERS: &[&str] = &["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"];

/// The library's word list as written on disk.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Words {
    /// Words every coordinator's spell-check accepts, as added.
    pub words: Vec<String>,
}

/// Why a dictionary could not be had.
#[derive(Debug, thiserror::Error)]
pub enum SpellError {
    /// No dictionary for the language in any folder looked in.
    #[error("no dictionary for {language} (looked in {looked})")]
    Missing {
        /// The language.
        language: String,
        /// The folders looked in.
        looked: String,
    },
    /// Chinese (and any language written without spaces) is not spell-checked.
    #[error("{0} is not spell-checked")]
    NotChecked(String),
    /// A dictionary that could not be read.
    #[error("{path}: {why}")]
    Unreadable {
        /// The file.
        path: String,
        /// Why.
        why: String,
    },
}

/// The files of a language's dictionary (`.aff`, `.dic`) in `folders`, by the names Hunspell
/// packages use ("es" → `es_ES`, then any `es_*`; "ko" → `ko_KR` or `ko`).
pub fn find(language: &str, folders: &[PathBuf]) -> Result<(PathBuf, PathBuf), SpellError> {
    let code = crate::i18n::supported(language).unwrap_or(language);
    let base = code.split('-').next().unwrap_or(code).to_lowercase();
    if base == "zh" || base == "ja" || base == "th" {
        return Err(SpellError::NotChecked(language.to_owned()));
    }
    let preferred = match base.as_str() {
        "en" => vec!["en_US", "en_GB", "en"],
        "es" => vec!["es_ES", "es"],
        "ko" => vec!["ko_KR", "ko"],
        _ => vec![base.as_str()],
    };
    for folder in folders {
        for name in &preferred {
            let (aff, dic) = (folder.join(format!("{name}.aff")), folder.join(format!("{name}.dic")));
            if aff.is_file() && dic.is_file() {
                return Ok((aff, dic));
            }
        }
        // Any regional dictionary of the language ("es_MX").
        let mut names: Vec<PathBuf> =
            std::fs::read_dir(folder).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
        names.sort();
        for dic in names.iter().filter(|p| p.extension().is_some_and(|e| e == "dic")) {
            let stem = dic.file_stem().map(|s| s.to_string_lossy().to_lowercase()).unwrap_or_default();
            if stem.starts_with(&format!("{base}_")) && dic.with_extension("aff").is_file() {
                return Ok((dic.with_extension("aff"), dic.clone()));
            }
        }
    }
    let looked = folders.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(", ");
    Err(SpellError::Missing { language: language.to_owned(), looked })
}

/// The folders looked in for `library`'s dictionaries: its `dictionaries/`, then the system's.
pub fn folders(library: Option<&Path>) -> Vec<PathBuf> {
    library.map(|l| l.join("dictionaries")).into_iter().chain(SYSTEM_FOLDERS.iter().map(PathBuf::from)).collect()
}

/// A language's dictionary with the words the library knows.
pub struct Speller {
    dictionary: spellbook::Dictionary,
    /// The library's words and the names it already holds (regions, places and people of earlier
    /// weeks), folded to lower case.
    known: HashSet<String>,
}

impl std::fmt::Debug for Speller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Speller").field("known", &self.known.len()).finish()
    }
}

impl Speller {
    /// Reads the dictionary of `language` from `folders` (slow for large dictionaries: call it off
    /// the window's thread).
    pub fn load(language: &str, folders: &[PathBuf]) -> Result<Self, SpellError> {
        let (aff, dic) = find(language, folders)?;
        let read = |p: &Path| {
            std::fs::read(p)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .map_err(|e| SpellError::Unreadable { path: p.display().to_string(), why: e.to_string() })
        };
        let dictionary = spellbook::Dictionary::new(&read(&aff)?, &read(&dic)?)
            .map_err(|e| SpellError::Unreadable { path: dic.display().to_string(), why: e.to_string() })?;
        Ok(Self { dictionary, known: HashSet::new() })
    }

    /// Also accepts `words` (the library's list, its regions, names from earlier weeks).
    pub fn know<'a>(&mut self, words: impl IntoIterator<Item = &'a str>) {
        for w in words {
            for word in word_ranges(w).map(|r| &w[r]) {
                self.known.insert(word.to_lowercase());
            }
        }
    }

    /// Whether `word` is spelt right (or known to the library).
    pub fn check(&self, word: &str) -> bool {
        self.known.contains(&word.to_lowercase()) || self.dictionary.check(word)
    }

    /// The byte ranges of the misspelt words in `text`.
    pub fn misspelt(&self, text: &str) -> Vec<Range<usize>> {
        word_ranges(text).filter(|r| !self.check(&text[r.clone()])).collect()
    }

    /// Up to five suggestions for `word`.
    pub fn suggest(&self, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.dictionary.suggest(word, &mut out);
        out.truncate(5);
        out
    }
}

/// The words of `text` worth checking: runs of letters (with inner apostrophes and hyphens), not
/// numbers, not words with digits, not web or e-mail addresses, not words in capitals (acronyms).
pub fn word_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let rest = &text[at..];
            let start = at + rest.find(|c: char| c.is_alphanumeric())?;
            let mut end = start;
            let mut chars = text[start..].char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let inner = matches!(c, '\'' | '\u{2019}' | '-')
                    && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric())
                    && i > 0;
                if c.is_alphanumeric()
                    || inner
                    || matches!(c, '.' | '@' | '/' | ':' | '_') && is_address(&text[start..])
                {
                    end = start + i + c.len_utf8();
                } else {
                    break;
                }
            }
            at = end.max(start + 1);
            let word = &text[start..end];
            let skip = word.chars().any(|c| c.is_ascii_digit())
                || word.contains(['@', '/', '.', ':', '_'])
                || (word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()))
                || word.chars().count() < 2;
            if !skip {
                return Some(start..end);
            }
        }
        None
    })
}

/// Whether a word starting here is a web or e-mail address (then checked as one piece and skipped).
fn is_address(from: &str) -> bool {
    let word = from.split(char::is_whitespace).next().unwrap_or("");
    word.contains('@') || word.contains("://") || word.starts_with("www.")
}

/// Reads the library's word list (none: empty).
pub fn read_words(library: &Path) -> Words {
    std::fs::read_to_string(library.join(WORDS_FILE)).ok().and_then(|t| ron::from_str(&t).ok()).unwrap_or_default()
}

/// Adds `word` to the library's word list, atomically; returns whether it was new.
pub fn add_word(library: &Path, word: &str) -> Result<bool, String> {
    let mut words = read_words(library);
    if words.words.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        return Ok(false);
    }
    words.words.push(word.to_owned());
    words.words.sort_by_key(|w| w.to_lowercase());
    let text = ron::ser::to_string_pretty(&words, ron::ser::PrettyConfig::default()).map_err(|e| e.to_string())?;
    crate::library::write_atomically(&library.join(WORDS_FILE), text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(true)
}

/// Names the library already holds: its regions, and the capitalised words of its bulletins
/// (places and people of earlier weeks).
pub fn names_in(regions: &[String], entries: &[crate::entry::Entry]) -> HashSet<String> {
    let mut names: HashSet<String> = HashSet::new();
    let texts = entries.iter().flat_map(|e| crate::entry::texts(&e.bulletin).map(|(_, t)| t.into_owned()));
    for text in regions.iter().cloned().chain(texts) {
        for r in word_ranges(&text) {
            let word = &text[r];
            if word.chars().next().is_some_and(char::is_uppercase) {
                names.insert(word.to_owned());
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_letters_not_numbers_addresses_or_acronyms() {
        let text = "Pray for Ana's family in São Paulo, 12 km away; write to team@example.org or www.x.org. NGO staff well-being";
        let words: Vec<&str> = word_ranges(text).map(|r| &text[r]).collect();
        assert_eq!(
            words,
            [
                "Pray",
                "for",
                "Ana's",
                "family",
                "in",
                "São",
                "Paulo",
                "km",
                "away",
                "write",
                "to",
                "or",
                "staff",
                "well-being"
            ]
        );
    }

    #[test]
    fn a_missing_dictionary_is_said_and_chinese_is_not_checked() {
        let empty = tempfile::tempdir().unwrap();
        let folders = vec![empty.path().to_owned()];
        assert!(matches!(find("zh-TW", &folders), Err(SpellError::NotChecked(_))));
        let err = find("ko", &folders).unwrap_err();
        assert!(err.to_string().starts_with("no dictionary for ko"), "{err}");
    }

    #[test]
    fn a_word_added_is_kept_once_in_the_library() {
        let dir = tempfile::tempdir().unwrap();
        assert!(add_word(dir.path(), "Kampala").unwrap());
        assert!(!add_word(dir.path(), "kampala").unwrap());
        assert!(add_word(dir.path(), "Bogotá").unwrap());
        assert_eq!(read_words(dir.path()).words, ["Bogotá", "Kampala"]);
    }
}
