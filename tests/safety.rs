//! Nothing lost, nothing leaked: bad files, newer files, killed saves, failing disks, public handouts,
//! file names from titles, bad pastes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::Command;

use prayer_bulletin::export::{Audience, Format, Handout, Paper, render};
use prayer_bulletin::library::{Library, LibraryError};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_prayer-bulletin"))
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn bad_files_are_listed_with_line_and_column_and_left_untouched() {
    let dir = common::sample_copy();
    let b = dir.path().join("bulletins");
    let good = std::fs::read_to_string(b.join("2026-11-14.ron")).unwrap();
    std::fs::write(b.join("2020-01-04.ron"), &good[..good.len() / 2]).unwrap(); // truncated
    std::fs::write(b.join("2020-01-11.ron"), good.replace("title: \"", "title: 5, x: \"")).unwrap(); // wrong type
    std::fs::write(b.join("2020-01-18.ron"), good.replace("format: 1", "format: 99")).unwrap(); // newer format
    std::fs::write(b.join("notes.txt"), "call Maria about the verse").unwrap(); // stray file
    std::fs::write(b.join("2020-01-25.ron"), "").unwrap(); // empty
    let big = b.join("2020-02-01.ron");
    std::fs::write(&big, "(".to_owned() + &"title: \"x\", ".repeat(50 * 1024 * 1024 / 12)).unwrap(); // 50 MB
    let before = snapshot(&b);

    let library = Library::load(dir.path()).unwrap();
    assert_eq!(library.entries.len(), 10, "every good bulletin opens");
    assert_eq!(library.problems.len(), 6, "{:#?}", library.problems);

    let out = bin().args(["check", dir.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for name in ["2020-01-04.ron", "2020-01-11.ron", "2020-01-18.ron", "notes.txt", "2020-01-25.ron", "2020-02-01.ron"]
    {
        let line = err.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{name} not listed:\n{err}"));
        let rest = line.split(&format!("{name}:")).nth(1).unwrap();
        let mut parts = rest.splitn(3, ':');
        assert!(
            parts.next().unwrap().parse::<usize>().is_ok() && parts.next().unwrap().parse::<usize>().is_ok(),
            "{line}"
        );
    }
    assert!(err.contains("newer than this version"), "{err}");
    assert!(err.contains("too large"), "{err}");
    assert_eq!(snapshot(&b), before, "nothing was changed");
}

#[test]
fn fields_from_a_newer_version_are_never_silently_dropped() {
    let dir = common::sample_copy();
    let path = dir.path().join("bulletins/2026-11-07.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let newer = text.replacen("  title:", "  follow_up: Some(\"2026-12-05\"),\n  title:", 1).replacen(
        "sensitive: false,",
        "sensitive: false,\n          consent: \"given\",",
        1,
    );
    std::fs::write(&path, &newer).unwrap();
    let mut library = Library::load(dir.path()).unwrap();
    let entry = library.entry("2026-11-07").unwrap().clone();
    assert!(entry.unknown_fields.iter().any(|f| f.contains("follow_up")), "{:?}", entry.unknown_fields);
    assert!(entry.unknown_fields.iter().any(|f| f.contains("consent")), "{:?}", entry.unknown_fields);
    let err = library.save_bulletin(Some("2026-11-07"), &entry.bulletin).unwrap_err();
    assert!(matches!(err, LibraryError::WouldDropUnknownFields { .. }));
    assert!(err.to_string().contains("follow_up"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer, "the file keeps what it had");
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_bulletin() {
    let work = tempfile::tempdir().unwrap();
    let lib = work.path().join("lib");
    let library = Library::load(common::sample_data()).unwrap();
    // Many weeks, so that an import takes long enough to be cut in the middle.
    let weeks: Vec<_> =
        library.entries.iter().filter(|e| e.bulletin.date.is_some()).map(|e| e.bulletin.clone()).collect();
    let old: Vec<_> = (0..150u64)
        .map(|i| {
            let mut b = weeks[i as usize % weeks.len()].clone();
            b.date = chrono::NaiveDate::from_ymd_opt(2020, 1, 4).map(|d| d + chrono::Days::new(7 * i));
            b
        })
        .collect();
    let new: Vec<_> = old
        .iter()
        .map(|b| {
            let mut b = b.clone();
            b.title.push_str(" (revised)");
            b.sections[0].items[0].text = b.sections[0].items[0].text.repeat(40);
            b
        })
        .collect();
    let as_text = |bs: &[prayer_bulletin::model::Bulletin]| {
        let refs: Vec<_> = bs.iter().collect();
        prayer_bulletin::export::to_text(&refs, prayer_bulletin::export::TextOptions::default())
    };
    let old_file = work.path().join("old.txt");
    let new_file = work.path().join("new.txt");
    std::fs::write(&old_file, as_text(&old)).unwrap();
    std::fs::write(&new_file, as_text(&new)).unwrap();
    let import = |file: &Path, replace: bool| {
        let mut c = bin();
        c.args(["import", file.to_str().unwrap(), "--library", lib.to_str().unwrap()]);
        if replace {
            c.arg("--replace");
        }
        c.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
        c
    };
    assert!(import(&old_file, false).status().unwrap().success());
    let old_bytes = snapshot(&lib.join("bulletins"));
    let mut both = std::collections::HashMap::new();
    for (name, bytes) in &old_bytes {
        both.insert(name.clone(), vec![bytes.clone()]);
    }
    // The new bytes, from a library that took the whole import.
    let full = work.path().join("full");
    common::copy_dir(&lib, &full);
    let mut c = bin();
    c.args(["import", new_file.to_str().unwrap(), "--library", full.to_str().unwrap(), "--replace"])
        .stdout(std::process::Stdio::null());
    let started = std::time::Instant::now();
    assert!(c.status().unwrap().success());
    let whole_run = started.elapsed();
    for (name, bytes) in snapshot(&full.join("bulletins")) {
        both.get_mut(&name).unwrap().push(bytes);
    }

    let mut saw_old = false;
    let mut saw_new = false;
    // Kills spread over the whole length of an import, from before the first save to after the last.
    let rounds = 20u32;
    for round in 0..rounds {
        let mut child = import(&new_file, true).spawn().unwrap();
        std::thread::sleep(whole_run * (round + 1) / rounds);
        let _gone_already: std::io::Result<()> = child.kill();
        child.wait().unwrap();
        for (name, bytes) in snapshot(&lib.join("bulletins")) {
            if name.starts_with('.') {
                continue; // an interrupted save's temporary file, never read as a bulletin
            }
            let allowed = both.get(&name).unwrap_or_else(|| panic!("unexpected file {name}"));
            assert!(allowed.contains(&bytes), "round {round}: {name} is neither the old nor the new bulletin");
            saw_old |= bytes == allowed[0];
            saw_new |= bytes == allowed[1];
        }
        assert_eq!(Library::load(&lib).unwrap().problems, [], "round {round}");
        // Back to the old state for the next round.
        for (name, bytes) in &old_bytes {
            std::fs::write(lib.join("bulletins").join(name), bytes).unwrap();
        }
    }
    assert!(saw_old && saw_new, "the kills landed both before and after saves");
}

#[test]
fn a_save_that_fails_leaves_the_edits_in_the_window_with_a_clear_message() {
    let dir = common::sample_copy();
    let mut app = prayer_bulletin::app::App::new(Some(dir.path().to_owned()), Default::default());
    app.apply(prayer_bulletin::app::Command::Action(prayer_bulletin::app::Action::NewWeek));
    app.edit.as_mut().unwrap().draft.title = "Week of the new shelter".into();
    // The folder is gone and a file stands in its way: the write is refused, as a full or
    // read-only disk would refuse it.
    std::fs::remove_dir_all(dir.path().join("bulletins")).unwrap();
    std::fs::write(dir.path().join("bulletins"), "not a folder").unwrap();
    app.apply(prayer_bulletin::app::Command::Action(prayer_bulletin::app::Action::Save));
    assert!(app.message().unwrap().starts_with("Not saved:"), "{:?}", app.message());
    assert!(app.is_dirty(), "the edits are still there");
    assert_eq!(app.edit.as_ref().unwrap().draft.title, "Week of the new shelter");
    assert_eq!(std::fs::read_to_string(dir.path().join("bulletins")).unwrap(), "not a folder");
    // The way cleared, the save goes through; the earlier error stays in the message bar, above
    // the news, until the coordinator dismisses it.
    std::fs::remove_file(dir.path().join("bulletins")).unwrap();
    std::fs::create_dir(dir.path().join("bulletins")).unwrap();
    app.apply(prayer_bulletin::app::Command::Action(prayer_bulletin::app::Action::Save));
    let shown: Vec<_> = app.messages.shown().iter().map(|m| (m.severity, m.text.clone())).collect();
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert_eq!(shown[0].0, prayer_bulletin::app::Severity::Error);
    assert!(shown[0].1.starts_with("Not saved:"));
    assert_eq!(shown[1].0, prayer_bulletin::app::Severity::Info);
    assert!(shown[1].1.starts_with("Saved "), "{shown:?}");
    app.apply(prayer_bulletin::app::Command::DismissMessage(0));
    assert!(app.message().unwrap().starts_with("Saved "));
    assert_eq!(app.messages.shown().len(), 1);
}

#[test]
fn public_handouts_in_every_format_hold_no_sensitive_paragraph() {
    let library = Library::load(common::sample_data()).unwrap();
    let all: Vec<_> = library.entries.iter().map(|e| &e.bulletin).collect();
    let sensitive: Vec<String> = all
        .iter()
        .flat_map(|b| b.sections.iter().flat_map(|s| &s.items))
        .filter(|i| i.sensitive)
        .map(|i| i.text.split_whitespace().take(6).collect::<Vec<_>>().join(" "))
        .collect();
    assert!(sensitive.len() >= 3);
    for format in [Format::Text, Format::Markdown, Format::Html, Format::Ron] {
        let handout = Handout {
            format,
            audience: Audience::Public,
            width: 1000,
            ascii: false,
            paper: Paper::A4,
            library_name: "x".into(),
            ..Default::default()
        };
        // Markdown escapes `*` and friends; compare the words.
        let text = String::from_utf8(render(&all, &handout).unwrap()).unwrap().replace('\\', "");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in &sensitive {
            assert!(!flat.contains(s.as_str()), "{format:?} leaks {s:?}");
        }
        assert!(!flat.to_lowercase().contains("not for sharing"), "{format:?}");
        let internal = Handout { audience: Audience::Internal, ..handout };
        let text = String::from_utf8(render(&all, &internal).unwrap()).unwrap().replace('\\', "");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(sensitive.iter().all(|s| flat.contains(s.as_str())), "{format:?}: internal keeps them");
    }
}

#[test]
fn file_names_come_from_dates_and_slugs_never_from_raw_titles() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::new_in(dir.path());
    for title in ["../../escape", "/etc/passwd", "..", "C:\\Windows\\evil", "a/b/../../c"] {
        let bulletin = prayer_bulletin::model::Bulletin { title: title.into(), ..Default::default() };
        let stem = library.save_bulletin(None, &bulletin).unwrap();
        let path = library.path_of(&stem);
        assert_eq!(path.parent().unwrap(), dir.path().join("bulletins"), "{title} → {}", path.display());
        assert!(stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "{stem}");
    }
    let outside: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(outside, ["bulletins"]);
}

#[test]
fn bad_pastes_get_a_report_not_a_panic() {
    let settings = prayer_bulletin::library::LibrarySettings::default();
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut bytes = vec![0u8; 4 * 1024 * 1024];
    for b in &mut bytes {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        *b = seed as u8;
    }
    let report = prayer_bulletin::import::import_bytes(&bytes, &settings);
    assert!(report.warnings.iter().any(|w| w.message.contains("Windows-1252")), "binary data is reported");

    let long_line = "Pray ".repeat(400_000);
    let report = prayer_bulletin::import::import_text(&long_line, &settings);
    assert!(report.bulletins.is_empty() || !report.warnings.is_empty());

    let odd = "Praise God\n\nJune 26, 2021\n\n\u{201c}ש\u{05c1}לום e\u{301}\u{301}\u{301} 🙏🏽\u{200d}🔥\u{201d}\n\n– Psalm 23\n\nSouth Asia\n\nPray for مريم and Zoë\u{0308} 👩\u{200d}👩\u{200d}👧.\n";
    let report = prayer_bulletin::import::import_text(odd, &settings);
    assert_eq!(report.bulletins.len(), 1);
    assert!(report.bulletins[0].sections[0].items[0].text.contains("مريم"));
}

fn harness(dir: &Path) -> egui_kittest::Harness<'static, prayer_bulletin::app::App> {
    let mut h = common::harness_on(dir);
    // Look at the files on every frame rather than every two seconds.
    h.state_mut().poll_every = std::time::Duration::ZERO;
    h.run_steps(3);
    h
}

#[test]
fn unsaved_edits_survive_a_crash_and_are_offered_at_the_next_start() {
    use prayer_bulletin::app::{Action, Command};
    let dir = common::sample_copy();
    let mut h = harness(dir.path());
    h.state_mut().apply(Command::Action(Action::NewWeek));
    h.state_mut().edit.as_mut().unwrap().draft.title = "Half-written headline".into();
    h.run_steps(2);
    let recovery_dir = dir.path().join(prayer_bulletin::library::recovery::RECOVERY_DIR);
    assert_eq!(std::fs::read_dir(&recovery_dir).unwrap().count(), 1, "the draft is kept on disk");
    drop(h); // the app dies without saving

    let mut h = harness(dir.path());
    assert!(matches!(h.state().dialog(), Some(prayer_bulletin::app::Dialog::Recovery(offer)) if offer.len() == 1));
    egui_kittest::kittest::Queryable::get_by_label(&h, "Unsaved edits from last time");
    h.state_mut().apply(Command::RestoreRecovery(0));
    h.run_steps(2);
    assert_eq!(h.state().edit.as_ref().unwrap().draft.title, "Half-written headline");
    assert!(h.state().is_dirty());
    h.state_mut().apply(Command::Action(Action::Save));
    h.run_steps(2);
    assert!(dir.path().join("bulletins/2026-11-21.ron").is_file());
    assert_eq!(std::fs::read_dir(&recovery_dir).unwrap().count(), 0, "saved: the recovery file is gone");
}

#[test]
fn a_bulletin_changed_on_disk_reloads_or_asks_and_conflict_copies_are_shown() {
    use prayer_bulletin::app::{Action, Command, DiskConflictAnswer};
    let dir = common::sample_copy();
    let file = dir.path().join("bulletins/2026-11-14.ron");
    let mut h = harness(dir.path());
    let theirs =
        |title: &str| std::fs::read_to_string(&file).unwrap().replacen("title: \"", &format!("title: \"{title} "), 1);

    // Not being edited: their version is shown.
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&file, theirs("Updated:")).unwrap();
    let reloaded =
        |app: &prayer_bulletin::app::App| app.current_bulletin().is_some_and(|b| b.title.starts_with("Updated:"));
    assert!(common::step_until(&mut h, reloaded), "reloaded");

    // Being edited with changes: it asks; "save mine as a copy" keeps both.
    h.state_mut().apply(Command::Action(Action::ToggleEdit));
    h.state_mut().edit.as_mut().unwrap().draft.title = "Mine".into();
    h.run_steps(2);
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&file, theirs("Theirs:")).unwrap();
    assert!(
        common::step_until(&mut h, |app| matches!(app.dialog(), Some(prayer_bulletin::app::Dialog::DiskConflict))),
        "asks what to do"
    );
    egui_kittest::kittest::Queryable::get_by_label(&h, "Changed by someone else");
    h.state_mut().apply(Command::DiskConflict(DiskConflictAnswer::SaveMineAsCopy));
    h.run_steps(2);
    let library = Library::load(dir.path()).unwrap();
    let titles: Vec<_> = library
        .entries
        .iter()
        .filter(|e| e.bulletin.date == chrono::NaiveDate::from_ymd_opt(2026, 11, 14))
        .map(|e| e.bulletin.title.clone())
        .collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles.iter().any(|t| t == "Mine") && titles.iter().any(|t| t.starts_with("Theirs:")));

    // A sync tool's conflict copy is listed, and check points at the two files of one week.
    std::fs::copy(&file, dir.path().join("bulletins/2026-11-07 (conflict).ron")).unwrap();
    let library = Library::load(dir.path()).unwrap();
    assert!(library.entry("2026-11-07 (conflict)").is_some());
    let out = bin().args(["check", dir.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is also in"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// The RON loader never panics, whatever a file holds, and always says where the trouble is.
    #[test]
    fn the_bulletin_loader_never_panics(text in "\\PC{0,400}", cut in 0usize..2000) {
        let path = Path::new("fuzz.ron");
        let _any_result_is_fine = prayer_bulletin::library::parse_bulletin(&text, path);
        // Real bulletin text cut anywhere, as a crash mid-copy would leave it.
        let real = std::fs::read_to_string(common::sample_data().join("bulletins/2026-10-31.ron")).unwrap();
        let mut at = cut.min(real.len());
        while !real.is_char_boundary(at) {
            at -= 1;
        }
        if let Err(problem) = prayer_bulletin::library::parse_bulletin(&real[..at], path) {
            proptest::prop_assert!(problem.line >= 1 && problem.column >= 1);
        }
    }
}
