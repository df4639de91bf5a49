//! The parts of the app's state that panels read: settings, search, highlight, import preview.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::import::ImportReport;
use crate::model::ItemKind;
use crate::search::{Hit, Place, Query};

/// Light, dark, or as the system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
}

/// What the app remembers between runs (eframe storage). Unknown or unreadable values fall back to
/// the defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The library open last.
    pub last_library: Option<PathBuf>,
    /// The bulletin (file stem) open last.
    pub last_bulletin: Option<String>,
    /// Regions the reader has collapsed.
    pub collapsed_regions: Vec<String>,
    /// Light, dark or system.
    pub theme: Theme,
    /// Zoom factor (1.0 is normal).
    pub zoom: f32,
    /// Larger text for reading without glasses.
    pub large_print: bool,
    /// Libraries opened before, newest first (File → Recent libraries).
    pub recent_libraries: Vec<PathBuf>,
    /// The folder a file was last imported from or exported to, where the next dialog starts.
    pub last_folder: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            last_library: None,
            last_bulletin: None,
            collapsed_regions: Vec::new(),
            theme: Theme::System,
            zoom: 1.0,
            large_print: false,
            recent_libraries: Vec::new(),
            last_folder: None,
        }
    }
}

/// How many libraries File → Recent libraries lists.
pub const RECENT_LIBRARIES: usize = 8;

impl Settings {
    /// Puts `dir` first among the recent libraries.
    pub fn remember_library(&mut self, dir: &std::path::Path) {
        self.recent_libraries.retain(|d| d != dir);
        self.recent_libraries.insert(0, dir.to_owned());
        self.recent_libraries.truncate(RECENT_LIBRARIES);
        self.last_library = Some(dir.to_owned());
    }

    /// The zoom to apply, with large print.
    pub fn effective_zoom(&self) -> f32 {
        let zoom = if self.zoom.is_finite() { self.zoom.clamp(0.5, 3.0) } else { 1.0 };
        if self.large_print { zoom * 1.35 } else { zoom }
    }
}

/// A search match shown in the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    /// The bulletin.
    pub stem: String,
    /// Where in it.
    pub place: Place,
    /// Byte range in that text.
    pub range: std::ops::Range<usize>,
    /// Scroll the reader to it on the next frame.
    pub scroll_pending: bool,
}

/// Everything a search result list depends on: words, region, kind, from, to.
type SearchKey = (String, Option<String>, Option<ItemKind>, String, String, Option<crate::threads::Status>);

/// The search panel.
///
/// The search itself runs on another thread (see `app/searching.rs`): when the query changes, its
/// results so far are forgotten at once (so no match of an older query is ever shown for the new
/// one), the query gets a new generation number, and the matches that come back are kept only if
/// they carry the generation of the query shown.
#[derive(Clone, Debug, Default)]
pub struct SearchState {
    /// The words typed.
    pub text: String,
    /// Only this region.
    pub region: Option<String>,
    /// Only this kind.
    pub kind: Option<ItemKind>,
    /// From this date (typed).
    pub from: String,
    /// To this date (typed).
    pub to: String,
    /// Only open requests, or only answered threads.
    pub status: Option<crate::threads::Status>,
    /// Put the cursor in the search field on the next frame.
    pub focus_pending: bool,
    /// The query the results are for; results are recomputed only when it changes.
    results_for: Option<SearchKey>,
    /// The matches of the query shown, so far.
    pub hits: Vec<Hit>,
    /// The number of the query shown, unique in the process (a search closed and opened again does
    /// not count from the start): its matches carry this number.
    generation: u64,
    /// A query to send to the search thread.
    request: Option<Query>,
    /// Whether every week has been searched for the query shown.
    complete: bool,
}

impl SearchState {
    /// Forgets the results (the library changed); the query is asked again, and matches still on
    /// their way, found in the entries as they were, are dropped when they arrive.
    pub fn invalidate(&mut self) {
        self.results_for = None;
        self.generation = next_generation();
        self.hits.clear();
        self.request = None;
        self.complete = false;
    }

