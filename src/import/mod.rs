//! Plain text → bulletins, with a report of everything the importer assumed or left out.
//!
//! The work is done in three passes: bytes become clean lines ([`text`]), lines become units (a date,
//! a verse, a reference, a heading, a paragraph; hard-wrapped lines joined), and units become
//! bulletins. No sentence of the source disappears without a warning naming its line.

mod bible;
mod dates;
mod file;
mod input;
pub mod outline;
mod review;
mod shapes;
pub mod sources;
mod text;
mod verse;
mod words;

pub use dates::parse_date_line;
pub use file::{ImportError, import_file};
pub use input::{InputError, MAX_INPUT_BYTES, read_bounded, read_file_bounded, read_stdin_bounded};
pub use review::{RegionChoice, Review};
pub use text::{Decoded, decode};

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use crate::library::LibrarySettings;
use crate::model::{Bulletin, Item, ItemKind, Section, Verse, kind_from_wording};
use text::Line;

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
    let mut lines = text::clean_lines(text);
    // What each line already is (a region of the library; a date, a verse, a reference, an image),
    // worked out once for the outline stage and the line-reading stage.
    let region_keys = RegionKeys::new(settings);
    let mut buffer = String::new();
    let region_of: Vec<Option<&str>> = lines.iter().map(|l| region_keys.region_for(&l.text, &mut buffer)).collect();
    let known: Vec<bool> =
        lines.iter().zip(&region_of).map(|(l, r)| !l.text.is_empty() && is_structural(l, *r)).collect();
    let structural = |l: &Line| {
        known.get(l.number.wrapping_sub(1)).copied().unwrap_or(false)
            || dates::split_trailing_date(&l.text).is_some()
            || verse::standalone_reference(&l.text).is_some()
    };
    let decisions = outline::mark(&mut lines, structural);
    // The outline's headings are structural too.
    let structural: Vec<bool> = known.iter().zip(&lines).map(|(k, l)| *k || l.markdown_heading).collect();
    let Units { units, mut notes } = units(&lines, settings, &region_of, &structural);
    outline_notes(&decisions, &mut notes);
    let mut assembler = Assembler::new(settings);
    assembler.mark_sensitive = mark_sensitive;
    let mut report = assembler.run(&units);
    if !notes.is_empty() {
        for (line, message) in notes {
            let bulletin = report.first_lines.iter().rposition(|&first| first <= line);
            report.warnings.push(Warning { line, message, bulletin });
        }
        report.warnings.sort_by_key(|w| w.line);
    }
    report
}

/// What the outline stage decided, said in the report: "read `2- Families` and its 3 siblings as
/// headings".
fn outline_notes(decisions: &outline::Decisions, notes: &mut Vec<(usize, String)>) {
    for (line, text, siblings) in &decisions.siblings {
        let shown: String = text.chars().take(60).collect();
        let them = if *siblings == 1 { "sibling" } else { "siblings" };
        notes.push((
            *line,
            format!("read \u{201c}{shown}\u{201d} and its {siblings} {them} of the same form as headings"),
        ));
    }
    for line in &decisions.labels {
        notes.push((*line, "read a line ending in a colon, with text under it, as a heading".to_owned()));
    }
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
    '.', '!', '?', '"', '\u{201d}', '\u{2019}', ')', ':', '\'', '\u{3002}', '\u{ff01}', '\u{ff1f}', '\u{ff09}',
    '\u{300d}',
];
const IMAGE_REASON: &str = "(an image or file name, not bulletin text)";
const CUT_HEADING_REASON: &str = "(a heading cut off at the end of the text)";
/// The section paragraphs before the first heading go to when they ask no prayer (an introduction).
pub const INTRODUCTION: &str = "Introduction";
const CONNECTORS: &[&str] = &["&", "+", "and", "of", "the", "for", "in", "-", "/", "de", "la", "y", "e"];

fn is_image_name(text: &str) -> bool {
    // Cheap tests first: this runs for every line of a paste.
    let starts_bracketed = text.starts_with('[') || text.starts_with("![");
    if !starts_bracketed && text.contains(' ') {
        // A photo's name with spaces (`IMG_0412 (2).jpg`): a dot near the end first, cheaply.
        let tail = &text.as_bytes()[text.len().saturating_sub(5)..];
        return tail.contains(&b'.') && shapes::is_spaced_image_name(text);
    }
    let lower = text.to_lowercase();
    let bracketed = lower.starts_with("[image") || lower.starts_with("[cid:") || lower.starts_with("![");
    let file = !lower.contains(' ')
        && [".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg"].iter().any(|ext| lower.ends_with(ext));
    bracketed || file
}

/// A short line in title case with no sentence punctuation and no praise or prayer wording.
fn heading_like(text: &str, chars: usize) -> bool {
    if chars == 0 || chars > 50 || text.ends_with(['.', '!', '?', ',', ';']) {
        return false;
    }
    let words: Vec<&str> = text.trim_end_matches(':').split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let capital = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let connector = |w: &str| CONNECTORS.contains(&w.to_lowercase().as_str());
    capital(words[0])
        && words.iter().all(|w| capital(w) || connector(w))
        && words.last().is_some_and(|w| !connector(w) || capital(w))
        && kind_from_wording(text) == ItemKind::Info
}

fn is_structural(line: &Line, region: Option<&str>) -> bool {
    let t = &line.text;
    region.is_some()
        || line.quoted
        || line.markdown_heading
        || verse::opens_with_quote(t)
        || parse_date_line(t).is_some()
        || verse::reference_after_dash(t).is_some()
        || is_image_name(t)
}

/// The library's region names and aliases reduced to their keys once, rather than for every line.
struct RegionKeys<'a> {
    keys: Vec<(String, &'a str)>,
    /// The longest key, so a line whose key would be longer is given up on early.
    longest: usize,
    /// The first word of each key: a line starting with another word is no heading of a region.
    first_words: Vec<String>,
}

impl<'a> RegionKeys<'a> {
    fn new(settings: &'a LibrarySettings) -> Self {
        let keys = settings
            .regions
            .iter()
            .flat_map(|r| {
                std::iter::once(&r.name)
                    .chain(&r.aliases)
                    .map(move |n| (crate::library::heading_key(n), r.name.as_str()))
            })
            .filter(|(key, _): &(String, &str)| !key.is_empty())
            .collect::<Vec<_>>();
        let longest = keys.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        let mut first_words: Vec<String> =
            keys.iter().filter_map(|(k, _)| k.split(' ').next()).map(str::to_owned).collect();
        first_words.sort();
        first_words.dedup();
        Self { keys, longest, first_words }
    }

    /// The region whose name or alias `heading` spells; `buffer` is reused between lines.
    fn region_for(&self, heading: &str, buffer: &mut String) -> Option<&'a str> {
        if heading.is_empty() || heading.len() > 120 {
            return None;
        }
        // Most lines are paragraphs: their first word tells at once that they are not headings.
        if let Some(word) = ascii_first_word(heading)
            && !self.first_words.iter().any(|w| w.eq_ignore_ascii_case(word))
        {
            return None;
        }
        if !crate::library::heading_key_into(heading, self.longest, buffer) {
            return None;
        }
        self.keys.iter().find(|(k, _)| k == buffer).map(|(_, name)| *name)
    }
}

/// The first word of `text`'s [`crate::library::heading_key`] ("and" left out; empty when there is
/// none), when it can be told from ASCII alone; `None` when a non-ASCII character comes before it
/// ends (it might be a letter of the word).
fn ascii_first_word(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        while at < bytes.len() && !bytes[at].is_ascii_alphanumeric() {
            if !bytes[at].is_ascii() {
                return None;
            }
            at += 1;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        if bytes.get(at).is_some_and(|b| !b.is_ascii()) {
            return None;
        }
        let word = &text[start..at];
        if !word.eq_ignore_ascii_case("and") {
            return Some(word);
        }
    }
}

