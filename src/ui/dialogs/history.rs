//! "History of this week": its versions (who, when, what they said), one shown as it read then,
//! and restored as a new change.

use super::dialog_ui;
use crate::app::Command;
use crate::app::history::HistoryView;

/// The window: the versions at the left, the version shown at the right.
pub fn history_ui(ctx: &egui::Context, view: &HistoryView, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        &format!("History of {}", view.week),
        egui::vec2(980.0, 620.0),
        commands,
        |ui, commands, height| {
            let width = ui.available_width();
            ui.horizontal_top(|ui| {
                super::import_preview::column(ui, "history_versions", width * 0.42, height, |ui| {
                    versions_ui(ui, view, commands);
                });
                ui.add_space(8.0);
                super::import_preview::column(ui, "history_shown", width * 0.58 - 16.0, height, |ui| {
                    match &view.shown {
                        None => {
                            ui.label(egui::RichText::new("Choose a version to see the week as it read then.").weak());
                        }
                        Some((_, Err(e))) => {
                            ui.colored_label(ui.visuals().error_fg_color, format!("This version cannot be read: {e}"));
                        }
                        Some((_, Ok(bulletin))) => {
                            let _clicks_are_ignored_here =
                                crate::ui::reader::bulletin_ui(ui, bulletin, &[], None, &Default::default());
                        }
                    }
                });
            });
        },
        |ui, commands| {
            let restorable = matches!(view.shown, Some((i, Ok(_))) if i > 0);
            if ui
                .add_enabled(restorable, egui::Button::new("Restore this version"))
                .on_hover_text("Write it over the week as a new change; every version stays in the history")
                .on_disabled_hover_text("Choose an earlier version first")
                .clicked()
            {
                commands.push(Command::RestoreVersion);
            }
            if ui.button("Close").clicked() {
                commands.push(Command::Action(crate::app::Action::Close));
            }
        },
    );
}

fn versions_ui(ui: &mut egui::Ui, view: &HistoryView, commands: &mut Vec<Command>) {
    let versions = match &view.versions {
        None => {
            ui.label("Reading the history\u{2026}");
            return;
        }
        Some(Err(e)) => {
            ui.colored_label(ui.visuals().error_fg_color, format!("The history could not be read: {e}"));
            return;
        }
        Some(Ok(versions)) => versions,
    };
    if versions.is_empty() {
        ui.label("This week has no history yet: it was never shared.");
    }
    for (i, v) in versions.iter().enumerate() {
        let when = v.when.get(..16).unwrap_or(&v.when).replace('T', " ");
        let now = if i == 0 { " (now)" } else { "" };
        let selected = view.shown.as_ref().is_some_and(|(s, _)| *s == i);
        let label = format!("{when}  {}{now}\n{}", v.author, v.message);
        if ui.add(egui::Button::selectable(selected, label).wrap()).clicked() {
            commands.push(Command::ShowVersion(i));
        }
    }
}
