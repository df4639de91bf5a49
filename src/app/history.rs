//! "History of this week": who changed it, when and what they said (from git, on another
//! thread), a version shown as it read then, and restored as a new change (nothing rewritten).

use std::sync::mpsc::{Receiver, channel};

use super::{App, Dialog};
use crate::model::Bulletin;
use crate::sharing::history::Version;

/// The history window's state.
#[derive(Clone, Debug, Default)]
pub struct HistoryView {
    /// The week's file, relative to the library.
    pub file: String,
    /// The week, as the window names it.
    pub week: String,
    /// Its versions, newest first (`None` while git reads them).
    pub versions: Option<Result<Vec<Version>, String>>,
    /// The version shown: its index and the week as it read then.
    pub shown: Option<(usize, Result<Bulletin, String>)>,
}

/// What git sends back to the history window.
pub enum HistoryDone {
    /// The versions of a file.
    Versions(Result<Vec<Version>, String>),
    /// One version's text.
    Text(usize, Result<String, String>),
}

impl App {
    /// Opens the history of the week shown, its versions read on another thread.
    pub(super) fn open_history(&mut self) {
        let (Some(library), Some(stem)) = (&self.library, self.current.clone()) else { return };
        if !crate::sharing::setup::is_shared(&library.dir) {
            self.messages.warn(crate::tr!("msg-no-history"));
            return;
        }
        let file = format!("{}/{stem}.ron", crate::library::BULLETINS_DIR);
        let week = library.entry(&stem).map_or(stem.clone(), |e| e.bulletin.long_date());
        let dir = library.dir.clone();
        let for_git = file.clone();
        self.history_job(move || {
            HistoryDone::Versions(crate::sharing::history::history(&dir, &for_git).map_err(|e| e.to_string()))
        });
        self.open_dialog(Dialog::History(HistoryView { file, week, versions: None, shown: None }));
    }

    /// Shows version `index` of the history shown (read on another thread).
    pub(super) fn show_version(&mut self, index: usize) {
        let Some(dir) = self.library.as_ref().map(|l| l.dir.clone()) else { return };
        let Some(Dialog::History(view)) = self.dialog() else { return };
        let Some(Ok(versions)) = &view.versions else { return };
        let Some(version) = versions.get(index) else { return };
        let (file, commit) = (view.file.clone(), version.commit.clone());
        self.history_job(move || {
            HistoryDone::Text(index, crate::sharing::history::version(&dir, &file, &commit).map_err(|e| e.to_string()))
        });
    }

    /// Restores the version shown: written over the week, and committed as a new change.
    pub(super) fn restore_version(&mut self) {
        let Some(Dialog::History(view)) = self.dialog().cloned() else { return };
        let (Some((index, Ok(bulletin))), Some(Ok(versions))) = (&view.shown, &view.versions) else { return };
        let stem = view.file.trim_start_matches("bulletins/").trim_end_matches(".ron").to_owned();
        let Some(library) = self.library.as_mut() else { return };
        match crate::workspace::save(library, Some(&stem), bulletin) {
            Ok(_) => {
                let v = &versions[*index];
                self.messages.info(crate::tr!(
                    "msg-restored",
                    week = view.week.as_str(),
                    author = v.author.as_str(),
                    when = v.when.clone()
                ));
                self.close_if(|d| matches!(d, Dialog::History(_)));
                self.library_changed();
            }
            Err(e) => self.messages.error(crate::tr!("msg-not-restored", error = e.to_string())),
        }
    }

    fn history_job(&mut self, job: impl FnOnce() -> HistoryDone + Send + 'static) {
        let (send, receive) = channel();
        std::thread::spawn(move || {
            let _gone_if_the_window_closed: Result<(), _> = send.send(job());
        });
        self.history_receiver = Some(receive);
    }

    /// What git sent back to the history window, if it finished.
    pub(super) fn poll_history(&mut self, ctx: &egui::Context) {
        let Some(receive) = &self.history_receiver else { return };
        let done = match receive.try_recv() {
            Ok(done) => done,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                return;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.history_receiver = None;
                return;
            }
        };
        self.history_receiver = None;
        self.push(super::Command::Arrived(super::arrival::Arrival::History(super::arrival::Parcel::new(done))));
        ctx.request_repaint();
    }

    /// Takes git's answer to the history window (queued as an arrival).
    pub(super) fn history_arrived(&mut self, done: HistoryDone) {
        let Some(Dialog::History(view)) = self.dialog_mut() else { return };
        match done {
            HistoryDone::Versions(versions) => view.versions = Some(versions),
            HistoryDone::Text(index, text) => {
                let path = std::path::Path::new(&view.file);
                let read =
                    text.and_then(|t| crate::library::parse_ron::<Bulletin>(&t, path).map_err(|e| e.to_string()));
                view.shown = Some((index, read));
            }
        }
    }
}

/// The receiver type the app keeps for the history window's git.
pub type HistoryReceiver = Receiver<HistoryDone>;
