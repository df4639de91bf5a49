//! The regions stage's reading of labels: an inline region label at a paragraph's start
//! (`Africa: Praise God…`, `泰國：請為…`) and a `Topic: Country` heading, told from a sentence that
//! merely has a colon in it.

use crate::model::{ItemKind, kind_from_wording};

/// Words that open a paragraph with a colon but name no region ("Note: …", "Praise: …").
const NOT_LABELS: &[&str] = &[
    "note",
    "notes",
    "praise",
    "praises",
    "pray",
    "prayer",
    "prayers",
    "prayer request",
    "prayer requests",
    "request",
    "requests",
    "thanks",
    "thanksgiving",
    "update",
    "updates",
    "info",
    "ps",
    "p s",
    "nb",
    "important",
    "please",
    "reminder",
    "announcement",
    "announcements",
    "verse",
    "scripture",
    "reading",
    "read",
    "answer",
    "answered",
    "answered prayer",
    "why",
    "how",
    "when",
    "where",
    "what",
    "who",
    "today",
    "tonight",
    "tomorrow",
    "example",
    "quote",
    "subject",
    "from",
    "to",
    "date",
    "sent",
    "cc",
    "re",
    "fw",
    "fwd",
    "dear",
    "hi",
    "hello",
];

/// An inline region label at a paragraph's start: `Africa: Praise God…`, `Middle East: Pray…`,
/// `NIGERIA — Pray…`, `泰國：請為…`. `known` tells whether the label is a region of the library.
/// Returns the label and the paragraph after it.
pub fn inline_label(text: &str, known: impl Fn(&str) -> bool) -> Option<(&str, &str)> {
    // Labels are short: only the first 48 bytes are looked at for the separator, and most
    // paragraphs have none of its bytes there (`:`, `-`, or the first byte of `：`, `—`, `–`).
    let start = &text.as_bytes()[..text.len().min(52)];
    if !start.iter().any(|&b| matches!(b, b':' | b'-' | 0xE2 | 0xEF)) {
        return None;
    }
    let head_end = text.char_indices().map(|(i, _)| i).find(|&i| i > 48).unwrap_or(text.len());
    let head = &text[..head_end];
    let (at, separator) = [": ", "\u{ff1a}", " \u{2014} ", " \u{2013} ", " -- ", " - "]
        .iter()
        .filter_map(|sep| head.find(sep).map(|at| (at, *sep)))
        .min_by_key(|(at, _)| *at)?;
    let label = text[..at].trim();
    let rest = text[at + separator.len()..].trim_start();
    if label.is_empty() || rest.is_empty() || label.chars().count() > 32 {
        return None;
    }
    let first = rest.chars().next()?;
    if first.is_lowercase() || first.is_ascii_digit() && !label.to_ascii_lowercase().starts_with("day") {
        return None;
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.len() > 4 || NOT_LABELS.contains(&crate::library::heading_key(label).as_str()) {
        return None;
    }
    let cjk = label.chars().all(|c| super::paragraphs::is_unspaced_script(c) || c == ' ');
    let capitalised = words.iter().all(|w| {
        w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || matches!(w.to_lowercase().as_str(), "&" | "+" | "and" | "of" | "the" | "de" | "la" | "y" | "e")
    }) && words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let upper = label.chars().any(char::is_alphabetic) && !label.chars().any(char::is_lowercase);
    let day = is_day_label(label);
    let dash = separator.contains(['\u{2014}', '\u{2013}', '-']);
    let ok = if dash {
        // `COUNTRY — text` in a prayer guide; a dash after ordinary words is a sentence's own dash.
        (upper && label.chars().filter(|c| c.is_alphabetic()).count() >= 3) || known(label)
    } else {
        known(label)
            || day
            || (cjk && separator == "\u{ff1a}")
            || (capitalised && kind_from_wording(rest) != ItemKind::Info && starts_with_prayer(rest))
    };
    ok.then_some((label, rest))
}

/// `Day 1`, `Day 12`, `Monday`, `Day 3 (Wednesday)`.
pub fn is_day_label(label: &str) -> bool {
    let lower = label.to_ascii_lowercase();
    let day_n = lower
        .strip_prefix("day ")
        .is_some_and(|rest| rest.split_whitespace().next().is_some_and(|n| n.chars().all(|c| c.is_ascii_digit())));
    day_n || ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(&lower.as_str())
}

/// The paragraph opens with praise or prayer wording within its first few words.
fn starts_with_prayer(text: &str) -> bool {
    let head: String = text.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    kind_from_wording(&head) != ItemKind::Info
}

/// A heading `Topic: Country` (or `Day 1: Kenya`): the region it names and the words before it.
/// When the part before the colon is the region the library knows, that part is the region.
pub fn topic_heading(heading: &str, known: impl Fn(&str) -> bool) -> Option<(String, String)> {
    let (before, after) = heading.split_once(": ").or_else(|| heading.split_once('\u{ff1a}'))?;
    let (before, after) = (before.trim(), after.trim());
    if before.is_empty() || after.is_empty() {
        return None;
    }
    if known(before) && !known(after) {
        Some((before.to_owned(), after.to_owned()))
    } else {
        Some((after.to_owned(), before.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(label: &str) -> bool {
        crate::library::LibrarySettings::default().region_for_heading(label).is_some()
    }

    #[test]
    fn inline_labels_are_found_and_sentences_left_alone() {
        assert_eq!(inline_label("Africa: Praise God for rain.", known), Some(("Africa", "Praise God for rain.")));
        assert_eq!(inline_label("Middle East: Pray for peace.", known), Some(("Middle East", "Pray for peace.")));
        assert_eq!(inline_label("Latin America: The team met.", known), Some(("Latin America", "The team met.")));
        assert_eq!(
            inline_label("NIGERIA \u{2014} Pray for the farmers.", known),
            Some(("NIGERIA", "Pray for the farmers."))
        );
        assert_eq!(
            inline_label("Day 3: Give thanks for the harvest.", known),
            Some(("Day 3", "Give thanks for the harvest."))
        );
        assert_eq!(inline_label("泰國：請為清邁禱告。", known), Some(("泰國", "請為清邁禱告。")));
        assert_eq!(inline_label("Note: Pray for the office.", known), None);
        assert_eq!(inline_label("The reason is simple: Pray more.", known), None);
        assert_eq!(inline_label("Kenya: the team met.", known), None);
        assert_eq!(inline_label("Kenya: The team met.", known), None);
        assert_eq!(inline_label("We went home \u{2014} Pray for us.", known), None);
        assert_eq!(inline_label("Time: 10:00", known), None);
    }

    #[test]
    fn topic_headings_name_their_country() {
        assert_eq!(topic_heading("Shelter: Mozambique", known), Some(("Mozambique".into(), "Shelter".into())));
        assert_eq!(topic_heading("Latin America: Peru", known), Some(("Latin America".into(), "Peru".into())));
        assert_eq!(topic_heading("Mozambique", known), None);
    }
}
