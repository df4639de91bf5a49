//! The daily plan: a week's bulletin spread over seven days, to read one day at a time. Every
//! paragraph is on exactly one day, in reading order; day one opens with the verse. The days are
//! balanced by length, so no day is much longer to pray through than the others.
//!
//! The plan is made from the bulletins a [`Prepared`] hands over, so a public plan holds only
//! what a public handout holds.

use chrono::NaiveDate;

use super::{ExportError, Mark, PageLayout, Paper, Prepared, html, markdown, text};
use crate::model::{Bulletin, Item, Verse};

/// How many days a plan has.
pub const DAYS: usize = 7;

/// What a day with no paragraph of its own says (a week with fewer paragraphs than days).
pub const NOTHING_NEW: &str = "Nothing new today: pray again for this week's requests.";

/// One bulletin spread over seven days.
#[derive(Clone, Debug)]
pub struct DailyPlan<'a> {
    /// The bulletin, as the audience may see it.
    pub bulletin: &'a Bulletin,
    /// The seven days, in order.
    pub days: Vec<Day<'a>>,
    /// Whether it is for the public (whose handouts mark nothing).
    pub public: bool,
    /// The notes of linked paragraphs ("Update on …"), for an internal plan.
    pub notes: Option<&'a crate::threads::ThreadNotes>,
}

impl<'a> DailyPlan<'a> {
    /// The marks shown before a paragraph in an internal plan, as in the other handouts ("Not for
    /// sharing", "Personal", where its story stands); none in a public one.
    pub fn marks(&self, item: &Item) -> Vec<Mark<'a>> {
        if self.public {
            return Vec::new();
        }
        let mut marks = Mark::of_item(item);
        if let Some(note) = self.notes.and_then(|n| n.note(item)) {
            marks.push(Mark::Thread(note));
        }
        marks
    }
}

/// One day of a plan.
#[derive(Clone, Debug)]
pub struct Day<'a> {
    /// 1 to 7.
    pub number: usize,
    /// Its date, when the plan has a first day (the bulletin's date or the one asked for).
    pub date: Option<NaiveDate>,
    /// The verse, on day one only.
    pub verse: Option<&'a Verse>,
    /// The day's paragraphs, in reading order, each with its region.
    pub readings: Vec<Reading<'a>>,
}

/// A paragraph and the region it is in.
#[derive(Clone, Copy, Debug)]
pub struct Reading<'a> {
    /// The region's name.
    pub region: &'a str,
    /// The paragraph.
    pub item: &'a Item,
}

impl Day<'_> {
    /// "Day 1 · Saturday, October 31", or "Day 1" when the plan has no dates.
    pub fn heading(&self) -> String {
        match self.date {
            Some(date) => format!(
                "{} \u{b7} {}",
                crate::tr!("day-number", number = self.number),
                date.format_localized(&crate::tr!("date-day"), crate::i18n::chrono_locale())
            ),
            None => crate::tr!("day-number", number = self.number),
        }
    }

    /// The readings in runs of one region each: a region is named once where its run starts.
    pub fn by_region(&self) -> Vec<(&str, Vec<&Item>)> {
        let mut runs: Vec<(&str, Vec<&Item>)> = Vec::new();
        for reading in &self.readings {
            match runs.last_mut() {
                Some((region, items)) if *region == reading.region => items.push(reading.item),
                _ => runs.push((reading.region, vec![reading.item])),
            }
        }
        runs
    }
}

/// The plan of each prepared bulletin, its first day `start` or else the bulletin's date.
///
/// `start` is for one week: with more than one bulletin it is refused, since every week would
/// start on the same day.
pub fn daily_plans<'a>(
    prepared: &'a Prepared<'_>,
    start: Option<NaiveDate>,
) -> Result<Vec<DailyPlan<'a>>, ExportError> {
    if start.is_some() && prepared.bulletins().len() > 1 {
        return Err(ExportError::Usage(
            "--start gives the first day of one week's plan; export one week (--date) with it".to_owned(),
        ));
    }
    let public = prepared.audience() == super::Audience::Public;
    let notes = prepared.notes();
    Ok(prepared.bulletins().iter().map(|b| DailyPlan { public, notes, ..plan_of(b, start) }).collect())
}

