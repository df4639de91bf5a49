//! Unsaved edits from an earlier run, offered back.

use std::path::PathBuf;

use super::dialog_ui;
use crate::app::Command;
use crate::library::recovery::Recovery;

/// The offer.
pub fn recovery_ui(ctx: &egui::Context, offer: &[(PathBuf, Recovery)], commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        "Unsaved edits from last time",
        egui::vec2(620.0, 420.0),
        commands,
        |ui, commands, _| {
            ui.label(
                "Prayer Bulletin closed before these edits were saved. Restore them into the editor, or discard them.",
            );
            for (i, (_, recovery)) in offer.iter().enumerate() {
                ui.separator();
                let title = recovery.bulletin.shown_title();
                ui.label(format!("{} — {title}", recovery.bulletin.long_date()));
                ui.horizontal(|ui| {
                    if ui.button(format!("Restore {}", recovery.bulletin.long_date())).clicked() {
                        commands.push(Command::RestoreRecovery(i));
                    }
                    if ui.button(format!("Discard {}", recovery.bulletin.long_date())).clicked() {
                        commands.push(Command::DiscardRecovery(i));
                    }
                });
            }
        },
        |ui, commands| {
            if ui
                .button("Decide later")
                .on_hover_text("The edits stay kept; they are offered again next time")
                .clicked()
            {
                commands.push(Command::Action(crate::app::Action::Close));
            }
        },
    );
}
