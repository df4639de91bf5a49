//! The week being edited and the library's settings: save, links, review states, delete, rename
//! a region, the answers to "Save changes?" and "changed on disk".

use super::{App, Dialog, DiskConflictAnswer, UnsavedAnswer};

impl App {
    pub(super) fn answer_unsaved(&mut self, answer: UnsavedAnswer) {
        let Some(Dialog::Unsaved(pending)) = self.dialog().cloned() else { return };
        self.close_dialog();
        match answer {
            UnsavedAnswer::Cancel => {}
            UnsavedAnswer::Save => {
                if self.save_draft() {
                    self.apply(*pending);
                }
            }
            UnsavedAnswer::Discard => {
                self.edit = None;
                // Leaving the editor was what was asked: the edits are gone, and the week that was
                // shown is read again (not opened in the editor anew).
                if *pending != crate::app::Command::Action(crate::app::Action::ToggleEdit) {
                    self.apply(*pending);
                }
            }
        }
    }

    /// Saves the draft; on failure the edits stay in the window and the reason is shown.
    pub(super) fn save_draft(&mut self) -> bool {
        let (Some(edit), Some(library)) = (self.edit.as_mut(), self.library.as_mut()) else { return false };
        match crate::workspace::save(library, edit.stem.as_deref(), &edit.draft) {
            Ok(crate::workspace::Written { stem, path }) => {
                self.messages.info(crate::tr!("msg-saved", path = path.display().to_string()));
                edit.stem = Some(stem.clone());
                edit.saved = Some(edit.draft.clone());
                self.current = Some(stem);
                self.settings.last_bulletin = self.current.clone();
                self.library_changed();
                true
            }
            Err(e) => {
                self.messages.error(crate::tr!("msg-not-saved", error = e.to_string()));
                false
            }
        }
    }

    /// Opens "Follows up…" for a paragraph of the draft, its choices ranked once.
    pub(super) fn open_follows_up(&mut self, at: crate::model::Spot) {
        let (Some(edit), Some(library)) = (&self.edit, &self.library) else { return };
        let Some(s) = edit.draft.sections.get(at.section) else { return };
        let Some(paragraph) = at.get(&edit.draft) else { return };
        let except = edit.stem.as_deref().and_then(|stem| library.entries.iter().position(|e| e.stem == stem));
        let candidates =
            crate::threads::earlier_in_region(&library.entries, &self.threads, &s.region, edit.draft.date, except);
        let ranked = crate::threads::suggest(&paragraph.text, edit.draft.date, &candidates);
        let choices = ranked
            .iter()
            .filter_map(|r| {
                let (b, i) = r.key.get(&library.entries)?;
                Some(crate::app::FollowChoice {
                    paragraph: r.key.paragraph(&library.entries)?,
                    when: b.date.map_or_else(|| crate::tr!("undated"), crate::model::medium_date),
                    kind: i.kind,
                    text: i.text.clone(),
                    folded: crate::search::fold(&i.text),
                    likely: r.likely(),
                })
            })
            .collect();
        self.open_dialog(Dialog::FollowsUp(crate::app::FollowsUp {
            at,
            region: s.region.clone(),
            text: paragraph.text.chars().take(200).collect(),
            linked: paragraph.follows.is_some(),
            filter: String::new(),
            choices,
        }));
    }

    /// Links a paragraph of the draft to the earlier paragraph it follows (or removes its link).
    /// Either gets an id if it has none; the earlier one's bulletin is saved with its new id at once
    /// (nothing else in it changes), the draft when the coordinator saves it. Undo takes the link back.
    pub(super) fn link(&mut self, at: crate::model::Spot, target: Option<crate::model::ParagraphRef>) {
        if matches!(self.dialog(), Some(Dialog::FollowsUp(_))) {
            self.close_dialog();
        }
        let (Some(edit), Some(library)) = (self.edit.as_mut(), self.library.as_mut()) else { return };
        let before = edit.draft.clone();
        match crate::workspace::link(library, &mut edit.draft, at, target.as_ref()) {
            Ok(linked) => {
                edit.record(before, None);
                self.messages.info(if linked { crate::tr!("msg-linked") } else { crate::tr!("msg-unlinked") });
                self.library_changed();
            }
            Err(e) => self.messages.error(crate::tr!("msg-not-linked", error = e.to_string())),
        }
    }

    /// Asks before marking ready (showing the checks still open); other states are set at once.
    pub(super) fn set_state(&mut self, state: crate::model::ReviewState) {
        if state != crate::model::ReviewState::Ready {
            self.set_state_now(state);
            return;
        }
        let Some(bulletin) = self.edit.as_ref().map(|e| &e.draft).or(self.current_bulletin()) else { return };
        let stem = self.edit.as_ref().and_then(|e| e.stem.clone()).or(self.current.clone());
        let other_dates: Vec<_> = self
            .library
            .iter()
            .flat_map(|l| l.entries.iter())
            .filter(|e| Some(&e.stem) != stem.as_ref())
            .filter_map(|e| e.bulletin.date)
            .collect();
        let checks = crate::checks::check(bulletin, &other_dates).into_iter().map(|c| c.message).collect();
        self.open_dialog(Dialog::MarkReady(checks));
    }

