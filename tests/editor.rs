//! The editor, driven through the real app as a coordinator would use it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use prayer_bulletin::app::{App, Command};
use prayer_bulletin::library::Library;

fn harness(dir: &std::path::Path) -> Harness<'static, App> {
    common::harness_on(dir)
}

#[test]
fn a_new_week_carries_the_standing_text_and_ctrl_s_writes_what_was_typed() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    let draft = &h.state().edit.as_ref().unwrap().draft;
    assert_eq!(draft.date, chrono::NaiveDate::from_ymd_opt(2026, 11, 21), "one week after the newest");
    let hq = draft.sections.iter().find(|s| s.region == "HQ & Global Partners").unwrap();
    assert_eq!(hq.items.len(), 1);
    assert!(hq.items[0].text.contains("home office"), "the standing paragraph is carried over");
    assert!(draft.closing.is_some() && draft.title.is_empty() && draft.verse.is_none());
    assert!(h.get_by_label("Headline").is_focused(), "the headline has the cursor");

    h.get_by_label("Headline").type_text("Pray for the new shelter in Lima");
    h.run();
    h.get_by_label("Add a paragraph to Latin America").click();
    h.run();
    h.get_by_label("Paragraph 1 of Latin America").focus();
    h.run();
    h.get_by_label("Paragraph 1 of Latin America").type_text("Praise God for the keys to the new shelter.");
    h.run();
    assert!(h.state().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().is_dirty());
    let saved = std::fs::read_to_string(dir.path().join("bulletins/2026-11-21.ron")).unwrap();
    assert!(saved.contains("title: \"Pray for the new shelter in Lima\""), "{saved}");
    assert!(saved.contains("Praise God for the keys to the new shelter."));
    let reloaded = Library::load(dir.path()).unwrap();
    let b = &reloaded.entry("2026-11-21").unwrap().bulletin;
    let latin = b.section("Latin America").unwrap();
    assert_eq!(latin.items[0].kind, prayer_bulletin::model::ItemKind::Praise, "kind suggested from the wording");
}

#[test]
fn undo_brings_back_a_deleted_paragraph_and_redo_removes_it_again() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let before = h.state().edit.as_ref().unwrap().draft.clone();
    h.get_all_by_label("Remove").next().unwrap().click();
    h.run();
    assert_eq!(h.state().edit.as_ref().unwrap().draft.sections[0].items.len(), 0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().edit.as_ref().unwrap().draft, before);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().edit.as_ref().unwrap().draft.sections[0].items.len(), 0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().edit.as_ref().unwrap().draft, before);
}

#[test]
fn leaving_unsaved_changes_asks_and_each_answer_does_what_it_says() {
    let dir = common::sample_copy();
    let file = dir.path().join("bulletins/2026-11-14.ron");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut h = harness(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Headline").focus();
    h.get_by_label("Headline").type_text(" (draft)");
    h.run();
    let go_elsewhere = |h: &mut Harness<'static, App>| {
        h.state_mut().push(Command::Select("2026-11-07".into()));
        h.run();
    };

    go_elsewhere(&mut h);
    h.get_by_label("Save changes?");
    h.get_by_label("Cancel").click_accesskit();
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-11-14"), "Cancel stays");
    assert!(h.state().edit.as_ref().unwrap().draft.title.ends_with("(draft)"), "the edit is kept");

    go_elsewhere(&mut h);
    h.get_by_label("Discard changes").click_accesskit();
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-11-07"), "Discard goes on");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original, "nothing written");

    h.state_mut().push(Command::Select("2026-11-14".into()));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Headline").focus();
    h.get_by_label("Headline").type_text(" (final)");
    h.run();
    go_elsewhere(&mut h);
    h.get_by_label("Save and continue").click_accesskit();
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-11-07"), "Save goes on");
    assert!(std::fs::read_to_string(&file).unwrap().contains("(final)\""), "and wrote the file");
}

