//! The panels. Each `*_ui` function draws from the app's state and queues commands; none does I/O.

pub mod archive;
pub mod reader;

use crate::app::{App, Command};

/// The menu bar and, below it, the message bar when there is something to say.
pub fn menu_bar_ui(ui: &mut egui::Ui, app: &mut App) {
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open library…").clicked() {
                    app.push(Command::PickLibrary);
                }
            });
            ui.menu_button("View", |ui| {
                if ui.button("Expand all regions").clicked() {
                    expand_all(app, false);
                }
                if ui.button("Collapse all regions").clicked() {
                    expand_all(app, true);
                }
            });
        });
    });
    if let Some(message) = app.message.clone() {
        egui::Panel::top("message_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(message).strong());
                if ui.small_button("Dismiss").clicked() {
                    app.push(Command::DismissMessage);
                }
            });
        });
    }
}

fn expand_all(app: &mut App, collapsed: bool) {
    let regions: Vec<String> =
        app.current_bulletin().map(|b| b.sections.iter().map(|s| s.region.clone()).collect()).unwrap_or_default();
    for region in regions {
        app.push(Command::SetCollapsed { region, collapsed });
    }
}
