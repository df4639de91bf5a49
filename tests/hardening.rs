//! Promises tried as an attacker or an unlucky user would: a file from a newer version, dates at the
//! end of the calendar, endless input, many writers at once, failures that must be said, the
//! "not for sharing" mark in every view, and changes by others noticed at once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable as _;
use prayer_bulletin::app::{Action, Command as AppCommand};
use prayer_bulletin::library::Library;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_prayer-bulletin"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A process that panicked exits with 101; no command may.
#[track_caller]
fn assert_no_panic(o: &Output, what: &str) {
    assert_ne!(o.status.code(), Some(101), "{what} panicked: {}", stderr(o));
    assert!(!stderr(o).contains("panicked"), "{what} panicked: {}", stderr(o));
}

// ---------------------------------------------------------------------------------------------------
// One parser: a bulletin from a newer version is refused by import, as by the library.

const NEWER: &str = r#"(
  format: 99,
  date: Some("2026-11-21"),
  title: "From a newer version",
  sections: [
    (
      region: "South Asia",
      items: [
        (kind: Request, text: "Pray for the hearing.", sensitive: false, colour: "red"),
      ],
    ),
  ],
  audience_notes: "kept for the coordinators",
)
"#;

#[test]
fn import_refuses_a_bulletin_from_a_newer_version_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    // A newer format with fields this version does not know.
    let file = dir.path().join("newer.ron");
    std::fs::write(&file, NEWER).unwrap();
    let o = run(&["import", path(&file), "--library", path(&lib)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("newer.ron"), "{}", stderr(&o));
    assert!(!lib.join("bulletins").exists(), "nothing is written");

    // The same fields with this version's format: the fields are named.
    let file = dir.path().join("fields.ron");
    std::fs::write(&file, NEWER.replace("format: 99", "format: 1")).unwrap();
    let o = run(&["import", path(&file), "--library", path(&lib)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("fields.ron"), "{err}");
    assert!(err.contains("audience_notes") && err.contains("colour"), "the unknown fields are named: {err}");
    assert!(!lib.join("bulletins").exists(), "nothing is written");

    // The library reads the same text the same way: it opens, and saving over it is refused.
    std::fs::create_dir_all(lib.join("bulletins")).unwrap();
    std::fs::write(lib.join("bulletins/2026-11-21.ron"), NEWER.replace("format: 99", "format: 1")).unwrap();
    let mut library = Library::load(&lib).unwrap();
    let entry = library.entry("2026-11-21").unwrap();
    assert_eq!(entry.unknown_fields.len(), 2, "{:?}", entry.unknown_fields);
    let bulletin = entry.bulletin.clone();
    assert!(library.save_bulletin(Some("2026-11-21"), &bulletin).is_err());
    let parsed = prayer_bulletin::library::parse_bulletin(NEWER, Path::new("x.ron"));
    assert!(parsed.unwrap_err().message.contains("format 99 is newer"));
}

// ---------------------------------------------------------------------------------------------------
// Dates at the ends of the calendar.

fn library_at_the_end_of_time() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("bulletins")).unwrap();
    let last = r#"(format: 1, date: Some("+262142-12-31"), title: "The last week there is", sections: [(region: "South Asia", items: [(kind: Request, text: "Pray.", sensitive: false)])])"#;
    std::fs::write(dir.path().join("bulletins/+262142-12-31.ron"), last).unwrap();
    dir
}

#[test]
fn no_command_panics_at_the_end_of_the_calendar_and_new_week_names_the_file() {
    let dir = library_at_the_end_of_time();
    let lib = path(dir.path());
    let library = Library::load(dir.path()).unwrap();
    assert_eq!(library.entries.len(), 1, "the file loads: {:?}", library.problems);

    let o = run(&["new-week", lib]);
    assert_no_panic(&o, "new-week");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("+262142-12-31.ron"), "the error names the file: {}", stderr(&o));
    assert!(stderr(&o).contains("past the last date"), "{}", stderr(&o));

    for args in [
        vec!["list", lib, "--json"],
        vec!["check", lib],
        vec!["search", lib, "pray"],
        vec!["export", lib, "--all", "--format", "text"],
        vec!["export", lib, "--from", "2026-01-01", "--to", "+262142-12-31", "--format", "markdown"],
        vec!["new-week", lib, "--date", "-262143-01-01"],
    ] {
        let o = run(&args);
        assert_no_panic(&o, &args.join(" "));
    }
}

