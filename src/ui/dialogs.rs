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
                let field = ui
                    .add(egui::TextEdit::multiline(text).desired_rows(14).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                // The box opens ready for Ctrl+V.
                if ui.memory(|m| m.focused().is_none()) {
                    field.request_focus();
                }
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
    if let Some(choice) = &mut app.export {
        egui::Window::new("Export handout").collapsible(false).show(&ctx, |ui| {
            ui.label("Format");
            for format in crate::export::Format::ALL {
                if ui.radio_value(&mut choice.format, format, format.label()).clicked() {
                    // Pages that may travel further are public unless the coordinator says otherwise.
                    choice.public = matches!(format, crate::export::Format::Html | crate::export::Format::Pdf);
                }
            }
            ui.separator();
            ui.radio_value(&mut choice.public, true, "Public: leave out paragraphs marked sensitive");
            ui.radio_value(&mut choice.public, false, "Internal: keep them, marked \"not for sharing\"");
            ui.separator();
            ui.radio_value(&mut choice.all, false, "This bulletin");
            ui.radio_value(&mut choice.all, true, "Every bulletin, in one document");
            ui.horizontal(|ui| {
                if ui.button("Export to a file…").clicked() {
                    commands.push(Command::Export {
                        format: choice.format,
                        audience: if choice.public {
                            crate::export::Audience::Public
                        } else {
                            crate::export::Audience::Internal
                        },
                        all: choice.all,
                        path: None,
                    });
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::Action(Action::Close));
                }
            });
        });
    }
    if let Some((_, settings)) = &mut app.library_settings {
        egui::Window::new("Library settings").collapsible(false).default_size([620.0, 560.0]).show(&ctx, |ui| {
            egui::ScrollArea::vertical().max_height(480.0).show(ui, |ui| {
                library_settings_ui(ui, settings);
            });
            ui.horizontal(|ui| {
                if ui.button("Save settings").clicked() {
                    commands.push(Command::SaveLibrarySettings(settings.clone()));
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::Action(Action::Close));
                }
            });
        });
    }
    if !app.recovery_offer.is_empty() {
        egui::Modal::new(egui::Id::unique("recovery_offer")).show(&ctx, |ui| {
            ui.heading("Unsaved edits from last time");
            ui.label(
                "Prayer Bulletin closed before these edits were saved. Restore them into the editor, or discard them.",
            );
            for (i, (_, recovery)) in app.recovery_offer.iter().enumerate() {
                ui.separator();
                let title = if recovery.bulletin.title.is_empty() { "(no headline)" } else { &recovery.bulletin.title };
                ui.label(format!("{} — {title}", recovery.bulletin.long_date()));
                ui.horizontal(|ui| {
                    if ui.button(format!("Restore {}", recovery.bulletin.long_date())).clicked() {
                        commands.push(Command::RestoreRecovery(i));
                    }
                    if ui.button(format!("Discard {}", recovery.bulletin.long_date())).clicked() {
                        commands.push(Command::DiscardRecovery(i));
                    }
                });
            }
        });
    }
    if app.disk_conflict {
        egui::Modal::new(egui::Id::unique("disk_conflict")).show(&ctx, |ui| {
            ui.heading("Changed by someone else");
            ui.label("The bulletin you are editing was changed on disk (by a synced folder, git, or another coordinator). What should happen?");
            ui.horizontal(|ui| {
                if ui.button("Keep mine").on_hover_text("Keep editing; saving replaces their version").clicked() {
                    commands.push(Command::DiskConflict(crate::app::DiskConflictAnswer::KeepMine));
                }
                if ui.button("Take theirs").on_hover_text("Drop your edits and show their version").clicked() {
                    commands.push(Command::DiskConflict(crate::app::DiskConflictAnswer::TakeTheirs));
                }
                if ui.button("Save mine as a copy").on_hover_text("Keep both: yours in a file of its own").clicked() {
                    commands.push(Command::DiskConflict(crate::app::DiskConflictAnswer::SaveMineAsCopy));
                }
            });
        });
    }
    for command in commands {
        app.push(command);
    }
}

/// The library's name, its regions in order with aliases and standing paragraphs, the closing note.
fn library_settings_ui(ui: &mut egui::Ui, settings: &mut crate::library::LibrarySettings) {
    let label = ui.label("Library name");
    ui.add(egui::TextEdit::singleline(&mut settings.name).desired_width(f32::INFINITY)).labelled_by(label.id);
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Regions, in the order bulletins list them").strong());
    ui.label(egui::RichText::new("Rename a region with Edit → Rename a region…, so every bulletin follows.").weak());
    let count = settings.regions.len();
    let mut swap = None;
    let mut remove = None;
    for (i, region) in settings.regions.iter_mut().enumerate() {
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(&region.name).strong());
            if ui.add_enabled(i > 0, egui::Button::new("↑")).on_hover_text("Earlier in the bulletin").clicked() {
                swap = Some((i, i - 1));
            }
            if ui.add_enabled(i + 1 < count, egui::Button::new("↓")).on_hover_text("Later in the bulletin").clicked()
            {
                swap = Some((i, i + 1));
            }
            if ui.button("Remove").on_hover_text("Remove from the list (bulletins keep their text)").clicked() {
                remove = Some(i);
            }
        });
        let mut aliases = region.aliases.join("; ");
        let label = ui.label(format!("Other names of {} (separated by ;)", region.name));
        if ui.add(egui::TextEdit::singleline(&mut aliases).desired_width(f32::INFINITY)).labelled_by(label.id).changed()
        {
            region.aliases = aliases.split(';').map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned).collect();
        }
        let mut standing = region.standing.join("\n\n");
        let label = ui.label(format!("Standing paragraphs of {} (blank line between them)", region.name));
        if ui
            .add(egui::TextEdit::multiline(&mut standing).desired_rows(2).desired_width(f32::INFINITY))
            .labelled_by(label.id)
            .changed()
        {
            region.standing =
                standing.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect();
        }
    }
    if let Some((a, b)) = swap {
        settings.regions.swap(a, b);
    }
    if let Some(i) = remove {
        settings.regions.remove(i);
    }
    ui.separator();
    let mut closing = settings.closing.clone().unwrap_or_default();
    let label = ui.label("Closing note, carried into every new week");
    if ui
        .add(egui::TextEdit::multiline(&mut closing).desired_rows(3).desired_width(f32::INFINITY))
        .labelled_by(label.id)
        .changed()
    {
        settings.closing = (!closing.trim().is_empty()).then_some(closing);
    }
}
