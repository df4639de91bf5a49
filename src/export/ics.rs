//! The daily plan as an iCalendar file: one all-day event per day, each holding that day's
//! reading, so a phone's calendar shows the day's prayers. Written with the icalendar crate, which
//! escapes and folds lines as RFC 5545 asks. Every value is fixed by the bulletin (the UIDs from its
//! file name, the time stamps from its date), so the same plan always gives the same file.

use icalendar::{Calendar, Component as _, EventLike as _};

use super::ExportError;
use super::plan::{DailyPlan, NOTHING_NEW};

/// Writes the plans as one calendar.
pub(super) fn write(plans: &[DailyPlan<'_>], library_name: &str) -> Result<String, ExportError> {
    // Written out rather than `Calendar::new()`'s, whose PRODID names the crate, not the program.
    let mut calendar = Calendar::empty();
    calendar.append_property(icalendar::Property::new("VERSION", "2.0"));
    calendar.append_property(icalendar::Property::new("PRODID", "-//Prayer Bulletin//Daily plan//EN"));
    calendar.append_property(icalendar::Property::new("CALSCALE", "GREGORIAN"));
    let name = match plans {
        [one] => format!("{} \u{2014} day by day", headline(one)),
        _ => format!("{} \u{2014} day by day", library_name.trim()),
    };
    calendar.name(&name);
    for plan in plans {
        let stem = plan.bulletin.file_stem();
        for day in &plan.days {
            let Some(date) = day.date else {
                let how = if plans.len() == 1 {
                    "give the bulletin a date (or, on the command line, the first day with --start)"
                } else {
                    "give the bulletin a date, or export only the dated weeks (--from and --to)"
                };
                return Err(ExportError::Unavailable(format!(
                    "\"{}\" has no date, so its days cannot go in a calendar: {how}",
                    headline(plan)
                )));
            };
            let next = date.succ_opt().ok_or_else(|| {
                ExportError::Unavailable(format!("{date} is the last date the calendar holds; give an earlier --start"))
            })?;
            let stamp = date.and_hms_opt(0, 0, 0).map(|t| t.and_utc()).unwrap_or_default();
            let event = icalendar::Event::new()
                .uid(&format!("{stem}-day-{}@prayer-bulletin.invalid", day.number))
                .timestamp(stamp)
                .summary(&format!("{} \u{2014} day {} of 7", headline(plan), day.number))
                .description(&description(plan, day))
                .starts(date)
                .ends(next)
                .done();
            calendar.push(event);
        }
    }
    Ok(calendar.done().to_string())
}

fn headline<'a>(plan: &'a DailyPlan<'_>) -> &'a str {
    let title = plan.bulletin.title.trim();
    if title.is_empty() { crate::model::PRODUCT_NAME } else { title }
}

/// The day's reading as plain text: the verse on day one, then each region's paragraphs, the
/// marked as in the text handout (internal only); the closing note at the end of every day, as it travels with each event.
fn description(plan: &DailyPlan<'_>, day: &super::plan::Day<'_>) -> String {
    let mut out = String::new();
    if let Some(verse) = day.verse {
        out.push_str(&format!("\u{201c}{}\u{201d}", verse.text.trim()));
        if !verse.reference.is_empty() {
            out.push_str(&format!(" \u{2013} {}", verse.reference.trim()));
        }
        out.push_str("\n\n");
    }
    if day.readings.is_empty() {
        out.push_str(NOTHING_NEW);
        out.push_str("\n\n");
    }
    for (region, items) in day.by_region() {
        out.push_str(region);
        out.push_str(":\n");
        for item in items {
            out.push_str(&super::text::marked(&plan.marks(item), item.text.trim()));
            out.push_str("\n\n");
        }
    }
    if let Some(closing) = &plan.bulletin.closing {
        out.push_str(closing.trim());
    }
    out.trim_end().to_owned()
}
