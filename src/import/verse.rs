//! Recognising a quoted verse and its Bible reference.

const OPEN_QUOTES: &[char] = &['"', '\u{201c}', '\u{201e}', '\u{ab}', '\'', '\u{2018}', '\u{300c}', '\u{300e}'];
const CLOSE_QUOTES: &[char] = &['"', '\u{201d}', '\u{201c}', '\u{bb}', '\'', '\u{2019}', '\u{300d}', '\u{300f}'];
const DASHES: &[char] = &['-', '\u{2013}', '\u{2014}', '\u{2012}', '\u{2015}'];

/// The reference in a line such as `– Colossians 3:12` (en dash, em dash or hyphen).
pub fn reference_after_dash(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix(DASHES)?.trim_start_matches(DASHES).trim();
    looks_like_reference(rest).then(|| rest.to_owned())
}

/// A Bible reference: an optional book number, a book name, then a chapter (and verses), e.g.
/// "Job 5:11", "1 John 3:18", "Luke 18:7-8 (NIV)", "Psalm 23".
pub fn looks_like_reference(text: &str) -> bool {
    if text.is_empty() || text.chars().count() > 48 {
        return false;
    }
    let mut words = text.split_whitespace().peekable();
    if words.peek().is_some_and(|w| matches!(*w, "1" | "2" | "3" | "I" | "II" | "III")) {
        words.next();
    }
    let Some(book) = words.next() else { return false };
    if !book.chars().next().is_some_and(char::is_alphabetic) {
        return false;
    }
    // The chapter: the first word that starts with a digit, after the book's words.
    words.any(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// A line that is only a Bible reference, in any of the languages the importer reads (`Isaías 40:31`,
/// `(롬 8:28)`, `詩篇23:1`, `Sal 23`), maybe in brackets or with a translation after it.
pub fn standalone_reference(line: &str) -> Option<String> {
    // Cheap test first: a reference has a digit, and is short.
    // Full-width digits (`８：２８`) are three bytes starting 0xEF: only a line with that byte is
    // looked at character by character.
    let full_width =
        || line.as_bytes().contains(&0xEF) && line.contains(|c: char| ('\u{ff10}'..='\u{ff19}').contains(&c));
    if line.len() > 96 || !(line.bytes().any(|b| b.is_ascii_digit()) || full_width()) {
        return None;
    }
    super::bible::whole_reference(line).map(str::to_owned)
}

/// A text that ends with a Bible reference (`Orai sem cessar. 1 Tessalonicenses 5:17`, `… (Jer 29:7)`):
/// the text before it and the reference.
pub fn split_trailing_reference(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_end();
    if t.ends_with([')', '\u{ff09}'])
        && let Some(open) = t.rfind(['(', '\u{ff08}'])
        && let Some(reference) = super::bible::whole_reference(&t[open..])
    {
        let before = t[..open].trim_end();
        return (!before.is_empty()).then_some((before, reference));
    }
    let starts: Vec<usize> = t.char_indices().filter(|(_, c)| *c == ' ').map(|(at, _)| at + 1).collect();
    for &start in starts.iter().rev().take(6).rev() {
        if let Some(reference) = super::bible::whole_reference(&t[start..]) {
            let before = t[..start].trim_end().trim_end_matches(['-', '\u{2013}', '\u{2014}']).trim_end();
            return (!before.is_empty()).then_some((before, reference));
        }
    }
    None
}

/// Does the line open with a quote mark?
pub fn opens_with_quote(line: &str) -> bool {
    line.starts_with(OPEN_QUOTES)
}

/// Does the line end a quotation (possibly before an inline reference)?
pub fn closes_quote(line: &str) -> bool {
    split_inline_reference(line).0.trim_end().ends_with(CLOSE_QUOTES)
}

/// Splits `“text” – Ref` into the quoted part and the reference, when the line carries one.
pub fn split_inline_reference(line: &str) -> (&str, Option<String>) {
    // A reference is short, so only the line's end is searched (which keeps long lines linear).
    for (at, c) in line.char_indices().rev().take(64) {
        if DASHES.contains(&c) {
            let before = line[..at].trim_end();
            if before.ends_with(CLOSE_QUOTES)
                && let Some(reference) = reference_after_dash(&line[at..])
            {
                return (before, Some(reference));
            }
        }
    }
    // `“…” Psalm 23:1`, `『…』 詩92:8`, `«…» (Jn 3,16)`: a reference right after the closing quote.
    if let Some((at, c)) = line.char_indices().rev().take(64).find(|(_, c)| CLOSE_QUOTES.contains(c)) {
        let tail = &line[at + c.len_utf8()..];
        if !tail.trim().is_empty()
            && let Some(reference) = super::bible::whole_reference(tail)
        {
            return (line[..at + c.len_utf8()].trim_end(), Some(reference.to_owned()));
        }
    }
    (line, None)
}

/// A line that opens with a reference and then quotes the verse: `Psaumes 34:18 «Quand les justes…»`.
pub fn reference_then_verse(line: &str) -> Option<(String, String)> {
    // Cheap tests first (this is asked of every line): a digit early on, and a quote mark.
    let head = line.get(..line.len().min(48)).unwrap_or(line);
    if !head.bytes().any(|b| b.is_ascii_digit()) || !line.contains(OPEN_QUOTES) {
        return None;
    }
    let end = super::bible::reference_at_start(line)?;
    let rest = line[end..].trim_start_matches([' ', ':', '-', '\u{2013}', '\u{2014}']);
    opens_with_quote(rest).then(|| (line[..end].trim().to_owned(), strip_quotes(rest)))
}

/// The verse text without its outer quote marks.
pub fn strip_quotes(text: &str) -> String {
    let t = text.trim();
    let t = t.strip_prefix(OPEN_QUOTES).unwrap_or(t);
    let t = t.strip_suffix(CLOSE_QUOTES).unwrap_or(t);
    t.trim().to_owned()
}

/// A verse quoted inside a paragraph, as an introduction writes it:
/// `We hold on to this: “When you pass through the waters…” Isaiah 43:2 (NIV) This month…`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlineVerse<'a> {
    /// The words before the opening quote mark.
    pub before: &'a str,
    /// The verse, without its quote marks.
    pub text: &'a str,
    /// The reference, without the translation.
    pub reference: &'a str,
    /// The translation's abbreviation (`NIV`, `ESV`), when given.
    pub translation: Option<&'a str>,
    /// The words after the reference.
    pub after: &'a str,
}

/// Finds a quoted verse followed by its reference (and translation) inside a paragraph.
pub fn find_inline_verse(text: &str) -> Option<InlineVerse<'_>> {
    for (close, c) in text.char_indices() {
        if !matches!(c, '"' | '\u{201d}' | '\u{bb}') {
            continue;
        }
        let after_quote = &text[close + c.len_utf8()..];
        let trimmed = after_quote.trim_start().trim_start_matches(DASHES).trim_start();
        let Some(reference_len) = reference_prefix(trimmed) else { continue };
        let reference = trimmed[..reference_len].trim_end();
        let mut after = trimmed[reference_len..].trim_start();
        let mut translation = None;
        if let Some(rest) = after.strip_prefix('(')
            && let Some(end) = rest.find(')')
            && is_translation(&rest[..end])
        {
            translation = Some(&rest[..end]);
            after = rest[end + 1..].trim_start();
        } else if let Some(word) = after.split_whitespace().next()
            && is_translation(word.trim_end_matches(['.', ',']))
        {
            translation = Some(word.trim_end_matches(['.', ',']));
            after = after[word.len()..].trim_start();
        }
        // The opening quote: the last one before the closing quote.
        let opening =
            text[..close].char_indices().rev().find(|(_, o)| matches!(o, '"' | '\u{201c}' | '\u{ab}' | '\u{201e}'));
        let Some((open, o)) = opening else { continue };
        let quoted = text[open + o.len_utf8()..close].trim();
        if quoted.split_whitespace().count() < 3 {
            continue;
        }
        return Some(InlineVerse {
            before: text[..open].trim(),
            text: quoted,
            reference,
            translation,
            after: after.trim_start_matches(['.', ',', ';']).trim_start(),
        });
    }
    None
}

