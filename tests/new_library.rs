//! A coordinator's own library from the first minute: `init` on the command line, File → New
//! library… in the real window from each template, and the empty library's three actions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::kittest::Queryable as _;
use prayer_bulletin::app::{Dialog, Settings};
use prayer_bulletin::library::templates::TEMPLATES;

#[test]
fn init_makes_a_library_from_a_template_and_refuses_what_it_should() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("st-anne");
    let d = dir.to_str().unwrap();
    let out =
        common::run(&["init", d, "--name", "St Anne's", "--template", "church-city-nation-world", "--day", "sunday"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let library = prayer_bulletin::library::Library::load(&dir).unwrap();
    let names: Vec<&str> = library.settings.regions.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Our church", "Our city", "Our nation", "The world"]);
    // The first week is dated on the library's day.
    let out = common::run(&["new-week", d]);
    assert!(out.status.success());
    let week = prayer_bulletin::library::Library::load(&dir).unwrap().entries[0].bulletin.clone();
    assert_eq!(chrono::Datelike::weekday(&week.date.unwrap()), chrono::Weekday::Sun);
    // A library there already: refused, nothing changed.
    let before = std::fs::read(dir.join("library.ron")).unwrap();
    let out = common::run(&["init", d, "--name", "Other"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds a library"));
    assert_eq!(std::fs::read(dir.join("library.ron")).unwrap(), before);
    // A template that does not exist: wrong usage, listing the templates.
    let out = common::run(&["init", root.path().join("x").to_str().unwrap(), "--name", "X", "--template", "parish"]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    for t in TEMPLATES {
        assert!(said.contains(t.key), "{said}");
    }
    // Families are typed in.
    let fam = root.path().join("families");
    let out = common::run(&[
        "init",
        fam.to_str().unwrap(),
        "--name",
        "Our missionaries",
        "--regions",
        "The Kims, The Okafors",
    ]);
    assert!(out.status.success());
    let names: Vec<String> =
        prayer_bulletin::library::Library::load(&fam).unwrap().settings.regions.into_iter().map(|r| r.name).collect();
    assert_eq!(names, ["The Kims", "The Okafors"]);
}

#[test]
fn a_new_library_from_each_template_in_the_real_window_then_a_week_with_its_sections() {
    for (size, name) in [(common::LAPTOP, "laptop"), (common::SMALL_LAPTOP, "small laptop")] {
        for (i, template) in TEMPLATES.iter().enumerate() {
            let root = tempfile::tempdir().unwrap();
            let demo = common::sample_copy();
            let mut app = prayer_bulletin::app::App::new(Some(demo.path().to_owned()), Settings::default());
            app.wait_for_library();
            let mut h = common::app_harness_sized(app, size);
            let screen = h.ctx.content_rect();
            h.get_by_label("File").click();
            h.run();
            h.get_by_label("New library…").click();
            h.run();
            assert!(matches!(h.state().dialog(), Some(Dialog::NewLibrary(_))));
            h.get_by_label("Name").type_text("Our own list");
            h.run();
            h.get_by_label(template.label).click_accesskit();
            h.run();
            let folder = root.path().join(format!("library-{i}"));
            if let Some(Dialog::NewLibrary(form)) = h.state_mut().dialog_mut() {
                form.folder = folder.display().to_string();
                if template.regions.is_empty() {
                    form.regions = "The Kims\nThe Okafors".into();
                }
            }
            h.run();
            let make = h.get_by_label("Make the library");
            assert!(screen.contains_rect(make.rect()), "{name}: Make the library lies outside the screen");
            make.click_accesskit();
            h.run();
            assert_eq!(h.state().library.as_ref().unwrap().dir, folder, "{:?}", h.state().message());
            // The empty library says what to do; the first action writes this week's bulletin.
            let write = h.get_by_label("Write this week's bulletin");
            assert!(screen.contains_rect(write.rect()), "{name}: the first action lies outside the screen");
            write.click_accesskit();
            h.run();
            let draft = &h.state().edit.as_ref().expect("a new week in the editor").draft;
            let sections: Vec<&str> = draft.sections.iter().map(|s| s.region.as_str()).collect();
            let expected: Vec<&str> =
                if template.regions.is_empty() { vec!["The Kims", "The Okafors"] } else { template.regions.to_vec() };
            assert_eq!(sections, expected, "{}", template.key);
            assert_eq!(chrono::Datelike::weekday(&draft.date.unwrap()), chrono::Weekday::Sun, "the form's day");
        }
    }
}

#[test]
fn the_empty_librarys_actions_lead_where_they_say() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("empty");
    let out = common::run(&["init", dir.to_str().unwrap(), "--name", "Empty", "--template", "ministries"]);
    assert!(out.status.success());
    let mut h = common::harness_on(&dir);
    h.get_by_label("Empty has no bulletin yet").rect();
    h.get_by_label("Paste a bulletin you received").click_accesskit();
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::Paste(_))));
    h.key_press(egui::Key::Escape);
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().dialog().is_none());
    h.get_by_label("Import last year's archive").click_accesskit();
    h.run();
    // No system file dialog in tests: the path is asked for, for importing files.
    assert!(
        matches!(
            h.state().dialog(),
            Some(Dialog::TypedPath { purpose: prayer_bulletin::app::PathPurpose::ImportFile, .. })
        ),
        "{:?}",
        h.state().dialog().map(|_| "another dialog")
    );
}

#[test]
fn the_first_run_offers_the_demo_or_a_library_of_ones_own_once() {
    let demo = common::sample_copy();
    let mut app = prayer_bulletin::app::App::new(Some(demo.path().to_owned()), Settings::default());
    app.wait_for_library();
    // As a first run with no library asked for opens it (on the demo).
    app.offer_welcome(true);
    let mut h = common::app_harness_sized(app, common::SMALL_LAPTOP);
    assert!(matches!(h.state().dialog(), Some(Dialog::Welcome)));
    let own = h.get_by_label("Make my own library…");
    assert!(h.ctx.content_rect().contains_rect(own.rect()));
    own.click_accesskit();
    h.run();
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::NewLibrary(_))), "the new library's window");
    assert!(h.state().settings.welcomed, "remembered");
    // Asked once: not again.
    h.state_mut().apply(prayer_bulletin::app::Command::Action(prayer_bulletin::app::Action::Close));
    h.state_mut().offer_welcome(true);
    assert!(h.state().dialog().is_none());
}
