//! Noticing what others change in the library's files: another coordinator on a synced folder, git,
//! a script. The operating system tells us at once (through `notify`: inotify, FSEvents,
//! ReadDirectoryChangesW); where it cannot (some network drives, too many watches), the files are
//! looked at every few seconds instead.
//!
//! This only says *which* files may have changed. Whether one really did (our own saves are events
//! too) is decided by comparing it with what the app holds: see `App::apply_disk_changes`.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use notify::Watcher as _;

use super::{App, Dialog, EditSession};
use crate::library::Library;

/// What may have changed on disk since the last look.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Files that may have changed (bulletin files and `library.ron`).
    pub paths: Vec<PathBuf>,
    /// Something changed that cannot be pinned to a file (the polling fallback saw the folder
    /// change, or the watcher lost events): read everything again.
    pub everything: bool,
}

impl Changes {
    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty() && !self.everything
    }
}

/// Watches one library folder.
pub struct DiskWatch {
    /// The library folder.
    pub dir: PathBuf,
    how: How,
}

enum How {
    /// The system tells us; the watcher sends the paths it saw here.
    Events {
        watcher: notify::RecommendedWatcher,
        changes: mpsc::Receiver<Result<PathBuf, String>>,
        /// Whether `bulletins/` is watched (a new library has none until its first save).
        bulletins_watched: bool,
    },
    /// We look every `every`: the shown file's, the folder's and `library.ron`'s modification times.
    Polling { every: Duration, last: Option<(Instant, Stamps)> },
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Stamps {
    shown: Option<(PathBuf, Option<SystemTime>)>,
    folder: Option<SystemTime>,
    settings: Option<SystemTime>,
}

impl std::fmt::Debug for DiskWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiskWatch").field("dir", &self.dir).field("events", &self.is_event_based()).finish()
    }
}

/// Whether a path is one the app reads: `library.ron`, the `bulletins/` folder, or a bulletin file
/// (not a hidden one, such as the file a save writes beside the bulletin before renaming it).
fn matters(dir: &Path, path: &Path) -> bool {
    let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
    let bulletins = dir.join(crate::library::BULLETINS_DIR);
    !hidden
        && (path == dir.join(crate::library::SETTINGS_FILE)
            || path == bulletins
            || path.parent() == Some(bulletins.as_path()))
}

/// Whether an event can mean a file's content changed (not a mere opening or reading).
fn changes_content(kind: &notify::EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode, EventKind};
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

impl DiskWatch {
    /// Starts watching the library in `dir`: with the system's notifications when it gives them,
    /// otherwise by looking every `poll_every`. `wake` is called from the watching thread when a
    /// change arrives, so that an idle window draws a frame to show it.
    pub fn start(dir: &Path, poll_every: Duration, wake: impl Fn() + Send + 'static) -> Self {
        match Self::events(dir, wake) {
            Ok(how) => Self { dir: dir.to_owned(), how },
            Err(e) => {
                log::warn!("{}: changes by others are looked for every {poll_every:?} ({e})", dir.display());
                Self::polling(dir, poll_every)
            }
        }
    }

    /// Watching by looking every `every`, as where the system gives no notifications.
    pub fn polling(dir: &Path, every: Duration) -> Self {
        Self { dir: dir.to_owned(), how: How::Polling { every, last: None } }
    }

