//! Sharing the library from the window. git runs on another thread, never the window's: a save
//! is committed there, "Share" (Ctrl+Shift+S) fetches, merges and pushes there, and the result
//! comes back to the frame, which shows the state beside the library's name and puts any decision
//! to the person (keep mine, keep theirs, keep both).

use std::sync::mpsc::{Receiver, channel};

use super::{App, Dialog};
use crate::sharing::decide::Keep;
use crate::sharing::setup::Coordinator;
use crate::sharing::{Decision, SyncError, Synced};

/// How often a shared library is shared by itself, when the coordinator turned that on.
pub const SHARE_EVERY: std::time::Duration = std::time::Duration::from_secs(5 * 60);

/// Where the library stands with the shared copy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ShareStatus {
    /// Not shared through git.
    #[default]
    NotShared,
    /// Shared; not yet shared this session.
    Shared,
    /// git is running.
    Sharing,
    /// Shared, and nothing new arrived.
    UpToDate,
    /// Shared; others' changes to this many files arrived.
    Arrived(usize),
    /// Committed here only (no shared copy set up).
    HereOnly,
    /// The shared copy could not be reached, or git failed: why.
    Offline(String),
    /// Decisions wait for the person.
    Decide(usize),
}

impl ShareStatus {
    /// What the window shows beside the library's name.
    pub fn label(&self) -> String {
        match self {
            Self::NotShared => crate::tr!("share-not-shared"),
            Self::Shared => crate::tr!("share-shared"),
            Self::Sharing => crate::tr!("share-sharing"),
            Self::UpToDate => crate::tr!("share-up-to-date"),
            Self::Arrived(n) => crate::tr!("share-arrived", count = u64::try_from(*n).unwrap_or(u64::MAX)),
            Self::HereOnly => crate::tr!("share-here-only"),
            Self::Offline(_) => crate::tr!("share-offline"),
            Self::Decide(n) => crate::tr!("share-decide", count = u64::try_from(*n).unwrap_or(u64::MAX)),
        }
    }
}

/// What a job running git sends back.
pub enum Done {
    /// A commit of the library's changes (its id, if anything was committed).
    Committed(Result<Option<String>, crate::sharing::GitError>),
    /// A share: what arrived and went.
    Synced(Result<Synced, SyncError>),
    /// A shared library cloned into a folder.
    Cloned(std::path::PathBuf, Result<(), crate::sharing::GitError>),
}

/// The sharing state of the window.
#[derive(Default)]
pub struct Sharing {
    /// Where the library stands.
    pub status: ShareStatus,
    /// The decisions waiting (as on disk).
    pub decisions: Vec<Decision>,
    running: Option<Receiver<Done>>,
    /// A save arrived while git was running: commit again after it.
    commit_again: bool,
    /// "Share" was asked for while git was running: share after it.
    share_again: bool,
    /// When the library was last shared (for sharing by itself every few minutes).
    last_shared: Option<std::time::Instant>,
}

impl std::fmt::Debug for Sharing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sharing").field("status", &self.status).field("running", &self.running.is_some()).finish()
    }
}

impl Sharing {
    /// Whether git is running now.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }
}

impl App {
    /// The state of a library just opened: shared or not, decisions waiting (read from the disk
    /// only: no git runs).
    pub(super) fn sharing_opened(&mut self) {
        let Some(dir) = self.library.as_ref().map(|l| l.dir.clone()) else { return };
        self.sharing.decisions = crate::sharing::pending::read(&dir);
        self.sharing.status = if !crate::sharing::setup::is_shared(&dir) {
            ShareStatus::NotShared
        } else if self.sharing.decisions.is_empty() {
            ShareStatus::Shared
        } else {
            ShareStatus::Decide(self.sharing.decisions.len())
        };
    }

