//! Dates as bulletins write them.

use chrono::NaiveDate;

const FORMATS: &[&str] =
    &["%B %d, %Y", "%B %d %Y", "%d %B %Y", "%d %B, %Y", "%Y-%m-%d", "%b %d, %Y", "%b %d %Y", "%d %b %Y", "%b. %d, %Y"];
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A whole line that is a date: `June 26, 2021`, `26 June 2021`, `Saturday, June 26, 2021`,
/// `2021-06-26`, optionally after "Week of".
pub fn parse_date_line(line: &str) -> Option<NaiveDate> {
    let t = line.trim();
    // No date line is long; a long line is a paragraph (and is never looked into twice below).
    if t.len() > 80 {
        return None;
    }
    // `2024年5月12日`, alone or before the same date in English (a bilingual sheet).
    if let Some((date, rest)) = cjk_date(t) {
        let rest = rest.trim_start_matches(['(', '\u{ff08}', '/', '|', ' ']).trim_end_matches([')', '\u{ff09}', ' ']);
        return (rest.is_empty() || rest.chars().all(|c| !c.is_ascii_digit()) || parse_date_line(rest) == Some(date))
            .then_some(date);
    }
    let mut t = t.trim_end_matches('.').trim();
    if t.len() > 40 || !t.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // Byte slices are taken with `get`, so a multi-byte character where a prefix would end is no match.
    let starts_with = |t: &str, prefix: &str| t.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    for prefix in ["week of ", "date: ", "date "] {
        if t.len() > prefix.len() && starts_with(t, prefix) {
            t = t[prefix.len()..].trim();
        }
    }
    for day in WEEKDAYS {
        if let Some(form) = [*day, &day[..3]].into_iter().find(|form| starts_with(t, form)) {
            let rest = t[form.len()..].trim_start_matches([',', '.']).trim();
            if rest.len() < t.len() {
                t = rest;
            }
            break;
        }
    }
    // A year of four digits: `January 4-10` is no date of the year -10.
    FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
        .or_else(|| words_date(t))
        .filter(|d| (1000..=9999).contains(&chrono::Datelike::year(d)))
}

/// Words that may stand between a date's parts or before it: `28 de maio de 2008`, `Semaine du
/// 8 août 2021`, `Sonntag, den 14. Mai 2023`.
const FILLERS: &[&str] =
    &["de", "del", "du", "le", "la", "the", "of", "den", "am", "week", "semaine", "semana", "woche"];

/// A date in words in any of the languages the importer reads, or in numbers year first:
/// `12 de marzo de 2023`, `5 février 2024`, `1er août 2021`, `quarta-feira, 28 de maio de 2008`,
/// `14. Mai 2023`, `May 14th, 2023`, `2023.5.14`, `2023/05/14`, `2020년 8월 9일`.
fn words_date(text: &str) -> Option<NaiveDate> {
    let mut tokens: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| c == '.' || c == '(' || c == ')'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !FILLERS.contains(&w.as_str()) && super::words::weekday(w).is_none())
        .collect();
    // A range of days gives its first: `07. - 13. Januar 2018`, `January 4-10, 2026`.
    if let [d1, dash, d2, ..] = tokens.as_slice()
        && matches!(dash.as_str(), "-" | "\u{2013}" | "bis" | "au" | "al" | "a" | "to")
        && d1.chars().all(|c| c.is_ascii_digit())
        && d2.chars().all(|c| c.is_ascii_digit())
    {
        tokens.drain(1..3);
    }
    for token in &mut tokens {
        if let Some((first, last)) = token.split_once(['-', '\u{2013}'])
            && !first.is_empty()
            && first.chars().all(|c| c.is_ascii_digit())
            && last.chars().all(|c| c.is_ascii_digit())
        {
            *token = first.to_owned();
        }
    }
    let number = |w: &str| -> Option<u32> {
        let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
        let suffix = &w[digits.len()..];
        let ordinal =
            ["", "st", "nd", "rd", "th", "er", "re", "ère", "º", "ª", "o", "a", "일", "월", "년", "日", "月", "年"];
        (!digits.is_empty() && ordinal.contains(&suffix)).then(|| digits.parse().ok()).flatten()
    };
    let year = |w: &str| number(w).filter(|y| (1000..=9999).contains(y)).and_then(|y| i32::try_from(y).ok());
    match tokens.as_slice() {
        [one] => numeric_date(one),
        [d, m, y] => {
            let (day, month) = match (super::words::month(d), super::words::month(m)) {
                (None, Some(month)) => (number(d)?, month),
                (Some(month), None) => (number(m)?, month),
                // `2020년 8월 9일`
                _ if d.ends_with('년') && m.ends_with('월') => {
                    return NaiveDate::from_ymd_opt(year(d)?, number(m)?, number(y)?);
                }
                _ => return None,
            };
            NaiveDate::from_ymd_opt(year(y)?, month, day)
        }
        _ => None,
    }
}

