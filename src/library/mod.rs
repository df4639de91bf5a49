//! A library is a folder: `library.ron` and one RON file per bulletin in `bulletins/`.
//!
//! Loading never stops at a bad file: it is listed as a [`Problem`] with its line and column, and the
//! library refuses to write over it. Saving is atomic (a file beside the target, then a rename), and
//! the same bulletin always serialises to the same bytes.

mod apply;
mod lock;
pub mod recovery;
mod settings;
pub mod sources;
pub mod templates;

pub use apply::{Applied, ImportChoice, Outcome};
pub use lock::{LOCK_FILE, LOCK_PATIENCE, LibraryLock};
pub use settings::{ExportDefaults, LibrarySettings, Region, heading_key, heading_key_into};

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::model::{Bulletin, FORMAT_VERSION};

/// The settings file's name inside a library folder.
pub const SETTINGS_FILE: &str = "library.ron";
/// The folder inside a library that holds the bulletin files.
pub const BULLETINS_DIR: &str = "bulletins";
/// Where deleted bulletins go, inside the library folder.
pub const TRASH_DIR: &str = "trash";

/// Something that went wrong reading or writing a library.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    /// The folder or a file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A file did not parse.
    #[error("{0}")]
    Parse(Problem),
    /// A file could not be turned into RON.
    #[error("could not write {path}: {message}")]
    Serialize {
        /// The file concerned.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// Saving would replace a file that did not load, and so would lose what it holds.
    #[error("{path}: not saved, because that file did not load and would be overwritten; fix or move it first")]
    WouldOverwriteBroken {
        /// The broken file.
        path: PathBuf,
    },
    /// Saving would drop fields a newer version wrote into the file.
    #[error(
        "{path}: not saved, because the file has fields this version does not know ({fields}) and saving would drop them; update Prayer Bulletin, or save the bulletin under another date"
    )]
    WouldDropUnknownFields {
        /// The file.
        path: PathBuf,
        /// The unknown fields, comma-separated.
        fields: String,
    },
    /// A date would move past what the calendar holds.
    #[error("{path}: {message}")]
    DateOutOfRange {
        /// The file whose date it is.
        path: PathBuf,
        /// What could not be done.
        message: String,
    },
    /// Another program held the library's lock for longer than a command waits.
    #[error("{}: another program is using this library (waited {waited} s); try again when it has finished", path.display())]
    Busy {
        /// The library folder.
        path: PathBuf,
        /// How long was waited, in seconds.
        waited: u64,
    },
    /// The folder exists but holds no library, so nothing is written into it.
    #[error("{}: not a library (it has no library.ron and no bulletins/ folder); nothing was written", path.display())]
    NotALibrary {
        /// The folder.
        path: PathBuf,
    },
    /// The folder is not there.
    #[error("{path}: no such library folder")]
    NotFound {
        /// The folder.
        path: PathBuf,
    },
}

impl LibraryError {
    fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io { path: path.to_owned(), source }
    }
}

/// A file of the library that could not be used, with where in it the trouble is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: usize,
    /// 1-based column, when known.
    pub column: usize,
    /// A sentence saying what is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}: {}", self.path.display(), self.line, self.column, self.message)
    }
}

pub use crate::entry::Entry;

/// The largest file taken for a bulletin; anything bigger is listed as a problem without being read
/// through, so one stray huge file cannot stall opening the library.
pub const MAX_BULLETIN_BYTES: u64 = 8 * 1024 * 1024;

/// How far loading a library has come, for a progress bar: files read so far, out of how many.
#[derive(Debug, Default)]
pub struct LoadProgress {
    /// Bulletin files read so far.
    pub done: AtomicUsize,
    /// Bulletin files in the folder (0 until they have been listed).
    pub total: AtomicUsize,
}

/// What one file of `bulletins/` turned out to be.
enum Loaded {
    Entry(Box<Entry>),
    Problem(Problem),
}

