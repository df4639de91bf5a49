//! Plain text → bulletins, with a report of everything the importer assumed or left out.
//!
//! The reader works in stages, each in a file of its own with its own tests, as a person reads a
//! sheet they have never seen:
//! 1. `text.rs`: bytes become clean lines (bullets, numbers, table bars and Markdown marks noted);
//! 2. `lines.rs`, `dates.rs`, `verse.rs`, `bible.rs`, `words.rs`: what each line is on its own (a date, a
//!    reference in any of the languages read, a region of the library, an image, a motto);
//! 3. `outline.rs` (`forms.rs`, `issues.rs`, `furniture.rs`): the headings, read from sibling lines of the
//!    same form, the headline, the titles of several sheets on one page, and a page's furniture;
//! 4. `units.rs` (`paragraphs.rs`, `verse_lines.rs`, `labels.rs`): lines become units (a date, a verse, a
//!    heading, a paragraph; wrapped lines joined, a list of short lines one item each);
//! 5. `assemble.rs` (`sections.rs`, `finish.rs`): units become bulletins and sections, in the source's
//!    order; a heading the library knows maps to its region, any other stays a section of its name;
//! 6. `dated.rs`: a bulletin with no date line takes the date written inside one of its lines.
//!
//! Long texts are read on all cores where a line needs no other's result (`parallel.rs`). No
//! sentence of the source disappears without a warning naming its line.

mod assemble;
mod bible;
mod dated;
mod dates;
mod file;
mod finish;
mod forms;
mod furniture;
mod input;
mod issues;
mod labels;
pub mod learn;
mod lines;
pub mod outline;
mod paragraphs;
mod parallel;
mod readings;
mod review;
mod sections;
pub mod taught;

pub mod sources;
mod text;
mod units;
mod verse;
mod verse_lines;
mod words;

pub use dates::parse_date_line;
pub use file::{FileTeaching, ImportError, import_file, import_file_taught, read_file_lines};
pub use finish::SENSITIVE_MARK;
pub use input::{InputError, MAX_INPUT_BYTES, read_bounded, read_file_bounded, read_stdin_bounded};
pub use readings::{Became, LineReading, counterpart, line_of};
pub use review::{RegionChoice, Review};
pub use taught::{Role, Rules, Teaching};
pub use text::{Decoded, decode};

use chrono::NaiveDate;
use serde::Serialize;

use crate::library::LibrarySettings;
use crate::model::Bulletin;
use assemble::Assembler;
use lines::{RegionKeys, is_structural};
use text::Line;
use units::{Units, units};

/// Something the importer assumed, or text it did not put into a bulletin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// 1-based line of the source the warning is about.
    pub line: usize,
    /// A sentence for the user.
    pub message: String,
    /// Which of the found bulletins it concerns (index into [`ImportReport::bulletins`]).
    #[serde(skip)]
    pub bulletin: Option<usize>,
}

/// What an import found.
#[derive(Clone, Debug, Default)]
pub struct ImportReport {
    /// The bulletins, in source order.
    pub bulletins: Vec<Bulletin>,
    /// The 1-based source line each bulletin starts on.
    pub first_lines: Vec<usize>,
    /// Everything assumed or left out, in source order.
    pub warnings: Vec<Warning>,
    /// Headings that are not regions of the library (nor aliases), in the order first seen.
    pub new_regions: Vec<String>,
    /// The taught source whose rules the text was read with, if any.
    pub source: Option<String>,
}

/// The warning for text read as Windows-1252.
const WINDOWS_1252: &str = "the text is not UTF-8; read it as Windows-1252 (older Word and mail exports)";

/// Imports bulletins from bytes in any of the encodings coordinators meet (see [`decode`]).
pub fn import_bytes(bytes: &[u8], settings: &LibrarySettings) -> ImportReport {
    import_bytes_with(bytes, settings, false)
}

fn import_bytes_with(bytes: &[u8], settings: &LibrarySettings, mark_sensitive: bool) -> ImportReport {
    let decoded = decode(bytes);
    let mut report = import_text_with(&decoded.text, settings, mark_sensitive);
    if decoded.was_windows_1252 {
        report.warnings.insert(0, Warning { line: 1, message: WINDOWS_1252.into(), bulletin: None });
    }
    report
}

