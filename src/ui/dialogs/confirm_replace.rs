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
        &crate::tr!("replace-title"),
        egui::vec2(560.0, 180.0),
        &crate::tr!("replace-question", name = name, folder = folder),
        &[
            (
                crate::tr!("replace-yes"),
                String::new(),
                Command::ReplaceExport { choice: choice.clone(), path: path.to_owned() },
            ),
            (crate::tr!("dialog-cancel"), String::new(), Command::Action(Action::Close)),
        ],
        commands,
    );
}
