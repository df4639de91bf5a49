//! Texts in the two seeds' shapes import exactly: the team's own (`tests/fixtures/`), always, and the
//! real seed files when they are beside the project (they are skipped with a note otherwise).
//! Expected values come from the files themselves (read at test time) or are structural facts
//! (dates, references, counts, kinds), so no seed text is copied into the project.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use chrono::NaiveDate;
use prayer_bulletin::import::import_bytes;
use prayer_bulletin::library::LibrarySettings;
use prayer_bulletin::model::ItemKind::{self, Info, Praise, Request};

/// The regions, in the library's order.
const REGIONS: [&str; 5] =
    ["Africa & Europe", "Latin America", "South Asia", "Southeast Asia", "IJM HQ & Global Partners"];

fn lines_of(source: &Path) -> Vec<String> {
    std::fs::read_to_string(source)
        .unwrap()
        .replace('\u{a0}', " ")
        .lines()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The kinds of the paragraphs, week by week, of the first seed; the team's text in its shape was
/// written to follow the same pattern, so both are checked against this one list.
const WEEKLY_KINDS: [[ItemKind; 6]; 6] = [
    [Request, Praise, Praise, Request, Info, Praise],
    [Praise, Request, Request, Request, Info, Praise],
    [Request, Praise, Request, Praise, Info, Request],
    [Praise, Request, Request, Request, Info, Praise],
    [Praise, Request, Request, Request, Info, Request],
    [Praise, Praise, Request, Request, Info, Request],
];

/// What a text in the first seed's shape holds besides its lines: six weeks, one missing.
struct WeeklyRun<'a> {
    dates: [NaiveDate; 6],
    references: [&'a str; 6],
    kinds: [[ItemKind; 6]; 6],
}

#[test]
fn six_weekly_bulletins_of_the_teams_text_import_field_by_field() {
    // The week of March 15, 2025 is missing in the text; it stays missing.
    six_weekly_bulletins_import_field_by_field(
        &common::fixture_shaped_like("000"),
        &WeeklyRun {
            dates: [
                date(2025, 3, 29),
                date(2025, 3, 22),
                date(2025, 3, 8),
                date(2025, 3, 1),
                date(2025, 2, 22),
                date(2025, 2, 15),
            ],
            references: ["Joshua 1:9", "Psalm 34:18", "Galatians 6:2", "Psalm 82:4", "Psalm 147:3", "Romans 12:21"],
            kinds: WEEKLY_KINDS,
        },
    );
}

#[test]
fn six_weekly_bulletins_of_the_first_seed_import_field_by_field() {
    let Some(seed) = common::seed_or_skip("000") else { return };
    // The week of June 12, 2021 is missing in the source; it stays missing.
    six_weekly_bulletins_import_field_by_field(
        &seed,
        &WeeklyRun {
            dates: [
                date(2021, 6, 26),
                date(2021, 6, 19),
                date(2021, 6, 5),
                date(2021, 5, 29),
                date(2021, 5, 22),
                date(2021, 5, 15),
            ],
            references: [
                "Colossians 3:12",
                "Ephesians 6:12",
                "James 2:17",
                "Galatians 3:28",
                "Luke 18:7-8",
                "Isaiah 33:2",
            ],
            kinds: WEEKLY_KINDS,
        },
    );
}

fn six_weekly_bulletins_import_field_by_field(source: &Path, want: &WeeklyRun<'_>) {
    let settings = LibrarySettings::default();
    let report = import_bytes(&std::fs::read(source).unwrap(), &settings);
    let lines = lines_of(source);
    let b = &report.bulletins;
    assert_eq!(b.len(), 6);
    let dates: Vec<_> = b.iter().map(|b| b.date.unwrap()).collect();
    assert_eq!(dates, want.dates);
    let references: Vec<_> = b.iter().map(|b| b.verse.as_ref().unwrap().reference.as_str()).collect();
    assert_eq!(references, want.references);

    // Every bulletin is 15 non-empty lines in the source: headline, date, verse, reference, then five
    // headings with their paragraphs (HQ has two), and the older three a closing line.
    let mut at = 0;
    for (i, bulletin) in b.iter().enumerate() {
        assert_eq!(bulletin.format, 1);
        assert_eq!(bulletin.title, lines[at], "headline of bulletin {i}");
        let verse_line = &lines[at + 2];
        let verse = &bulletin.verse.as_ref().unwrap().text;
        assert!(verse_line.contains(verse.as_str()), "verse of bulletin {i}");
        assert_eq!(verse.chars().count() + 2, verse_line.chars().count(), "exactly the two quote marks are gone");
        assert!(!verse.starts_with(['"', '\u{201c}']) && !verse.ends_with(['"', '\u{201d}']));
        let regions: Vec<_> = bulletin.sections.iter().map(|s| s.region.as_str()).collect();
        assert_eq!(regions, REGIONS);
        let counts: Vec<_> = bulletin.sections.iter().map(|s| s.items.len()).collect();
        assert_eq!(counts, [1, 1, 1, 1, 2], "paragraphs per region of bulletin {i}");
        // Paragraph text is the source paragraph, whole.
        let mut line = at + 4;
        for section in &bulletin.sections {
            assert_eq!(settings.region_for_heading(&lines[line]), Some(section.region.as_str()), "heading {line}");
            line += 1;
            for item in &section.items {
                assert_eq!(item.text, lines[line]);
                assert!(!item.sensitive);
                line += 1;
            }
        }
        assert_eq!(bulletin.sections[4].items[0].kind, Info, "the office paragraph is information");
        if i >= 3 {
            assert_eq!(bulletin.closing.as_deref(), Some(lines[line].as_str()), "closing note of bulletin {i}");
            line += 1;
        } else {
            assert_eq!(bulletin.closing, None);
        }
        at = line;
    }
    assert_eq!(at, lines.len(), "every non-empty line of the source is accounted for");

    let kinds: Vec<Vec<ItemKind>> =
        b.iter().map(|b| b.sections.iter().flat_map(|s| s.items.iter().map(|i| i.kind)).collect()).collect();
    assert_eq!(kinds, want.kinds.map(Vec::from));
    assert!(report.warnings.is_empty(), "nothing was assumed: {:?}", report.warnings);
}

#[test]
fn the_teams_undated_text_gets_its_region_inferred_with_warnings() {
    undated_bulletin_gets_its_region_inferred_with_warnings(&common::fixture_shaped_like("001"), "Hebrews 13:3", 7);
}

#[test]
fn the_undated_seed_gets_its_region_inferred_with_warnings() {
    let Some(seed) = common::seed_or_skip("001") else { return };
    undated_bulletin_gets_its_region_inferred_with_warnings(&seed, "Job 5:11", 8);
}

/// A text in the second seed's shape: `reference` is its verse's, `first_paragraph` the line of the
/// paragraph that has no heading.
fn undated_bulletin_gets_its_region_inferred_with_warnings(source: &Path, reference: &str, first_paragraph: usize) {
    let report = import_bytes(&std::fs::read(source).unwrap(), &LibrarySettings::default());
    let lines = lines_of(source);
    assert_eq!(report.bulletins.len(), 1);
    let b = &report.bulletins[0];
    assert_eq!(b.date, None);
    assert_eq!(b.title, lines[0]);
    assert_eq!(b.verse.as_ref().unwrap().reference, reference);
    let regions: Vec<_> = b.sections.iter().map(|s| s.region.as_str()).collect();
    assert_eq!(regions, REGIONS);
    let counts: Vec<_> = b.sections.iter().map(|s| s.items.len()).collect();
    assert_eq!(counts, [1, 1, 1, 1, 2]);
    assert_eq!(b.sections[0].items[0].text, lines[3], "the paragraph without a heading lands in Africa & Europe");
    assert_eq!(b.sections[4].items[0].kind, Info);
    assert_eq!(b.sections[4].items[1].kind, Praise, "\"join us in thanking\" is praise");
    assert_eq!(b.closing, None);
    let messages: Vec<(usize, &str)> = report.warnings.iter().map(|w| (w.line, w.message.as_str())).collect();
    assert_eq!(
        messages,
        [
            (1, "no date line; imported as undated"),
            (first_paragraph, "no heading before this paragraph; assumed Africa & Europe")
        ]
    );
}

#[test]
fn the_careful_readers_details_survive_import() {
    for source in common::shaped_like("000") {
        careful_readers_details_survive_import(&source);
    }
}

fn careful_readers_details_survive_import(source: &Path) {
    let report = import_bytes(&std::fs::read(source).unwrap(), &LibrarySettings::default());
    let all: Vec<&str> = report
        .bulletins
        .iter()
        .flat_map(|b| b.sections.iter().flat_map(|s| s.items.iter().map(|i| i.text.as_str())))
        .collect();
    // The run-together sentences are kept as written (the editor's checks point them out).
    assert!(all.iter().any(|t| !prayer_bulletin::checks::run_together(t).is_empty()), "{}", source.display());
    // Curly and straight quotes both occur in verses, and both are stripped.
    let verses: Vec<&str> = report.bulletins.iter().map(|b| b.verse.as_ref().unwrap().text.as_str()).collect();
    assert!(verses.iter().all(|v| !v.starts_with(['"', '\u{201c}'])));
}
