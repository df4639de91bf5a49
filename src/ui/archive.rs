//! The archive: every week, newest first, grouped by year and month, with missing weeks shown.

use chrono::Datelike as _;

use crate::app::{App, Command};

/// One row of the archive list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// "June 2021".
    Month(String),
    /// A bulletin: its file stem, and the text of its row ("Jun 26  Headline").
    Bulletin {
        /// The file stem.
        stem: String,
        /// "Jun 26" or "—".
        day: String,
        /// The headline.
        title: String,
        /// "Draft" or "Ready" before it is sent; nothing once sent.
        state: Option<String>,
    },
    /// Weeks with no bulletin between two that have one.
    Gap(String),
}

/// The archive rows for a library's entries (newest first).
pub fn rows(entries: &[crate::library::Entry]) -> Vec<Row> {
    let mut rows = Vec::new();
    // The language's ways of writing a month and a day, looked up once.
    let (month_pattern, day_pattern, locale) =
        (crate::tr!("date-month"), crate::tr!("date-short"), crate::i18n::chrono_locale());
    let short = |d: chrono::NaiveDate| d.format_localized(&day_pattern, locale).to_string();
    let mut month = None;
    let mut newer: Option<chrono::NaiveDate> = None;
    for entry in entries {
        let b = &entry.bulletin;
        match b.date {
            Some(date) => {
                if let Some(newer) = newer {
                    let missing = (newer - date).num_days() / 7 - 1;
                    if missing == 1
                        && let Some(week) = crate::model::weeks_after(date, 1)
                    {
                        rows.push(Row::Gap(crate::tr!("archive-no-bulletin-for", week = short(week))));
                    } else if missing > 1 {
                        rows.push(Row::Gap(crate::tr!("archive-no-bulletin-weeks", count = missing)));
                    }
                }
                newer = Some(date);
                let this_month = (date.year(), date.month());
                if month != Some(Some(this_month)) {
                    month = Some(Some(this_month));
                    rows.push(Row::Month(date.format_localized(&month_pattern, locale).to_string()));
                }
            }
            None => {
                if month != Some(None) {
                    month = Some(None);
                    rows.push(Row::Month(crate::tr!("undated")));
                }
            }
        }
        rows.push(Row::Bulletin {
            stem: entry.stem.clone(),
            day: b.date.map_or_else(|| "—".to_owned(), short),
            title: b.shown_title().to_owned(),
            state: (b.state != crate::model::ReviewState::Sent).then(|| b.state.label()),
        });
    }
    rows
}

/// "Opening …: 1,234 of 5,200 weeks read", with a bar, while a large library is read.
fn loading_ui(ui: &mut egui::Ui, loading: &crate::app::Loading) {
    use std::sync::atomic::Ordering;
    let done = loading.progress.done.load(Ordering::Relaxed);
    let total = loading.progress.total.load(Ordering::Relaxed);
    let name =
        loading.dir.file_name().map_or_else(|| loading.dir.display().to_string(), |n| n.to_string_lossy().into());
    ui.add_space(6.0);
    ui.label(egui::RichText::new(crate::tr!("archive-opening", name = name.as_str())).strong());
    let fraction = if total == 0 { 0.0 } else { done as f32 / total as f32 };
    let text = if total == 0 {
        crate::tr!("archive-listing")
    } else {
        crate::tr!(
            "archive-read-so-far",
            done = u64::try_from(done).unwrap_or(0),
            total = u64::try_from(total).unwrap_or(0)
        )
    };
    ui.add(egui::ProgressBar::new(fraction).text(text));
    ui.separator();
}

