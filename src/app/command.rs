//! What the panels ask the app to do, and the named actions with their keyboard shortcuts.

use std::path::PathBuf;

use super::Action;

use crate::search::Place;

/// An action queued by a panel and carried out after the frame.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    /// A named action (menu item, toolbar button or shortcut).
    Action(Action),
    /// Show the bulletin with this file stem.
    Select(String),
    /// Show a bulletin with one match highlighted and its region open.
    OpenHit {
        /// The bulletin's file stem.
        stem: String,
        /// Where the match is.
        place: Place,
        /// Byte range of the match in that text.
        range: std::ops::Range<usize>,
    },
    /// Open the library in this folder.
    OpenLibrary(PathBuf),
    /// Remember a region panel as collapsed or open.
    SetCollapsed {
        /// The region.
        region: String,
        /// Whether it is now collapsed.
        collapsed: bool,
    },
    /// Read the pasted text into the import preview.
    ImportText(String),
    /// Read this file into the import preview.
    ImportFile(PathBuf),
    /// Publish the public bulletins as a website into this folder.
    PublishSite(PathBuf),
    /// Read the week aloud, pause, skip or stop.
    ReadAloud(super::read_aloud::ReadAloud),
    /// Read these files into import previews, one after another (files dropped on the window).
    ImportFiles(Vec<PathBuf>),
    /// Write the bulletins chosen in the import preview.
    ConfirmImport,
    /// Close the import preview without writing anything.
    CancelImport,
    /// Back from the preview of pasted text to the paste box, with the text kept.
    BackToText,
    /// A change to how the import preview reads its text (a line corrected, undone, a pattern).
    Teach(super::teach::TeachCommand),
    /// Set up sharing (the setup window's answers) and share.
    ShareSetup {
        /// The shared copy's address (empty: history kept here only).
        remote: String,
        /// The coordinator's name.
        name: String,
        /// Their e-mail address.
        email: String,
    },
    /// Clone a shared library into a new folder and open it.
    OpenShared {
        /// The shared copy's address.
        address: String,
        /// The new folder.
        folder: PathBuf,
        /// The coordinator's name.
        name: String,
        /// Their e-mail address.
        email: String,
    },
    /// Make a new library from the "New library" window's answers, and open it.
    CreateLibrary(crate::app::NewLibraryForm),
    /// Show this version of the week in the history window.
    ShowVersion(usize),
    /// Restore the version shown in the history window.
    RestoreVersion,
    /// Take the waiting decision at this index: keep mine, theirs or both.
    Decide(usize, crate::sharing::decide::Keep),
    /// Rename, delete or put back a source the importer was taught (the library settings window).
    Source(super::sources::SourceCommand),
    /// Show the paragraphs of one region from every week (None: back to the reader).
    ShowRegionTimeline(Option<String>),
    /// Hide the message bar.
    DismissMessage(usize),
    /// Show the answered prayer view.
    ShowAnswered,
    /// Open "Follows up…" for a paragraph of the draft.
    FollowsUp(crate::model::Spot),
    /// Link a paragraph of the draft (section, paragraph) to an earlier paragraph it follows up;
    /// `None` removes the link.
    Link {
        /// The draft's paragraph.
        at: crate::model::Spot,
        /// The paragraph it follows, or none to remove the link.
        target: Option<crate::model::ParagraphRef>,
    },
    /// Move the bulletin shown (or the draft) to a review state; ready asks first.
    SetState(crate::model::ReviewState),
    /// The coordinator has seen the checks still open and marks the bulletin ready.
    ReadyConfirmed,
    /// The answer to "Save changes?".
    Unsaved(UnsavedAnswer),
    /// Move the current bulletin's file to the library's trash (asked first).
    DeleteConfirmed,
    /// "Replace it" was answered: write the handout over the file already at `path`.
    ReplaceExport {
        /// The handout.
        choice: crate::app::ExportChoice,
        /// The file to replace.
        path: PathBuf,
    },
    /// Close the window (after unsaved changes were dealt with).
    Quit,
    /// What to do with a handout no program could open.
    Instead(super::opening::Instead),
    /// Add a word to the library's dictionary (`words.ron`).
    AddWord(String),
    /// Ignore a word's spelling until the app closes.
    IgnoreWord(String),
    /// What came back from work off the window's thread, carried out after the frame's clicks.
    Arrived(super::arrival::Arrival),
    /// Write a handout of the current bulletin (or all) to `path`, or ask where with the save dialog.
    Export {
        /// The kind of file.
        format: crate::export::Format,
        /// Internal or public.
        audience: crate::export::Audience,
        /// Every bulletin instead of the current one.
        all: bool,
        /// How PDF and HTML pages are set.
        layout: crate::export::PageLayout,
        /// The week spread over seven days.
        plan: bool,
        /// Where; `None` asks with the native save dialog.
        path: Option<PathBuf>,
    },
    /// Open the export window with these choices made.
    OpenExport(crate::app::ExportChoice),
    /// Save the library settings edited in the settings window.
    SaveLibrarySettings(crate::library::LibrarySettings),
    /// Open the recovered draft at this index of the offer in the editor.
    RestoreRecovery(usize),
    /// Delete the recovered draft at this index of the offer.
    DiscardRecovery(usize),
    /// The answer to "This bulletin changed on disk while you were editing it".
    DiskConflict(DiskConflictAnswer),
    /// Rename a region in the library and in every bulletin.
    RenameRegion {
        /// The old name.
        from: String,
        /// The new name.
        to: String,
    },
}

/// What to do when the file being edited was changed by someone else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskConflictAnswer {
    /// Keep editing; saving will replace their version.
    KeepMine,
    /// Drop my edits and show their version.
    TakeTheirs,
    /// Save my version as a separate file beside theirs, then show theirs.
    SaveMineAsCopy,
}

/// What to do with unsaved changes before going on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedAnswer {
    /// Save them, then go on.
    Save,
    /// Throw them away, then go on.
    Discard,
    /// Stay where you are.
    Cancel,
}
