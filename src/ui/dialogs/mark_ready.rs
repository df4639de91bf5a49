//! Marking a bulletin ready: the checks still open, and a confirmation.

use super::{cancel_button, dialog_ui};
use crate::app::Command;

/// The open checks and the two answers.
pub fn mark_ready_ui(ctx: &egui::Context, checks: &[String], commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        &crate::tr!("ready-title"),
        egui::vec2(640.0, 420.0),
        commands,
        |ui, _, _| {
            if checks.is_empty() {
                ui.label(crate::tr!("ready-all-pass"));
            } else {
                ui.label(crate::tr!("ready-open", count = u64::try_from(checks.len()).unwrap_or(0)));
                for check in checks {
                    ui.label(format!("\u{2022} {check}"));
                }
            }
        },
        |ui, commands| {
            if ui.button(crate::tr!("ready-yes")).clicked() {
                commands.push(Command::ReadyConfirmed);
            }
            cancel_button(ui, commands);
        },
    );
}
