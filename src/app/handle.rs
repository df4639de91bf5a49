//! The one handler: every command the panels and keys queued is carried out here, after the frame.
//! File I/O, file dialogs and opening other programs happen only here.

use std::path::{Path, PathBuf};

use super::{
    Action, App, Command, Dialog, DiskConflictAnswer, EditSession, ExportChoice, Highlight, ImportChoice, PathPurpose,
    SearchState, UnsavedAnswer, View, ZOOM_RANGE,
};
use crate::model::Bulletin;

/// Where a match is, as the region it opens (None: not in a region).
fn place_region(place: &crate::search::Place) -> Option<usize> {
    match place {
        crate::search::Place::Item { section, .. } => Some(*section),
        _ => None,
    }
}

/// Commands that leave the bulletin being edited wait for the answer to "Save changes?".
fn leaves_the_draft(command: &Command) -> bool {
    matches!(
        command,
        Command::Select(_)
            | Command::OpenHit { .. }
            | Command::OpenLibrary(_)
            | Command::Quit
            | Command::Action(
                Action::PreviousWeek
                    | Action::NextWeek
                    | Action::LatestWeek
                    | Action::NewWeek
                    | Action::OpenLibrary
                    | Action::ToggleEdit
                    | Action::DayByDay
            )
    )
}

