//! A path typed by hand, where no file dialog answered (some desktops have none): to open a library,
//! import a file, or export a handout.

use super::{cancel_button, dialog_ui};
use crate::app::{Command, PathPurpose};

/// The path field.
pub fn typed_path_ui(ctx: &egui::Context, purpose: &PathPurpose, text: &mut String, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        purpose.title(),
        egui::vec2(620.0, 200.0),
        &mut (text, false, commands),
        |ui, (text, enter, _), _| {
            ui.label(purpose.prompt());
            let label = ui.label(purpose.field());
            let field = ui.add(egui::TextEdit::singleline(*text).desired_width(f32::INFINITY)).labelled_by(label.id);
            if ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
            *enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        },
        |ui, (text, enter, commands)| {
            let go = ui.add_enabled(!text.trim().is_empty(), egui::Button::new(purpose.button())).clicked();
            if (go || *enter) && !text.trim().is_empty() {
                let path = std::path::PathBuf::from(text.trim());
                commands.push(match purpose {
                    PathPurpose::OpenLibrary => Command::OpenLibrary(path),
                    PathPurpose::ImportFile => Command::ImportFile(path),
                    PathPurpose::Export(choice) => Command::Export {
                        format: choice.format,
                        audience: if choice.public {
                            crate::export::Audience::Public
                        } else {
                            crate::export::Audience::Internal
                        },
                        all: choice.all,
                        path: Some(path),
                    },
                });
            }
            cancel_button(ui, commands);
        },
    );
}