/// Imports bulletins from text.
pub fn import_text(text: &str, settings: &LibrarySettings) -> ImportReport {
    import_text_with(text, settings, false)
}

/// Imports bulletins from text; with `mark_sensitive`, paragraphs the identifying-details check flags
/// come in marked sensitive, each named in a warning (what [`import_file`] does, at the door).
pub fn import_text_with(text: &str, settings: &LibrarySettings, mark_sensitive: bool) -> ImportReport {
    import_text_taught(text, settings, mark_sensitive, &Teaching::default())
}

/// Imports bulletins from text as [`import_text_with`] does, with what a person taught the importer:
/// a source's rules and this sheet's corrections (see [`taught`]).
pub fn import_text_taught(
    text: &str,
    settings: &LibrarySettings,
    mark_sensitive: bool,
    teaching: &Teaching,
) -> ImportReport {
    read(text, settings, mark_sensitive, teaching, false).0
}

/// Imports bulletins from text as [`import_text_taught`] does, and says what each line of the text
/// became (for the preview, which shows the text beside the reading).
pub fn read_lines(text: &str, settings: &LibrarySettings, teaching: &Teaching) -> (ImportReport, Vec<LineReading>) {
    read(text, settings, true, teaching, true)
}

pub(super) fn read(
    text: &str,
    settings: &LibrarySettings,
    mark_sensitive: bool,
    teaching: &Teaching,
    with_readings: bool,
) -> (ImportReport, Vec<LineReading>) {
    let mut lines = text::clean_lines(text);
    // What each line already is (a region of the library; a date, a verse, a reference, an image),
    // worked out once for the outline stage and the line-reading stage.
    let region_keys = RegionKeys::new(settings);
    let (region_of, known): (Vec<Option<&str>>, Vec<bool>) = parallel::map_with(&lines, String::new, |buffer, _, l| {
        let region = region_keys.region_for(&l.text, buffer);
        let known = !l.text.is_empty() && (is_structural(l, region) || verse::standalone_reference(&l.text).is_some());
        (region, known)
    })
    .into_iter()
    .unzip();
    let structural = |l: &Line| {
        known.get(l.number.wrapping_sub(1)).copied().unwrap_or(false)
            || dates::split_trailing_date(&l.text).is_some()
            || dates::leading_cjk_date(&l.text).is_some()
    };
    let decisions = outline::mark(&mut lines, structural);
    let taught_notes = taught::apply(teaching, &mut lines, &known);
    // The outline's headings are structural too.
    let structural: Vec<bool> = known.iter().zip(&lines).map(|(k, l)| *k || l.markdown_heading).collect();
    let Units { units, mut notes } = units(&lines, settings, &region_of, &structural);
    outline_notes(&decisions, &mut notes);
    notes.extend(taught_notes);
    let mut assembler = Assembler::new(settings);
    assembler.mark_sensitive = mark_sensitive;
    let mut report = assembler.run(&units);
    taught::assign(teaching.corrections, &lines, &mut report);
    date_undated(&mut report, &lines);
    if let Some(rules) = teaching.rules {
        taught::map_regions(rules, &mut report, settings);
        report.source = Some(rules.name.clone());
        let message = format!("read as taught for {}", rules.name);
        report.warnings.insert(0, Warning { line: 1, message, bulletin: None });
    }
    if !notes.is_empty() {
        for (line, message) in notes {
            let bulletin = report.first_lines.iter().rposition(|&first| first <= line);
            report.warnings.push(Warning { line, message, bulletin });
        }
        report.warnings.sort_by_key(|w| w.line);
    }
    let mut readings = if with_readings { readings::of(&lines, &units, &report) } else { Vec::new() };
    for &(line, role) in teaching.corrections {
        let became = match role {
            Role::Date => Became::Date,
            Role::Verse => Became::Verse,
            Role::Reference => Became::Reference,
            Role::Closing => Became::Closing,
            _ => continue,
        };
        if let Some(r) = readings.iter_mut().find(|r| r.line == line) {
            r.became = became;
        }
    }
    (report, readings)
}

