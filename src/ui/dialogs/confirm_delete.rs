//! "Delete this bulletin?": the file goes to the library's trash folder.

use super::question_ui;
use crate::app::{Action, Command};
use crate::model::Bulletin;

/// The question.
pub fn confirm_delete_ui(ctx: &egui::Context, bulletin: Option<&Bulletin>, commands: &mut Vec<Command>) {
    let title = bulletin.map(|b| format!("{} ({})", b.title, b.long_date())).unwrap_or_default();
    question_ui(
        ctx,
        &crate::tr!("delete-title"),
        egui::vec2(520.0, 170.0),
        &crate::tr!("delete-question", title = title),
        &[
            (crate::tr!("delete-yes"), String::new(), Command::DeleteConfirmed),
            (crate::tr!("editor-keep-it"), String::new(), Command::Action(Action::Close)),
        ],
        commands,
    );
}
