//! Answered prayer: every thread a praise report closed, newest answer first, with the weeks from
//! request to answer.

use crate::app::{App, Command};
use crate::threads::Status;
use crate::ui::timeline::thread_ui;
use crate::ui::widgets::reading_column;

/// The central panel listing answered threads.
pub fn answered_panel_ui(ui: &mut egui::Ui, app: &mut App) {
    let mut commands = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(library) = &app.library else { return };
        egui::ScrollArea::vertical().id_salt("answered").auto_shrink([false, false]).show(ui, |ui| {
            reading_column(ui, |ui| {
                ui.add_space(12.0);
                ui.label(egui::RichText::new("Answered prayer").size(26.0).strong());
                if ui.button("Back to the bulletin").clicked() {
                    commands.push(Command::ShowRegionTimeline(None));
                }
                let answered: Vec<_> = app.threads.all().iter().filter(|t| t.status == Status::Answered).collect();
                let open = app.threads.all().len() - answered.len();
                ui.label(
                    egui::RichText::new(format!(
                        "{} answered, {open} still open. A paragraph joins a story with \u{201c}Follows up\u{2026}\u{201d} in the editor.",
                        answered.len()
                    ))
                    .weak(),
                );
                let mut region = None;
                for thread in answered {
                    ui.add_space(12.0);
                    if region != Some(&thread.region) {
                        ui.label(egui::RichText::new(&thread.region).size(16.0).strong());
                    }
                    region = Some(&thread.region);
                    commands.extend(thread_ui(ui, library, thread));
                }
            });
        });
    });
    for command in commands {
        app.push(command);
    }
}
