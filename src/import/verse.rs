//! Recognising a quoted verse and its Bible reference.

const OPEN_QUOTES: &[char] = &['"', '\u{201c}', '\u{201e}', '\u{ab}', '\'', '\u{2018}'];
const CLOSE_QUOTES: &[char] = &['"', '\u{201d}', '\u{bb}', '\'', '\u{2019}'];
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
    (line, None)
}

/// The verse text without its outer quote marks.
pub fn strip_quotes(text: &str) -> String {
    let t = text.trim();
    let t = t.strip_prefix(OPEN_QUOTES).unwrap_or(t);
    let t = t.strip_suffix(CLOSE_QUOTES).unwrap_or(t);
    t.trim().to_owned()
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
}