/// What the line-reading pass found: the units, and notes about lines it read in a particular way.
struct Units {
    units: Vec<Unit>,
    notes: Vec<(usize, String)>,
}

/// `region_of` and `structural` say what each line is, worked out once: the loop below looks at
/// lines before and after the current one too.
fn units(lines: &[Line], settings: &LibrarySettings, region_of: &[Option<&str>], structural: &[bool]) -> Units {
    // Text with blank lines between blocks keeps each paragraph in one block, so every line of a
    // block belongs to one paragraph; text without them needs the line-fit test below.
    let blank = lines.iter().filter(|l| l.text.is_empty()).count();
    let blank_separated = blank * 8 >= lines.len() - blank;
    let wrap_width = if blank_separated { wrap_width(lines, structural) } else { None };
    let known = |label: &str| settings.region_for_heading(label).is_some();
    let last_text = lines.iter().rposition(|l| !l.text.is_empty());
    let mut units: Vec<Unit> = Vec::new();
    let mut notes = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let t = line.text.as_ref();
        let push = |units: &mut Vec<Unit>, kind| units.push(Unit { line: line.number, kind });
        if t.is_empty() {
            i += 1;
            continue;
        }
        if line.headline {
            push(&mut units, UnitKind::Headline(t.to_owned()));
            // `2026년 3월 8일 주간기도제목`, `2023.5.14 Prayer points`: the headline starts with its date.
            if let Some(date) = dates::leading_date(t) {
                push(&mut units, UnitKind::Date(date));
                notes.push((
                    line.number,
                    format!("took the date at the start of the headline ({date}) as the bulletin's date"),
                ));
            }
            i += 1;
            continue;
        }
        if is_image_name(t) {
            push(&mut units, UnitKind::Stray(t.to_owned(), IMAGE_REASON));
            i += 1;
            continue;
        }
        if let Some(date) = parse_date_line(t) {
            push(&mut units, UnitKind::Date(date));
            i += 1;
            continue;
        }
        if let Some(reference) = verse::reference_after_dash(t).or_else(|| verse::standalone_reference(t)) {
            push(&mut units, UnitKind::Reference(reference));
            i += 1;
            continue;
        }
        if let Some((reference, text)) = verse::reference_then_verse(t) {
            push(&mut units, UnitKind::Verse { text, reference: Some(reference), labelled: false });
            i += 1;
            continue;
        }
        if let Some((unit_kind, next)) = labelled_verse(lines, i) {
            let label = t.split([':', '\u{ff1a}']).next().unwrap_or_default().trim();
            notes.push((line.number, format!("took the words after \u{201c}{label}\u{201d} as the verse")));
            push(&mut units, unit_kind);
            i = next;
            continue;
        }
        if let Some(region) = region_of[i] {
            push(&mut units, UnitKind::Heading { region: region.to_owned(), known: true });
            i += 1;
            continue;
        }
        if (line.quoted || verse::opens_with_quote(t))
            && let Some((unit_kind, next)) = gather_verse(lines, i)
        {
            push(&mut units, unit_kind);
            i = next;
            continue;
        }
        if shapes::is_bracketed_note(t) {
            push(&mut units, UnitKind::Note(t.to_owned()));
            i += 1;
            continue;
        }
        // A headline with the date at its end: `Flood Relief Prayer Update 14 October 2023`.
        if !line.bulleted
            && let Some((title, date)) = dates::split_trailing_date(t)
            && mostly_capitalised(title)
        {
            push(&mut units, UnitKind::Paragraph(title.to_owned()));
            push(&mut units, UnitKind::Date(date));
            notes.push((line.number, format!("the line \u{201c}{t}\u{201d} ends with a date; took it as the bulletin's date and the words before it as the headline")));
            i += 1;
            continue;
        }
        let next_line = lines[i + 1..].iter().position(|l| !l.text.is_empty()).map(|k| i + 1 + k);
        let next_is_body = next_line.is_some_and(|k| {
            !structural[k]
                || lines[k].markdown_heading
                // A region opening with a quotation (a saint's words) that is not a verse.
                || (verse::opens_with_quote(&lines[k].text) && !verse::closes_quote(&lines[k].text))
        });
        // A heading follows a break: a blank line, a structural line, or (text without
        // blank lines) a line that ended a sentence.
        let after_break = i == 0
            || {
                let prev = &lines[i - 1];
                prev.text.is_empty()
                || structural[i - 1]
                || prev.text.ends_with(TERMINAL)
                // A daily list: a date, a people group's line, then its place's.
                || matches!(
                    units.as_slice(),
                    [.., Unit { kind: UnitKind::Date(_), .. }, Unit { kind: UnitKind::Heading { .. }, line: l }] if *l == prev.number
                )
            };
        let heading =
            line.markdown_heading || (heading_like(t, line.chars) && next_is_body && after_break && !line.bulleted);
        // The last line of a paste, cut off in a heading's middle (`Latin`, `HQ & Glo`, `Middle E`).
        if Some(i) == last_text && !line.bulleted && heading_like(t, line.chars) && t.split_whitespace().count() <= 3 {
            let key = crate::library::heading_key(t);
            let whole = settings
                .regions
                .iter()
                .flat_map(|r| std::iter::once(&r.name).chain(&r.aliases).map(move |n| (n, &r.name)))
                .find(|(n, _)| crate::library::heading_key(n).starts_with(&key))
                .map(|(_, name)| name.clone());
            push(&mut units, UnitKind::Stray(t.to_owned(), CUT_HEADING_REASON));
            if let Some(name) = whole {
                notes.push((line.number, format!("\u{201c}{t}\u{201d} may be the start of \u{201c}{name}\u{201d}")));
            }
            i += 1;
            continue;
        }
        if heading {
            let name = t.trim_end_matches([':', '\u{ff1a}']).trim();
            let (region, known_region) = match settings.region_for_heading(name) {
                Some(r) => (r.to_owned(), true),
                None => (name.to_owned(), false),
            };
            push(&mut units, UnitKind::Heading { region, known: known_region });
            i += 1;
            continue;
        }
        // A run of body lines, to be split into paragraphs.
        let start = i;
        let mut end = i + 1;
        let motto_first = shapes::is_motto(t);
        while end < lines.len() && !motto_first {
            let l = &lines[end];
            if l.text.is_empty() || l.bulleted {
                break;
            }
            // In text with blank lines between blocks, a line right after one that stopped mid-sentence
            // is the paragraph going on (a hard-wrapped line starting with a quote mark or a region's
            // name), unless it is a date, a reference, an image or a Markdown heading.
            let mid_sentence = blank_separated && !lines[end - 1].text.ends_with(TERMINAL);
            let strong = || {
                l.markdown_heading
                    || parse_date_line(&l.text).is_some()
                    || verse::reference_after_dash(&l.text).is_some()
                    || is_image_name(&l.text)
            };
            if if mid_sentence { strong() } else { structural[end] } {
                break;
            }
            if lines[end - 1].text.ends_with(TERMINAL) && heading_like(&l.text, l.chars) {
                break;
            }
            if Some(end) == last_text && heading_like(&l.text, l.chars) && l.text.split_whitespace().count() <= 3 {
                break;
            }
            // A motto is a line of its own (the run's first line was looked at before the loop).
            if shapes::is_motto(&l.text) {
                break;
            }
            end += 1;
        }
        let label = |text: &str| shapes::inline_label(text, known).is_some();
        for (line, paragraph) in paragraphs(&lines[start..end], blank_separated, wrap_width, label) {
            match shapes::inline_label(&paragraph, known) {
                Some((name, rest)) => {
                    let (region, known) = match settings.region_for_heading(name) {
                        Some(r) => (r.to_owned(), true),
                        None => (name.to_owned(), false),
                    };
                    let rest = rest.to_owned();
                    units.push(Unit { line, kind: UnitKind::Heading { region, known } });
                    units.push(Unit { line, kind: UnitKind::Paragraph(rest) });
                }
                None => units.push(Unit { line, kind: UnitKind::Paragraph(paragraph) }),
            }
        }
        i = end;
    }
    // The outline stage's headings head sections of their own, never a paragraph under the next.
    let outlined = |line: usize| lines.get(line.wrapping_sub(1)).is_some_and(|l| l.markdown_heading);
    people_before_places(&mut units, outlined);
    Units { units, notes }
}

