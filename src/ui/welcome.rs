//! What the reader's place shows in a library with no bulletin yet: what to do, as three large
//! actions (write this week's bulletin, paste or import one received, import last year's archive).

use crate::app::{Action, App, Command};

/// The empty library's three actions, centred where a bulletin would be.
pub fn empty_library_ui(ui: &mut egui::Ui, app: &App) -> Vec<Command> {
    let mut commands = Vec::new();
    let name = app.library.as_ref().map_or("", |l| l.settings.name.as_str());
    ui.add_space((ui.available_height() * 0.15).max(12.0));
    ui.vertical_centered(|ui| {
        ui.heading(crate::tr!("welcome-empty", name = name));
        ui.label(egui::RichText::new(crate::tr!("welcome-start")).weak());
        ui.add_space(16.0);
        let big = |ui: &mut egui::Ui, title: String, detail: String| {
            let button = egui::Button::new(egui::RichText::new(title).size(18.0)).min_size(egui::vec2(360.0, 44.0));
            let clicked = ui.add(button).on_hover_text(&detail).clicked();
            ui.label(egui::RichText::new(detail).small().weak());
            ui.add_space(12.0);
            clicked
        };
        if big(ui, crate::tr!("welcome-write"), crate::tr!("welcome-write-tip")) {
            commands.push(Command::Action(Action::NewWeek));
        }
        if big(ui, crate::tr!("welcome-paste"), crate::tr!("welcome-paste-tip")) {
            commands.push(Command::Action(Action::PasteBulletin));
        }
        if big(ui, crate::tr!("welcome-import"), crate::tr!("welcome-import-tip")) {
            commands.push(Command::Action(Action::ImportFile));
        }
    });
    commands
}
