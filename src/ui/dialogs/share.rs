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
        &crate::tr!("share-title"),
        egui::vec2(600.0, 330.0),
        &mut (remote, name, email, commands),
        |ui, (remote, name, email, _), _| {
            ui.label(crate::tr!("share-explained"));
            ui.add_space(6.0);
            let label = ui.label(crate::tr!("share-address-optional"));
            let field =
                ui.add(egui::TextEdit::singleline(&mut **remote).desired_width(f32::INFINITY)).labelled_by(label.id);
            if opened {
                field.request_focus();
            }
            let label = ui.label(crate::tr!("share-your-name"));
            ui.add(egui::TextEdit::singleline(&mut **name).desired_width(f32::INFINITY)).labelled_by(label.id);
            let label = ui.label(crate::tr!("share-your-email"));
            ui.add(egui::TextEdit::singleline(&mut **email).desired_width(f32::INFINITY)).labelled_by(label.id);
        },
        |ui, (remote, name, email, commands)| {
            let ready = !name.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(crate::tr!("share-button")))
                .on_disabled_hover_text(crate::tr!("share-name-first"))
                .clicked()
            {
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
        &crate::tr!("decisions-title"),
        egui::vec2(820.0, 560.0),
        commands,
        |ui, commands, _| {
            ui.label(crate::tr!("decisions-explained"));
            for (i, d) in decisions.iter().enumerate() {
                ui.separator();
                ui.label(egui::RichText::new(format!("{}: {}", d.file, d.field)).strong());
                ui.columns(2, |columns| {
                    columns[0].label(egui::RichText::new(crate::tr!("decisions-yours")).weak());
                    columns[0].label(&d.mine);
                    columns[1].label(egui::RichText::new(crate::tr!("decisions-theirs")).weak());
                    columns[1].label(&d.theirs);
                });
                ui.horizontal(|ui| {
                    for (keep, label) in [
                        (Keep::Mine, crate::tr!("decisions-keep-mine")),
                        (Keep::Theirs, crate::tr!("decisions-keep-theirs")),
                        (Keep::Both, crate::tr!("decisions-keep-both")),
                    ] {
                        if ui.button(&label).on_hover_text(format!("{label}: {} ({})", d.file, d.field)).clicked() {
                            commands.push(Command::Decide(i, keep));
                        }
                    }
                });
            }
        },
        |ui, commands| {
            if ui.button(crate::tr!("decisions-later")).on_hover_text(crate::tr!("decisions-later-tip")).clicked() {
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
        &crate::tr!("open-shared-title"),
        egui::vec2(600.0, 360.0),
        &mut (address, folder, name, email, commands),
        |ui, (address, folder, name, email, _), _| {
            ui.label(crate::tr!("open-shared-explained"));
            for (i, (label, text)) in [
                (crate::tr!("open-shared-address"), &mut **address),
                (crate::tr!("open-shared-folder"), &mut **folder),
                (crate::tr!("share-your-name"), &mut **name),
                (crate::tr!("share-your-email"), &mut **email),
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
            if ui.add_enabled(ready, egui::Button::new(crate::tr!("open-shared-open"))).clicked() {
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
