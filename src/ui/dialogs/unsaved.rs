//! "Save changes?" before leaving a bulletin with unsaved edits.

use super::question_ui;
use crate::app::{Command, UnsavedAnswer};

/// The question.
pub fn unsaved_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    question_ui(
        ctx,
        "Save changes?",
        egui::vec2(480.0, 150.0),
        "This bulletin has changes that are not saved yet.",
        &[
            ("Save and continue", "", Command::Unsaved(UnsavedAnswer::Save)),
            ("Discard changes", "", Command::Unsaved(UnsavedAnswer::Discard)),
            ("Cancel", "", Command::Unsaved(UnsavedAnswer::Cancel)),
        ],
        commands,
    );
}
