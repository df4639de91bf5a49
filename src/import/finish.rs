//! The end of a bulletin: sections in order, paragraphs before any heading, the closing note and what
//! follows it, the warnings about what is missing; and a paragraph as an item at the door.

use super::assemble::{Assembler, Draft};
use std::collections::HashMap;

use super::{INTRODUCTION, TERMINAL, Warning, parse_date_line};
use crate::library::LibrarySettings;
use crate::model::{Bulletin, Item, ItemKind, Section, kind_from_wording};

impl Assembler<'_> {
    pub(super) fn finish(&mut self, at_end: bool) {
        let Some(mut d) = self.current.take() else { return };
        if self.nothing_under_the_date(&d) {
            return;
        }
        let index = self.report.bulletins.len();
        let mut warnings = Notes { index, warnings: Vec::new() };
        if !d.orphans.is_empty() {
            self.untitled_section(&mut d, &mut warnings);
        }
        if d.date_before_title {
            warnings.say(d.date_line, "took the date line above the headline as the bulletin's date".into());
        }
        closing_note(&mut d, self.settings, &mut warnings);
        missing(&d, at_end, &mut warnings);
        self.report.bulletins.push(d.bulletin);
        self.report.first_lines.push(d.first_line);
        self.report.warnings.extend(warnings.warnings);
    }

    /// Only a date line, with nothing under it (a blog post's date, say): no bulletin, and the date
    /// line is said to be left out.
    fn nothing_under_the_date(&mut self, d: &Draft) -> bool {
        let b = &d.bulletin;
        let empty = b.title.is_empty()
            && b.verse.is_none()
            && b.sections.is_empty()
            && b.closing.is_none()
            && d.orphans.is_empty();
        if empty && let Some(date) = b.date {
            self.report
                .warnings
                .retain(|w| !(w.line == d.date_line && w.message.starts_with("no headline before this date")));
            self.report.warnings.push(Warning {
                line: d.date_line,
                message: format!("left out a date line with no bulletin under it ({date})"),
                bulletin: None,
            });
        }
        empty
    }

    /// A sheet with no heading at all: its text is one untitled section, not a region the sheet
    /// never names.
    fn untitled_section(&mut self, d: &mut Draft, warnings: &mut Notes) {
        for (line, text) in std::mem::take(&mut d.orphans) {
            let why = if kind_from_wording(&text) == ItemKind::Info { " with no prayer in it" } else { "" };
            warnings.say(
                line,
                format!("a paragraph with no heading before it{why}; kept under \u{201c}{INTRODUCTION}\u{201d}"),
            );
            d.bulletin.sections.push(Section { region: INTRODUCTION.to_owned(), items: Vec::new() });
            d.item_lines.push(Vec::new());
            let (item, sensitive) = item_at_door(&text, self.mark_sensitive);
            if let (Some(s), Some(l)) = (d.bulletin.sections.last_mut(), d.item_lines.last_mut()) {
                s.items.push(item);
                l.push(line);
            }
            d.last_item_line = line;
            if let Some(message) = sensitive {
                warnings.say(line, message);
            }
        }
        merge_same_regions(&mut d.bulletin, &mut d.item_lines);
        if self.settings.region(INTRODUCTION).is_none() && self.new_region_names.insert(INTRODUCTION.to_owned()) {
            self.report.new_regions.push(INTRODUCTION.to_owned());
        }
    }
}

/// The warnings about one bulletin, gathered as it is finished.
struct Notes {
    index: usize,
    warnings: Vec<Warning>,
}

impl Notes {
    fn say(&mut self, line: usize, message: String) {
        self.warnings.push(Warning { line, message, bulletin: Some(self.index) });
    }
}

/// The closing note is the last paragraph when it reads like one (anything after it is a footer,
/// said to be left out), or the sheet's last words when they thank or bless the reader.
fn closing_note(d: &mut Draft, settings: &LibrarySettings, warnings: &mut Notes) {
    let first_line = d.first_line;
    if let (Some(section), Some(lines)) = (d.bulletin.sections.last_mut(), d.item_lines.last_mut())
        && let Some(at) = section.items.iter().rposition(|item| closing_like(&item.text, settings))
    {
        for (k, item) in section.items.drain(at + 1..).enumerate() {
            let shown: String = item.text.chars().take(80).collect();
            let line = lines.get(at + 1 + k).copied().unwrap_or(first_line);
            warnings.say(line, format!("left out after the closing note: \u{201c}{shown}\u{201d}"));
        }
        lines.truncate(at);
        d.bulletin.closing = Some(section.items.remove(at).text);
    } else if let (Some(section), Some(lines)) = (d.bulletin.sections.last_mut(), d.item_lines.last_mut())
        && section.items.len() > 1
        && section.items.last().is_some_and(|item| signs_off(&item.text))
    {
        lines.pop();
        d.bulletin.closing = section.items.pop().map(|item| item.text);
    }
}

/// What a bulletin lacks, said: a date, a verse's reference, and at the end of the text, what may
/// have been cut off.
fn missing(d: &Draft, at_end: bool, warnings: &mut Notes) {
    if d.bulletin.date.is_none() {
        warnings.say(d.first_line, super::UNDATED.into());
    }
    if d.bulletin.verse.as_ref().is_some_and(|v| v.reference.is_empty()) {
        warnings.say(d.first_line, "the verse has no reference".into());
    }
    if !at_end {
        return;
    }
    match d.bulletin.sections.last() {
        Some(last) if last.items.is_empty() && d.bulletin.closing.is_none() => warnings.say(
            d.last_heading_line,
            format!("the text ends on the heading \u{201c}{}\u{201d}; it may be cut off", last.region),
        ),
        Some(last) if d.bulletin.closing.is_none() => {
            if let Some(item) = last.items.last()
                && !item.text.trim_end().ends_with(TERMINAL)
            {
                warnings.say(d.last_item_line, "the text ends mid-sentence; it may be cut off".into());
            }
        }
        None => warnings.say(d.first_line, "the bulletin has no regions; the text may be cut off".into()),
        _ => {}
    }
}

pub(super) fn is_footer(text: &str) -> bool {
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
pub(super) fn signs_off(text: &str) -> bool {
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

pub(super) fn closing_like(text: &str, settings: &LibrarySettings) -> bool {
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

/// A paragraph as an item. An exported internal handout writes marks before a paragraph:
/// [`SENSITIVE_MARK`] and [`Item::PERSONAL_MARK_IN_TEXT`], read back as the `sensitive` and
/// `personal` flags; after it a thread's "[Update on …]" or "[Answered …]", which plain text cannot
/// link back, so they are left out rather than taken for the paragraph's words.
pub(super) fn item_from_text(text: &str) -> Item {
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
pub(super) fn thread_mark(text: &str) -> Option<&str> {
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
pub(super) fn item_at_door(text: &str, mark: bool) -> (Item, Option<String>) {
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

pub(super) fn merge_same_regions(bulletin: &mut Bulletin, item_lines: &mut Vec<Vec<usize>>) {
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
