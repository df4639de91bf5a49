//! A path typed by hand, where no file dialog answered (some desktops have none): to open a library,
//! import a file, or export a handout.

use super::{cancel_button, dialog_ui};
use crate::app::{Command, PathPurpose};

/// The path field; Enter or the button uses the path.
pub fn typed_path_ui(
    ctx: &egui::Context,
    purpose: &PathPurpose,
    text: &mut String,
    opened: bool,
    commands: &mut Vec<Command>,
) {
    let mut submit = false;
    dialog_ui(
        ctx,
        &purpose.title(),
        egui::vec2(620.0, 160.0),
        &mut (&mut *text, &mut submit, &mut *commands),
        |ui, (text, submit, _), _| {
            ui.label(purpose.prompt());
            let label = ui.label(purpose.field());
            let field = ui.add(egui::TextEdit::singleline(*text).desired_width(f32::INFINITY)).labelled_by(label.id);
            if opened {
                field.request_focus();
            }
            **submit |= field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        },
        |ui, (text, submit, commands)| {
            **submit |= ui.add_enabled(!text.trim().is_empty(), egui::Button::new(purpose.button())).clicked();
            cancel_button(ui, commands);
        },
    );
    if submit && !text.trim().is_empty() {
        let path = std::path::PathBuf::from(text.trim());
        commands.push(match purpose {
            PathPurpose::OpenLibrary => Command::OpenLibrary(path),
            PathPurpose::ImportFile => Command::ImportFile(path),
            PathPurpose::Export(choice) => choice.command(Some(path)),
            PathPurpose::Site => Command::PublishSite(path),
        });
    }
}
