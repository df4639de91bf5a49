//! Unsaved edits from an earlier run, offered back.

use std::path::PathBuf;

use super::dialog_ui;
use crate::app::Command;
use crate::library::recovery::Recovery;

/// The offer.
pub fn recovery_ui(ctx: &egui::Context, offer: &[(PathBuf, Recovery)], commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        &crate::tr!("recovery-title"),
        egui::vec2(620.0, 420.0),
        commands,
        |ui, commands, _| {
            ui.label(crate::tr!("recovery-question"));
            for (i, (_, recovery)) in offer.iter().enumerate() {
                ui.separator();
                let title = recovery.bulletin.shown_title();
                ui.label(format!("{} — {title}", recovery.bulletin.long_date()));
                ui.horizontal(|ui| {
                    if ui.button(crate::tr!("recovery-restore", week = recovery.bulletin.long_date())).clicked() {
                        commands.push(Command::RestoreRecovery(i));
                    }
                    if ui.button(crate::tr!("recovery-discard", week = recovery.bulletin.long_date())).clicked() {
                        commands.push(Command::DiscardRecovery(i));
                    }
                });
            }
        },
        |ui, commands| {
            if ui.button(crate::tr!("recovery-later")).on_hover_text(crate::tr!("recovery-later-tip")).clicked() {
                commands.push(Command::Action(crate::app::Action::Close));
            }
        },
    );
}
