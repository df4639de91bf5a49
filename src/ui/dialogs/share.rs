//! Sharing a library through git: setting it up (where the shared copy is, who you are), and the
//! decisions put to the person when two coordinators changed the same words.

use super::{cancel_button, dialog_ui};
use crate::app::Command;
use crate::sharing::Decision;
use crate::sharing::decide::Keep;

/// "Share this library": the shared copy's address and the coordinator's name, asked once.
pub fn share_setup_ui(
    ctx: &egui::Context,
    (remote, name, email): (&mut String, &mut String, &mut String),
    opened: bool,
    commands: &mut Vec<Command>,
) {
    dialog_ui(
        ctx,
        "Share this library",
        egui::vec2(600.0, 330.0),
        &mut (remote, name, email, commands),
        |ui, (remote, name, email, _), _| {
            ui.label(
                "The library is shared through git: every save is kept in its history with your name, and \
                 \u{201c}Share library\u{201d} (Ctrl+Shift+S) sends your changes to the shared copy and takes the \
                 other coordinators'. The shared copy can be any git server, or a folder on a shared drive.",
            );
            ui.add_space(6.0);
            let label = ui.label("Address of the shared copy (leave empty to keep the history here only)");
            let field =
                ui.add(egui::TextEdit::singleline(&mut **remote).desired_width(f32::INFINITY)).labelled_by(label.id);
            if opened {
                field.request_focus();
            }
            let label = ui.label("Your name, for the history");
            ui.add(egui::TextEdit::singleline(&mut **name).desired_width(f32::INFINITY)).labelled_by(label.id);
            let label = ui.label("Your e-mail address");
            ui.add(egui::TextEdit::singleline(&mut **email).desired_width(f32::INFINITY)).labelled_by(label.id);
        },
        |ui, (remote, name, email, commands)| {
            let ready = !name.trim().is_empty();
            if ui.add_enabled(ready, egui::Button::new("Share")).on_disabled_hover_text("Your name, first").clicked() {
                commands.push(Command::ShareSetup {
                    remote: (*remote).clone(),
                    name: (*name).clone(),
                    email: (*email).clone(),
                });
            }
            cancel_button(ui, commands);
        },
    );
}

/// The decisions waiting: for each, yours and theirs side by side, and what to keep.
pub fn decisions_ui(ctx: &egui::Context, decisions: &[Decision], commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        "Decisions waiting",
        egui::vec2(820.0, 560.0),
        commands,
        |ui, commands, _| {
            ui.label(
                "You and another coordinator changed the same words. Yours is in the library until you choose; \
                 the version not kept stays in the history.",
            );
            for (i, d) in decisions.iter().enumerate() {
                ui.separator();
                ui.label(egui::RichText::new(format!("{}: {}", d.file, d.field)).strong());
                ui.columns(2, |columns| {
                    columns[0].label(egui::RichText::new("Yours").weak());
                    columns[0].label(&d.mine);
                    columns[1].label(egui::RichText::new("Theirs").weak());
                    columns[1].label(&d.theirs);
                });
                ui.horizontal(|ui| {
                    for (keep, label) in
                        [(Keep::Mine, "Keep mine"), (Keep::Theirs, "Keep theirs"), (Keep::Both, "Keep both")]
                    {
                        if ui.button(label).on_hover_text(format!("{label}: {} ({})", d.file, d.field)).clicked() {
                            commands.push(Command::Decide(i, keep));
                        }
                    }
                });
            }
        },
        |ui, commands| {
            if ui.button("Later").on_hover_text("Close; yours stays until you choose").clicked() {
                commands.push(Command::Action(crate::app::Action::Close));
            }
        },
    );
}

/// "Open a shared library": the shared copy's address, a new folder for it, and who you are.
pub fn open_shared_ui(
    ctx: &egui::Context,
    (address, folder, name, email): (&mut String, &mut String, &mut String, &mut String),
    opened: bool,
    commands: &mut Vec<Command>,
) {
    dialog_ui(
        ctx,
        "Open a shared library",
        egui::vec2(600.0, 360.0),
        &mut (address, folder, name, email, commands),
        |ui, (address, folder, name, email, _), _| {
            ui.label("A copy of the library other coordinators share is taken into a new folder on this computer.");
            for (i, (label, text)) in [
                ("Address of the shared copy", &mut **address),
                ("New folder for it", &mut **folder),
                ("Your name, for the history", &mut **name),
                ("Your e-mail address", &mut **email),
            ]
            .into_iter()
            .enumerate()
            {
                let label = ui.label(label);
                let field = ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY)).labelled_by(label.id);
                if opened && i == 0 {
                    field.request_focus();
                }
            }
        },
        |ui, (address, folder, name, email, commands)| {
            let ready = !address.trim().is_empty() && !folder.trim().is_empty() && !name.trim().is_empty();
            if ui.add_enabled(ready, egui::Button::new("Open")).clicked() {
                commands.push(Command::OpenShared {
                    address: address.trim().to_owned(),
                    folder: std::path::PathBuf::from(folder.trim()),
                    name: (*name).clone(),
                    email: (*email).clone(),
                });
            }
            cancel_button(ui, commands);
        },
    );
}