    /// Moves the draft (saving it) or the bulletin shown to `state`.
    pub(super) fn set_state_now(&mut self, state: crate::model::ReviewState) {
        let today = self.today();
        if let Some(edit) = &mut self.edit {
            let before = edit.draft.clone();
            edit.draft.set_state(state, today);
            edit.record(before, None);
            if self.save_draft() {
                self.messages.info(crate::tr!("msg-marked-saved", state = state.label().to_lowercase()));
            }
            return;
        }
        let (Some(library), Some(stem)) = (self.library.as_mut(), self.current.clone()) else { return };
        match crate::workspace::set_state(library, &stem, state, today) {
            Ok(_) => {
                self.messages.info(crate::tr!("msg-marked", state = state.label().to_lowercase()));
                self.library_changed();
            }
            Err(e) => self.messages.error(crate::tr!(
                "msg-not-marked",
                state = state.label().to_lowercase(),
                error = e.to_string()
            )),
        }
    }

    pub(super) fn save_library_settings(&mut self, edited: crate::library::LibrarySettings) {
        let base = match self.dialog() {
            Some(Dialog::LibrarySettings { base, .. }) => base.clone(),
            _ => return,
        };
        let Some(library) = &mut self.library else { return };
        // The window's edit was made from the settings it opened on; someone else may have changed
        // library.ron since, so the edit is laid over the file as it is now.
        let merge = |disk: &mut crate::library::LibrarySettings| {
            *disk = crate::library::LibrarySettings::merged_edit(&base, &edited, disk);
        };
        match library.update_settings(merge) {
            Ok(()) => {
                self.close_dialog();
                self.messages.info(crate::tr!("msg-settings-saved"));
            }
            Err(e) => self.messages.error(crate::tr!("msg-settings-not-saved", error = e.to_string())),
        }
    }

    pub(super) fn answer_disk_conflict(&mut self, answer: DiskConflictAnswer) {
        if matches!(self.dialog(), Some(Dialog::DiskConflict)) {
            self.close_dialog();
        }
        match answer {
            DiskConflictAnswer::KeepMine => {}
            DiskConflictAnswer::TakeTheirs => {
                self.edit = None;
                self.reload_library(true);
            }
            DiskConflictAnswer::SaveMineAsCopy => {
                let Some(mut edit) = self.edit.take() else { return };
                self.reload_library(false);
                let Some(library) = self.library.as_mut() else { return };
                let stem = library.free_stem_for(&edit.draft);
                let stem = if library.entry(&stem).is_some() { format!("{stem}-copy") } else { stem };
                let path = library.path_of(&stem);
                let result = crate::library::bulletin_to_ron(&edit.draft, &path)
                    .and_then(|text| crate::library::write_atomically(&path, text.as_bytes()));
                match result {
                    Ok(()) => {
                        self.messages.info(crate::tr!("msg-yours-saved-as", path = path.display().to_string()));
                        self.reload_library(false);
                        if let Some(l) = &self.library {
                            self.current = edit.stem.clone().filter(|s| l.entry(s).is_some()).or(self.current.take());
                        }
                    }
                    Err(e) => {
                        self.messages.error(crate::tr!("msg-yours-not-saved", error = e.to_string()));
                        edit.saved = None;
                        self.edit = Some(edit);
                    }
                }
            }
        }
    }

    pub(super) fn delete_current(&mut self) {
        if matches!(self.dialog(), Some(Dialog::ConfirmDelete)) {
            self.close_dialog();
        }
        let (Some(stem), Some(library)) = (self.current.clone(), self.library.as_mut()) else { return };
        match crate::workspace::delete(library, &stem) {
            Ok(to) => {
                self.messages.info(crate::tr!("msg-moved-to-trash", path = to.display().to_string()));
                self.edit = None;
                self.current = library.entries.first().map(|e| e.stem.clone());
                self.library_changed();
            }
            Err(e) => self.messages.error(crate::tr!("msg-not-deleted", error = e.to_string())),
        }
    }

    pub(super) fn rename_region(&mut self, from: &str, to: &str) {
        let Some(library) = self.library.as_mut() else { return };
        let draft = self.edit.as_mut().map(|e| &mut e.draft);
        match crate::workspace::rename_region(library, draft, from, to) {
            Ok(n) => {
                let to = to.trim();
                self.messages.info(crate::tr!(
                    "msg-renamed",
                    from = from,
                    to = to,
                    count = u64::try_from(n).unwrap_or(0)
                ));
                self.library_changed();
            }
            // All or nothing: the library is as it was, and so is the draft.
            Err(e @ crate::workspace::OpError::BadRegionName(_)) => self.messages.warn(format!("{e}.")),
            Err(e) => self.messages.error(crate::tr!("msg-not-renamed", error = e.to_string())),
        }
    }

    /// File → New library…: the window, with a folder proposed in the person's documents.
    pub(super) fn open_new_library(&mut self) {
        let folder = super::exporting::dirs_documents().unwrap_or_default().join("Our prayer library");
        let folder = folder.display().to_string();
        self.open_dialog(Dialog::NewLibrary(crate::app::NewLibraryForm::new(folder)));
    }

    /// Makes the library the "New library" window describes, and opens it.
    pub(super) fn create_library(&mut self, form: &crate::app::NewLibraryForm) {
        let dir = std::path::PathBuf::from(form.folder.trim());
        match crate::workspace::new_library(&dir, &form.library()) {
            Ok(_) => {
                self.close_if(|d| matches!(d, Dialog::NewLibrary(_)));
                self.edit = None;
                self.current = None;
                self.open_library(&dir);
                self.messages.info(crate::tr!(
                    "msg-library-made",
                    name = form.name.trim(),
                    path = dir.display().to_string()
                ));
            }
            Err(e) => self.messages.error(crate::tr!("msg-library-not-made", error = e.to_string())),
        }
    }
}
