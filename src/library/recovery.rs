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

/// Every recovery file in a library, oldest name first. Files that do not parse are skipped (they
/// are never deleted here).
pub fn find(library_dir: &Path) -> Vec<(PathBuf, Recovery)> {
    let Ok(dir) = std::fs::read_dir(library_dir.join(RECOVERY_DIR)) else { return Vec::new() };
    let mut found: Vec<(PathBuf, Recovery)> = dir
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let recovery = ron::from_str(&text).ok()?;
            Some((p, recovery))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
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

/// Writes the remembered draft, if any; returns where.
pub fn write_latest() -> Option<PathBuf> {
    let latest = LATEST.lock().ok()?.clone()?;
    super::write_atomically(&latest.0, latest.1.as_bytes()).ok()?;
    Some(latest.0)
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
        let saved = write_latest();
        let log = crash_log_path();
        let note = format!(
            "Prayer Bulletin stopped because of an error: {info}\nUnsaved edits: {}\n",
            saved.as_ref().map_or_else(|| "none".to_owned(), |p| format!("kept in {}", p.display()))
        );
        let logged = std::fs::write(&log, &note).is_ok();
        eprintln!(
            "\nPrayer Bulletin stopped unexpectedly. {}{}",
            saved.map_or_else(String::new, |p| format!(
                "Your unsaved edits were kept in {}; the app offers them when it starts. ",
                p.display()
            )),
            if logged { format!("Details: {}", log.display()) } else { String::new() }
        );
        default(info);
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_draft_is_written_and_found_again() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = Recovery { stem: None, bulletin: Bulletin { title: "Draft".into(), ..Bulletin::default() } };
        let path = recovery.path(dir.path());
        remember(path.clone(), recovery.to_ron().unwrap());
        assert_eq!(write_latest(), Some(path));
        assert_eq!(find(dir.path()).into_iter().map(|(_, r)| r).collect::<Vec<_>>(), [recovery]);
        forget();
        assert_eq!(write_latest(), None);
    }
}
