//! Words a reader of prayer sheets knows in the languages the coordinators receive them in: weekday
//! and month names, the labels that introduce a verse, and the words that start a "day" heading.
//! Each language's are in `i18n/<language>/reading.ron`; these functions look in all of them.

/// Weekday names of every language, Monday first (from `i18n/<language>/reading.ron`).
fn weekdays() -> &'static [Vec<String>] {
    &crate::language_data::all().words.weekdays
}

/// Month names of every language, January first.
fn months() -> &'static [Vec<String>] {
    &crate::language_data::all().words.months
}

/// Whether a word opens a numbered day of a prayer guide: "Day 3", "Día 3", "Jour 3", "Tag 3".
pub fn is_day_word(lower: &str) -> bool {
    crate::language_data::all().words.day_words.iter().any(|w| w == lower)
}

/// The weekday a word names (0 = Monday), in any of the languages.
pub fn weekday(word: &str) -> Option<usize> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    // A word longer than every weekday name is none (most words are asked).
    if w.len() < 2 || w.len() > crate::language_data::all().longest_weekday {
        return None;
    }
    let found = |w: &str| weekdays().iter().position(|names| names.iter().any(|n| n.eq_ignore_ascii_case(w)));
    if w.is_ascii() { found(w) } else { found(&w.to_lowercase()) }
}

/// Whether a text starts with a Korean or Chinese weekday's name, which needs no space after it
/// (`星期日(教會長期發展)`, `주일예배`).
pub fn starts_with_weekday(text: &str) -> bool {
    text.starts_with(|c: char| !c.is_ascii())
        && weekdays()
            .iter()
            .flat_map(|names| names.iter())
            .any(|n| !n.is_ascii() && n.chars().count() >= 2 && text.starts_with(n))
}

/// The month a word names (1 = January), in any of the languages; a trailing period is allowed.
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 || w.len() > crate::language_data::all().longest_month {
        return None;
    }
    let found = |w: &str| months().iter().position(|names| names.iter().any(|n| n.eq_ignore_ascii_case(w)));
    let at = if w.is_ascii() { found(w) } else { found(&w.to_lowercase()) };
    at.and_then(|i| u32::try_from(i + 1).ok())
}

/// Whether a label (the words before a colon) introduces a verse.
pub fn is_verse_label(label: &str) -> bool {
    let lower = label.trim().trim_end_matches([':', '\u{ff1a}']).trim().to_lowercase();
    crate::language_data::all().words.verse_labels.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_and_month_names_in_each_language() {
        for (word, day) in
            [("Tuesday", 1), ("miércoles", 2), ("Quinta-feira", 3), ("Samedi", 5), ("주일", 6), ("星期一", 0)]
        {
            assert_eq!(weekday(word), Some(day), "{word}");
        }
        assert_eq!(weekday("Pray"), None);
        for (word, m) in [("March", 3), ("marzo", 3), ("Février", 2), ("août", 8), ("Dez.", 12), ("maio", 5)] {
            assert_eq!(month(word), Some(m), "{word}");
        }
        assert!(is_verse_label("Verset :") && is_verse_label("본문:") && is_verse_label("Scripture"));
        assert!(!is_verse_label("Pray for"));
    }
}