/// The archive panel at the left. Only the rows in view are drawn, so a library of thousands of
/// weeks scrolls as smoothly as one of ten.
pub fn archive_ui(ui: &mut egui::Ui, app: &mut App) {
    egui::Panel::left("archive").resizable(true).default_size(280.0).min_size(180.0).show(ui, |ui| {
        if let Some(loading) = &app.loading {
            loading_ui(ui, loading);
        }
        let Some(library) = &app.library else {
            if app.loading.is_none() {
                ui.label(crate::tr!("archive-no-library"));
            }
            return;
        };
        ui.add_space(6.0);
        ui.heading(&library.settings.name);
        ui.label(
            egui::RichText::new(crate::tr!(
                "archive-count",
                count = u64::try_from(library.entries.len()).unwrap_or(u64::MAX)
            ))
            .weak(),
        );
        // Sharing is a coordinator's work: reading mode leaves it out.
        let shared = if app.settings.reading_only { Vec::new() } else { share_status_ui(ui, &app.sharing) };
        if !library.problems.is_empty() {
            egui::CollapsingHeader::new(
                egui::RichText::new(crate::tr!("archive-unreadable")).strong().color(ui.visuals().error_fg_color),
            )
            .default_open(true)
            .show(ui, |ui| {
                for problem in &library.problems {
                    ui.label(egui::RichText::new(problem.to_string()).small());
                }
            });
        }
        if app.edit.as_ref().is_some_and(|e| e.stem.is_none()) {
            ui.label(egui::RichText::new(crate::tr!("archive-new-unsaved")).strong())
                .on_hover_text(crate::tr!("archive-save-it"));
        }
        ui.separator();
        let mut chosen = None;
        let row_height = ui.text_style_height(&egui::TextStyle::Button) + ui.spacing().button_padding.y * 2.0;
        let rows = &app.archive_rows;
        egui::ScrollArea::vertical().auto_shrink([false, false]).show_rows(ui, row_height, rows.len(), |ui, range| {
            for row in &rows[range] {
                match row {
                    Row::Month(label) => {
                        row_ui(ui, row_height, |ui| ui.label(egui::RichText::new(label).strong()));
                    }
                    Row::Gap(label) => {
                        row_ui(ui, row_height, |ui| ui.label(egui::RichText::new(label).italics().weak()));
                    }
                    Row::Bulletin { stem, day, title, state } => {
                        // Reading mode shows no review states.
                        let state = if app.settings.reading_only { &None } else { state };
                        // The week on screen: the one being edited, else the one read.
                        let selected = match &app.edit {
                            Some(edit) => edit.stem.as_deref() == Some(stem.as_str()),
                            None => app.current.as_deref() == Some(stem.as_str()),
                        };
                        let editing_this = app.edit.as_ref().is_some_and(|e| e.stem.as_deref() == Some(stem.as_str()));
                        let unsaved = if editing_this && app.is_dirty() { "● " } else { "" };
                        let state = state.as_ref().map(|s| format!("[{s}] ")).unwrap_or_default();
                        let button =
                            egui::Button::selectable(selected, format!("{unsaved}{day}  {state}{title}")).truncate();
                        let response = row_ui(ui, row_height, |ui| ui.add(button)).on_hover_text(title);
                        if response.clicked() {
                            chosen = Some(stem.clone());
                        }
                    }
                }
            }
        });
        if let Some(stem) = chosen {
            app.push(Command::Select(stem));
        }
        for command in shared {
            app.push(command);
        }
    });
}

/// One archive row, left-aligned, exactly `height` tall so the list can skip rows out of view.
fn row_ui(ui: &mut egui::Ui, height: f32, add: impl FnOnce(&mut egui::Ui) -> egui::Response) -> egui::Response {
    ui.allocate_ui_with_layout(
        egui::vec2(ui.available_width(), height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_height(height);
            add(ui)
        },
    )
    .inner
}

/// Where the library stands with the shared copy, beside its name, with "Share library" (and the
/// decisions waiting, when there are).
fn share_status_ui(ui: &mut egui::Ui, sharing: &crate::app::sharing::Sharing) -> Vec<Command> {
    use crate::app::sharing::ShareStatus;
    let mut commands = Vec::new();
    ui.horizontal_wrapped(|ui| {
        let status = &sharing.status;
        let text = egui::RichText::new(status.label()).small();
        let text = match status {
            ShareStatus::Offline(_) | ShareStatus::Decide(_) => text.color(ui.visuals().warn_fg_color),
            _ => text.weak(),
        };
        let label = ui.label(text);
        if let ShareStatus::Offline(why) = status {
            label.on_hover_text(why);
        }
        let share = crate::app::Action::Share;
        if ui.add(egui::Button::new(share.label()).small()).on_hover_text(share.hover_text(ui.ctx())).clicked() {
            commands.push(Command::Action(share));
        }
        if matches!(status, ShareStatus::Decide(_)) && ui.small_button(crate::tr!("archive-decide")).clicked() {
            commands.push(Command::Action(crate::app::Action::Decisions));
        }
    });
    commands
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Entry;
    use crate::model::Bulletin;

    fn entry(date: Option<(i32, u32, u32)>, title: &str) -> Entry {
        let date = date.and_then(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d));
        Entry {
            stem: title.to_owned(),
            bulletin: Bulletin { date, title: title.to_owned(), ..Bulletin::default() },
            ..Entry::default()
        }
    }

    #[test]
    fn months_gaps_and_undated_last() {
        let entries = [
            entry(Some((2021, 6, 26)), "a"),
            entry(Some((2021, 6, 19)), "b"),
            entry(Some((2021, 6, 5)), "c"),
            entry(Some((2021, 5, 29)), "d"),
            entry(Some((2021, 5, 1)), "f"),
            entry(None, "e"),
        ];
        let labels: Vec<String> = rows(&entries)
            .into_iter()
            .map(|r| match r {
                Row::Month(m) => format!("# {m}"),
                Row::Gap(g) => format!("~ {g}"),
                Row::Bulletin { day, title, .. } => format!("{day} {title}"),
            })
            .collect();
        assert_eq!(
            labels,
            [
                "# June 2021",
                "Jun 26 a",
                "Jun 19 b",
                "~ No bulletin for Jun 12",
                "Jun 5 c",
                "# May 2021",
                "May 29 d",
                "~ No bulletin for 3 weeks",
                "May 1 f",
                "# Undated",
                "— e"
            ]
        );
    }
}
