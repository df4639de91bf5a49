//! The one handler: every command the panels and keys queued is carried out here, after the frame.
//! File I/O, file dialogs and opening other programs happen only here.

use super::{Action, App, Command, Dialog, ExportChoice, Highlight, View};

/// Where a match is, as the region it opens (None: not in a region).
fn place_region(place: &crate::search::Place) -> Option<usize> {
    match place {
        crate::search::Place::Item(spot) => Some(spot.section),
        _ => None,
    }
}

impl App {
    /// Carries out what came back from work off the window's thread.
    fn arrived(&mut self, arrival: super::arrival::Arrival) {
        use super::arrival::Arrival;
        match arrival {
            Arrival::Library(parcel) => {
                if let Some(loaded) = parcel.take() {
                    self.library_arrived(loaded);
                }
            }
            Arrival::DiskChanges(parcel) => {
                if let Some((changes, shown)) = parcel.take() {
                    self.apply_disk_changes(&changes, shown.as_deref());
                }
            }
            Arrival::Matches(parcel) => {
                if let (Some(batch), Some(search)) = (parcel.take(), self.search.as_mut()) {
                    search.receive(batch);
                }
            }
            Arrival::Shared(parcel) => {
                if let Some(done) = parcel.take() {
                    self.shared(done);
                }
            }
            Arrival::History(parcel) => {
                if let Some(done) = parcel.take() {
                    self.history_arrived(done);
                }
            }
            Arrival::Dictionary(parcel) => {
                if let Some(read) = parcel.take() {
                    self.dictionary_arrived(read);
                }
            }
            Arrival::Opened(parcel) => {
                if let Some(opened) = parcel.take() {
                    self.handout_opened(opened);
                }
            }
        }
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
            self.messages.warn(crate::tr!("msg-waiting-for-lock"));
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
        self.dispatch(command);
    }

    /// Hands a command to what carries it out (each entered once).
    fn dispatch(&mut self, command: Command) {
        match command {
            Command::Action(action) => self.run_action(action),
            Command::Arrived(arrival) => self.arrived(arrival),
            Command::AddWord(word) => self.add_word(&word),
            Command::Instead(instead) => self.instead(instead),
            Command::IgnoreWord(word) => self.ignore_word(&word),
            Command::Select(stem) => {
                self.highlight = None;
                self.select(stem);
            }
            Command::OpenHit { stem, place, range } => self.open_hit(stem, place, range),
            Command::OpenLibrary(dir) => {
                self.close_typed_path();
                if dir.is_dir() {
                    self.open_library(&dir);
                } else {
                    self.messages.error(crate::tr!("msg-no-such-folder", path = dir.display().to_string()));
                }
            }
            Command::PublishSite(dir) => self.publish_site(dir),
            Command::ReadAloud(control) => self.read_aloud(control),
            Command::SetCollapsed { region, collapsed } => {
                self.settings.collapsed_regions.retain(|r| *r != region);
                if collapsed {
                    self.settings.collapsed_regions.push(region);
                }
            }
            Command::ImportText(_)
            | Command::ImportFile(_)
            | Command::ImportFiles(_)
            | Command::ConfirmImport
            | Command::CancelImport
            | Command::BackToText => self.importing(command),
            Command::Teach(change) => self.teach(change),
            Command::Source(change) => self.change_source(change),
            Command::ShareSetup { remote, name, email } => {
                self.set_up_sharing(remote, crate::sharing::setup::Coordinator { name, email });
            }
            Command::Decide(index, keep) => self.decide(index, keep),
            Command::ShowVersion(index) => self.show_version(index),
            Command::CreateLibrary(form) => self.create_library(&form),
            Command::OpenShared { address, folder, name, email } => {
                self.open_shared(address, folder, crate::sharing::setup::Coordinator { name, email });
            }
            Command::RestoreVersion => self.restore_version(),
            Command::ShowRegionTimeline(region) => {
                self.view = region.map_or(View::Reader, View::RegionTimeline);
            }
            Command::DismissMessage(index) => self.messages.dismiss(index),
            Command::ShowAnswered => self.view = View::Answered,
            Command::FollowsUp(at) => self.open_follows_up(at),
            Command::Link { at, target } => self.link(at, target),
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
                self.close_if(|d| matches!(d, Dialog::ConfirmReplace { .. }));
                self.export_to(&choice, path, true);
            }
            Command::SaveLibrarySettings(edited) => self.save_library_settings(edited),
            Command::RestoreRecovery(i) => self.restore_recovery(i),
            Command::DiscardRecovery(i) => self.discard_recovery(i),
            Command::DiskConflict(answer) => self.answer_disk_conflict(answer),
            Command::RenameRegion { from, to } => {
                self.close_if(|d| matches!(d, Dialog::RenameRegion { .. }));
                self.rename_region(&from, &to);
            }
        }
    }

    /// Closes the dialog shown if it is the one a command answers.
    pub(super) fn close_if(&mut self, answers: impl Fn(&Dialog) -> bool) {
        if self.dialog().is_some_and(answers) {
            self.close_dialog();
        }
    }

    /// Opens a search match: its region unfolded, the match marked and scrolled to.
    fn open_hit(&mut self, stem: String, place: crate::search::Place, range: std::ops::Range<usize>) {
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
            self.messages.error(crate::tr!("msg-gave-up-waiting"));
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
