//! Words a reader of prayer sheets knows in the languages the coordinators receive them in: weekday
//! and month names, the labels that introduce a verse, and the words that start a "day" heading.
//! English, Spanish, Portuguese, French, German, Korean and Chinese (both scripts).

/// Weekday names, Monday first, each with the forms sheets use (lower case; Korean and Chinese as
/// written).
pub const WEEKDAYS: [&[&str]; 7] = [
    &[
        "monday",
        "lunes",
        "segunda-feira",
        "segunda",
        "lundi",
        "montag",
        "월요일",
        "星期一",
        "週一",
        "周一",
        "禮拜一",
        "礼拜一",
    ],
    &[
        "tuesday",
        "martes",
        "terça-feira",
        "terça",
        "terca-feira",
        "terca",
        "mardi",
        "dienstag",
        "화요일",
        "星期二",
        "週二",
        "周二",
        "禮拜二",
        "礼拜二",
    ],
    &[
        "wednesday",
        "miércoles",
        "miercoles",
        "quarta-feira",
        "quarta",
        "mercredi",
        "mittwoch",
        "수요일",
        "星期三",
        "週三",
        "周三",
        "禮拜三",
        "礼拜三",
    ],
    &[
        "thursday",
        "jueves",
        "quinta-feira",
        "quinta",
        "jeudi",
        "donnerstag",
        "목요일",
        "星期四",
        "週四",
        "周四",
        "禮拜四",
        "礼拜四",
    ],
    &[
        "friday",
        "viernes",
        "sexta-feira",
        "sexta",
        "vendredi",
        "freitag",
        "금요일",
        "星期五",
        "週五",
        "周五",
        "禮拜五",
        "礼拜五",
    ],
    &[
        "saturday",
        "sábado",
        "sabado",
        "samedi",
        "samstag",
        "sonnabend",
        "토요일",
        "星期六",
        "週六",
        "周六",
        "禮拜六",
        "礼拜六",
    ],
    &[
        "sunday",
        "domingo",
        "dimanche",
        "sonntag",
        "주일",
        "일요일",
        "星期日",
        "星期天",
        "主日",
        "週日",
        "周日",
        "禮拜日",
        "礼拜日",
        "禮拜天",
        "礼拜天",
    ],
];

/// Month names, January first, in each language's usual forms and abbreviations (lower case).
pub const MONTHS: [&[&str]; 12] = [
    &["january", "jan", "enero", "ene", "janeiro", "janvier", "janv", "januar", "jän"],
    &["february", "feb", "febrero", "fevereiro", "fev", "février", "fevrier", "févr", "fevr", "februar"],
    &["march", "mar", "marzo", "março", "marco", "mars", "märz", "marz"],
    &["april", "apr", "abril", "abr", "avril", "avr"],
    &["may", "mayo", "maio", "mai"],
    &["june", "jun", "junio", "junho", "juin"],
    &["july", "jul", "julio", "julho", "juillet", "juil", "juli"],
    &["august", "aug", "agosto", "ago", "août", "aout", "aoû"],
    &["september", "sep", "sept", "septiembre", "setiembre", "set", "setembro", "septembre"],
    &["october", "oct", "octubre", "outubro", "out", "octobre", "oktober", "okt"],
    &["november", "nov", "noviembre", "novembro", "novembre"],
    &["december", "dec", "diciembre", "dic", "dezembro", "dez", "décembre", "decembre", "déc", "dezember"],
];

/// Words that open a numbered day of a prayer guide: "Day 3", "Día 3", "Jour 3", "Tag 3".
pub const DAY_WORDS: &[&str] = &["day", "día", "dia", "jour", "tag", "semana", "week", "semaine", "woche"];

/// Labels that introduce the sheet's verse: "Verse:", "Scripture:", "Verset :", "본문:", "經文：".
pub const VERSE_LABELS: &[&str] = &[
    "verse",
    "scripture",
    "bible verse",
    "verse of the week",
    "memory verse",
    "reading",
    "versículo",
    "versiculo",
    "texto",
    "cita",
    "palabra",
    "versículo bíblico",
    "verset",
    "texte",
    "verset du jour",
    "vers",
    "bibelvers",
    "losung",
    "bibelstelle",
    "본문",
    "말씀",
    "성경",
    "요절",
    "오늘의 말씀",
    "經文",
    "经文",
    "金句",
    "經節",
    "经节",
];

/// The weekday a word names (0 = Monday), in any of the languages.
pub fn weekday(word: &str) -> Option<usize> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    // The longest name is 13 bytes (`segunda-feira`): a longer word is none (most words are asked).
    if w.len() < 2 || w.len() > 15 {
        return None;
    }
    let found = |w: &str| WEEKDAYS.iter().position(|names| names.iter().any(|n| n.eq_ignore_ascii_case(w)));
    if w.is_ascii() { found(w) } else { found(&w.to_lowercase()) }
}

/// Whether a text starts with a Korean or Chinese weekday's name, which needs no space after it
/// (`星期日(教會長期發展)`, `주일예배`).
pub fn starts_with_weekday(text: &str) -> bool {
    text.starts_with(|c: char| !c.is_ascii())
        && WEEKDAYS
            .iter()
            .flat_map(|names| names.iter())
            .any(|n| !n.is_ascii() && n.chars().count() >= 2 && text.starts_with(n))
}

/// The month a word names (1 = January), in any of the languages; a trailing period is allowed.
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 || w.len() > 12 {
        return None;
    }
    let found = |w: &str| MONTHS.iter().position(|names| names.iter().any(|n| n.eq_ignore_ascii_case(w)));
    let at = if w.is_ascii() { found(w) } else { found(&w.to_lowercase()) };
    at.and_then(|i| u32::try_from(i + 1).ok())
}

/// Whether a label (the words before a colon) introduces a verse.
pub fn is_verse_label(label: &str) -> bool {
    let lower = label.trim().trim_end_matches([':', '\u{ff1a}']).trim().to_lowercase();
    VERSE_LABELS.contains(&lower.as_str())
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
