//! "Follows up…": the earlier paragraph of the same region that a paragraph continues, picked from
//! a list with the likeliest first, searchable.

use super::{cancel_button, dialog_ui};
use crate::app::{Command, FollowsUp};

/// The list of earlier paragraphs, filtered by what is typed.
pub fn follows_up_ui(ctx: &egui::Context, state: &mut FollowsUp, opened: bool, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        &crate::tr!("follows-title"),
        egui::vec2(760.0, 620.0),
        &mut (state, commands),
        |ui, (state, commands), _| {
            ui.label(crate::tr!("follows-explained", region = state.region.as_str()));
            ui.label(egui::RichText::new(&state.text).italics().weak());
            let label = ui.label(crate::tr!("follows-find"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut state.filter).hint_text(crate::tr!("follows-find-hint")))
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
                    ui.label(egui::RichText::new(crate::tr!("follows-more")).weak());
                    break;
                }
                ui.horizontal_wrapped(|ui| {
                    if choice.likely {
                        ui.label(
                            egui::RichText::new(crate::tr!("follows-likely"))
                                .small()
                                .strong()
                                .color(ui.visuals().warn_fg_color),
                        );
                    }
                    ui.label(egui::RichText::new(&choice.when).strong());
                    ui.label(egui::RichText::new(choice.kind.badge()).small());
                });
                let button = egui::Button::new(&choice.text).wrap();
                if ui.add(button).on_hover_text(crate::tr!("follows-link-tip")).clicked() {
                    commands.push(Command::Link { at: state.at, target: Some(choice.paragraph.clone()) });
                }
                ui.add_space(6.0);
            }
            if shown == 0 {
                ui.label(egui::RichText::new(crate::tr!("follows-none")).weak());
            }
        },
        |ui, (state, commands)| {
            if state.linked && ui.button(crate::tr!("follows-unlink")).clicked() {
                commands.push(Command::Link { at: state.at, target: None });
            }
            cancel_button(ui, commands);
        },
    );
}
