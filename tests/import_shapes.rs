//! The real-world shapes of a pasted bulletin import to the same bulletins as the clean seed text.
//!
//! Every shape is made here, at test time, by a transformation of the test's own from a clean text:
//! the team's own texts in the seeds' shapes (`tests/fixtures/weekly-run.txt`, `undated-single.txt`),
//! always, and the real seed files too when they are beside the project (`../shared/seeds/`, never
//! copied into it). Some shapes are written by hand in the team's own words. Each test compares the
//! whole parsed bulletins and the warnings.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use prayer_bulletin::export::{TextOptions, to_text};
use prayer_bulletin::import::{ImportReport, import_bytes, import_text, parse_date_line};
use prayer_bulletin::library::{Library, LibrarySettings};
use prayer_bulletin::model::{Bulletin, Item, Section, Verse};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------------
// Helpers: the seed as blocks with roles, and a renderer that writes them back in some layout.

fn seed_text(source: &Path) -> String {
    std::fs::read_to_string(source).unwrap()
}

fn settings() -> LibrarySettings {
    LibrarySettings::default()
}

fn clean(source: &Path) -> ImportReport {
    import_bytes(&std::fs::read(source).unwrap(), &settings())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Title,
    Date,
    Verse,
    Reference,
    Heading,
    Item,
    Closing,
    /// Not bulletin text: a preamble, footer or image line added by a test.
    Extra,
}

#[derive(Clone, Debug)]
struct Block {
    role: Role,
    /// The block's lines (one, unless a test wraps it).
    lines: Vec<String>,
    /// The line of the seed it came from; 0 for added text.
    source: usize,
}

impl Block {
    fn text(&self) -> String {
        self.lines.join(" ")
    }
    fn set(&mut self, text: impl Into<String>) {
        self.lines = vec![text.into()];
    }
}

fn extra(text: &str) -> Block {
    Block { role: Role::Extra, lines: vec![text.to_owned()], source: 0 }
}

/// The seed's non-empty lines, each with what it is in the clean import.
fn blocks(prefix: &Path) -> Vec<Block> {
    let report = clean(prefix);
    let norm = |s: &str| s.replace('\u{a0}', " ").trim().to_owned();
    let titles: Vec<String> = report.bulletins.iter().map(|b| b.title.clone()).collect();
    let closings: Vec<String> = report.bulletins.iter().filter_map(|b| b.closing.clone()).collect();
    let s = settings();
    seed_text(prefix)
        .split('\n')
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, raw)| {
            let t = raw.trim();
            let role = if titles.contains(&norm(t)) {
                Role::Title
            } else if parse_date_line(t).is_some() {
                Role::Date
            } else if t.starts_with(['"', '\u{201c}']) {
                Role::Verse
            } else if t.starts_with(['\u{2013}', '-', '\u{2014}']) {
                Role::Reference
            } else if s.region_for_heading(t).is_some() {
                Role::Heading
            } else if closings.contains(&norm(t)) {
                Role::Closing
            } else {
                Role::Item
            };
            Block { role, lines: vec![t.to_owned()], source: i + 1 }
        })
        .collect()
}

/// Writes blocks one line each, with a blank line between blocks or none. Returns the text and where
/// each seed line ended up.
fn render(blocks: &[Block], blank_lines: bool) -> (String, HashMap<usize, usize>) {
    let mut out = Vec::new();
    let mut map = HashMap::new();
    for b in blocks {
        if blank_lines && !out.is_empty() {
            out.push(String::new());
        }
        map.insert(b.source, out.len() + 1);
        out.extend(b.lines.iter().cloned());
    }
    (out.join("\n") + "\n", map)
}

/// The clean import's warnings moved to the lines they moved to.
fn moved_warnings(report: &ImportReport, map: &HashMap<usize, usize>) -> Vec<(usize, String)> {
    report.warnings.iter().map(|w| (map[&w.line], w.message.clone())).collect()
}

fn warnings(report: &ImportReport) -> Vec<(usize, String)> {
    report.warnings.iter().map(|w| (w.line, w.message.clone())).collect()
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).map_or_else(|| panic!("no line has {needle:?}"), |i| i + 1)
}

