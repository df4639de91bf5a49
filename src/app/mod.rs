//! The eframe app, built the way rerun builds its viewer: panels in [`crate::ui`] draw from [`App`]'s
//! state and queue [`Command`]s; after the frame, one handler ([`App::apply`], in `handle.rs`)
//! carries them out. Every side effect (file I/O, file dialogs, opening other programs) happens
//! there, never inside a widget. At most one [`Dialog`] is shown at a time.
//!
//! - `mod.rs`: the state and the frame; `state.rs`, `edit_session.rs`, `search_state.rs`: its parts;
//! - `command.rs`, `action.rs`: what panels and keys ask for ([`Command`], [`Action`] with labels and
//!   shortcuts);
//! - `handle.rs`: the gates every command passes (the library's lock, "Save changes?") and the one
//!   dispatch; the commands are carried out in `actions.rs` (menus and keys), `editing.rs` (the week
//!   being edited, settings), `importing.rs`, `exporting.rs`, `teach.rs` and `sources.rs` (teaching the
//!   importer), each calling the UI-free operations of [`crate::workspace`] that the command line
//!   calls too;
//! - `window.rs`: the window's size and options, the settings kept between runs, running the app;
//! - `loading.rs`: opening and re-reading a library (large ones in the background);
//! - `recovery.rs`: unsaved edits kept on disk, offered after a crash;
//! - `searching.rs`: searching on another thread while the frame only draws;
//! - `startup.rs`: closing after the first frame, to time start-up;
//! - `watch.rs`: noticing changes others make to the library's files;
//! - `demo.rs`: the demo library, built into the program and copied out on first run;
//! - `fonts.rs`: system fonts for Korean and Chinese, found without making the first frame wait.

// Functions of the app and its panels stay short enough to read at once (80 lines, clippy.toml).
#![warn(clippy::too_many_lines)]

mod action;
mod actions;
pub mod arrival;
mod command;
pub mod demo;
mod edit_session;
mod editing;
pub mod editor_views;
mod exporting;
pub mod fonts;
mod handle;
pub mod history;
mod importing;
mod loading;
pub mod messages;
mod recovery;
mod search_state;
pub mod searching;
pub mod sharing;
pub mod sources;
pub mod spelling;
pub mod startup;
mod state;
pub mod teach;
pub mod watch;
mod window;

pub use action::Action;
pub use command::{Command, DiskConflictAnswer, UnsavedAnswer};
pub use edit_session::EditSession;
pub use loading::{LOAD_INLINE_UP_TO, Loading};
pub use messages::{Message, Messages, Severity};
pub use search_state::{Highlight, SearchState};
pub use state::{
    Dialog, ExportChoice, FollowChoice, FollowsUp, ImportChoice, ImportPreview, LinkTarget, NewLibraryForm,
    PathPurpose, Settings, SuggestedLink, Theme,
};
pub use window::{
    FIRST_WINDOW_SIZE, MIN_WINDOW_SIZE, fitted_window, load_settings, native_options, panel_colour, run, save_settings,
};

use std::path::{Path, PathBuf};

use crate::library::Library;
use crate::model::Bulletin;

const SETTINGS_KEY: &str = "prayer-bulletin-settings";

/// The smallest and largest zoom the View menu and shortcuts reach.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.6..=2.5;

/// Where the app takes the day from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// The system's date.
    System,
    /// A fixed day (tests).
    Fixed(chrono::NaiveDate),
}

/// What the central panel shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// One bulletin.
    Reader,
    /// One region's paragraphs from every week.
    RegionTimeline(String),
    /// Threads closed by a praise report, newest first.
    Answered,
    /// The current bulletin spread over seven days.
    DailyPlan,
}

/// Opens a file with the system's program for it (the PDF viewer, to print).
pub type OpenWith = Box<dyn Fn(&Path) -> Result<(), String>>;

