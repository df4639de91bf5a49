//! The window keeps the same promises as the command line: a public handout (export, print,
//! e-mail) fails closed when `library.ron` cannot be read and leaves drafts out; a handout is never
//! written over a file without asking; a library held by another program is said, not waited on;
//! a region rename is all or nothing. Driven through the real app at 1366×768.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use egui_kittest::kittest::Queryable as _;
use prayer_bulletin::app::{Action, Command, Dialog};
use prayer_bulletin::export::{Audience, Format, PageLayout};

type Harness = egui_kittest::Harness<'static, prayer_bulletin::app::App>;

/// The app on `dir`, with the system's "open with" replaced by a recorder (nothing is opened).
fn app(dir: &Path) -> (Harness, Arc<Mutex<Vec<PathBuf>>>) {
    let mut h = common::harness_on(dir);
    let opened = Arc::new(Mutex::new(Vec::new()));
    let record = Arc::clone(&opened);
    h.state_mut().open_with = std::sync::Arc::new(move |path: &Path| {
        record.lock().unwrap().push(path.to_owned());
        Ok(())
    });
    h.run_steps(2);
    (h, opened)
}

fn message(h: &Harness) -> String {
    h.state().message().unwrap_or_default()
}

fn export(public: bool, path: &Path) -> Command {
    Command::Export {
        format: Format::Text,
        audience: if public { Audience::Public } else { Audience::Internal },
        all: false,
        layout: PageLayout::Standard,
        plan: false,
        path: Some(path.to_owned()),
    }
}

#[test]
fn print_email_and_public_export_refuse_when_library_ron_cannot_be_read() {
    let library = common::sample_copy();
    let settings = library.path().join("library.ron");
    std::fs::write(&settings, "(name: \"Harvest Light\", public_weeks: Some(6)").unwrap();
    let (mut h, opened) = app(library.path());
    let out = tempfile::tempdir().unwrap();

    h.state_mut().apply(Command::Action(Action::Print));
    h.run_steps(2);
    assert!(message(&h).starts_with("Not printed."), "{}", message(&h));
    assert!(message(&h).contains("library.ron"), "{}", message(&h));
    h.state_mut().apply(Command::Action(Action::SendByEmail));
    h.run_steps(2);
    assert!(message(&h).starts_with("Not sent."), "{}", message(&h));
    assert!(opened.lock().unwrap().is_empty(), "nothing was handed to another program");

    let public = out.path().join("week-public.txt");
    h.state_mut().apply(export(true, &public));
    h.run_steps(2);
    assert!(message(&h).contains("cannot be read"), "{}", message(&h));
    assert!(!public.exists());
    // The prayer group's own handout is still made.
    let internal = out.path().join("week.txt");
    h.state_mut().apply(export(false, &internal));
    h.run_steps(2);
    assert!(internal.is_file(), "{}", message(&h));
    // The message is on screen.
    h.state_mut().apply(Command::Action(Action::Print));
    h.run_steps(3);
    assert!(h.query_by_label_contains("Not printed.").is_some());
}

