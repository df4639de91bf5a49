//! The library settings window: name, regions with their other names and standing paragraphs, the
//! closing note.

use super::{cancel_button, dialog_ui};
use crate::app::Command;

/// The window.
pub fn library_settings_dialog_ui(
    ctx: &egui::Context,
    settings: &mut crate::library::LibrarySettings,
    commands: &mut Vec<Command>,
) {
    let mut save = false;
    dialog_ui(
        ctx,
        "Library settings",
        egui::vec2(680.0, 640.0),
        &mut (&mut *settings, &mut save, &mut *commands),
        |ui, (settings, _, _), _| library_settings_ui(ui, settings),
        |ui, (_, save, commands)| {
            **save = ui.button("Save settings").clicked();
            cancel_button(ui, commands);
        },
    );
    if save {
        commands.push(Command::SaveLibrarySettings(settings.clone()));
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
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        let mut ages = settings.public_weeks.is_some();
        if ui
            .checkbox(&mut ages, "Personal paragraphs stop being public after")
            .on_hover_text(crate::model::Item::PERSONAL_HINT)
            .changed()
        {
            settings.public_weeks = ages.then_some(8);
        }
        if let Some(weeks) = &mut settings.public_weeks {
            ui.add(egui::DragValue::new(weeks).range(1..=520).suffix(" weeks"));
        } else {
            ui.label("(never: they stay in public handouts)");
        }
    });
}