/// `2023.5.14`, `2023/05/14`, `2023.05.14.`: year first, in numbers.
fn numeric_date(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split(['.', '/', '-']).filter(|p| !p.is_empty()).collect();
    let [y, m, d] = parts.as_slice() else { return None };
    if y.len() != 4 || !parts.iter().all(|p| p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A date written `2024年5月12日` at the start of `text`, and what follows it.
fn cjk_date(text: &str) -> Option<(NaiveDate, &str)> {
    // The year is digits: a line that does not start with one is no such date (most lines).
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (year, rest) = text.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let (day, rest) = rest.split_once(['日', '号'])?;
    let number = |s: &str| s.trim().parse::<u32>().ok();
    let year = i32::try_from(number(year)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(month)?, number(day)?).map(|d| (d, rest))
}

/// A date that a line starts with, the words after it being something else (a headline):
/// `2026년 3월 8일 주간기도제목`, `2020년 8월 9일주간기도제목`, `2023.5.14 Prayer points`, `May 3, 2026 – Prayer`.
pub fn leading_date(line: &str) -> Option<NaiveDate> {
    let t = line.trim();
    if t.len() > 120 || !t.chars().take(12).any(|c| c.is_ascii_digit()) {
        return None;
    }
    if let Some(date) = leading_cjk_date(t) {
        return Some(date);
    }
    let starts: Vec<usize> = t.char_indices().filter(|(_, c)| *c == ' ').map(|(at, _)| at).collect();
    starts
        .iter()
        .take(5)
        .rev()
        .find_map(|&end| parse_date_line(t[..end].trim_end_matches([',', ':', '-', ' ', '\u{2013}'])))
}

/// A Korean or Chinese date a line starts with, ending with its day mark, words after it with or
/// without a space: `2020년 8월 9일주간기도제목`, `2024年3月3日 主日代禱`.
pub fn leading_cjk_date(line: &str) -> Option<NaiveDate> {
    let t = line.trim();
    if !t.starts_with(|c: char| c.is_ascii_digit()) || t.len() > 160 {
        return None;
    }
    let at = t.find(['\u{c77c}', '\u{65e5}'])?;
    let end = at + t[at..].chars().next().map_or(0, char::len_utf8);
    parse_date_line(&t[..end])
}

/// A short line that ends with a date (`Flood Relief Prayer Update 14 October 2023`): the words
/// before the date and the date.
pub fn split_trailing_date(line: &str) -> Option<(&str, NaiveDate)> {
    let t = line.trim();
    if t.len() > 120 || !t.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<(usize, &str)> = t
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    // The longest date at the end (`Saturday, October 14, 2023` before `October 14, 2023`).
    for n in (2..=5).rev() {
        if words.len() <= n {
            continue;
        }
        let (start, _) = words[words.len() - n];
        let Some(date) = parse_date_line(&t[start..]) else { continue };
        // `Prière : Semaine du 8 août 2021`: the date is part of the headline's words; it stays in it.
        let first = t[start..].split_whitespace().next().unwrap_or("").to_lowercase();
        if FILLERS.contains(&first.as_str()) {
            return Some((t, date));
        }
        let title =
            t[..start].trim_end().trim_end_matches(['-', '\u{2013}', '\u{2014}', ',', ':', '|', '\u{b7}']).trim_end();
        if title.split_whitespace().count() >= 2 {
            return Some((title, date));
        }
    }
    None
}

#[cfg(test)]
mod words_tests {
    use super::*;

    #[test]
    fn dates_in_the_languages_sheets_come_in() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        for (line, want) in [
            ("12 de marzo de 2023", day(2023, 3, 12)),
            ("5 février 2024", day(2024, 2, 5)),
            ("1er août 2021", day(2021, 8, 1)),
            ("quarta-feira, 28 de maio de 2008", day(2008, 5, 28)),
            ("Sonntag, 14. Mai 2023", day(2023, 5, 14)),
            ("May 14th, 2023", day(2023, 5, 14)),
            ("2023.5.14", day(2023, 5, 14)),
            ("2023/05/14", day(2023, 5, 14)),
            ("2020년 8월 9일", day(2020, 8, 9)),
            ("domingo 3 de marzo de 2024", day(2024, 3, 3)),
            ("Semaine du 8 août 2021", day(2021, 8, 8)),
            ("07. - 13. Januar 2018", day(2018, 1, 7)),
            ("January 4-10, 2026", day(2026, 1, 4)),
        ] {
            assert_eq!(parse_date_line(line), want, "{line}");
        }
        assert_eq!(leading_date("2020년 8월 9일주간기도제목"), day(2020, 8, 9));
        assert_eq!(leading_date("2023.5.14 Prayer points"), day(2023, 5, 14));
        assert_eq!(leading_date("Prayer points"), None);
        for line in ["3 de marzo", "Day 3 of 7", "1 Timothy 2:1", "2023.13.40", "Psalm 23 1"] {
            assert_eq!(parse_date_line(line), None, "{line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ways_bulletins_write_dates() {
        let want = NaiveDate::from_ymd_opt(2021, 6, 26);
        for line in [
            "June 26, 2021",
            "26 June 2021",
            "Saturday, June 26, 2021",
            "2021-06-26",
            "Sat, Jun 26, 2021",
            "Week of June 26, 2021",
        ] {
            assert_eq!(parse_date_line(line), want, "{line}");
        }
        assert_eq!(parse_date_line("June 5, 2021"), NaiveDate::from_ymd_opt(2021, 6, 5));
        assert_eq!(parse_date_line("Pray for 2021"), None);
        assert_eq!(parse_date_line("February 30, 2021"), None);
    }

    #[test]
    fn a_long_line_of_dates_is_no_date_and_no_deep_recursion() {
        let line = "2024年5月12日 ".repeat(100_000);
        assert_eq!(parse_date_line(&line), None);
        assert_eq!(parse_date_line("2024年5月12日 May 12, 2024"), NaiveDate::from_ymd_opt(2024, 5, 12));
    }

    #[test]
    fn chinese_dates_and_dates_inside_a_title() {
        let want = NaiveDate::from_ymd_opt(2024, 5, 12);
        assert_eq!(parse_date_line("2024年5月12日"), want);
        assert_eq!(parse_date_line("2024年5月12日 May 12, 2024"), want);
        assert_eq!(parse_date_line("2024年5月12日 May 13, 2024"), None);
        assert_eq!(parse_date_line("2024年13月12日"), None);
        assert_eq!(
            split_trailing_date("Flood Relief Prayer Update 14 October 2023"),
            Some(("Flood Relief Prayer Update", NaiveDate::from_ymd_opt(2023, 10, 14).unwrap()))
        );
        assert_eq!(
            split_trailing_date("Prayer Letter \u{2013} Saturday, October 14, 2023"),
            Some(("Prayer Letter", NaiveDate::from_ymd_opt(2023, 10, 14).unwrap()))
        );
        assert_eq!(split_trailing_date("October 14, 2023"), None);
        assert_eq!(split_trailing_date("Pray for the 300 families"), None);
    }
}
