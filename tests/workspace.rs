//! Each operation that changes the library, run through the app and through the command line on
//! two copies of one library: both write the same files, because both call the same workspace
//! operation (`src/workspace/`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use prayer_bulletin::app::{Action, Command};
use prayer_bulletin::model::ReviewState;

/// Every file under `bulletins/`, by name, with its text.
fn bulletins(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir.join("bulletins"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    files.sort();
    files
}

fn cli_ok(args: &[&str]) {
    let out = common::run(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_new_week_is_the_same_file_from_the_app_and_from_new_week() {
    let (by_app, by_cli) = (common::sample_copy(), common::sample_copy());
    let mut h = common::harness_on(by_app.path());
    h.state_mut().apply(Command::Action(Action::NewWeek));
    h.run();
    h.state_mut().apply(Command::Action(Action::Save));
    h.run();
    cli_ok(&["new-week", by_cli.path().to_str().unwrap()]);
    assert_eq!(bulletins(by_app.path()), bulletins(by_cli.path()));
    assert_eq!(bulletins(by_app.path()).len(), bulletins(&common::sample_data()).len() + 1);
    // The week after exists now: asked again for the same date, both refuse the same way.
    let out = common::run(&["new-week", by_cli.path().to_str().unwrap(), "--date", "2026-11-21"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the week of 2026-11-21 already exists"));
}

#[test]
fn a_review_state_is_the_same_file_from_the_app_and_from_state() {
    let (by_app, by_cli) = (common::sample_copy(), common::sample_copy());
    let mut h = common::harness_on(by_app.path());
    // "Sent" is dated today: the app by the system's clock here, as the command line's.
    h.state_mut().clock = prayer_bulletin::app::Clock::System;
    // The app shows the newest week (Nov 14, marked ready in the sample) and marks it sent.
    assert_eq!(h.state().current.as_deref(), Some("2026-11-14"));
    h.state_mut().apply(Command::SetState(ReviewState::Sent));
    h.run();
    cli_ok(&["state", by_cli.path().to_str().unwrap(), "--date", "2026-11-14", "sent"]);
    let (app, cli) = (bulletins(by_app.path()), bulletins(by_cli.path()));
    assert_eq!(app, cli);
    assert_ne!(app, bulletins(&common::sample_data()), "the week changed");
}

#[test]
fn an_import_writes_the_same_files_from_the_app_and_from_import() {
    let (by_app, by_cli) = (common::sample_copy(), common::sample_copy());
    let file = common::root().join("tests/fixtures/taught/harbour-week-1.txt");
    let mut h = common::harness_on(by_app.path());
    h.input_mut().dropped_files.push(std::sync::Arc::new(common::Dropped(file.clone())));
    h.run();
    // The app's preview with nothing changed: no link ticked, every heading kept as it is.
    if let Some(prayer_bulletin::app::Dialog::ImportPreview(preview)) = h.state_mut().dialog_mut() {
        for link in &mut preview.links {
            link.accepted = false;
        }
    } else {
        panic!("the preview is open");
    }
    h.state_mut().apply(Command::ConfirmImport);
    h.run();
    cli_ok(&["import", file.to_str().unwrap(), "--library", by_cli.path().to_str().unwrap()]);
    let (app, cli) = (bulletins(by_app.path()), bulletins(by_cli.path()));
    assert_eq!(app, cli);
    assert!(app.iter().any(|(name, _)| name == "2026-11-08.ron"), "{:?}", app.iter().map(|f| &f.0).collect::<Vec<_>>());
}

#[test]
fn a_new_library_is_the_same_folder_from_the_app_and_from_init() {
    let root = tempfile::tempdir().unwrap();
    let (by_app, by_cli) = (root.path().join("by-app"), root.path().join("by-cli"));
    let mut h = common::harness_on(&common::sample_data());
    let form = prayer_bulletin::app::NewLibraryForm {
        name: "Grace Chapel".into(),
        regions: "Our church\nOur city\nOur nation\nThe world".into(),
        day: "wednesday".into(),
        language: "es".into(),
        ..prayer_bulletin::app::NewLibraryForm::new(by_app.display().to_string())
    };
    h.state_mut().apply(Command::CreateLibrary(form));
    h.run();
    cli_ok(&[
        "init",
        by_cli.to_str().unwrap(),
        "--name",
        "Grace Chapel",
        "--regions",
        "Our church, Our city, Our nation, The world",
        "--day",
        "wednesday",
        "--language",
        "es",
    ]);
    let settings = |dir: &Path| std::fs::read_to_string(dir.join("library.ron")).unwrap();
    assert_eq!(settings(&by_app), settings(&by_cli));
    assert!(settings(&by_app).contains("Our nation"));
    assert_eq!(h.state().library.as_ref().unwrap().dir, by_app, "the app opened what it made");
}
