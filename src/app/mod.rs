//! The eframe app: persisted settings, runtime state, the command queue and its handler.
//!
//! Panels in [`crate::ui`] draw from [`App`]'s state and push [`Command`]s; [`App::apply`] carries them
//! out after the frame. Dialogs and file I/O happen only there.

mod command;
mod state;
pub mod watch;

pub use command::{Action, Command, DiskConflictAnswer, UnsavedAnswer};
pub use state::{EditSession, ExportChoice, Highlight, ImportChoice, ImportPreview, SearchState, Settings, Theme};

use std::path::{Path, PathBuf};

use crate::cli::Failure;
use crate::library::Library;
use crate::model::Bulletin;

const SETTINGS_KEY: &str = "prayer-bulletin-settings";

/// The smallest and largest zoom the View menu and shortcuts reach.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.6..=2.5;

/// What the central panel shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// One bulletin.
    Reader,
    /// One region's paragraphs from every week.
    RegionTimeline(String),
}

/// The app.
pub struct App {
    /// Remembered between runs.
    pub settings: Settings,
    /// The open library, if one could be opened.
    pub library: Option<Library>,
    /// The archive's rows, worked out when the library changes rather than every frame.
    pub archive_rows: Vec<crate::ui::archive::Row>,
    /// The bulletin shown (its file stem).
    pub current: Option<String>,
    /// What the central panel shows.
    pub view: View,
    /// The search panel, when open.
    pub search: Option<SearchState>,
    /// A match to highlight in the reader.
    pub highlight: Option<Highlight>,
    /// The import preview, when open.
    pub import: Option<ImportPreview>,
    /// The paste box, when open: the text typed or pasted so far.
    pub paste: Option<String>,
    /// The "type a folder path" box shown when no folder dialog answered.
    pub path_prompt: Option<String>,
    /// A message for the user (an error, or what just happened).
    pub message: Option<String>,
    /// The bulletin being edited, when in edit mode.
    pub edit: Option<EditSession>,
    /// A command waiting for the answer to "Save changes?".
    pub pending: Option<Command>,
    /// Asking whether to delete the current bulletin.
    pub confirm_delete: bool,
    /// The region rename being asked for: the old name and the new name typed so far.
    pub rename_region: Option<(String, String)>,
    /// The export window, when open.
    pub export: Option<ExportChoice>,
    /// The library settings window, when open: the settings it was opened on, and as edited so far.
    pub library_settings: Option<(crate::library::LibrarySettings, crate::library::LibrarySettings)>,
    /// Drafts left unsaved by an earlier run (a crash, a power cut), offered for restoring.
    pub recovery_offer: Vec<(PathBuf, crate::library::recovery::Recovery)>,
    /// The recovery file of the current draft, and when it was last written.
    recovery_written: Option<(PathBuf, std::time::Instant, String)>,
    /// How often to look whether someone else changed the library's files, where the system does not
    /// tell us (see [`watch::DiskWatch`]).
    pub poll_every: std::time::Duration,
    /// What tells us of changes others make to the library's files; started at the first frame on a
    /// library (it needs the window's context to wake it).
    pub watch: Option<watch::DiskWatch>,
    /// The file being edited changed on disk: asking what to do.
    pub disk_conflict: bool,
    /// Close the window on the next frame.
    quit_now: bool,
    /// Commands pushed by the panels this frame.
    commands: Vec<Command>,
    /// The window title last sent.
    window_title: String,
    /// The zoom and theme last applied to the context.
    applied_look: Option<(f32, Theme)>,
    /// A library being read on another thread, so the window keeps drawing (with a progress bar).
    pub loading: Option<Loading>,
    /// Libraries with up to this many bulletin files are read at once; larger ones in the background.
    pub load_inline_up_to: usize,
}

/// Libraries with more bulletin files than this are read on another thread (300 weeks read in
/// about 15 ms here; 5,200 in about 250 ms, too long for the window to stand still).
pub const LOAD_INLINE_UP_TO: usize = 300;