/// More than half the words of a title start with a capital (or are short joining words).
fn mostly_capitalised(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    let capital =
        words.iter().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())).count();
    !words.is_empty() && capital * 2 > words.len() && !title.ends_with(['.', '!', '?', ','])
}

/// A daily list names a people group, then its place, then a paragraph: two headings with nothing
/// between. The first is no region of its own: it becomes the first paragraph under the second.
fn people_before_places(units: &mut [Unit], outlined: impl Fn(usize) -> bool) {
    for k in 1..units.len().saturating_sub(2) {
        if outlined(units[k].line) {
            continue;
        }
        let body_before = matches!(
            units[k - 1].kind,
            UnitKind::Paragraph(_) | UnitKind::Date(_) | UnitKind::Verse { .. } | UnitKind::Reference(_)
        );
        let pair = matches!(units[k].kind, UnitKind::Heading { known: false, .. })
            && matches!(units[k + 1].kind, UnitKind::Heading { .. })
            && matches!(units[k + 2].kind, UnitKind::Paragraph(_));
        if body_before && pair {
            units.swap(k, k + 1);
            if let UnitKind::Heading { region, .. } = &mut units[k + 1].kind {
                let text = std::mem::take(region);
                units[k + 1].kind = UnitKind::Paragraph(text);
            }
        }
    }
}

/// How wide the text is hard-wrapped, if it is: the longest line that stops mid-sentence with its
/// paragraph going on in the next line. `None` when no line does.
fn wrap_width(lines: &[Line], structural: &[bool]) -> Option<usize> {
    let mut width = None;
    for k in 0..lines.len().saturating_sub(1) {
        let (l, next) = (&lines[k], &lines[k + 1]);
        let evidence = !l.text.is_empty()
            && !next.text.is_empty()
            && !structural[k]
            && !structural[k + 1]
            && !next.bulleted
            && !l.text.ends_with(TERMINAL)
            && !heading_like(&l.text, l.chars);
        if evidence {
            width = Some(width.map_or(l.chars, |w: usize| w.max(l.chars)));
        }
    }
    width
}

/// A verse under a label at `lines[i]`: `Verse: “…” – Ref`, or the label alone on its line with the
/// verse on the lines under it (up to a blank line), its reference at its end or on the next line.
fn labelled_verse(lines: &[Line], i: usize) -> Option<(UnitKind, usize)> {
    let t = lines[i].text.as_ref();
    // A label is short: only the line's first characters are looked at (this is asked of every line).
    let (at, colon) = t.char_indices().take(32).find(|(_, c)| matches!(c, ':' | '\u{ff1a}'))?;
    let (label, rest) = (&t[..at], &t[at + colon.len_utf8()..]);
    if label.chars().count() > 30 || !words::is_verse_label(label) {
        return None;
    }
    let mut text = rest.trim().to_owned();
    let mut j = i + 1;
    if text.is_empty() {
        while j < lines.len() && !lines[j].text.is_empty() && j - i <= 8 {
            if !text.is_empty() && verse::standalone_reference(&lines[j].text).is_some() {
                break;
            }
            join_line(&mut text, &lines[j].text);
            j += 1;
        }
    }
    if text.is_empty() {
        return None;
    }
    let (quoted, mut reference) = verse::split_inline_reference(&text);
    let mut body = quoted.to_owned();
    if reference.is_none()
        && let Some((before, found)) = verse::split_trailing_reference(&text)
    {
        body = before.to_owned();
        reference = Some(found.to_owned());
    }
    if reference.is_none()
        && let Some(next) = lines.get(j).filter(|l| !l.text.is_empty())
        && let Some(found) = verse::standalone_reference(&next.text)
    {
        reference = Some(found);
        j += 1;
    }
    Some((UnitKind::Verse { text: verse::strip_quotes(&body), reference, labelled: true }, j))
}

/// A verse starting at `lines[i]`, possibly over several lines, with its reference when the line
/// carries it. `None` when no closing quote comes (then it is ordinary text).
fn gather_verse(lines: &[Line], i: usize) -> Option<(UnitKind, usize)> {
    let first = &lines[i];
    let mut text = first.text.to_string();
    let mut j = i;
    let continues =
        |l: &Line| !l.text.is_empty() && verse::reference_after_dash(&l.text).is_none() && (!first.quoted || l.quoted);
    while !verse::closes_quote(&text) && j + 1 < lines.len() && j - i < 8 && continues(&lines[j + 1]) {
        j += 1;
        join_line(&mut text, &lines[j].text);
    }
    if !verse::closes_quote(&text) && !first.quoted {
        return None;
    }
    let (quoted, reference) = verse::split_inline_reference(&text);
    Some((UnitKind::Verse { text: verse::strip_quotes(quoted), reference, labelled: false }, j + 1))
}

/// Splits a run of body lines into paragraphs. Lines longer than a mail program wraps at are
/// paragraphs of their own; shorter ones are joined unless the line ended a sentence and the next
/// line's first word would have fitted on it (so the writer broke the line on purpose).
fn paragraphs(
    run: &[Line],
    blank_separated: bool,
    wrap_width: Option<usize>,
    labelled: impl Fn(&str) -> bool,
) -> Vec<(usize, String)> {
    let width = run.iter().map(|l| l.chars).max().unwrap_or(0);
    // A block whose lines all end sentences is not hard-wrapped: each line is a paragraph (blank lines
    // and single line breaks mixed as separators).
    let wrapped = run.len() > 1 && run[..run.len() - 1].iter().any(|l| !l.text.ends_with(TERMINAL));
    let mut out: Vec<(usize, String)> = Vec::new();
    for (k, line) in run.iter().enumerate() {
        let join = k > 0 && {
            let prev = &run[k - 1].text;
            let prev_len = run[k - 1].chars;
            let first_word = line.text.split_whitespace().next().unwrap_or("");
            let starts_lower = first_word.chars().next().is_some_and(char::is_lowercase);
            let translation = run[0].bulleted && k == 1 && script_changes(prev, &line.text);
            if translation {
                // A numbered item of a bilingual sheet: the same prayer in the other language.
                true
            } else if starts_lower {
                true
            } else if prev.ends_with(TERMINAL) && labelled(&line.text) {
                // `Middle East: Pray for…` opens a paragraph (and a region) of its own.
                false
            } else if run[0].bulleted && prev.ends_with(TERMINAL) {
                // A bulleted item ends with its sentence; a capitalised line after it is the next
                // paragraph (a closing note after the list), not a wrapped line of the item.
                // Only clearly wrapped text (long lines, the next word would not have fitted) joins.
                blank_separated && width >= 60 && prev_len + 1 + first_word.chars().count() > width
            } else if blank_separated {
                // A line that ended a sentence ends its paragraph too, unless the block is wrapped, or
                // the text is and the next word would not have fitted on the line.
                wrapped
                    || !prev.ends_with(TERMINAL)
                    || wrap_width.is_some_and(|w| prev_len + 1 + first_word.chars().count() > w)
            } else if width > 100 {
                false
            } else {
                let would_fit = prev_len + 1 + first_word.chars().count() <= width;
                !(prev.ends_with(TERMINAL) && would_fit)
            }
        };
        match out.last_mut() {
            Some((_, text)) if join => join_line(text, &line.text),
            _ => out.push((line.number, line.text.to_string())),
        }
    }
    out
}