fn load_file(path: &Path) -> Loaded {
    if path.extension().is_none_or(|ext| ext != "ron") {
        return Loaded::Problem(Problem {
            path: path.to_owned(),
            line: 1,
            column: 1,
            message: "not a bulletin file (bulletins are .ron files); left alone".to_owned(),
        });
    }
    match read_bulletin_with_unknown(path) {
        Ok(ParsedBulletin { bulletin, unknown_fields }) => {
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            Loaded::Entry(Box::new(Entry::new(stem, bulletin, unknown_fields)))
        }
        Err(problem) => Loaded::Problem(problem),
    }
}

/// What an entry of the `bulletins/` folder listing is.
#[derive(Debug, PartialEq, Eq)]
enum Listed {
    /// A file to read.
    File(PathBuf),
    /// A hidden file or folder (a sync tool's, an editor's), passed over.
    PassedOver,
    /// Something a person should hear about: it is not read.
    Problem(Problem),
}

/// Sorts one entry of the `bulletins/` listing. Nothing vanishes without a word: an entry the
/// system could not list, a link to nothing, or a folder where bulletins are, is a problem.
fn listed_file(entry: std::io::Result<PathBuf>, bulletins_dir: &Path) -> Listed {
    let problem =
        |path: &Path, message: String| Listed::Problem(Problem { path: path.to_owned(), line: 1, column: 1, message });
    let path = match entry {
        Ok(path) => path,
        Err(e) => return problem(bulletins_dir, format!("a file in this folder could not be listed: {e}")),
    };
    if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
        return Listed::PassedOver;
    }
    match fs::metadata(&path) {
        Ok(meta) if meta.is_file() => Listed::File(path),
        Ok(meta) if meta.is_dir() => problem(
            &path,
            "a folder inside bulletins/ is not read (bulletins are .ron files directly in it)".to_owned(),
        ),
        Ok(_) => problem(&path, "not a regular file; left alone".to_owned()),
        Err(e) if fs::symlink_metadata(&path).is_ok() => {
            problem(&path, format!("a link to a file that cannot be read ({e}); left alone"))
        }
        Err(e) => problem(&path, format!("could not be read: {e}")),
    }
}

/// A library folder, loaded.
#[derive(Clone, Debug)]
pub struct Library {
    /// The folder.
    pub dir: PathBuf,
    /// What `library.ron` holds (defaults when there is none).
    pub settings: LibrarySettings,
    /// The bulletins that loaded, newest first, undated last. Shared, so a search can run on another
    /// thread without copying them (see [`Library::entries_mut`]).
    pub entries: std::sync::Arc<Vec<Entry>>,
    /// The files that did not load.
    pub problems: Vec<Problem>,
    /// How long a change waits for another program holding the library's lock before it gives up
    /// ([`LibraryError::Busy`]): [`LOCK_PATIENCE`] for the command line; the app sets a fraction of a
    /// second, so its window never hangs.
    pub lock_patience: std::time::Duration,
}

