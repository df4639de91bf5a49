//! "Delete this bulletin?": the file goes to the library's trash folder.

use super::dialog_ui;
use crate::app::{Action, Command};
use crate::model::Bulletin;

/// The question.
pub fn confirm_delete_ui(ctx: &egui::Context, bulletin: Option<&Bulletin>, commands: &mut Vec<Command>) {
    let title = bulletin.map(|b| format!("{} ({})", b.title, b.long_date())).unwrap_or_default();
    dialog_ui(
        ctx,
        "Delete this bulletin?",
        egui::vec2(520.0, 170.0),
        commands,
        |ui, _, _| {
            ui.label(format!("{title} will be moved to the library's trash folder, where it can be recovered."));
        },
        |ui, commands| {
            if ui.button("Move to trash").clicked() {
                commands.push(Command::DeleteConfirmed);
            }
            if ui.button("Keep it").clicked() {
                commands.push(Command::Action(Action::Close));
            }
        },
    );
}