/// The app.
pub struct App {
    /// Remembered between runs.
    pub settings: Settings,
    /// The open library, if one could be opened.
    pub library: Option<Library>,
    /// The archive's rows, worked out when the library changes rather than every frame.
    pub archive_rows: Vec<crate::ui::archive::Row>,
    /// The weeks of the region whose timeline was shown last (worked out again when the library
    /// changes or another region is shown).
    region_weeks: Option<(String, std::sync::Arc<Vec<crate::ui::timeline::RegionWeek>>)>,
    /// The library's threads of linked paragraphs, worked out when the library changes.
    pub threads: crate::threads::Threads,
    /// The bulletin shown (its file stem).
    pub current: Option<String>,
    /// What the central panel shows.
    pub view: View,
    /// The search panel, when open.
    pub search: Option<SearchState>,
    /// A match to highlight in the reader.
    pub highlight: Option<Highlight>,
    /// What the message bar shows: errors not yet dismissed, then what just happened.
    pub messages: Messages,
    /// A change that waits for another program (an import from the command line) to let go of the
    /// library, and since when: tried again every quarter of a second, given up after a minute. The
    /// window never waits on the lock.
    pub waiting_for_lock: Option<(Command, std::time::Instant)>,
    /// The bulletin being edited, when in edit mode.
    pub edit: Option<EditSession>,
    /// The open dialogs, the one shown last. A dialog that opens while another is open (a change on
    /// disk while the export window is open) waits beneath nothing: it is shown, and the other comes
    /// back when it closes.
    dialogs: Vec<Dialog>,
    /// Files dropped or chosen together, waiting for their import preview (one at a time).
    import_queue: std::collections::VecDeque<PathBuf>,
    /// The recovery file of the current draft, and when it was last written.
    recovery_written: Option<(PathBuf, std::time::Instant, String)>,
    /// The draft (its stem and bulletin) last turned into recovery text, and whether that text is
    /// on disk: while neither changes, a frame does not serialise the draft again.
    recovery_seen: Option<(Option<String>, crate::model::Bulletin, bool)>,
    /// The reader's stories and aging marks for the bulletin shown (its stem, as of which day),
    /// worked out again when another week is shown, the day changes or the library changes.
    around: Option<(String, chrono::NaiveDate, std::sync::Arc<crate::ui::reader::Around>)>,
    /// The day it is, for aging marks and "sent" dates: the system's, or a fixed one in tests.
    pub clock: Clock,
    /// Dictionaries, the library's words and the words ignored.
    pub spelling: spelling::Spelling,
    /// A dictionary being read on another thread.
    dictionary_receiver: Option<std::sync::mpsc::Receiver<spelling::DictionaryRead>>,
    /// The editor's views of the draft, as last worked out.
    editor_views: Option<std::sync::Arc<editor_views::EditorViews>>,
    /// The interface's language in use.
    applied_language: &'static str,
    /// Whether windows and panels animate (off in tests).
    animations: bool,
    /// How often to look whether someone else changed the library's files, where the system does not
    /// tell us (see [`watch::DiskWatch`]).
    pub poll_every: std::time::Duration,
    /// What tells us of changes others make to the library's files; started at the first frame on a
    /// library (it needs the window's context to wake it).
    pub watch: Option<watch::DiskWatch>,
    /// Opens a file with the system's program for it (replaced in tests).
    pub open_with: OpenWith,
    /// Asks the system's file dialogs (replaced in tests, where none may open).
    pub file_dialogs: bool,
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
    /// Whether a library was opened before (the first is read after the first frame is drawn).
    library_opened_before: bool,
    /// Whether the window has been fitted to the monitor (done once, when the monitor is known).
    fitted_to_monitor: bool,
    /// Whether a text field had the cursor at the end of the last frame.
    typing: bool,
    /// The thread searches run on, started at the first search.
    search_worker: Option<searching::SearchWorker>,
    /// Closes the window after its first frame, when start-up is being timed.
    pub first_frame_exit: startup::FirstFrameExit,
    /// The library shared through git: its state, git running on another thread, decisions waiting.
    pub sharing: sharing::Sharing,
    /// git reading a week's history for the history window.
    history_receiver: Option<history::HistoryReceiver>,
}

impl App {
    /// Forgets the views worked out from the library (it changed).
    pub(super) fn forget_views(&mut self) {
        self.region_weeks = None;
        self.around = None;
        self.editor_views = None;
    }

    /// Today, by the app's clock.
    pub fn today(&self) -> chrono::NaiveDate {
        match self.clock {
            Clock::System => chrono::Local::now().date_naive(),
            Clock::Fixed(day) => day,
        }
    }

    /// A test's app: the clock stopped at `today`, and no animation (a window or a panel is at its
    /// place in the frame it opens in), so a test's frames show the same thing on any machine.
    pub fn deterministic(mut self, today: chrono::NaiveDate) -> Self {
        self.clock = Clock::Fixed(today);
        self.animations = false;
        // In English unless the test chooses: the machine's language is not the test's.
        self.settings.language.get_or_insert_with(|| "en-US".to_owned());
        self
    }

    /// The stories and aging marks of the bulletin shown (kept until something they come from
    /// changes).
    pub fn around(&mut self) -> std::sync::Arc<crate::ui::reader::Around> {
        let today = self.today();
        let (Some(library), Some(stem)) = (&self.library, &self.current) else { return std::sync::Arc::default() };
        if let Some((shown, day, around)) = &self.around
            && shown == stem
            && *day == today
        {
            return around.clone();
        }
        let around = std::sync::Arc::new(crate::ui::reader::Around::of(library, &self.threads, stem, today));
        self.around = Some((stem.clone(), today, around.clone()));
        around
    }

