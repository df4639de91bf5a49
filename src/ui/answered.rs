//! Answered prayer: every thread a praise report closed, newest answer first, with the weeks from
//! request to answer.

use crate::app::{App, Command};
use crate::threads::{Status, Thread};
use crate::ui::timeline::thread_ui;

/// The central panel listing answered threads: a heading, then one row per story, only the rows
/// on screen drawn.
pub fn answered_panel_ui(ui: &mut egui::Ui, app: &mut App) {
    let mut commands = Vec::new();
    let keys = app.dialog().is_none() && app.search.is_none();
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(library) = &app.library else { return };
        let all = app.threads.all();
        let answered: Vec<&Thread> = all.iter().filter(|t| t.status == Status::Answered).collect();
        let open = all.len() - answered.len();
        let guess = |row: usize| match row {
            0 => 100.0,
            _ => answered.get(row - 1).map_or(0.0, |t| 60.0 + 110.0 * t.items.len() as f32),
        };
        crate::ui::rows::rows_ui(ui, ("answered", keys), answered.len() + 1, guess, |ui, row| {
            let Some(thread) = row.checked_sub(1).and_then(|t| answered.get(t)) else {
                ui.add_space(12.0);
                ui.label(egui::RichText::new(crate::tr!("answered-title")).size(26.0).strong());
                if ui.button(crate::tr!("reader-back")).clicked() {
                    commands.push(Command::ShowRegionTimeline(None));
                }
                ui.label(
                    egui::RichText::new(format!(
                        "{} answered, {open} still open. A paragraph joins a story with \u{201c}Follows up\u{2026}\u{201d} in the editor.",
                        answered.len()
                    ))
                    .weak(),
                );
                return;
            };
            ui.add_space(12.0);
            // A region's name heads its first story (the stories are grouped by region).
            if row == 1 || answered[row - 2].region != thread.region {
                ui.label(egui::RichText::new(&thread.region).size(16.0).strong());
            }
            commands.extend(thread_ui(ui, library, thread));
        });
    });
    for command in commands {
        app.push(command);
    }
}
