//! Turning bytes as pasted or saved by mail programs, web pages and word processors into clean lines.

use std::borrow::Cow;

/// Text decoded from bytes, and how.
#[derive(Debug)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Set when the bytes were not UTF-8 and were read as Windows-1252.
    pub was_windows_1252: bool,
}

/// Decodes bytes as UTF-8 (dropping a byte-order mark), or as Windows-1252 when they are not UTF-8,
/// as older Word and mail exports write.
pub fn decode(bytes: &[u8]) -> Decoded {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded { text: text.to_owned(), was_windows_1252: false },
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Decoded { text: text.into_owned(), was_windows_1252: true }
        }
    }
}

/// One source line after clean-up, with its 1-based number in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number in the source text.
    pub number: usize,
    /// The text, trimmed, with bullets, table bars and Markdown marks removed: a piece of the source
    /// when nothing had to be replaced in it (most lines), so lines are not copied.
    pub text: Cow<'a, str>,
    /// How many characters `text` has (asked often when joining wrapped lines).
    pub chars: usize,
    /// The line began with a bullet, so it starts a paragraph of its own.
    pub bulleted: bool,
    /// The line was a Markdown heading (`## Region`).
    pub markdown_heading: bool,
    /// The line was a Markdown block quote (`> verse`).
    pub quoted: bool,
    /// The outline stage took the line for the sheet's headline.
    pub headline: bool,
    /// The outline stage took the line for a page's furniture (a skip link, a byline, a share prompt).
    pub furniture: bool,
    /// The outline stage took the line for the title of a bulletin of its own (a page that lists
    /// several sheets).
    pub issue: bool,
    /// A person marked the line as text, never a heading.
    pub body: bool,
    /// The line goes on the paragraph above it (as taught or marked).
    pub joins: bool,
    /// The line as the source has it, trimmed, with the bullets and numbers cleaning removed (the
    /// outline stage reads a line's form from them).
    pub source: &'a str,
}

/// Splits text into cleaned lines. Blank lines (and lines that are only decoration: table bars,
/// rules, underlines, form feeds) come back with empty text so paragraph breaks are kept.
pub fn clean_lines(text: &str) -> Vec<Line<'_>> {
    // A long text is cut where a blank line starts (what a line is depends only on the line before
    // it, and a blank line depends on none) and its parts cleaned on all cores.
    // Each cut is a line break: the parts are the text between them.
    let cuts: Vec<usize> = blank_line_cuts(text);
    let parts: Vec<(usize, usize)> =
        std::iter::once(0).chain(cuts.iter().map(|c| c + 1)).zip(cuts.iter().copied().chain([text.len()])).collect();
    if parts.len() == 1 {
        return clean_part(text, 0);
    }
    let cleaned = super::parallel::each(&parts, |&(start, end)| clean_part(&text[start..end], 0));
    let mut lines = Vec::with_capacity(cleaned.iter().map(Vec::len).sum());
    for part in cleaned {
        let before = lines.len();
        lines.extend(part.into_iter().map(|mut l: Line<'_>| {
            l.number += before;
            l
        }));
    }
    lines
}

/// Where to cut a long text into parts for as many cores: at the first `\n\n` after each even share
/// (the first line break of it), so that each later part starts with a blank line. A short text is
/// not cut.
fn blank_line_cuts(text: &str) -> Vec<usize> {
    let n = super::parallel::parts(text.len() / 32);
    let mut cuts: Vec<usize> = Vec::new();
    for k in 1..n {
        let from = (k * text.len() / n).max(cuts.last().map_or(0, |&c| c + 2));
        if let Some(at) = text.as_bytes().get(from..).and_then(|rest| memchr::memmem::find(rest, b"\n\n")) {
            cuts.push(from + at);
        }
    }
    cuts.dedup();
    cuts
}

/// The lines of one part of a text, numbered from `before + 1`.
fn clean_part(text: &str, before: usize) -> Vec<Line<'_>> {
    // A number opens an item only after a line that ended (`17. Pray…` after a line stopping
    // mid-sentence is a wrapped date, not item 17).
    let mut after_open_line = false;
    text.split('\n')
        .enumerate()
        .map(|(i, raw)| {
            let line = clean_line(before + i + 1, raw, !after_open_line);
            after_open_line = !line.text.is_empty()
                && !line.text.ends_with(super::TERMINAL)
                && !line.markdown_heading
                && !super::lines::heading_like(&line.text, line.chars);
            line
        })
        .collect()
}