impl Library {
    /// A library with default settings and no bulletins, not yet on disk.
    pub fn new_in(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            settings: LibrarySettings::default(),
            entries: std::sync::Arc::default(),
            problems: Vec::new(),
            lock_patience: LOCK_PATIENCE,
        }
    }

    /// The entries, to change them. They are copied first only if a search on another thread still
    /// holds them (it finishes within milliseconds, so this is rare).
    pub fn entries_mut(&mut self) -> &mut Vec<Entry> {
        std::sync::Arc::make_mut(&mut self.entries)
    }

    /// Reads the library in `dir`: its settings and every bulletin file. Files that do not parse are
    /// listed in [`Library::problems`]; only a missing or unreadable folder is an error.
    pub fn load(dir: impl Into<PathBuf>) -> Result<Self, LibraryError> {
        Self::load_counting(dir, &LoadProgress::default())
    }

    /// [`Library::load`], counting the files read in `progress` as it goes (another thread may
    /// watch it). The files are read and parsed by as many threads as the machine has cores (up to
    /// four), each taking a run of them in name order, so the result is the same as one thread's.
    pub fn load_counting(dir: impl Into<PathBuf>, progress: &LoadProgress) -> Result<Self, LibraryError> {
        let dir = dir.into();
        if !dir.is_dir() {
            return Err(LibraryError::NotFound { path: dir });
        }
        let mut library = Self::new_in(dir);
        let settings_path = library.dir.join(SETTINGS_FILE);
        if settings_path.exists() {
            match read_ron::<LibrarySettings>(&settings_path) {
                Ok(settings) => {
                    if settings.format > settings::SETTINGS_FORMAT {
                        library.problems.push(Problem {
                            path: settings_path.clone(),
                            line: 1,
                            column: 1,
                            message: format!(
                                "format {} is newer than this version of Prayer Bulletin reads ({}); update the app",
                                settings.format,
                                settings::SETTINGS_FORMAT
                            ),
                        });
                    }
                    library.settings = settings;
                }
                Err(problem) => library.problems.push(problem),
            }
        }
        let bulletins_dir = library.bulletins_dir();
        if !bulletins_dir.is_dir() && fs::symlink_metadata(&bulletins_dir).is_ok() {
            let why = match fs::metadata(&bulletins_dir) {
                Ok(_) => "is not a folder: bulletins are .ron files in a folder of this name".to_owned(),
                Err(e) => format!("cannot be opened ({e})"),
            };
            library.problems.push(Problem { path: bulletins_dir.clone(), line: 1, column: 1, message: why });
        }
        if bulletins_dir.is_dir() {
            let mut paths = Vec::new();
            for entry in fs::read_dir(&bulletins_dir).map_err(|e| LibraryError::io(&bulletins_dir, e))? {
                match listed_file(entry.map(|e| e.path()), &bulletins_dir) {
                    Listed::File(path) => paths.push(path),
                    Listed::PassedOver => {}
                    Listed::Problem(problem) => library.problems.push(problem),
                }
            }
            // All in one folder, so the paths as bytes sort as their names do; comparing bytes is
            // cheap, where `file_name()` parses each path again at every comparison (80% of this
            // thread's instructions for 5,200 weeks before the first file was read).
            paths.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
            progress.total.store(paths.len(), Ordering::Relaxed);
            let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).clamp(1, 4);
            // Small libraries are read on this thread: starting threads would cost more than it saves.
            let per_thread = paths.len().div_ceil(threads).max(64);
            let read = |part: &[PathBuf]| -> Vec<Loaded> {
                part.iter()
                    .map(|path| {
                        let loaded = load_file(path);
                        progress.done.fetch_add(1, Ordering::Relaxed);
                        loaded
                    })
                    .collect()
            };
            let parts: Vec<Vec<Loaded>> = if paths.len() <= per_thread {
                vec![read(&paths)]
            } else {
                std::thread::scope(|scope| {
                    let handles: Vec<_> =
                        paths.chunks(per_thread).map(|part| scope.spawn(move || read(part))).collect();
                    handles
                        .into_iter()
                        .map(|handle| handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
                        .collect()
                })
            };
            for loaded in parts.into_iter().flatten() {
                match loaded {
                    Loaded::Entry(entry) => library.entries_mut().push(*entry),
                    Loaded::Problem(problem) => library.problems.push(problem),
                }
            }
        }
        library.sort();
        Ok(library)
    }

    /// Why `library.ron` could not be read, when it could not: it is missing, unreadable, or does not
    /// parse. Public handouts depend on its rules (`public_weeks`), so they refuse then.
    pub fn settings_unreadable(&self) -> Option<String> {
        let path = self.dir.join(SETTINGS_FILE);
        if let Some(problem) = self.problems.iter().find(|p| p.path == path) {
            return Some(problem.to_string());
        }
        match fs::metadata(&path) {
            Ok(meta) if meta.is_file() => None,
            Ok(_) => Some(format!("{}: not a file", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(format!("{}: missing", path.display())),
            Err(e) => Some(format!("{}: {e}", path.display())),
        }
    }

    /// Whether `dir` holds a library: a `library.ron`, or a `bulletins/` folder.
    pub fn is_library(dir: &Path) -> bool {
        dir.join(SETTINGS_FILE).exists() || dir.join(BULLETINS_DIR).is_dir()
    }

    /// Reads a `library.ron` file.
    pub fn read_settings(path: &Path) -> Result<LibrarySettings, Problem> {
        read_ron(path)
    }

    /// The folder holding the bulletin files.
    pub fn bulletins_dir(&self) -> PathBuf {
        self.dir.join(BULLETINS_DIR)
    }

    /// The path of the bulletin file with this stem.
    pub fn path_of(&self, stem: &str) -> PathBuf {
        self.bulletins_dir().join(format!("{stem}.ron"))
    }

    /// Orders the entries newest first, undated last (by title).
    pub fn sort(&mut self) {
        self.entries_mut().sort_by(|a, b| match (a.bulletin.date, b.bulletin.date) {
            (Some(x), Some(y)) => y.cmp(&x).then_with(|| a.stem.cmp(&b.stem)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.bulletin.title.cmp(&b.bulletin.title).then_with(|| a.stem.cmp(&b.stem)),
        });
    }

    /// The entry whose file has this stem.
    ///
    /// Asked several times a frame, so a stem that is a date is looked up by halving the entries
    /// (kept newest first); anything else, or a list not in that order, falls back to a scan.
    pub fn entry(&self, stem: &str) -> Option<&Entry> {
        if let Ok(date) = chrono::NaiveDate::parse_from_str(stem, "%Y-%m-%d") {
            let newer = self.entries.partition_point(|e| e.bulletin.date.is_some_and(|d| d > date));
            let found =
                self.entries[newer..].iter().take_while(|e| e.bulletin.date == Some(date)).find(|e| e.stem == stem);
            if found.is_some() {
                return found;
            }
        }
        self.entries.iter().find(|e| e.stem == stem)
    }

    /// The entry for a date.
    pub fn entry_for_date(&self, date: chrono::NaiveDate) -> Option<&Entry> {
        self.entries.iter().find(|e| e.bulletin.date == Some(date))
    }

    /// The newest dated bulletin.
    pub fn newest_dated(&self) -> Option<&Entry> {
        self.entries.iter().find(|e| e.bulletin.date.is_some())
    }

    /// Changes `library.ron` safely in a folder that several people and programs share: under the
    /// library's lock ([`LibraryLock`]), reads the file as it is on disk now (someone may have changed
    /// it since this library was loaded), applies `change` to that, writes it back, and keeps the
    /// result. A `library.ron` that does not load is never overwritten.
    pub fn update_settings<R>(&mut self, change: impl FnOnce(&mut LibrarySettings) -> R) -> Result<R, LibraryError> {
        let lock = self.lock()?;
        self.update_settings_locked(&lock, change)
    }

    /// [`Library::update_settings`] for a caller that already holds the library's lock (taking it
    /// twice would wait for ever).
    pub fn update_settings_locked<R>(
        &mut self,
        _held: &LibraryLock,
        change: impl FnOnce(&mut LibrarySettings) -> R,
    ) -> Result<R, LibraryError> {
        let path = self.dir.join(SETTINGS_FILE);
        let on_disk = if path.exists() { Some(read_settings_to_change(&path)?) } else { None };
        let mut settings = on_disk.clone().unwrap_or_else(|| self.settings.clone());
        let result = change(&mut settings);
        if on_disk.as_ref() != Some(&settings) {
            let text = to_ron(&settings, &path)?;
            write_atomically(&path, text.as_bytes())?;
        }
        self.settings = settings;
        Ok(result)
    }

    /// Adds regions the library does not know yet after its own, under the lock (see
    /// [`Library::update_settings`]). Returns the names added.
    pub fn add_regions(&mut self, names: &[String]) -> Result<Vec<String>, LibraryError> {
        self.update_settings(|settings| settings.add_regions(names))
    }

    /// Writes `library.ron` (creating the folder if needed) as this library holds it, replacing what
    /// is there: for a new library. To change an existing one, use [`Library::update_settings`].
    pub fn save_settings(&self) -> Result<(), LibraryError> {
        let path = self.dir.join(SETTINGS_FILE);
        let text = to_ron(&self.settings, &path)?;
        write_atomically(&path, text.as_bytes())
    }

    /// A stem for a new bulletin that no existing file uses: its date, or `undated-<slug>` with a
    /// number added when that is taken.
    pub fn free_stem_for(&self, bulletin: &Bulletin) -> String {
        let base = bulletin.file_stem();
        let taken = |stem: &str| self.entry(stem).is_some() || self.path_of(stem).exists();
        if !taken(&base) {
            return base;
        }
        (2..).map(|n| format!("{base}-{n}")).find(|s| !taken(s)).unwrap_or(base)
    }

    /// Saves a bulletin under `stem` (atomically) and updates the entry list. When the bulletin's
    /// natural file name differs from `stem` (its date changed) and is free, the file moves there.
    /// Returns the stem it was saved under.
    pub fn save_bulletin(&mut self, stem: Option<&str>, bulletin: &Bulletin) -> Result<String, LibraryError> {
        let natural = bulletin.file_stem();
        let target = match stem {
            Some(old) if old != natural && self.entry(&natural).is_none() && !self.path_of(&natural).exists() => {
                natural
            }
            Some(old) => old.to_owned(),
            None => self.free_stem_for(bulletin),
        };
        let path = self.path_of(&target);
        if self.problems.iter().any(|p| p.path == path) {
            return Err(LibraryError::WouldOverwriteBroken { path });
        }
        if let Some(entry) = self.entry(&target).filter(|e| !e.unknown_fields.is_empty()) {
            return Err(LibraryError::WouldDropUnknownFields { path, fields: entry.unknown_fields.join(", ") });
        }
        let text = bulletin_to_ron(bulletin, &path)?;
        fs::create_dir_all(self.bulletins_dir()).map_err(|e| LibraryError::io(&self.bulletins_dir(), e))?;
        write_atomically(&path, text.as_bytes())?;
        if let Some(old) = stem.filter(|old| *old != target) {
            let old_path = self.path_of(old);
            fs::remove_file(&old_path).map_err(|e| LibraryError::io(&old_path, e))?;
            self.entries_mut().retain(|e| e.stem != old);
        }
        match self.entries_mut().iter_mut().find(|e| e.stem == target) {
            Some(entry) => {
                entry.bulletin = bulletin.clone();
                entry.search = crate::entry::SearchText::new(bulletin);
            }
            None => self.entries_mut().push(Entry::new(target.clone(), bulletin.clone(), Vec::new())),
        }
        self.sort();
        Ok(target)
    }

    /// Moves a bulletin's file into the library's `trash/` folder, so nothing is erased.
    pub fn trash_bulletin(&mut self, stem: &str) -> Result<PathBuf, LibraryError> {
        let from = self.path_of(stem);
        let trash = self.dir.join(TRASH_DIR);
        fs::create_dir_all(&trash).map_err(|e| LibraryError::io(&trash, e))?;
        let mut to = trash.join(format!("{stem}.ron"));
        let mut n = 2;
        while to.exists() {
            to = trash.join(format!("{stem}-{n}.ron"));
            n += 1;
        }
        fs::rename(&from, &to).map_err(|e| LibraryError::io(&from, e))?;
        self.entries_mut().retain(|e| e.stem != stem);
        Ok(to)
    }
}

/// The pretty RON a bulletin file holds.
pub fn bulletin_to_ron(bulletin: &Bulletin, path: &Path) -> Result<String, LibraryError> {
    to_ron(bulletin, path)
}

pub(crate) fn to_ron<T: serde::Serialize>(value: &T, path: &Path) -> Result<String, LibraryError> {
    let config = ron::ser::PrettyConfig::new().indentor("  ".to_owned()).struct_names(false).escape_strings(false);
    let mut text = ron::ser::to_string_pretty(value, config)
        .map_err(|e| LibraryError::Serialize { path: path.to_owned(), message: e.to_string() })?;
    text.push('\n');
    Ok(text)
}

/// Reads one bulletin file, checking its format version.
pub fn read_bulletin(path: &Path) -> Result<Bulletin, Problem> {
    read_bulletin_with_unknown(path).map(|parsed| parsed.bulletin)
}

/// Reads one bulletin file, and the names of fields in it that this version does not know.
pub fn read_bulletin_with_unknown(path: &Path) -> Result<ParsedBulletin, Problem> {
    let size = fs::metadata(path).map_or(0, |m| m.len());
    if size > MAX_BULLETIN_BYTES {
        return Err(Problem {
            path: path.to_owned(),
            line: 1,
            column: 1,
            message: format!("the file is {} MB, too large to be a bulletin; left alone", size / (1024 * 1024)),
        });
    }
    parse_bulletin(&read_text(path)?, path)
}

/// A bulletin read from RON text, and what in the text this version did not understand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedBulletin {
    /// The bulletin.
    pub bulletin: Bulletin,
    /// Fields in the text that this version does not know (written by a newer version), as paths
    /// such as `sections.0.items.1.colour`. Saving over them would drop them.
    pub unknown_fields: Vec<String>,
}

/// The one way text becomes a bulletin, used by the library, by `import` and by the tests: the RON
/// is parsed with line and column for every error, fields this version does not know are collected,
/// and a `format` newer than [`FORMAT_VERSION`] is refused.
pub fn parse_bulletin(text: &str, path: &Path) -> Result<ParsedBulletin, Problem> {
    if text.trim().is_empty() {
        return Err(Problem { path: path.to_owned(), line: 1, column: 1, message: "the file is empty".to_owned() });
    }
    let mut unknown_fields = Vec::new();
    let mut de = ron::Deserializer::from_str(text).map_err(|e| spanned_problem(path, &e))?;
    let bulletin: Bulletin = serde_ignored::deserialize(&mut de, |field| unknown_fields.push(field.to_string()))
        .map_err(|e| spanned_problem(path, &de.span_error(e)))?;
    de.end().map_err(|e| spanned_problem(path, &de.span_error(e)))?;
    if bulletin.format > FORMAT_VERSION {
        return Err(Problem {
            path: path.to_owned(),
            line: 1,
            column: 1,
            message: format!(
                "format {} is newer than this version of Prayer Bulletin reads ({FORMAT_VERSION}); update the app",
                bulletin.format
            ),
        });
    }
    Ok(ParsedBulletin { bulletin, unknown_fields })
}

fn spanned_problem(path: &Path, e: &ron::error::SpannedError) -> Problem {
    Problem { path: path.to_owned(), line: e.span.start.line, column: e.span.start.col, message: e.code.to_string() }
}

/// Reads `library.ron` to change it: refused when it did not load, or when it holds fields this
/// version does not know (a newer version shares the folder), which writing it back would drop.
fn read_settings_to_change(path: &Path) -> Result<LibrarySettings, LibraryError> {
    let text = read_text(path).map_err(LibraryError::Parse)?;
    let mut unknown = Vec::new();
    let mut de = ron::Deserializer::from_str(&text).map_err(|e| LibraryError::Parse(spanned_problem(path, &e)))?;
    let settings: LibrarySettings = serde_ignored::deserialize(&mut de, |field| unknown.push(field.to_string()))
        .map_err(|e| LibraryError::Parse(spanned_problem(path, &de.span_error(e))))?;
    if !unknown.is_empty() {
        return Err(LibraryError::WouldDropUnknownFields { path: path.to_owned(), fields: unknown.join(", ") });
    }
    Ok(settings)
}

fn read_ron<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Problem> {
    parse_ron(&read_text(path)?, path)
}

pub(crate) fn read_text(path: &Path) -> Result<String, Problem> {
    let bytes =
        fs::read(path).map_err(|e| Problem { path: path.to_owned(), line: 1, column: 1, message: e.to_string() })?;
    String::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_col(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        Problem { path: path.to_owned(), line, column, message: "the file is not UTF-8 text".to_owned() }
    })
}

