//! The import preview's text beside its reading: each line of the text read with what it became,
//! a line corrected in one step, the pattern it is remembered as (with the other lines it matches),
//! and what to remember for the source. Draws from the preview's state and returns commands; the
//! app reads the text again after the frame.

use crate::app::teach::{Teach, TeachCommand};
use crate::app::{Command, ImportPreview};
use crate::import::learn::{matching, proposals};
use crate::import::{Became, Role};

/// The three columns: the text, the reading, and the selected line's corrections with the notes.
pub fn text_beside_ui(
    ui: &mut egui::Ui,
    preview: &mut ImportPreview,
    (existing, regions): (&[bool], &[String]),
    height: f32,
    commands: &mut Vec<Command>,
) {
    // Taken out for the frame and put back (not copied: it holds the whole file), so the columns
    // below can borrow the rest of the preview.
    let Some(mut teach) = preview.teach.take() else { return };
    let width = ui.available_width();
    let (text_w, panel_w) = ((width * 0.40).max(240.0), (width * 0.27).clamp(200.0, 300.0));
    let reading_w = (width - text_w - panel_w - 32.0).max(160.0);
    ui.horizontal_top(|ui| {
        super::import_preview::column(ui, "import_text_lines", text_w, height, |ui| lines_ui(ui, &teach, commands));
        ui.add_space(8.0);
        super::import_preview::column(ui, "import_text_reading", reading_w, height, |ui| {
            super::import_preview::list_ui(ui, preview, existing);
            ui.separator();
            if let Some(bulletin) = preview.report.bulletins.get(preview.shown) {
                // The selected line's counterpart is marked; a click on a place selects its line.
                let highlight = teach
                    .selected
                    .and_then(|line| teach.readings.iter().find(|r| r.line == line))
                    .and_then(|r| crate::import::counterpart(bulletin, r))
                    .map(|place| crate::app::Highlight {
                        stem: String::new(),
                        range: 0..usize::MAX,
                        place,
                        scroll_pending: teach.scroll,
                    });
                let around = crate::ui::reader::Around { picks_lines: true, ..Default::default() };
                commands.extend(
                    crate::ui::reader::bulletin_ui(ui, bulletin, &[], highlight.as_ref(), &around)
                        .into_iter()
                        .filter(|c| matches!(c, Command::Teach(_))),
                );
            }
        });
        ui.add_space(8.0);
        super::import_preview::column(ui, "import_text_panel", panel_w, height, |ui| {
            correction_ui(ui, &teach, commands);
            ui.separator();
            super::import_preview::links_ui(ui, preview);
            super::import_preview::review_ui(ui, preview, regions);
            super::import_preview::notes_ui(ui, preview);
        });
    });
    teach.scroll = false;
    preview.teach = Some(teach);
}

/// The text, a line a row: its number and words, and what it became; a click selects it.
fn lines_ui(ui: &mut egui::Ui, teach: &Teach, commands: &mut Vec<Command>) {
    ui.label(egui::RichText::new(crate::tr!("teach-lines")).strong());
    for r in &teach.readings {
        if r.became == Became::Blank {
            ui.add_space(4.0);
            continue;
        }
        let shown: String = r.text.trim().chars().take(70).collect();
        let corrected = teach.correction_of(r.line).is_some();
        ui.horizontal(|ui| {
            let label = crate::tr!("teach-line", line = u64::try_from(r.line).unwrap_or(0), text = shown.as_str());
            // The line's words take what the row has left after what it became.
            let words_w = (ui.available_width() - 150.0).max(100.0);
            let row = ui
                .scope(|ui| {
                    ui.set_max_width(words_w);
                    ui.add(egui::Button::selectable(teach.selected == Some(r.line), label).truncate())
                })
                .inner;
            if teach.scroll && teach.selected == Some(r.line) {
                row.scroll_to_me(Some(egui::Align::Center));
            }
            if row.clicked() {
                commands.push(Command::Teach(TeachCommand::Select(r.line)));
            }
            let became =
                if corrected { crate::tr!("teach-marked", became = r.became.label()) } else { r.became.label() };
            ui.add(egui::Label::new(egui::RichText::new(became).small().weak()).truncate());
        });
    }
}