    /// Notes the query as typed: when it changed since the last call, forgets the matches of the
    /// old one and asks for the new one ([`SearchState::take_request`]).
    pub fn note_query(&mut self) {
        let key = (self.text.clone(), self.region.clone(), self.kind, self.from.clone(), self.to.clone(), self.status);
        if self.results_for.as_ref() == Some(&key) {
            return;
        }
        let query = Query {
            text: self.text.clone(),
            region: self.region.clone(),
            kind: self.kind,
            from: crate::import::parse_date_line(&self.from),
            to: crate::import::parse_date_line(&self.to),
            status: self.status,
        };
        self.generation = next_generation();
        self.hits.clear();
        self.complete = false;
        self.request = Some(query);
        self.results_for = Some(key);
    }

    /// The query to search for, with its generation, once per change.
    pub fn take_request(&mut self) -> Option<(u64, Query)> {
        self.request.take().map(|query| (self.generation, query))
    }

    /// The generation of the query shown.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether every week has been searched for the query shown (the match count is final).
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    pub(super) fn mark_complete(&mut self) {
        self.complete = true;
    }
}

/// A query number never given before (0, the number of a search panel just opened, is never given).
fn next_generation() -> u64 {
    static LAST: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    LAST.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
}

pub use crate::library::ImportChoice;

/// The import preview: what was found, and the user's choice for each bulletin.
#[derive(Clone, Debug)]
pub struct ImportPreview {
    /// Where the text came from ("the pasted text", a file name).
    pub source: String,
    /// What the importer found.
    pub report: ImportReport,
    /// One choice per found bulletin.
    pub choices: Vec<ImportChoice>,
    /// The bulletin whose preview is shown.
    pub shown: usize,
    /// The user's choices for unknown headings and paragraphs marked sensitive.
    pub review: crate::import::Review,
    /// Earlier paragraphs (of the library, or of an earlier week of the same import) that imported
    /// ones seem to follow up; linked only where the user ticks them.
    pub links: Vec<SuggestedLink>,
    /// The text beside the reading, the person's corrections and what to remember of them.
    pub teach: Option<super::teach::Teach>,
}

/// A link the import preview suggests: an imported paragraph and the earlier one it seems to follow.
#[derive(Clone, Debug)]
pub struct SuggestedLink {
    /// The imported bulletin (index into the report).
    pub bulletin: usize,
    /// The imported paragraph's section and place in that bulletin, as found.
    pub at: (usize, usize),
    /// The imported paragraph's text.
    pub text: String,
    /// Its region.
    pub region: String,
    /// The earlier paragraph.
    pub target: LinkTarget,
    /// The earlier paragraph, as "Oct 24, 2026: Please keep…".
    pub said: String,
    /// Ticked by the user.
    pub accepted: bool,
}

/// The earlier paragraph a suggested link points to (the workspace's).
pub use crate::workspace::LinkTarget;

/// A bulletin being edited: the draft, what is on disk, and the undo history.
#[derive(Clone, Debug)]
pub struct EditSession {
    /// The file stem, or `None` for a bulletin never saved.
    pub stem: Option<String>,
    /// The bulletin as edited so far.
    pub draft: crate::model::Bulletin,
    /// The bulletin as last saved (`None`: never saved).
    pub saved: Option<crate::model::Bulletin>,
    /// Earlier states, newest last.
    pub undo: Vec<crate::model::Bulletin>,
    /// States undone, newest last.
    pub redo: Vec<crate::model::Bulletin>,
    /// The date as typed.
    pub date_text: String,
    /// A field to put the cursor in on the next frame.
    pub focus: Option<crate::checks::Field>,
    /// The widget edited last, so typing in one field makes one undo step, not one per letter.
    pub last_edited: Option<egui::Id>,
}

