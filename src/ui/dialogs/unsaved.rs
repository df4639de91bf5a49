//! "Save changes?" before leaving a bulletin with unsaved edits.

use super::question_ui;
use crate::app::{Command, UnsavedAnswer};

/// The question.
pub fn unsaved_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    question_ui(
        ctx,
        &crate::tr!("unsaved-title"),
        egui::vec2(480.0, 150.0),
        &crate::tr!("unsaved-question"),
        &[
            (crate::tr!("unsaved-save"), String::new(), Command::Unsaved(UnsavedAnswer::Save)),
            (crate::tr!("unsaved-discard"), String::new(), Command::Unsaved(UnsavedAnswer::Discard)),
            (crate::tr!("dialog-cancel"), String::new(), Command::Unsaved(UnsavedAnswer::Cancel)),
        ],
        commands,
    );
}
