//! Finding words across all weeks: case- and accent-insensitive.

use unicode_normalization::UnicodeNormalization as _;

use crate::library::Entry;
use crate::model::{ItemKind, long_date};

/// Text folded for matching, with the way back to the original's byte offsets.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    /// Lower case, accents removed.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original it came from.
    origin: Vec<u32>,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut buf = [0u8; 4];
        for (at, c) in original.char_indices() {
            if c.is_ascii() {
                text.push(c.to_ascii_lowercase());
                origin.push(at as u32);
                continue;
            }
            for d in c.to_lowercase().flat_map(|l| std::iter::once(l).nfd()) {
                if unicode_normalization::char::is_combining_mark(d) {
                    continue;
                }
                let s = d.encode_utf8(&mut buf);
                text.push_str(s);
                origin.extend(std::iter::repeat_n(at as u32, s.len()));
            }
        }
        Self { text, origin }
    }

    /// The byte range in the original for a byte range in the folded text.
    pub fn original_range(&self, original: &str, start: usize, end: usize) -> std::ops::Range<usize> {
        let from = self.origin.get(start).map_or(original.len(), |&o| o as usize);
        let last = end.checked_sub(1).and_then(|e| self.origin.get(e)).map_or(from, |&o| o as usize);
        let to = original[last..].chars().next().map_or(original.len(), |c| last + c.len_utf8());
        from..to.max(from)
    }
}

/// Folds a query the same way as the text it is matched against.
pub fn fold(query: &str) -> String {
    Folded::new(query.trim()).text
}

/// Where a hit is in its bulletin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The headline.
    Title,
    /// The verse or its reference.
    Verse,
    /// A paragraph: section and item index.
    Item {
        /// Index into the bulletin's sections.
        section: usize,
        /// Index into the section's items.
        item: usize,
    },
    /// The closing note.
    Closing,
}

/// One match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The bulletin's file stem.
    pub stem: String,
    /// Its date, written out ("Undated" when none).
    pub date: String,
    /// The region (or "Headline", "Verse", "Closing note").
    pub region: String,
    /// Where in the bulletin.
    pub place: Place,
    /// The whole text matched in.
    pub text: String,
    /// Byte range of the first match in `text`.
    pub range: std::ops::Range<usize>,
}

impl Hit {
    /// A short piece of the text around the match, with the match's range inside it.
    pub fn snippet(&self, context: usize) -> (String, std::ops::Range<usize>) {
        let text = &self.text;
        let mut start = self.range.start.saturating_sub(context);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (self.range.end + context).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let lead = if start > 0 { "\u{2026}" } else { "" };
        let tail = if end < text.len() { "\u{2026}" } else { "" };
        let snippet = format!("{lead}{}{tail}", &text[start..end]);
        let offset = lead.len();
        (snippet, self.range.start - start + offset..self.range.end - start + offset)
    }
}

/// What to look for.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// The words, as typed.
    pub text: String,
    /// Only this region.
    pub region: Option<String>,
    /// Only paragraphs of this kind.
    pub kind: Option<ItemKind>,
    /// Only weeks on or after this date.
    pub from: Option<chrono::NaiveDate>,
    /// Only weeks on or before this date.
    pub to: Option<chrono::NaiveDate>,
}

