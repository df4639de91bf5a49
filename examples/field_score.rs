//! Scores the importer on the field corpus: real prayer sheets from many organisations and languages,
//! kept out of the repository in `tests/field/texts/` (see `tests/field/SOURCES.md`), against what a
//! careful person read off each by hand (`tests/field/expected.json`).
//!
//! `cargo run --release --example field_score [-- --verbose]` prints the share of facts right per
//! language, per kind of sheet and in all; `--verbose` also prints each fact that is wrong. Where the
//! texts are absent (a clone of the repository alone), it says so and exits 0.
//!
//! Facts of each sheet: how many bulletins; for each bulletin its headline, date, verse, reference and
//! closing note; for each heading, that a section of that name is there (in order), and that it holds
//! as many paragraphs as the person counted.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::collections::BTreeMap;
use std::path::Path;

use prayer_bulletin::import::{INTRODUCTION, import_file};
use prayer_bulletin::library::LibrarySettings;
use prayer_bulletin::model::Bulletin;
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, other: Self) {
        self.right += other.right;
        self.total += other.total;
    }

    fn percent(self) -> f64 {
        if self.total == 0 { 0.0 } else { 100.0 * self.right as f64 / self.total as f64 }
    }
}

/// Text compared as a person would: case, quotes, dashes, spacing and a trailing colon aside.
fn norm(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() && !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

/// A heading compared without its number (`2- Families`, `一、召會禱告事項`), as a person would.
fn heading_norm(text: &str) -> String {
    let t = text.trim();
    let number = t.chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).count();
    let rest: String = t.chars().skip(number).collect();
    let unmarked = if number > 0 && rest.starts_with(['-', '.', ')', '\u{3001}', '\u{fe51}', '\u{2013}', ':', ' ']) {
        rest.trim_start_matches(['-', '.', ')', '\u{3001}', '\u{fe51}', '\u{2013}', ':', ' '])
    } else {
        t
    };
    norm(unmarked)
}

fn same(expected: Option<&str>, got: Option<&str>) -> bool {
    match (expected.map(norm).filter(|s| !s.is_empty()), got.map(norm).filter(|s| !s.is_empty())) {
        (None, None) => true,
        (Some(e), Some(g)) => e == g,
        _ => false,
    }
}

/// A closing note matches when the same, or when one holds the other and they are nearly as long.
fn same_closing(expected: Option<&str>, got: Option<&str>) -> bool {
    match (expected.map(norm).filter(|s| !s.is_empty()), got.map(norm).filter(|s| !s.is_empty())) {
        (None, None) => true,
        (Some(e), Some(g)) => {
            e == g || ((g.contains(&e) || e.contains(&g)) && e.len().min(g.len()) * 5 >= e.len().max(g.len()) * 4)
        }
        _ => false,
    }
}

