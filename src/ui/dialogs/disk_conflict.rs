//! The bulletin being edited changed on disk: keep mine, take theirs, or keep both.

use super::question_ui;
use crate::app::{Command, DiskConflictAnswer};

/// The question.
pub fn disk_conflict_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    question_ui(
        ctx,
        &crate::tr!("conflict-title"),
        egui::vec2(600.0, 180.0),
        &crate::tr!("conflict-question"),
        &[
            (
                crate::tr!("conflict-mine"),
                crate::tr!("conflict-mine-tip"),
                Command::DiskConflict(DiskConflictAnswer::KeepMine),
            ),
            (
                crate::tr!("conflict-theirs"),
                crate::tr!("conflict-theirs-tip"),
                Command::DiskConflict(DiskConflictAnswer::TakeTheirs),
            ),
            (
                crate::tr!("conflict-copy"),
                crate::tr!("conflict-copy-tip"),
                Command::DiskConflict(DiskConflictAnswer::SaveMineAsCopy),
            ),
        ],
        commands,
    );
}