fn clean_line(number: usize, raw: &str, numbering: bool) -> Line<'_> {
    // Most lines are printable ASCII, or have only printable letters and punctuation beyond it
    // (curly quotes, dashes, accents), and need no character-by-character clean-up.
    let dropped = |c: char| matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\r');
    let spaced = |c: char| matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}') || c.is_control();
    let ascii = raw.bytes().all(|b| (b' '..=b'~').contains(&b));
    let plain = ascii || !raw.chars().any(|c| dropped(c) || spaced(c));
    let cleaned: Cow<'_, str> = if plain {
        Cow::Borrowed(raw)
    } else {
        raw.chars()
            .filter(|c| !dropped(*c))
            .map(|c| match c {
                '\u{a0}' | '\u{2007}' | '\u{202f}' | '\t' | '\u{0c}' | '\u{0b}' => ' ',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect::<String>()
            .into()
    };
    let mut line = Line {
        number,
        text: Cow::Borrowed(""),
        chars: 0,
        bulleted: false,
        markdown_heading: false,
        quoted: false,
        headline: false,
        furniture: false,
        issue: false,
        body: false,
        joins: false,
        source: raw.trim(),
    };

    // Table leftovers: bars at either end of the line.
    let mut t = cleaned.trim();
    loop {
        let before = t;
        t = t.trim_start_matches('|').trim_end_matches('|').trim();
        // Trimming only shortens: the same length is the same slice (no need to compare text).
        if t.len() == before.len() {
            break;
        }
    }
    if t.chars().all(|c| matches!(c, '|' | '-' | '+' | ':' | '=' | '_' | '*' | '~' | '#' | '—' | '–' | ' ')) {
        return line;
    }
    let t = strip_marks(t, numbering, &mut line);
    let t = t.trim();
    line.chars = if ascii { t.len() } else { t.chars().count() };
    line.text = match &cleaned {
        // A piece of the source line: borrowed from the source text, not copied.
        Cow::Borrowed(_) => {
            let start = t.as_ptr() as usize - raw.as_ptr() as usize;
            Cow::Borrowed(&raw[start..start + t.len()])
        }
        Cow::Owned(_) => Cow::Owned(t.to_owned()),
    };
    line
}

/// The line's text without the marks that say what it is, which are noted on `line` instead:
/// a Markdown heading's `#`, a quote's `>`, emphasis, a bullet, an item's or a section's number.
fn strip_marks<'a>(mut t: &'a str, numbering: bool, line: &mut Line<'_>) -> &'a str {
    if let Some(rest) = strip_markdown_heading(t) {
        line.markdown_heading = true;
        t = rest;
    }
    while let Some(rest) = t.strip_prefix('>') {
        line.quoted = true;
        t = rest.trim_start();
    }
    t = strip_emphasis(t);
    // Bullets; a hyphen before a Bible reference is the reference's dash, not a bullet.
    for bullet in ["\u{2022} ", "\u{b7} ", "* ", "- ", "\u{25e6} ", "\u{25aa} "] {
        if let Some(rest) = t.strip_prefix(bullet) {
            if bullet == "- " && super::verse::reference_after_dash(t).is_some() {
                break;
            }
            line.bulleted = true;
            t = rest.trim_start();
            break;
        }
    }
    if !line.bulleted
        && let Some((rest, heading)) = strip_numbering(t)
        && (numbering || heading)
        // `07. - 13. März 2026` is a date, not item 7.
        && super::parse_date_line(t).is_none()
    {
        // `一、泰國` numbers a section of a Chinese sheet; `1.` and `(2)` number items.
        if heading && rest.chars().count() <= 40 {
            line.markdown_heading = true;
        } else {
            line.bulleted = true;
        }
        t = rest;
    }
    t
}

/// The text after an item or section number (`1. `, `2) `, `(3) `, `１．`, `一、`), and whether the
/// number is a Chinese numeral (a section, in Chinese sheets).
pub(super) fn strip_numbering(t: &str) -> Option<(&str, bool)> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &t[digits..];
        for mark in [". ", ") "] {
            if let Some(after) = rest.strip_prefix(mark) {
                return Some((after.trim_start(), false));
            }
        }
        if let Some(after) = rest.strip_prefix('\u{ff0e}').or_else(|| rest.strip_prefix('\u{3001}')) {
            return Some((after.trim_start(), false));
        }
    }
    if let Some(inner) = t.strip_prefix('(')
        && let Some((n, after)) = inner.split_once(") ")
        && (1..=2).contains(&n.len())
        && n.bytes().all(|b| b.is_ascii_digit())
    {
        return Some((after.trim_start(), false));
    }
    let numeral = t.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).map(char::len_utf8).sum::<usize>();
    if numeral > 0 {
        let rest = &t[numeral..];
        if let Some(after) = rest.strip_prefix(['\u{3001}', '\u{ff0e}', '.']) {
            return Some((after.trim_start(), true));
        }
    }
    // Full-width digits: `１．`.
    let wide = t.chars().take_while(|c| ('\u{ff10}'..='\u{ff19}').contains(c)).map(char::len_utf8).sum::<usize>();
    if wide > 0
        && let Some(after) = t[wide..].strip_prefix(['\u{ff0e}', '\u{3001}'])
    {
        return Some((after.trim_start(), false));
    }
    None
}

