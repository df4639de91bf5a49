//! Renaming a region in the library and in every bulletin.

use super::{cancel_button, dialog_ui};
use crate::app::Command;

/// The new name's field.
pub fn rename_region_ui(ctx: &egui::Context, from: &str, to: &mut String, opened: bool, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        &crate::tr!("rename-title"),
        egui::vec2(560.0, 200.0),
        &mut (to, commands),
        |ui, (to, _), _| {
            ui.label(crate::tr!("rename-question", region = from));
            let label = ui.label(crate::tr!("rename-new-name"));
            let field = ui.add(egui::TextEdit::singleline(*to)).labelled_by(label.id);
            if opened {
                field.request_focus();
            }
        },
        |ui, (to, commands)| {
            if ui.button(crate::tr!("rename-yes")).clicked() {
                commands.push(Command::RenameRegion { from: from.to_owned(), to: (*to).clone() });
            }
            cancel_button(ui, commands);
        },
    );
}
