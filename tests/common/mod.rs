//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

/// The project's folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The demo library.
pub fn sample_data() -> PathBuf {
    root().join("sample-data")
}

/// The real seed bulletins, kept beside the project (never copied into it).
pub fn seeds_dir() -> PathBuf {
    let dir = root().join("../shared/seeds");
    assert!(dir.is_dir(), "the seed bulletins are expected at {}", dir.display());
    dir
}

/// A seed file by its number prefix ("000" or "001").
pub fn seed(prefix: &str) -> PathBuf {
    let dir = seeds_dir();
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name().unwrap().to_string_lossy().starts_with(prefix) && p.extension().is_some_and(|e| e == "txt")
        })
        .unwrap_or_else(|| panic!("no seed {prefix}_*.txt in {}", dir.display()))
}

/// A copy of the sample library in a temporary folder.
pub fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&sample_data(), dir.path());
    dir
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The real app in a headless window, drawn until it settles.
pub fn app_harness(app: prayer_bulletin::app::App) -> egui_kittest::Harness<'static, prayer_bulletin::app::App> {
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        // Korean and Chinese in the sample need a system font, which a test machine may not have.
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut prayer_bulletin::app::App| app.frame_ui(ui), app);
    harness.run();
    harness
}

/// The real app on the library in `dir`, read (a large library is read in the background; this
/// waits for it).
pub fn harness_on(dir: &Path) -> egui_kittest::Harness<'static, prayer_bulletin::app::App> {
    let mut app = prayer_bulletin::app::App::new(Some(dir.to_owned()), prayer_bulletin::app::Settings::default());
    app.wait_for_library();
    app_harness(app)
}
