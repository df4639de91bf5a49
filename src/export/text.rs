//! The printable plain-text handout. The importer reads it back to the same bulletin.

use super::{Audience, Prepared};
use crate::model::Bulletin;

/// How to write plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextOptions {
    /// Wrap paragraphs at this many columns.
    pub width: usize,
    /// Plain quotes, dashes and dots for old printers and mail systems.
    pub ascii: bool,
    /// Internal or public.
    pub audience: Audience,
}

impl Default for TextOptions {
    fn default() -> Self {
        Self { width: 72, ascii: false, audience: Audience::Internal }
    }
}

/// Writes bulletins as printable text for `options.audience`, each starting on a new page (a form
/// feed between them).
pub fn to_text(bulletins: &[&Bulletin], options: TextOptions) -> String {
    let context = super::Context::default();
    write(&Prepared::new(bulletins, options.audience, &context), options.width, options.ascii)
}

/// Writes prepared bulletins as printable text, each starting on a new page.
pub(super) fn write(prepared: &Prepared<'_>, width: usize, ascii: bool) -> String {
    write_bulletins(prepared, width, ascii, true)
}

/// The bulletins as printable text, each with its closing note when `closing` is set.
pub(super) fn write_bulletins(prepared: &Prepared<'_>, width: usize, ascii: bool, closing: bool) -> String {
    let mut out = String::new();
    for (i, bulletin) in prepared.bulletins().iter().enumerate() {
        if i > 0 {
            out.push_str("\n\u{0c}\n");
        }
        write_one(&mut out, bulletin, prepared, width, closing);
    }
    if ascii { to_ascii(&out) } else { out }
}

fn write_one(out: &mut String, bulletin: &Bulletin, prepared: &Prepared<'_>, width: usize, closing: bool) {
    let width = width.max(20);
    title(out, super::plan::headline(bulletin), width);
    if bulletin.date.is_some() {
        out.push_str(&bulletin.long_date());
        out.push_str("\n\n");
    }
    if let Some(verse) = &bulletin.verse {
        verse_block(out, verse, width);
    }
    for section in &bulletin.sections {
        heading(out, &section.region, width);
        for item in &section.items {
            fill_into(out, &marked(&prepared.marks(item), &item.text), width);
            out.push_str("\n\n");
        }
    }
    if closing && let Some(closing) = &bulletin.closing {
        fill_into(out, closing, width);
        out.push('\n');
    }
}

/// A headline: wrapped at the width, underlined with `=` and followed by a blank line.
pub(super) fn title(out: &mut String, words: &str, width: usize) {
    fill_into(out, words, width);
    underline(out, words, '=', width);
}

/// A heading (a region, a day) on a line of its own, never wrapped, so the importer reads it back
/// whole; underlined with `-` and followed by a blank line.
pub(super) fn heading(out: &mut String, words: &str, width: usize) {
    out.push_str(words);
    underline(out, words, '-', width);
}

/// A line of `rule` under `words`, as long as they are (at most the width), and a blank line.
fn underline(out: &mut String, words: &str, rule: char, width: usize) {
    out.push('\n');
    out.extend(std::iter::repeat_n(rule, words.chars().count().min(width)));
    out.push_str("\n\n");
}

/// The verse, quoted and indented, its reference under it after a dash, and a blank line.
pub(super) fn verse_block(out: &mut String, verse: &crate::model::Verse, width: usize) {
    let mut filled = String::new();
    fill_into(&mut filled, &format!("\u{201c}{}\u{201d}", verse.text), width.saturating_sub(4).max(16));
    out.push_str(&textwrap::indent(&filled, "    "));
    if !out.ends_with('\n') {
        out.push('\n');
    }
    if !verse.reference.is_empty() {
        out.push_str(&format!("    \u{2013} {}\n", verse.reference));
    }
    out.push('\n');
}