pub(crate) fn parse_ron<T: serde::de::DeserializeOwned>(text: &str, path: &Path) -> Result<T, Problem> {
    if text.trim().is_empty() {
        return Err(Problem { path: path.to_owned(), line: 1, column: 1, message: "the file is empty".to_owned() });
    }
    ron::from_str(text).map_err(|e| Problem {
        path: path.to_owned(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    })
}

fn line_col(valid: &[u8]) -> (usize, usize) {
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, column)
}

/// Writes `bytes` to `path` so that a reader sees either the old file or the new one, never half of
/// one: the bytes go to a file beside it, are flushed to disk, and the file is renamed over the target.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), LibraryError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| LibraryError::io(dir, e))?;
    let mut file = tempfile::Builder::new()
        .prefix(".saving-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| LibraryError::io(dir, e))?;
    file.write_all(bytes).map_err(|e| LibraryError::io(path, e))?;
    // The file beside is created readable by its owner only; a bulletin keeps the permissions it had,
    // and a new one gets the usual ones, so others sharing the folder can still read it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o7777);
        file.as_file().set_permissions(fs::Permissions::from_mode(mode)).map_err(|e| LibraryError::io(path, e))?;
    }
    file.as_file().sync_all().map_err(|e| LibraryError::io(path, e))?;
    file.persist(path).map_err(|e| LibraryError::io(path, e.error))?;
    Ok(())
}