    fn events(dir: &Path, wake: impl Fn() + Send + 'static) -> notify::Result<How> {
        let (sender, changes) = mpsc::channel();
        let library = dir.to_owned();
        let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            let mut sent = false;
            match event {
                // Opening and reading a file is not changing it (and the app reads the files it is
                // told of: taking those as changes would wake it for ever).
                Ok(event) if !changes_content(&event.kind) => {}
                Ok(event) => {
                    if event.need_rescan() {
                        sent |= sender.send(Err("the system dropped some change notices".to_owned())).is_ok();
                    }
                    for path in event.paths.into_iter().filter(|p| matters(&library, p)) {
                        sent |= sender.send(Ok(path)).is_ok();
                    }
                }
                Err(e) => sent |= sender.send(Err(e.to_string())).is_ok(),
            }
            if sent {
                wake();
            }
        })?;
        // The library folder itself (for library.ron) and, when there is one, its bulletins folder;
        // not `.recovery/` or `trash/`, which the app writes all the time.
        watcher.watch(dir, notify::RecursiveMode::NonRecursive)?;
        let bulletins = dir.join(crate::library::BULLETINS_DIR);
        let bulletins_watched = bulletins.is_dir();
        if bulletins_watched {
            watcher.watch(&bulletins, notify::RecursiveMode::NonRecursive)?;
        }
        Ok(How::Events { watcher, changes, bulletins_watched })
    }

    /// Whether the system tells us of changes (rather than our looking every few seconds).
    pub fn is_event_based(&self) -> bool {
        matches!(self.how, How::Events { .. })
    }

    /// What may have changed since the last call. `shown` is the file of the bulletin on screen (the
    /// one polling looks at). `ctx` is asked to look again when polling is due.
    pub fn changes(&mut self, shown: Option<&Path>, ctx: &egui::Context) -> Changes {
        let mut changes = Changes::default();
        match &mut self.how {
            How::Events { changes: received, watcher, bulletins_watched } => {
                let bulletins = self.dir.join(crate::library::BULLETINS_DIR);
                for change in received.try_iter() {
                    match change {
                        Ok(path) if path == bulletins => {
                            // Made (or replaced) since watching began: watch what is in it from now on.
                            changes.everything = true;
                            if !*bulletins_watched && bulletins.is_dir() {
                                match watcher.watch(&bulletins, notify::RecursiveMode::NonRecursive) {
                                    Ok(()) => *bulletins_watched = true,
                                    Err(e) => log::warn!("{}: not watched ({e})", bulletins.display()),
                                }
                            }
                        }
                        Ok(path) if !changes.paths.contains(&path) => changes.paths.push(path),
                        Ok(_) => {}
                        Err(e) => {
                            log::warn!("{}: {e}; reading the library again", self.dir.display());
                            changes.everything = true;
                        }
                    }
                }
            }
            How::Polling { every, last } => {
                if let Some((at, _)) = last
                    && at.elapsed() < *every
                {
                    ctx.request_repaint_after(*every);
                    return changes;
                }
                ctx.request_repaint_after(*every);
                let stamp = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
                let now = Stamps {
                    shown: shown.map(|p| (p.to_owned(), stamp(p))),
                    folder: stamp(&self.dir.join(crate::library::BULLETINS_DIR)),
                    settings: stamp(&self.dir.join(crate::library::SETTINGS_FILE)),
                };
                if let Some((_, before)) = last.replace((Instant::now(), now.clone())) {
                    if let (Some((path, stamp)), Some((was, old))) = (&now.shown, &before.shown)
                        && path == was
                        && stamp != old
                    {
                        changes.paths.push(path.clone());
                    }
                    if now.settings != before.settings {
                        changes.paths.push(self.dir.join(crate::library::SETTINGS_FILE));
                    }
                    changes.everything = now.folder != before.folder;
                }
            }
        }
        changes
    }
}

impl App {
    /// Takes what the watcher saw others change (a synced folder, git, a script) and acts on it.
    pub(super) fn watch_disk(&mut self, ctx: &egui::Context) {
        let Some(library) = &self.library else { return };
        if self.watch.as_ref().is_none_or(|w| w.dir != library.dir) {
            let wake = ctx.clone();
            self.watch = Some(DiskWatch::start(&library.dir, self.poll_every, move || wake.request_repaint()));
        }
        // The file being edited (none for a new week not saved yet), or else the one on screen.
        let shown = match &self.edit {
            Some(edit) => edit.stem.clone(),
            None => self.current.clone(),
        };
        let shown = shown.map(|stem| library.path_of(&stem));
        let Some(watch) = &mut self.watch else { return };
        let changes = watch.changes(shown.as_deref(), ctx);
        if !changes.is_empty() {
            let arrival = super::arrival::Arrival::DiskChanges(super::arrival::Parcel::new((changes, shown)));
            self.push(super::Command::Arrived(arrival));
        }
    }

