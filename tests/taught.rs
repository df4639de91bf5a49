//! Teaching the importer once: corrections made on one week's sheet of a source become rules over a
//! line's shape, saved in the library's `sources/`, and the same source's next sheet (other words,
//! another heading of the same shape) comes in right through `import`, with no correction.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;

use prayer_bulletin::import::learn::{Lesson, learn, matching, proposals};
use prayer_bulletin::import::{FileTeaching, Role, Rules, import_file_taught, read_file_lines};
use prayer_bulletin::library::LibrarySettings;
use prayer_bulletin::library::sources::{read_sources, save_source};
use prayer_bulletin::model::Bulletin;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(common::root().join("tests/fixtures/taught").join(name)).unwrap()
}

/// The sections of a bulletin as (region, paragraphs).
fn sections(b: &Bulletin) -> Vec<(String, Vec<String>)> {
    b.sections.iter().map(|s| (s.region.clone(), s.items.iter().map(|i| i.text.clone()).collect())).collect()
}

fn strings(items: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    items.iter().map(|(r, list)| ((*r).to_owned(), list.iter().map(|s| (*s).to_owned()).collect())).collect()
}

/// The lesson a coordinator gives on week 1: `OUR CITY` is a heading (remembered as "capital
/// letters only"), its lines are items one per line, the blog's footer is left out from
/// `About Harbour` on, and `OUR WORLD` goes to the library's HQ & Global Partners.
fn lesson(readings: &[prayer_bulletin::import::LineReading]) -> Lesson {
    let heading = proposals("OUR CITY").into_iter().find(|p| p.describe == "capital letters only").unwrap();
    // The pattern proposed finds the other headings of the sheet too, and no other line.
    assert_eq!(matching(&heading.pattern, readings), [5, 8, 11]);
    let footer =
        proposals("About Harbour Fellowship").into_iter().find(|p| p.describe.starts_with("lines starting")).unwrap();
    Lesson {
        name: "Harbour Fellowship".into(),
        known_by: vec!["Harbour Fellowship \u{2013} Weekly Prayer".into()],
        corrections: vec![
            (5, Role::Heading, Some(heading.pattern)),
            (6, Role::Items, None),
            (13, Role::LeftOutFromHere, Some(footer.pattern)),
        ],
        regions: BTreeMap::from([("OUR WORLD".into(), "HQ & Global Partners".into())]),
    }
}

