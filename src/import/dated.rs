//! The dating stage: a bulletin with no date line takes the date written inside one of its own
//! lines, as a person reads it off the sheet: in the headline (`Prière pour le jeudi 31 mars 2016`,
//! `祷告事项–2021-08-22`, `20220814 宣教关怀`), under it (`代禱事項(二零二二年十月三十日至十一月五曰)`),
//! in a blog's byline (`Publicado por … - 07/07/2014`) or on a short line of its own at its foot
//! (`13.08.2025`).

use chrono::NaiveDate;

use super::dates::parse_date_line;

/// The longest line looked into for a date (a paragraph's dates are not the bulletin's).
const LONGEST: usize = 160;

/// Where a bulletin's date was found, and the date.
pub(super) struct Found {
    pub(super) line: usize,
    pub(super) date: NaiveDate,
}

/// The date of a bulletin whose lines are `lines` (1-based line numbers with their text), its
/// headline at `headline`: the headline's own date first, then the first one written in its top
/// lines, then one on a short line of its own.
pub(super) fn find<'a>(lines: impl Iterator<Item = (usize, &'a str)> + Clone, headline: usize) -> Option<Found> {
    let found = |(line, text): (usize, &str)| date_within(text, line == headline).map(|date| Found { line, date });
    let title = lines.clone().find(|&(n, _)| n == headline);
    let headline_date = title.and_then(found);
    let other = headline_date
        .or_else(|| lines.clone().filter(|(_, t)| !t.is_empty()).take(6).find_map(found))
        .or_else(|| lines.filter(|(_, t)| !t.is_empty() && t.chars().count() <= 24).find_map(found))?;
    // `기도 제목 (3/28)` over a post written `2020-03-27`: the headline's day, in the year of the
    // date found near it.
    if other.line != headline
        && let Some((month, day)) = title.and_then(|(_, t)| month_and_day(t))
        && let Some(date) = NaiveDate::from_ymd_opt(chrono::Datelike::year(&other.date), month, day)
        && (date - other.date).num_days().abs() <= 45
    {
        return Some(Found { line: headline, date });
    }
    Some(other)
}

/// A day written month first without its year, in brackets or at a headline's end: `(3/28)`.
fn month_and_day(text: &str) -> Option<(u32, u32)> {
    let t = text.trim_end().trim_end_matches([')', '\u{ff09}']);
    let start =
        t.char_indices().rev().find(|&(_, c)| !(c.is_ascii_digit() || c == '/')).map_or(0, |(at, c)| at + c.len_utf8());
    let (month, day) = t[start..].split_once('/')?;
    let (month, day) = (month.parse().ok()?, day.parse().ok()?);
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((month, day))
}

/// A date written anywhere in a short line, in any of the forms sheets use. `headline` allows the
/// terse forms a title uses and a sentence does not (`代祷室220919`).
pub fn date_within(text: &str, headline: bool) -> Option<NaiveDate> {
    let t = text.trim();
    if t.len() > LONGEST || !t.chars().any(|c| c.is_ascii_digit() || chinese_digit(c).is_some()) {
        return None;
    }
    if let Some(date) = parse_date_line(t) {
        return Some(date);
    }
    let converted = chinese_numerals(t);
    let t = converted.as_deref().unwrap_or(t);
    numbers_within(t, headline).or_else(|| words_within(t))
}

/// Dates in figures: `2021-08-22`, `2022年10月30日`, `13.08.2025`, `07/07/2014`, `20220814`, and
/// in a headline `220919` at its end.
fn numbers_within(t: &str, headline: bool) -> Option<NaiveDate> {
    let runs = figure_runs(t);
    for &(start, end) in &runs {
        let run = &t[start..end];
        if let Some(date) = figures_date(run) {
            return Some(date);
        }
    }
    if headline
        && let Some(&(start, end)) = runs.last()
        && end == t.len()
        && end - start == 6
        && start > 0
    {
        let d = |r: std::ops::Range<usize>| t[start + r.start..start + r.end].parse::<u32>().ok();
        let year = i32::try_from(2000 + d(0..2)?).ok()?;
        return NaiveDate::from_ymd_opt(year, d(2..4)?, d(4..6)?);
    }
    None
}

