//! One region's paragraphs from every week, newest first, as one timeline.

use crate::app::{App, Command};
use crate::ui::reader::{item_ui, reading_column, text_with_highlight};

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
                for entry in library.entries.iter() {
                    let Some(section) = entry.bulletin.section(region) else { continue };
                    ui.add_space(14.0);
                    let date = entry.bulletin.long_date();
                    if ui.link(egui::RichText::new(&date).strong().size(16.0)).on_hover_text("Open this week").clicked()
                    {
                        commands.push(Command::Select(entry.stem.clone()));
                    }
                    if section.items.is_empty() {
                        ui.label(egui::RichText::new("Nothing this week.").weak());
                    }
                    for item in &section.items {
                        let text = text_with_highlight(ui, &item.text, egui::FontId::proportional(15.0), None);
                        item_ui(ui, item, text);
                    }
                }
            });
        });
    });
    for command in commands {
        app.push(command);
    }
}
