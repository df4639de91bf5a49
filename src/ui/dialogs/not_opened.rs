//! "Nothing opened the handout": said plainly, with what else can be done.

use super::{cancel_button, dialog_ui};
use crate::app::Command;
use crate::app::opening::{Instead, NotOpened};

/// The window.
pub fn not_opened_ui(ctx: &egui::Context, not_opened: &NotOpened, commands: &mut Vec<Command>) {
    let email = not_opened.format == crate::export::Format::Eml;
    let title = if email { crate::tr!("not-opened-mail-title") } else { crate::tr!("not-opened-print-title") };
    dialog_ui(
        ctx,
        &title,
        egui::vec2(600.0, 190.0),
        commands,
        |ui, _, _| {
            ui.label(crate::tr!("not-opened-why", why = not_opened.why.as_str()));
            ui.label(egui::RichText::new(not_opened.path.display().to_string()).monospace());
            ui.add_space(6.0);
            ui.label(crate::tr!("not-opened-instead"));
        },
        |ui, commands| {
            let mut offer = |label: String, tip: String, instead: Instead| {
                if ui.button(label).on_hover_text(tip).clicked() {
                    commands.push(Command::Instead(instead));
                }
            };
            offer(crate::tr!("not-opened-folder"), crate::tr!("not-opened-folder-tip"), Instead::OpenFolder);
            offer(crate::tr!("not-opened-copy-path"), crate::tr!("not-opened-copy-path-tip"), Instead::CopyPath);
            offer(crate::tr!("not-opened-save-as"), crate::tr!("not-opened-save-as-tip"), Instead::SaveAs);
            offer(crate::tr!("not-opened-copy-text"), crate::tr!("not-opened-copy-text-tip"), Instead::CopyText);
            cancel_button(ui, commands);
        },
    );
}
