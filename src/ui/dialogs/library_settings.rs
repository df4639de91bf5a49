//! The library settings window: name, regions with their other names and standing paragraphs, the
//! closing note, the sources the importer was taught.

use super::{cancel_button, dialog_ui};
use crate::app::Command;
use crate::app::sources::{SourceCommand, SourcesEdit};

/// The window.
pub fn library_settings_dialog_ui(
    ctx: &egui::Context,
    settings: &mut crate::library::LibrarySettings,
    sources: &mut SourcesEdit,
    commands: &mut Vec<Command>,
) {
    let mut save = false;
    dialog_ui(
        ctx,
        &crate::tr!("settings-title"),
        egui::vec2(680.0, 640.0),
        &mut (&mut *settings, &mut save, &mut *commands),
        |ui, (settings, _, commands), _| {
            // Two pages: the library and its regions; the sources the importer was taught.
            ui.horizontal(|ui| {
                ui.selectable_value(&mut sources.shown, false, crate::tr!("settings-page-library"));
                let count = u64::try_from(sources.rows.len()).unwrap_or(0);
                ui.selectable_value(&mut sources.shown, true, crate::tr!("settings-page-sources", count = count));
            });
            ui.separator();
            if sources.shown {
                sources_ui(ui, sources, commands);
            } else {
                library_settings_ui(ui, settings);
            }
        },
        |ui, (_, save, commands)| {
            **save = ui.button(crate::tr!("settings-save")).clicked();
            cancel_button(ui, commands);
        },
    );
    if save {
        commands.push(Command::SaveLibrarySettings(settings.clone()));
    }
}

/// The library's name, its regions in order with aliases and standing paragraphs, the closing note.
fn library_settings_ui(ui: &mut egui::Ui, settings: &mut crate::library::LibrarySettings) {
    let label = ui.label(crate::tr!("settings-name"));
    ui.add(egui::TextEdit::singleline(&mut settings.name).desired_width(f32::INFINITY)).labelled_by(label.id);
    ui.add_space(8.0);
    ui.label(egui::RichText::new(crate::tr!("settings-regions")).strong());
    ui.label(egui::RichText::new(crate::tr!("settings-rename-hint")).weak());
    let count = settings.regions.len();
    let mut swap = None;
    let mut remove = None;
    for (i, region) in settings.regions.iter_mut().enumerate() {
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(&region.name).strong());
            if ui.add_enabled(i > 0, egui::Button::new("↑")).on_hover_text(crate::tr!("settings-earlier")).clicked() {
                swap = Some((i, i - 1));
            }
            if ui
                .add_enabled(i + 1 < count, egui::Button::new("↓"))
                .on_hover_text(crate::tr!("settings-later"))
                .clicked()
            {
                swap = Some((i, i + 1));
            }
            if ui.button(crate::tr!("settings-remove")).on_hover_text(crate::tr!("settings-remove-tip")).clicked() {
                remove = Some(i);
            }
        });
        let mut aliases = region.aliases.join("; ");
        let label = ui.label(crate::tr!("settings-aliases", region = region.name.as_str()));
        if ui.add(egui::TextEdit::singleline(&mut aliases).desired_width(f32::INFINITY)).labelled_by(label.id).changed()
        {
            region.aliases = aliases.split(';').map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned).collect();
        }
        let mut standing = region.standing.join("\n\n");
        let label = ui.label(crate::tr!("settings-standing", region = region.name.as_str()));
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
    let label = ui.label(crate::tr!("settings-closing"));
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
            .checkbox(&mut ages, crate::tr!("settings-ages"))
            .on_hover_text(crate::model::Item::PERSONAL_HINT)
            .changed()
        {
            settings.public_weeks = ages.then_some(8);
        }
        if let Some(weeks) = &mut settings.public_weeks {
            ui.add(egui::DragValue::new(weeks).range(1..=520).suffix(crate::tr!("settings-weeks-suffix")));
        } else {
            ui.label(crate::tr!("settings-never"));
        }
    });
}

/// The sources the importer was taught: each with its rules, a field to rename it, and "Delete"
/// (undone with "Put back"). These change the files at once, apart from "Save settings".
fn sources_ui(ui: &mut egui::Ui, sources: &mut SourcesEdit, commands: &mut Vec<Command>) {
    ui.label(egui::RichText::new(crate::tr!("settings-sources-hint")).weak());
    if let Some(last) = sources.deleted.last() {
        ui.horizontal_wrapped(|ui| {
            ui.label(crate::tr!("settings-deleted", name = last.name.as_str()));
            if ui.button(crate::tr!("settings-put-back", name = last.name.as_str())).clicked() {
                commands.push(Command::Source(SourceCommand::UndoDelete));
            }
        });
    }
    if sources.rows.is_empty() {
        ui.label(egui::RichText::new(crate::tr!("settings-no-sources")).weak());
    }
    for problem in &sources.problems {
        ui.colored_label(ui.visuals().error_fg_color, crate::tr!("settings-not-loaded", problem = problem.clone()));
    }
    for row in &mut sources.rows {
        egui::CollapsingHeader::new(egui::RichText::new(&row.source.name).strong())
            .id_salt(("source", &row.path))
            .show(ui, |ui| rules_ui(ui, &row.source));
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(crate::tr!("settings-source-name", name = row.source.name.as_str()));
            ui.add(egui::TextEdit::singleline(&mut row.name).desired_width(220.0)).labelled_by(label.id);
            let changed = row.name.trim() != row.source.name && !row.name.trim().is_empty();
            if ui
                .add_enabled(
                    changed,
                    egui::Button::new(crate::tr!("settings-source-rename", name = row.source.name.as_str())),
                )
                .clicked()
            {
                commands.push(Command::Source(SourceCommand::Rename(row.path.clone(), row.name.clone())));
            }
            if ui
                .button(crate::tr!("settings-source-delete", name = row.source.name.as_str()))
                .on_hover_text(crate::tr!("settings-source-delete-tip"))
                .clicked()
            {
                commands.push(Command::Source(SourceCommand::Delete(row.path.clone())));
            }
        });
    }
}

/// What a source's rules say, one line each.
fn rules_ui(ui: &mut egui::Ui, source: &crate::library::sources::Source) {
    let list = |ui: &mut egui::Ui, title: &str, patterns: &[String]| {
        if !patterns.is_empty() {
            ui.label(crate::tr!("rules-list-title", title = title));
            for p in patterns {
                ui.label(egui::RichText::new(format!("  {p}")).monospace());
            }
        }
    };
    list(ui, &crate::tr!("rules-known-by"), &source.known_by);
    list(ui, &crate::tr!("rules-headings"), &source.headings);
    match source.items {
        Some(crate::library::sources::Items::Lines) => ui.label(crate::tr!("rules-items-lines")),
        Some(crate::library::sources::Items::Paragraphs) => ui.label(crate::tr!("rules-items-paragraphs")),
        None => ui.label(crate::tr!("rules-items-any")),
    };
    list(ui, &crate::tr!("rules-leave-out-from"), &source.leave_out_from);
    list(ui, &crate::tr!("rules-leave-out"), &source.leave_out);
    if !source.regions.is_empty() {
        ui.label(crate::tr!("rules-regions"));
        for (heading, region) in &source.regions {
            ui.label(format!("  {heading} \u{2192} {region}"));
        }
    }
}