impl Library {
    /// A new week's bulletin from the library's template: dated `date`, or one week after the newest
    /// bulletin (today when there is none); regions in the library's order with their standing
    /// paragraphs; the closing note. Headline and verse are left for the coordinator.
    ///
    /// Fails, naming the newest bulletin's file, when the week after it is past the last date the
    /// calendar holds.
    pub fn new_week(&self, date: Option<chrono::NaiveDate>) -> Result<Bulletin, LibraryError> {
        let date = match (date, self.newest_dated()) {
            (Some(date), _) => date,
            (None, Some(newest)) => {
                let last = newest.bulletin.date.unwrap_or_default();
                crate::model::weeks_after(last, 1).ok_or_else(|| LibraryError::DateOutOfRange {
                    path: self.path_of(&newest.stem),
                    message: format!("the week after {last} is past the last date the calendar holds"),
                })?
            }
            // The first week: the library's weekday, the next one from today (today, if it is that day).
            (None, None) => {
                use chrono::Datelike as _;
                let today = chrono::Local::now().date_naive();
                match self.settings.weekday() {
                    Some(day) => {
                        let ahead = (7 + day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
                        today + chrono::Days::new(u64::from(ahead))
                    }
                    None => today,
                }
            }
        };
        Ok(Bulletin {
            date: Some(date),
            sections: self
                .settings
                .regions
                .iter()
                .map(|r| crate::model::Section {
                    region: r.name.clone(),
                    items: r
                        .standing
                        .iter()
                        .map(|text| crate::model::Item::new(crate::model::ItemKind::Info, text.clone()))
                        .collect(),
                })
                .collect(),
            closing: self.settings.closing.clone(),
            state: crate::model::ReviewState::Draft,
            ..Bulletin::default()
        })
    }
}

impl Library {
    /// Renames a region in `library.ron` (keeping the old name as an alias) and in every bulletin
    /// that has it, saving each changed file: all or nothing. Every file is checked before anything is
    /// written (one that did not load, or holds fields of a newer version, stops the rename), and if a
    /// write still fails half-way, what was written is put back. Returns how many bulletins changed.
    pub fn rename_region(&mut self, from: &str, to: &str) -> Result<usize, LibraryError> {
        let lock = self.lock()?;
        let changed: Vec<(String, Bulletin, Bulletin)> = self
            .entries
            .iter()
            .filter(|e| e.bulletin.sections.iter().any(|s| s.region == from))
            .map(|e| {
                let mut b = e.bulletin.clone();
                for s in b.sections.iter_mut().filter(|s| s.region == from) {
                    s.region = to.to_owned();
                }
                (e.stem.clone(), e.bulletin.clone(), b)
            })
            .collect();
        for (stem, _, _) in &changed {
            self.check_writable(stem)?;
        }
        let settings_before = self.settings.clone();
        self.update_settings_locked(&lock, |settings| {
            if let Some(region) = settings.regions.iter_mut().find(|r| r.name == from) {
                region.name = to.to_owned();
                if !region.aliases.iter().any(|a| a == from) {
                    region.aliases.push(from.to_owned());
                }
            }
        })?;
        for (done, (stem, _, renamed)) in changed.iter().enumerate() {
            if let Err(e) = self.save_bulletin(Some(stem), renamed) {
                // Put back what was written, so the library is as it was.
                for (stem, before, _) in &changed[..done] {
                    if let Err(undo) = self.save_bulletin(Some(stem), before) {
                        log::error!("{stem}: could not put back after a failed rename: {undo}");
                    }
                }
                let _put_back = self.update_settings_locked(&lock, |settings| *settings = settings_before.clone());
                return Err(e);
            }
        }
        Ok(changed.len())
    }