fn score_bulletin(want: &Value, got: Option<&Bulletin>, wrong: &mut Vec<String>) -> Tally {
    let mut t = Tally::default();
    let mut fact = |ok: bool, what: String| {
        t.total += 1;
        if ok {
            t.right += 1;
        } else {
            wrong.push(what);
        }
    };
    let s = |key: &str| want.get(key).and_then(Value::as_str);
    let title = got.map(|b| b.title.as_str());
    fact(same(s("headline"), title), format!("headline: want {:?}, got {title:?}", s("headline")));
    let date = got.and_then(|b| b.date).map(|d| d.to_string());
    fact(s("date") == date.as_deref(), format!("date: want {:?}, got {date:?}", s("date")));
    let verse = got.and_then(|b| b.verse.as_ref());
    let (vt, vr) = (verse.map(|v| v.text.as_str()), verse.map(|v| v.reference.as_str()));
    fact(same(s("verse"), vt), format!("verse: want {:?}, got {vt:?}", s("verse")));
    fact(same(s("reference"), vr), format!("reference: want {:?}, got {vr:?}", s("reference")));
    let closing = got.and_then(|b| b.closing.as_deref());
    fact(same_closing(s("closing"), closing), format!("closing: want {:?}, got {closing:?}", s("closing")));
    let sections: Vec<(String, usize)> =
        got.map(|b| b.sections.iter().map(|s| (s.region.clone(), s.items.len())).collect()).unwrap_or_default();
    let mut from = 0;
    for heading in want.get("headings").and_then(Value::as_array).into_iter().flatten() {
        let name = heading.get("name").and_then(Value::as_str).unwrap_or("");
        let count = heading.get("paragraphs").and_then(Value::as_u64).unwrap_or(0) as usize;
        let wanted = heading_norm(name);
        let found = sections[from..].iter().position(|(region, _)| {
            let got = heading_norm(region);
            got == wanted || (wanted.is_empty() && (got == norm(INTRODUCTION) || got.is_empty()))
        });
        match found {
            Some(k) => {
                let (region, n) = &sections[from + k];
                fact(true, String::new());
                fact(*n == count, format!("{name:?}: want {count} paragraph(s), got {n} (as {region:?})"));
                from += k + 1;
            }
            None => {
                fact(false, format!("heading {name:?} ({count}) not found; sections: {sections:?}"));
                fact(false, String::new());
            }
        }
    }
    wrong.retain(|w| !w.is_empty());
    t
}

fn main() {
    let verbose = std::env::args().any(|a| a == "--verbose");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/field");
    let texts = root.join("texts");
    let expected: Value = match std::fs::read_to_string(root.join("expected.json")) {
        Ok(text) => serde_json::from_str(&text).expect("tests/field/expected.json parses"),
        Err(e) => {
            println!("skipped: tests/field/expected.json cannot be read ({e})");
            return;
        }
    };
    let settings = LibrarySettings::default();
    let (mut by_language, mut by_kind) = (BTreeMap::<String, Tally>::new(), BTreeMap::<String, Tally>::new());
    let (mut all, mut sheets) = (Tally::default(), 0);
    for sheet in expected.get("sheets").and_then(Value::as_array).into_iter().flatten() {
        let file = sheet.get("file").and_then(Value::as_str).unwrap_or_default();
        let Ok(bytes) = std::fs::read(texts.join(file)) else { continue };
        sheets += 1;
        let report = import_file(file, &bytes, &settings).unwrap_or_default();
        let want = sheet.get("bulletins").and_then(Value::as_array).cloned().unwrap_or_default();
        let mut wrong = Vec::new();
        let mut t = Tally { right: usize::from(want.len() == report.bulletins.len()), total: 1 };
        if want.len() != report.bulletins.len() {
            wrong.push(format!("bulletins: want {}, got {}", want.len(), report.bulletins.len()));
        }
        for (i, w) in want.iter().enumerate() {
            t.add(score_bulletin(w, report.bulletins.get(i), &mut wrong));
        }
        let language = sheet.get("language").and_then(Value::as_str).unwrap_or("?").to_owned();
        let kind = sheet.get("kind").and_then(Value::as_str).unwrap_or("?").to_owned();
        by_language.entry(language).or_default().add(t);
        by_kind.entry(kind).or_default().add(t);
        all.add(t);
        if verbose && !wrong.is_empty() {
            println!("{file}: {}/{}", t.right, t.total);
            for w in &wrong {
                println!("    {w}");
            }
        }
    }
    if sheets == 0 {
        println!("skipped: no field texts in tests/field/texts (they are kept out of the repository; see SOURCES.md)");
        return;
    }
    println!("field corpus: {sheets} sheets, {} facts", all.total);
    println!("| language | facts right | % |\n| --- | --- | --- |");
    for (language, t) in &by_language {
        println!("| {language} | {}/{} | {:.0} % |", t.right, t.total, t.percent());
    }
    println!("\n| kind of sheet | facts right | % |\n| --- | --- | --- |");
    for (kind, t) in &by_kind {
        println!("| {kind} | {}/{} | {:.0} % |", t.right, t.total, t.percent());
    }
    println!("\nall: {}/{} = {:.1} %", all.right, all.total, all.percent());
}