#[test]
fn a_range_given_backwards_is_a_usage_error_that_says_so() {
    let dir = common::sample_copy();
    let o = run(&["export", path(dir.path()), "--from", "2026-12-01", "--to", "2026-01-01", "--format", "text"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--from 2026-12-01 is after --to 2026-01-01"), "{}", stderr(&o));
}

#[test]
fn the_app_at_the_end_of_the_calendar_says_why_there_is_no_next_week() {
    let dir = library_at_the_end_of_time();
    let mut h = common::harness_on(dir.path());
    h.state_mut().apply(AppCommand::Action(Action::NewWeek));
    h.run();
    assert!(h.state().edit.is_none());
    let message = h.state().message().unwrap();
    assert!(message.contains("past the last date the calendar holds"), "{message}");

    // Editing the last week: "+ 1 week" is greyed out, and clicking it moves nothing.
    h.state_mut().apply(AppCommand::Action(Action::ToggleEdit));
    h.run();
    let later = h.get_by_label("+ 1 week");
    assert!(egui_kittest::kittest::NodeT::accesskit_node(&later).is_disabled(), "one week later is past the calendar");
    later.click();
    h.run();
    assert_eq!(h.state().edit.as_ref().unwrap().draft.date, chrono::NaiveDate::from_ymd_opt(262_142, 12, 31));
}

// ---------------------------------------------------------------------------------------------------
// Bounded input.

#[cfg(unix)]
#[test]
fn an_endless_file_is_refused_within_a_second_or_two() {
    let started = Instant::now();
    let o = run(&["import", "/dev/zero", "--dry-run"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("/dev/zero: larger than 64 MB"), "{}", stderr(&o));
    // A debug build reads 64 MB in well under a second; the margin is for a busy test machine.
    assert!(started.elapsed() < Duration::from_secs(10), "took {:?}", started.elapsed());
}

#[test]
fn standard_input_past_the_limit_is_refused_without_reading_on() {
    use std::io::Write as _;
    let mut child = bin()
        .args(["import", "-", "--dry-run"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Feeds far more than the limit; the import stops reading, so the pipe breaks part way.
    let feeder = std::thread::spawn(move || {
        let block = vec![b'a'; 1024 * 1024];
        let mut sent = 0u64;
        for _ in 0..200 {
            if stdin.write_all(&block).is_err() {
                break;
            }
            sent += block.len() as u64;
        }
        sent
    });
    let o = child.wait_with_output().unwrap();
    let sent = feeder.join().unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("standard input: larger than 64 MB"), "{}", stderr(&o));
    assert!(sent < 200 * 1024 * 1024, "the import stopped reading at the limit (sent {sent} bytes)");
}

// ---------------------------------------------------------------------------------------------------
// Many writers at once.

const NEW_REGIONS: [&str; 8] = [
    "Middle East",
    "North Africa",
    "Central Asia",
    "Pacific Islands",
    "Caribbean",
    "East Asia",
    "Balkans",
    "Horn of Africa",
];

#[test]
fn eight_imports_at_once_each_add_their_region_and_none_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    // The library exists (so each import reads, changes and writes library.ron).
    let o = run(&["import", path(&common::fixture_shaped_like("001")), "--library", path(&lib)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let texts: Vec<_> = NEW_REGIONS
        .iter()
        .enumerate()
        .map(|(n, region)| {
            let file = dir.path().join(format!("{n}.txt"));
            let text = format!(
                "News from the {region} team\n\nJanuary {}, 2026\n\n{region}\n\nPray for the new team in the {region} region as they begin.\n",
                n + 1
            );
            std::fs::write(&file, text).unwrap();
            file
        })
        .collect();
    let children: Vec<_> = texts
        .iter()
        .map(|file| {
            // --add-regions: without it, import leaves library.ron's regions alone.
            bin()
                .args(["import", path(file), "--library", path(&lib), "--add-regions"])
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let library = Library::load(&lib).unwrap();
    for region in NEW_REGIONS {
        assert!(library.settings.region(region).is_some(), "{region} was lost from library.ron");
    }
    assert_eq!(library.settings.regions.len(), 5 + NEW_REGIONS.len());
    assert_eq!(library.entries.len(), 1 + NEW_REGIONS.len(), "every bulletin was written");
}

#[test]
fn many_threads_changing_the_settings_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    Library::new_in(dir.path()).save_settings().unwrap();
    std::thread::scope(|scope| {
        for region in NEW_REGIONS {
            let dir = dir.path();
            scope.spawn(move || {
                // Each writer holds a library loaded before the others wrote.
                let mut library = Library::load(dir).unwrap();
                std::thread::sleep(Duration::from_millis(20));
                library.add_regions(&[region.to_owned()]).unwrap();
            });
        }
    });
    let library = Library::load(dir.path()).unwrap();
    let names: Vec<_> = library.settings.regions.iter().map(|r| r.name.as_str()).collect();
    for region in NEW_REGIONS {
        assert!(names.contains(&region), "{region} missing from {names:?}");
    }
}

#[test]
fn the_settings_window_keeps_a_region_another_import_added_meanwhile() {
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    h.state_mut().apply(AppCommand::Action(Action::LibrarySettings));
    h.run();
    // Meanwhile, a script adds a region.
    let mut other = Library::load(dir.path()).unwrap();
    other.add_regions(&["Middle East".to_owned()]).unwrap();
    // The coordinator renames the library in the window and saves.
    let Some(prayer_bulletin::app::Dialog::LibrarySettings { edited, .. }) = h.state_mut().dialog_mut() else {
        panic!("the settings window is open")
    };
    edited.name = "Our prayer library".to_owned();
    let edited = edited.clone();
    h.state_mut().apply(AppCommand::SaveLibrarySettings(edited));
    h.run();
    let library = Library::load(dir.path()).unwrap();
    assert_eq!(library.settings.name, "Our prayer library");
    assert!(library.settings.region("Middle East").is_some(), "the region added meanwhile is kept");
}

// ---------------------------------------------------------------------------------------------------
// Failures that must be said.

#[test]
fn a_recovery_copy_that_cannot_be_written_is_said_in_the_window() {
    let dir = common::sample_copy();
    // The recovery folder cannot be made: a file stands in its place.
    std::fs::write(dir.path().join(prayer_bulletin::library::recovery::RECOVERY_DIR), "in the way").unwrap();
    let mut h = common::harness_on(dir.path());
    h.state_mut().apply(AppCommand::Action(Action::NewWeek));
    h.state_mut().edit.as_mut().unwrap().draft.title = "Typed, not saved".into();
    h.run_steps(2);
    let message = h.state().message().unwrap_or_default();
    assert!(message.starts_with("Could not keep a recovery copy of your edits"), "{message}");
}

#[test]
fn an_unreadable_recovery_file_is_said_when_the_library_opens_and_left_in_place() {
    let dir = common::sample_copy();
    let folder = dir.path().join(prayer_bulletin::library::recovery::RECOVERY_DIR);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("2026-11-14.ron"), "(stem: Some(\"2026-11-14\"), bulletin: (title: \"half").unwrap();
    let h = common::harness_on(dir.path());
    let message = h.state().message().unwrap_or_default();
    assert!(message.contains("could not be read back") && message.contains("2026-11-14.ron"), "{message}");
    assert!(folder.join("2026-11-14.ron").exists(), "never deleted");
}

#[cfg(unix)]
#[test]
fn a_link_to_nothing_and_a_folder_among_the_bulletins_are_reported_by_check() {
    let dir = common::sample_copy();
    let bulletins = dir.path().join("bulletins");
    std::os::unix::fs::symlink(dir.path().join("elsewhere.ron"), bulletins.join("2020-01-04.ron")).unwrap();
    std::fs::create_dir(bulletins.join("2019")).unwrap();
    let o = run(&["check", path(dir.path())]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("2020-01-04.ron:1:1: a link to a file that cannot be read"), "{err}");
    assert!(err.contains("2019:1:1: a folder inside bulletins/ is not read"), "{err}");
    assert_eq!(Library::load(dir.path()).unwrap().entries.len(), 10, "the rest still loads");
}

// ---------------------------------------------------------------------------------------------------
// The "not for sharing" mark in the region timeline.

#[test]
fn the_region_timeline_shows_the_not_for_sharing_mark() {
    let dir = common::sample_copy();
    // A screen tall enough for every week of the sample: the timeline draws only the weeks on
    // screen, and here each mark of every week is counted.
    let mut app = prayer_bulletin::app::App::new(Some(dir.path().to_owned()), Default::default());
    app.wait_for_library();
    let mut h = common::app_harness_sized(app, egui::vec2(1366.0, 12_000.0));
    h.state_mut().apply(AppCommand::ShowRegionTimeline(Some("Latin America".into())));
    h.run();
    h.get_by_label("Latin America, every week");
    // One Latin America paragraph of the sample is sensitive (September 26), and it is marked.
    assert_eq!(h.get_all_by_label("NOT FOR SHARING").count(), 1);
    h.state_mut().apply(AppCommand::ShowRegionTimeline(Some("Southeast Asia".into())));
    h.run();
    assert_eq!(h.get_all_by_label("NOT FOR SHARING").count(), 2);
}

#[test]
fn search_results_show_the_kind_and_the_not_for_sharing_mark() {
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    // A week with no sensitive paragraph in the reader, so the only mark is the search result's.
    h.state_mut().apply(AppCommand::Select("2026-11-07".into()));
    h.state_mut().apply(AppCommand::Action(Action::Search));
    h.run();
    assert_eq!(h.query_all_by_label("NOT FOR SHARING").count(), 0);
    h.get_by_label("Words to find").type_text("16-year-old survivor");
    assert!(common::step_until(&mut h, common::searched_for("16-year-old survivor")), "the matches arrive");
    assert_eq!(h.state().search.as_ref().unwrap().hits.len(), 1);
    assert_eq!(h.get_all_by_label("NOT FOR SHARING").count(), 1, "the match is marked");
}

// ---------------------------------------------------------------------------------------------------
// Changes by others, noticed at once.

#[test]
fn a_change_by_someone_else_shows_at_once_without_polling() {
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    // Polling would take a minute: only the system's notice can be quick enough.
    h.state_mut().poll_every = Duration::from_secs(60);
    h.state_mut().watch = None;
    h.run_steps(2);
    assert!(h.state().watch.as_ref().unwrap().is_event_based(), "this system gives file notifications");
    let shown = h.state().current.clone().unwrap();
    let file = dir.path().join("bulletins").join(format!("{shown}.ron"));
    let theirs = std::fs::read_to_string(&file).unwrap().replacen("title: \"", "title: \"Changed elsewhere: ", 1);
    std::fs::write(&file, theirs).unwrap();
    // Another bulletin added by someone else shows in the archive too.
    let added = dir.path().join("bulletins/2026-11-21.ron");
    std::fs::write(&added, "(format: 1, date: Some(\"2026-11-21\"), title: \"Added elsewhere\")").unwrap();

    let seen = |app: &prayer_bulletin::app::App| {
        app.current_bulletin().is_some_and(|b| b.title.starts_with("Changed elsewhere: "))
            && app.library.as_ref().is_some_and(|l| l.entry("2026-11-21").is_some())
    };
    let started = Instant::now();
    assert!(common::step_until(&mut h, seen), "not noticed");
    // Polling would have taken a minute; the notice takes milliseconds (printed for the record).
    let _ = writeln!(std::io::stderr(), "a change by someone else shown after {:?}", started.elapsed());
    assert_eq!(
        h.state().message().as_deref(),
        Some("This bulletin was changed by someone else; showing their version.")
    );

    // Our own save is not someone else's change: no message, no reload of the shown week.
    h.state_mut().messages.clear();
    h.state_mut().apply(AppCommand::Action(Action::ToggleEdit));
    h.state_mut().edit.as_mut().unwrap().draft.title = "Mine, saved".into();
    h.state_mut().apply(AppCommand::Action(Action::Save));
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    assert_eq!(h.state().message().as_deref().filter(|m| m.contains("someone else")), None);
    assert!(h.state().dialog().is_none(), "no dialog: {:?}", h.state().dialog());
}

// ---------------------------------------------------------------------------------------------------
// Found in review.

#[test]
fn take_theirs_on_another_week_never_drops_a_new_weeks_draft() {
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    let shown = h.state().current.clone().unwrap();
    h.state_mut().apply(AppCommand::Action(Action::NewWeek));
    h.state_mut().edit.as_mut().unwrap().draft.title = "Typed into next week".into();
    h.run_steps(2);
    // Someone changes the week that was on screen before the new one was started.
    let file = dir.path().join("bulletins").join(format!("{shown}.ron"));
    let theirs = std::fs::read_to_string(&file).unwrap().replacen("title: \"", "title: \"Fixed: ", 1);
    std::fs::write(&file, theirs).unwrap();
    let reread = |app: &prayer_bulletin::app::App| {
        app.library.as_ref().and_then(|l| l.entry(&shown)).is_some_and(|e| e.bulletin.title.starts_with("Fixed: "))
    };
    assert!(common::step_until(&mut h, reread), "their change is read");
    assert!(h.state().dialog().is_none(), "the new week's draft is not theirs to conflict with");
    assert_eq!(h.state().edit.as_ref().unwrap().draft.title, "Typed into next week");
}

#[test]
fn the_app_imports_a_bulletin_file_as_a_bulletin_and_refuses_a_newer_one() {
    let dir = common::sample_copy();
    let files = tempfile::tempdir().unwrap();
    let mut h = common::harness_on(dir.path());
    let ours = files.path().join("week.ron");
    std::fs::write(&ours, std::fs::read(dir.path().join("bulletins/2026-11-14.ron")).unwrap()).unwrap();
    h.state_mut().apply(AppCommand::ImportFile(ours));
    h.run();
    let preview = h.state().import_preview().unwrap();
    assert_eq!(preview.report.bulletins.len(), 1);
    let original = Library::load(dir.path()).unwrap().entry("2026-11-14").unwrap().bulletin.clone();
    assert_eq!(preview.report.bulletins[0], original, "read as the bulletin it is, sensitive marks and all");
    h.state_mut().apply(AppCommand::CancelImport);

    let newer = files.path().join("newer.ron");
    std::fs::write(&newer, NEWER.replace("format: 99", "format: 1")).unwrap();
    h.state_mut().apply(AppCommand::ImportFile(newer));
    h.run();
    assert!(h.state().import_preview().is_none());
    let message = h.state().message().unwrap();
    assert!(message.contains("audience_notes") && message.contains("newer.ron"), "{message}");
}

#[test]
fn text_that_starts_with_a_bracket_is_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sheet");
    std::fs::write(
        &file,
        "(English below)\n\nPray for the clinic in Goma\n\nMarch 1, 2025\n\nAfrica & Europe\n\nPray for the nurses in Goma.\n",
    )
    .unwrap();
    let o = run(&["import", path(&file), "--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("2025-03-01"));
}

#[test]
fn import_json_names_the_files_even_when_none_imports() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("empty.txt");
    std::fs::write(&bad, "\n\n").unwrap();
    let o = run(&["import", path(&bad), "--library", path(&dir.path().join("lib")), "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["files"][0]["bulletins"], 0);
    assert!(json["files"][0]["error"].as_str().unwrap().contains("empty.txt"));
}

#[test]
fn library_ron_from_a_newer_version_is_not_overwritten() {
    let dir = common::sample_copy();
    let settings = dir.path().join("library.ron");
    let newer = std::fs::read_to_string(&settings).unwrap().replacen('(', "(\n  public_weeks_next: Some(8),", 1);
    std::fs::write(&settings, &newer).unwrap();
    let mut library = Library::load(dir.path()).unwrap();
    let err = library.add_regions(&["Middle East".to_owned()]).unwrap_err();
    assert!(err.to_string().contains("public_weeks_next"), "{err}");
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), newer, "left as it was");
}
