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
mod new_library_form;
pub mod opening;
mod publishing;
pub mod read_aloud;
mod recovery;
mod search_state;
pub mod searching;
pub mod sharing;
pub mod sources;
pub mod spelling;
pub mod startup;
mod state;
pub mod teach;
#[cfg(feature = "tts")]
pub mod tts_speaker;
mod views;
pub mod watch;
pub use new_library_form::NewLibraryForm;
mod frame;
mod window;

pub use action::Action;
pub use command::{Command, DiskConflictAnswer, UnsavedAnswer};
pub use edit_session::EditSession;
pub use loading::{LOAD_INLINE_UP_TO, Loading};
pub use messages::{Message, Messages, Severity};
pub use search_state::{Highlight, ResultRow, SearchState};
pub use state::{
    Dialog, ExportChoice, FollowChoice, FollowsUp, ImportChoice, ImportPreview, LinkTarget, PathPurpose, Settings,
    SuggestedLink, Theme,
};
pub use window::{
    FIRST_WINDOW_SIZE, MIN_WINDOW_SIZE, fitted_window, load_settings, native_options, panel_colour, run, run_with,
    save_settings,
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
pub type OpenWith = std::sync::Arc<dyn Fn(&Path) -> Result<(), String> + Send + Sync>;

/// Reads the text the clipboard holds, if any (the system's clipboard; tests give their own).
pub type ReadClipboard = Box<dyn Fn() -> Option<String>>;

/// The system clipboard's text.
fn system_clipboard() -> Option<String> {
    arboard::Clipboard::new().ok()?.get_text().ok()
}

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
    /// "Go to the bulletin" (F6) asked: the reader puts the keyboard on its first region.
    pub(crate) to_bulletin: bool,
    /// The week being read aloud, when one is.
    reading: Option<read_aloud::Reading>,
    /// What speaks when a week is read aloud.
    speaker: Box<dyn read_aloud::Speaker>,
    /// A handout being handed to another program, on a thread of its own (the check that the
    /// program started may take a second), and what came of it.
    opening_receiver: Option<std::sync::mpsc::Receiver<opening::Opened>>,
    /// What to do once the library being read is there (what the desktop asked the app to open).
    after_loading: Vec<Command>,
    /// Whether the keyboard moved the focus since the last click (the focus ring shows).
    keyboard_focus: bool,
    /// Where the focus ring was drawn in the last frame, if it was.
    pub focus_ring: Option<egui::Rect>,
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
    /// The view drawn in the last frame (a change of view gives the keyboard back to the reading).
    shown_view: Option<View>,
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
    /// How the paste box reads the clipboard.
    pub read_clipboard: ReadClipboard,
    /// Text to put on the clipboard in the next frame.
    to_copy: Option<String>,
    /// The text last put on the clipboard.
    pub copied: Option<String>,
    /// Asks the system's file dialogs (replaced in tests, where none may open).
    pub file_dialogs: bool,
    /// Close the window on the next frame.
    quit_now: bool,
    /// Commands pushed by the panels this frame.
    commands: Vec<Command>,
    /// The window title last sent.
    window_title: String,
    /// The zoom and theme last applied to the context.
    applied_look: Option<(f32, Theme, bool)>,
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
            to_bulletin: false,
            reading: None,
            after_loading: Vec::new(),
            opening_receiver: None,
            speaker: read_aloud::default_speaker(),
            keyboard_focus: false,
            focus_ring: None,
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
            shown_view: None,
            applied_language,
            poll_every: std::time::Duration::from_secs(2),
            watch: None,
            open_with: std::sync::Arc::new(opening::open_and_check),
            read_clipboard: Box::new(system_clipboard),
            to_copy: None,
            copied: None,
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
                    app.messages.error(crate::tr!("msg-no-demo", error = e.clone()));
                    None
                }
            },
        };
        match dir {
            Some(dir) => app.open_library(&dir),
            None => {
                if app.messages.latest().is_none() {
                    app.messages.warn(crate::tr!("msg-no-library"));
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
}
