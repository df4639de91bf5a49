//! The menu's and the keys' actions: moving between weeks, zoom, opening a library, the file
//! dialogs, starting and closing things.

use std::path::PathBuf;

use super::{Action, App, Command, Dialog, EditSession, ExportChoice, PathPurpose, SearchState, View, ZOOM_RANGE};

impl App {
    pub(super) fn run_action(&mut self, action: Action) {
        match action {
            Action::PreviousWeek | Action::NextWeek => {
                if let Some(stem) = self.neighbour(action == Action::PreviousWeek) {
                    self.highlight = None;
                    self.select(stem);
                }
            }
            Action::LatestWeek => {
                if let Some(stem) = self.library.as_ref().and_then(|l| l.entries.first()).map(|e| e.stem.clone()) {
                    self.highlight = None;
                    self.select(stem);
                }
            }
            Action::Search => {
                let search = self.search.get_or_insert_with(SearchState::default);
                search.focus_pending = true;
            }
            Action::ExpandAll | Action::CollapseAll => self.fold_all(action == Action::CollapseAll),
            Action::ToBulletin => {
                self.view = View::Reader;
                match &mut self.edit {
                    Some(edit) => edit.focus = Some(crate::checks::Field::Title),
                    None => self.to_bulletin = true,
                }
            }
            Action::ZoomIn | Action::ZoomOut | Action::ZoomReset => self.zoom(action),
            Action::OpenLibrary => self.pick_library(),
            Action::PasteBulletin => {
                // The box opens with what the clipboard holds (the sheet just copied), selected.
                let text = (self.read_clipboard)().filter(|t| !t.trim().is_empty()).unwrap_or_default();
                self.open_dialog(Dialog::Paste(text));
            }
            Action::ImportFile => self.pick_files_to_import(),
            Action::ToggleEdit => match self.edit.take() {
                Some(_) => {}
                None => {
                    if let Some(b) = self.current_bulletin().cloned() {
                        self.edit = Some(EditSession::new(self.current.clone(), b, true));
                        self.view = View::Reader;
                    }
                }
            },
            Action::NewWeek => self.start_new_week(),
            Action::Save => {
                self.save_draft();
            }
            Action::Undo | Action::Redo => self.undo_or_redo(action == Action::Undo),
            Action::DeleteBulletin => {
                if self.current.is_some() {
                    self.open_dialog(Dialog::ConfirmDelete);
                }
            }
            Action::Print => self.print(),
            Action::SendByEmail => self.send_by_email(),
            Action::DayByDay => {
                if self.current_bulletin().is_some() {
                    self.view = View::DailyPlan;
                } else {
                    self.messages.warn(crate::tr!("msg-no-day-by-day"));
                }
            }
            Action::Export => self.open_dialog(Dialog::Export(ExportChoice::default())),
            Action::PublishSite => self.pick_site_folder(),
            Action::ReadAloud => self.read_aloud(super::read_aloud::ReadAloud::Toggle),
            Action::LibrarySettings => {
                if let Some(library) = &self.library {
                    let settings = library.settings.clone();
                    let sources = super::sources::SourcesEdit::read(&library.dir);
                    self.open_dialog(Dialog::LibrarySettings { base: settings.clone(), edited: settings, sources });
                }
            }
            Action::Close => self.close_top(),
            Action::NewLibrary => self.open_new_library(),
            Action::Quit => self.apply(Command::Quit),
            Action::Share | Action::Decisions | Action::History | Action::OpenShared => self.sharing_action(action),
        }
    }

    /// Folds (or unfolds) every region of the bulletin shown.
    /// Larger, smaller or normal text, and the size said, so the reader knows where it is.
    fn zoom(&mut self, action: Action) {
        let zoom = match action {
            Action::ZoomIn => self.settings.zoom * 1.1,
            Action::ZoomOut => self.settings.zoom / 1.1,
            _ => 1.0,
        };
        self.settings.zoom = zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let percent = (self.settings.effective_zoom() * 100.0).round();
        self.messages.info(crate::tr!("zoom-said", percent = f64::from(percent)));
    }

    fn fold_all(&mut self, fold: bool) {
        let regions: Vec<String> =
            self.current_bulletin().map(|b| b.sections.iter().map(|s| s.region.clone()).collect()).unwrap_or_default();
        self.settings.collapsed_regions.retain(|r| !regions.contains(r));
        if fold {
            self.settings.collapsed_regions.extend(regions);
        }
    }

