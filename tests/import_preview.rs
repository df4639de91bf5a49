//! The import preview in the real app: a file dropped on the window (an e-mail here) is previewed;
//! the user puts a heading the library does not know into one of its regions and unmarks a paragraph
//! marked sensitive at the door; only then is anything written, with those choices.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::kittest::Queryable as _;

use prayer_bulletin::library::read_bulletin;
use prayer_bulletin::model::ItemKind::{Praise, Request};
use prayer_bulletin::model::{Item, Section};

const MAIL: &str = "From: Lima team <team@example.org>\r\nSubject: Prayer for the coast\r\nMIME-Version: 1.0\r\n\
Content-Type: text/html; charset=utf-8\r\n\r\n\
<html><body><h1>Prayer for the coast</h1><p>July 6, 2024</p>\
<h2>Caribbean</h2><p>Praise God for the boats that reached the island clinic.</p>\
<h2>Latin America</h2><p>Pray for Rosa*, who gives her statement on Tuesday.</p></body></html>\r\n";

#[test]
fn a_dropped_e_mail_is_previewed_and_imported_with_the_users_choices() {
    let dir = common::sample_copy();
    let mail = dir.path().join("coast.eml");
    std::fs::write(&mail, MAIL).unwrap();
    let regions_before = std::fs::read_to_string(dir.path().join("library.ron")).unwrap();
    let mut h = common::harness_on(dir.path());
    h.input_mut().dropped_files.push(std::sync::Arc::new(common::Dropped(mail.clone())));
    h.run();
    let preview = h.state().import_preview().expect("the dropped file is previewed");
    assert_eq!(preview.report.bulletins.len(), 1);
    assert_eq!(preview.report.new_regions, ["Caribbean"]);

    // Put the Caribbean heading in Latin America, and share the paragraph marked sensitive.
    h.get_by_label("Region for \u{201c}Caribbean\u{201d}").click_accesskit();
    h.run();
    h.get_by_label("Put in Latin America").click_accesskit();
    h.run();
    h.get_by_label_contains("Latin America: Pray for Rosa*").click_accesskit();
    h.run();
    assert!(
        std::fs::read_dir(dir.path().join("bulletins"))
            .unwrap()
            .all(|e| !e.unwrap().path().ends_with("2024-07-06.ron"))
    );
    h.get_by_label("Import 1 bulletin(s)").click_accesskit();
    h.run();

    let saved = read_bulletin(&dir.path().join("bulletins/2024-07-06.ron")).unwrap();
    assert_eq!(saved.title, "Prayer for the coast");
    assert_eq!(
        saved.sections,
        [Section {
            region: "Latin America".into(),
            items: vec![
                Item {
                    kind: Praise,
                    text: "Praise God for the boats that reached the island clinic.".into(),
                    sensitive: false,
                    ..Item::default()
                },
                Item {
                    kind: Request,
                    text: "Pray for Rosa*, who gives her statement on Tuesday.".into(),
                    sensitive: false,
                    ..Item::default()
                },
            ],
        }]
    );
    // Mapped, the heading added no region to the library.
    assert_eq!(std::fs::read_to_string(dir.path().join("library.ron")).unwrap(), regions_before);
}

/// The preview says what the reader decided about a sheet from a page it has never seen: which
/// titles it read as one bulletin each, and which lines of the page it left out, each by its line;
/// the notes lie inside a laptop's screen.
#[test]
fn the_preview_says_what_the_reader_decided() {
    let dir = common::sample_copy();
    let sheet = dir.path().join("letters.txt");
    std::fs::copy(common::root().join("tests/fixtures/outline/monthly-listing-ko.txt"), &sheet).unwrap();
    let mut h = common::harness_on(dir.path());
    h.input_mut().dropped_files.push(std::sync::Arc::new(common::Dropped(sheet)));
    h.run();
    let preview = h.state().import_preview().expect("the dropped file is previewed");
    assert_eq!(preview.report.bulletins.len(), 2);
    let screen = h.ctx.content_rect();
    for said in [
        "Line 1: left out (a web page's furniture",
        "Line 3: read this title and the title of the same words under another date as one bulletin each (lines 9)",
        "Line 7: left out (a web page's furniture",
    ] {
        let node = h.get_by_label_contains(said);
        let rect = node.rect();
        assert!(screen.contains_rect(rect), "{said:?} lies at {rect:?}, outside {screen:?}");
    }
}
