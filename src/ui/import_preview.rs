//! The import preview: the bulletins found, as the reader shows them, with the warnings beside them
//! and a choice per bulletin. Nothing is written before the user confirms.

use crate::app::{App, Command, ImportChoice};

/// The preview window, when an import is pending.
pub fn import_preview_ui(ui: &mut egui::Ui, app: &mut App) {
    let ctx = ui.ctx().clone();
    let existing: Vec<bool> = match (&app.import, &app.library) {
        (Some(preview), Some(library)) => {
            preview.report.bulletins.iter().map(|b| b.date.and_then(|d| library.entry_for_date(d)).is_some()).collect()
        }
        _ => Vec::new(),
    };
    let Some(preview) = &mut app.import else { return };
    let mut commands = Vec::new();
    egui::Window::new("Import preview").collapsible(false).default_size([980.0, 640.0]).show(&ctx, |ui| {
        let adding = preview.choices.iter().filter(|c| **c != ImportChoice::Skip).count();
        ui.label(format!(
            "Found {} bulletin(s) in {}, with {} note(s). Choose what to do with each, then import.",
            preview.report.bulletins.len(),
            preview.source,
            preview.report.warnings.len()
        ));
        ui.separator();
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(280.0);
                egui::ScrollArea::vertical().id_salt("import_list_scroll").max_height(460.0).show(ui, |ui| {
                    for (i, bulletin) in preview.report.bulletins.iter().enumerate() {
                        let title = if bulletin.title.is_empty() { "(no headline)" } else { &bulletin.title };
                        let label = format!(
                            "{}  {title}",
                            bulletin.date.map_or_else(|| "Undated".to_owned(), |d| d.to_string())
                        );
                        if ui.add(egui::Button::selectable(preview.shown == i, label).truncate()).clicked() {
                            preview.shown = i;
                        }
                        ui.horizontal(|ui| {
                            let exists = existing.get(i).copied().unwrap_or(false);
                            ui.radio_value(
                                &mut preview.choices[i],
                                ImportChoice::Add,
                                if exists { "Add as a copy" } else { "Add" },
                            );
                            ui.add_enabled_ui(exists, |ui| {
                                ui.radio_value(&mut preview.choices[i], ImportChoice::Replace, "Replace")
                                    .on_hover_text("Replace the library's bulletin of this week")
                                    .on_disabled_hover_text("The library has no bulletin of this week");
                            });
                            ui.radio_value(&mut preview.choices[i], ImportChoice::Skip, "Skip");
                        });
                        if existing.get(i).copied().unwrap_or(false) {
                            ui.label(egui::RichText::new("The library already has this week.").small().weak());
                        }
                        ui.separator();
                    }
                });
            });
            ui.separator();
            ui.vertical(|ui| {
                ui.set_width(400.0);
                egui::ScrollArea::vertical().id_salt("import_bulletin_scroll").max_height(460.0).show(ui, |ui| {
                    if let Some(bulletin) = preview.report.bulletins.get(preview.shown) {
                        // The preview's regions are always open; its clicks change nothing.
                        let _clicks_are_ignored_in_the_preview =
                            crate::ui::reader::bulletin_ui(ui, bulletin, &[], None);
                    }
                });
            });
            ui.separator();
            ui.vertical(|ui| {
                ui.set_width(240.0);
                ui.label(egui::RichText::new("What the importer assumed or left out").strong());
                egui::ScrollArea::vertical().id_salt("import_warnings_scroll").max_height(440.0).show(ui, |ui| {
                    let shown = preview.shown;
                    let notes: Vec<_> =
                        preview.report.warnings.iter().filter(|w| w.bulletin.is_none_or(|b| b == shown)).collect();
                    if notes.is_empty() {
                        ui.label("Nothing: the text was read as it stands.");
                    }
                    for w in notes {
                        ui.label(format!("Line {}: {}", w.line, w.message));
                        ui.add_space(4.0);
                    }
                });
            });
        });
        ui.separator();
        ui.horizontal(|ui| {
            let text = format!("Import {adding} bulletin(s)");
            if ui.add_enabled(adding > 0, egui::Button::new(text)).clicked() {
                commands.push(Command::ConfirmImport);
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::CancelImport);
            }
        });
    });
    for command in commands {
        app.push(command);
    }
}