    /// The weeks that have `region`, newest first (kept until the library changes).
    pub fn region_weeks(&mut self, region: &str) -> std::sync::Arc<Vec<crate::ui::timeline::RegionWeek>> {
        if let Some((shown, weeks)) = &self.region_weeks
            && shown == region
        {
            return weeks.clone();
        }
        let entries = self.library.as_ref().map_or(&[][..], |l| &l.entries[..]);
        let weeks = std::sync::Arc::new(crate::ui::timeline::region_weeks(entries, region));
        self.region_weeks = Some((region.to_owned(), weeks.clone()));
        weeks
    }

    /// The latest message's text, if any (what a person reads first in the message bar).
    pub fn message(&self) -> Option<String> {
        self.messages.latest().map(|m| m.text.clone())
    }

    /// An app on `dir`, or on the library remembered in `settings`, or on the demo library (a copy
    /// in the user's data folder, made on first run).
    pub fn new(dir: Option<PathBuf>, settings: Settings) -> Self {
        // The interface's language first: what is worked out in words from the library uses it.
        let applied_language = crate::i18n::use_language(settings.language.as_deref());
        let mut app = Self {
            settings,
            library: None,
            archive_rows: Vec::new(),
            region_weeks: None,
            threads: crate::threads::Threads::default(),
            current: None,
            view: View::Reader,
            search: None,
            highlight: None,
            messages: Messages::default(),
            waiting_for_lock: None,
            edit: None,
            dialogs: Vec::new(),
            import_queue: std::collections::VecDeque::new(),
            recovery_written: None,
            recovery_seen: None,
            around: None,
            clock: Clock::System,
            editor_views: None,
            spelling: spelling::Spelling::default(),
            dictionary_receiver: None,
            animations: true,
            applied_language,
            poll_every: std::time::Duration::from_secs(2),
            watch: None,
            open_with: Box::new(|path: &Path| opener::open(path).map_err(|e| e.to_string())),
            file_dialogs: true,
            quit_now: false,
            commands: Vec::new(),
            window_title: String::new(),
            applied_look: None,
            loading: None,
            load_inline_up_to: LOAD_INLINE_UP_TO,
            library_opened_before: false,
            fitted_to_monitor: false,
            typing: false,
            search_worker: None,
            first_frame_exit: startup::FirstFrameExit::default(),
            sharing: sharing::Sharing::default(),
            history_receiver: None,
        };
        let first_run = dir.is_none() && app.settings.last_library.is_none();
        let dir = match dir.or_else(|| app.settings.last_library.clone().filter(|d| d.is_dir())) {
            Some(dir) => Some(dir),
            None => match demo::installed() {
                Ok(dir) => Some(dir),
                Err(e) => {
                    app.messages.error(format!("The demo library could not be set up: {e}"));
                    None
                }
            },
        };
        match dir {
            Some(dir) => app.open_library(&dir),
            None => {
                if app.messages.latest().is_none() {
                    app.messages.warn("No library open. Use File → Open library… to choose a folder.");
                }
            }
        }
        app.offer_welcome(first_run);
        app
    }

    /// On the first run: the demo library, or a library of one's own? Asked once, and remembered.
    pub fn offer_welcome(&mut self, first_run: bool) {
        if first_run && !self.settings.welcomed {
            self.settings.welcomed = true;
            self.open_dialog(Dialog::Welcome);
        }
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

    /// The dialog shown, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialogs.last()
    }

    /// The dialog shown, to draw and edit it.
    pub fn dialog_mut(&mut self) -> Option<&mut Dialog> {
        self.dialogs.last_mut()
    }

    /// Shows a dialog over the others.
    pub fn open_dialog(&mut self, dialog: Dialog) {
        self.dialogs.push(dialog);
    }

    /// Closes the dialog shown; the one beneath it, if any, shows again.
    pub fn close_dialog(&mut self) -> Option<Dialog> {
        self.dialogs.pop()
    }

    /// The import preview, when it is the dialog shown.
    pub fn import_preview(&self) -> Option<&ImportPreview> {
        match self.dialog() {
            Some(Dialog::ImportPreview(preview)) => Some(preview),
            _ => None,
        }
    }

    /// Are there edits not yet saved?
    pub fn is_dirty(&self) -> bool {
        self.edit.as_ref().is_some_and(EditSession::is_dirty)
    }