    /// Compares each file that may have changed with what the app holds (our own saves are events
    /// too, and change nothing): the shown bulletin changed by someone else is shown in their
    /// version, or, when it has unsaved edits here, the app asks; any other change is read quietly.
    pub(super) fn apply_disk_changes(&mut self, changes: &Changes, shown: Option<&Path>) {
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
            if !matches!(self.dialog(), Some(Dialog::DiskConflict)) {
                self.open_dialog(Dialog::DiskConflict);
            }
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_library_file_and_bulletin_files_matter() {
        let dir = Path::new("lib");
        assert!(matters(dir, &dir.join("library.ron")));
        assert!(matters(dir, &dir.join("bulletins/2021-06-26.ron")));
        assert!(matters(dir, &dir.join("bulletins")));
        assert!(!matters(dir, &dir.join("bulletins/.saving-x.tmp")));
        assert!(!matters(dir, &dir.join(".recovery/2021-06-26.ron")));
        assert!(!matters(dir, &dir.join("trash/2021-06-26.ron")));
        assert!(!matters(dir, &dir.join(".lock")));
    }

    #[test]
    fn reading_a_file_is_not_changing_it() {
        use notify::event::{AccessKind, AccessMode, CreateKind, EventKind, ModifyKind};
        assert!(!changes_content(&EventKind::Access(AccessKind::Open(AccessMode::Any))));
        assert!(!changes_content(&EventKind::Access(AccessKind::Close(AccessMode::Read))));
        assert!(changes_content(&EventKind::Access(AccessKind::Close(AccessMode::Write))));
        assert!(changes_content(&EventKind::Modify(ModifyKind::Any)));
        assert!(changes_content(&EventKind::Create(CreateKind::File)));
    }

    #[test]
    fn events_name_the_changed_file_at_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("bulletins")).unwrap();
        let mut watch = DiskWatch::start(dir.path(), Duration::from_secs(60), || {});
        assert!(watch.is_event_based(), "this system gives file notifications");
        let ctx = egui::Context::default();
        assert!(watch.changes(None, &ctx).is_empty());
        let file = dir.path().join("bulletins/2021-06-26.ron");
        std::fs::write(&file, "()").unwrap();
        let started = Instant::now();
        let mut seen = Changes::default();
        // Milliseconds in practice; the margin is for a test machine busy with other tests.
        while seen.paths.is_empty() && started.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(10));
            seen = watch.changes(None, &ctx);
        }
        assert_eq!(seen.paths, [file]);
    }

    #[test]
    fn polling_sees_the_shown_file_and_the_folder_change() {
        let dir = tempfile::tempdir().unwrap();
        let bulletins = dir.path().join("bulletins");
        std::fs::create_dir(&bulletins).unwrap();
        let shown = bulletins.join("2021-06-26.ron");
        std::fs::write(&shown, "()").unwrap();
        let mut watch = DiskWatch::polling(dir.path(), Duration::ZERO);
        let ctx = egui::Context::default();
        assert!(watch.changes(Some(&shown), &ctx).is_empty(), "the first look only takes stamps");
        // Modification times are at least as fine as 10 ms on the file systems we meet.
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(&shown, "(title: \"theirs\")").unwrap();
        std::fs::write(bulletins.join("2021-06-19.ron"), "()").unwrap();
        let seen = watch.changes(Some(&shown), &ctx);
        assert_eq!(seen.paths, std::slice::from_ref(&shown));
        assert!(seen.everything);
        assert!(watch.changes(Some(&shown), &ctx).is_empty());
    }
}
