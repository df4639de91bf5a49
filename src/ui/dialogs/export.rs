//! The export window: format, layout, day by day, audience, this week or all.

use super::{cancel_button, dialog_ui};
use crate::app::{Command, ExportChoice};
use crate::export::{Format, PageLayout};

/// The choices.
pub fn export_ui(ctx: &egui::Context, choice: &mut ExportChoice, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        &crate::tr!("export-title"),
        egui::vec2(560.0, 560.0),
        &mut (choice, commands),
        |ui, (choice, _), _| {
            ui.label(crate::tr!("export-format"));
            for format in Format::ALL {
                if ui.radio_value(&mut choice.format, format, format.label()).clicked() {
                    // Pages that may travel further are public unless the coordinator says otherwise.
                    choice.public = format.public_by_default();
                }
            }
            if choice.format.has_plan() && choice.format != Format::Ics {
                ui.separator();
                ui.checkbox(&mut choice.plan, crate::tr!("export-plan"));
            }
            if choice.format.has_layouts() && !choice.plan {
                ui.separator();
                ui.label(crate::tr!("export-layout"));
                ui.horizontal_wrapped(|ui| {
                    for layout in PageLayout::ALL {
                        ui.radio_value(&mut choice.layout, layout, layout.label());
                    }
                });
            }
            ui.separator();
            ui.radio_value(&mut choice.public, true, crate::tr!("export-public"));
            ui.radio_value(&mut choice.public, false, crate::tr!("export-internal"));
            ui.separator();
            ui.radio_value(&mut choice.all, false, crate::tr!("export-this"));
            ui.radio_value(&mut choice.all, true, crate::tr!("export-all"));
        },
        |ui, (choice, commands)| {
            if ui.button(crate::tr!("export-to-file")).clicked() {
                commands.push(choice.command(None));
            }
            cancel_button(ui, commands);
        },
    );
}
