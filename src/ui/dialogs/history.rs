//! "History of this week": its versions (who, when, what they said), one shown as it read then,
//! and restored as a new change.

use super::dialog_ui;
use crate::app::Command;
use crate::app::history::HistoryView;

/// The window: the versions at the left, the version shown at the right.
pub fn history_ui(ctx: &egui::Context, view: &HistoryView, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        &crate::tr!("history-title", week = view.week.as_str()),
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
                            ui.label(egui::RichText::new(crate::tr!("history-choose")).weak());
                        }
                        Some((_, Err(e))) => {
                            ui.colored_label(
                                ui.visuals().error_fg_color,
                                crate::tr!("history-unreadable", error = e.clone()),
                            );
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
                .add_enabled(restorable, egui::Button::new(crate::tr!("history-restore")))
                .on_hover_text(crate::tr!("history-restore-tip"))
                .on_disabled_hover_text(crate::tr!("history-restore-first"))
                .clicked()
            {
                commands.push(Command::RestoreVersion);
            }
            if ui.button(crate::tr!("action-close")).clicked() {
                commands.push(Command::Action(crate::app::Action::Close));
            }
        },
    );
}

fn versions_ui(ui: &mut egui::Ui, view: &HistoryView, commands: &mut Vec<Command>) {
    let versions = match &view.versions {
        None => {
            ui.label(crate::tr!("history-reading"));
            return;
        }
        Some(Err(e)) => {
            ui.colored_label(ui.visuals().error_fg_color, crate::tr!("history-not-read", error = e.clone()));
            return;
        }
        Some(Ok(versions)) => versions,
    };
    if versions.is_empty() {
        ui.label(crate::tr!("history-none"));
    }
    for (i, v) in versions.iter().enumerate() {
        let when = v.when.get(..16).unwrap_or(&v.when).replace('T', " ");
        let now = if i == 0 { crate::tr!("history-now") } else { String::new() };
        let selected = view.shown.as_ref().is_some_and(|(s, _)| *s == i);
        let label = format!("{when}  {}{now}\n{}", v.author, v.message);
        if ui.add(egui::Button::selectable(selected, label).wrap()).clicked() {
            commands.push(Command::ShowVersion(i));
        }
    }
}