/// The selected line: what it became, what it can be made in one step, and how the correction is
/// remembered for the source.
fn correction_ui(ui: &mut egui::Ui, teach: &Teach, commands: &mut Vec<Command>) {
    let Some(line) = teach.selected else {
        ui.label(crate::tr!("teach-select"));
        return;
    };
    let Some(reading) = teach.readings.iter().find(|r| r.line == line) else { return };
    ui.label(
        egui::RichText::new(crate::tr!(
            "teach-became",
            line = u64::try_from(line).unwrap_or(0),
            became = reading.became.label()
        ))
        .strong(),
    );
    ui.label(crate::tr!("teach-make-it"));
    ui.horizontal_wrapped(|ui| {
        for role in Role::ALL {
            let chosen = teach.correction_of(line) == Some(role);
            if ui.selectable_label(chosen, role.label()).clicked() && !chosen {
                commands.push(Command::Teach(TeachCommand::Correct(line, role)));
            }
        }
    });
    let Some(current) = teach.pattern_of(line) else { return };
    ui.add_space(4.0);
    ui.label(crate::tr!("teach-remember-for"));
    for p in proposals(&reading.text) {
        let lines = matching(&p.pattern, &teach.readings);
        let which = lines.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
        let count = u64::try_from(lines.len()).unwrap_or(0);
        let label = crate::tr!("teach-lines-like", describe = p.describe.as_str(), count = count, which = which);
        if ui.radio(current == p.pattern, label).on_hover_text(&p.pattern).clicked() && current != p.pattern {
            commands.push(Command::Teach(TeachCommand::Pattern(line, p.pattern.clone())));
        }
    }
}

/// Undo, redo, the taught source's switch, and what to remember, above the dialog's buttons.
pub fn teach_bar_ui(ui: &mut egui::Ui, teach: &mut Teach, commands: &mut Vec<Command>) {
    // Ctrl+Z and Ctrl+Shift+Z take corrections back and make them again, unless a field is being typed in.
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    if !typing {
        if ui.input_mut(|i| {
            i.consume_shortcut(&egui::KeyboardShortcut::new(
                egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
                egui::Key::Z,
            ))
        }) {
            commands.push(Command::Teach(TeachCommand::Redo));
        } else if ui
            .input_mut(|i| i.consume_shortcut(&egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Z)))
        {
            commands.push(Command::Teach(TeachCommand::Undo));
        }
    }
    ui.horizontal_wrapped(|ui| {
        if ui.add_enabled(!teach.undo.is_empty(), egui::Button::new(crate::tr!("teach-undo"))).clicked() {
            commands.push(Command::Teach(TeachCommand::Undo));
        }
        if ui.add_enabled(!teach.redo.is_empty(), egui::Button::new(crate::tr!("teach-redo"))).clicked() {
            commands.push(Command::Teach(TeachCommand::Redo));
        }
        if let Some(applied) = &teach.applied {
            ui.label(crate::tr!("teach-applied", source = applied.as_str()));
            let mut on = teach.use_sources;
            if ui.checkbox(&mut on, crate::tr!("teach-use")).changed() {
                commands.push(Command::Teach(TeachCommand::UseSources(on)));
            }
        }
        ui.checkbox(&mut teach.remember, crate::tr!("teach-remember"));
        let name_label = ui.label(crate::tr!("teach-as"));
        ui.add_enabled(
            teach.remember,
            egui::TextEdit::singleline(&mut teach.lesson.name)
                .desired_width(200.0)
                .hint_text(crate::tr!("teach-source-name")),
        )
        .labelled_by(name_label.id);
    });
}
