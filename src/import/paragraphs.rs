//! Runs of body lines into paragraphs: hard-wrapped lines joined, lines broken on purpose kept
//! apart, Chinese and Japanese joined without spaces.

use super::TERMINAL;
use super::lines::heading_like;
use super::text::Line;

/// How wide the text is hard-wrapped, if it is: the longest line that stops mid-sentence with its
/// paragraph going on in the next line. `None` when no line does.
pub(super) fn wrap_width(lines: &[Line], structural: &[bool]) -> Option<usize> {
    let mut width = None;
    for k in 0..lines.len().saturating_sub(1) {
        let (l, next) = (&lines[k], &lines[k + 1]);
        let evidence = !l.furniture
            && !next.furniture
            && !l.text.is_empty()
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

/// Splits a run of body lines into paragraphs. Lines longer than a mail program wraps at are
/// paragraphs of their own; shorter ones are joined unless the line ended a sentence and the next
/// line's first word would have fitted on it (so the writer broke the line on purpose).
pub(super) fn paragraphs(
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
        let join = k > 0
            && (line.joins || {
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
            });
        match out.last_mut() {
            Some((_, text)) if join => join_line(text, &line.text),
            _ => out.push((line.number, line.text.to_string())),
        }
    }
    out
}

/// One line is in Chinese or Japanese and the other not (a bilingual sheet's two languages).
pub(super) fn script_changes(a: &str, b: &str) -> bool {
    let unspaced = |t: &str| t.chars().find(|c| c.is_alphabetic()).is_some_and(is_unspaced_script);
    unspaced(a) != unspaced(b)
}

/// Appends a wrapped line to the text before it, with the space the wrap took away. A word
/// broken after its hyphen keeps it and gets no space ("decision-makers", "COVID-19"); Chinese and Japanese text, which
/// has no spaces between words, gets none between two of its characters.
pub(super) fn join_line(text: &mut String, line: &str) {
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
pub(super) fn is_unspaced_script(c: char) -> bool {
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

pub(super) fn is_closing_punctuation(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | ',' | '.' | ';' | ':' | '!' | '?')
}

/// Runs of two or more lines with no blank between them, each short and none ending a sentence, under
/// a heading or a label: a list of one item per line (`선교사님들의 건강을 위해` / `현지 교회의 성장을 위해`),
/// not one wrapped paragraph. Each line of such a run is marked as an item of its own.
pub(super) fn list_lines(lines: &mut [Line], structural: &impl Fn(&Line) -> bool) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let item = |l: &Line| {
            !l.text.is_empty()
                && !l.markdown_heading
                && l.chars <= 60
                && !super::outline::ends_sentence(&l.text)
                && !super::outline::starts_lower(&l.text)
                && !super::outline::ends_mid_phrase(&l.text)
                && !structural(l)
        };
        if !opens_at(lines, i) {
            i += 1;
            continue;
        }
        let run = lines[i..].iter().take_while(|l| item(l)).count();
        if run >= 2 && lines.get(i + run).is_none_or(|l| l.text.is_empty() || l.markdown_heading) {
            for l in &mut lines[i..i + run] {
                l.bulleted = true;
                // An item's number is a mark, as a bullet is (`1. 새로 오신 성도들이…`).
                if let Some((rest, false)) = super::text::strip_numbering(&l.text) {
                    let start = l.text.len() - rest.len();
                    l.text = match &l.text {
                        std::borrow::Cow::Borrowed(t) => std::borrow::Cow::Borrowed(&t[start..]),
                        std::borrow::Cow::Owned(t) => std::borrow::Cow::Owned(t[start..].to_owned()),
                    };
                    l.chars = l.text.chars().count();
                }
            }
            found.push((lines[i].number, run));
            i += run;
        } else {
            i += 1;
        }
    }
    found
}

/// Whether a list may start at `lines[i]`: right under a heading or a label.
fn opens_at(lines: &[Line], i: usize) -> bool {
    // The line above, or above a blank line under it.
    let above = match i.checked_sub(1).map(|p| &lines[p]) {
        Some(l) if l.text.is_empty() => i.checked_sub(2).map(|p| &lines[p]).filter(|_| !lines[i].text.is_empty()),
        other => other,
    };
    above.is_some_and(|l| l.markdown_heading || l.text.ends_with([':', '\u{ff1a}']))
}