    /// Share: set up first when the library is not shared yet.
    pub(super) fn share(&mut self) {
        let Some(dir) = self.library.as_ref().map(|l| l.dir.clone()) else { return };
        if !crate::sharing::setup::is_shared(&dir) {
            // Asked once: the name typed before is filled in (read from the settings: no git runs here).
            let (name, email) = self.settings.coordinator.clone();
            self.open_dialog(Dialog::ShareSetup { remote: String::new(), name, email });
            return;
        }
        if self.sharing.is_running() {
            self.sharing.share_again = true;
            return;
        }
        self.sharing.last_shared = Some(std::time::Instant::now());
        self.run_git(move |dir| Done::Synced(crate::sharing::sync(dir)));
    }

    /// Set up sharing with the answers of the setup window, then share.
    pub(super) fn set_up_sharing(&mut self, remote: String, who: Coordinator) {
        self.close_if(|d| matches!(d, Dialog::ShareSetup { .. }));
        // A missing git is found by the job, on its thread, and said as any other failure.
        self.settings.coordinator = (who.name.clone(), who.email.clone());
        let remote = (!remote.trim().is_empty()).then_some(remote);
        self.run_git(move |dir| Done::Synced(crate::sharing::setup::share(dir, remote.as_deref(), &who)));
    }

    /// After a save: the change committed (on another thread), when the library is shared.
    pub(super) fn commit_after_save(&mut self) {
        let Some(dir) = self.library.as_ref().map(|l| l.dir.clone()) else { return };
        if !crate::sharing::setup::is_shared(&dir) {
            return;
        }
        if self.sharing.is_running() {
            self.sharing.commit_again = true;
            return;
        }
        self.run_git(|dir| Done::Committed(crate::sharing::sync::commit_local(&crate::sharing::Git::new(dir))));
    }

    /// Clones the shared library at `address` into `folder` (on another thread), then opens it.
    pub(super) fn open_shared(&mut self, address: String, folder: std::path::PathBuf, who: Coordinator) {
        self.close_if(|d| matches!(d, Dialog::OpenShared { .. }));
        self.settings.coordinator = (who.name.clone(), who.email.clone());
        if folder.exists() && std::fs::read_dir(&folder).is_ok_and(|mut d| d.next().is_some()) {
            self.messages
                .warn(format!("{} is not empty: choose a new folder for the shared library.", folder.display()));
            return;
        }
        self.start_job(move || {
            let result = crate::sharing::setup::clone_library(&address, &folder, &who);
            Done::Cloned(folder, result)
        });
    }

    fn run_git(&mut self, job: impl FnOnce(&std::path::Path) -> Done + Send + 'static) {
        let Some(dir) = self.library.as_ref().map(|l| l.dir.clone()) else { return };
        self.start_job(move || job(&dir));
    }

    fn start_job(&mut self, job: impl FnOnce() -> Done + Send + 'static) {
        if self.sharing.is_running() {
            return;
        }
        let (send, receive) = channel();
        std::thread::spawn(move || {
            let _gone_if_the_window_closed: Result<(), _> = send.send(job());
        });
        self.sharing.running = Some(receive);
        self.sharing.status = ShareStatus::Sharing;
    }

    /// Shares by itself every [`SHARE_EVERY`], when the coordinator turned that on and the library
    /// is shared (never while a dialog is open or git is running).
    fn share_when_due(&mut self, ctx: &egui::Context) {
        if !self.settings.share_automatically || self.sharing.is_running() || self.dialog().is_some() {
            return;
        }
        if !matches!(self.sharing.status, ShareStatus::NotShared) {
            let due = self.sharing.last_shared.is_none_or(|t| t.elapsed() >= SHARE_EVERY);
            if due {
                self.share();
            } else {
                ctx.request_repaint_after(SHARE_EVERY);
            }
        }
    }

