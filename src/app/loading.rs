//! Opening a library and reading it again: small ones at once, large ones on another thread while
//! the window keeps drawing with a progress bar.

use std::path::{Path, PathBuf};

use super::arrival::{Arrival, Parcel};
use super::{App, Command, View};
use crate::library::{Library, LibraryError};

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
    receiver: std::sync::mpsc::Receiver<Result<Library, LibraryError>>,
    /// Holds the reading back until the window's first frame is on the screen (dropped to start
    /// it): on a machine with two cores, threads reading thousands of files made the first frame
    /// later by as much as the reading itself takes.
    gate: Option<std::sync::mpsc::Sender<()>>,
    /// The frame (egui's count) in which the gate opens: by then the one before is on the screen.
    reading_from_frame: u64,
}

/// How many files the library's `bulletins/` folder holds (0 when there is none).
fn bulletin_files(dir: &Path) -> usize {
    std::fs::read_dir(dir.join(crate::library::BULLETINS_DIR)).map_or(0, Iterator::count)
}

impl App {
    pub(super) fn open_library(&mut self, dir: &Path) {
        if bulletin_files(dir) > self.load_inline_up_to {
            self.library = None;
            self.archive_rows.clear();
            self.threads = crate::threads::Threads::default();
            self.forget_views();
            self.current = None;
            // The first library is read once the first frame is on the screen.
            let reading_from_frame = if self.library_opened_before { 0 } else { 1 };
            self.start_loading(dir.to_owned(), None, reading_from_frame);
        } else {
            self.opened(dir, Library::load(dir));
        }
        self.library_opened_before = true;
    }

    /// Reads a library on another thread, from frame `reading_from_frame` on (0: at once);
    /// [`App::poll_loading`] takes it when it is ready.
    fn start_loading(&mut self, dir: PathBuf, reload: Option<bool>, reading_from_frame: u64) {
        let progress = std::sync::Arc::new(crate::library::LoadProgress::default());
        let (sender, receiver) = std::sync::mpsc::channel();
        let (gate, wait) = std::sync::mpsc::channel::<()>();
        let (folder, counter) = (dir.clone(), progress.clone());
        let started = std::thread::Builder::new().name("library-loader".to_owned()).spawn(move || {
            // Returns when the gate is dropped.
            let _opened = wait.recv();
            // The window may have moved on (another library opened); then nobody listens.
            let _nobody_listens: Result<(), _> = sender.send(Library::load_counting(folder, &counter));
        });
        let gate = (reading_from_frame > 0).then_some(gate);
        match started {
            Ok(_) => self.loading = Some(Loading { dir, reload, progress, receiver, gate, reading_from_frame }),
            // No thread to be had: read it here, as for a small library.
            Err(_) => self.loaded(reload, &dir, Library::load(&dir)),
        }
    }

