//! Small windows: the paste box and the folder path field.

use crate::app::{Action, App, Command, UnsavedAnswer};

/// The dialogs that are open.
pub fn dialogs_ui(ui: &mut egui::Ui, app: &mut App) {
    let ctx = ui.ctx().clone();
    let mut commands = Vec::new();
    if let Some(text) = &mut app.paste {
        egui::Window::new("Paste bulletin text").collapsible(false).default_size([640.0, 420.0]).show(&ctx, |ui| {
            ui.label("Paste a bulletin as you received it (e-mail, web page, document). Nothing is saved until you confirm in the preview.");
            let label = ui.label("Bulletin text");
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                ui.add(egui::TextEdit::multiline(text).desired_rows(14).desired_width(f32::INFINITY)).labelled_by(label.id);
            });
            ui.horizontal(|ui| {
                if ui.add_enabled(!text.trim().is_empty(), egui::Button::new("Preview import")).clicked() {
                    commands.push(Command::ImportText(text.clone()));
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::Action(Action::Close));
                }
            });
        });
    }
    if let Some(path) = &mut app.path_prompt {
        egui::Window::new("Open a library folder").collapsible(false).show(&ctx, |ui| {
            ui.label("No folder was chosen. If no folder dialog appeared (some desktops have none), type the library folder's path:");
            let label = ui.label("Folder");
            let field = ui.add(egui::TextEdit::singleline(path).desired_width(420.0)).labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let dir = std::path::PathBuf::from(path.trim());
            ui.horizontal(|ui| {
                if (ui.button("Open").clicked() || enter) && !path.trim().is_empty() {
                    commands.push(Command::OpenLibrary(dir));
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::Action(Action::Close));
                }
            });
        });
    }
    if app.pending.is_some() {
        egui::Modal::new(egui::Id::unique("unsaved_changes")).show(&ctx, |ui| {
            ui.heading("Save changes?");
            ui.label("This bulletin has changes that are not saved yet.");
            ui.horizontal(|ui| {
                if ui.button("Save and continue").clicked() {
                    commands.push(Command::Unsaved(UnsavedAnswer::Save));
                }
                if ui.button("Discard changes").clicked() {
                    commands.push(Command::Unsaved(UnsavedAnswer::Discard));
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::Unsaved(UnsavedAnswer::Cancel));
                }
            });
        });
    }
    if app.confirm_delete {
        let title = app.current_bulletin().map(|b| format!("{} ({})", b.title, b.long_date())).unwrap_or_default();
        egui::Modal::new(egui::Id::unique("confirm_delete")).show(&ctx, |ui| {
            ui.heading("Delete this bulletin?");
            ui.label(format!("{title} will be moved to the library's trash folder, where it can be recovered."));
            ui.horizontal(|ui| {
                if ui.button("Move to trash").clicked() {
                    commands.push(Command::DeleteConfirmed);
                }
                if ui.button("Keep it").clicked() {
                    commands.push(Command::Action(Action::Close));
                }
            });
        });
    }
    if let Some((from, to)) = &mut app.rename_region {
        egui::Window::new("Rename a region").collapsible(false).show(&ctx, |ui| {
            ui.label(format!("New name for {from}, in the library and in every bulletin that has it (the old name stays as an alias for imports):"));
            let label = ui.label("New name");
            ui.add(egui::TextEdit::singleline(to)).labelled_by(label.id);
            ui.horizontal(|ui| {
                if ui.button("Rename everywhere").clicked() {
                    commands.push(Command::RenameRegion { from: from.clone(), to: to.clone() });
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::Action(Action::Close));
                }
            });
        });
    }
    for command in commands {
        app.push(command);
    }
}
