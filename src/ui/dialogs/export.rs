//! The export window: format, layout, day by day, audience, this week or all.

use super::{cancel_button, dialog_ui};
use crate::app::{Command, ExportChoice};
use crate::export::{Format, PageLayout};

/// The choices.
pub fn export_ui(ctx: &egui::Context, choice: &mut ExportChoice, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        "Export handout",
        egui::vec2(560.0, 560.0),
        &mut (choice, commands),
        |ui, (choice, _), _| {
            ui.label("Format");
            for format in Format::ALL {
                if ui.radio_value(&mut choice.format, format, format.label()).clicked() {
                    // Pages that may travel further are public unless the coordinator says otherwise.
                    choice.public = format.public_by_default();
                }
            }
            if choice.format.has_plan() && choice.format != Format::Ics {
                ui.separator();
                ui.checkbox(&mut choice.plan, "Day by day: the week spread over seven days");
            }
            if choice.format.has_layouts() && !choice.plan {
                ui.separator();
                ui.label("Layout");
                ui.horizontal_wrapped(|ui| {
                    for layout in PageLayout::ALL {
                        ui.radio_value(&mut choice.layout, layout, layout.label());
                    }
                });
            }
            ui.separator();
            ui.radio_value(&mut choice.public, true, "Public: leave out paragraphs marked sensitive");
            ui.radio_value(&mut choice.public, false, "Internal: keep them, marked \"not for sharing\"");
            ui.separator();
            ui.radio_value(&mut choice.all, false, "This bulletin");
            ui.radio_value(&mut choice.all, true, "Every bulletin, in one document");
        },
        |ui, (choice, commands)| {
            if ui.button("Export to a file…").clicked() {
                commands.push(choice.command(None));
            }
            cancel_button(ui, commands);
        },
    );
}