    /// Draws one frame: the panels, then the commands they and the keyboard queued.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        self.apply_look(ui);
        self.fit_to_monitor(ui.ctx());
        if self.quit_now {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else if ui.ctx().input(|i| i.viewport().close_requested()) && self.is_dirty() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if !matches!(self.dialog(), Some(Dialog::Unsaved(_))) {
                self.open_dialog(Dialog::Unsaved(Box::new(Command::Quit)));
            }
        }
        // Under a dialog, only Esc (close it) reaches the app: the window below waits.
        let dialog_open = self.dialog().is_some();
        for action in Action::pressed(ui.ctx(), self.typing) {
            if !dialog_open || action == Action::Close {
                self.push(Command::Action(action));
            }
        }
        let dropped: Vec<PathBuf> =
            ui.ctx().input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_owned()).collect());
        if !dropped.is_empty() {
            self.push(Command::ImportFiles(dropped));
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
            View::Answered => crate::ui::answered::answered_panel_ui(ui, self),
            View::DailyPlan => crate::ui::daily_plan::daily_plan_panel_ui(ui, self),
        }
        crate::ui::dialogs::dialogs_ui(ui, self);
        crate::ui::drop_hint_ui(ui);

        let dirty = if self.is_dirty() { "● " } else { "" };
        let title = match (&self.library, self.edit.as_ref().map(|e| &e.draft).or(self.current_bulletin())) {
            (Some(l), Some(b)) => format!("{dirty}{} — {} — Prayer Bulletin", b.long_date(), l.settings.name),
            (Some(l), None) => format!("{} — Prayer Bulletin", l.settings.name),
            _ => crate::model::PRODUCT_NAME.to_owned(),
        };
        // Sending the title asks for another frame, so only when it changed.
        if title != self.window_title {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        // Keys pressed before the next frame are typed into the field that has the cursor now.
        self.typing = ui.ctx().text_edit_focused();
        // What came back from work off this thread (a library read, a change on disk, matches,
        // git's answer) joins the queue behind what was clicked this frame: the clicks are done
        // first, on the dialogs they were clicked in; then what arrived may open a dialog of its own.
        self.poll_loading(ui.ctx());
        self.poll_search();
        self.watch_disk(ui.ctx());
        self.poll_sharing(ui.ctx());
        self.poll_history(ui.ctx());
        self.poll_dictionary(ui.ctx());
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // What the commands changed (a window opened, another week) is drawn in the next frame.
            ui.ctx().request_repaint();
        }
        for command in commands {
            self.apply(command);
        }
        self.retry_after_lock(ui.ctx());
        self.want_dictionary();
        self.search_in_background(ui.ctx());
        self.keep_recovery(ui.ctx());
    }

    /// Makes the first window fit the monitor it opened on: on a screen smaller than the first size
    /// (a 1024×640 netbook), the window shrinks to the screen, less room for a task bar.
    fn fit_to_monitor(&mut self, ctx: &egui::Context) {
        if self.fitted_to_monitor {
            return;
        }
        let (monitor, inner) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().inner_rect));
        let (Some(monitor), Some(inner)) = (monitor, inner) else { return };
        self.fitted_to_monitor = true;
        if let Some(size) = fitted_window(monitor, inner.size()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::pos2(0.0, 0.0)));
        }
    }

    /// Sets zoom and theme on the context when the settings changed them.
    fn apply_look(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let language = crate::i18n::use_language(self.settings.language.as_deref());
        if self.applied_language != language {
            // What was worked out in words (the archive's months, the stories' dates) is said again.
            self.applied_language = language;
            self.archive_rows = self.library.as_ref().map(|l| crate::ui::archive::rows(&l.entries)).unwrap_or_default();
            self.forget_views();
        }
        let look = (self.settings.effective_zoom(), self.settings.theme);
        if self.applied_look == Some(look) {
            return;
        }
        // The app handles Ctrl +/-/0 itself so the zoom is remembered with the other settings.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        if !self.animations {
            ctx.all_styles_mut(|s| s.animation_time = 0.0);
        }
        ctx.set_zoom_factor(look.0);
        ctx.set_theme(match look.1 {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
        // The window is cleared to the panels' colour before each frame (`clear_color`), so the
        // panels need not paint it again. Under software OpenGL (a laptop without a graphics
        // driver, a virtual display) painting the whole window once more made the first frame
        // about 100 ms later than an empty window's, for no visible difference.
        ctx.all_styles_mut(|style| style.visuals.panel_fill = egui::Color32::TRANSPARENT);
        // This frame's panels take their style from this `Ui`, made before the change.
        ui.style_mut().visuals.panel_fill = egui::Color32::TRANSPARENT;
        self.applied_look = Some(look);
    }
}
