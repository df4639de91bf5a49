//! The bulletin being edited changed on disk: keep mine, take theirs, or keep both.

use super::dialog_ui;
use crate::app::{Command, DiskConflictAnswer};

/// The question.
pub fn disk_conflict_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        "Changed by someone else",
        egui::vec2(600.0, 180.0),
        commands,
        |ui, _, _| {
            ui.label("The bulletin you are editing was changed on disk (by a synced folder, git, or another coordinator). What should happen?");
        },
        |ui, commands| {
            if ui.button("Keep mine").on_hover_text("Keep editing; saving replaces their version").clicked() {
                commands.push(Command::DiskConflict(DiskConflictAnswer::KeepMine));
            }
            if ui.button("Take theirs").on_hover_text("Drop your edits and show their version").clicked() {
                commands.push(Command::DiskConflict(DiskConflictAnswer::TakeTheirs));
            }
            if ui.button("Save mine as a copy").on_hover_text("Keep both: yours in a file of its own").clicked() {
                commands.push(Command::DiskConflict(DiskConflictAnswer::SaveMineAsCopy));
            }
        },
    );
}