/// A library being read on another thread.
pub struct Loading {
    /// Its folder.
    pub dir: PathBuf,
    /// `None` when opening it; `Some(say_so)` when reading the open library again after a change
    /// on disk (`say_so`: tell the user the shown bulletin changed).
    reload: Option<bool>,
    /// Files read so far, out of how many.
    pub progress: std::sync::Arc<crate::library::LoadProgress>,
    receiver: std::sync::mpsc::Receiver<Result<Library, crate::library::LibraryError>>,
}

impl App {
    /// An app on `dir`, or on the library remembered in `settings`, or on the sample library.
    pub fn new(dir: Option<PathBuf>, settings: Settings) -> Self {
        let mut app = Self {
            settings,
            library: None,
            archive_rows: Vec::new(),
            current: None,
            view: View::Reader,
            search: None,
            highlight: None,
            import: None,
            paste: None,
            path_prompt: None,
            message: None,
            edit: None,
            pending: None,
            confirm_delete: false,
            rename_region: None,
            export: None,
            library_settings: None,
            recovery_offer: Vec::new(),
            recovery_written: None,
            poll_every: std::time::Duration::from_secs(2),
            watch: None,
            disk_conflict: false,
            quit_now: false,
            commands: Vec::new(),
            window_title: String::new(),
            applied_look: None,
            loading: None,
            load_inline_up_to: LOAD_INLINE_UP_TO,
        };
        let dir = dir.or_else(|| app.settings.last_library.clone().filter(|d| d.is_dir())).or_else(sample_library);
        match dir {
            Some(dir) => app.open_library(&dir),
            None => app.message = Some("No library open. Use File → Open library… to choose a folder.".to_owned()),
        }
        app
    }

    /// Queues a command for after this frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The bulletin shown, if any.
    pub fn current_bulletin(&self) -> Option<&Bulletin> {
        let library = self.library.as_ref()?;
        library.entry(self.current.as_deref()?).map(|e| &e.bulletin)
    }

    fn open_library(&mut self, dir: &Path) {
        if bulletin_files(dir) > self.load_inline_up_to {
            self.library = None;
            self.archive_rows.clear();
            self.current = None;
            self.start_loading(dir.to_owned(), None);
        } else {
            self.opened(dir, Library::load(dir));
        }
    }

    /// Reads a library on another thread; [`App::poll_loading`] takes it when it is ready.
    fn start_loading(&mut self, dir: PathBuf, reload: Option<bool>) {
        let progress = std::sync::Arc::new(crate::library::LoadProgress::default());
        let (sender, receiver) = std::sync::mpsc::channel();
        let (folder, counter) = (dir.clone(), progress.clone());
        let started = std::thread::Builder::new().name("library-loader".to_owned()).spawn(move || {
            // The window may have moved on (another library opened); then nobody listens.
            let _ = sender.send(Library::load_counting(folder, &counter));
        });
        match started {
            Ok(_) => self.loading = Some(Loading { dir, reload, progress, receiver }),
            // No thread to be had: read it here, as for a small library.
            Err(_) => self.loaded(reload, &dir, Library::load(&dir)),
        }
    }

