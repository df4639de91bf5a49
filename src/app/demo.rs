//! The demo library, built into the program (so an installed binary has it too) and copied into the
//! user's data folder on first run. The app opens that copy, never the repository's `sample-data/`,
//! so trying it out (a new week, a save) writes nothing into the source tree.

use std::path::{Path, PathBuf};

/// The name eframe keeps the app's settings under; the data folder is named after it too.
pub const APP_ID: &str = "Prayer Bulletin";

/// The demo library's files, relative to its folder, with their text (`sample-data/` at build time).
pub const FILES: &[(&str, &str)] = &[
    ("bulletins/2026-09-12.ron", include_str!("../../sample-data/bulletins/2026-09-12.ron")),
    ("bulletins/2026-09-19.ron", include_str!("../../sample-data/bulletins/2026-09-19.ron")),
    ("bulletins/2026-09-26.ron", include_str!("../../sample-data/bulletins/2026-09-26.ron")),
    ("bulletins/2026-10-03.ron", include_str!("../../sample-data/bulletins/2026-10-03.ron")),
    ("bulletins/2026-10-10.ron", include_str!("../../sample-data/bulletins/2026-10-10.ron")),
    ("bulletins/2026-10-24.ron", include_str!("../../sample-data/bulletins/2026-10-24.ron")),
    ("bulletins/2026-10-31.ron", include_str!("../../sample-data/bulletins/2026-10-31.ron")),
    ("bulletins/2026-11-07.ron", include_str!("../../sample-data/bulletins/2026-11-07.ron")),
    ("bulletins/2026-11-14.ron", include_str!("../../sample-data/bulletins/2026-11-14.ron")),
    (
        "bulletins/undated-harvest-light-prayer-request.ron",
        include_str!("../../sample-data/bulletins/undated-harvest-light-prayer-request.ron"),
    ),
    ("library.ron", include_str!("../../sample-data/library.ron")),
    ("sources/eastgate-fellowship.ron", include_str!("../../sample-data/sources/eastgate-fellowship.ron")),
];

/// The folder the demo is copied to: `demo-library` in the platform's data folder for the app.
pub fn folder() -> Option<PathBuf> {
    eframe::storage_dir(APP_ID).map(|dir| dir.join("demo-library"))
}

/// The demo library's folder, copied there first when it is not there yet.
pub fn installed() -> Result<PathBuf, String> {
    let dir = folder().ok_or("this system has no data folder for the app")?;
    if !dir.join(crate::library::SETTINGS_FILE).is_file() {
        install(&dir)?;
    }
    Ok(dir)
}

/// Writes the demo library into `dir` (a file already there is left as it is: a coordinator may
/// have changed the demo).
pub fn install(dir: &Path) -> Result<(), String> {
    for (name, text) in FILES {
        let path = dir.join(name);
        if path.exists() {
            continue;
        }
        crate::library::write_atomically(&path, text.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_demo_is_the_whole_sample_library() {
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data");
        let mut on_disk = Vec::new();
        for dir in [
            sample.clone(),
            sample.join(crate::library::BULLETINS_DIR),
            sample.join(crate::library::sources::SOURCES_DIR),
        ] {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_file() {
                    on_disk.push(path.strip_prefix(&sample).unwrap().to_string_lossy().replace('\\', "/"));
                }
            }
        }
        on_disk.sort();
        let built_in: Vec<String> = FILES.iter().map(|(name, _)| (*name).to_owned()).collect();
        assert_eq!(built_in, on_disk, "a file added to sample-data/ must be listed in demo::FILES");
    }

    #[test]
    fn installing_copies_every_file_and_keeps_changed_ones() {
        let dir = tempfile::tempdir().unwrap();
        install(dir.path()).unwrap();
        let library = crate::library::Library::load(dir.path()).unwrap();
        let bulletins = FILES.iter().filter(|(name, _)| name.starts_with("bulletins/")).count();
        assert_eq!(library.entries.len(), bulletins);
        assert!(dir.path().join("sources/eastgate-fellowship.ron").is_file(), "the taught source is copied");
        assert!(library.problems.is_empty(), "{:?}", library.problems);
        let changed = dir.path().join("library.ron");
        std::fs::write(&changed, "(name: \"Ours\")").unwrap();
        install(dir.path()).unwrap();
        assert_eq!(std::fs::read_to_string(&changed).unwrap(), "(name: \"Ours\")");
    }
}
