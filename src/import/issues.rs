//! The bulletins stage of the outline: headings that are each a bulletin of their own. A page that
//! lists a church's monthly or weekly sheets (`1월: 선교를 위한 기도`, `12월: 선교를 위한 기도`,
//! `Week of May 3 – Prayer points`, `Week of May 10 – Prayer points`) repeats one title under a
//! month or a date that changes: a person sees one sheet per title, not one sheet with sections that
//! all have the same name.

use super::text::Line;

/// Marks the headings that start a bulletin of their own, and returns their line numbers. The lines
/// above the first one that are not dates are the page's (its name, its menu), marked furniture.
pub(super) fn mark(lines: &mut [Line]) -> Vec<usize> {
    let headings: Vec<(usize, &str, &str)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.markdown_heading)
        .filter_map(|(i, l)| split_marker(&l.text).map(|(marker, title)| (i, marker, title)))
        .collect();
    let mut issues: Vec<usize> = Vec::new();
    for (k, &(i, marker, title)) in headings.iter().enumerate() {
        let same = |&&(_, m, t): &&(usize, &str, &str)| t == title && m != marker;
        if headings[..k].iter().any(|h| same(&h)) || headings[k + 1..].iter().any(|h| same(&h)) {
            issues.push(i);
        }
    }
    let Some(&first) = issues.first() else { return Vec::new() };
    for i in &issues {
        lines[*i].markdown_heading = false;
        lines[*i].issue = true;
    }
    for l in lines[..first].iter_mut().filter(|l| !l.text.is_empty() && super::parse_date_line(&l.text).is_none()) {
        l.furniture = true;
    }
    issues.iter().map(|&i| lines[i].number).collect()
}

/// A heading's marker of time (a month, a date) and the title after it: `1월: 선교를 위한 기도` →
/// (`1월`, `선교를 위한 기도`), `March – Prayer points` → (`March`, `Prayer points`).
fn split_marker(text: &str) -> Option<(&str, &str)> {
    let at = text.find([':', '\u{ff1a}', '\u{2013}', '\u{2014}', '|']).or_else(|| text.find(" - "))?;
    let (marker, rest) = text.split_at(at);
    let marker = marker.trim();
    let title = rest.trim_start_matches([':', '\u{ff1a}', '\u{2013}', '\u{2014}', '|', '-', ' ']).trim();
    let numbered_month =
        |m: &str| m.strip_suffix(['월', '月']).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    let of_time = super::words::month(marker).is_some()
        || numbered_month(marker)
        || super::parse_date_line(marker).is_some()
        || super::dates::leading_date(marker).is_some();
    (of_time && !title.is_empty() && title.chars().count() <= 80).then_some((marker, title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_repeated_under_a_changing_month_is_one_bulletin_each() {
        assert_eq!(split_marker("1월: 선교를 위한 기도"), Some(("1월", "선교를 위한 기도")));
        assert_eq!(split_marker("March \u{2013} Prayer points"), Some(("March", "Prayer points")));
        assert_eq!(split_marker("Monday: Prayer points"), None);
        assert_eq!(split_marker("Families: pray"), None);
        let text =
            "Mission news\n\n1월: 선교를 위한 기도\n\n첫 편지입니다.\n\n12월: 선교를 위한 기도\n\n둘째 편지입니다.\n";
        let mut lines = super::super::text::clean_lines(text);
        for i in [2, 6] {
            lines[i].markdown_heading = true;
        }
        assert_eq!(mark(&mut lines), vec![3, 7]);
        assert!(lines[0].furniture && lines[2].issue && !lines[2].markdown_heading);
    }

    #[test]
    fn different_titles_under_months_are_sections() {
        let text = "Januar: Kirche\n\nText.\n\nFebruar: Schule\n\nText.\n";
        let mut lines = super::super::text::clean_lines(text);
        for i in [0, 4] {
            lines[i].markdown_heading = true;
        }
        assert!(mark(&mut lines).is_empty());
        assert!(!lines[0].issue && lines[0].markdown_heading);
    }
}