/// The stretches of a text made of digits and the marks between a date's figures.
fn figure_runs(t: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (at, c) in t.char_indices().chain(std::iter::once((t.len(), '\0'))) {
        let part = c.is_ascii_digit() || matches!(c, '.' | '/' | '-' | '年' | '月' | '日' | '년' | '월' | '일' | ' ');
        match (part, start) {
            (true, None) if c.is_ascii_digit() => start = Some(at),
            (false, Some(s)) => {
                runs.push((s, at));
                start = None;
            }
            _ => {}
        }
    }
    runs
}

/// A stretch of figures that is a date.
fn figures_date(run: &str) -> Option<NaiveDate> {
    let run = run.trim_end_matches([' ', '.', '-', '/']);
    let parts: Vec<&str> = run.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).collect();
    let number = |p: &str| p.parse::<u32>().ok();
    match parts.as_slice() {
        [one] if one.len() == 8 && (one.starts_with("19") || one.starts_with("20")) => {
            NaiveDate::from_ymd_opt(one[..4].parse().ok()?, number(&one[4..6])?, number(&one[6..])?)
        }
        [y, m, d, ..] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
            NaiveDate::from_ymd_opt(y.parse().ok()?, number(m)?, number(d)?)
        }
        [a, b, y, ..] if y.len() == 4 && a.len() <= 2 && b.len() <= 2 => {
            let (a, b, year) = (number(a)?, number(b)?, y.parse().ok()?);
            // Day first, as every language here but American English writes it; a first figure
            // over 12 or a second one that cannot be a month settles it.
            let slashed = run.contains('/');
            if slashed && a <= 12 && b > 12 {
                NaiveDate::from_ymd_opt(year, a, b)
            } else if slashed && a <= 12 && b <= 12 && a != b {
                None
            } else {
                NaiveDate::from_ymd_opt(year, b, a)
            }
        }
        _ => None,
    }
    .filter(|d| (1000..=9999).contains(&chrono::Datelike::year(d)))
}

/// Dates in words: `jeudi 31 mars 2016`, `9 diciembre - 31 diciembre 1969`: the first stretch of
/// up to six words that reads as a date.
fn words_within(t: &str) -> Option<NaiveDate> {
    if !t.contains(' ') {
        return None;
    }
    let starts: Vec<usize> = std::iter::once(0)
        .chain(t.char_indices().filter(|(_, c)| c.is_whitespace()).map(|(at, c)| at + c.len_utf8()))
        .collect();
    let ends: Vec<usize> = starts[1..].iter().copied().chain([t.len()]).collect();
    for (k, &start) in starts.iter().enumerate() {
        for n in (2..=6).rev() {
            let Some(&end) = ends.get(k + n - 1) else { continue };
            let window = t[start..end].trim_end().trim_end_matches([',', ')', ':', '.', '-', '\u{2013}']);
            if let Some(date) = parse_date_line(window).or_else(|| range_of_months(window)) {
                return Some(date);
            }
        }
    }
    None
}

/// `9 diciembre - 31 diciembre 1969`, `30 octobre au 5 novembre 2022`: the range's first day, in
/// the year written at its end.
fn range_of_months(window: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = window.split_whitespace().collect();
    let [d1, m1, dash, .., y] = words.as_slice() else { return None };
    if !matches!(*dash, "-" | "\u{2013}" | "au" | "al" | "a" | "to" | "bis" | "until") {
        return None;
    }
    let month = super::words::month(m1)?;
    let year: i32 = y.parse().ok().filter(|y| (1000..=9999).contains(y))?;
    NaiveDate::from_ymd_opt(year, month, d1.parse().ok()?)
}