/// How long a paragraph is to read, with a little for its heading and the pause between.
fn weight(text: &str) -> usize {
    text.chars().count() + 40
}

fn plan_of(bulletin: &Bulletin, start: Option<NaiveDate>) -> DailyPlan<'_> {
    let start = start.or(bulletin.date);
    let readings: Vec<Reading<'_>> = bulletin
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(move |item| Reading { region: s.region.as_str(), item }))
        .collect();
    let verse_weight = bulletin.verse.as_ref().map_or(0, |v| weight(&v.text));
    let weights: Vec<usize> = readings.iter().map(|r| weight(&r.item.text)).collect();
    let ends = balanced_ends(&weights, verse_weight, DAYS);
    let mut days = Vec::with_capacity(DAYS);
    let mut from = 0;
    for number in 1..=DAYS {
        let to = ends.get(number - 1).copied().unwrap_or(from);
        days.push(Day {
            number,
            date: start.and_then(|d| d.checked_add_days(chrono::Days::new(number as u64 - 1))),
            verse: if number == 1 { bulletin.verse.as_ref() } else { None },
            readings: readings[from..to].to_vec(),
        });
        from = to;
    }
    DailyPlan { bulletin, days, public: false, notes: None }
}

/// Where each day's run of paragraphs ends: `days` contiguous runs (fewer when there are fewer
/// paragraphs, one each), the longest day as short as it can be, day one carrying `first_extra`
/// (the verse); among equal plans, the one a linear-partition table would give (each later day as
/// long as it may be). Worked out by halving the longest day allowed, each guess checked in one pass:
/// O(days · n · log(total)), so a week of 100,000 paragraphs takes milliseconds, not minutes.
fn balanced_ends(weights: &[usize], first_extra: usize, days: usize) -> Vec<usize> {
    let n = weights.len();
    let k = days.min(n);
    if k == 0 {
        return Vec::new();
    }
    let mut prefix = vec![0; n + 1];
    for (i, w) in weights.iter().enumerate() {
        prefix[i + 1] = prefix[i] + w;
    }
    let mut ends = vec![0; k];
    let mut j = n;
    for g in (1..k).rev() {
        ends[g] = j;
        // The least longest day for the first j paragraphs over days 0..=g, then where day g starts:
        // as early as both halves allow.
        let bound = least_longest(&prefix, j, g + 1, first_extra);
        let earliest = prefix.partition_point(|&p| p + bound < prefix[j]).max(g);
        j = earliest.min(j - 1);
    }
    ends[0] = j;
    ends
}

