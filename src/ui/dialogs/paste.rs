//! The paste box: a bulletin as received, previewed before anything is written.

use super::{cancel_button, dialog_ui};
use crate::app::Command;

/// The paste box.
pub fn paste_ui(ctx: &egui::Context, text: &mut String, opened: bool, commands: &mut Vec<Command>) {
    let mut preview = false;
    dialog_ui(
        ctx,
        &crate::tr!("paste-title"),
        egui::vec2(720.0, 560.0),
        &mut (&mut *text, &mut preview, &mut *commands),
        |ui, (text, _, _), height| {
            ui.label(crate::tr!("paste-hint"));
            let label = ui.label(crate::tr!("paste-text"));
            let rows = ((height - 60.0) / 18.0).max(4.0) as usize;
            let field = ui
                .add(egui::TextEdit::multiline(*text).desired_rows(rows).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            // The box opens ready for Ctrl+V.
            if opened {
                field.request_focus();
            }
        },
        |ui, (text, preview, commands)| {
            **preview =
                ui.add_enabled(!text.trim().is_empty(), egui::Button::new(crate::tr!("paste-preview"))).clicked();
            cancel_button(ui, commands);
        },
    );
    if preview {
        commands.push(Command::ImportText(text.clone()));
    }
}
