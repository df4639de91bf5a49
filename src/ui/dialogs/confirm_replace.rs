//! "Replace the file?": a handout would be written over a file that is already there (a path typed
//! by hand; the system's save dialog asks this itself).

use super::question_ui;
use crate::app::{Action, Command, ExportChoice};

/// The question.
pub fn confirm_replace_ui(
    ctx: &egui::Context,
    choice: &ExportChoice,
    path: &std::path::Path,
    commands: &mut Vec<Command>,
) {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let folder = path.parent().map(|f| f.display().to_string()).unwrap_or_default();
    question_ui(
        ctx,
        "Replace the file?",
        egui::vec2(560.0, 180.0),
        &format!("\u{201c}{name}\u{201d} already exists in {folder}. Replacing it overwrites what it holds."),
        &[
            ("Replace", "", Command::ReplaceExport { choice: choice.clone(), path: path.to_owned() }),
            ("Cancel", "", Command::Action(Action::Close)),
        ],
        commands,
    );
}
