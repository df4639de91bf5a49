//! What one line is, before the outline and the paragraphs are read: an image's name, a line in
//! title case, something structural (a date, a reference, a quote, a region of the library).

use super::text::Line;
use super::{CONNECTORS, parse_date_line, shapes, verse};
use crate::library::LibrarySettings;
use crate::model::{ItemKind, kind_from_wording};

pub(super) fn is_image_name(text: &str) -> bool {
    // Cheap tests first: this runs for every line of a paste.
    let starts_bracketed = text.starts_with('[') || text.starts_with("![");
    if !starts_bracketed && text.contains(' ') {
        // A photo's name with spaces (`IMG_0412 (2).jpg`): a dot near the end first, cheaply.
        let tail = &text.as_bytes()[text.len().saturating_sub(5)..];
        return tail.contains(&b'.') && shapes::is_spaced_image_name(text);
    }
    let lower = text.to_lowercase();
    let bracketed = lower.starts_with("[image") || lower.starts_with("[cid:") || lower.starts_with("![");
    let file = !lower.contains(' ')
        && [".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg"].iter().any(|ext| lower.ends_with(ext));
    bracketed || file
}

/// A short line in title case with no sentence punctuation and no praise or prayer wording.
pub(super) fn heading_like(text: &str, chars: usize) -> bool {
    if chars == 0 || chars > 50 || text.ends_with(['.', '!', '?', ',', ';']) {
        return false;
    }
    let words: Vec<&str> = text.trim_end_matches(':').split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let capital = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let connector = |w: &str| CONNECTORS.contains(&w.to_lowercase().as_str());
    capital(words[0])
        && words.iter().all(|w| capital(w) || connector(w))
        && words.last().is_some_and(|w| !connector(w) || capital(w))
        && kind_from_wording(text) == ItemKind::Info
}

pub(super) fn is_structural(line: &Line, region: Option<&str>) -> bool {
    let t = &line.text;
    region.is_some()
        || line.quoted
        || line.markdown_heading
        || verse::opens_with_quote(t)
        || parse_date_line(t).is_some()
        || verse::reference_after_dash(t).is_some()
        || is_image_name(t)
}

/// The library's region names and aliases reduced to their keys once, rather than for every line.
pub(super) struct RegionKeys<'a> {
    keys: Vec<(String, &'a str)>,
    /// The longest key, so a line whose key would be longer is given up on early.
    longest: usize,
    /// The first word of each key: a line starting with another word is no heading of a region.
    first_words: Vec<String>,
}

impl<'a> RegionKeys<'a> {
    pub(super) fn new(settings: &'a LibrarySettings) -> Self {
        let keys = settings
            .regions
            .iter()
            .flat_map(|r| {
                std::iter::once(&r.name)
                    .chain(&r.aliases)
                    .map(move |n| (crate::library::heading_key(n), r.name.as_str()))
            })
            .filter(|(key, _): &(String, &str)| !key.is_empty())
            .collect::<Vec<_>>();
        let longest = keys.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        let mut first_words: Vec<String> =
            keys.iter().filter_map(|(k, _)| k.split(' ').next()).map(str::to_owned).collect();
        first_words.sort();
        first_words.dedup();
        Self { keys, longest, first_words }
    }

    /// The region whose name or alias `heading` spells; `buffer` is reused between lines.
    pub(super) fn region_for(&self, heading: &str, buffer: &mut String) -> Option<&'a str> {
        if heading.is_empty() || heading.len() > 120 {
            return None;
        }
        // Most lines are paragraphs: their first word tells at once that they are not headings.
        if let Some(word) = ascii_first_word(heading)
            && !self.first_words.iter().any(|w| w.eq_ignore_ascii_case(word))
        {
            return None;
        }
        if !crate::library::heading_key_into(heading, self.longest, buffer) {
            return None;
        }
        self.keys.iter().find(|(k, _)| k == buffer).map(|(_, name)| *name)
    }
}

/// The first word of `text`'s [`crate::library::heading_key`] ("and" left out; empty when there is
/// none), when it can be told from ASCII alone; `None` when a non-ASCII character comes before it
/// ends (it might be a letter of the word).
pub(super) fn ascii_first_word(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        while at < bytes.len() && !bytes[at].is_ascii_alphanumeric() {
            if !bytes[at].is_ascii() {
                return None;
            }
            at += 1;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        if bytes.get(at).is_some_and(|b| !b.is_ascii()) {
            return None;
        }
        let word = &text[start..at];
        if !word.eq_ignore_ascii_case("and") {
            return Some(word);
        }
    }
}

/// More than half the words of a title start with a capital (or are short joining words).
pub(super) fn mostly_capitalised(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    let capital =
        words.iter().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())).count();
    !words.is_empty() && capital * 2 > words.len() && !title.ends_with(['.', '!', '?', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_first_word_is_that_of_the_heading_key(text in "(and|AND|[a-zA-Z0-9]{1,6}|[ &:/+#*-]|[éü서])(and|AND|[a-zA-Z0-9]{1,6}|[ &:/+#*-]|[éü서]){0,8}") {
            let key = crate::library::heading_key(&text);
            if let Some(word) = ascii_first_word(&text) {
                proptest::prop_assert_eq!(word.to_ascii_lowercase(), key.split(' ').next().unwrap_or("").to_owned());
            }
        }
    }

    #[test]
    fn region_headings_are_found_and_paragraph_lines_passed_over() {
        let settings = LibrarySettings::default();
        let keys = RegionKeys::new(&settings);
        let mut buffer = String::new();
        for (line, region) in [
            ("AFRICA AND EUROPE:", Some("Africa & Europe")),
            ("and Asia Pacific", Some("Southeast Asia")),
            ("## IJM HQ and Global Partners ##", Some("IJM HQ & Global Partners")),
            ("Latin America is where we work", None),
            ("Continue praying for the children starting school after their rescue in", None),
            ("Ásia Pacific", None),
            ("", None),
        ] {
            assert_eq!(keys.region_for(line, &mut buffer), region, "{line:?}");
        }
    }
}