/// Every match of `query` in the entries, in the entries' order (newest first).
///
/// Nothing is allocated for a text that does not match: ASCII texts (most paragraphs) are compared
/// byte by byte ignoring case, other texts are folded into one reused buffer, and only a match is
/// folded again with the way back to the original's offsets.
pub fn search(entries: &[Entry], query: &Query) -> Vec<Hit> {
    let needle = fold(&query.text);
    if needle.is_empty() {
        return Vec::new();
    }
    let mut matcher = Matcher { needle: &needle, buffer: String::new() };
    let mut hits = Vec::new();
    for entry in entries {
        let b = &entry.bulletin;
        if query.from.is_some_and(|from| b.date.is_none_or(|d| d < from))
            || query.to.is_some_and(|to| b.date.is_none_or(|d| d > to))
        {
            continue;
        }
        // Written out only when the bulletin has a match.
        let mut date: Option<String> = None;
        let mut look = |place: Place, region: &str, text: &str| {
            if let Some(range) = matcher.find(text) {
                let date = date.get_or_insert_with(|| b.date.map_or_else(|| "Undated".to_owned(), long_date));
                hits.push(Hit {
                    stem: entry.stem.clone(),
                    date: date.clone(),
                    region: region.to_owned(),
                    place,
                    text: text.to_owned(),
                    range,
                });
            }
        };
        let whole_bulletin = query.region.is_none() && query.kind.is_none();
        if whole_bulletin {
            look(Place::Title, "Headline", &b.title);
            if let Some(v) = &b.verse {
                look(Place::Verse, "Verse", &format!("{} \u{2013} {}", v.text, v.reference));
            }
        }
        for (si, section) in b.sections.iter().enumerate() {
            if query.region.as_ref().is_some_and(|r| *r != section.region) {
                continue;
            }
            for (ii, item) in section.items.iter().enumerate() {
                if query.kind.is_some_and(|k| k != item.kind) {
                    continue;
                }
                look(Place::Item { section: si, item: ii }, &section.region, &item.text);
            }
        }
        if whole_bulletin && let Some(closing) = &b.closing {
            look(Place::Closing, "Closing note", closing);
        }
    }
    hits
}

/// Finds a folded needle in texts, reusing one buffer.
struct Matcher<'a> {
    needle: &'a str,
    buffer: String,
}

impl Matcher<'_> {
    /// The byte range in `text` of the first match, if any.
    fn find(&mut self, text: &str) -> Option<std::ops::Range<usize>> {
        let ascii = text.is_ascii();
        if ascii && !self.needle.is_ascii() {
            // ASCII folds to ASCII, so a needle with other letters cannot be in it.
            return None;
        }
        fold_into(text, &mut self.buffer);
        let at = self.buffer.find(self.needle)?;
        if ascii {
            // ASCII folds byte for byte, so offsets are the original's.
            return Some(at..at + self.needle.len());
        }
        let folded = Folded::new(text);
        let at = folded.text.find(self.needle)?;
        Some(folded.original_range(text, at, at + self.needle.len()))
    }
}

/// Folds `original` into `out` as [`Folded::new`] does, without the offsets: runs of ASCII are
/// copied and lower-cased at once, other characters one by one.
fn fold_into(original: &str, out: &mut String) {
    out.clear();
    let mut rest = original;
    while !rest.is_empty() {
        let run = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..run]);
        out[start..].make_ascii_lowercase();
        rest = &rest[run..];
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        for d in c.to_lowercase().flat_map(|l| std::iter::once(l).nfd()) {
            if !unicode_normalization::char::is_combining_mark(d) {
                out.push(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents_and_maps_back() {
        let original = "Pray for JOSÉ in São Paulo";
        let f = Folded::new(original);
        assert_eq!(f.text, "pray for jose in sao paulo");
        let at = f.text.find("sao").unwrap();
        let r = f.original_range(original, at, at + 3);
        assert_eq!(&original[r], "São");
        let at = f.text.find("jose").unwrap();
        assert_eq!(&original[f.original_range(original, at, at + 4)], "JOSÉ");
    }

    #[test]
    fn the_fast_paths_agree_with_folding() {
        let texts = [
            "Pray for JOSÉ in São Paulo",
            "PRAY for the team",
            "nothing here",
            "Ｋelvin and İstanbul: pray",
            "spray",
            "",
            "p",
            "Seoul (서울) and São Paulo, PAULO",
        ];
        for needle in ["pray", "sao", "jose", "são", "istanbul", "kelvin", "y f", "zzz", "서울", "paulo"] {
            let needle = fold(needle);
            let mut matcher = Matcher { needle: &needle, buffer: String::new() };
            for text in texts {
                let folded = Folded::new(text);
                let expected = folded.text.find(&needle).map(|at| folded.original_range(text, at, at + needle.len()));
                assert_eq!(matcher.find(text), expected, "{needle:?} in {text:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_matcher_agrees_with_folding_for_any_text(text in "[a-zA-Z éÉãÃ서울İK]{0,30}", needle in "[a-zé서]{1,3}") {
            let needle = fold(&needle);
            let folded = Folded::new(&text);
            let expected = folded.text.find(&needle).map(|at| folded.original_range(&text, at, at + needle.len()));
            let mut matcher = Matcher { needle: &needle, buffer: String::new() };
            proptest::prop_assert_eq!(matcher.find(&text), expected);
        }
    }
}
