//! The library folder: loading, byte-identical saving, broken files, atomic saves, trash.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use prayer_bulletin::library::{Library, LibraryError};

#[test]
fn sample_library_loads_newest_first_with_undated_last() {
    let library = Library::load(common::sample_data()).unwrap();
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    assert!((8..=12).contains(&library.entries.len()));
    let dates: Vec<_> = library.entries.iter().map(|e| e.bulletin.date).collect();
    let dated: Vec<_> = dates.iter().flatten().collect();
    assert!(dated.windows(2).all(|w| w[0] > w[1]), "newest first");
    assert_eq!(dates.last().unwrap(), &None, "the undated bulletin is last");
    assert_eq!(dates.iter().filter(|d| d.is_none()).count(), 1);
    // A missing week, sensitive paragraphs, a region with two requests, accented names.
    assert!(dated.windows(2).any(|w| (*w[0] - *w[1]).num_days() == 14));
    let items: Vec<_> =
        library.entries.iter().flat_map(|e| e.bulletin.sections.iter().flat_map(|s| &s.items)).collect();
    assert!(items.iter().filter(|i| i.sensitive).count() >= 3);
    assert!(items.iter().any(|i| i.text.contains("São Paulo")));
    assert!(library.entries.iter().any(|e| {
        e.bulletin
            .sections
            .iter()
            .any(|s| s.items.iter().filter(|i| i.kind == prayer_bulletin::model::ItemKind::Request).count() >= 2)
    }));
    assert_eq!(library.settings.regions.len(), 5);
    assert!(library.settings.closing.is_some());
}

#[test]
fn saving_an_unchanged_bulletin_writes_identical_bytes() {
    let dir = common::sample_copy();
    let mut library = Library::load(dir.path()).unwrap();
    let entries = library.entries.clone();
    for entry in entries.iter() {
        let path = library.path_of(&entry.stem);
        let before = std::fs::read(&path).unwrap();
        let stem = library.save_bulletin(Some(&entry.stem), &entry.bulletin).unwrap();
        assert_eq!(stem, entry.stem);
        assert_eq!(std::fs::read(&path).unwrap(), before, "{}", path.display());
    }
    // No temporary files are left beside the bulletins.
    let names: Vec<_> = std::fs::read_dir(library.bulletins_dir()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), entries.len());
    // library.ron too.
    let settings_before = std::fs::read(dir.path().join("library.ron")).unwrap();
    library.save_settings().unwrap();
    assert_eq!(std::fs::read(dir.path().join("library.ron")).unwrap(), settings_before);
}

#[test]
fn a_broken_file_is_reported_with_line_and_column_and_never_overwritten() {
    let dir = common::sample_copy();
    let broken = dir.path().join("bulletins/2026-11-14.ron");
    let text = std::fs::read_to_string(&broken).unwrap();
    let truncated = &text[..text.find("sections").unwrap() + 20];
    std::fs::write(&broken, truncated).unwrap();

    let mut library = Library::load(dir.path()).unwrap();
    assert_eq!(library.entries.len(), 9, "the other bulletins load");
    assert_eq!(library.problems.len(), 1);
    let problem = &library.problems[0];
    assert_eq!(problem.path, broken);
    assert!(problem.line > 1 && problem.column > 0, "{problem}");
    assert!(problem.to_string().starts_with(&format!("{}:{}:{}: ", broken.display(), problem.line, problem.column)));

    // Saving a new bulletin for that week would overwrite the broken file: refused.
    let mut bulletin = library.entries[0].bulletin.clone();
    bulletin.date = chrono::NaiveDate::from_ymd_opt(2026, 11, 14);
    let err = library.save_bulletin(None, &bulletin);
    assert!(err.is_ok(), "a new bulletin gets a free name: {err:?}");
    assert_ne!(err.unwrap(), "2026-11-14");
    let err = library.save_bulletin(Some("2026-11-14"), &bulletin).unwrap_err();
    assert!(matches!(err, LibraryError::WouldOverwriteBroken { .. }), "{err}");
    assert_eq!(std::fs::read_to_string(&broken).unwrap(), truncated, "the broken file is untouched");
}

#[test]
fn a_bulletin_whose_date_changes_moves_to_its_new_file_and_trash_keeps_deleted_ones() {
    let dir = common::sample_copy();
    let mut library = Library::load(dir.path()).unwrap();
    let mut bulletin = library.entry("2026-11-14").unwrap().bulletin.clone();
    bulletin.date = chrono::NaiveDate::from_ymd_opt(2026, 11, 21);
    let stem = library.save_bulletin(Some("2026-11-14"), &bulletin).unwrap();
    assert_eq!(stem, "2026-11-21");
    assert!(!library.path_of("2026-11-14").exists());
    assert_eq!(library.entries[0].stem, "2026-11-21");

    let moved = library.trash_bulletin("2026-11-21").unwrap();
    assert!(moved.starts_with(dir.path().join("trash")) && moved.exists());
    assert!(library.entry("2026-11-21").is_none());
    assert_eq!(Library::load(dir.path()).unwrap().entries.len(), 9);
}

#[test]
fn missing_optional_fields_load_with_defaults() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("bulletins")).unwrap();
    std::fs::write(
        dir.path().join("bulletins/old.ron"),
        "(title: \"Old\", sections: [(region: \"South Asia\", items: [(text: \"Pray.\")])])",
    )
    .unwrap();
    let library = Library::load(dir.path()).unwrap();
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let b = &library.entries[0].bulletin;
    assert_eq!((b.format, b.date, b.verse.is_none(), b.closing.is_none()), (1, None, true, true));
    assert_eq!(b.sections[0].items[0].kind, prayer_bulletin::model::ItemKind::Info);
    assert_eq!(library.settings.regions.len(), 5, "no library.ron: the default regions");
}

#[test]
fn new_week_carries_standing_text_and_closing() {
    let library = Library::load(common::sample_data()).unwrap();
    let b = library.new_week(None).unwrap();
    assert_eq!(b.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 21));
    let regions: Vec<_> = b.sections.iter().map(|s| s.region.as_str()).collect();
    let expected: Vec<_> = library.settings.regions.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(regions, expected);
    assert_eq!(b.sections[4].items.len(), 1);
    assert!(b.sections[4].items[0].text.contains("home office"));
    assert_eq!(b.closing, library.settings.closing);
    assert!(b.title.is_empty() && b.verse.is_none());
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions_and_new_files_are_readable_by_others() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = common::sample_copy();
    let mut library = Library::load(dir.path()).unwrap();
    let path = library.path_of("2026-11-14");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
    let b = library.entry("2026-11-14").unwrap().bulletin.clone();
    library.save_bulletin(Some("2026-11-14"), &b).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o664);
    let stem = library.save_bulletin(None, &library.new_week(None).unwrap()).unwrap();
    assert_eq!(std::fs::metadata(library.path_of(&stem)).unwrap().permissions().mode() & 0o777, 0o644);
}
