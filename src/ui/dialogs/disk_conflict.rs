//! The bulletin being edited changed on disk: keep mine, take theirs, or keep both.

use super::question_ui;
use crate::app::{Command, DiskConflictAnswer};

/// The question.
pub fn disk_conflict_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    question_ui(
        ctx,
        "Changed by someone else",
        egui::vec2(600.0, 180.0),
        "The bulletin you are editing was changed on disk (by a synced folder, git, or another coordinator). What should happen?",
        &[
            (
                "Keep mine",
                "Keep editing; saving replaces their version",
                Command::DiskConflict(DiskConflictAnswer::KeepMine),
            ),
            (
                "Take theirs",
                "Drop your edits and show their version",
                Command::DiskConflict(DiskConflictAnswer::TakeTheirs),
            ),
            (
                "Save mine as a copy",
                "Keep both: yours in a file of its own",
                Command::DiskConflict(DiskConflictAnswer::SaveMineAsCopy),
            ),
        ],
        commands,
    );
}