    /// Takes the library read in the background, when it is ready.
    pub(super) fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(loading) = &mut self.loading else { return };
        if loading.gate.is_some() {
            if ctx.cumulative_frame_nr() < loading.reading_from_frame {
                // The next frame comes at once, and the reading starts in it.
                ctx.request_repaint();
                return;
            }
            loading.gate = None;
        }
        match loading.receiver.try_recv() {
            Ok(result) => {
                if let Some(loading) = self.loading.take() {
                    let (reload, dir) = (loading.reload, loading.dir);
                    let loaded = super::arrival::LoadedLibrary { reload, dir, result };
                    self.push(Command::Arrived(Arrival::Library(Parcel::new(loaded))));
                }
                // The library is drawn in the next frame, which nothing else may ask for.
                ctx.request_repaint();
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.loading = None;
                self.messages.error(crate::tr!("msg-reading-stopped"));
                ctx.request_repaint();
            }
        }
    }

    /// Waits for a library being read in the background and takes it (for tests and benchmarks,
    /// which need the library before the first frame).
    pub fn wait_for_library(&mut self) {
        let Some(mut loading) = self.loading.take() else { return };
        loading.gate = None;
        match loading.receiver.recv() {
            Ok(result) => self.loaded(loading.reload, &loading.dir, result),
            Err(_) => self.messages.error(crate::tr!("msg-reading-stopped")),
        }
    }

    /// Takes a library read in the background (queued as an arrival).
    pub(super) fn library_arrived(&mut self, loaded: super::arrival::LoadedLibrary) {
        self.loaded(loaded.reload, &loaded.dir, loaded.result);
    }

    fn loaded(&mut self, reload: Option<bool>, dir: &Path, result: Result<Library, LibraryError>) {
        match reload {
            None => self.opened(dir, result),
            Some(say_so) => self.reloaded(result, say_so),
        }
    }

    /// Shows a library just read.
    fn opened(&mut self, dir: &Path, result: Result<Library, LibraryError>) {
        match result {
            Ok(library) => {
                // Windows about the library shown before (a preview of text for it, its settings)
                // close with it.
                if self.library.as_ref().is_some_and(|l| l.dir != dir) {
                    self.dialogs.clear();
                    self.import_queue.clear();
                }
                let same_library = self.settings.last_library.as_deref() == Some(dir);
                let remembered =
                    self.settings.last_bulletin.clone().filter(|stem| same_library && library.entry(stem).is_some());
                self.current = remembered.or_else(|| library.entries.first().map(|e| e.stem.clone()));
                self.messages.clear();
                if !library.problems.is_empty() {
                    let count = u64::try_from(library.problems.len()).unwrap_or(0);
                    self.messages.warn(crate::tr!("msg-unreadable-files", count = count));
                }
                self.settings.remember_library(dir);
                self.settings.last_bulletin = self.current.clone();
                self.offer_recovery(dir);
                self.library = Some(Library { lock_patience: APP_LOCK_PATIENCE, ..library });
                self.sharing_opened();
                self.library_changed();
                self.view = View::Reader;
                self.highlight = None;
            }
            Err(e) => self.messages.error(crate::tr!("msg-library-not-opened", error = e.to_string())),
        }
        // What the desktop asked for (a week to show, a file to import), now that there is a library.
        for command in std::mem::take(&mut self.after_loading) {
            self.push(command);
        }
    }

    /// Carries out `commands` once the library being read is there (at once if it is already).
    pub fn after_loading(&mut self, commands: Vec<super::Command>) {
        if self.loading.is_some() || self.library.is_none() {
            self.after_loading.extend(commands);
        } else {
            for command in commands {
                self.push(command);
            }
        }
    }

    /// Reads the library again, keeping the shown bulletin and the draft.
    ///
    /// (The library's lock is never waited for on the window's thread for longer than
    /// [`APP_LOCK_PATIENCE`]: past that the change is not made and the window says that another
    /// program is using the library.)
    pub(super) fn reload_library(&mut self, say_so: bool) {
        let Some(library) = self.library.as_ref() else { return };
        let dir = library.dir.clone();
        if library.entries.len() > self.load_inline_up_to {
            self.start_loading(dir, Some(say_so), 0);
        } else {
            self.reloaded(Library::load(&dir), say_so);
        }
    }

    fn reloaded(&mut self, result: Result<Library, LibraryError>, say_so: bool) {
        match result {
            Ok(library) => {
                if self.current.as_ref().is_some_and(|s| library.entry(s).is_none()) {
                    self.current = library.entries.first().map(|e| e.stem.clone());
                }
                self.library = Some(Library { lock_patience: APP_LOCK_PATIENCE, ..library });
                self.library_changed();
                if say_so {
                    self.messages.warn(crate::tr!("msg-changed-elsewhere"));
                }
            }
            Err(e) => self.messages.error(crate::tr!("msg-library-not-reread", error = e.to_string())),
        }
    }

    /// Recomputes what depends on the library's contents.
    pub(super) fn library_changed(&mut self) {
        // A reading of the files started before this change is out of date: it starts again, so
        // what someone else changed (the reason it was started) is not lost.
        if let (Some(say_so), Some(dir)) =
            (self.loading.as_ref().and_then(|l| l.reload), self.library.as_ref().map(|l| l.dir.clone()))
        {
            self.start_loading(dir, Some(say_so), 0);
        }
        self.archive_rows = self.library.as_ref().map(|l| crate::ui::archive::rows(&l.entries)).unwrap_or_default();
        self.forget_views();
        self.threads = self.library.as_ref().map(|l| crate::threads::Threads::new(&l.entries)).unwrap_or_default();
        if let Some(search) = &mut self.search {
            search.invalidate();
        }
        // A shared library's change is committed (on another thread), so the history says who
        // changed what.
        self.commit_after_save();
    }
}

/// How long the window waits for another program (an import from the command line) holding the
/// library's lock: short enough that the window never seems to hang.
pub const APP_LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_millis(300);
