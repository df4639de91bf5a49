//! Verses that run over lines: one under a label (`Verse:`, `Versículo:`, `본문:`), and one in
//! quotation marks over several lines, each with its reference.

use super::paragraphs::join_line;
use super::text::Line;
use super::{UnitKind, verse, words};

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
    // `Verset : Psaumes 34:18 «Quand les justes crient…»`: the reference first.
    if let Some((reference, quoted)) = verse::reference_then_verse(&text) {
        return Some((UnitKind::Verse { text: quoted, reference: Some(reference), labelled: true }, j));
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