#[test]
fn the_checks_fire_on_imported_text_and_take_you_to_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("imported");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_prayer-bulletin"))
        .args(["import", common::fixture_shaped_like("000").to_str().unwrap(), "--library", lib.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(status.status.success());
    let library = Library::load(&lib).unwrap();
    let all: Vec<_> = library
        .entries
        .iter()
        .flat_map(|e| prayer_bulletin::checks::check(&e.bulletin, &[]))
        .map(|c| c.message)
        .collect();
    assert!(all.iter().any(|m| m.contains("Cambodia.Please") && m.contains("run together")), "{all:#?}");
    // The paragraph naming a 15-year-old came in marked sensitive (protected at the door), so the
    // identifying-details check has nothing to say; unmarked, it says so.
    assert!(!all.iter().any(|m| m.contains("-year-old")), "{all:#?}");
    let mut unmarked = library.entry("2025-03-22").unwrap().bulletin.clone();
    let item =
        unmarked.sections.iter_mut().flat_map(|s| &mut s.items).find(|i| i.text.contains("15-year-old")).unwrap();
    assert!(item.sensitive, "imported marked sensitive");
    item.sensitive = false;
    let checks: Vec<_> = prayer_bulletin::checks::check(&unmarked, &[]).into_iter().map(|c| c.message).collect();
    assert!(checks.iter().any(|m| m.contains("-year-old") && m.contains("identify")), "{checks:#?}");

    // In the app: the week with the run-together sentences lists the check; clicking it focuses the paragraph.
    let stem = library
        .entries
        .iter()
        .find(|e| e.bulletin.sections.iter().any(|s| s.items.iter().any(|i| i.text.contains("Cambodia.Please"))))
        .unwrap()
        .stem
        .clone();
    let mut h = harness(&lib);
    h.state_mut().push(Command::Select(stem));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label_contains("two sentences run together").click();
    h.run();
    let focused = h.get_all_by_label_contains("Paragraph 1 of Southeast Asia").any(|n| n.is_focused());
    assert!(focused, "the paragraph with the problem has the cursor");
}

#[test]
fn renaming_a_region_reaches_every_bulletin() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path());
    h.state_mut().push(Command::RenameRegion { from: "South Asia".into(), to: "South & Central Asia".into() });
    h.run();
    let library = Library::load(dir.path()).unwrap();
    assert!(library.entries.iter().all(|e| e.bulletin.section("South Asia").is_none()));
    assert_eq!(library.entries.iter().filter(|e| e.bulletin.section("South & Central Asia").is_some()).count(), 10);
    let region = library.settings.region("South & Central Asia").unwrap();
    assert!(region.aliases.contains(&"South Asia".to_owned()), "imports of old text still land here");
    h.get_by_label("South & Central Asia");
}

#[test]
fn export_from_the_app_uses_the_same_exporters_public_by_default_for_pdf() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    h.run();
    let Some(prayer_bulletin::app::Dialog::Export(choice)) = h.state().dialog().cloned() else {
        panic!("export window")
    };
    assert_eq!((choice.format, choice.public, choice.all), (prayer_bulletin::export::Format::Pdf, true, false));
    h.get_by_label("Export to a file…");

    let out = tempfile::tempdir().unwrap();
    for format in common::formats_here() {
        let path = out.path().join(format!("handout.{}", format.extension()));
        h.state_mut().push(Command::Export {
            format,
            audience: prayer_bulletin::export::Audience::Public,
            all: false,
            layout: Default::default(),
            plan: false,
            path: Some(path.clone()),
        });
        h.run();
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{format:?}: {e}"));
        assert!(!bytes.is_empty());
        if format != prayer_bulletin::export::Format::Pdf {
            let text = common::readable(format, &bytes);
            assert!(text.contains("Guatemala"), "{format:?} holds the current week");
            assert!(!text.contains("Ana*"), "{format:?}: the sensitive paragraph is left out");
        }
    }
    let library = Library::load(dir.path()).unwrap();
    let expected = prayer_bulletin::export::render(
        &[&library.entries[0].bulletin],
        &prayer_bulletin::export::Handout {
            format: prayer_bulletin::export::Format::Html,
            audience: prayer_bulletin::export::Audience::Public,
            width: 72,
            ascii: false,
            paper: prayer_bulletin::export::Paper::A4,
            library_name: library.settings.name.clone(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(std::fs::read(out.path().join("handout.html")).unwrap(), expected, "the same bytes as the exporter");
}

#[test]
fn library_settings_are_edited_in_a_window_and_saved_to_library_ron() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path());
    h.state_mut().push(Command::Action(prayer_bulletin::app::Action::LibrarySettings));
    h.run();
    let settings_now = |app: &prayer_bulletin::app::App| match app.dialog() {
        Some(prayer_bulletin::app::Dialog::LibrarySettings { edited, .. }) => Some(edited.clone()),
        _ => None,
    };
    let mut settings = settings_now(h.state()).unwrap();
    h.get_by_label("Library name").focus();
    h.get_by_label("Library name").type_text(" (Toronto)");
    h.run();
    settings.name.push_str(" (Toronto)");
    assert_eq!(settings_now(h.state()).unwrap(), settings);
    h.get_by_label("Save settings").click_accesskit();
    h.run();
    assert!(settings_now(h.state()).is_none());
    let saved = Library::load(dir.path()).unwrap().settings;
    assert_eq!(saved.name, "Harvest Light Prayer Bulletin (Toronto)");
    assert_eq!(saved.regions.len(), 5);
}