    /// What git sent back, if it finished: the state, the library read again when others' changes
    /// arrived, and the decisions put to the person.
    pub(super) fn poll_sharing(&mut self, ctx: &egui::Context) {
        self.share_when_due(ctx);
        let Some(receive) = &self.sharing.running else { return };
        let done = match receive.try_recv() {
            Ok(done) => done,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                return;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Done::Synced(Err(SyncError::Git(crate::sharing::GitError::Failed("sync".into(), "stopped".into()))))
            }
        };
        self.sharing.running = None;
        self.push(super::Command::Arrived(super::arrival::Arrival::Shared(super::arrival::Parcel::new(done))));
        ctx.request_repaint();
    }

    /// Takes git's answer (queued as an arrival): the state, the library read again when others'
    /// changes arrived, the decisions put to the person, and a share or commit asked for meanwhile.
    pub(super) fn shared(&mut self, done: Done) {
        match done {
            Done::Committed(Ok(_)) => self.sharing_opened(),
            Done::Committed(Err(e)) => self.sharing.status = ShareStatus::Offline(e.to_string()),
            Done::Synced(result) => self.synced(result),
            Done::Cloned(folder, Ok(())) => {
                self.open_library(&folder);
                self.messages.info(crate::tr!("msg-shared-opened", path = folder.display().to_string()));
            }
            Done::Cloned(_, Err(e)) => {
                self.sharing_opened();
                self.messages.error(crate::tr!("msg-not-opened", error = e.to_string()));
            }
        }
        if std::mem::take(&mut self.sharing.share_again) {
            // A share commits too.
            self.sharing.commit_again = false;
            self.share();
        } else if std::mem::take(&mut self.sharing.commit_again) {
            self.commit_after_save();
        }
    }

    fn synced(&mut self, result: Result<Synced, SyncError>) {
        match result {
            Ok(synced) => {
                if !synced.arrived.is_empty() {
                    self.reload_library(false);
                }
                self.sharing_opened();
                if self.sharing.decisions.is_empty() {
                    self.sharing.status = match (synced.remote, synced.arrived.len()) {
                        (false, _) => ShareStatus::HereOnly,
                        (true, 0) => ShareStatus::UpToDate,
                        (true, n) => ShareStatus::Arrived(n),
                    };
                    self.messages.info(self.sharing.status.label() + ".");
                } else {
                    let count = u64::try_from(self.sharing.decisions.len()).unwrap_or(0);
                    self.messages.info(crate::tr!("msg-shared-decisions", count = count));
                    if self.dialog().is_none() {
                        self.open_dialog(Dialog::Decisions);
                    }
                }
            }
            Err(e) => {
                self.messages.error(crate::tr!("msg-not-shared", error = e.to_string()));
                self.sharing.status = ShareStatus::Offline(e.to_string());
            }
        }
    }

    /// The sharing actions of the menus and keys.
    pub(super) fn sharing_action(&mut self, action: super::Action) {
        match action {
            super::Action::Share => self.share(),
            super::Action::Decisions => self.open_decisions(),
            super::Action::History => self.open_history(),
            super::Action::OpenShared => {
                let home = std::env::var_os("HOME").map(std::path::PathBuf::from).unwrap_or_default();
                let folder = home.join("Shared prayer library").display().to_string();
                let (name, email) = self.settings.coordinator.clone();
                self.open_dialog(Dialog::OpenShared { address: String::new(), folder, name, email });
            }
            _ => {}
        }
    }

    /// The decisions waiting, in their window.
    pub(super) fn open_decisions(&mut self) {
        if self.sharing.decisions.is_empty() {
            self.messages.warn(crate::tr!("msg-no-decision"));
        } else {
            self.open_dialog(Dialog::Decisions);
        }
    }

    /// Takes the decision at `index`, reads the library again, and shares the result.
    pub(super) fn decide(&mut self, index: usize, keep: Keep) {
        let Some(dir) = self.library.as_ref().map(|l| l.dir.clone()) else { return };
        match crate::sharing::decide::decide(&dir, index, keep) {
            Ok(d) => {
                let kept = match keep {
                    Keep::Mine => "yours",
                    Keep::Theirs => "theirs",
                    Keep::Both => "both",
                };
                self.messages.info(crate::tr!(
                    "msg-decided",
                    file = d.file.as_str(),
                    field = d.field.as_str(),
                    kept = kept
                ));
                self.reload_library(false);
            }
            Err(e) => self.messages.error(crate::tr!("msg-not-decided", error = e.clone())),
        }
        self.sharing_opened();
        if self.sharing.decisions.is_empty() {
            self.close_if(|d| matches!(d, Dialog::Decisions));
            self.share();
        }
    }
}
