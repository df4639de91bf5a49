//! Unsaved edits kept beside the library every few seconds, so a crash or a power cut loses at most
//! those seconds; and the note a crash leaves for the next start.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::model::Bulletin;

/// The folder inside a library that holds recovery files.
pub const RECOVERY_DIR: &str = ".recovery";

/// A draft not yet saved, as kept in a recovery file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recovery {
    /// The bulletin's file stem, or `None` for a bulletin never saved.
    pub stem: Option<String>,
    /// The draft.
    pub bulletin: Bulletin,
}

impl Recovery {
    /// Where this draft's recovery file goes in `library_dir`.
    pub fn path(&self, library_dir: &Path) -> PathBuf {
        let name = self.stem.clone().unwrap_or_else(|| format!("new-{}", self.bulletin.file_stem()));
        library_dir.join(RECOVERY_DIR).join(format!("{name}.ron"))
    }

    /// The recovery file's text.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new())
    }
}

/// The recovery files of a library: the drafts that could be read, oldest name first, and a
/// [`super::Problem`] for each file (or the folder) that could not be. Nothing is deleted here: an
/// unreadable draft stays where it is, and the person is told where.
#[derive(Debug, Default)]
pub struct Found {
    /// The drafts, with their files.
    pub drafts: Vec<(PathBuf, Recovery)>,
    /// Recovery files that could not be read, with why.
    pub problems: Vec<super::Problem>,
}

/// Every recovery file in a library (see [`Found`]).
pub fn find(library_dir: &Path) -> Found {
    let folder = library_dir.join(RECOVERY_DIR);
    let problem = |path: &Path, message: String| super::Problem { path: path.to_owned(), line: 1, column: 1, message };
    let mut found = Found::default();
    let dir = match std::fs::read_dir(&folder) {
        Ok(dir) => dir,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return found,
        Err(e) => {
            found.problems.push(problem(&folder, format!("unsaved edits kept here could not be looked at: {e}")));
            return found;
        }
    };
    for entry in dir {
        let path = match entry {
            Ok(entry) => entry.path(),
            Err(e) => {
                found.problems.push(problem(&folder, format!("a file of unsaved edits could not be listed: {e}")));
                continue;
            }
        };
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(text) => match ron::from_str::<Recovery>(&text) {
                Ok(recovery) => found.drafts.push((path, recovery)),
                Err(e) => found.problems.push(super::Problem {
                    path: path.clone(),
                    line: e.span.start.line,
                    column: e.span.start.col,
                    message: format!(
                        "unsaved edits that could not be read back ({}); the file is left as it is",
                        e.code
                    ),
                }),
            },
            Err(e) => found
                .problems
                .push(problem(&path, format!("unsaved edits that could not be read ({e}); the file is left as it is"))),
        }
    }
    found.drafts.sort_by(|a, b| a.0.cmp(&b.0));
    found.problems.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// The latest recovery text and where it goes, for the panic hook to write if the app dies before
/// the next periodic write.
static LATEST: Mutex<Option<(PathBuf, String)>> = Mutex::new(None);

/// Remembers the latest draft for [`write_latest`].
pub fn remember(path: PathBuf, text: String) {
    if let Ok(mut latest) = LATEST.lock() {
        *latest = Some((path, text));
    }
}

/// Forgets the draft (it was saved or discarded).
pub fn forget() {
    if let Ok(mut latest) = LATEST.lock() {
        *latest = None;
    }
}

/// Writes the remembered draft, if any: `Ok(Some(path))` where it went, `Ok(None)` when there was
/// none, and an error when there was one and it could not be written.
pub fn write_latest() -> Result<Option<PathBuf>, super::LibraryError> {
    // A panic while the lock was held poisons it; the draft inside is still whole.
    let latest = LATEST.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
    let Some((path, text)) = latest else { return Ok(None) };
    super::write_atomically(&path, text.as_bytes())?;
    Ok(Some(path))
}

/// What the crash note and the message on the terminal say about the unsaved edits.
pub fn crash_note(written: &Result<Option<PathBuf>, super::LibraryError>) -> String {
    match written {
        Ok(None) => "Unsaved edits: none.".to_owned(),
        Ok(Some(path)) => {
            format!("Unsaved edits: kept in {}; the app offers them when it starts again.", path.display())
        }
        Err(e) => format!(
            "Unsaved edits: could NOT be kept ({e}); the last copy written every few seconds may be in the library's .recovery folder."
        ),
    }
}

/// Where the note about a crash is written.
pub fn crash_log_path() -> PathBuf {
    std::env::temp_dir().join("prayer-bulletin-crash.log")
}

/// Installs a panic hook that first writes the unsaved draft, then a crash log, then tells the user
/// where both are, before the default hook prints the panic.
pub fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let edits = crash_note(&write_latest());
        let log = crash_log_path();
        let note = format!("Prayer Bulletin stopped because of an error: {info}\n{edits}\n");
        let logged = match std::fs::write(&log, &note) {
            Ok(()) => format!("Details: {}", log.display()),
            Err(e) => format!("The details could not be written to {} ({e}).", log.display()),
        };
        eprintln!("\nPrayer Bulletin stopped unexpectedly. {edits} {logged}");
        default(info);
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_draft_is_written_and_found_again_and_a_failed_write_is_said() {
        // One test, because the remembered draft is one for the whole process.
        let dir = tempfile::tempdir().unwrap();
        let recovery = Recovery { stem: None, bulletin: Bulletin { title: "Draft".into(), ..Bulletin::default() } };
        let path = recovery.path(dir.path());
        remember(path.clone(), recovery.to_ron().unwrap());
        assert_eq!(write_latest().unwrap(), Some(path.clone()));
        assert!(crash_note(&write_latest()).starts_with("Unsaved edits: kept in "));
        let found = find(dir.path());
        assert_eq!(found.drafts.into_iter().map(|(_, r)| r).collect::<Vec<_>>(), std::slice::from_ref(&recovery));
        assert!(found.problems.is_empty());

        // Where the draft cannot be written (the recovery folder is a file), the note says so
        // instead of "none".
        let blocked = tempfile::tempdir().unwrap();
        std::fs::write(blocked.path().join(RECOVERY_DIR), "not a folder").unwrap();
        remember(recovery.path(blocked.path()), recovery.to_ron().unwrap());
        let written = write_latest();
        assert!(written.is_err());
        assert!(crash_note(&written).starts_with("Unsaved edits: could NOT be kept ("), "{}", crash_note(&written));

        forget();
        assert_eq!(write_latest().unwrap(), None);
        assert_eq!(crash_note(&write_latest()), "Unsaved edits: none.");
    }

    #[test]
    fn an_unreadable_recovery_file_is_listed_and_left_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join(RECOVERY_DIR);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("2026-11-21.ron"), "(stem: None, bulletin: (title: \"cut off").unwrap();
        let found = find(dir.path());
        assert!(found.drafts.is_empty());
        assert_eq!(found.problems.len(), 1);
        assert!(
            found.problems[0].message.starts_with("unsaved edits that could not be read back"),
            "{:?}",
            found.problems
        );
        assert!(folder.join("2026-11-21.ron").exists());
    }
}