/// A translation's abbreviation: two to six capital letters (`ESV`, `NIV`, `NRSVue`, `KJV`).
fn is_translation(word: &str) -> bool {
    (2..=6).contains(&word.len())
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && word.chars().filter(char::is_ascii_uppercase).count() >= 2
        && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

/// The length of a Bible reference at the start of `text`: an optional book number, one to three
/// capitalised words, then chapter and verses (`121:3-4`, `5:11,14`, `23`).
fn reference_prefix(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let skip_spaces = |at: &mut usize| {
        while *at < bytes.len() && bytes[*at] == b' ' {
            *at += 1;
        }
    };
    // A book number.
    for number in ["1 ", "2 ", "3 ", "III ", "II ", "I "] {
        if text.starts_with(number) {
            at = number.len();
            break;
        }
    }
    let mut words = 0;
    loop {
        let start = at;
        while at < bytes.len() && (bytes[at].is_ascii_alphabetic() || bytes[at] == b'.') {
            at += 1;
        }
        if at == start {
            break;
        }
        let word = &text[start..at];
        let capital = word.as_bytes()[0].is_ascii_uppercase();
        if !capital && word != "of" {
            return None;
        }
        words += 1;
        skip_spaces(&mut at);
        if words > 3 {
            return None;
        }
    }
    if words == 0 {
        return None;
    }
    let chapter_start = at;
    while at < bytes.len() && (bytes[at].is_ascii_digit() || matches!(bytes[at], b':' | b'-' | b',' | b'.')) {
        at += 1;
    }
    // En dashes in verse ranges ("3–4").
    while text[at..].starts_with('\u{2013}') {
        at += '\u{2013}'.len_utf8();
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
    }
    let numbers = text[chapter_start..at].trim_end_matches(['.', ',', ':', '-']);
    if numbers.is_empty() || !numbers.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    Some(chapter_start + numbers.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(reference_after_dash("– Colossians 3:12").as_deref(), Some("Colossians 3:12"));
        assert_eq!(reference_after_dash("- Job 5:11").as_deref(), Some("Job 5:11"));
        assert_eq!(reference_after_dash("— 1 John 3:18").as_deref(), Some("1 John 3:18"));
        assert_eq!(reference_after_dash("- Pray for the team"), None);
        assert_eq!(reference_after_dash("- 12 volunteers came"), None);
    }

    #[test]
    fn inline_reference_and_quotes() {
        let (v, r) = split_inline_reference("\u{201c}Be strong.\u{201d} \u{2014} Joshua 1:9");
        assert_eq!(strip_quotes(v), "Be strong.");
        assert_eq!(r.as_deref(), Some("Joshua 1:9"));
        assert_eq!(
            strip_quotes("\"If one says, \u{2018}Go in peace,\u{2019} then\u{201d}"),
            "If one says, \u{2018}Go in peace,\u{2019} then"
        );
    }

    #[test]
    fn a_verse_inside_an_introduction() {
        let text = "We hold on to this: \u{201c}When you pass through the waters, I will be with you.\u{201d} Isaiah 43:2 (NIV) This month the river rose.";
        let v = find_inline_verse(text).unwrap();
        assert_eq!(v.before, "We hold on to this:");
        assert_eq!(v.text, "When you pass through the waters, I will be with you.");
        assert_eq!(v.reference, "Isaiah 43:2");
        assert_eq!(v.translation, Some("NIV"));
        assert_eq!(v.after, "This month the river rose.");
        let v = find_inline_verse("\u{201c}The Lord is near to all who call.\u{201d} \u{2013} 1 John 3:18-20 ESV.")
            .unwrap();
        assert_eq!((v.reference, v.translation, v.after), ("1 John 3:18-20", Some("ESV"), ""));
        assert_eq!(find_inline_verse("She said \u{201c}thank you so much\u{201d} Then we left."), None);
        assert_eq!(find_inline_verse("No quote here, Psalm 23."), None);
    }
}