/// The least longest day that lets the first `j` paragraphs fill `groups` days (each one at least
/// one paragraph, `j >= groups`).
fn least_longest(prefix: &[usize], j: usize, groups: usize, first_extra: usize) -> usize {
    let (mut lo, mut hi) = (0, prefix[j] + first_extra);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if days_needed(prefix, j, mid, first_extra).is_some_and(|d| d <= groups) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// How few days the first `j` paragraphs fit in when no day may be longer than `bound` (day one
/// carrying `first_extra`); `None` when one paragraph alone is longer.
fn days_needed(prefix: &[usize], j: usize, bound: usize, first_extra: usize) -> Option<usize> {
    let (mut days, mut start, mut extra) = (1, 0, first_extra);
    for i in 0..j {
        if prefix[i + 1] - prefix[start] + extra > bound && i > start {
            days += 1;
            start = i;
            extra = 0;
        }
        if prefix[i + 1] - prefix[i] + extra > bound {
            return None;
        }
    }
    Some(days)
}

/// The bulletin's headline, or the product's name when it has none.
pub(super) fn headline(b: &Bulletin) -> &str {
    b.printed_title()
}

/// The plan's subtitle: "Seven days from Saturday, October 31, 2026".
pub fn subtitle(plan: &DailyPlan<'_>) -> String {
    match plan.days.first().and_then(|d| d.date) {
        Some(date) => format!("Seven days from {}", crate::model::long_date(date)),
        None => "Seven days of prayer".to_owned(),
    }
}

/// The plans as printable text, each starting on a new page.
pub(super) fn write_text(plans: &[DailyPlan<'_>], width: usize, ascii: bool) -> String {
    let width = width.max(20);
    let mut out = String::new();
    for (i, plan) in plans.iter().enumerate() {
        if i > 0 {
            out.push_str("\n\u{0c}\n");
        }
        text::title(&mut out, headline(plan.bulletin), width);
        out.push_str(&subtitle(plan));
        out.push_str("\n\n");
        for day in &plan.days {
            text::heading(&mut out, &day.heading(), width);
            if let Some(verse) = day.verse {
                text::verse_block(&mut out, verse, width);
            }
            if day.readings.is_empty() {
                text::fill_into(&mut out, NOTHING_NEW, width);
                out.push_str("\n\n");
            }
            for (region, items) in day.by_region() {
                out.push_str(region);
                out.push_str(":\n");
                for item in items {
                    text::fill_into(&mut out, &text::marked(&plan.marks(item), &item.text), width);
                    out.push_str("\n\n");
                }
            }
        }
        if let Some(closing) = &plan.bulletin.closing {
            text::fill_into(&mut out, closing, width);
            out.push('\n');
        }
    }
    if ascii { text::to_ascii(&out) } else { out }
}

/// The plans as Markdown, separated by rules.
pub(super) fn write_markdown(plans: &[DailyPlan<'_>]) -> String {
    let escape = markdown::escape;
    let mut out = String::new();
    for (i, plan) in plans.iter().enumerate() {
        if i > 0 {
            out.push_str("\n---\n\n");
        }
        out.push_str(&format!("# {}\n\n*{}*\n\n", escape(headline(plan.bulletin)), subtitle(plan)));
        for day in &plan.days {
            out.push_str(&format!("## {}\n\n", day.heading()));
            if let Some(v) = day.verse {
                out.push_str(&format!("> \u{201c}{}\u{201d}\n", escape(&v.text)));
                if !v.reference.is_empty() {
                    out.push_str(&format!(">\n> \u{2014} {}\n", escape(&v.reference)));
                }
                out.push('\n');
            }
            if day.readings.is_empty() {
                out.push_str(&format!("*{NOTHING_NEW}*\n\n"));
            }
            for (region, items) in day.by_region() {
                out.push_str(&format!("### {}\n\n", escape(region)));
                for item in items {
                    for mark in plan.marks(item) {
                        out.push_str(&format!("**{}:** ", mark.words()));
                    }
                    out.push_str(&format!("{}\n\n", escape(&item.text)));
                }
            }
        }
        if let Some(closing) = &plan.bulletin.closing {
            out.push_str(&format!("*{}*\n", escape(closing)));
        }
    }
    out
}

/// What the plan adds to the handout's style sheet: each day kept together on paper.
const PLAN_STYLE: &str = "section.day { break-inside: avoid; page-break-inside: avoid; }\n\
h3 { font-size: 1em; margin: .8em 0 .2em; color: #444; }\n\
.subtitle { color: #555; font-style: italic; margin: 0 0 1.2em; }\n";

/// The plans as one HTML page, a section per day.
pub(super) fn write_html(plans: &[DailyPlan<'_>], library_name: &str, paper: Paper) -> String {
    let escape = html::escape;
    let mut body = String::new();
    for plan in plans {
        body.push_str("<article>\n");
        body.push_str(&format!("<h1>{}</h1>\n", escape(headline(plan.bulletin))));
        body.push_str(&format!("<p class=\"subtitle\">{}</p>\n", escape(&subtitle(plan))));
        for day in &plan.days {
            body.push_str(&format!("<section class=\"day\">\n<h2>{}</h2>\n", escape(&day.heading())));
            if let Some(v) = day.verse {
                body.push_str(&format!("<blockquote><p>\u{201c}{}\u{201d}</p>", escape(&v.text)));
                if !v.reference.is_empty() {
                    body.push_str(&format!("<footer>\u{2014} {}</footer>", escape(&v.reference)));
                }
                body.push_str("</blockquote>\n");
            }
            if day.readings.is_empty() {
                body.push_str(&format!("<p class=\"rest\">{}</p>\n", escape(NOTHING_NEW)));
            }
            for (region, items) in day.by_region() {
                body.push_str(&format!("<h3>{}</h3>\n", escape(region)));
                for item in items {
                    body.push_str(&html::paragraph(item, &plan.marks(item)));
                }
            }
            body.push_str("</section>\n");
        }
        if let Some(closing) = &plan.bulletin.closing {
            body.push_str(&format!("<p class=\"closing\">{}</p>\n", escape(closing)));
        }
        body.push_str("</article>\n");
    }
    let title = match plans {
        [one] => format!("{} \u{2014} day by day", headline(one.bulletin)),
        _ => library_name.to_owned(),
    };
    html::page(&title, paper, PageLayout::Standard, PLAN_STYLE, &body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Audience, Context};
    use crate::model::{ItemKind, Section};

    fn bulletin(paragraphs: &[usize]) -> Bulletin {
        Bulletin {
            date: NaiveDate::from_ymd_opt(2026, 10, 31),
            title: "A week".into(),
            verse: Some(Verse { text: "Be joyful in hope.".into(), reference: "Romans 12:12".into() }),
            sections: paragraphs
                .chunks(3)
                .enumerate()
                .map(|(s, lens)| Section {
                    region: format!("Region {s}"),
                    items: lens
                        .iter()
                        .enumerate()
                        .map(|(i, len)| Item {
                            kind: ItemKind::Request,
                            text: format!("P{s}.{i} {}", "x".repeat(*len)),
                            sensitive: false,
                            ..Item::default()
                        })
                        .collect(),
                })
                .collect(),
            ..Bulletin::default()
        }
    }

    fn texts<'a>(plan: &'a DailyPlan<'_>) -> Vec<&'a str> {
        plan.days.iter().flat_map(|d| &d.readings).map(|r| r.item.text.as_str()).collect()
    }

    #[test]
    fn every_paragraph_is_on_exactly_one_day_in_reading_order() {
        for lens in
            [vec![], vec![10], vec![300; 6], vec![50, 900, 40, 40, 40, 600, 30, 30, 30, 30, 30, 30, 500], vec![200; 31]]
        {
            let b = bulletin(&lens);
            let context = Context::default();
            let prepared = Prepared::new(&[&b], Audience::Internal, &context);
            let plans = daily_plans(&prepared, None).unwrap();
            let plan = &plans[0];
            assert_eq!(plan.days.len(), DAYS);
            let all: Vec<&str> = b.sections.iter().flat_map(|s| &s.items).map(|i| i.text.as_str()).collect();
            assert_eq!(texts(plan), all, "{lens:?}");
            assert!(plan.days[0].verse.is_some() && plan.days[1..].iter().all(|d| d.verse.is_none()));
            // Days that have paragraphs come first; none is empty while a later one has some.
            let filled = plan.days.iter().filter(|d| !d.readings.is_empty()).count();
            assert_eq!(filled, lens.len().min(DAYS), "{lens:?}");
            assert!(plan.days[..filled].iter().all(|d| !d.readings.is_empty()));
            let dates: Vec<_> = plan.days.iter().map(|d| d.date.unwrap()).collect();
            assert_eq!(dates[0], b.date.unwrap());
            assert!(dates.windows(2).all(|w| (w[1] - w[0]).num_days() == 1));
        }
    }

    #[test]
    fn days_are_balanced_by_length() {
        // Fourteen equal paragraphs: two a day.
        let b = bulletin(&[300; 14]);
        let context = Context::default();
        let prepared = Prepared::new(&[&b], Audience::Internal, &context);
        let plan = &daily_plans(&prepared, None).unwrap()[0];
        let counts: Vec<usize> = plan.days.iter().map(|d| d.readings.len()).collect();
        assert_eq!(counts.iter().sum::<usize>(), 14);
        assert!(counts.iter().all(|&c| (1..=3).contains(&c)), "{counts:?}");
        // One long paragraph has a day to itself.
        assert_eq!(balanced_ends(&[10, 10, 1000, 10, 10], 0, 2), vec![2, 5]);
        assert_eq!(balanced_ends(&[10, 10, 10], 0, 7), vec![1, 2, 3]);
    }

    /// The table this replaces, kept to check against: O(days · n²).
    fn table_ends(weights: &[usize], first_extra: usize, days: usize) -> Vec<usize> {
        let n = weights.len();
        let k = days.min(n);
        if k == 0 {
            return Vec::new();
        }
        let mut prefix = vec![0; n + 1];
        for (i, w) in weights.iter().enumerate() {
            prefix[i + 1] = prefix[i] + w;
        }
        let cost = |g: usize, from: usize, to: usize| prefix[to] - prefix[from] + if g == 0 { first_extra } else { 0 };
        let mut best = vec![vec![usize::MAX; n + 1]; k];
        let mut cut = vec![vec![0; n + 1]; k];
        for (j, best) in best[0].iter_mut().enumerate().skip(1) {
            *best = cost(0, 0, j);
        }
        for g in 1..k {
            for j in (g + 1)..=n {
                for i in g..j {
                    let longest = best[g - 1][i].max(cost(g, i, j));
                    if longest < best[g][j] {
                        best[g][j] = longest;
                        cut[g][j] = i;
                    }
                }
            }
        }
        let mut ends = vec![0; k];
        let mut j = n;
        for g in (0..k).rev() {
            ends[g] = j;
            j = cut[g][j];
        }
        ends
    }

    #[test]
    fn the_quick_partition_gives_the_tables_plan() {
        let mut seed = 7_u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(seed >> 40).unwrap_or(0)
        };
        for round in 0..400 {
            let n = round % 30;
            let weights: Vec<usize> = (0..n).map(|_| 40 + next() % 600).collect();
            let extra = if round % 3 == 0 { 0 } else { next() % 900 };
            assert_eq!(balanced_ends(&weights, extra, 7), table_ends(&weights, extra, 7), "{weights:?} {extra}");
        }
    }

    #[test]
    fn a_week_of_a_hundred_thousand_paragraphs_is_planned_in_one_pass() {
        let weights: Vec<usize> = (0..100_000).map(|i| 40 + i % 300).collect();
        let ends = balanced_ends(&weights, 100, 7);
        assert_eq!(ends.len(), 7);
        assert_eq!(ends[6], 100_000);
        assert!(ends.windows(2).all(|w| w[0] < w[1]), "{ends:?}");
    }

    #[test]
    fn start_moves_the_days_and_is_for_one_week_only() {
        let b = bulletin(&[100; 3]);
        let start = NaiveDate::from_ymd_opt(2026, 11, 1);
        let context = Context::default();
        let prepared = Prepared::new(&[&b], Audience::Internal, &context);
        let plan = &daily_plans(&prepared, start).unwrap()[0];
        assert_eq!(plan.days[6].date, NaiveDate::from_ymd_opt(2026, 11, 7));
        assert_eq!(plan.days[0].heading(), "Day 1 \u{b7} Sunday, November 1");
        let context = Context::default();
        let two = Prepared::new(&[&b, &b], Audience::Internal, &context);
        assert!(matches!(daily_plans(&two, start), Err(ExportError::Usage(_))));
    }
}