    /// Takes the library's lock, waiting at most [`Library::lock_patience`].
    pub fn lock(&self) -> Result<LibraryLock, LibraryError> {
        LibraryLock::acquire_within(&self.dir, self.lock_patience, || {})
    }

    /// Whether the bulletin under `stem` may be saved over: refused for a file that did not load or
    /// holds fields of a newer version (see [`Library::save_bulletin`]).
    pub fn check_writable(&self, stem: &str) -> Result<(), LibraryError> {
        let path = self.path_of(stem);
        if self.problems.iter().any(|p| p.path == path) {
            return Err(LibraryError::WouldOverwriteBroken { path });
        }
        if let Some(entry) = self.entry(stem).filter(|e| !e.unknown_fields.is_empty()) {
            return Err(LibraryError::WouldDropUnknownFields { path, fields: entry.unknown_fields.join(", ") });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_of_the_folder_listing_is_read_passed_over_or_said() {
        let dir = tempfile::tempdir().unwrap();
        let bulletins = dir.path();
        let file = bulletins.join("2021-06-26.ron");
        fs::write(&file, "()").unwrap();
        assert_eq!(listed_file(Ok(file.clone()), bulletins), Listed::File(file));
        assert_eq!(listed_file(Ok(bulletins.join(".sync-state")), bulletins), Listed::PassedOver);

        let Listed::Problem(p) = listed_file(Err(std::io::Error::other("input/output error")), bulletins) else {
            panic!("an entry the system could not list must be said")
        };
        assert_eq!(p.path, bulletins);
        assert!(p.message.contains("could not be listed: input/output error"), "{}", p.message);

        fs::create_dir(bulletins.join("old")).unwrap();
        let Listed::Problem(p) = listed_file(Ok(bulletins.join("old")), bulletins) else { panic!("a folder is said") };
        assert!(p.message.starts_with("a folder inside bulletins/"), "{}", p.message);

        #[cfg(unix)]
        {
            let link = bulletins.join("2021-06-19.ron");
            std::os::unix::fs::symlink(bulletins.join("gone.ron"), &link).unwrap();
            let Listed::Problem(p) = listed_file(Ok(link), bulletins) else { panic!("a dangling link is said") };
            assert!(p.message.starts_with("a link to a file that cannot be read"), "{}", p.message);
        }
    }
}