fn strip_markdown_heading(t: &str) -> Option<&str> {
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
        Some(t[hashes..].trim().trim_end_matches('#').trim())
    } else {
        None
    }
}

/// Removes Markdown bold and italic marks that wrap the whole line or words (`**Asia**`, `__x__`).
fn strip_emphasis(text: &str) -> &str {
    let mut t = text;
    for mark in ["**", "__"] {
        if t.len() > 4 && t.starts_with(mark) && t.ends_with(mark) {
            t = &t[2..t.len() - 2];
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_cleaned_in_parts_is_the_text_cleaned_whole() {
        let block = "Heading\n\n1. First item that ends.\n2. Pray for the\n17. wrapped line\n\u{a0}Café | table |\n\n";
        let text = block.repeat(super::super::parallel::PARALLEL_FROM * 40 / block.len() + 1);
        assert!(blank_line_cuts(&text).len() + 1 == super::super::parallel::parts(text.len() / 32));
        let key = |l: &Line| (l.number, l.text.to_string(), l.bulleted, l.markdown_heading, l.quoted, l.chars);
        let whole: Vec<_> = clean_part(&text, 0).iter().map(key).collect();
        let parts: Vec<_> = clean_lines(&text).iter().map(key).collect();
        assert_eq!(parts, whole);
    }

    #[test]
    fn bom_and_windows_1252() {
        let d = decode(b"\xEF\xBB\xBFHello");
        assert_eq!(d.text, "Hello");
        assert!(!d.was_windows_1252);
        let d = decode(b"\x93Go in peace\x94 \x96 James 2:16 caf\xe9");
        assert_eq!(d.text, "\u{201c}Go in peace\u{201d} \u{2013} James 2:16 café");
        assert!(d.was_windows_1252);
    }

    #[test]
    fn decoration_bullets_and_markdown_are_removed() {
        let lines = clean_lines("| |\r\n## South Asia\n> \"Verse\"\n• Pray for rain. |\n- Job 5:11\n-----\n**Bold**");
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts, ["", "South Asia", "\"Verse\"", "Pray for rain.", "- Job 5:11", "", "Bold"]);
        assert!(lines[1].markdown_heading);
        assert!(lines[2].quoted);
        assert!(lines[3].bulleted);
        assert!(!lines[4].bulleted);
    }

    #[test]
    fn numbered_items_and_chinese_sections() {
        let lines =
            clean_lines("1. Pray.\n(2) Praise.\n一、泰國 Thailand\n１．請為\n1 John 3:18\n2024-05-12\n12) Pray.");
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts, ["Pray.", "Praise.", "泰國 Thailand", "請為", "1 John 3:18", "2024-05-12", "Pray."]);
        let bulleted: Vec<bool> = lines.iter().map(|l| l.bulleted).collect();
        assert_eq!(bulleted, [true, true, false, true, false, false, true]);
        assert!(lines[2].markdown_heading);
    }

    proptest::proptest! {
        #[test]
        fn each_line_knows_its_length_in_characters(text in "([a-z|#>*• -]{0,12}|[éü서]|\u{a0}|\t|\r|\n|\u{200b}){0,30}") {
            for line in clean_lines(&text) {
                proptest::prop_assert_eq!(line.chars, line.text.chars().count(), "{:?}", line.text);
            }
        }
    }
}
