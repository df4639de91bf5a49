//! What each line of a text became, for the preview that shows the text beside the reading: the
//! headline, a date, the verse, a heading, a paragraph or one item of a list, part of the paragraph
//! above, the closing note, or left out.

use super::text::Line;
use super::{ImportReport, Unit, UnitKind};

/// What a line became.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Became {
    /// A blank line.
    Blank,
    /// A bulletin's headline.
    Headline,
    /// A bulletin's date.
    Date,
    /// The verse (or a line of it).
    Verse,
    /// The verse's reference.
    Reference,
    /// A heading of a section.
    Heading,
    /// The first line of a paragraph.
    Paragraph,
    /// One item of a list, a line each.
    Item,
    /// Part of the paragraph above.
    Joined,
    /// The closing note.
    Closing,
    /// Left out (named in the report).
    LeftOut,
}

impl Became {
    /// The words the preview shows.
    pub fn label(self) -> String {
        match self {
            Became::Blank => String::new(),
            Became::Headline => crate::tr!("became-headline"),
            Became::Date => crate::tr!("became-date"),
            Became::Verse => crate::tr!("became-verse"),
            Became::Reference => crate::tr!("became-reference"),
            Became::Heading => crate::tr!("became-heading"),
            Became::Paragraph => crate::tr!("became-paragraph"),
            Became::Item => crate::tr!("became-item"),
            Became::Joined => crate::tr!("became-joined"),
            Became::Closing => crate::tr!("became-closing"),
            Became::LeftOut => crate::tr!("became-left-out"),
        }
    }
}

/// One line of the text read, and what it became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineReading {
    /// 1-based line number.
    pub line: usize,
    /// The line as the text has it (trimmed).
    pub text: String,
    /// What it became.
    pub became: Became,
}

/// What each of `lines` became, from the units read and the bulletins made of them.
pub(super) fn of(lines: &[Line], units: &[Unit], report: &ImportReport) -> Vec<LineReading> {
    let mut became: Vec<Option<Became>> = vec![None; lines.len()];
    for unit in units {
        let Some(slot) = unit.line.checked_sub(1).and_then(|i| became.get_mut(i)) else { continue };
        if slot.is_some() {
            continue;
        }
        let bulleted = lines.get(unit.line - 1).is_some_and(|l| l.bulleted);
        *slot = Some(match &unit.kind {
            UnitKind::Date(_) => Became::Date,
            UnitKind::Verse { .. } => Became::Verse,
            UnitKind::Reference(_) => Became::Reference,
            UnitKind::Heading { .. } => Became::Heading,
            UnitKind::Paragraph(_) | UnitKind::Note(_) if bulleted => Became::Item,
            UnitKind::Paragraph(_) | UnitKind::Note(_) => Became::Paragraph,
            UnitKind::Headline(_) | UnitKind::Issue(_) => Became::Headline,
            UnitKind::Stray(..) => Became::LeftOut,
        });
    }
    // What the bulletins and the report say settles the rest: headlines taken from paragraphs, the
    // closing note, paragraphs left out after it.
    let left_out = |n: usize| report.warnings.iter().any(|w| w.line == n && w.message.starts_with("left out"));
    let mut readings = Vec::with_capacity(lines.len());
    let mut previous = Became::Blank;
    for (l, slot) in lines.iter().zip(became) {
        let text = l.text.trim();
        let b = if text.is_empty() {
            Became::Blank
        } else if l.furniture || left_out(l.number) {
            Became::LeftOut
        } else if report.first_lines.contains(&l.number) && report.bulletins.iter().any(|b| b.title == text) {
            Became::Headline
        } else if report.bulletins.iter().any(|b| b.closing.as_deref().is_some_and(|c| c.starts_with(text))) {
            Became::Closing
        } else {
            slot.unwrap_or(match previous {
                Became::Blank | Became::LeftOut => Became::Paragraph,
                _ => Became::Joined,
            })
        };
        previous = b;
        readings.push(LineReading { line: l.number, text: l.source.to_owned(), became: b });
    }
    readings
}

/// A line's words for finding it in the reading: letters and digits in lower case, without a
/// leading list mark (`1.`, `•`, `2-`).
fn words_of(text: &str) -> String {
    let text = text.trim();
    let first_letter = text.find(char::is_alphabetic).unwrap_or(text.len());
    let text = if first_letter <= 6 { &text[first_letter..] } else { text };
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The place in `bulletin` that a line of the text became part of: the headline, the verse, a
/// paragraph or the closing note. Headings, blank lines and lines left out have none.
pub fn counterpart(bulletin: &crate::model::Bulletin, reading: &LineReading) -> Option<crate::search::Place> {
    use crate::search::Place;
    if matches!(reading.became, Became::Blank | Became::LeftOut | Became::Heading | Became::Date) {
        return None;
    }
    let words = words_of(&reading.text);
    if words.chars().count() < 2 {
        return None;
    }
    let has = |text: &str| words_of(text).contains(&words);
    if reading.became == Became::Headline && has(&bulletin.title) {
        return Some(Place::Title);
    }
    if let Some(verse) = &bulletin.verse
        && (has(&verse.text) || has(&verse.reference))
        && matches!(reading.became, Became::Verse | Became::Reference | Became::Joined)
    {
        return Some(Place::Verse);
    }
    for (section, s) in bulletin.sections.iter().enumerate() {
        if let Some(item) = s.items.iter().position(|i| has(&i.text)) {
            return Some(Place::Item(crate::model::Spot::new(section, item)));
        }
    }
    bulletin.closing.as_deref().is_some_and(has).then_some(Place::Closing)
}

/// The first line of `readings` (within `lines`, the bulletin's) whose counterpart is `place`.
pub fn line_of(
    bulletin: &crate::model::Bulletin,
    readings: &[LineReading],
    lines: std::ops::Range<usize>,
    place: &crate::search::Place,
) -> Option<usize> {
    readings
        .iter()
        .filter(|r| lines.contains(&r.line))
        .find(|r| counterpart(bulletin, r).as_ref() == Some(place))
        .map(|r| r.line)
}