/// One line is in Chinese or Japanese and the other not (a bilingual sheet's two languages).
fn script_changes(a: &str, b: &str) -> bool {
    let unspaced = |t: &str| t.chars().find(|c| c.is_alphabetic()).is_some_and(is_unspaced_script);
    unspaced(a) != unspaced(b)
}

/// Appends a wrapped line to the text before it, with the space the wrap took away. A word
/// broken after its hyphen keeps it and gets no space ("decision-makers", "COVID-19"); Chinese and Japanese text, which
/// has no spaces between words, gets none between two of its characters.
fn join_line(text: &mut String, line: &str) {
    let hyphenated = text.ends_with('-') && !text.ends_with(" -") && line.starts_with(char::is_alphanumeric);
    let unspaced = text.chars().next_back().is_some_and(is_unspaced_script)
        && line.chars().next().is_some_and(|c| is_unspaced_script(c) || is_closing_punctuation(c));
    if !(hyphenated || unspaced || text.is_empty()) {
        text.push(' ');
    }
    text.push_str(line);
}

/// Characters of scripts written without spaces between words: CJK ideographs, kana, fullwidth
/// forms and CJK punctuation. Hangul is left out: Korean puts spaces between words.
fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{2e80}'..='\u{303f}'   // CJK radicals, Kangxi, CJK symbols and punctuation
        | '\u{3040}'..='\u{30ff}' // Hiragana, Katakana
        | '\u{3100}'..='\u{312f}' // Bopomofo
        | '\u{31f0}'..='\u{31ff}' // Katakana extensions
        | '\u{3400}'..='\u{4dbf}' // CJK extension A
        | '\u{4e00}'..='\u{9fff}' // CJK unified ideographs
        | '\u{f900}'..='\u{faff}' // CJK compatibility ideographs
        | '\u{ff00}'..='\u{ffef}' // Halfwidth and fullwidth forms
        | '\u{20000}'..='\u{3134f}')
}

fn is_closing_punctuation(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | ',' | '.' | ';' | ':' | '!' | '?')
}

fn is_footer(text: &str) -> bool {
    // Footers are short; a paragraph of the bulletin that mentions "copyright" is not one.
    if text.len() > 300 {
        return false;
    }
    let lower = text.to_lowercase();
    [
        "unsubscribe",
        "copyright",
        "\u{a9}",
        "all rights reserved",
        "view this email in your browser",
        "you are receiving this",
        "you received this",
        "update your preferences",
        "follow us on",
        "privacy policy",
        "forward to a friend",
        "sent from my",
    ]
    .iter()
    .any(|k| lower.contains(k))
}

/// A sheet's last words that thank its readers or bless them, in the languages it may come in.
fn signs_off(text: &str) -> bool {
    if text.chars().count() > 200 {
        return false;
    }
    let lower = text.to_lowercase();
    [
        "thank you for praying",
        "thanks for praying",
        "thank you for your prayers",
        "thank you for standing with us",
        "god bless",
        "to god be the glory",
        "gracias por orar",
        "gracias por sus oraciones",
        "dios les bendiga",
        "obrigado por orar",
        "obrigado pelas orações",
        "deus abençoe",
        "merci de prier",
        "merci pour vos prières",
        "vielen dank für",
        "danke für euer",
        "danke für ihr",
        "기도해 주셔서 감사",
        "感謝您的代禱",
        "感谢您的代祷",
    ]
    .iter()
    .any(|k| lower.contains(k))
}

fn closing_like(text: &str, settings: &LibrarySettings) -> bool {
    let lower = text.to_lowercase();
    let known = settings.closing.as_deref().is_some_and(|c| {
        let key = |s: &str| crate::library::heading_key(s).chars().take(60).collect::<String>();
        !c.trim().is_empty() && key(c) == key(text)
    });
    known
        || [
            "refrain from posting",
            "do not post",
            "don't post",
            "not to post",
            "sensitive over time",
            "please do not share",
            "not for sharing",
            "please do not forward",
        ]
        .iter()
        .any(|k| lower.contains(k))
}

struct Draft {
    bulletin: Bulletin,
    first_line: usize,
    /// Paragraphs between the verse and the first heading.
    orphans: Vec<(usize, String)>,
    /// The line of the last paragraph added, for the cut-off warning.
    last_item_line: usize,
    last_heading_line: usize,
    /// Text after a footer line is left out until the next bulletin.
    in_footer: bool,
    item_lines: Vec<Vec<usize>>,
    /// Where each region's section is in `bulletin.sections`.
    section_at: HashMap<String, usize>,
    /// When each section's heading was last seen: a repeated heading moves its section to the end,
    /// which [`Assembler::finish`] does in one sort instead of moving sections on every heading.
    heading_seen: Vec<usize>,
    /// The section text goes to: the one whose heading came last.
    current_section: Option<usize>,
    /// How many headings the bulletin has had.
    headings: usize,
    /// The line the date was read from.
    date_line: usize,
    /// The date was on a line above the headline (a blog post's date), not under it.
    date_before_title: bool,
    /// The latest date line of a daily list inside this bulletin.
    last_date: Option<NaiveDate>,
}

struct Assembler<'a> {
    settings: &'a LibrarySettings,
    report: ImportReport,
    current: Option<Draft>,
    /// The names in `report.new_regions`, to look them up without a scan.
    new_region_names: HashSet<String>,
    /// Mark paragraphs with identifying details sensitive.
    mark_sensitive: bool,
}

impl<'a> Assembler<'a> {
    fn new(settings: &'a LibrarySettings) -> Self {
        Self {
            settings,
            report: ImportReport::default(),
            current: None,
            new_region_names: HashSet::new(),
            mark_sensitive: false,
        }
    }

    fn warn(&mut self, line: usize, message: String) {
        let bulletin = self.current.as_ref().map(|_| self.report.bulletins.len());
        self.report.warnings.push(Warning { line, message, bulletin });
    }

    fn left_out(&mut self, line: usize, text: &str, why: &str) {
        let shown: String = text.chars().take(80).collect();
        let ellipsis = if text.chars().count() > 80 { "\u{2026}" } else { "" };
        self.warn(line, format!("left out {why}: \u{201c}{shown}{ellipsis}\u{201d}"));
    }

    fn start(&mut self, line: usize, title: String) {
        self.finish(false);
        self.current = Some(Draft {
            bulletin: Bulletin { title, ..Bulletin::default() },
            first_line: line,
            orphans: Vec::new(),
            last_item_line: line,
            last_heading_line: line,
            in_footer: false,
            item_lines: Vec::new(),
            section_at: HashMap::new(),
            heading_seen: Vec::new(),
            current_section: None,
            headings: 0,
            date_line: line,
            date_before_title: false,
            last_date: None,
        });
    }