impl App {
    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        if changes_shared_files(&command) && self.library_held_elsewhere() {
            // Not waited for here: tried again at the next frames (see `retry_after_lock`).
            let since = self.waiting_for_lock.take().map_or_else(std::time::Instant::now, |(_, since)| since);
            self.message = Some(
                "Waiting for another program using this library (an import, a sync); your change is made as \
                 soon as it has finished."
                    .to_owned(),
            );
            self.waiting_for_lock = Some((command, since));
            return;
        }
        if self.is_dirty() && leaves_the_draft(&command) {
            self.open_dialog(Dialog::Unsaved(Box::new(command)));
            return;
        }
        if leaves_the_draft(&command) && !matches!(command, Command::Action(Action::ToggleEdit)) {
            self.edit = None;
        }
        match command {
            Command::Action(action) => self.run_action(action),
            Command::Select(stem) => {
                self.highlight = None;
                self.select(stem);
            }
            Command::OpenHit { stem, place, range } => {
                if let (Some(region), Some(library)) = (&place_region(&place), &self.library)
                    && let Some(entry) = library.entry(&stem)
                    && let Some(section) = entry.bulletin.sections.get(*region)
                {
                    let name = section.region.clone();
                    self.settings.collapsed_regions.retain(|r| *r != name);
                }
                self.highlight = Some(Highlight { stem: stem.clone(), place, range, scroll_pending: true });
                self.select(stem);
            }
            Command::OpenLibrary(dir) => {
                self.close_typed_path();
                if dir.is_dir() {
                    self.open_library(&dir);
                } else {
                    self.message = Some(format!("{}: no such folder.", dir.display()));
                }
            }
            Command::SetCollapsed { region, collapsed } => {
                self.settings.collapsed_regions.retain(|r| *r != region);
                if collapsed {
                    self.settings.collapsed_regions.push(region);
                }
            }
            Command::ImportText(text) => {
                if matches!(self.dialog(), Some(Dialog::Paste(_))) {
                    self.close_dialog();
                }
                self.preview_import(text.as_bytes(), "the pasted text".to_owned());
            }
            Command::ImportFile(path) => {
                self.close_typed_path();
                self.import_file(&path);
            }
            Command::ImportFiles(paths) => {
                self.import_queue.extend(paths);
                if self.import_preview().is_none() {
                    self.next_import();
                }
            }
            Command::ConfirmImport => {
                self.confirm_import();
                self.next_import();
            }
            Command::Teach(change) => self.teach(change),
            Command::Source(change) => self.change_source(change),
            Command::CancelImport => {
                if self.import_preview().is_some() {
                    self.close_dialog();
                }
                self.next_import();
            }
            Command::ShowRegionTimeline(region) => {
                self.view = region.map_or(View::Reader, View::RegionTimeline);
            }
            Command::DismissMessage => self.message = None,
            Command::ShowAnswered => self.view = View::Answered,
            Command::FollowsUp { section, item } => self.open_follows_up(section, item),
            Command::Link { section, item, target } => self.link(section, item, target),
            Command::SetState(state) => self.set_state(state),
            Command::ReadyConfirmed => {
                self.close_dialog();
                self.set_state_now(crate::model::ReviewState::Ready);
            }
            Command::Unsaved(answer) => self.answer_unsaved(answer),
            Command::DeleteConfirmed => self.delete_current(),
            Command::Quit => self.quit_now = true,
            Command::Export { format, audience, all, layout, plan, path } => {
                let choice =
                    ExportChoice { format, public: audience == crate::export::Audience::Public, all, layout, plan };
                self.export(&choice, path);
            }
            Command::OpenExport(choice) => self.open_dialog(Dialog::Export(choice)),
            Command::ReplaceExport { choice, path } => {
                if matches!(self.dialog(), Some(Dialog::ConfirmReplace { .. })) {
                    self.close_dialog();
                }
                self.export_to(&choice, path, true);
            }
            Command::SaveLibrarySettings(edited) => self.save_library_settings(edited),
            Command::RestoreRecovery(i) => self.restore_recovery(i),
            Command::DiscardRecovery(i) => self.discard_recovery(i),
            Command::DiskConflict(answer) => self.answer_disk_conflict(answer),
            Command::RenameRegion { from, to } => {
                if matches!(self.dialog(), Some(Dialog::RenameRegion { .. })) {
                    self.close_dialog();
                }
                self.rename_region(&from, &to);
            }
        }
    }

    fn run_action(&mut self, action: Action) {
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
            Action::ExpandAll | Action::CollapseAll => {
                let regions: Vec<String> = self
                    .current_bulletin()
                    .map(|b| b.sections.iter().map(|s| s.region.clone()).collect())
                    .unwrap_or_default();
                self.settings.collapsed_regions.retain(|r| !regions.contains(r));
                if action == Action::CollapseAll {
                    self.settings.collapsed_regions.extend(regions);
                }
            }
            Action::ZoomIn => {
                self.settings.zoom = (self.settings.zoom * 1.1).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())
            }
            Action::ZoomOut => {
                self.settings.zoom = (self.settings.zoom / 1.1).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())
            }
            Action::ZoomReset => self.settings.zoom = 1.0,
            Action::OpenLibrary => {
                let start = self.library.as_ref().map(|l| l.dir.clone());
                let picked = self
                    .file_dialogs
                    .then(|| {
                        let dialog = rfd::FileDialog::new().set_title("Open a library folder");
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
            Action::PasteBulletin => self.open_dialog(Dialog::Paste(String::new())),
            Action::ImportFile => {
                let start = self.settings.last_folder.clone();
                let picked = self
                    .file_dialogs
                    .then(|| {
                        let dialog = rfd::FileDialog::new()
                            .set_title("Import bulletins from a file")
                            .add_filter("Bulletins", &["txt", "text", "md", "eml", "html", "htm", "docx", "ron"])
                            .add_filter("Any file", &["*"]);
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
            Action::ToggleEdit => match self.edit.take() {
                Some(_) => {}
                None => {
                    if let Some(b) = self.current_bulletin().cloned() {
                        self.edit = Some(EditSession::new(self.current.clone(), b, true));
                        self.view = View::Reader;
                    }
                }
            },
            Action::NewWeek => {
                let Some(library) = &self.library else { return };
                let bulletin = match crate::workspace::start_week(library, None) {
                    Ok(bulletin) => bulletin,
                    Err(e) => {
                        self.message = Some(format!("Could not start a new week: {e}"));
                        return;
                    }
                };
                let mut edit = EditSession::new(None, bulletin, false);
                edit.focus = Some(crate::checks::Field::Title);
                self.edit = Some(edit);
                self.view = View::Reader;
                self.highlight = None;
            }
            Action::Save => {
                self.save_draft();
            }
            Action::Undo => {
                if let Some(edit) = &mut self.edit {
                    edit.undo();
                }
            }
            Action::Redo => {
                if let Some(edit) = &mut self.edit {
                    edit.redo();
                }
            }
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
                    self.message = Some("There is no bulletin to read day by day.".to_owned());
                }
            }
            Action::Export => self.open_dialog(Dialog::Export(ExportChoice::default())),
            Action::LibrarySettings => {
                if let Some(library) = &self.library {
                    let settings = library.settings.clone();
                    let sources = super::sources::SourcesEdit::read(&library.dir);
                    self.open_dialog(Dialog::LibrarySettings { base: settings.clone(), edited: settings, sources });
                }
            }
            Action::Close => {
                if self.close_dialog().is_some() {
                    // Closing the import preview moves on to the next file waiting.
                    if self.import_preview().is_none() {
                        self.next_import();
                    }
                } else if self.search.is_some() {
                    self.search = None;
                } else {
                    self.view = View::Reader;
                }
            }
        }
    }

    /// The neighbour of the current bulletin in the archive's order (newest first): `older` or newer.
    fn neighbour(&self, older: bool) -> Option<String> {
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
    fn ask_for_path(&mut self, purpose: PathPurpose, start: Option<PathBuf>) {
        let mut text = start.map(|d| d.display().to_string()).unwrap_or_default();
        if !text.is_empty() && !text.ends_with(std::path::MAIN_SEPARATOR) && purpose != PathPurpose::OpenLibrary {
            text.push(std::path::MAIN_SEPARATOR);
        }
        self.open_dialog(Dialog::TypedPath { purpose, text });
    }

    /// Closes the typed-path window, when it is the one shown (its path was used).
    fn close_typed_path(&mut self) {
        if matches!(self.dialog(), Some(Dialog::TypedPath { .. })) {
            self.close_dialog();
        }
    }

    fn answer_unsaved(&mut self, answer: UnsavedAnswer) {
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
                self.apply(*pending);
            }
        }
    }

    /// Saves the draft; on failure the edits stay in the window and the reason is shown.
    fn save_draft(&mut self) -> bool {
        let (Some(edit), Some(library)) = (self.edit.as_mut(), self.library.as_mut()) else { return false };
        match crate::workspace::save(library, edit.stem.as_deref(), &edit.draft) {
            Ok(crate::workspace::Written { stem, path }) => {
                self.message = Some(format!("Saved {}.", path.display()));
                edit.stem = Some(stem.clone());
                edit.saved = Some(edit.draft.clone());
                self.current = Some(stem);
                self.settings.last_bulletin = self.current.clone();
                self.library_changed();
                true
            }
            Err(e) => {
                self.message = Some(format!("Not saved: {e}. Your edits are still here."));
                false
            }
        }
    }

    /// Opens "Follows up…" for a paragraph of the draft, its choices ranked once.
    fn open_follows_up(&mut self, section: usize, item: usize) {
        let (Some(edit), Some(library)) = (&self.edit, &self.library) else { return };
        let Some(s) = edit.draft.sections.get(section) else { return };
        let Some(paragraph) = s.items.get(item) else { return };
        let except = edit.stem.as_deref().and_then(|stem| library.entries.iter().position(|e| e.stem == stem));
        let candidates =
            crate::threads::earlier_in_region(&library.entries, &self.threads, &s.region, edit.draft.date, except);
        let ranked = crate::threads::suggest(&paragraph.text, edit.draft.date, &candidates);
        let choices = ranked
            .iter()
            .filter_map(|r| {
                let (b, i) = r.key.get(&library.entries)?;
                Some(crate::app::FollowChoice {
                    stem: library.entries[r.key.entry].stem.clone(),
                    section: r.key.section,
                    item: r.key.item,
                    when: b.date.map_or_else(|| "Undated".to_owned(), crate::model::medium_date),
                    kind: i.kind,
                    text: i.text.clone(),
                    folded: crate::search::fold(&i.text),
                    likely: r.likely(),
                })
            })
            .collect();
        self.open_dialog(Dialog::FollowsUp(crate::app::FollowsUp {
            section,
            item,
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
    fn link(&mut self, section: usize, item: usize, target: Option<(String, usize, usize)>) {
        if matches!(self.dialog(), Some(Dialog::FollowsUp(_))) {
            self.close_dialog();
        }
        let (Some(edit), Some(library)) = (self.edit.as_mut(), self.library.as_mut()) else { return };
        let before = edit.draft.clone();
        let target = target.as_ref().map(|(stem, s, i)| (stem.as_str(), *s, *i));
        match crate::workspace::link(library, &mut edit.draft, (section, item), target) {
            Ok(linked) => {
                edit.record(before, None);
                self.message = Some(
                    if linked {
                        "Linked. Save to keep the link; Ctrl+Z takes it back."
                    } else {
                        "Link removed. Save to keep the change."
                    }
                    .to_owned(),
                );
                self.library_changed();
            }
            Err(e) => self.message = Some(format!("Not linked: {e}")),
        }
    }

    /// Asks before marking ready (showing the checks still open); other states are set at once.
    fn set_state(&mut self, state: crate::model::ReviewState) {
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
    fn set_state_now(&mut self, state: crate::model::ReviewState) {
        let today = chrono::Local::now().date_naive();
        if let Some(edit) = &mut self.edit {
            let before = edit.draft.clone();
            edit.draft.set_state(state, today);
            edit.record(before, None);
            if self.save_draft() {
                self.message = Some(format!("Marked {} and saved.", state.label().to_lowercase()));
            }
            return;
        }
        let (Some(library), Some(stem)) = (self.library.as_mut(), self.current.clone()) else { return };
        match crate::workspace::set_state(library, &stem, state, today) {
            Ok(_) => {
                self.message = Some(format!("Marked {}.", state.label().to_lowercase()));
                self.library_changed();
            }
            Err(e) => self.message = Some(format!("Not marked {}: {e}", state.label().to_lowercase())),
        }
    }

    /// The bulletins a handout of the current week (or of every week) holds: the draft when editing.
    /// The one rule of the command line decides (`export::select`): a public handout takes only
    /// weeks marked ready or sent, and refuses a week still in draft, saying so. Empty when there is
    /// no bulletin at all.
    fn handout_bulletins(&self, all: bool, audience: crate::export::Audience) -> Result<Vec<&Bulletin>, String> {
        use crate::export::select::{SelectError, Weeks, may_go_to, select};
        let Some(library) = &self.library else { return Ok(Vec::new()) };
        if all {
            return match select(library.entries.iter().map(|e| &e.bulletin), Weeks::All, audience, false) {
                Ok(chosen) => Ok(chosen),
                Err(SelectError::NoneFound(_)) => Ok(Vec::new()),
                Err(_) => Err("Every week is still a draft: a public handout takes only weeks marked ready or \
                     sent. Mark a week ready, or export for the prayer group (not public)."
                    .to_owned()),
            };
        }
        let week = self.edit.as_ref().map(|e| &e.draft).or(self.current_bulletin());
        match week {
            Some(b) if !may_go_to(b, audience, false) => Err("This week is still a draft: a public handout takes \
                 only weeks marked ready or sent. Mark it ready (Mark ready\u{2026}), or export it for the prayer \
                 group (not public)."
                .to_owned()),
            week => Ok(week.into_iter().collect()),
        }
    }

    fn handout(&self, choice: &ExportChoice) -> crate::export::Handout {
        let settings = self.library.as_ref().map(|l| l.settings.clone()).unwrap_or_default();
        crate::export::Handout {
            format: choice.format,
            audience: choice.audience(),
            width: settings.export.width,
            ascii: false,
            paper: crate::export::Paper::default(),
            library_name: settings.name,
            context: self.library.as_ref().map(crate::export::Context::of_library).unwrap_or_default(),
            layout: choice.layout_applied(),
            plan: choice.plan_applied(),
            start: None,
        }
    }

    /// Writes a handout through the same exporter as the command line, to `path` or where the save
    /// dialog (or, without one, a typed path) says.
    fn export(&mut self, choice: &ExportChoice, path: Option<PathBuf>) {
        let (format, all) = (choice.format, choice.all);
        let bulletins = match self.handout_bulletins(all, choice.audience()) {
            Ok(bulletins) => bulletins,
            Err(why) => {
                self.message = Some(format!("Not exported. {why}"));
                return;
            }
        };
        let Some(first) = bulletins.first() else {
            self.message = Some("There is no bulletin to export.".to_owned());
            return;
        };
        let name = if all { "all-bulletins".to_owned() } else { first.file_stem() };
        let plan = if choice.plan && format != crate::export::Format::Ics { "-day-by-day" } else { "" };
        let suffix = if choice.public { "-public" } else { "" };
        let file_name = format!("{name}{plan}{suffix}.{}", format.extension());
        let start = self.settings.last_folder.clone().or_else(dirs_documents);
        // A path from the system's save dialog was confirmed there if it replaces a file; one typed
        // or given is asked about here.
        let (path, confirmed) = match path {
            Some(path) => (path, false),
            None => {
                let picked = self
                    .file_dialogs
                    .then(|| {
                        let dialog = rfd::FileDialog::new()
                            .set_title("Export handout")
                            .set_file_name(&file_name)
                            .add_filter(format.label(), &[format.extension()]);
                        match &start {
                            Some(dir) => dialog.set_directory(dir),
                            None => dialog,
                        }
                        .save_file()
                    })
                    .flatten();
                match picked {
                    Some(path) => (path, true),
                    None => {
                        let start = start.map(|d| d.join(&file_name));
                        let text = start.map(|p| p.display().to_string()).unwrap_or(file_name);
                        self.open_dialog(Dialog::TypedPath { purpose: PathPurpose::Export(choice.clone()), text });
                        return;
                    }
                }
            }
        };
        self.export_to(choice, path, confirmed);
    }

    /// Writes the handout to `path`; a file already there is replaced only when `replace` (else the
    /// person is asked first).
    fn export_to(&mut self, choice: &ExportChoice, path: PathBuf, replace: bool) {
        if !replace && std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            self.open_dialog(Dialog::ConfirmReplace { choice: choice.clone(), path });
            return;
        }
        let format = choice.format;
        let bulletins = match self.handout_bulletins(choice.all, choice.audience()) {
            Ok(bulletins) => bulletins,
            Err(why) => {
                self.message = Some(format!("Not exported. {why}"));
                return;
            }
        };
        if bulletins.is_empty() {
            self.message = Some("There is no bulletin to export.".to_owned());
            return;
        }
        let handout = self.handout(choice);
        // Never into the library folder (its own files would be overwritten) nor onto a device or a
        // link. (Replacing a file was asked about above, or in the system's save dialog.)
        let library_dir = self.library.as_ref().map(|l| l.dir.as_path());
        if let Err(e) = crate::export::select::check_output(&path, library_dir, true) {
            self.message = Some(format!("Not exported: {e}"));
            return;
        }
        match crate::export::write_handout(&bulletins, &handout, &path) {
            Ok(written) => {
                let mut message = format!("Exported {} to {}.", format.label(), path.display());
                if let Some(note) = crate::export::unprintable_note(&written.unprintable) {
                    message.push_str(&format!(" {note}."));
                }
                self.message = Some(message);
                self.settings.last_folder = path.parent().map(Path::to_owned);
                // The export window and a typed path that led here are done.
                while matches!(
                    self.dialog(),
                    Some(Dialog::Export(_) | Dialog::TypedPath { .. } | Dialog::ConfirmReplace { .. })
                ) {
                    self.close_dialog();
                }
            }
            Err(e) => self.message = Some(format!("Not exported: {e}")),
        }
    }

    /// Writes this week's public handout in `format` to the temporary folder and opens it with the
    /// system's program for it; returns where it was written, or why not.
    fn open_public_handout(&mut self, format: crate::export::Format) -> Option<(PathBuf, Result<Vec<char>, String>)> {
        let bulletins = self.handout_bulletins(false, crate::export::Audience::Public).ok()?;
        let first = bulletins.first()?;
        let folder = std::env::temp_dir().join("prayer-bulletin");
        let path = folder.join(format!("{}-public.{}", first.file_stem(), format.extension()));
        let handout = self.handout(&ExportChoice { format, ..ExportChoice::default() });
        let result = std::fs::create_dir_all(&folder)
            .map_err(|e| format!("{}: {e}", folder.display()))
            .and_then(|()| crate::export::write_handout(&bulletins, &handout, &path).map_err(|e| e.to_string()))
            .and_then(|written| (self.open_with)(&path).map(|()| written.unprintable));
        Some((path, result))
    }

    /// Why this week's public handout cannot be made, if it cannot: the week is a draft, or the
    /// rule that ages personal paragraphs (`library.ron`) cannot be read (public handouts fail closed).
    fn public_refusal(&self) -> Option<String> {
        if let Err(why) = self.handout_bulletins(false, crate::export::Audience::Public) {
            return Some(why);
        }
        let why = self.library.as_ref()?.settings_unreadable()?;
        Some(crate::export::ExportError::RuleUnreadable(why).to_string())
    }

    /// Writes this week's public PDF handout to a temporary file and opens it in the system's viewer,
    /// where the user prints.
    fn print(&mut self) {
        if let Some(why) = self.public_refusal() {
            self.message = Some(format!("Not printed. {why}"));
            return;
        }
        self.message = Some(match self.open_public_handout(crate::export::Format::Pdf) {
            None => "There is no bulletin to print.".to_owned(),
            Some((path, Ok(unprintable))) => {
                let mut message = format!("Opened the handout in your PDF viewer to print it ({}).", path.display());
                if let Some(note) = crate::export::unprintable_note(&unprintable) {
                    message.push_str(&format!(" {note}."));
                }
                message
            }
            Some((path, Err(e))) => {
                format!("Could not open the handout for printing ({e}); it may be at {}.", path.display())
            }
        });
    }

    /// Writes this week's public handout as an e-mail draft to a temporary file and opens it in the
    /// system's mail program, where the user adds the recipients and sends it.
    fn send_by_email(&mut self) {
        if let Some(why) = self.public_refusal() {
            self.message = Some(format!("Not sent. {why}"));
            return;
        }
        self.message = Some(match self.open_public_handout(crate::export::Format::Eml) {
            None => "There is no bulletin to send.".to_owned(),
            Some((path, Ok(_))) => {
                format!(
                    "Opened the e-mail draft in your mail program; add the recipients and send it ({}).",
                    path.display()
                )
            }
            Some((path, Err(e))) => {
                format!(
                    "Could not open the e-mail draft ({e}); it is at {}, to attach or open by hand.",
                    path.display()
                )
            }
        });
    }

    fn import_file(&mut self, path: &Path) {
        self.settings.last_folder = path.parent().map(Path::to_owned);
        match crate::import::read_file_bounded(path) {
            Ok(bytes) => self.preview_import(&bytes, path.display().to_string()),
            Err(e) => self.message = Some(format!("Could not import: {e}")),
        }
    }

    /// Opens the preview of the next file waiting, if any (and no preview is open).
    fn next_import(&mut self) {
        while self.import_preview().is_none() {
            let Some(path) = self.import_queue.pop_front() else { return };
            self.import_file(&path);
        }
    }

    fn preview_import(&mut self, bytes: &[u8], source: String) {
        // Text, e-mails, web pages and Word documents alike, by name or content, read with the
        // library's taught sources.
        self.preview_with_teaching(bytes, source);
    }

    /// For each imported paragraph, the earlier paragraph of its region in the last half year that
    /// it most likely follows up, when one is likely: of the library, or of an earlier week of the
    /// same import (a run of weeks pasted at once tells its stories in order too).
    pub(super) fn suggest_links(&self, report: &crate::import::ImportReport) -> Vec<crate::app::SuggestedLink> {
        use crate::app::LinkTarget;
        use crate::threads::{At, Candidate};
        #[derive(Clone, Copy)]
        enum Key {
            Library(At),
            /// A paragraph of the report: bulletin, section, place.
            Imported(usize, usize, usize),
        }
        let entries = self.library.as_ref().map_or(&[][..], |l| &l.entries[..]);
        let imported = &report.bulletins;
        let mut out = Vec::new();
        for (bi, b) in imported.iter().enumerate() {
            // Earlier: dated before it, or, where either has no date, found before it; and at most
            // half a year before it.
            let in_window = |d: Option<chrono::NaiveDate>| match b.date {
                Some(date) => d.is_some_and(|d| (date - d).num_weeks() <= 26),
                None => true,
            };
            let earlier_import = |bj: usize| {
                let other = imported[bj].date;
                bj != bi
                    && match (other, b.date) {
                        (Some(theirs), Some(mine)) => theirs < mine,
                        _ => bj < bi,
                    }
                    && in_window(other)
            };
            for (si, s) in b.sections.iter().enumerate() {
                let mut candidates: Vec<Candidate<'_, Key>> =
                    crate::threads::earlier_in_region(entries, &self.threads, &s.region, b.date, None)
                        .into_iter()
                        .filter(|c| in_window(c.date))
                        .map(|c| Candidate { key: Key::Library(c.key), date: c.date, item: c.item, story: c.story })
                        .collect();
                for (bj, other) in imported.iter().enumerate().filter(|(bj, _)| earlier_import(*bj)) {
                    for (sj, section) in other.sections.iter().enumerate().filter(|(_, o)| o.region == s.region) {
                        for (ij, item) in section.items.iter().enumerate() {
                            if !item.text.trim().is_empty() {
                                let key = Key::Imported(bj, sj, ij);
                                candidates.push(Candidate { key, date: other.date, item, story: None });
                            }
                        }
                    }
                }
                if candidates.is_empty() {
                    continue;
                }
                let texts: Vec<&str> = s.items.iter().map(|i| i.text.as_str()).collect();
                let ranked = crate::threads::suggest_each(&texts, b.date, &candidates);
                for ((ii, item), suggestions) in s.items.iter().enumerate().zip(ranked) {
                    let Some(best) = suggestions.into_iter().next().filter(crate::threads::Suggestion::likely) else {
                        continue;
                    };
                    let (target, when, words, in_import) = match best.key {
                        Key::Library(at) => {
                            let Some((earlier, paragraph)) = at.get(entries) else { continue };
                            let stem = entries[at.entry].stem.clone();
                            (LinkTarget::Library(stem, at.section, at.item), earlier.date, &paragraph.text, "")
                        }
                        Key::Imported(bj, sj, ij) => {
                            let Some(paragraph) = imported[bj].sections.get(sj).and_then(|s| s.items.get(ij)) else {
                                continue;
                            };
                            (LinkTarget::Imported(bj, sj, ij), imported[bj].date, &paragraph.text, " (in this import)")
                        }
                    };
                    out.push(crate::app::SuggestedLink {
                        bulletin: bi,
                        at: (si, ii),
                        text: item.text.clone(),
                        region: s.region.clone(),
                        target,
                        said: format!(
                            "{}{in_import}: {}",
                            when.map_or_else(|| "Undated".to_owned(), crate::model::medium_date),
                            words.chars().take(80).collect::<String>()
                        ),
                        accepted: false,
                    });
                }
            }
        }
        out
    }

    fn confirm_import(&mut self) {
        let Some(Dialog::ImportPreview(preview)) = self.dialog().cloned() else { return };
        // Written under the library's lock, as the command line writes: never waited for long on the
        // window's thread; while another program holds it, the preview stays open to try again.
        let lock = match self.library.as_ref().map(crate::library::Library::lock) {
            None => return,
            Some(Ok(lock)) => lock,
            Some(Err(e)) => {
                self.message = Some(format!("Not imported yet: {e}"));
                return;
            }
        };
        self.close_dialog();
        // What the person taught, saved first (under the same lock) for the source's next sheet.
        let remembered = self.remember_source(&preview);
        let Some(library) = self.library.as_mut() else { return };
        let links: Vec<crate::workspace::PlannedLink> = preview
            .links
            .iter()
            .filter(|l| l.accepted)
            .map(|l| crate::workspace::PlannedLink {
                bulletin: l.bulletin,
                at: l.at,
                target: l.target.clone(),
                said: l.said.clone(),
            })
            .collect();
        let plan = crate::workspace::ImportPlan {
            report: &preview.report,
            choices: &preview.choices,
            review: &preview.review,
            links: &links,
        };
        let crate::workspace::ImportOutcome { applied, not_linked } = crate::workspace::import(library, &lock, &plan);
        drop(lock);
        let written = applied.written().count();
        let errors = applied.errors();
        let mut message = if errors.is_empty() {
            format!("Imported {written} bulletin(s) from {}.", preview.source)
        } else {
            format!("Imported {written} bulletin(s); could not save: {}", errors.join("; "))
        };
        if !not_linked.is_empty() {
            message.push_str(&format!(
                " {} link(s) you ticked were not made: {}.",
                not_linked.len(),
                not_linked.join("; ")
            ));
        }
        if let Some(remembered) = remembered {
            message.push(' ');
            message.push_str(&remembered);
        }
        self.message = Some(message);
        let last = applied.written().last().map(str::to_owned);
        if !errors.is_empty() {
            // Keep what could not be written in the window rather than losing it; what was written
            // is skipped if the user tries again.
            let mut preview = preview;
            for (choice, outcome) in preview.choices.iter_mut().zip(&applied.outcomes) {
                if matches!(outcome, crate::library::Outcome::Written(_)) {
                    *choice = ImportChoice::Skip;
                }
            }
            self.open_dialog(Dialog::ImportPreview(preview));
        }
        self.library_changed();
        if let Some(stem) = last {
            self.select(stem);
        }
    }

    fn save_library_settings(&mut self, edited: crate::library::LibrarySettings) {
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
                self.message = Some("Saved the library settings.".to_owned());
            }
            Err(e) => self.message = Some(format!("Could not save the library settings: {e}")),
        }
    }

    fn answer_disk_conflict(&mut self, answer: DiskConflictAnswer) {
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
                        self.message = Some(format!("Your version was saved as {}; theirs is shown.", path.display()));
                        self.reload_library(false);
                        if let Some(l) = &self.library {
                            self.current = edit.stem.clone().filter(|s| l.entry(s).is_some()).or(self.current.take());
                        }
                    }
                    Err(e) => {
                        self.message = Some(format!("Could not save your version: {e}. Your edits are still here."));
                        edit.saved = None;
                        self.edit = Some(edit);
                    }
                }
            }
        }
    }

    fn delete_current(&mut self) {
        if matches!(self.dialog(), Some(Dialog::ConfirmDelete)) {
            self.close_dialog();
        }
        let (Some(stem), Some(library)) = (self.current.clone(), self.library.as_mut()) else { return };
        match crate::workspace::delete(library, &stem) {
            Ok(to) => {
                self.message = Some(format!("Moved the bulletin to {}.", to.display()));
                self.edit = None;
                self.current = library.entries.first().map(|e| e.stem.clone());
                self.library_changed();
            }
            Err(e) => self.message = Some(format!("Could not delete: {e}")),
        }
    }

    fn rename_region(&mut self, from: &str, to: &str) {
        let Some(library) = self.library.as_mut() else { return };
        let draft = self.edit.as_mut().map(|e| &mut e.draft);
        match crate::workspace::rename_region(library, draft, from, to) {
            Ok(n) => {
                let to = to.trim();
                self.message = Some(format!("Renamed {from} to {to} in the library and in {n} bulletin(s)."));
                self.library_changed();
            }
            // All or nothing: the library is as it was, and so is the draft.
            Err(e @ crate::workspace::OpError::BadRegionName(_)) => self.message = Some(format!("{e}.")),
            Err(e) => self.message = Some(format!("Could not rename the region; nothing was changed: {e}")),
        }
    }
}

