//! Marking a bulletin ready: the checks still open, and a confirmation.

use super::{cancel_button, dialog_ui};
use crate::app::Command;

/// The open checks and the two answers.
pub fn mark_ready_ui(ctx: &egui::Context, checks: &[String], commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        "Mark ready to send?",
        egui::vec2(640.0, 420.0),
        commands,
        |ui, _, _| {
            if checks.is_empty() {
                ui.label("Every check passes. Ready bulletins go into public exports of every bulletin.");
            } else {
                ui.label(format!(
                    "{} check(s) still open. Mark it ready anyway, or go back and look at them:",
                    checks.len()
                ));
                for check in checks {
                    ui.label(format!("\u{2022} {check}"));
                }
            }
        },
        |ui, commands| {
            if ui.button("Mark ready").clicked() {
                commands.push(Command::ReadyConfirmed);
            }
            cancel_button(ui, commands);
        },
    );
}