    /// A line that could be a headline: short, one line, not a motto nor an introduction line.
    fn candidate(kind: &UnitKind) -> Option<&str> {
        match kind {
            UnitKind::Headline(t) => Some(t.as_str()),
            UnitKind::Paragraph(t) if t.chars().count() <= 160 && !t.contains('\n') => {
                // One sentence at most, and not a long one ending in a full stop: that is body text.
                let one_sentence = !t.trim_end().char_indices().any(|(at, c)| {
                    matches!(c, '.' | '!' | '?')
                        && t[at + 1..].starts_with(' ')
                        && t[at + 2..].starts_with(char::is_uppercase)
                });
                let body = t.ends_with('.') && t.chars().count() > 60;
                (one_sentence && !body && !shapes::is_motto(t) && !shapes::is_intro_line(t)).then_some(t.as_str())
            }
            UnitKind::Heading { region, known: false } => (!shapes::is_motto(region)).then_some(region.as_str()),
            _ => None,
        }
    }

    /// A line a reader passes over when looking for the headline, and why.
    fn skippable(kind: &UnitKind) -> Option<(&str, &'static str)> {
        match kind {
            UnitKind::Stray(t, why) => Some((t, why)),
            UnitKind::Note(t) => Some((t, "(a note about the text)")),
            UnitKind::Paragraph(t) if shapes::is_intro_line(t) => Some((t, "(an introduction line, not a headline)")),
            UnitKind::Paragraph(t) | UnitKind::Heading { region: t, known: false } if shapes::is_motto(t) => {
                Some((t, "(a motto, not a headline)"))
            }
            _ => None,
        }
    }

    /// Does a bulletin start at `units[j]` (a date, or a verse with its reference)?
    fn introduces(units: &[Unit], j: usize) -> bool {
        match units.get(j).map(|u| &u.kind) {
            Some(UnitKind::Date(_)) => true,
            Some(UnitKind::Verse { reference, .. }) => {
                reference.is_some() || matches!(units.get(j + 1).map(|u| &u.kind), Some(UnitKind::Reference(_)))
            }
            _ => false,
        }
    }

    /// When `units[k]` is a bulletin's headline: the index of the date or verse under it (lines
    /// between them, such as an image or a motto, are passed over).
    fn headline_end(units: &[Unit], k: usize) -> Option<usize> {
        // Asked of every unit: the cheap test (is a date or verse coming?) first.
        if !matches!(
            units[k].kind,
            UnitKind::Paragraph(_) | UnitKind::Headline(_) | UnitKind::Heading { known: false, .. }
        ) {
            return None;
        }
        let mut j = k + 1;
        while j < units.len() && Self::skippable(&units[j].kind).is_some() {
            j += 1;
        }
        if !Self::introduces(units, j) {
            return None;
        }
        Self::candidate(&units[k].kind)?;
        Some(j)
    }

    /// Whether the text's first bulletin starts where a headline, date or verse says so, with only
    /// a preamble before it. A sheet with no such start, or with prayer before it, is read as one
    /// bulletin from its first line.
    fn starts_at_top(units: &[Unit]) -> bool {
        let start = (0..units.len()).find(|&k| {
            Self::headline_end(units, k).is_some()
                || matches!(units[k].kind, UnitKind::Date(_))
                || (matches!(units[k].kind, UnitKind::Verse { .. }) && Self::introduces(units, k))
        });
        let Some(start) = start else { return false };
        !units[..start].iter().any(|u| match &u.kind {
            UnitKind::Heading { known: true, .. } => true,
            UnitKind::Paragraph(t) => t.len() > 40 && kind_from_wording(t) != ItemKind::Info,
            _ => false,
        })
    }

    /// Starts the one bulletin of a sheet with no date line or verse: its headline is the first line
    /// a reader would take for one. Returns the index of the first unit still to read.
    fn start_without_headline(&mut self, units: &[Unit]) -> usize {
        let mut k = 0;
        while k < units.len() && Self::skippable(&units[k].kind).is_some() {
            k += 1;
        }
        // A heading with paragraphs right under it is a region's, not the sheet's headline.
        let region_heading = matches!(units.get(k).map(|u| &u.kind), Some(UnitKind::Heading { .. }))
            && matches!(units.get(k + 1).map(|u| &u.kind), Some(UnitKind::Paragraph(_)));
        let title =
            units.get(k).filter(|_| k + 1 < units.len() && !region_heading).and_then(|u| Self::candidate(&u.kind));
        let line = units.get(k).map_or(1, |u| u.line);
        self.start(line, title.unwrap_or_default().to_owned());
        match title {
            Some(title) => {
                for u in &units[..k] {
                    if let Some((text, why)) = Self::skippable(&u.kind) {
                        self.passed_over(u.line, text, why, title);
                    }
                }
                self.warn(line, format!("no date line or verse starts a bulletin; read the text as one bulletin headed \u{201c}{title}\u{201d}"));
                k + 1
            }
            None => {
                for u in &units[..k] {
                    if let Some((text, why)) = Self::skippable(&u.kind) {
                        self.left_out(u.line, text, why);
                    }
                }
                self.warn(
                    line,
                    "no headline, date line or verse; read the text as one bulletin with an empty headline".into(),
                );
                k
            }
        }
    }

    /// A line left out where the headline was looked for, with the headline taken instead.
    fn passed_over(&mut self, line: usize, text: &str, why: &str, title: &str) {
        let shown: String = text.chars().take(80).collect();
        let ellipsis = if text.chars().count() > 80 { "\u{2026}" } else { "" };
        self.warn(
            line,
            format!("left out {why}: \u{201c}{shown}{ellipsis}\u{201d}; took \u{201c}{title}\u{201d} as the headline"),
        );
    }

    /// The draft's headline, when the draft has a headline and a verse and nothing under them yet.
    fn top_only(&self) -> Option<String> {
        self.current
            .as_ref()
            .filter(|d| {
                !d.bulletin.title.is_empty()
                    && d.bulletin.verse.is_some()
                    && d.bulletin.sections.is_empty()
                    && d.orphans.is_empty()
            })
            .map(|d| d.bulletin.title.clone())
    }

    /// The draft holds only a date read above where its headline now comes (a blog post's date).
    fn date_only(&self) -> bool {
        self.current.as_ref().is_some_and(|d| {
            d.bulletin.title.is_empty()
                && d.bulletin.date.is_some()
                && d.bulletin.verse.is_none()
                && d.bulletin.sections.is_empty()
                && d.orphans.is_empty()
        })
    }