/// A paragraph with its marks as plain text writes them: flags before the words, where the importer
/// reads them back; the story's note after them, so that wrapping never leaves it alone on a line
/// above the paragraph's first word.
pub(super) fn marked(marks: &[super::Mark<'_>], text: &str) -> String {
    let mut paragraph = String::new();
    for mark in marks.iter().filter(|m| !matches!(m, super::Mark::Thread(_))) {
        paragraph.push_str(&mark.in_text());
        paragraph.push(' ');
    }
    paragraph.push_str(text);
    for note in marks.iter().filter(|m| matches!(m, super::Mark::Thread(_))) {
        paragraph.push(' ');
        paragraph.push_str(&note.in_text());
    }
    paragraph
}

/// Appends `text` wrapped at `width` columns, exactly as `textwrap::fill` does with first-fit
/// wrapping, words separated by ASCII spaces, breaks after hyphens inside words and no words broken
/// (a test holds the two to the same output). Written out because the handout of every week wraps
/// megabytes of text, and textwrap's general path (a boxed word iterator, a vector of words per
/// line) made export slower than the benchmark's 50 MB/s; this one walks each line once.
pub(super) fn fill_into(out: &mut String, text: &str, width: usize) {
    if text.len() < width && !text.contains('\n') {
        out.push_str(text.trim_end_matches(' '));
        return;
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.len() < width {
            out.push_str(line.trim_end_matches(' '));
        } else {
            wrap_line(out, line, width);
        }
    }
}

/// One line of `fill_into`: pieces are the words (runs up to the next space, with the spaces after
/// them), split after hyphens between letters or digits; a piece goes on the current line when the
/// line's width so far plus the piece fits, else it starts the next one.
fn wrap_line(out: &mut String, line: &str, width: usize) {
    let bytes = line.as_bytes();
    let mut line_start = 0;
    let mut line_end = 0;
    let mut line_width = 0;
    let mut any = false;
    let mut first = true;
    let mut place = |start: usize, end: usize, spaces: usize, out: &mut String| {
        let piece = display_width(&line[start..end]);
        if any && line_width + piece > width {
            if !first {
                out.push('\n');
            }
            out.push_str(&line[line_start..line_end]);
            first = false;
            line_start = start;
            line_width = 0;
        }
        any = true;
        line_width += piece + spaces;
        line_end = end;
    };
    let mut word_start = 0;
    while word_start < bytes.len() {
        // A word: up to the first space after a non-space run, then the spaces after it.
        let mut end = word_start;
        while end < bytes.len() && bytes[end] != b' ' {
            end += 1;
        }
        let mut next = end;
        while next < bytes.len() && bytes[next] == b' ' {
            next += 1;
        }
        let word = &line[word_start..end];
        let mut piece_start = word_start;
        for (at, _) in word.match_indices('-') {
            let before = word[..at].chars().next_back().is_some_and(char::is_alphanumeric);
            let after = word[at + 1..].chars().next().is_some_and(char::is_alphanumeric);
            if before && after {
                place(piece_start, word_start + at + 1, 0, out);
                piece_start = word_start + at + 1;
            }
        }
        place(piece_start, end, next - end, out);
        word_start = next;
    }
    if !first {
        out.push('\n');
    }
    out.push_str(&line[line_start..line_end]);
}

/// Columns `text` takes: its length for printable ASCII, else as textwrap counts them (wide
/// characters two columns, escape sequences none).
fn display_width(text: &str) -> usize {
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) { text.len() } else { textwrap::core::display_width(text) }
}

/// Replaces typographic punctuation with plain ASCII and accented letters with their base letter.
pub fn to_ascii(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => out.push('"'),
            '\u{2013}' | '\u{2012}' => out.push('-'),
            '\u{2014}' | '\u{2015}' => out.push_str("--"),
            '\u{2026}' => out.push_str("..."),
            '\u{a0}' => out.push(' '),
            c if c.is_ascii() => out.push(c),
            c => {
                let base: String =
                    c.to_string().nfkd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect();
                if base.is_ascii() && !base.is_empty() { out.push_str(&base) } else { out.push(c) }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn textwrap_fill(text: &str, width: usize) -> String {
        textwrap::fill(
            text,
            textwrap::Options::new(width)
                .break_words(false)
                .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
                .word_separator(textwrap::WordSeparator::AsciiSpace),
        )
    }

    fn fill(text: &str, width: usize) -> String {
        let mut out = String::new();
        fill_into(&mut out, text, width);
        out
    }

    #[test]
    fn wraps_as_textwrap_does() {
        for text in [
            "",
            "   ",
            "  Pray for the decision-makers in Nairobi and for the COVID-19 recovery teams, who work long hours.",
            "A very-long-hyphenated-compound-word-that-goes-past-the-edge and --dashes-- here - there",
            "Seoul (서울) 팀을 위해 기도해 주세요 and the office in 上海 where the partners meet every week",
            "Ends with spaces      \nand a second line that is long enough to wrap at twenty columns   ",
            "Supercalifragilisticexpialidocious-and-more words",
            "\u{1b}[1mbold\u{1b}[0m text with escapes that is long enough to wrap somewhere",
        ] {
            for width in [1, 5, 16, 20, 33, 72] {
                assert_eq!(fill(text, width), textwrap_fill(text, width), "{text:?} at {width}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn wraps_as_textwrap_does_for_any_text(
            text in "([a-z]{1,12}|[ ]{1,3}|-|[éü서上]|\n|\t|[A-Z0-9]{1,5}){0,40}",
            width in 1usize..40,
        ) {
            proptest::prop_assert_eq!(fill(&text, width), textwrap_fill(&text, width));
        }
    }
}
