//! "Follows up…": the earlier paragraph of the same region that a paragraph continues, picked from
//! a list with the likeliest first, searchable.

use super::{cancel_button, dialog_ui};
use crate::app::{Command, FollowsUp};

/// The list of earlier paragraphs, filtered by what is typed.
pub fn follows_up_ui(ctx: &egui::Context, state: &mut FollowsUp, opened: bool, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        "Follows up…",
        egui::vec2(760.0, 620.0),
        &mut (state, commands),
        |ui, (state, commands), _| {
            ui.label(format!(
                "Which earlier paragraph of {} does this one continue? The likeliest are first (names and places they share, recent weeks); the others follow, newest first.",
                state.region
            ));
            ui.label(egui::RichText::new(&state.text).italics().weak());
            let label = ui.label("Find");
            let field = ui
                .add(egui::TextEdit::singleline(&mut state.filter).hint_text("a name, a place, a word"))
                .labelled_by(label.id);
            if opened {
                field.request_focus();
            }
            ui.separator();
            let filter = crate::search::fold(&state.filter);
            let mut shown = 0;
            for choice in &state.choices {
                if !filter.is_empty() && !choice.folded.contains(&filter) {
                    continue;
                }
                shown += 1;
                if shown > 200 {
                    ui.label(egui::RichText::new("More below: type to narrow the list.").weak());
                    break;
                }
                ui.horizontal_wrapped(|ui| {
                    if choice.likely {
                        ui.label(egui::RichText::new("LIKELY").small().strong().color(ui.visuals().warn_fg_color));
                    }
                    ui.label(egui::RichText::new(&choice.when).strong());
                    ui.label(egui::RichText::new(choice.kind.badge()).small());
                });
                let button = egui::Button::new(&choice.text).wrap();
                if ui.add(button).on_hover_text("Link to this paragraph").clicked() {
                    commands.push(Command::Link { at: state.at, target: Some(choice.paragraph.clone()) });
                }
                ui.add_space(6.0);
            }
            if shown == 0 {
                ui.label(egui::RichText::new("No earlier paragraph of this region matches.").weak());
            }
        },
        |ui, (state, commands)| {
            if state.linked && ui.button("Remove the link").clicked() {
                commands.push(Command::Link { at: state.at, target: None });
            }
            cancel_button(ui, commands);
        },
    );
}
