//! Bible references in the languages sheets are written in: `Isaías 40:31`, `Psaume 121:1-2`,
//! `롬 8:28`, `요한복음 3장 16절`, `詩篇23:1`, `Jn 3,16`, `Sal 23`, `1 Kor 13:4-7`.
//!
//! The book names and their usual abbreviations are each language's `bible_books` in
//! `i18n/<language>/reading.ron` (from the Bible Passage Reference Parser's data, MIT licence, see
//! `i18n/README-bible-books.md`): English, Spanish, Portuguese, French, German, Korean and Chinese
//! (both scripts), and any language whose folder is added.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Every book name and abbreviation, lower case, and the longest one's length in characters.
struct Names {
    names: HashSet<String>,
    longest: usize,
}

fn names() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(|| {
        let names: HashSet<String> =
            crate::language_data::all().bible_names.iter().filter(|n| !n.is_empty()).cloned().collect();
        let longest = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        Names { names, longest }
    })
}

/// The length in bytes of the book name `text` starts with (the longest that fits), when the name
/// is followed by a space, a period or a digit.
fn book_at_start(text: &str) -> Option<usize> {
    // A book's name starts with a letter or a book's number.
    if !text.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let names = names();
    let lower: String = text.chars().take(names.longest + 1).collect::<String>().to_lowercase();
    // Ends where a name could stop: before a space, a period or a digit.
    let mut ends: Vec<usize> = lower
        .char_indices()
        .filter(|(at, c)| {
            *at > 0 && (c.is_whitespace() || *c == '.' || c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(c))
        })
        .map(|(at, _)| at)
        .collect();
    ends.reverse();
    for end in ends {
        let name = lower[..end].trim_end();
        if names.names.contains(name) {
            // The same number of characters in the original text (lower-casing keeps most lengths).
            let chars = lower[..end].chars().count();
            return Some(text.char_indices().nth(chars).map_or(text.len(), |(at, _)| at));
        }
    }
    None
}

/// How far the chapter and verses at the start of `text` go (`3:16`, `40:31`, `121:1-2`, `3,16`,
/// `23`, `3장 16절`, `13:4-7, 13`, `23:1–3`), in bytes; `None` when it starts with no chapter.
fn chapter_and_verses(text: &str) -> Option<usize> {
    let digit = |c: char| c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c);
    if !text.starts_with(digit) {
        return None;
    }
    let mut last_digit_end = 0;
    for (at, c) in text.char_indices() {
        let ok = digit(c)
            || matches!(c, ':' | '\u{ff1a}' | ',' | '.' | '-' | '\u{2013}' | '\u{2014}' | '~' | ';' | ' ' | 'a' | 'b')
            || matches!(c, '\u{c7a5}' | '\u{c808}' | '\u{7ae0}' | '\u{7bc0}' | '\u{8282}');
        if !ok {
            break;
        }
        let end = at + c.len_utf8();
        if digit(c) || matches!(c, '\u{c7a5}' | '\u{c808}' | '\u{7ae0}' | '\u{7bc0}' | '\u{8282}') {
            last_digit_end = end;
        }
    }
    Some(last_digit_end)
}

/// Where a reference at the start of `text` ends, in bytes: a book (with an optional number before
/// it), then a chapter and verses.
pub fn reference_at_start(text: &str) -> Option<usize> {
    let book = book_at_start(text)?;
    let after = &text[book..];
    let gap = after.len() - after.trim_start_matches(['.', ' ']).len();
    let verses = chapter_and_verses(&after[gap..])?;
    Some(book + gap + verses)
}

/// A whole line (or the end of one) that is only a reference, maybe in brackets or after a dash, and
/// maybe with a translation (`(NVI)`, `RVR1960`): the reference.
pub fn whole_reference(text: &str) -> Option<&str> {
    let t = text
        .trim()
        .trim_start_matches(['-', '\u{2013}', '\u{2014}', '(', '[', '\u{ff08}', '\u{3010}', ' '])
        .trim_end_matches([')', ']', '\u{ff09}', '\u{3011}', '.', ' ']);
    if t.is_empty() || t.chars().count() > 60 {
        return None;
    }
    let end = reference_at_start(t)?;
    let rest = t[end..].trim().trim_start_matches(['(', ')', ',']).trim_end_matches(')').trim();
    let translation = rest.is_empty()
        || (rest.chars().count() <= 12
            && !rest.contains(' ')
            && rest.chars().all(|c| c.is_alphanumeric() || c == '-')
            && rest.chars().any(char::is_uppercase));
    translation.then(|| t[..end].trim_end_matches([',', ';', ':', '-', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_in_each_language_are_found() {
        for (line, reference) in [
            ("Isaías 40:31", "Isaías 40:31"),
            ("Psaume 121:1-2", "Psaume 121:1-2"),
            ("(롬 8:28)", "롬 8:28"),
            ("詩篇23:1", "詩篇23:1"),
            ("約翰福音3:16", "約翰福音3:16"),
            ("Jn 3,16", "Jn 3,16"),
            ("Sal 23:1-3", "Sal 23:1-3"),
            ("Sal 23", "Sal 23"),
            ("– 2 Chroniques 14:11", "2 Chroniques 14:11"),
            ("1 Tessalonicenses 5:17", "1 Tessalonicenses 5:17"),
            ("Jeremiah 29:7 (NIV)", "Jeremiah 29:7"),
            ("요한복음 3장 16절", "요한복음 3장 16절"),
            ("Psalm 46:10", "Psalm 46:10"),
            ("Jo 3:16", "Jo 3:16"),
            ("Mt 5:4", "Mt 5:4"),
            ("1 Kor 13", "1 Kor 13"),
        ] {
            assert_eq!(whole_reference(line), Some(reference), "{line}");
        }
        for line in ["Day 3", "Pray for Peru 2026", "Semana 50", "Tag 3", "Monday 14", "Families", "John"] {
            assert_eq!(whole_reference(line), None, "{line}");
        }
    }
}
