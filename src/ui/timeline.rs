//! One region's paragraphs from every week, newest first, as one timeline.

use crate::app::{App, Command};
use crate::threads::{At, Status, Thread};
use crate::ui::widgets::{item_ui, text_with_highlight};

/// A thread as one block: its status and span, then each paragraph under its week's date (a link).
/// The timeline and the answered view show threads so.
pub fn thread_ui(ui: &mut egui::Ui, library: &crate::library::Library, thread: &Thread) -> Option<Command> {
    let mut command = None;
    let day = |d: Option<chrono::NaiveDate>| d.map_or_else(|| crate::tr!("undated"), crate::model::medium_date);
    egui::Frame::group(ui.style()).inner_margin(egui::Margin::same(10)).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let weeks = match (thread.first, thread.last) {
            (Some(a), Some(b)) => {
                let count = (b - a).num_days() / 7;
                crate::tr!("timeline-weeks", count = count)
            }
            _ => String::new(),
        };
        let heading = match thread.status {
            Status::Answered => {
                crate::tr!("timeline-answered", from = day(thread.first), to = day(thread.last), weeks = weeks)
            }
            Status::Open => crate::tr!("timeline-open", from = day(thread.first), to = day(thread.last)),
        };
        let color = match thread.status {
            Status::Answered => crate::ui::widgets::kind_badge(ui, crate::model::ItemKind::Praise).1,
            Status::Open => crate::ui::widgets::kind_badge(ui, crate::model::ItemKind::Request).1,
        };
        ui.label(egui::RichText::new(heading).strong().color(color));
        for at in &thread.items {
            let Some((bulletin, item)) = at.get(&library.entries) else { continue };
            ui.add_space(6.0);
            if ui
                .link(egui::RichText::new(day(bulletin.date)).strong())
                .on_hover_text(crate::tr!("timeline-open-week"))
                .clicked()
            {
                command = Some(Command::Select(library.entries[at.entry].stem.clone()));
            }
            let text = text_with_highlight(ui, &item.text, egui::FontId::proportional(15.0), None);
            item_ui(ui, item, text, None);
        }
    });
    command
}

/// The central panel in timeline mode: a heading, then one row per week that has the region,
/// only the rows on screen drawn.
pub fn timeline_panel_ui(ui: &mut egui::Ui, app: &mut App, region: &str) {
    let mut commands = Vec::new();
    let weeks = app.region_weeks(region);
    let keys = app.dialog().is_none() && app.search.is_none();
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(library) = &app.library else { return };
        let guess = |row: usize| match row {
            0 => 80.0,
            _ => weeks.get(row - 1).map_or(0.0, |at| 40.0 + 90.0 * at.items as f32),
        };
        crate::ui::rows::rows_ui(ui, ("timeline", keys), weeks.len() + 1, guess, |ui, row| {
            let Some(week) = row.checked_sub(1).and_then(|w| weeks.get(w)) else {
                ui.add_space(12.0);
                ui.label(
                    egui::RichText::new(crate::tr!("toolbar-region-every-week", region = region)).size(26.0).strong(),
                );
                if ui.button(crate::tr!("reader-back")).clicked() {
                    commands.push(Command::ShowRegionTimeline(None));
                }
                return;
            };
            week_ui(ui, library, &app.threads, week, &mut commands);
        });
    });
    for command in commands {
        app.push(command);
    }
}

/// One week of a region: its date (a link to the week), then its paragraphs, a story told once at
/// its latest week.
fn week_ui(
    ui: &mut egui::Ui,
    library: &crate::library::Library,
    threads: &crate::threads::Threads,
    week: &RegionWeek,
    commands: &mut Vec<Command>,
) {
    let Some(entry) = library.entries.get(week.entry) else { return };
    let Some(section) = entry.bulletin.sections.get(week.section) else { return };
    ui.add_space(14.0);
    let date = entry.bulletin.long_date();
    if ui.link(egui::RichText::new(&date).strong().size(16.0)).on_hover_text(crate::tr!("timeline-open-week")).clicked()
    {
        commands.push(Command::Select(entry.stem.clone()));
    }
    if section.items.is_empty() {
        ui.label(egui::RichText::new(crate::tr!("timeline-nothing")).weak());
    }
    for (item_index, item) in section.items.iter().enumerate() {
        let at = At { entry: week.entry, section: week.section, item: item_index };
        match threads.of(at) {
            // A story is told together, at its latest week.
            Some(thread) if thread.items.last() == Some(&at) => {
                commands.extend(thread_ui(ui, library, thread));
            }
            Some(thread) => {
                let last = thread.last.map_or_else(|| crate::tr!("undated"), crate::model::medium_date);
                ui.label(
                    egui::RichText::new(format!(
                        "{}: {}… (told with its story under {last})",
                        item.kind.label(),
                        item.text.chars().take(60).collect::<String>()
                    ))
                    .small()
                    .weak(),
                );
            }
            None => {
                let text = text_with_highlight(ui, &item.text, egui::FontId::proportional(15.0), None);
                item_ui(ui, item, text, None);
            }
        }
    }
}

/// A week that has a region: where its section is among the library's entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionWeek {
    /// Index into the entries.
    pub entry: usize,
    /// Index into that bulletin's sections.
    pub section: usize,
    /// How many paragraphs the section has (for a first guess at the row's height).
    pub items: usize,
}

/// The weeks that have `region`, newest first, worked out once for each region shown and again
/// only when the library changes.
pub fn region_weeks(entries: &[crate::library::Entry], region: &str) -> Vec<RegionWeek> {
    entries
        .iter()
        .enumerate()
        .filter_map(|(entry, e)| {
            let section = e.bulletin.sections.iter().position(|s| s.region == region)?;
            Some(RegionWeek { entry, section, items: e.bulletin.sections[section].items.len() })
        })
        .collect()
}
