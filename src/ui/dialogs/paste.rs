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
            let id = egui::Id::unique("paste_box");
            let field = ui
                .add(egui::TextEdit::multiline(*text).desired_rows(rows).desired_width(f32::INFINITY).id(id))
                .labelled_by(label.id);
            // The box opens ready for Ctrl+V, or with the clipboard's text in it, all selected (so
            // Ctrl+V, or typing, replaces it).
            if opened {
                field.request_focus();
                if !text.is_empty() {
                    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
                    let all = egui::text::CCursorRange::two(
                        egui::text::CCursor::new(0),
                        egui::text::CCursor::new(text.chars().count()),
                    );
                    state.cursor.set_char_range(Some(all));
                    state.store(ui.ctx(), id);
                }
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
