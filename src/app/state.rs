//! The parts of the app's state that panels read: settings, search, highlight, import preview.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::import::ImportReport;

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
    /// The folder the website was last published to.
    pub site_folder: Option<PathBuf>,
    /// Share a shared library by itself every few minutes.
    pub share_automatically: bool,
    /// The first run's welcome was shown (the demo, or a library of one's own).
    pub welcomed: bool,
    /// The coordinator's name and e-mail for a shared library's history, as typed once.
    pub coordinator: (String, String),
    /// The interface's language ("ko", "es", "zh-CN", ...); `None`: the system's.
    pub language: Option<String>,
    /// Misspelt words underlined in the editor.
    pub spell_check: bool,
    /// For volunteers: the bulletins to read, with nothing that edits them (View → Reading only).
    pub reading_only: bool,
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
            site_folder: None,
            share_automatically: false,
            welcomed: false,
            coordinator: (String::new(), String::new()),
            language: None,
            spell_check: true,
            reading_only: false,
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
    /// Weeks dated on or after this day (this week's and later ones) come in as drafts, not yet
    /// reviewed; older ones as sent.
    pub drafts_from: Option<chrono::NaiveDate>,
}

impl ImportPreview {
    /// What the preview of pasted text is called.
    pub const PASTED: &'static str = "the pasted text";

    /// The pasted text, when the preview is of pasted text (for "Back to the text").
    pub fn pasted_text(&self) -> Option<String> {
        let teach = self.teach.as_ref().filter(|_| self.source == Self::PASTED)?;
        Some(String::from_utf8_lossy(&teach.bytes).into_owned())
    }
}

/// A link the import preview suggests, and the earlier paragraph it points to (the workspace's).
pub use crate::workspace::{LinkTarget, SuggestedLink};

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
    /// A handout made for printing or e-mail that no program could open, with what else to do.
    NotOpened(crate::app::opening::NotOpened),
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
    /// Setting up sharing: the shared copy's address and who the coordinator is.
    ShareSetup {
        /// The shared copy's address (empty: history kept here only).
        remote: String,
        /// The coordinator's name, for the history.
        name: String,
        /// Their e-mail address.
        email: String,
    },
    /// The decisions waiting after a merge.
    Decisions,
    /// Opening a shared library: its address, the new folder, who the coordinator is.
    OpenShared {
        /// The shared copy's address.
        address: String,
        /// The new folder it is cloned into.
        folder: String,
        /// The coordinator's name.
        name: String,
        /// Their e-mail address.
        email: String,
    },
    /// File → New library…
    NewLibrary(crate::app::NewLibraryForm),
    /// The first run's welcome: the demo library, or a library of one's own.
    Welcome,
    /// The history of a week.
    History(crate::app::history::HistoryView),
}

/// The "Follows up…" window's state: which paragraph, and the earlier ones it may follow, ranked
/// once when the window opened.
#[derive(Clone, Debug)]
pub struct FollowsUp {
    /// The draft's paragraph.
    pub at: crate::model::Spot,
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
    /// The paragraph.
    pub paragraph: crate::model::ParagraphRef,
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
    /// The folder to publish the website to.
    Site,
}

impl PathPurpose {
    /// The window's title.
    pub fn title(&self) -> String {
        match self {
            Self::OpenLibrary => crate::tr!("path-open-library"),
            Self::ImportFile => crate::tr!("path-import-file"),
            Self::Export(_) => crate::tr!("path-export"),
            Self::Site => crate::tr!("action-publish-site"),
        }
    }

    /// What to type, said to the user.
    pub fn prompt(&self) -> String {
        match self {
            Self::OpenLibrary => crate::tr!("path-open-library-prompt"),
            Self::ImportFile => crate::tr!("path-import-file-prompt"),
            Self::Export(_) => crate::tr!("path-export-prompt"),
            Self::Site => crate::tr!("path-site-prompt"),
        }
    }

    /// The field's label.
    pub fn field(&self) -> String {
        match self {
            Self::OpenLibrary | Self::Site => crate::tr!("path-folder"),
            Self::ImportFile | Self::Export(_) => crate::tr!("path-file"),
        }
    }

    /// The button that uses the path.
    pub fn button(&self) -> String {
        match self {
            Self::OpenLibrary => crate::tr!("path-open"),
            Self::ImportFile => crate::tr!("path-preview-import"),
            Self::Export(_) => crate::tr!("path-export-button"),
            Self::Site => crate::tr!("path-publish"),
        }
    }
}