impl App {
    /// Whether another program holds the library's lock now (asked without waiting).
    fn library_held_elsewhere(&self) -> bool {
        self.library.as_ref().is_some_and(|l| matches!(crate::library::LibraryLock::try_acquire(&l.dir), Ok(None)))
    }

    /// Makes the change that waited for the library's lock once the other program has let go; gives
    /// up, saying so, after a minute. Asks for the next look in a quarter of a second meanwhile.
    pub(super) fn retry_after_lock(&mut self, ctx: &egui::Context) {
        let Some((_, since)) = &self.waiting_for_lock else { return };
        if !self.library_held_elsewhere() {
            if let Some((command, _)) = self.waiting_for_lock.take() {
                self.apply(command);
            }
        } else if since.elapsed() > std::time::Duration::from_secs(60) {
            self.waiting_for_lock = None;
            self.message = Some(
                "Gave up waiting: another program has been using this library for a minute, and nothing was \
                 changed. Try again when it has finished."
                    .to_owned(),
            );
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
    }
}

/// Commands that write what every coordinator shares (`library.ron`, several weeks at once), under
/// the library's lock.
fn changes_shared_files(command: &Command) -> bool {
    matches!(
        command,
        Command::RenameRegion { .. } | Command::SaveLibrarySettings(_) | Command::ConfirmImport | Command::Source(_)
    )
}

/// The user's documents folder, where a first export is offered to go.
fn dirs_documents() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from).map(|home| {
        let documents = home.join("Documents");
        if documents.is_dir() { documents } else { home }
    })
}