    /// Asks for a library folder with the system's dialog, or a typed path where there is none.
    fn pick_library(&mut self) {
        let start = self.library.as_ref().map(|l| l.dir.clone());
        let picked = self
            .file_dialogs
            .then(|| {
                let dialog = rfd::FileDialog::new().set_title(crate::tr!("path-open-library"));
                match &start {
                    Some(dir) => dialog.set_directory(dir),
                    None => dialog,
                }
                .pick_folder()
            })
            .flatten();
        match picked {
            Some(dir) => self.open_library(&dir),
            // No answer: cancelled, or no dialog could be shown (no desktop portal).
            None => self.ask_for_path(PathPurpose::OpenLibrary, start),
        }
    }

    /// Asks for files to import with the system's dialog, or a typed path where there is none.
    fn pick_files_to_import(&mut self) {
        let start = self.settings.last_folder.clone();
        let picked = self
            .file_dialogs
            .then(|| {
                let dialog = rfd::FileDialog::new()
                    .set_title(crate::tr!("import-dialog-title"))
                    .add_filter(
                        crate::tr!("import-filter-bulletins"),
                        &["txt", "text", "md", "eml", "html", "htm", "docx", "ron"],
                    )
                    .add_filter(crate::tr!("import-filter-any"), &["*"]);
                match &start {
                    Some(dir) => dialog.set_directory(dir),
                    None => dialog,
                }
                .pick_files()
            })
            .flatten();
        match picked {
            Some(paths) if !paths.is_empty() => self.apply(Command::ImportFiles(paths)),
            _ => self.ask_for_path(PathPurpose::ImportFile, start),
        }
    }

    /// Next week's draft in the editor, the headline ready for typing.
    fn start_new_week(&mut self) {
        let Some(library) = &self.library else { return };
        let bulletin = match crate::workspace::start_week(library, None) {
            Ok(bulletin) => bulletin,
            Err(e) => {
                self.messages.error(crate::tr!("msg-no-new-week", error = e.to_string()));
                return;
            }
        };
        let mut edit = EditSession::new(None, bulletin.clone(), false);
        edit.started = Some(bulletin);
        edit.focus = Some(crate::checks::Field::Title);
        self.edit = Some(edit);
        self.view = View::Reader;
        self.highlight = None;
    }

    /// Esc: the dialog shown, else the search, else back to the reader. Closing the import preview
    /// moves on to the next file waiting.
    fn close_top(&mut self) {
        if self.close_dialog().is_some() {
            if self.import_preview().is_none() {
                self.next_import();
            }
        } else if self.search.is_some() {
            self.search = None;
        } else {
            self.view = View::Reader;
        }
    }

    /// The neighbour of the current bulletin in the archive's order (newest first): `older` or newer.
    pub(super) fn neighbour(&self, older: bool) -> Option<String> {
        let entries = &self.library.as_ref()?.entries;
        let at = entries.iter().position(|e| Some(&e.stem) == self.current.as_ref())?;
        let to = if older { at.checked_add(1)? } else { at.checked_sub(1)? };
        entries.get(to).map(|e| e.stem.clone())
    }

    pub(super) fn select(&mut self, stem: String) {
        self.current = Some(stem);
        self.settings.last_bulletin = self.current.clone();
        self.view = View::Reader;
    }

    /// Offers a path field (with `start` filled in) where no file dialog answered.
    pub(super) fn ask_for_path(&mut self, purpose: PathPurpose, start: Option<PathBuf>) {
        let mut text = start.map(|d| d.display().to_string()).unwrap_or_default();
        if !text.is_empty() && !text.ends_with(std::path::MAIN_SEPARATOR) && purpose != PathPurpose::OpenLibrary {
            text.push(std::path::MAIN_SEPARATOR);
        }
        self.open_dialog(Dialog::TypedPath { purpose, text });
    }

    /// Closes the typed-path window, when it is the one shown (its path was used).
    pub(super) fn close_typed_path(&mut self) {
        if matches!(self.dialog(), Some(Dialog::TypedPath { .. })) {
            self.close_dialog();
        }
    }

    /// Undoes (or redoes) one step of the bulletin being edited and says what it took back.
    fn undo_or_redo(&mut self, undo: bool) {
        let Some(edit) = &mut self.edit else { return };
        let what = if undo { edit.undo_names() } else { edit.redo_names() }.unwrap_or_default();
        if undo && edit.undo() {
            self.messages.info(crate::tr!("undone", change = what));
        } else if !undo && edit.redo() {
            self.messages.info(crate::tr!("redone", change = what));
        }
    }
}