    fn run(mut self, units: &[Unit]) -> ImportReport {
        let mut k = if Self::starts_at_top(units) { 0 } else { self.start_without_headline(units) };
        while k < units.len() {
            let unit = &units[k];
            let line = unit.line;
            if Self::headline_end(units, k).is_some()
                && let Some(title) = self.top_only()
                && let Some(text) = Self::candidate(&unit.kind)
            {
                // A line above another verse or date, under a headline with its verse and nothing
                // else yet: a subtitle of the same sheet, not a new bulletin.
                self.passed_over(line, text, "(a subtitle under the headline)", &title);
                k += 1;
                continue;
            }
            if let Some(end) = Self::headline_end(units, k) {
                let title = Self::candidate(&unit.kind).unwrap_or_default().to_owned();
                let before = (k > 0 && self.current.is_none()).then(|| &units[k - 1]);
                if self.date_only() {
                    // A date line above the headline: the bulletin's own date, if none comes under it.
                    if let Some(d) = self.current.as_mut() {
                        d.bulletin.title = title.clone();
                        d.date_before_title = true;
                        d.first_line = line;
                        let date_line = d.date_line;
                        self.report.warnings.retain(|w| {
                            !(w.line == date_line && w.message.starts_with("no headline before this date"))
                        });
                    }
                } else {
                    let fresh = self.current.as_ref().is_none_or(|d| {
                        !d.bulletin.title.is_empty() || d.bulletin.date.is_some() || !d.bulletin.sections.is_empty()
                    });
                    if fresh {
                        self.start(line, title.clone());
                    } else if let Some(d) = self.current.as_mut() {
                        d.bulletin.title = title.clone();
                    }
                }
                if let Some(u) = before
                    && matches!(u.kind, UnitKind::Paragraph(_) | UnitKind::Heading { .. })
                    && let Some((text, why)) = Self::skippable(&u.kind)
                {
                    let shown: String = text.chars().take(80).collect();
                    self.warn(
                        u.line,
                        format!(
                            "took \u{201c}{title}\u{201d} as the headline, not \u{201c}{shown}\u{201d} above it {why}"
                        ),
                    );
                }
                for u in &units[k + 1..end] {
                    if let Some((text, why)) = Self::skippable(&u.kind) {
                        self.passed_over(u.line, text, why, &title);
                    }
                }
                k = end;
                continue;
            }
            if matches!(unit.kind, UnitKind::Date(_) | UnitKind::Verse { .. })
                && self.current.is_none()
                && let Some(u) = k.checked_sub(1).map(|p| &units[p])
                && let UnitKind::Paragraph(text) = &u.kind
                && let Some((_, why)) = Self::skippable(&u.kind)
            {
                let shown: String = text.chars().take(80).collect();
                self.warn(u.line, format!("did not take \u{201c}{shown}\u{201d} as the headline {why}"));
            }
            match &unit.kind {
                UnitKind::Stray(text, why) => self.left_out(line, text, why),
                UnitKind::Note(text) => self.note(line, text),
                UnitKind::Date(date) => {
                    let verse_follows = matches!(units.get(k + 1).map(|u| &u.kind), Some(UnitKind::Verse { .. }));
                    self.date(line, *date, verse_follows);
                }
                UnitKind::Verse { text, reference, labelled } => {
                    let followed_by_reference =
                        matches!(units.get(k + 1).map(|u| &u.kind), Some(UnitKind::Reference(_)));
                    if *labelled && self.labelled_verse(text, reference.as_deref()) {
                        k += 1;
                        continue;
                    }
                    self.verse(line, text, reference.as_deref(), followed_by_reference);
                }
                UnitKind::Reference(reference) => self.reference(line, reference),
                UnitKind::Heading { region, known } => self.heading(line, region, *known),
                UnitKind::Paragraph(text) | UnitKind::Headline(text) => self.paragraph(line, text),
            }
            k += 1;
        }
        self.finish(true);
        // Warnings in source order; sorted once here (a stable sort keeps same-line warnings in order).
        self.report.warnings.sort_by_key(|w| w.line);
        self.report
    }

    fn note(&mut self, line: usize, text: &str) {
        if self.current.as_ref().is_some_and(|d| d.current_section.is_some()) {
            self.paragraph(line, text);
        } else {
            self.left_out(line, text, "(a note about the text)");
        }
    }

    fn date(&mut self, line: usize, date: NaiveDate, verse_follows: bool) {
        if let Some(d) = self.current.as_mut()
            && d.date_before_title
            && d.bulletin.verse.is_none()
            && d.bulletin.sections.is_empty()
            && d.orphans.is_empty()
        {
            // The bulletin's own date under its headline: the one above was the post's.
            let (above, above_line) = (d.bulletin.date, d.date_line);
            d.bulletin.date = Some(date);
            d.date_line = line;
            d.date_before_title = false;
            if let Some(above) = above {
                self.warn(
                    above_line,
                    format!("left out the date line above the headline ({above}); the bulletin's own date is under it"),
                );
            }
            return;
        }
        if let Some(d) = self.current.as_mut()
            && let Some(previous) = d.last_date.or(d.bulletin.date)
            && !d.bulletin.sections.is_empty()
            && !verse_follows
            && (1..=6).contains(&(date - previous).num_days())
        {
            // The next day of a daily list: the days stay together in one bulletin.
            d.last_date = Some(date);
            let first = d.bulletin.date.map_or_else(String::new, |f| f.to_string());
            self.warn(
                line,
                format!("the date {date} begins the next day of a daily list; kept in the bulletin of {first}"),
            );
            return;
        }
        let needs_new =
            self.current.as_ref().is_none_or(|d| d.bulletin.date.is_some() || !d.bulletin.sections.is_empty());
        if needs_new {
            self.start(line, String::new());
            self.warn(line, "no headline before this date; the bulletin has an empty headline".into());
        }
        if let Some(d) = self.current.as_mut() {
            d.bulletin.date = Some(date);
            d.date_line = line;
        }
    }

    fn verse(&mut self, line: usize, text: &str, reference: Option<&str>, followed_by_reference: bool) {
        let has_body = self.current.as_ref().map(|d| (d.bulletin.verse.is_some(), !d.bulletin.sections.is_empty()));
        match has_body {
            Some((false, false)) => {}
            Some((true, false)) => {
                // A second verse under the first, before any section: part of the same sheet's top.
                self.paragraph(line, &format!("\u{201c}{text}\u{201d}"));
                return;
            }
            Some(_) if !(reference.is_some() || followed_by_reference) => {
                // A quoted paragraph inside the body, not a new bulletin's verse.
                self.paragraph(line, &format!("\u{201c}{text}\u{201d}"));
                return;
            }
            _ => {
                self.start(line, String::new());
                self.warn(line, "a verse with no headline before it; the bulletin has an empty headline".into());
            }
        }
        if let Some(d) = self.current.as_mut() {
            d.bulletin.verse =
                Some(Verse { text: text.to_owned(), reference: reference.unwrap_or_default().to_owned() });
        }
    }

    /// A verse under a label (`Verse:`) where the bulletin has none yet, wherever it stands (at the
    /// end of the sheet too): taken as the bulletin's verse. False when it cannot be.
    fn labelled_verse(&mut self, text: &str, reference: Option<&str>) -> bool {
        let Some(d) = self.current.as_mut().filter(|d| d.bulletin.verse.is_none()) else { return false };
        d.bulletin.verse = Some(Verse { text: text.to_owned(), reference: reference.unwrap_or_default().to_owned() });
        true
    }

    fn reference(&mut self, line: usize, reference: &str) {
        let Some(d) = self.current.as_mut() else {
            self.left_out(line, reference, "before any bulletin");
            return;
        };
        let no_body = d.bulletin.sections.is_empty() && d.bulletin.verse.is_none();
        match &mut d.bulletin.verse {
            Some(verse) if verse.reference.is_empty() => verse.reference = reference.to_owned(),
            _ if no_body => {
                // A verse without quote marks: the paragraph just before the reference.
                if let Some((_, text)) = d.orphans.pop() {
                    d.bulletin.verse = Some(Verse { text, reference: reference.to_owned() });
                } else {
                    d.bulletin.verse = Some(Verse { text: String::new(), reference: reference.to_owned() });
                    self.warn(line, format!("a reference ({reference}) with no verse before it"));
                }
            }
            _ => self.paragraph(line, &format!("\u{2013} {reference}")),
        }
    }