#[test]
fn taught_on_one_week_the_next_week_comes_in_right_through_import() {
    let settings = LibrarySettings::default();
    let week1 = fixture("harbour-week-1.txt");
    // Read by the general reader, the sheet's lines run together into one paragraph.
    let (untaught, readings) = read_file_lines("week1.txt", &week1, &settings, &FileTeaching::default()).unwrap();
    assert_eq!(untaught.bulletins[0].sections.len(), 1);

    // The corrections, made on this sheet with the patterns proposed, read it right before anything
    // is written: the patterns reach the sheet's other lines of the same shape at once.
    let lesson = lesson(&readings);
    let pending = Rules::compile(&learn(&lesson, None)).unwrap();
    let teaching =
        FileTeaching { sources: std::slice::from_ref(&pending), force: Some("Harbour Fellowship"), corrections: &[] };
    let corrected = import_file_taught("week1.txt", &week1, &settings, &teaching).unwrap();
    assert_eq!(
        sections(&corrected.bulletins[0])[1..],
        strings(&[
            ("OUR CITY", &["The night shelter opening on Friday", "Volunteers for the food bank"]),
            ("OUR PARTNERS", &["The clinic team in Beira", "New teachers at the river school"]),
            ("HQ & Global Partners", &["Peace talks in the north"]),
        ])
    );

    // Remembered for the source, in the library.
    let library = common::sample_copy();
    let path = save_source(library.path(), &learn(&lesson, None)).unwrap();
    assert!(path.ends_with("sources/harbour-fellowship.ron"));

    // The next week, through the command line: recognised by its first line, read as taught.
    let week2 = common::root().join("tests/fixtures/taught/harbour-week-2.txt");
    let out = common::run(&["import", common::path(&week2), "--library", common::path(library.path()), "--json"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&common::stdout(&out)).unwrap();
    assert_eq!(json["files"][0]["source"], "Harbour Fellowship");
    assert!(
        json["warnings"].as_array().unwrap().iter().any(|w| w["message"] == "read as taught for Harbour Fellowship")
    );
    let saved = prayer_bulletin::library::read_bulletin(&library.path().join("bulletins/2026-11-15.ron")).unwrap();
    assert_eq!(saved.title, "Harbour Fellowship \u{2013} Weekly Prayer");
    assert_eq!(
        sections(&saved),
        strings(&[
            ("Introduction", &["Pray with us, a line a need"]),
            ("OUR YOUTH", &["The camp leaders meeting on Tuesday", "Exams at the secondary school"]),
            ("OUR CITY", &["Families moving into the new flats"]),
            ("HQ & Global Partners", &["Rain for the farms in the south", "Safe travel for the medical team"]),
        ])
    );

    // `--no-sources` reads it as the general reader does; `--source` forces one by name.
    let plain = common::run(&[
        "import",
        common::path(&week2),
        "--library",
        common::path(library.path()),
        "--dry-run",
        "--json",
        "--no-sources",
    ]);
    let plain: serde_json::Value = serde_json::from_str(&common::stdout(&plain)).unwrap();
    assert_eq!(plain["files"][0]["source"], serde_json::Value::Null);
    assert_eq!(plain["bulletins"][0]["sections"].as_array().unwrap().len(), 1);
    let unknown = common::run(&[
        "import",
        common::path(&week2),
        "--library",
        common::path(library.path()),
        "--dry-run",
        "--source",
        "Nobody",
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(common::stderr(&unknown).contains("Harbour Fellowship"), "{}", common::stderr(&unknown));
}

#[test]
fn a_rule_that_matches_nothing_is_said_and_a_bad_pattern_is_named_by_check() {
    let library = common::sample_copy();
    let mut source = learn(
        &lesson(
            &read_file_lines(
                "w.txt",
                &fixture("harbour-week-1.txt"),
                &LibrarySettings::default(),
                &FileTeaching::default(),
            )
            .unwrap()
            .1,
        ),
        None,
    );
    source.leave_out.push("^Nothing like this$".into());
    save_source(library.path(), &source).unwrap();
    let rules: Vec<Rules> = read_sources(library.path()).0.iter().map(|(_, s)| Rules::compile(s).unwrap()).collect();
    let teaching = FileTeaching { sources: &rules, ..FileTeaching::default() };
    let report =
        import_file_taught("w2.txt", &fixture("harbour-week-2.txt"), &LibrarySettings::default(), &teaching).unwrap();
    assert!(report.warnings.iter().any(|w| {
        w.message.contains("\u{201c}^Nothing like this$\u{201d} taught for Harbour Fellowship matched no line")
    }));
    assert_eq!(report.bulletins.len(), 1);
    let check = common::run(&["check", common::path(library.path())]);
    assert!(check.status.success(), "{}", common::stderr(&check));

    source.headings.push("^(OUR".into());
    let path = save_source(library.path(), &source).unwrap();
    let line = std::fs::read_to_string(&path).unwrap().lines().position(|l| l.contains("^(OUR")).unwrap() + 1;
    let check = common::run(&["check", common::path(library.path())]);
    assert_eq!(check.status.code(), Some(1));
    assert!(
        common::stderr(&check).contains(&format!("harbour-fellowship.ron:{line}:1: the headings pattern")),
        "{}",
        common::stderr(&check)
    );
    // The import still goes on, with the general reader, and says why.
    let week2 = common::root().join("tests/fixtures/taught/harbour-week-2.txt");
    let out = common::run(&["import", common::path(&week2), "--library", common::path(library.path()), "--dry-run"]);
    assert!(out.status.success());
    assert!(common::stderr(&out).contains("a taught source is not applied"), "{}", common::stderr(&out));
}

#[test]
fn a_line_marked_as_the_date_the_verse_its_reference_or_the_closing_note_becomes_it() {
    let settings = LibrarySettings::default();
    // A sheet the general reader takes no date, verse or closing note from: the date sits in a
    // sentence, the verse has no quote marks, the closing is an ordinary line.
    let text = "Riverside prayer letter\n\nWritten on 14 March 2027 by the team\n\nLet us not grow weary in doing good\nGalatians 6 9\n\nPray for the new well in Tamale.\n\nOur next letter comes after Easter\n";
    let (plain, readings) =
        read_file_lines("letter.txt", text.as_bytes(), &settings, &FileTeaching::default()).unwrap();
    assert_eq!(plain.bulletins.len(), 1);
    assert!(plain.bulletins[0].closing.is_none() && plain.bulletins[0].verse.is_none());
    let line = |words: &str| readings.iter().find(|r| r.text.contains(words)).unwrap().line;
    let corrections = [
        (line("Written on"), Role::Date),
        (line("not grow weary"), Role::Verse),
        (line("Galatians"), Role::Reference),
        (line("Our next letter"), Role::Closing),
    ];
    let teaching = FileTeaching { corrections: &corrections, ..FileTeaching::default() };
    let (report, readings) = read_file_lines("letter.txt", text.as_bytes(), &settings, &teaching).unwrap();
    let b = &report.bulletins[0];
    // "Written on 14 March 2027 …" is not a date line on its own; marked, the date in it is taken.
    assert_eq!(b.date.map(|d| d.to_string()).as_deref(), Some("2027-03-14"), "{:?}", report.warnings);
    let verse = b.verse.as_ref().unwrap();
    assert_eq!(verse.text, "Let us not grow weary in doing good");
    assert_eq!(verse.reference, "Galatians 6 9");
    assert_eq!(b.closing.as_deref(), Some("Our next letter comes after Easter"));
    // None of the marked lines is also a paragraph.
    let paragraphs: Vec<&str> = b.sections.iter().flat_map(|s| &s.items).map(|i| i.text.as_str()).collect();
    assert_eq!(paragraphs, ["Pray for the new well in Tamale."]);
    let became = |words: &str| readings.iter().find(|r| r.text.contains(words)).unwrap().became.label();
    assert_eq!(
        [became("Written on"), became("not grow"), became("Galatians"), became("Our next letter")],
        ["date", "verse", "reference", "closing note"]
    );

    // A line with no date in it, marked as the date, is said, and the bulletin stays undated.
    let wrong = [(line("Pray for the new well"), Role::Date)];
    let teaching = FileTeaching { corrections: &wrong, ..FileTeaching::default() };
    let report = import_file_taught("letter.txt", text.as_bytes(), &settings, &teaching).unwrap();
    assert!(report.warnings.iter().any(|w| w.message.starts_with("the line marked as the date holds no date")));
}
