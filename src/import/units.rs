//! The line-reading stage: cleaned lines, with the outline's headings marked, become units (dates,
//! verses, references, headings, paragraphs, lines left out), each with its line number.

use super::lines::{heading_like, is_image_name, mostly_capitalised};
use super::paragraphs::{join_line, paragraphs, wrap_width};
use super::text::Line;
use super::{CUT_HEADING_REASON, IMAGE_REASON, TERMINAL, Unit, UnitKind, dates, parse_date_line, shapes, verse, words};
use crate::library::LibrarySettings;

/// What the line-reading pass found: the units, and notes about lines it read in a particular way.
pub(super) struct Units {
    pub(super) units: Vec<Unit>,
    pub(super) notes: Vec<(usize, String)>,
}

/// `region_of` and `structural` say what each line is, worked out once: the loop below looks at
/// lines before and after the current one too.
pub(super) fn units(
    lines: &[Line],
    settings: &LibrarySettings,
    region_of: &[Option<&str>],
    structural: &[bool],
) -> Units {
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

/// A daily list names a people group, then its place, then a paragraph: two headings with nothing
/// between. The first is no region of its own: it becomes the first paragraph under the second.
pub(super) fn people_before_places(units: &mut [Unit], outlined: impl Fn(usize) -> bool) {
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

/// A verse under a label at `lines[i]`: `Verse: “…” – Ref`, or the label alone on its line with the
/// verse on the lines under it (up to a blank line), its reference at its end or on the next line.
pub(super) fn labelled_verse(lines: &[Line], i: usize) -> Option<(UnitKind, usize)> {
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
pub(super) fn gather_verse(lines: &[Line], i: usize) -> Option<(UnitKind, usize)> {
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