    fn heading(&mut self, line: usize, region: &str, known: bool) {
        let Some(d) = self.current.as_mut() else {
            self.left_out(line, region, "before the first bulletin");
            return;
        };
        if d.in_footer {
            self.left_out(line, region, "after the bulletin's footer");
            return;
        }
        d.last_heading_line = line;
        // `Shelter: Mozambique`, `Day 1: Kenya`: the region is the place; the rest is named here.
        let topic = (!known)
            .then(|| shapes::topic_heading(region, |r| self.settings.region_for_heading(r).is_some()))
            .flatten();
        let (region, known) = match &topic {
            Some((place, words)) => {
                let message = format!(
                    "the heading \u{201c}{region}\u{201d}: took \u{201c}{place}\u{201d} as the region; \u{201c}{words}\u{201d} is not kept"
                );
                self.warn(line, message);
                match self.settings.region_for_heading(place) {
                    Some(r) => (r.to_owned(), true),
                    None => (place.clone(), false),
                }
            }
            None => (region.to_owned(), known),
        };
        let region = region.as_str();
        let first_heading = self.current.as_ref().is_some_and(|d| d.bulletin.sections.is_empty());
        let orphans = self.current.as_mut().map(|d| std::mem::take(&mut d.orphans)).unwrap_or_default();
        if !orphans.is_empty() {
            let assumed = self
                .settings
                .region_index(region)
                .and_then(|i| i.checked_sub(1))
                .map_or_else(|| region.to_owned(), |i| self.settings.regions[i].name.clone());
            for (orphan_line, text) in orphans {
                // A missing first heading is inferred only before a region of the library (the region
                // before it in the library's order); before any other heading, the text is the
                // sheet's lead, kept where it stands.
                if first_heading && (kind_from_wording(&text) == ItemKind::Info || !known) {
                    self.introduction(orphan_line, &text);
                } else {
                    self.push_item(&assumed, orphan_line, &text);
                    self.warn(orphan_line, format!("no heading before this paragraph; assumed {assumed}"));
                }
            }
        }
        if !known {
            self.new_region(region);
            self.warn(
                line,
                format!("\u{201c}{region}\u{201d} is not a region of the library; kept as a section of that name"),
            );
        }
        self.section_index(region);
    }

    fn new_region(&mut self, region: &str) {
        if self.settings.region(region).is_none() && self.new_region_names.insert(region.to_owned()) {
            self.report.new_regions.push(region.to_owned());
        }
    }

    /// A paragraph before the first heading: the bulletin's introduction (its lead).
    fn introduction(&mut self, line: usize, text: &str) {
        self.new_region(INTRODUCTION);
        self.push_item(INTRODUCTION, line, text);
        let why = if kind_from_wording(text) == ItemKind::Info { " with no prayer in it" } else { "" };
        self.warn(
            line,
            format!("a paragraph before the first heading{why}; kept under \u{201c}{INTRODUCTION}\u{201d}"),
        );
    }

    fn section_index(&mut self, region: &str) -> usize {
        let Some(d) = self.current.as_mut() else { return 0 };
        // A heading repeated right after its own section goes on with it; repeated after another
        // section, it opens a section of the same name there, so the source's order is kept.
        let last = d.bulletin.sections.len().checked_sub(1);
        let index = match d.section_at.get(region) {
            Some(&i) if Some(i) == last => i,
            _ => {
                d.bulletin.sections.push(Section { region: region.to_owned(), items: Vec::new() });
                d.item_lines.push(Vec::new());
                d.heading_seen.push(0);
                d.section_at.insert(region.to_owned(), d.bulletin.sections.len() - 1);
                d.bulletin.sections.len() - 1
            }
        };
        d.headings += 1;
        d.heading_seen[index] = d.headings;
        d.current_section = Some(index);
        index
    }

    fn push_item(&mut self, region: &str, line: usize, text: &str) {
        let current =
            self.current.as_ref().and_then(|d| d.current_section.filter(|&i| d.bulletin.sections[i].region == region));
        let index = match current {
            Some(i) => i,
            None => self.section_index(region),
        };
        let (mut item, warning) = item_at_door(text, self.mark_sensitive);
        // An item that says nothing of its own kind takes its heading's (`Please pray for:`,
        // `We give thanks for:`, `Oremos por:`).
        if item.kind == ItemKind::Info && self.settings.region(region).is_none() {
            item.kind = kind_from_wording(region);
        }
        if let Some(d) = self.current.as_mut() {
            d.bulletin.sections[index].items.push(item);
            d.item_lines[index].push(line);
            d.last_item_line = line;
        }
        if let Some(message) = warning {
            self.warn(line, message);
        }
    }

    fn paragraph(&mut self, line: usize, text: &str) {
        let Some(d) = self.current.as_mut() else {
            self.left_out(line, text, "before the first bulletin");
            return;
        };
        if d.in_footer {
            self.left_out(line, text, "after the bulletin's footer");
            return;
        }
        if is_footer(text) {
            d.in_footer = true;
            self.left_out(line, text, "(a page or e-mail footer)");
            return;
        }
        if d.bulletin.verse.is_none()
            && d.bulletin.sections.is_empty()
            && let Some(inline) = verse::find_inline_verse(text)
        {
            // The verse quoted inside the introduction, with its reference and translation.
            d.bulletin.verse = Some(Verse { text: inline.text.to_owned(), reference: inline.reference.to_owned() });
            if !inline.before.is_empty() {
                self.left_out(line, inline.before, "(the words leading into the verse)");
            }
            if let Some(translation) = inline.translation {
                self.warn(
                    line,
                    format!("the verse is quoted from the {translation}; the reference is kept without it"),
                );
            }
            if !inline.after.is_empty() {
                self.paragraph(line, inline.after);
            }
            return;
        }
        match d.current_section.map(|i| d.bulletin.sections[i].region.clone()) {
            Some(region) => self.push_item(&region, line, text),
            None => d.orphans.push((line, text.to_owned())),
        }
    }