impl EditSession {
    /// Starts editing a bulletin.
    pub fn new(stem: Option<String>, bulletin: crate::model::Bulletin, saved: bool) -> Self {
        let date_text = bulletin.date.map(|d| d.to_string()).unwrap_or_default();
        Self {
            stem,
            saved: saved.then(|| bulletin.clone()),
            draft: bulletin,
            undo: Vec::new(),
            redo: Vec::new(),
            date_text,
            focus: None,
            last_edited: None,
        }
    }

    /// Are there changes not yet saved?
    pub fn is_dirty(&self) -> bool {
        self.saved.as_ref() != Some(&self.draft)
    }

    /// Records `before` as an undo step for an edit of `widget` (typing in the same widget again
    /// adds no new step).
    pub fn record(&mut self, before: crate::model::Bulletin, widget: Option<egui::Id>) {
        if widget.is_none() || widget != self.last_edited || self.undo.is_empty() {
            self.undo.push(before);
            if self.undo.len() > 500 {
                self.undo.remove(0);
            }
        }
        self.last_edited = widget;
        self.redo.clear();
    }

    /// Goes back one step.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.undo.pop() else { return false };
        self.redo.push(std::mem::replace(&mut self.draft, previous));
        self.after_jump();
        true
    }

    /// Goes forward one step.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else { return false };
        self.undo.push(std::mem::replace(&mut self.draft, next));
        self.after_jump();
        true
    }

    fn after_jump(&mut self) {
        self.date_text = self.draft.date.map(|d| d.to_string()).unwrap_or_default();
        self.last_edited = None;
    }
}

/// The export window's choices.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportChoice {
    /// The kind of file.
    pub format: crate::export::Format,
    /// Leave out sensitive paragraphs.
    pub public: bool,
    /// Every bulletin instead of the current one.
    pub all: bool,
    /// How PDF and HTML pages are set.
    pub layout: crate::export::PageLayout,
    /// The week spread over seven days.
    pub plan: bool,
}

impl ExportChoice {
    /// Internal or public, as chosen.
    pub fn audience(&self) -> crate::export::Audience {
        if self.public { crate::export::Audience::Public } else { crate::export::Audience::Internal }
    }

    /// The layout, where the format has pages to lay out (the daily plan has its own).
    pub fn layout_applied(&self) -> crate::export::PageLayout {
        if self.format.has_layouts() && !self.plan_applied() {
            self.layout
        } else {
            crate::export::PageLayout::Standard
        }
    }

    /// Whether the handout is the daily plan: when asked for, in a format that can hold one, and
    /// always for a calendar.
    pub fn plan_applied(&self) -> bool {
        self.plan && self.format.has_plan() || self.format == crate::export::Format::Ics
    }

    /// The command that writes this handout to `path` (or asks where, when `None`).
    pub fn command(&self, path: Option<PathBuf>) -> crate::app::Command {
        crate::app::Command::Export {
            format: self.format,
            audience: self.audience(),
            all: self.all,
            layout: self.layout_applied(),
            plan: self.plan_applied(),
            path,
        }
    }
}

impl Default for ExportChoice {
    /// A public PDF of this week: what is most often printed and handed out.
    fn default() -> Self {
        Self {
            format: crate::export::Format::Pdf,
            public: true,
            all: false,
            layout: crate::export::PageLayout::Standard,
            plan: false,
        }
    }
}

