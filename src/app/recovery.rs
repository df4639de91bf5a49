//! Unsaved edits kept in the library's `.recovery/` folder every few seconds, and offered back after
//! a crash or a power cut.

use std::path::Path;

use super::{App, Dialog, EditSession, View};
use crate::library::recovery::{self, Recovery};

impl App {
    /// Offers the drafts an earlier run left unsaved in the library in `dir`, and says which could
    /// not be read back.
    pub(super) fn offer_recovery(&mut self, dir: &Path) {
        let found = recovery::find(dir);
        self.dialogs.retain(|d| !matches!(d, Dialog::Recovery(_)));
        if !found.drafts.is_empty() {
            self.messages.warn(crate::tr!("msg-recovery-found"));
            self.open_dialog(Dialog::Recovery(found.drafts));
        }
        if !found.problems.is_empty() {
            let listed: Vec<String> = found.problems.iter().map(ToString::to_string).collect();
            log::warn!("unreadable recovery files: {}", listed.join("; "));
            self.messages.error(crate::tr!("msg-recovery-unreadable", files = listed.join("; ")));
        }
    }

    /// The drafts offered, when the recovery window is the one shown.
    fn offered(&mut self) -> Option<&mut Vec<(std::path::PathBuf, Recovery)>> {
        match self.dialog_mut() {
            Some(Dialog::Recovery(offer)) => Some(offer),
            _ => None,
        }
    }

    /// Opens the offered draft at index `i` in the editor.
    pub(super) fn restore_recovery(&mut self, i: usize) {
        let Some(offer) = self.offered().filter(|o| i < o.len()) else { return };
        let (_, recovery) = offer.remove(i);
        if offer.is_empty() {
            self.close_dialog();
        }
        let saved = recovery.stem.as_ref().and_then(|s| self.library.as_ref()?.entry(s)).map(|e| e.bulletin.clone());
        let mut edit = EditSession::new(recovery.stem.clone(), recovery.bulletin, false);
        edit.saved = saved;
        if recovery.stem.is_some() {
            self.current = recovery.stem;
        }
        self.edit = Some(edit);
        self.view = View::Reader;
    }

    /// Deletes the offered draft at index `i`.
    pub(super) fn discard_recovery(&mut self, i: usize) {
        let Some(offer) = self.offered().filter(|o| i < o.len()) else { return };
        let (path, _) = offer.remove(i);
        if offer.is_empty() {
            self.close_dialog();
        }
        if let Err(e) = std::fs::remove_file(&path) {
            self.messages.error(crate::tr!(
                "msg-not-removed",
                path = path.display().to_string(),
                error = e.to_string()
            ));
        }
    }

    /// Keeps the draft in a recovery file, written at most every five seconds, and removes the
    /// file once the draft is saved or discarded.
    pub(super) fn keep_recovery(&mut self, ctx: &egui::Context) {
        let Some(dir) = self.library.as_ref().map(|l| l.dir.clone()) else { return };
        if let (Some(edit), Some((stem, seen, true))) = (&self.edit, &self.recovery_seen)
            && edit.stem == *stem
            && edit.draft == *seen
        {
            // Nothing typed since the draft was last kept.
            return;
        }
        let draft = self
            .edit
            .as_ref()
            .filter(|e| e.is_dirty())
            .map(|e| Recovery { stem: e.stem.clone(), bulletin: e.draft.clone() });
        let Some(draft) = draft else {
            self.recovery_seen = None;
            if let Some((path, _, _)) = self.recovery_written.take() {
                recovery::forget();
                if path.exists()
                    && let Err(e) = std::fs::remove_file(&path)
                {
                    self.messages.error(crate::tr!(
                        "msg-recovery-not-removed",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ));
                }
            }
            return;
        };
        let text = match draft.to_ron() {
            Ok(text) => text,
            Err(e) => {
                // Said at once, and again at every frame until the draft can be kept: a person must
                // know that a crash now would lose these edits.
                self.messages.error(crate::tr!("msg-no-recovery-copy", error = e.to_string()));
                return;
            }
        };
        let path = draft.path(&dir);
        let due = self.recovery_written.as_ref().is_none_or(|(p, at, last)| {
            *p != path || (*last != text && at.elapsed() >= std::time::Duration::from_secs(5))
        });
        if self.recovery_written.as_ref().is_none_or(|(_, _, last)| *last != text) {
            recovery::remember(path.clone(), text.clone());
        }
        let on_disk = self.recovery_written.as_ref().is_some_and(|(p, _, last)| *p == path && *last == text);
        self.recovery_seen = Some((draft.stem.clone(), draft.bulletin.clone(), due || on_disk));
        if due {
            if let Some((old, _, _)) = &self.recovery_written
                && *old != path
            {
                let _stale_file_may_already_be_gone = std::fs::remove_file(old);
            }
            match crate::library::write_atomically(&path, text.as_bytes()) {
                Ok(()) => self.recovery_written = Some((path, std::time::Instant::now(), text)),
                Err(e) => {
                    self.recovery_seen = None;
                    self.messages.error(crate::tr!("msg-no-recovery-copy", error = e.to_string()));
                }
            }
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs(5));
        }
    }
}