    fn finish(&mut self, at_end: bool) {
        let Some(mut d) = self.current.take() else { return };
        let index = self.report.bulletins.len();
        let b = &d.bulletin;
        if b.title.is_empty()
            && b.verse.is_none()
            && b.sections.is_empty()
            && b.closing.is_none()
            && d.orphans.is_empty()
        {
            // Only a date line, with nothing under it (a blog post's date, say): no bulletin.
            if let Some(date) = b.date {
                self.report
                    .warnings
                    .retain(|w| !(w.line == d.date_line && w.message.starts_with("no headline before this date")));
                self.report.warnings.push(Warning {
                    line: d.date_line,
                    message: format!("left out a date line with no bulletin under it ({date})"),
                    bulletin: None,
                });
            }
            return;
        }
        let mut warnings = Vec::new();
        let mut warn = |line: usize, message: String| warnings.push(Warning { line, message, bulletin: Some(index) });

        // Sections in the order their headings were last seen.
        if d.heading_seen.windows(2).any(|w| w[0] > w[1]) {
            let mut order: Vec<usize> = (0..d.heading_seen.len()).collect();
            order.sort_by_key(|&i| d.heading_seen[i]);
            let mut sections: Vec<Option<Section>> = d.bulletin.sections.drain(..).map(Some).collect();
            let mut lines: Vec<Option<Vec<usize>>> = d.item_lines.drain(..).map(Some).collect();
            for i in order {
                d.bulletin.sections.extend(sections[i].take());
                d.item_lines.extend(lines[i].take());
            }
        }

        if !d.orphans.is_empty() {
            // A sheet with no heading at all: its text is one untitled section, not a region the
            // sheet never names.
            let mut introduction = false;
            for (line, text) in std::mem::take(&mut d.orphans) {
                let region = {
                    introduction = true;
                    let why = if kind_from_wording(&text) == ItemKind::Info { " with no prayer in it" } else { "" };
                    warn(
                        line,
                        format!(
                            "a paragraph with no heading before it{why}; kept under \u{201c}{INTRODUCTION}\u{201d}"
                        ),
                    );
                    INTRODUCTION.to_owned()
                };
                d.bulletin.sections.push(Section { region, items: Vec::new() });
                d.item_lines.push(Vec::new());
                let (item, sensitive) = item_at_door(&text, self.mark_sensitive);
                if let (Some(s), Some(l)) = (d.bulletin.sections.last_mut(), d.item_lines.last_mut()) {
                    s.items.push(item);
                    l.push(line);
                }
                if let Some(message) = sensitive {
                    warn(line, message);
                }
            }
            merge_same_regions(&mut d.bulletin, &mut d.item_lines);
            if introduction
                && self.settings.region(INTRODUCTION).is_none()
                && self.new_region_names.insert(INTRODUCTION.to_owned())
            {
                self.report.new_regions.push(INTRODUCTION.to_owned());
            }
        }
        if d.date_before_title {
            warn(d.date_line, "took the date line above the headline as the bulletin's date".into());
        }

        // The closing note is the last paragraph when it reads like one; anything after it is a footer.
        let first_line = d.first_line;
        if let (Some(section), Some(lines)) = (d.bulletin.sections.last_mut(), d.item_lines.last_mut())
            && let Some(at) = section.items.iter().rposition(|item| closing_like(&item.text, self.settings))
        {
            for (k, item) in section.items.drain(at + 1..).enumerate() {
                let shown: String = item.text.chars().take(80).collect();
                let line = lines.get(at + 1 + k).copied().unwrap_or(first_line);
                warn(line, format!("left out after the closing note: \u{201c}{shown}\u{201d}"));
            }
            lines.truncate(at);
            d.bulletin.closing = Some(section.items.remove(at).text);
        } else if let (Some(section), Some(lines)) = (d.bulletin.sections.last_mut(), d.item_lines.last_mut())
            && section.items.len() > 1
            && section.items.last().is_some_and(|item| signs_off(&item.text))
        {
            // The sheet's last words thank the reader or bless them: its closing note.
            lines.pop();
            d.bulletin.closing = section.items.pop().map(|item| item.text);
        }

        if d.bulletin.date.is_none() {
            warn(d.first_line, "no date line; imported as undated".into());
        }
        if d.bulletin.verse.as_ref().is_some_and(|v| v.reference.is_empty()) {
            warn(d.first_line, "the verse has no reference".into());
        }
        if at_end {
            match d.bulletin.sections.last() {
                Some(last) if last.items.is_empty() && d.bulletin.closing.is_none() => warn(
                    d.last_heading_line,
                    format!("the text ends on the heading \u{201c}{}\u{201d}; it may be cut off", last.region),
                ),
                Some(last) if d.bulletin.closing.is_none() => {
                    if let Some(item) = last.items.last()
                        && !item.text.trim_end().ends_with(TERMINAL)
                    {
                        warn(d.last_item_line, "the text ends mid-sentence; it may be cut off".into());
                    }
                }
                None => warn(d.first_line, "the bulletin has no regions; the text may be cut off".into()),
                _ => {}
            }
        }
        self.report.bulletins.push(d.bulletin);
        self.report.first_lines.push(first_line);
        self.report.warnings.extend(warnings);
    }
}

/// A paragraph as an item. An exported internal handout writes marks before a paragraph:
/// [`SENSITIVE_MARK`] and [`Item::PERSONAL_MARK_IN_TEXT`], read back as the `sensitive` and
/// `personal` flags; after it a thread's "[Update on …]" or "[Answered …]", which plain text cannot
/// link back, so they are left out rather than taken for the paragraph's words.
fn item_from_text(text: &str) -> Item {
    let mut rest = text;
    let (mut sensitive, mut personal) = (false, false);
    loop {
        if let Some(r) = rest.strip_prefix(SENSITIVE_MARK) {
            sensitive = true;
            rest = r.trim_start();
        } else if let Some(r) = rest.strip_prefix(Item::PERSONAL_MARK_IN_TEXT) {
            personal = true;
            rest = r.trim_start();
        } else {
            break;
        }
    }
    // A thread's note closes the paragraph (looked for only when it ends as a note does: a search
    // from the end of every paragraph was a tenth of the import's time).
    if rest.ends_with(']')
        && let Some(start) = rest.rfind(" [")
        && thread_mark(&rest[start + 1..]).is_some_and(str::is_empty)
    {
        rest = rest[..start].trim_end();
    }
    if rest.is_empty() {
        return Item::from_text(text);
    }
    Item { sensitive, personal, ..Item::from_text(rest) }
}

/// The text after a leading "[Update on DATE]" or "[Answered DATE…]" mark.
fn thread_mark(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('[')?;
    let end = inner.find(']')?;
    let mark = &inner[..end];
    let date_follows = |words: &str| {
        mark.strip_prefix(words).is_some_and(|d| {
            let d = d.split(" (").next().unwrap_or(d);
            parse_date_line(d).is_some() || d == "an undated week"
        })
    };
    (date_follows("Update on ") || date_follows("Answered ")).then(|| &inner[end + 1..])
}

/// A paragraph as it comes in: [`item_from_text`], then marked sensitive when the
/// identifying-details check flags it (public handouts are then safe by default), with the warning
/// that lists it.
fn item_at_door(text: &str, mark: bool) -> (Item, Option<String>) {
    let mut item = item_from_text(text);
    // Every detail the check looks for has a digit or a `*`: most paragraphs are passed over at once.
    if !mark || item.sensitive || !text.bytes().any(|b| b.is_ascii_digit() || b == b'*') {
        return (item, None);
    }
    let details = crate::checks::identifying_details(&item.text);
    if details.is_empty() {
        return (item, None);
    }
    item.sensitive = true;
    let named = details.iter().map(|d| format!("\u{201c}{d}\u{201d}")).collect::<Vec<_>>().join(", ");
    (
        item,
        Some(format!(
            "marked sensitive: {named} could identify a survivor; unmark it in the preview if it may be shared"
        )),
    )
}

/// The words that open a sensitive paragraph in an internal handout.
pub const SENSITIVE_MARK: &str = crate::model::Item::SENSITIVE_MARK_IN_TEXT;

fn merge_same_regions(bulletin: &mut Bulletin, item_lines: &mut Vec<Vec<usize>>) {
    let mut merged: Vec<Section> = Vec::new();
    let mut merged_lines: Vec<Vec<usize>> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let lines = std::mem::take(item_lines);
    for (section, lines) in bulletin.sections.drain(..).zip(lines) {
        match at.get(&section.region) {
            Some(&i) => {
                merged[i].items.extend(section.items);
                merged_lines[i].extend(lines);
            }
            None => {
                at.insert(section.region.clone(), merged.len());
                merged.push(section);
                merged_lines.push(lines);
            }
        }
    }
    bulletin.sections = merged;
    *item_lines = merged_lines;
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_first_word_is_that_of_the_heading_key(text in "(and|AND|[a-zA-Z0-9]{1,6}|[ &:/+#*-]|[éü서])(and|AND|[a-zA-Z0-9]{1,6}|[ &:/+#*-]|[éü서]){0,8}") {
            let key = crate::library::heading_key(&text);
            if let Some(word) = ascii_first_word(&text) {
                proptest::prop_assert_eq!(word.to_ascii_lowercase(), key.split(' ').next().unwrap_or("").to_owned());
            }
        }
    }

    #[test]
    fn region_headings_are_found_and_paragraph_lines_passed_over() {
        let settings = LibrarySettings::default();
        let keys = RegionKeys::new(&settings);
        let mut buffer = String::new();
        for (line, region) in [
            ("AFRICA AND EUROPE:", Some("Africa & Europe")),
            ("and Asia Pacific", Some("Southeast Asia")),
            ("## IJM HQ and Global Partners ##", Some("IJM HQ & Global Partners")),
            ("Latin America is where we work", None),
            ("Continue praying for the children starting school after their rescue in", None),
            ("Ásia Pacific", None),
            ("", None),
        ] {
            assert_eq!(keys.region_for(line, &mut buffer), region, "{line:?}");
        }
    }
}
