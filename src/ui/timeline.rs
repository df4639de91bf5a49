//! One region's paragraphs from every week, newest first, as one timeline.

use crate::app::{App, Command};
use crate::threads::{At, Status, Thread};
use crate::ui::widgets::{item_ui, reading_column, text_with_highlight};

/// A thread as one block: its status and span, then each paragraph under its week's date (a link).
/// The timeline and the answered view show threads so.
pub fn thread_ui(ui: &mut egui::Ui, library: &crate::library::Library, thread: &Thread) -> Option<Command> {
    let mut command = None;
    let day = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "undated".to_owned(), crate::model::medium_date);
    egui::Frame::group(ui.style()).inner_margin(egui::Margin::same(10)).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let weeks = match (thread.first, thread.last) {
            (Some(a), Some(b)) => format!(", {} weeks", (b - a).num_days() / 7),
            _ => String::new(),
        };
        let heading = match thread.status {
            Status::Answered => {
                format!("Answered: prayed for from {} to {}{weeks}", day(thread.first), day(thread.last))
            }
            Status::Open => format!("Open: since {}, last news {}", day(thread.first), day(thread.last)),
        };
        let color = match thread.status {
            Status::Answered => crate::ui::widgets::kind_badge(ui, crate::model::ItemKind::Praise).1,
            Status::Open => crate::ui::widgets::kind_badge(ui, crate::model::ItemKind::Request).1,
        };
        ui.label(egui::RichText::new(heading).strong().color(color));
        for at in &thread.items {
            let Some((bulletin, item)) = at.get(&library.entries) else { continue };
            ui.add_space(6.0);
            if ui.link(egui::RichText::new(day(bulletin.date)).strong()).on_hover_text("Open this week").clicked() {
                command = Some(Command::Select(library.entries[at.entry].stem.clone()));
            }
            let text = text_with_highlight(ui, &item.text, egui::FontId::proportional(15.0), None);
            item_ui(ui, item, text, None);
        }
    });
    command
}

/// The central panel in timeline mode.
pub fn timeline_panel_ui(ui: &mut egui::Ui, app: &mut App, region: &str) {
    let mut commands = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(library) = &app.library else { return };
        egui::ScrollArea::vertical().id_salt("timeline").auto_shrink([false, false]).show(ui, |ui| {
            reading_column(ui, |ui| {
                ui.add_space(12.0);
                ui.label(egui::RichText::new(format!("{region}, every week")).size(26.0).strong());
                if ui.button("Back to the bulletin").clicked() {
                    commands.push(Command::ShowRegionTimeline(None));
                }
                for (entry_index, entry) in library.entries.iter().enumerate() {
                    let Some(section_index) = entry.bulletin.sections.iter().position(|s| s.region == region) else {
                        continue;
                    };
                    let section = &entry.bulletin.sections[section_index];
                    ui.add_space(14.0);
                    let date = entry.bulletin.long_date();
                    if ui.link(egui::RichText::new(&date).strong().size(16.0)).on_hover_text("Open this week").clicked()
                    {
                        commands.push(Command::Select(entry.stem.clone()));
                    }
                    if section.items.is_empty() {
                        ui.label(egui::RichText::new("Nothing this week.").weak());
                    }
                    for (item_index, item) in section.items.iter().enumerate() {
                        let at = At { entry: entry_index, section: section_index, item: item_index };
                        match app.threads.of(at) {
                            // A story is told together, at its latest week.
                            Some(thread) if thread.items.last() == Some(&at) => {
                                commands.extend(thread_ui(ui, library, thread));
                            }
                            Some(thread) => {
                                let last = thread.last.map_or_else(|| "undated".to_owned(), crate::model::medium_date);
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
            });
        });
    });
    for command in commands {
        app.push(command);
    }
}