/// The dating stage ([`dated`]): each bulletin without a date line takes the date written inside
/// one of its lines (its headline first), said in the report.
fn date_undated(report: &mut ImportReport, lines: &[Line]) {
    for b in 0..report.bulletins.len() {
        if report.bulletins[b].date.is_some() {
            continue;
        }
        let first = report.first_lines[b];
        // The first bulletin's lines start at the text's top (a byline above its headline).
        let from = if b == 0 { 1 } else { first };
        // Line `n` is `lines[n - 1]`.
        let to = report.first_lines.get(b + 1).map_or(lines.len() + 1, |&next| next).min(lines.len() + 1);
        let own = lines[from.max(1).min(to) - 1..to - 1].iter().map(|l| (l.number, l.text.as_ref()));
        let Some(found) = dated::find(own, first) else { continue };
        report.bulletins[b].date = Some(found.date);
        report.warnings.retain(|w| !(w.bulletin == Some(b) || w.line == first) || w.message != UNDATED);
        let text = lines.get(found.line - 1).map_or("", |l| l.text.as_ref());
        let shown: String = text.chars().take(60).collect();
        report.warnings.push(Warning {
            line: found.line,
            message: format!(
                "took the date written in \u{201c}{shown}\u{201d} ({}) as the bulletin's date",
                found.date
            ),
            bulletin: Some(b),
        });
    }
    report.warnings.sort_by_key(|w| w.line);
}

/// What the outline stage decided, said in the report: "read `2- Families` and its 3 siblings as
/// headings".
fn outline_notes(decisions: &outline::Decisions, notes: &mut Vec<(usize, String)>) {
    for (line, text, siblings) in decisions.siblings.iter().filter(|(line, ..)| !decisions.issues.contains(line)) {
        let shown: String = text.chars().take(60).collect();
        let them = if *siblings == 1 { "sibling" } else { "siblings" };
        notes.push((
            *line,
            format!("read \u{201c}{shown}\u{201d} and its {siblings} {them} of the same form as headings"),
        ));
    }
    if let [first, rest @ ..] = decisions.issues.as_slice() {
        let others = if rest.len() == 1 { "the title" } else { "the titles" };
        let message = format!("read this title and {others} of the same words under another date as one bulletin each");
        notes.push((*first, if rest.is_empty() { message } else { format!("{message} (lines {})", join(rest)) }));
    }
    for line in &decisions.labels {
        notes.push((*line, "read a line ending in a colon, with text under it, as a heading".to_owned()));
    }
}

fn join(lines: &[usize]) -> String {
    lines.iter().map(usize::to_string).collect::<Vec<_>>().join(", ")
}

#[derive(Clone, Debug, PartialEq)]
enum UnitKind {
    Date(NaiveDate),
    Verse {
        text: String,
        reference: Option<String>,
        /// Introduced by a label (`Verse:`, `Versículo:`, `본문:`): the sheet's verse wherever it
        /// stands, never a new bulletin's start.
        labelled: bool,
    },
    Reference(String),
    /// A region heading; `known` when the library has it (or an alias of it).
    Heading {
        region: String,
        known: bool,
    },
    Paragraph(String),
    /// The line the outline stage read as the sheet's headline.
    Headline(String),
    /// The title of a bulletin of its own, on a page that lists several: it starts one.
    Issue(String),
    /// Not bulletin text: an image file name and the like, with why it is not.
    Stray(String, &'static str),
    /// A whole line in brackets: a note about the text (its languages, where to find it), left out
    /// before the first heading and kept as a paragraph under one.
    Note(String),
}

#[derive(Clone, Debug)]
struct Unit {
    line: usize,
    kind: UnitKind,
}

const TERMINAL: &[char] = &[
    '.', '!', '?', '"', '\u{201d}', '\u{201c}', '\u{2019}', ')', ':', '\'', '\u{3002}', '\u{ff01}', '\u{ff1f}',
    '\u{ff09}', '\u{300d}',
];
/// The warning for a bulletin with no date anywhere.
pub(super) const UNDATED: &str = "no date line; imported as undated";
const IMAGE_REASON: &str = "(an image or file name, not bulletin text)";
const CUT_HEADING_REASON: &str = "(a heading cut off at the end of the text)";
const FURNITURE_REASON: &str = "(a web page's furniture: a link, a byline, a share or comment prompt)";
/// The section paragraphs before the first heading go to when they ask no prayer (an introduction).
pub const INTRODUCTION: &str = "Introduction";
const CONNECTORS: &[&str] = &["&", "+", "and", "of", "the", "for", "in", "-", "/", "de", "la", "y", "e"];
