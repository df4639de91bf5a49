//! The editor's side parts: the review state with its buttons, the bulletin's language, and the
//! checks (each a link to its field; an identifying detail settled in one click).

use crate::app::{Command, EditSession};
use crate::checks::{Check, Field};

/// The bulletin's language (its handouts' fixed words and dates, its spell-check): the library's
/// unless chosen.
pub(super) fn language_ui(ui: &mut egui::Ui, language: &mut Option<String>) {
    let shown = language.as_deref().map_or_else(|| crate::tr!("editor-language-library"), crate::i18n::language_name);
    egui::ComboBox::from_label(crate::tr!("editor-language")).selected_text(shown).show_ui(ui, |ui| {
        ui.selectable_value(language, None, crate::tr!("editor-language-library"));
        for &code in crate::i18n::languages() {
            let own = crate::i18n::language_name(code);
            ui.selectable_value(language, Some(code.to_owned()), own);
        }
    });
}

/// Where the bulletin is in review, and the buttons that move it on.
pub(super) fn state_ui(ui: &mut egui::Ui, edit: &EditSession, commands: &mut Vec<Command>) {
    use crate::model::ReviewState;
    ui.horizontal_wrapped(|ui| {
        let state = edit.draft.state;
        let said = match (state, edit.draft.sent_on) {
            (ReviewState::Sent, Some(day)) => crate::tr!("editor-sent-on", day = crate::model::medium_date(day)),
            _ => state.label(),
        };
        ui.label(crate::tr!("editor-review"));
        ui.label(egui::RichText::new(said).strong());
        if state == ReviewState::Draft
            && ui.button(crate::tr!("editor-mark-ready")).on_hover_text(crate::tr!("editor-mark-ready-tip")).clicked()
        {
            commands.push(Command::SetState(ReviewState::Ready));
        }
        if state != ReviewState::Sent
            && ui.button(crate::tr!("editor-mark-sent")).on_hover_text(crate::tr!("editor-mark-sent-tip")).clicked()
        {
            commands.push(Command::SetState(ReviewState::Sent));
        }
        if state != ReviewState::Draft
            && ui
                .button(crate::tr!("editor-back-to-draft"))
                .on_hover_text(crate::tr!("editor-back-to-draft-tip"))
                .clicked()
        {
            commands.push(Command::SetState(ReviewState::Draft));
        }
    });
}

pub(super) fn checks_ui(ui: &mut egui::Ui, edit: &mut EditSession, checks: &[Check]) {
    ui.label(
        egui::RichText::new(crate::tr!("editor-checks", count = u64::try_from(checks.len()).unwrap_or(0))).strong(),
    )
    .on_hover_text(crate::tr!("editor-checks-tip"));
    if checks.is_empty() {
        ui.label(crate::tr!("editor-checks-none"));
    }
    for check in checks {
        if ui.link(&check.message).clicked() {
            edit.focus = Some(check.field);
        }
        // A detail that could identify a survivor is settled in one click (Ctrl+Z takes it back).
        if let (true, Field::Item(at)) = (check.identifying, check.field) {
            ui.horizontal(|ui| {
                let item = at.get_mut(&mut edit.draft);
                if ui.small_button(crate::tr!("editor-mark-sensitive")).clicked()
                    && let Some(item) = item
                {
                    item.sensitive = true;
                } else if ui.small_button(crate::tr!("editor-mark-personal")).clicked()
                    && let Some(item) = at.get_mut(&mut edit.draft)
                {
                    item.personal = true;
                }
            });
        }
    }
}
