//! The shapes of prayer sheets written by many hands: lines a careful reader recognises at a glance
//! (an inline region label, a `Topic: Country` heading, a motto, a blogger's introduction, a note
//! about the text's languages, a heading cut off at the end of a paste).

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

/// A church's decorative motto: short phrases set apart by dots, bars or stars, or a line wrapped
/// in ornaments; never a headline. (Phrases set apart by commas are not told from a wrapped list.)
pub fn is_motto(text: &str) -> bool {
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
pub fn is_intro_line(text: &str) -> bool {
    text.ends_with([':', '\u{ff1a}']) && text.split_whitespace().count() >= 4 && text.chars().count() <= 200
}

/// A whole line in brackets, such as a note about the text's languages or where to find it.
pub fn is_bracketed_note(text: &str) -> bool {
    let t = text.trim();
    ((t.starts_with('(') && t.ends_with(')'))
        || (t.starts_with('[') && t.ends_with(']'))
        || (t.starts_with('\u{ff08}') && t.ends_with('\u{ff09}')))
        && t.chars().count() <= 240
        && !t.starts_with("[Not for sharing]")
}

/// An image's file name with spaces in it, as a phone names photos (`IMG_0412 (2).jpg`).
pub fn is_spaced_image_name(text: &str) -> bool {
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