/// Imports `text` and checks it gives the clean bulletins of `prefix` and exactly `expected` warnings.
#[track_caller]
fn assert_same(prefix: &Path, text: &str, expected: &[(usize, String)]) {
    let want = clean(prefix).bulletins;
    let got = import_text(text, &settings());
    assert_bulletins(&got.bulletins, &want, text);
    assert_eq!(warnings(&got), expected, "warnings for:\n{text}");
}

#[track_caller]
/// Renders the blocks with and without blank lines; both import to `want` with no warning.
fn assert_imports_cleanly_in_both_layouts(bs: &[Block], want: &[Bulletin]) {
    for blank_lines in [true, false] {
        let (text, _) = render(bs, blank_lines);
        let got = import_text(&text, &settings());
        assert_bulletins(&got.bulletins, want, &text);
        assert_eq!(warnings(&got), []);
    }
}

fn assert_bulletins(got: &[Bulletin], want: &[Bulletin], text: &str) {
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        if g != w {
            let first = |b: &Bulletin| (b.date, b.title.clone(), b.verse.clone(), b.closing.clone(), b.sections.len());
            assert_eq!(first(g), first(w), "bulletin {i} of:\n{text}");
            for (gs, ws) in g.sections.iter().zip(&w.sections) {
                assert_eq!(gs, ws, "a section of bulletin {i} of:\n{text}");
            }
        }
    }
    assert_eq!(got.len(), want.len(), "bulletin count for:\n{text}");
}

fn s(line: usize, message: &str) -> (usize, String) {
    (line, message.to_owned())
}

/// Every clean text: those in the shape of either seed.
fn sources() -> Vec<PathBuf> {
    [common::shaped_like("000"), common::shaped_like("001")].concat()
}

/// Wraps like a mail program: at `width` columns, never inside a word, runs of spaces that hold a
/// non-breaking space kept together.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let glued = text.replace("\u{a0} ", "\u{a0}\u{a0}").replace(" \u{a0}", "\u{a0}\u{a0}");
    textwrap::wrap(&glued, textwrap::Options::new(width).break_words(false))
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

// ---------------------------------------------------------------------------------------------------
// Bytes and characters.