#[test]
fn a_draft_week_is_not_printed_sent_or_exported_for_the_public() {
    let library = common::sample_copy();
    let o = common::run(&["state", common::path(library.path()), "--date", "2026-11-14", "draft"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let (mut h, opened) = app(library.path());
    assert_eq!(h.state().current.as_deref(), Some("2026-11-14"));

    h.state_mut().apply(Command::Action(Action::Print));
    h.run_steps(2);
    assert!(message(&h).contains("still a draft"), "{}", message(&h));
    h.state_mut().apply(Command::Action(Action::SendByEmail));
    h.run_steps(2);
    assert!(message(&h).contains("still a draft"), "{}", message(&h));
    assert!(opened.lock().unwrap().is_empty());
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("week-public.txt");
    h.state_mut().apply(export(true, &public));
    h.run_steps(2);
    assert!(message(&h).contains("still a draft"), "{}", message(&h));
    assert!(!public.exists());

    // Marked ready, it goes out.
    h.state_mut().apply(Command::SetState(prayer_bulletin::model::ReviewState::Ready));
    h.run_steps(2);
    if matches!(h.state().dialog(), Some(Dialog::MarkReady(_))) {
        // The open checks are shown first; marked ready all the same.
        h.state_mut().apply(Command::ReadyConfirmed);
        h.run_steps(2);
    }
    h.state_mut().apply(Command::Action(Action::Print));
    h.run_steps(2);
    common::until_handed_over(&mut h);
    assert_eq!(opened.lock().unwrap().len(), 1, "{}", message(&h));
}

#[test]
fn a_handout_is_written_over_a_file_only_when_the_person_says_replace() {
    let library = common::sample_copy();
    let (mut h, _) = app(library.path());
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("week.txt");
    std::fs::write(&file, "mine").unwrap();

    h.state_mut().apply(export(false, &file));
    h.run_steps(3);
    assert!(matches!(h.state().dialog(), Some(Dialog::ConfirmReplace { .. })));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine", "nothing written before the answer");
    // The question and both answers are on the screen.
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, common::LAPTOP);
    for label in ["Replace the file?", "Replace", "Cancel"] {
        let node = h.get_by_label(label);
        assert!(screen.contains_rect(node.rect()), "{label} is off the screen");
    }
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(h.state().dialog().is_none());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");

    h.state_mut().apply(export(false, &file));
    h.run_steps(3);
    h.get_by_label("Replace").click();
    h.run_steps(3);
    assert!(h.state().dialog().is_none(), "{}", message(&h));
    assert_ne!(std::fs::read_to_string(&file).unwrap(), "mine", "{}", message(&h));

    // Never into the library folder.
    let inside = library.path().join("week.txt");
    h.state_mut().apply(export(false, &inside));
    h.run_steps(2);
    assert!(message(&h).contains("inside the library folder"), "{}", message(&h));
    assert!(!inside.exists());
}

#[test]
fn a_library_held_by_another_program_is_said_and_nothing_is_half_changed() {
    let library = common::sample_copy();
    let (mut h, _) = app(library.path());
    let settings_before = std::fs::read(library.path().join("library.ron")).unwrap();
    let lock = prayer_bulletin::library::LibraryLock::acquire(library.path()).unwrap();

    h.state_mut().apply(Command::RenameRegion { from: "South Asia".into(), to: "Asia South".into() });
    h.run_steps(2);
    assert!(message(&h).contains("Waiting for another program using this library"), "{}", message(&h));
    assert!(h.state().waiting_for_lock.is_some());
    assert_eq!(std::fs::read(library.path().join("library.ron")).unwrap(), settings_before);
    let loaded = prayer_bulletin::library::Library::load(library.path()).unwrap();
    assert!(loaded.entries.iter().all(|e| e.bulletin.sections.iter().all(|s| s.region != "Asia South")));
    // The window goes on drawing (and reading) meanwhile.
    h.state_mut().apply(Command::Action(Action::PreviousWeek));
    h.run_steps(2);
    assert!(h.state().waiting_for_lock.is_some());

    // The other program lets go: the change is made without being asked again.
    drop(lock);
    assert!(common::step_until(&mut h, |app| app.waiting_for_lock.is_none()));
    assert!(message(&h).starts_with("Renamed South Asia"), "{}", message(&h));
    let loaded = prayer_bulletin::library::Library::load(library.path()).unwrap();
    assert!(loaded.settings.region("Asia South").is_some());
}

#[test]
fn a_rename_that_cannot_finish_changes_nothing() {
    let library = common::sample_copy();
    // A week written by a newer version, holding the region: it cannot be saved over.
    let week = library.path().join("bulletins/2026-10-31.ron");
    let text = std::fs::read_to_string(&week).unwrap();
    std::fs::write(&week, text.replacen("title:", "colour: \"red\",\n  title:", 1)).unwrap();
    let before: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(library.path().join("bulletins"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .chain(std::iter::once((
            library.path().join("library.ron"),
            std::fs::read(library.path().join("library.ron")).unwrap(),
        )))
        .collect();
    let (mut h, _) = app(library.path());
    h.state_mut().apply(Command::RenameRegion { from: "Latin America".into(), to: "Americas".into() });
    h.run_steps(2);
    assert!(message(&h).contains("nothing was changed"), "{}", message(&h));
    for (path, bytes) in before {
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{} changed", path.display());
    }
}