/// The value of a Chinese digit (`〇`, `零` to `九`).
fn chinese_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九".chars().position(|d| d == c).or((c == '零').then_some(0)).and_then(|d| u32::try_from(d).ok())
}

/// `二零二二年十月三十日` written in figures (`2022年10月30日`), when the text has such a date.
fn chinese_numerals(t: &str) -> Option<String> {
    if !t.contains('年') || !t.chars().any(|c| chinese_digit(c).is_some() || c == '十') {
        return None;
    }
    let mut out = String::with_capacity(t.len());
    let mut number: Vec<char> = Vec::new();
    let flush = |number: &mut Vec<char>, out: &mut String| {
        if number.is_empty() {
            return;
        }
        let value = if number.contains(&'十') {
            let (tens, ones) = number.split_at(number.iter().position(|&c| c == '十').unwrap_or(0));
            let tens = tens.first().and_then(|&c| chinese_digit(c)).unwrap_or(1);
            let ones = ones.get(1).and_then(|&c| chinese_digit(c)).unwrap_or(0);
            (tens * 10 + ones).to_string()
        } else {
            number.iter().filter_map(|&c| chinese_digit(c)).map(|d| char::from_digit(d, 10).unwrap_or('0')).collect()
        };
        out.push_str(&value);
        number.clear();
    };
    for c in t.chars() {
        if chinese_digit(c).is_some() || c == '十' {
            number.push(c);
        } else {
            flush(&mut number, &mut out);
            // `曰` for `日`, as a hurried hand types it.
            out.push(if c == '曰' { '日' } else { c });
        }
    }
    flush(&mut number, &mut out);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn dates_inside_a_line() {
        for (line, headline, want) in [
            ("Prière pour le jeudi 31 mars 2016", true, day(2016, 3, 31)),
            ("祷告事项\u{2013}2021-08-22", true, day(2021, 8, 22)),
            ("20220814 宣教关怀/Missionary Care", true, day(2022, 8, 14)),
            ("代祷室220919", true, day(2022, 9, 19)),
            ("代祷室220919", false, None),
            ("代禱事項(二零二二年十月三十日至十一月五曰)", false, day(2022, 10, 30)),
            ("Publicado por José em Intercessão, Geral - 07/07/2014", false, day(2014, 7, 7)),
            ("13.08.2025", false, day(2025, 8, 13)),
            ("9 diciembre - 31 diciembre 1969", false, day(1969, 12, 9)),
            ("03/04/2020 meeting", false, None),
            ("12/31/2020", false, day(2020, 12, 31)),
            ("Pray for the 300 families of 2024", false, None),
            ("Psalm 23:1-3", true, None),
        ] {
            assert_eq!(date_within(line, headline), want, "{line}");
        }
    }

    #[test]
    fn the_headline_first_then_the_top_then_a_short_line() {
        let lines = [(1, "Weekly prayer"), (2, "A long paragraph about 2 May 2020 and more."), (3, "13.08.2025")];
        let found = find(lines.iter().copied(), 1).map(|f| (f.line, f.date));
        assert_eq!(found, Some((2, day(2020, 5, 2).unwrap())));
        let lines = [(1, "기도 제목 (3/28)"), (2, "작성일2020-03-27 작성자")];
        assert_eq!(month_and_day("기도제목3/28"), Some((3, 28)));
        assert_eq!(month_and_day("기도 제목"), None);
        assert_eq!(find(lines.iter().copied(), 1).map(|f| f.date), day(2020, 3, 28));
        let lines = [(1, "Prière du 5 février 2024"), (2, "1 mars 2024")];
        assert_eq!(find(lines.iter().copied(), 1).map(|f| f.line), Some(1));
        let long: Vec<(usize, &str)> =
            (1..=8).map(|n| (n, "Pray for the harvest.")).chain([(9, "13.08.2025")]).collect();
        assert_eq!(find(long.iter().copied(), 1).map(|f| f.line), Some(9));
    }
}
