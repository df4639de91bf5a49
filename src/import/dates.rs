//! Dates as bulletins write them.

use chrono::NaiveDate;

const FORMATS: &[&str] =
    &["%B %d, %Y", "%B %d %Y", "%d %B %Y", "%d %B, %Y", "%Y-%m-%d", "%b %d, %Y", "%b %d %Y", "%d %b %Y", "%b. %d, %Y"];
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A whole line that is a date: `June 26, 2021`, `26 June 2021`, `Saturday, June 26, 2021`,
/// `2021-06-26`, optionally after "Week of".
pub fn parse_date_line(line: &str) -> Option<NaiveDate> {
    let mut t = line.trim().trim_end_matches('.').trim();
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
    FORMATS.iter().find_map(|f| NaiveDate::parse_from_str(t, f).ok())
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
}
