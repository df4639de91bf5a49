//! The form a line's start takes, for the outline stage: lines of one form are siblings (`2- …`,
//! `[Monday] …`, `Day 3 – …`, `… Sunday`, `PRAY FOR …`, `Focus: …`, `Pray for Our …`).

/// The form a line's start takes: lines of one form are siblings.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// A number and a mark: `1-`, `2.`, `(3)`, `4)`, `①`, `一、` (the mark is kept: `1.` and `1-` differ).
    Number(String),
    /// A word in brackets first: `[Monday]`, `【主日】`.
    Bracket,
    /// A weekday's name first or last: `Tuesday: …`, `Spiritual life Sunday`, `월요일`.
    Weekday,
    /// A numbered day or week: `Day 3`, `Día 3`, `第三週`, `3일차`.
    DayNumber,
    /// A month's name first: `Février 2021`.
    Month,
    /// Every letter a capital: `PRAY FOR OUR NATION`.
    Capitals,
    /// A short label, a colon, and words: `为学院祈祷:为良院40周年活动代祷`, `Focus: the city`.
    Labelled,
    /// The same first two words: `Pray for Our Churches`, `Pray for Our World`.
    Lead(String),
}

/// The form of a line, from its source (`source`, with the markers cleaning removed) and its text.
pub fn form_of(source: &str, text: &str) -> Option<Form> {
    let source = source.trim_start_matches(['\u{2022}', '*', '#', '>', ' ']).trim_start();
    if let Some(mark) = number_mark(source) {
        return Some(Form::Number(mark));
    }
    if source.starts_with(['[', '\u{3010}']) && source.contains([']', '\u{3011}']) {
        return Some(Form::Bracket);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    let last = words.last().copied().unwrap_or("");
    let first_word = first.split([':', '\u{ff1a}', ',', '-', '\u{2013}']).next().unwrap_or(first);
    if super::words::weekday(first_word).is_some()
        || (words.len() > 1 && super::words::weekday(last).is_some())
        || super::words::starts_with_weekday(text)
    {
        return Some(Form::Weekday);
    }
    if is_day_number(&words) {
        return Some(Form::DayNumber);
    }
    if super::words::month(first).is_some() && words.len() <= 3 {
        return Some(Form::Month);
    }
    let letters = || text.chars().filter(|c| c.is_alphabetic());
    if !letters().any(char::is_lowercase) && letters().filter(|c| c.is_uppercase()).nth(3).is_some() {
        return Some(Form::Capitals);
    }
    if let Some((label, rest)) = text.split_once([':', '\u{ff1a}'])
        && (1..=12).contains(&label.chars().count())
        && !rest.trim().is_empty()
    {
        return Some(Form::Labelled);
    }
    if words.len() >= 3 {
        return Some(Form::Lead(format!("{} {}", words[0].to_lowercase(), words[1].to_lowercase())));
    }
    None
}

/// `1-`, `2.`, `3)`, `(4)`, `５．`, `①`, `一、`: the mark after the number, when the line starts so.
fn number_mark(source: &str) -> Option<String> {
    let mut chars = source.chars().peekable();
    let first = *chars.peek()?;
    if ('\u{2460}'..='\u{2473}').contains(&first) {
        return Some("circled".to_owned());
    }
    if first == '(' {
        let inner: String = source[1..].chars().take_while(char::is_ascii_digit).collect();
        let after = &source[1 + inner.len()..];
        return (!inner.is_empty() && after.starts_with(')')).then(|| "()".to_owned());
    }
    let digits: String =
        source.chars().take_while(|c| c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(c)).collect();
    let numerals: String = source.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).collect();
    let number = if digits.is_empty() { numerals } else { digits };
    if number.is_empty() || number.chars().count() > 2 {
        return None;
    }
    let rest = &source[number.len()..];
    let mark: String = rest
        .chars()
        .take_while(|c| matches!(c, '-' | '.' | ')' | '\u{2013}' | '\u{3001}' | '\u{ff0e}' | '/' | ':'))
        .collect();
    if mark.is_empty()
        || !rest[mark.len()..].starts_with(' ') && !rest[mark.len()..].starts_with(|c: char| !c.is_ascii())
    {
        return None;
    }
    Some(mark)
}

/// `Day 3`, `Día 3 –`, `Jour 3`, `Week 2`, `第三週`, `第3天`, `3일차`, `3일`.
fn is_day_number(words: &[&str]) -> bool {
    let Some(first) = words.first() else { return false };
    let lower = first.to_lowercase();
    if super::words::is_day_word(&lower)
        && words.get(1).is_some_and(|w| w.trim_end_matches([':', '.', ',']).chars().all(|c| c.is_ascii_digit()))
    {
        return true;
    }
    let t = first;
    if let Some(rest) = t.strip_prefix('\u{7b2c}') {
        let number: String =
            rest.chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).collect();
        let after = &rest[number.len()..];
        return !number.is_empty() && after.starts_with(['\u{5929}', '\u{65e5}', '\u{9031}', '\u{5468}', '\u{9802}']);
    }
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    !digits.is_empty()
        && (t[digits.len()..].starts_with("\u{c77c}\u{cc28}") || t[digits.len()..].starts_with("\u{c8fc}"))
}
