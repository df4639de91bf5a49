//! "Save changes?" before leaving a bulletin with unsaved edits.

use super::dialog_ui;
use crate::app::{Command, UnsavedAnswer};

/// The question.
pub fn unsaved_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        "Save changes?",
        egui::vec2(480.0, 150.0),
        commands,
        |ui, _, _| {
            ui.label("This bulletin has changes that are not saved yet.");
        },
        |ui, commands| {
            if ui.button("Save and continue").clicked() {
                commands.push(Command::Unsaved(UnsavedAnswer::Save));
            }
            if ui.button("Discard changes").clicked() {
                commands.push(Command::Unsaved(UnsavedAnswer::Discard));
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::Unsaved(UnsavedAnswer::Cancel));
            }
        },
    );
}
