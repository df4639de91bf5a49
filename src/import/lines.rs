//! What one line is, before the outline and the paragraphs are read: an image's name, a line in
//! title case, something structural (a date, a reference, a quote, a region of the library).

use super::text::Line;
use super::{CONNECTORS, parse_date_line, verse};
use crate::library::LibrarySettings;
use crate::model::{ItemKind, kind_from_wording};

pub(super) fn is_image_name(text: &str) -> bool {
    // Cheap tests first: this runs for every line of a paste.
    let starts_bracketed = text.starts_with('[') || text.starts_with("![");
    if !starts_bracketed && text.contains(' ') {
        // A photo's name with spaces (`IMG_0412 (2).jpg`): a dot near the end first, cheaply.
        let tail = &text.as_bytes()[text.len().saturating_sub(5)..];
        return tail.contains(&b'.') && is_spaced_image_name(text);
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
    // Scripts without capitals (Chinese, Korean) have no title case: a very short line of them
    // looks like a heading as a title-cased one does.
    let uncased = |c: char| chars <= 12 && c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase();
    let capital = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || uncased(c));
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

/// A church's decorative motto: short phrases set apart by dots, bars or stars, or a line wrapped
/// in ornaments; never a headline. (Phrases set apart by commas are not told from a wrapped list.)
pub(super) fn is_motto(text: &str) -> bool {
    // Asked of every line of a paste: one pass, no copies.
    if text.len() > 480 {
        return false;
    }
    const ORNAMENTS: [char; 6] = ['~', '\u{2605}', '\u{2726}', '\u{271d}', '\u{2727}', '\u{2666}'];
    let ornamented =
        (text.starts_with(ORNAMENTS) || text.starts_with('*')) && (text.ends_with(ORNAMENTS) || text.ends_with('*'));
    let named = text.get(..9).is_some_and(|p| p.eq_ignore_ascii_case("our motto"));
    if text.is_ascii() {
        // The common case, word at a time: only `|` and `~` can set phrases apart.
        return text.len() <= 120
            && (memchr::memchr2_iter(b'|', b'~', text.as_bytes()).count() >= 2 || ornamented || named);
    }
    let (mut chars, mut separators) = (0, 0);
    for c in text.chars() {
        chars += 1;
        separators += usize::from(matches!(
            c,
            '\u{b7}' | '\u{2022}' | '|' | '\u{2605}' | '\u{2726}' | '\u{271d}' | '\u{2727}' | '~' | '\u{2666}'
        ));
    }
    chars <= 120 && (separators >= 2 || ornamented || named)
}

/// A line introducing what follows (`Here is this week's letter from the Lima team:`): it ends in a
/// colon and reads as a sentence, not a heading.
pub(super) fn is_intro_line(text: &str) -> bool {
    text.ends_with([':', '\u{ff1a}']) && text.split_whitespace().count() >= 4 && text.chars().count() <= 200
}

/// A whole line in brackets, such as a note about the text's languages or where to find it.
pub(super) fn is_bracketed_note(text: &str) -> bool {
    let t = text.trim();
    ((t.starts_with('(') && t.ends_with(')'))
        || (t.starts_with('[') && t.ends_with(']'))
        || (t.starts_with('\u{ff08}') && t.ends_with('\u{ff09}')))
        && t.chars().count() <= 240
        && !t.starts_with("[Not for sharing]")
}

/// An image's file name with spaces in it, as a phone names photos (`IMG_0412 (2).jpg`).
pub(super) fn is_spaced_image_name(text: &str) -> bool {
    if text.len() > 80 {
        return false;
    }
    let ends_with = |ext: &str| {
        text.len() >= ext.len() && text.as_bytes()[text.len() - ext.len()..].eq_ignore_ascii_case(ext.as_bytes())
    };
    [".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg", ".heic", ".tif", ".tiff"].into_iter().any(ends_with)
        && text.split_whitespace().count() <= 4
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

#[cfg(test)]
mod shape_tests {
    use super::*;

    #[test]
    fn mottos_intros_notes_and_photos() {
        assert!(is_motto("Loving God \u{b7} Loving People \u{b7} Serving Our Town"));
        assert!(is_motto("~ Rooted in Grace ~"));
        assert!(is_motto("Faith | Hope | Love"));
        assert!(is_motto("Our motto: love one another"));
        assert!(!is_motto("Pray for the court | the judges"));
        // Commas are sentences' and lists' own: a line of them is no motto.
        assert!(!is_motto("Welcome, Worship, Witness, Serve"));
        assert!(!is_motto("Pray for the team in Lima, Cusco and Arequipa."));
        assert!(!is_motto("market season, fair prices,"));
        assert!(!is_motto("(서울), Hong Kong (香港), São"));
        assert!(!is_motto("Weekly Prayer Update"));
        assert!(is_intro_line("Here is the latest letter from our friends in Peru:"));
        assert!(!is_intro_line("Africa:"));
        assert!(is_bracketed_note("(This update is also available in French.)"));
        assert!(!is_bracketed_note("(Pray) for rain."));
        assert!(is_spaced_image_name("IMG_0412 (2).jpg"));
        assert!(!is_spaced_image_name("Pray for the children who drew the picture in photo.jpg"));
    }
}