/// The one window that may be open over the app (at most one is shown at a time; see
/// [`crate::app::App::open_dialog`]). Each is drawn by its own file in [`crate::ui::dialogs`].
#[derive(Clone, Debug)]
pub enum Dialog {
    /// The paste box: the text typed or pasted so far.
    Paste(String),
    /// What an import found, with a choice per bulletin; nothing is written before confirming.
    ImportPreview(ImportPreview),
    /// A path typed by hand, where no file dialog answered (some desktops have none).
    TypedPath {
        /// What the path is for.
        purpose: PathPurpose,
        /// The path typed so far.
        text: String,
    },
    /// "Save changes?", with the command that waits for the answer.
    Unsaved(Box<crate::app::Command>),
    /// "Delete this bulletin?"
    ConfirmDelete,
    /// "Replace the file?": a handout would be written over a file already there.
    ConfirmReplace {
        /// The handout.
        choice: ExportChoice,
        /// The file that would be replaced.
        path: PathBuf,
    },
    /// A region being renamed: the old name and the new name typed so far.
    RenameRegion {
        /// The region's name now.
        from: String,
        /// The new name typed so far.
        to: String,
    },
    /// The export window's choices.
    Export(ExportChoice),
    /// The library settings: as the window opened on them, and as edited so far.
    LibrarySettings {
        /// The settings the window opened on (the edit is laid over what others changed since).
        base: crate::library::LibrarySettings,
        /// The settings as edited so far.
        edited: crate::library::LibrarySettings,
        /// The sources the importer was taught (changed on disk at once, not by "Save settings").
        sources: crate::app::sources::SourcesEdit,
    },
    /// Drafts left unsaved by an earlier run (a crash, a power cut), offered for restoring.
    Recovery(Vec<(PathBuf, crate::library::recovery::Recovery)>),
    /// The file being edited changed on disk: what to do?
    DiskConflict,
    /// Picking the earlier paragraph a paragraph of the draft follows up.
    FollowsUp(FollowsUp),
    /// "Mark ready?", with the checks still open.
    MarkReady(Vec<String>),
}

/// The "Follows up…" window's state: which paragraph, and the earlier ones it may follow, ranked
/// once when the window opened.
#[derive(Clone, Debug)]
pub struct FollowsUp {
    /// The draft's section.
    pub section: usize,
    /// The draft's paragraph.
    pub item: usize,
    /// Its region.
    pub region: String,
    /// Its text, shown for reference.
    pub text: String,
    /// Whether it is linked already.
    pub linked: bool,
    /// What is typed in the find field.
    pub filter: String,
    /// The earlier paragraphs, likeliest first.
    pub choices: Vec<FollowChoice>,
}

/// One earlier paragraph a paragraph may follow.
#[derive(Clone, Debug)]
pub struct FollowChoice {
    /// Its bulletin.
    pub stem: String,
    /// Its section there.
    pub section: usize,
    /// Its place there.
    pub item: usize,
    /// Its week, written out.
    pub when: String,
    /// Its kind.
    pub kind: crate::model::ItemKind,
    /// Its text.
    pub text: String,
    /// Its text folded for the find field (lower case, no accents), worked out once when the
    /// window opens rather than at every frame.
    pub folded: String,
    /// Whether it is among the likeliest.
    pub likely: bool,
}

/// What a typed path is for.
#[derive(Clone, Debug, PartialEq)]
pub enum PathPurpose {
    /// A library folder to open.
    OpenLibrary,
    /// A file to import.
    ImportFile,
    /// Where to write a handout.
    Export(ExportChoice),
}

impl PathPurpose {
    /// The window's title.
    pub fn title(&self) -> &'static str {
        match self {
            Self::OpenLibrary => "Open a library folder",
            Self::ImportFile => "Import a file",
            Self::Export(_) => "Export to a file",
        }
    }

    /// What to type, said to the user.
    pub fn prompt(&self) -> &'static str {
        match self {
            Self::OpenLibrary => {
                "No folder was chosen. If no folder dialog appeared (some desktops have none), type the library folder's path:"
            }
            Self::ImportFile => {
                "No file was chosen. If no file dialog appeared (some desktops have none), type the path of the file to import (text, RON, e-mail or web page):"
            }
            Self::Export(_) => {
                "No file was chosen. If no file dialog appeared (some desktops have none), type where to write the handout:"
            }
        }
    }

    /// The field's label.
    pub fn field(&self) -> &'static str {
        match self {
            Self::OpenLibrary => "Folder path",
            Self::ImportFile | Self::Export(_) => "File path",
        }
    }

    /// The button that uses the path.
    pub fn button(&self) -> &'static str {
        match self {
            Self::OpenLibrary => "Open",
            Self::ImportFile => "Preview import",
            Self::Export(_) => "Export",
        }
    }
}