    /// Takes the library read in the background, when it is ready.
    fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(loading) = &self.loading else { return };
        match loading.receiver.try_recv() {
            Ok(result) => {
                if let Some(loading) = self.loading.take() {
                    self.loaded(loading.reload, &loading.dir, result);
                }
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50))
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.loading = None;
                self.message = Some("Reading the library stopped unexpectedly; open it again.".to_owned());
            }
        }
    }

    /// Waits for a library being read in the background and takes it (for tests and benchmarks,
    /// which need the library before the first frame).
    pub fn wait_for_library(&mut self) {
        let Some(loading) = self.loading.take() else { return };
        match loading.receiver.recv() {
            Ok(result) => self.loaded(loading.reload, &loading.dir, result),
            Err(_) => self.message = Some("Reading the library stopped unexpectedly; open it again.".to_owned()),
        }
    }

    fn loaded(&mut self, reload: Option<bool>, dir: &Path, result: Result<Library, crate::library::LibraryError>) {
        match reload {
            None => self.opened(dir, result),
            Some(say_so) => self.reloaded(result, say_so),
        }
    }

    /// Shows a library just read.
    fn opened(&mut self, dir: &Path, result: Result<Library, crate::library::LibraryError>) {
        match result {
            Ok(library) => {
                let same_library = self.settings.last_library.as_deref() == Some(dir);
                let remembered =
                    self.settings.last_bulletin.clone().filter(|stem| same_library && library.entry(stem).is_some());
                self.current = remembered.or_else(|| library.entries.first().map(|e| e.stem.clone()));
                self.message = (!library.problems.is_empty()).then(|| {
                    format!(
                        "{} file(s) of this library could not be read; they are listed at the bottom of the archive.",
                        library.problems.len()
                    )
                });
                self.settings.last_library = Some(dir.to_owned());
                self.settings.last_bulletin = self.current.clone();
                let found = crate::library::recovery::find(dir);
                self.recovery_offer = found.drafts;
                if !self.recovery_offer.is_empty() {
                    self.message = Some(
                        "Unsaved edits from an earlier session were found; choose what to do with them.".to_owned(),
                    );
                }
                if !found.problems.is_empty() {
                    let listed: Vec<String> = found.problems.iter().map(ToString::to_string).collect();
                    log::warn!("unreadable recovery files: {}", listed.join("; "));
                    self.message = Some(format!(
                        "Unsaved edits from an earlier session could not be read back: {}",
                        listed.join("; ")
                    ));
                }
                self.library = Some(library);
                self.library_changed();
                self.view = View::Reader;
                self.highlight = None;
                self.rebaseline_watch();
            }
            Err(e) => self.message = Some(format!("Could not open the library: {e}")),
        }
    }

    /// Recomputes what depends on the library's contents.
    fn library_changed(&mut self) {
        // Our own writes are not someone else's changes: look at the files afresh. A reading of
        // the files started before this change is out of date: it is dropped.
        self.rebaseline_watch();
        if self.loading.as_ref().is_some_and(|l| l.reload.is_some()) {
            self.loading = None;
        }
        self.archive_rows = self.library.as_ref().map(|l| crate::ui::archive::rows(&l.entries)).unwrap_or_default();
        if let Some(search) = &mut self.search {
            search.invalidate();
        }
    }

    /// Draws one frame: the panels, then the commands they and the keyboard queued.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        self.apply_look(ui.ctx());
        if self.quit_now {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else if ui.ctx().input(|i| i.viewport().close_requested()) && self.is_dirty() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(Command::Quit);
        }
        for action in Action::pressed(ui.ctx()) {
            self.push(Command::Action(action));
        }
        crate::ui::menu_bar_ui(ui, self);
        crate::ui::archive::archive_ui(ui, self);
        if self.search.is_some() {
            crate::ui::search::search_panel_ui(ui, self);
        }
        match self.view.clone() {
            View::Reader if self.edit.is_some() => crate::ui::editor::editor_panel_ui(ui, self),
            View::Reader => crate::ui::reader::reader_panel_ui(ui, self),
            View::RegionTimeline(region) => crate::ui::timeline::timeline_panel_ui(ui, self, &region),
        }
        crate::ui::dialogs::dialogs_ui(ui, self);
        crate::ui::import_preview::import_preview_ui(ui, self);

        let dirty = if self.is_dirty() { "● " } else { "" };
        let title = match (&self.library, self.edit.as_ref().map(|e| &e.draft).or(self.current_bulletin())) {
            (Some(l), Some(b)) => format!("{dirty}{} — {} — Prayer Bulletin", b.long_date(), l.settings.name),
            (Some(l), None) => format!("{} — Prayer Bulletin", l.settings.name),
            _ => "Prayer Bulletin".to_owned(),
        };
        // Sending the title asks for another frame, so only when it changed.
        if title != self.window_title {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        self.poll_loading(ui.ctx());
        self.keep_recovery(ui.ctx());
        self.watch_disk(ui.ctx());
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // What the commands changed (a window opened, another week) is drawn in the next frame.
            ui.ctx().request_repaint();
        }
        for command in commands {
            self.apply(command);
        }
    }

    /// Sets zoom and theme on the context when the settings changed them.
    fn apply_look(&mut self, ctx: &egui::Context) {
        let look = (self.settings.effective_zoom(), self.settings.theme);
        if self.applied_look == Some(look) {
            return;
        }
        // The app handles Ctrl +/-/0 itself so the zoom is remembered with the other settings.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.set_zoom_factor(look.0);
        ctx.set_theme(match look.1 {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
        self.applied_look = Some(look);
    }

    /// The neighbour of the current bulletin in the archive's order (newest first): `older` or newer.
    fn neighbour(&self, older: bool) -> Option<String> {
        let entries = &self.library.as_ref()?.entries;
        let at = entries.iter().position(|e| Some(&e.stem) == self.current.as_ref())?;
        let to = if older { at.checked_add(1)? } else { at.checked_sub(1)? };
        entries.get(to).map(|e| e.stem.clone())
    }

    fn select(&mut self, stem: String) {
        self.current = Some(stem);
        self.settings.last_bulletin = self.current.clone();
        self.view = View::Reader;
    }

    /// Are there edits not yet saved?
    pub fn is_dirty(&self) -> bool {
        self.edit.as_ref().is_some_and(EditSession::is_dirty)
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
                )
        )
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        if self.is_dirty() && Self::leaves_the_draft(&command) {
            self.pending = Some(command);
            return;
        }
        if Self::leaves_the_draft(&command) && !matches!(command, Command::Action(Action::ToggleEdit)) {
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
                self.path_prompt = None;
                self.open_library(&dir);
            }
            Command::SetCollapsed { region, collapsed } => {
                self.settings.collapsed_regions.retain(|r| *r != region);
                if collapsed {
                    self.settings.collapsed_regions.push(region);
                }
            }
            Command::ImportText(text) => {
                self.paste = None;
                self.preview_import(text.as_bytes(), "the pasted text".to_owned());
            }
            Command::ImportFile(path) => match crate::import::read_file_bounded(&path) {
                Ok(bytes) => self.preview_import(&bytes, path.display().to_string()),
                Err(e) => self.message = Some(format!("Could not import: {e}")),
            },
            Command::ConfirmImport => self.confirm_import(),
            Command::CancelImport => self.import = None,
            Command::ShowRegionTimeline(region) => {
                self.view = region.map_or(View::Reader, View::RegionTimeline);
            }
            Command::DismissMessage => self.message = None,
            Command::Unsaved(answer) => self.answer_unsaved(answer),
            Command::DeleteConfirmed => self.delete_current(),
            Command::Quit => self.quit_now = true,
            Command::Export { format, audience, all, path } => self.export(format, audience, all, path),
            Command::SaveLibrarySettings(edited) => {
                if let Some(library) = &mut self.library {
                    // The window's edit was made from the settings it opened on; someone else may have
                    // changed library.ron since, so the edit is laid over the file as it is now.
                    let base =
                        self.library_settings.as_ref().map_or_else(|| library.settings.clone(), |(b, _)| b.clone());
                    let merge = |disk: &mut crate::library::LibrarySettings| {
                        *disk = crate::library::LibrarySettings::merged_edit(&base, &edited, disk);
                    };
                    match library.update_settings(merge) {
                        Ok(()) => {
                            self.library_settings = None;
                            self.message = Some("Saved the library settings.".to_owned());
                        }
                        Err(e) => self.message = Some(format!("Could not save the library settings: {e}")),
                    }
                }
            }
            Command::RestoreRecovery(i) => {
                if i < self.recovery_offer.len() {
                    let (_, recovery) = self.recovery_offer.remove(i);
                    let saved = recovery
                        .stem
                        .as_ref()
                        .and_then(|s| self.library.as_ref()?.entry(s))
                        .map(|e| e.bulletin.clone());
                    let mut edit = EditSession::new(recovery.stem.clone(), recovery.bulletin, false);
                    edit.saved = saved;
                    if recovery.stem.is_some() {
                        self.current = recovery.stem;
                    }
                    self.edit = Some(edit);
                    self.view = View::Reader;
                }
            }
            Command::DiscardRecovery(i) => {
                if i < self.recovery_offer.len() {
                    let (path, _) = self.recovery_offer.remove(i);
                    if let Err(e) = std::fs::remove_file(&path) {
                        self.message = Some(format!("Could not remove {}: {e}", path.display()));
                    }
                }
            }
            Command::DiskConflict(answer) => self.answer_disk_conflict(answer),
            Command::RenameRegion { from, to } => {
                self.rename_region = None;
                self.rename_region(&from, &to);
            }
        }
    }

    fn answer_unsaved(&mut self, answer: UnsavedAnswer) {
        let Some(pending) = self.pending.take() else { return };
        match answer {
            UnsavedAnswer::Cancel => {}
            UnsavedAnswer::Save => {
                if self.save_draft() {
                    self.apply(pending);
                }
            }
            UnsavedAnswer::Discard => {
                self.edit = None;
                self.apply(pending);
            }
        }
    }

    /// Saves the draft; on failure the edits stay in the window and the reason is shown.
    fn save_draft(&mut self) -> bool {
        let (Some(edit), Some(library)) = (self.edit.as_mut(), self.library.as_mut()) else { return false };
        match library.save_bulletin(edit.stem.as_deref(), &edit.draft) {
            Ok(stem) => {
                self.message = Some(format!("Saved {}.", library.path_of(&stem).display()));
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

    /// Writes a handout through the same exporter as the command line.
    fn export(
        &mut self,
        format: crate::export::Format,
        audience: crate::export::Audience,
        all: bool,
        path: Option<PathBuf>,
    ) {
        let Some(library) = &self.library else { return };
        let draft = self.edit.as_ref().map(|e| &e.draft);
        let bulletins: Vec<&Bulletin> = if all {
            library.entries.iter().map(|e| &e.bulletin).collect()
        } else {
            draft.or(self.current_bulletin()).into_iter().collect()
        };
        let Some(first) = bulletins.first() else {
            self.message = Some("There is no bulletin to export.".to_owned());
            return;
        };
        let name = if all { "all-bulletins".to_owned() } else { first.file_stem() };
        let suffix = if audience == crate::export::Audience::Public { "-public" } else { "" };
        let file_name = format!("{name}{suffix}.{}", format.extension());
        let path = match path {
            Some(path) => path,
            None => match rfd::FileDialog::new()
                .set_title("Export handout")
                .set_file_name(&file_name)
                .add_filter(format.label(), &[format.extension()])
                .save_file()
            {
                Some(path) => path,
                None => {
                    self.message = Some(format!(
                        "Not exported: no file chosen. If no dialog appeared, use the command line: prayer-bulletin export {} --format {} -o {file_name}",
                        library.dir.display(),
                        format.extension().replace("txt", "text").replace("md", "markdown")
                    ));
                    return;
                }
            },
        };
        let handout = crate::export::Handout {
            format,
            audience,
            width: library.settings.export.width,
            ascii: false,
            paper: crate::export::Paper::default(),
            library_name: library.settings.name.clone(),
        };
        let result = crate::export::render(&bulletins, &handout)
            .map_err(|e| e.to_string())
            .and_then(|bytes| crate::library::write_atomically(&path, &bytes).map_err(|e| e.to_string()));
        self.message = Some(match result {
            Ok(()) => {
                self.export = None;
                format!("Exported {} to {}.", format.label(), path.display())
            }
            Err(e) => format!("Not exported: {e}"),
        });
    }

    /// Keeps the draft in a recovery file, written at most every five seconds, and removes the
    /// file once the draft is saved or discarded.
    fn keep_recovery(&mut self, ctx: &egui::Context) {
        use crate::library::recovery::{self, Recovery};
        let Some(dir) = self.library.as_ref().map(|l| l.dir.clone()) else { return };
        let draft = self
            .edit
            .as_ref()
            .filter(|e| e.is_dirty())
            .map(|e| Recovery { stem: e.stem.clone(), bulletin: e.draft.clone() });
        let Some(draft) = draft else {
            if let Some((path, _, _)) = self.recovery_written.take() {
                recovery::forget();
                if path.exists()
                    && let Err(e) = std::fs::remove_file(&path)
                {
                    self.message = Some(format!("Could not remove the recovery file {}: {e}", path.display()));
                }
            }
            return;
        };
        let text = match draft.to_ron() {
            Ok(text) => text,
            Err(e) => {
                // Said at once, and again at every frame until the draft can be kept: a person must
                // know that a crash now would lose these edits.
                self.message = Some(format!("Could not keep a recovery copy of your edits ({e}); save soon."));
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
        if due {
            if let Some((old, _, _)) = &self.recovery_written
                && *old != path
            {
                let _stale_file_may_already_be_gone = std::fs::remove_file(old);
            }
            match crate::library::write_atomically(&path, text.as_bytes()) {
                Ok(()) => self.recovery_written = Some((path, std::time::Instant::now(), text)),
                Err(e) => self.message = Some(format!("Could not keep a recovery copy of your edits: {e}")),
            }
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs(5));
        }
    }

    /// Our own writes are not someone else's changes: polling takes the files afresh.
    fn rebaseline_watch(&mut self) {
        if let Some(watch) = &mut self.watch {
            watch.rebaseline();
        }
    }

    /// Takes what the watcher saw others change (a synced folder, git, a script) and acts on it.
    fn watch_disk(&mut self, ctx: &egui::Context) {
        let Some(library) = &self.library else { return };
        if self.watch.as_ref().is_none_or(|w| w.dir != library.dir) {
            let wake = ctx.clone();
            self.watch = Some(watch::DiskWatch::start(&library.dir, self.poll_every, move || wake.request_repaint()));
        }
        let shown = self.edit.as_ref().and_then(|e| e.stem.clone()).or_else(|| self.current.clone());
        let shown = shown.map(|stem| library.path_of(&stem));
        let Some(watch) = &mut self.watch else { return };
        let changes = watch.changes(shown.as_deref(), ctx);
        if !changes.is_empty() {
            self.apply_disk_changes(&changes, shown.as_deref());
        }
    }

    /// Compares each file that may have changed with what the app holds (our own saves are events
    /// too, and change nothing): the shown bulletin changed by someone else is shown in their
    /// version, or, when it has unsaved edits here, the app asks; any other change is read quietly.
    fn apply_disk_changes(&mut self, changes: &watch::Changes, shown: Option<&Path>) {
        let Some(library) = &self.library else { return };
        let mut reload = changes.everything;
        let mut shown_changed = false;
        for path in &changes.paths {
            let differs = if *path == library.dir.join(crate::library::SETTINGS_FILE) {
                Library::read_settings(path).ok() != Some(library.settings.clone())
            } else {
                let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                let on_disk = crate::library::read_bulletin(path).ok();
                on_disk.as_ref() != library.entry(&stem).map(|e| &e.bulletin)
            };
            if differs && Some(path.as_path()) == shown {
                shown_changed = true;
            } else {
                reload |= differs;
            }
        }
        if shown_changed && self.is_dirty() {
            self.disk_conflict = true;
        } else if shown_changed {
            // An open but unchanged edit would otherwise save over their version later.
            if let Some(edit) = self.edit.take() {
                let theirs = shown.and_then(|path| crate::library::read_bulletin(path).ok());
                if let Some(theirs) = theirs {
                    self.edit = Some(EditSession::new(edit.stem, theirs, true));
                }
            }
            self.reload_library(true);
        } else if reload {
            self.reload_library(false);
        }
    }

    /// Reads the library again, keeping the shown bulletin and the draft.
    fn reload_library(&mut self, say_so: bool) {
        let Some(library) = self.library.as_ref() else { return };
        let dir = library.dir.clone();
        if library.entries.len() > self.load_inline_up_to {
            self.start_loading(dir, Some(say_so));
        } else {
            self.reloaded(Library::load(&dir), say_so);
        }
    }

    fn reloaded(&mut self, result: Result<Library, crate::library::LibraryError>, say_so: bool) {
        match result {
            Ok(library) => {
                if self.current.as_ref().is_some_and(|s| library.entry(s).is_none()) {
                    self.current = library.entries.first().map(|e| e.stem.clone());
                }
                self.library = Some(library);
                self.library_changed();
                if say_so {
                    self.message = Some("This bulletin was changed by someone else; showing their version.".to_owned());
                }
            }
            Err(e) => self.message = Some(format!("Could not read the library again: {e}")),
        }
    }

    fn answer_disk_conflict(&mut self, answer: DiskConflictAnswer) {
        self.disk_conflict = false;
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
        self.confirm_delete = false;
        let (Some(stem), Some(library)) = (self.current.clone(), self.library.as_mut()) else { return };
        match library.trash_bulletin(&stem) {
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
        let to = to.trim();
        if to.is_empty() || library.settings.region(to).is_some() {
            self.message =
                Some(format!("\u{201c}{to}\u{201d} cannot be the new name: it is empty or already a region."));
            return;
        }
        match library.rename_region(from, to) {
            Ok(n) => self.message = Some(format!("Renamed {from} to {to} in the library and in {n} bulletin(s).")),
            Err(e) => self.message = Some(format!("Could not rename the region: {e}")),
        }
        if let Some(edit) = &mut self.edit {
            for s in edit.draft.sections.iter_mut().filter(|s| s.region == from) {
                s.region = to.to_owned();
            }
        }
        self.library_changed();
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
            Action::OpenLibrary => match rfd::FileDialog::new().set_title("Open a library folder").pick_folder() {
                Some(dir) => self.open_library(&dir),
                // No answer: cancelled, or no dialog could be shown (no desktop portal). Offer a path field.
                None => {
                    let start = self.library.as_ref().map(|l| l.dir.display().to_string()).unwrap_or_default();
                    self.path_prompt = Some(start);
                }
            },
            Action::PasteBulletin => self.paste = Some(String::new()),
            Action::ImportFile => {
                let picked = rfd::FileDialog::new()
                    .set_title("Import bulletins from a text file")
                    .add_filter("Text", &["txt", "text", "md", "eml", "ron"])
                    .add_filter("Any file", &["*"])
                    .pick_file();
                match picked {
                    Some(path) => self.apply(Command::ImportFile(path)),
                    None => {
                        self.message = Some(
                            "No file chosen. If no dialog appeared, use File → Paste bulletin text… and paste the text instead."
                                .to_owned(),
                        );
                    }
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
                let bulletin = match library.new_week(None) {
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
            Action::DeleteBulletin => self.confirm_delete = self.current.is_some(),
            Action::Export => self.export = Some(ExportChoice::default()),
            Action::LibrarySettings => {
                self.library_settings = self.library.as_ref().map(|l| (l.settings.clone(), l.settings.clone()));
            }
            Action::Close => {
                if self.pending.is_some() {
                    self.pending = None;
                } else if self.confirm_delete {
                    self.confirm_delete = false;
                } else if self.export.is_some() {
                    self.export = None;
                } else if self.library_settings.is_some() {
                    self.library_settings = None;
                } else if self.rename_region.is_some() {
                    self.rename_region = None;
                } else if self.import.is_some() {
                    self.import = None;
                } else if self.paste.is_some() {
                    self.paste = None;
                } else if self.path_prompt.is_some() {
                    self.path_prompt = None;
                } else if self.search.is_some() {
                    self.search = None;
                } else {
                    self.view = View::Reader;
                }
            }
        }
    }

    fn preview_import(&mut self, bytes: &[u8], source: String) {
        let settings = self.library.as_ref().map(|l| l.settings.clone()).unwrap_or_default();
        let report = crate::import::import_bytes(bytes, &settings);
        if report.bulletins.is_empty() {
            self.message = Some(format!("No bulletin was found in {source}."));
            return;
        }
        let choices = report
            .bulletins
            .iter()
            .map(|b| {
                let exists = b.date.and_then(|d| self.library.as_ref()?.entry_for_date(d)).is_some();
                if exists { ImportChoice::Skip } else { ImportChoice::Add }
            })
            .collect();
        self.import = Some(ImportPreview { source, report, choices, shown: 0 });
    }

    fn confirm_import(&mut self) {
        let (Some(preview), Some(library)) = (self.import.take(), self.library.as_mut()) else { return };
        let mut written = 0;
        let mut errors = Vec::new();
        if !preview.report.new_regions.is_empty()
            && let Err(e) = library.add_regions(&preview.report.new_regions)
        {
            errors.push(e.to_string());
        }
        let mut last = None;
        for (bulletin, choice) in preview.report.bulletins.iter().zip(&preview.choices) {
            let existing = bulletin.date.and_then(|d| library.entry_for_date(d)).map(|e| e.stem.clone());
            let result = match (choice, existing) {
                (ImportChoice::Skip, _) => continue,
                (ImportChoice::Replace, Some(stem)) => library.save_bulletin(Some(&stem), bulletin),
                (_, _) => library.save_bulletin(None, bulletin),
            };
            match result {
                Ok(stem) => {
                    written += 1;
                    last = Some(stem);
                }
                Err(e) => errors.push(e.to_string()),
            }
        }
        self.message = Some(if errors.is_empty() {
            format!("Imported {written} bulletin(s) from {}.", preview.source)
        } else {
            format!("Imported {written} bulletin(s); could not save: {}", errors.join("; "))
        });
        if !errors.is_empty() {
            // Keep what could not be written in the window rather than losing it.
            self.import = Some(preview);
        }
        self.library_changed();
        if let Some(stem) = last {
            self.select(stem);
        }
    }
}

fn place_region(place: &crate::search::Place) -> Option<usize> {
    match place {
        crate::search::Place::Item { section, .. } => Some(*section),
        _ => None,
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        save_settings(storage, &self.settings);
    }
}

/// Writes the settings into eframe's storage.
pub fn save_settings(storage: &mut dyn eframe::Storage, settings: &Settings) {
    match ron::to_string(settings) {
        Ok(text) => storage.set_string(SETTINGS_KEY, text),
        Err(e) => eprintln!("prayer-bulletin: could not store the settings: {e}"),
    }
}

/// Reads the remembered settings; ones that do not parse (after an upgrade, say) are replaced by
/// the defaults, with a line on stderr.
pub fn load_settings(storage: Option<&dyn eframe::Storage>) -> Settings {
    let Some(text) = storage.and_then(|s| s.get_string(SETTINGS_KEY)) else { return Settings::default() };
    match ron::from_str(&text) {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("prayer-bulletin: stored settings could not be read ({e}); using the defaults");
            Settings::default()
        }
    }
}

/// How many files the library's `bulletins/` folder holds (0 when there is none).
fn bulletin_files(dir: &Path) -> usize {
    std::fs::read_dir(dir.join(crate::library::BULLETINS_DIR)).map_or(0, Iterator::count)
}

/// The demo library shipped with the app: `sample-data/` in the working directory, beside the
/// executable (or a few folders above it, as in `target/release`), or in the source tree.
pub fn sample_library() -> Option<PathBuf> {
    let mut candidates = vec![PathBuf::from("sample-data")];
    if let Ok(exe) = std::env::current_exe() {
        candidates.extend(exe.ancestors().skip(1).take(4).map(|d| d.join("sample-data")));
    }
    candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data"));
    candidates.into_iter().find(|d| d.join(crate::library::BULLETINS_DIR).is_dir())
}

/// Opens the window.
pub fn run(dir: Option<PathBuf>) -> Result<std::process::ExitCode, Failure> {
    crate::library::recovery::install_panic_hook();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Prayer Bulletin")
            .with_inner_size([1180.0, 780.0])
            .with_min_inner_size([560.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Prayer Bulletin",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(dir, load_settings(cc.storage))))),
    )
    .map_err(|e| Failure(format!("could not open the window: {e}")))?;
    Ok(std::process::ExitCode::SUCCESS)
}
