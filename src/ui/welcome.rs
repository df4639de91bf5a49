//! What the reader's place shows in a library with no bulletin yet: what to do, as three large
//! actions (write this week's bulletin, paste or import one received, import last year's archive).

use crate::app::{Action, App, Command};

/// The empty library's three actions, centred where a bulletin would be.
pub fn empty_library_ui(ui: &mut egui::Ui, app: &App) -> Vec<Command> {
    let mut commands = Vec::new();
    let name = app.library.as_ref().map_or("", |l| l.settings.name.as_str());
    ui.add_space((ui.available_height() * 0.15).max(12.0));
    ui.vertical_centered(|ui| {
        ui.heading(format!("{name} has no bulletin yet"));
        ui.label(egui::RichText::new("Start in one of three ways:").weak());
        ui.add_space(16.0);
        let big = |ui: &mut egui::Ui, title: &str, detail: &str| {
            let button = egui::Button::new(egui::RichText::new(title).size(18.0)).min_size(egui::vec2(360.0, 44.0));
            let clicked = ui.add(button).on_hover_text(detail).clicked();
            ui.label(egui::RichText::new(detail).small().weak());
            ui.add_space(12.0);
            clicked
        };
        if big(ui, "Write this week's bulletin", "A new week with the library's sections, ready to type in (Ctrl+N)") {
            commands.push(Command::Action(Action::NewWeek));
        }
        if big(
            ui,
            "Paste a bulletin you received",
            "From an e-mail or a web page; its headings can become the library's sections (Ctrl+Shift+V)",
        ) {
            commands.push(Command::Action(Action::PasteBulletin));
        }
        if big(
            ui,
            "Import last year's archive",
            "Files of e-mails, web pages or documents, several at once, each previewed with its report (Ctrl+I)",
        ) {
            commands.push(Command::Action(Action::ImportFile));
        }
    });
    commands
}