#[test]
fn crlf_bom_non_breaking_and_trailing_spaces() {
    for prefix in &sources() {
        let c = clean(prefix);
        let text = seed_text(prefix);
        let crlf = format!("\u{feff}{}", text.replace('\n', "  \t\r\n"));
        assert_same(prefix, &crlf, &warnings(&c));
        let bytes = [b"\xEF\xBB\xBF".as_slice(), text.replace('\n', "\r\n").as_bytes()].concat();
        let report = import_bytes(&bytes, &settings());
        assert_bulletins(&report.bulletins, &c.bulletins, &text);
        assert_eq!(warnings(&report), warnings(&c));
        // Non-breaking spaces in headings and dates, and around lines.
        let nbsp: String = text
            .split('\n')
            .map(|l| {
                let t = l.trim();
                if settings().region_for_heading(t).is_some() || parse_date_line(t).is_some() {
                    format!("\u{a0}{}\u{a0}", t.replace(' ', "\u{a0}"))
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        assert_same(prefix, &nbsp, &warnings(&c));
    }
}

#[test]
fn windows_1252_bytes_decode_with_a_warning() {
    for prefix in &sources() {
        let c = clean(prefix);
        let text = seed_text(prefix);
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
        assert!(!unmappable);
        let report = import_bytes(&bytes, &settings());
        assert_bulletins(&report.bulletins, &c.bulletins, &prefix.display().to_string());
        let mut want = Vec::new();
        if !text.is_ascii() {
            want.push(s(1, "the text is not UTF-8; read it as Windows-1252 (older Word and mail exports)"));
        }
        want.extend(warnings(&c));
        assert_eq!(warnings(&report), want);
    }
    // A hand-written mail in Windows-1252 with curly quotes, an en dash and an accent.
    let bytes = b"Pray for Bogot\xe1\r\n\r\nJune 26, 2021\r\n\r\n\x93Be still.\x94 \x96 Psalm 46:10\r\n\r\nLatin America\r\n\r\nPray for the team in Bogot\xe1.\r\n";
    let report = import_bytes(bytes, &settings());
    assert_eq!(
        report.bulletins,
        [Bulletin {
            date: NaiveDate::from_ymd_opt(2021, 6, 26),
            title: "Pray for Bogot\u{e1}".into(),
            verse: Some(Verse { text: "Be still.".into(), reference: "Psalm 46:10".into() }),
            sections: vec![Section {
                region: "Latin America".into(),
                items: vec![Item::from_text("Pray for the team in Bogot\u{e1}.")]
            }],
            ..Bulletin::default()
        }]
    );
    assert_eq!(
        warnings(&report),
        [s(1, "the text is not UTF-8; read it as Windows-1252 (older Word and mail exports)")]
    );
}

// ---------------------------------------------------------------------------------------------------
// Layout.

#[test]
fn no_blank_lines_at_all() {
    for prefix in &sources() {
        let (text, map) = render(&blocks(prefix), false);
        assert_same(prefix, &text, &moved_warnings(&clean(prefix), &map));
    }
}

#[test]
fn paragraphs_hard_wrapped_at_72_columns() {
    for prefix in &sources() {
        for width in [72, 60, 76] {
            let mut bs = blocks(prefix);
            for b in &mut bs {
                b.lines = wrap(&b.text(), width);
            }
            let (text, map) = render(&bs, true);
            assert!(text.lines().all(|l| l.chars().count() <= width), "{text}");
            assert_same(prefix, &text, &moved_warnings(&clean(prefix), &map));
        }
    }
}

#[test]
fn items_as_bullets() {
    for prefix in &sources() {
        for blank_lines in [true, false] {
            let mut bs = blocks(prefix);
            for (n, b) in bs.iter_mut().filter(|b| b.role == Role::Item).enumerate() {
                let mark = ["\u{2022}", "-", "*"][n % 3];
                b.set(format!("{mark} {}", b.text()));
            }
            let (text, map) = render(&bs, blank_lines);
            assert_same(prefix, &text, &moved_warnings(&clean(prefix), &map));
        }
    }
}

#[test]
fn leftovers_of_a_flattened_html_table() {
    for prefix in &sources() {
        let c = clean(prefix);
        // Every line ends in " |" and blank lines are only bars: line numbers stay the same.
        let text: String = seed_text(prefix)
            .split('\n')
            .map(|l| if l.trim().is_empty() { "|".to_owned() } else { format!("{} |", l.trim_end()) })
            .collect::<Vec<_>>()
            .join("\n");
        assert_same(prefix, &text, &warnings(&c));
        // Cells as "| text |" with bar-only rows between and no blank lines.
        let mut bs = blocks(prefix);
        for b in &mut bs {
            b.set(format!("| {} |", b.text()));
        }
        let (text, map) = render(&bs, false);
        let text = text.replace('\n', "\n| |\n");
        let map: HashMap<usize, usize> = map.into_iter().map(|(k, v)| (k, 2 * v - 1)).collect();
        assert_same(prefix, &text, &moved_warnings(&c, &map));
    }
}

#[test]
fn markdown_headings_and_block_quotes() {
    for prefix in &sources() {
        for blank_lines in [true, false] {
            let mut bs = blocks(prefix);
            for b in &mut bs {
                let t = b.text();
                match b.role {
                    Role::Title => b.set(format!("# {t}")),
                    Role::Heading => b.set(format!("## {t}")),
                    Role::Verse | Role::Reference => b.set(format!("> {t}")),
                    Role::Date => b.set(format!("**{t}**")),
                    _ => {}
                }
            }
            let (text, map) = render(&bs, blank_lines);
            assert_same(prefix, &text, &moved_warnings(&clean(prefix), &map));
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Dates.

#[test]
fn every_way_of_writing_the_date() {
    for prefix in &common::shaped_like("000") {
        let c = clean(prefix);
        for format in ["%B %-d, %Y", "%-d %B %Y", "%A, %B %-d, %Y", "%Y-%m-%d"] {
            let mut bs = blocks(prefix);
            for b in bs.iter_mut().filter(|b| b.role == Role::Date) {
                let date = parse_date_line(&b.text()).unwrap();
                b.set(date.format(format).to_string());
            }
            for blank_lines in [true, false] {
                let (text, map) = render(&bs, blank_lines);
                assert_same(prefix, &text, &moved_warnings(&c, &map));
            }
        }
    }
}

#[test]
fn no_date_at_all() {
    for prefix in &common::shaped_like("000") {
        let c = clean(prefix);
        let bs: Vec<Block> = blocks(prefix).into_iter().filter(|b| b.role != Role::Date).collect();
        for blank_lines in [true, false] {
            let (text, map) = render(&bs, blank_lines);
            let want: Vec<Bulletin> = c.bulletins.iter().map(|b| Bulletin { date: None, ..b.clone() }).collect();
            let got = import_text(&text, &settings());
            assert_bulletins(&got.bulletins, &want, &text);
            let titles: Vec<usize> = bs.iter().filter(|b| b.role == Role::Title).map(|b| map[&b.source]).collect();
            let expected: Vec<(usize, String)> =
                titles.iter().map(|&l| (l, "no date line; imported as undated".to_owned())).collect();
            assert_eq!(warnings(&got), expected);
            assert_eq!(got.first_lines, titles);
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Verses.

#[test]
fn straight_curly_and_mixed_quotes_and_dashes() {
    for prefix in &sources() {
        let c = clean(prefix);
        for (n, (open, close, dash)) in [
            ("\"", "\"", "\u{2013}"),
            ("\u{201c}", "\u{201d}", "\u{2014}"),
            ("\"", "\u{201d}", "-"),
            ("\u{201c}", "\"", "\u{2014}"),
        ]
        .into_iter()
        .enumerate()
        {
            let mut bs = blocks(prefix);
            for b in &mut bs {
                let t = b.text();
                match b.role {
                    Role::Verse => {
                        let inner = t.trim_start_matches(['"', '\u{201c}']).trim_end_matches(['"', '\u{201d}']);
                        b.set(format!("{open}{inner}{close}"));
                    }
                    Role::Reference => {
                        let reference = t.trim_start_matches(['-', '\u{2013}', '\u{2014}']).trim();
                        b.set(if n % 2 == 0 { format!("{dash} {reference}") } else { format!("{dash}{reference}") });
                    }
                    _ => {}
                }
            }
            let (text, map) = render(&bs, true);
            assert_same(prefix, &text, &moved_warnings(&c, &map));
        }
    }
}

#[test]
fn reference_on_the_verse_line() {
    for prefix in &sources() {
        let c = clean(prefix);
        for dash in ["\u{2013}", "\u{2014}", "-"] {
            for blank_lines in [true, false] {
                let mut bs = blocks(prefix);
                let mut k = 0;
                while k < bs.len() {
                    if bs[k].role == Role::Reference {
                        let reference =
                            bs[k].text().trim_start_matches(['-', '\u{2013}', '\u{2014}']).trim().to_owned();
                        let verse = bs[k - 1].text();
                        bs[k - 1].set(format!("{verse} {dash} {reference}"));
                        bs.remove(k);
                    } else {
                        k += 1;
                    }
                }
                let (text, map) = render(&bs, blank_lines);
                assert_same(prefix, &text, &moved_warnings(&c, &map));
            }
        }
    }
}

#[test]
fn a_verse_wrapped_over_lines() {
    for prefix in &sources() {
        let mut bs = blocks(prefix);
        for b in bs.iter_mut().filter(|b| b.role == Role::Verse) {
            b.lines = wrap(&b.text(), 40);
        }
        for blank_lines in [true, false] {
            let (text, map) = render(&bs, blank_lines);
            assert_same(prefix, &text, &moved_warnings(&clean(prefix), &map));
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Regions.

/// Splits blocks into the part before the first heading of each bulletin and the sections.
/// A bulletin's blocks: those before the first heading, the sections, the closing note.
type Parts = (Vec<Block>, Vec<Vec<Block>>, Vec<Block>);

fn bulletin_parts(bs: &[Block]) -> Vec<Parts> {
    let mut out: Vec<Parts> = Vec::new();
    for b in bs {
        match b.role {
            Role::Title => out.push((vec![b.clone()], Vec::new(), Vec::new())),
            Role::Heading => out.last_mut().unwrap().1.push(vec![b.clone()]),
            Role::Closing => out.last_mut().unwrap().2.push(b.clone()),
            _ => {
                let (head, sections, _) = out.last_mut().unwrap();
                match sections.last_mut() {
                    Some(section) => section.push(b.clone()),
                    None => head.push(b.clone()),
                }
            }
        }
    }
    out
}

#[test]
fn regions_in_any_order() {
    for prefix in &common::shaped_like("000") {
        let c = clean(prefix);
        let mut bs = Vec::new();
        for (n, (head, mut sections, closing)) in bulletin_parts(&blocks(prefix)).into_iter().enumerate() {
            sections.rotate_left(n % 5);
            if n % 2 == 1 {
                sections.reverse();
            }
            bs.extend(head);
            bs.extend(sections.into_iter().flatten());
            bs.extend(closing);
        }
        let want: Vec<Bulletin> = c
            .bulletins
            .iter()
            .enumerate()
            .map(|(n, b)| {
                let mut b = b.clone();
                b.sections.rotate_left(n % 5);
                if n % 2 == 1 {
                    b.sections.reverse();
                }
                b
            })
            .collect();
        assert_imports_cleanly_in_both_layouts(&bs, &want);
    }
}

#[test]
fn renamed_headings_map_through_aliases() {
    for prefix in &sources() {
        let mut bs = blocks(prefix);
        for b in bs.iter_mut().filter(|b| b.role == Role::Heading) {
            let renamed = match b.text().as_str() {
                "Africa & Europe" => "Africa + Europe",
                "Southeast Asia" => "Asia Pacific",
                "IJM HQ & Global Partners" => "IJM Global Office & Partners",
                "Latin America" => "LATIN AMERICA:",
                other => other,
            }
            .to_owned();
            b.set(renamed);
        }
        for blank_lines in [true, false] {
            let (text, map) = render(&bs, blank_lines);
            assert_same(prefix, &text, &moved_warnings(&clean(prefix), &map));
        }
    }
}

#[test]
fn an_unknown_heading_becomes_a_new_region_with_a_warning() {
    for prefix in &common::shaped_like("000") {
        let c = clean(prefix);
        let mut bs = blocks(prefix);
        for b in bs.iter_mut().filter(|b| b.role == Role::Heading && b.text() == "South Asia") {
            b.set("Middle East");
        }
        let want: Vec<Bulletin> = c
            .bulletins
            .iter()
            .map(|b| {
                let mut b = b.clone();
                b.sections[2].region = "Middle East".into();
                b
            })
            .collect();
        for blank_lines in [true, false] {
            let (text, map) = render(&bs, blank_lines);
            let got = import_text(&text, &settings());
            assert_bulletins(&got.bulletins, &want, &text);
            let expected: Vec<(usize, String)> = bs
                .iter()
                .filter(|b| b.text() == "Middle East")
                .map(|b| {
                    (
                        map[&b.source],
                        "\u{201c}Middle East\u{201d} is not a region of the library; kept as a section of that name"
                            .into(),
                    )
                })
                .collect();
            assert_eq!(expected.len(), 6);
            assert_eq!(warnings(&got), expected);
            assert_eq!(got.new_regions, ["Middle East"]);
        }
    }
}

#[test]
fn a_missing_first_heading_is_inferred() {
    for prefix in &common::shaped_like("000") {
        let c = clean(prefix);
        let mut bs = Vec::new();
        let mut dropped = Vec::new();
        for (head, sections, closing) in bulletin_parts(&blocks(prefix)) {
            bs.extend(head);
            for (k, section) in sections.into_iter().enumerate() {
                if k == 0 {
                    dropped.push(section[1].source);
                    bs.extend(section.into_iter().skip(1));
                } else {
                    bs.extend(section);
                }
            }
            bs.extend(closing);
        }
        for blank_lines in [true, false] {
            let (text, map) = render(&bs, blank_lines);
            let got = import_text(&text, &settings());
            assert_bulletins(&got.bulletins, &c.bulletins, &text);
            let expected: Vec<(usize, String)> = dropped
                .iter()
                .map(|l| (map[l], "no heading before this paragraph; assumed Africa & Europe".to_owned()))
                .collect();
            assert_eq!(warnings(&got), expected);
        }
    }
}

#[test]
fn a_heading_with_nothing_under_it_is_kept_empty() {
    for prefix in &common::shaped_like("000") {
        let c = clean(prefix);
        let bs: Vec<Block> = bulletin_parts(&blocks(prefix))
            .into_iter()
            .flat_map(|(head, sections, closing)| {
                let sections =
                    sections.into_iter().map(|s| if s[0].text() == "South Asia" { vec![s[0].clone()] } else { s });
                head.into_iter().chain(sections.flatten()).chain(closing)
            })
            .collect();
        let want: Vec<Bulletin> = c
            .bulletins
            .iter()
            .map(|b| {
                let mut b = b.clone();
                b.sections[2].items.clear();
                b
            })
            .collect();
        assert_imports_cleanly_in_both_layouts(&bs, &want);
    }
}

// ---------------------------------------------------------------------------------------------------
// Surroundings and cut-off text.

const PREAMBLE: [&str; 4] = [
    "Grace Fellowship Church",
    "Weekly Prayer Needs",
    "Dear friends, here are this week's needs. Thank you for praying with us.",
    "logo.png",
];
const FOOTER: [&str; 4] = [
    "You are receiving this email because you signed up for the prayer list.",
    "Unsubscribe | Update your preferences",
    "Copyright \u{a9} 2021 Grace Fellowship Church, All rights reserved.",
    "footer-banner.jpg",
];

#[test]
fn preamble_footer_and_images_are_left_out_with_warnings() {
    for prefix in &sources() {
        let c = clean(prefix);
        for blank_lines in [true, false] {
            let mut bs: Vec<Block> = PREAMBLE.iter().map(|t| extra(t)).collect();
            for b in blocks(prefix) {
                let heading = b.role == Role::Heading && b.text() == "South Asia";
                bs.push(b);
                if heading {
                    bs.push(extra("image001.png"));
                }
            }
            bs.extend(FOOTER.iter().map(|t| extra(t)));
            let (text, map) = render(&bs, blank_lines);
            let got = import_text(&text, &settings());
            assert_bulletins(&got.bulletins, &c.bulletins, &text);
            let mut expected = moved_warnings(&c, &map);
            let shown = |t: &str| format!("\u{201c}{t}\u{201d}");
            // Without blank lines the preamble's heading-like line runs into the sentence under it.
            let preamble: Vec<String> = if blank_lines {
                PREAMBLE.iter().map(std::string::ToString::to_string).collect()
            } else {
                vec![PREAMBLE[0].into(), format!("{} {}", PREAMBLE[1], PREAMBLE[2]), PREAMBLE[3].into()]
            };
            for t in &preamble {
                let t = t.as_str();
                let shown = |t: &str| {
                    let cut: String = t.chars().take(80).collect();
                    format!("\u{201c}{cut}{}\u{201d}", if t.chars().count() > 80 { "\u{2026}" } else { "" })
                };
                let why = if t.ends_with(".png") {
                    "(an image or file name, not bulletin text)"
                } else {
                    "before the first bulletin"
                };
                expected.push((line_of(&text, &t[..t.len().min(10)]), format!("left out {why}: {}", shown(t))));
            }
            for (n, _) in text.lines().enumerate().filter(|(_, l)| *l == "image001.png") {
                expected.push((
                    n + 1,
                    format!("left out (an image or file name, not bulletin text): {}", shown("image001.png")),
                ));
            }
            let footer_why =
                ["(a page or e-mail footer)", "after the bulletin's footer", "after the bulletin's footer"];
            for (t, why) in FOOTER.iter().zip(footer_why) {
                expected.push((line_of(&text, t), format!("left out {why}: {}", shown(t))));
            }
            expected.push((
                line_of(&text, FOOTER[3]),
                format!("left out (an image or file name, not bulletin text): {}", shown(FOOTER[3])),
            ));
            expected.sort_by_key(|w| w.0);
            assert_eq!(warnings(&got), expected, "{text}");
        }
    }
}

#[test]
fn cut_off_text_imports_as_far_as_it_goes() {
    for prefix in &common::shaped_like("000") {
        let c = clean(prefix);
        let bs = blocks(prefix);
        // Mid-sentence: the last paragraph of the second bulletin, cut after a few words.
        let third = bs.iter().enumerate().filter(|(_, b)| b.role == Role::Title).nth(2).unwrap().0;
        let cut = third - 1;
        assert_eq!(bs[cut].role, Role::Item);
        let mut short = bs[..=cut].to_vec();
        let words: Vec<String> = short[cut].text().split(' ').take(7).map(str::to_owned).collect();
        let partial = words.join(" ");
        short[cut].set(partial.clone());
        let (text, map) = render(&short, true);
        let got = import_text(&text, &settings());
        let n = got.bulletins.len();
        let mut want: Vec<Bulletin> = c.bulletins[..n].to_vec();
        let last = want[n - 1].sections.last_mut().unwrap().items.last_mut().unwrap();
        *last = Item::from_text(partial);
        assert_bulletins(&got.bulletins, &want, &text);
        assert_eq!(
            warnings(&got),
            [(map[&short[cut].source], "the text ends mid-sentence; it may be cut off".to_owned())]
        );

        // On a heading.
        let heading = bs.iter().position(|b| b.role == Role::Heading && b.text() == "Southeast Asia").unwrap();
        let (text, map) = render(&bs[..=heading], true);
        let got = import_text(&text, &settings());
        let mut want = c.bulletins[..1].to_vec();
        want[0].sections.truncate(4);
        want[0].sections[3].items.clear();
        assert_bulletins(&got.bulletins, &want, &text);
        assert_eq!(
            warnings(&got),
            [(
                map[&bs[heading].source],
                "the text ends on the heading \u{201c}Southeast Asia\u{201d}; it may be cut off".to_owned()
            )]
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// Hand-written samples in the team's own words.

fn sample_bulletin() -> Bulletin {
    Bulletin {
        date: NaiveDate::from_ymd_opt(2021, 6, 26),
        title: "Pray for the new shelter in Lima".into(),
        verse: Some(Verse { text: "Let us not become weary in doing good.".into(), reference: "Galatians 6:9".into() }),
        sections: vec![
            Section {
                region: "Latin America".into(),
                items: vec![
                    Item::from_text("Pray for the staff who open the shelter on Monday. Pray for calm first days."),
                    Item::from_text("Praise God for the church that gave the beds."),
                ],
            },
            Section {
                region: "Africa & Europe".into(),
                items: vec![Item::from_text("Pray for the hearings in Kampala next week.")],
            },
        ],
        closing: Some("Please do not post these requests online.".into()),
        ..Bulletin::default()
    }
}

#[test]
fn hand_written_samples_in_every_shape() {
    let samples = [
        // A mail with a preamble, a long date and a dash on the verse line.
        "Hello everyone,\n\nWeekly Prayer Needs\n\nPray for the new shelter in Lima\n\nSaturday, June 26, 2021\n\n\"Let us not become weary in doing good.\" \u{2014} Galatians 6:9\n\nLatin America\n\nPray for the staff who open the shelter on Monday. Pray for calm first days.\n\nPraise God for the church that gave the beds.\n\nAfrica + Europe\n\nPray for the hearings in Kampala next week.\n\nPlease do not post these requests online.\n\nUnsubscribe from this list\n",
        // Markdown with bullets.
        "# Pray for the new shelter in Lima\n\n**26 June 2021**\n\n> \u{201c}Let us not become weary in doing good.\u{201d}\n> \u{2013} Galatians 6:9\n\n## Latin America\n\n* Pray for the staff who open the shelter on Monday. Pray for calm first days.\n* Praise God for the church that gave the beds.\n\n## Africa & Europe\n\n- Pray for the hearings in Kampala next week.\n\nPlease do not post these requests online.\n",
        // No blank lines, a table's leftovers, ISO date.
        "| Pray for the new shelter in Lima |\n|\n2021-06-26 |\n\u{201c}Let us not become weary in doing good.\u{201d} |\n- Galatians 6:9 |\nLatin America |\n\u{2022} Pray for the staff who open the shelter on Monday. Pray for calm first days. |\n\u{2022} Praise God for the church that gave the beds. |\nAfrica & Europe |\n\u{2022} Pray for the hearings in Kampala next week. |\nPlease do not post these requests online. |\n",
        // Hard-wrapped like plain-text mail.
        "Pray for the new shelter in Lima\n\nJune 26, 2021\n\n\"Let us not become weary in doing\ngood.\"\n- Galatians 6:9\n\nLatin America\n\nPray for the staff who open the\nshelter on Monday. Pray for calm\nfirst days.\n\nPraise God for the church that gave\nthe beds.\n\nAfrica & Europe\n\nPray for the hearings in Kampala\nnext week.\n\nPlease do not post these requests\nonline.\n",
    ];
    for (n, text) in samples.iter().enumerate() {
        let got = import_text(text, &settings());
        assert_eq!(got.bulletins, [sample_bulletin()], "sample {n}:\n{text}");
        let lines: Vec<usize> = got.warnings.iter().map(|w| w.line).collect();
        match n {
            0 => assert_eq!(lines, [1, 3, 23], "{:?}", got.warnings),
            _ => assert_eq!(got.warnings, [], "sample {n}"),
        }
    }
}

#[test]
fn the_teams_sample_source_in_other_shapes() {
    let text = std::fs::read_to_string(common::root().join("tests/fixtures/sample-source.txt")).unwrap();
    let want = import_text(&text, &settings());
    assert_eq!(want.bulletins.len(), 10);
    let crlf_bom = format!("\u{feff}{}", text.replace('\n', " \r\n"));
    let no_blank: String = text.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join("\n");
    let wrapped: String = text
        .split('\n')
        .map(|l| if l.is_empty() { String::new() } else { wrap(l, 72).join("\n") })
        .collect::<Vec<_>>()
        .join("\n");
    for (name, shape) in [("crlf", crlf_bom), ("no blank lines", no_blank), ("wrapped", wrapped)] {
        let got = import_text(&shape, &settings());
        assert_bulletins(&got.bulletins, &want.bulletins, name);
        let messages = |r: &ImportReport| r.warnings.iter().map(|w| w.message.clone()).collect::<Vec<_>>();
        assert_eq!(messages(&got), messages(&want), "{name}");
    }
}

// ---------------------------------------------------------------------------------------------------
// Properties.

const FRAGMENTS: &[&str] = &[
    "",
    "Africa & Europe",
    "## South Asia",
    "Middle East",
    "June 26, 2021",
    "2021-06-26",
    "\u{201c}Be still.\u{201d}",
    "\"Be still and",
    "know.\" \u{2013} Psalm 46:10",
    "\u{2013} Psalm 46:10",
    "- Job 5:11",
    "> \"Verse\"",
    "\u{2022} Pray for rain.",
    "Pray for the team in Lima as they prepare.",
    "Praise God for the verdict",
    "|",
    "| cell |",
    "image001.png",
    "Unsubscribe",
    "Please do not post these requests online.",
    "[Not for sharing] Pray for Ana*.",
    "\u{a0}\t",
    "\r",
    "###",
    "\"",
    "-",
];

fn fragment_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|v| v.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_any_text(text in any::<String>()) {
        let _no_panic: ImportReport = import_text(&text, &settings());
    }

    #[test]
    fn never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _no_panic: ImportReport = import_bytes(&bytes, &settings());
    }

    #[test]
    fn never_panics_on_bulletin_like_text(text in fragment_text()) {
        let report = import_text(&text, &settings());
        prop_assert_eq!(report.bulletins.len(), report.first_lines.len());
        let lines = text.split('\n').count();
        prop_assert!(report.warnings.iter().all(|w| w.line >= 1 && w.line <= lines));
    }

    #[test]
    fn plain_text_export_imports_back_at_any_width(width in 30usize..200) {
        static LIBRARY: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
        let library = LIBRARY.get_or_init(|| Library::load(common::sample_data()).unwrap());
        for entry in library.entries.iter() {
            let text = to_text(&[&entry.bulletin], TextOptions { width, ..TextOptions::default() });
            let report = import_text(&text, &library.settings);
            prop_assert_eq!(&report.bulletins, &vec![entry.bulletin.as_plain_text_carries()], "{} at {}:\n{}", entry.stem, width, text);
        }
    }
}
