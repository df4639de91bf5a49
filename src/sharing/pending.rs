//! The decisions waiting for a person on this computer (not shared: kept inside `.git`), so the
//! app and the next `sync` can put them to the person until they are decided.

use std::path::{Path, PathBuf};

use super::merge::Decision;

fn path(dir: &Path) -> PathBuf {
    dir.join(".git").join("prayer-bulletin-decisions.ron")
}

/// The decisions waiting.
pub fn read(dir: &Path) -> Vec<Decision> {
    std::fs::read_to_string(path(dir))
        .ok()
        .and_then(|text| crate::library::parse_ron::<Vec<Decision>>(&text, &path(dir)).ok())
        .unwrap_or_default()
}

/// Adds decisions to those waiting (one per file and field: a newer one replaces an older).
pub fn add(dir: &Path, decisions: &[Decision]) {
    let mut all = read(dir);
    for d in decisions {
        all.retain(|o| !(o.file == d.file && o.field == d.field && o.paragraph == d.paragraph));
        all.push(d.clone());
    }
    write(dir, &all);
}

/// Writes the decisions waiting (none: the file goes).
pub fn write(dir: &Path, decisions: &[Decision]) {
    let file = path(dir);
    if decisions.is_empty() {
        let _ignored: std::io::Result<()> = std::fs::remove_file(file);
        return;
    }
    if let Ok(text) = crate::library::to_ron(&decisions.to_vec(), &file) {
        let _ignored: Result<(), crate::library::LibraryError> =
            crate::library::write_atomically(&file, text.as_bytes());
    }
}
