//! What the panels ask the app to do, and the named actions with their keyboard shortcuts.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

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
    /// Write the bulletins chosen in the import preview.
    ConfirmImport,
    /// Close the import preview without writing anything.
    CancelImport,
    /// Show the paragraphs of one region from every week (None: back to the reader).
    ShowRegionTimeline(Option<String>),
    /// Hide the message bar.
    DismissMessage,
    /// The answer to "Save changes?".
    Unsaved(UnsavedAnswer),
    /// Move the current bulletin's file to the library's trash (asked first).
    DeleteConfirmed,
    /// Close the window (after unsaved changes were dealt with).
    Quit,
    /// Write a handout of the current bulletin (or all) to `path`, or ask where with the save dialog.
    Export {
        /// The kind of file.
        format: crate::export::Format,
        /// Internal or public.
        audience: crate::export::Audience,
        /// Every bulletin instead of the current one.
        all: bool,
        /// Where; `None` asks with the native save dialog.
        path: Option<PathBuf>,
    },
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

/// A named action: what menus, toolbar buttons and shortcuts share. Each has one label and at most
/// one shortcut, so tooltips and menus always agree with the keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Show the week before the current one.
    PreviousWeek,
    /// Show the week after the current one.
    NextWeek,
    /// Show the newest week.
    LatestWeek,
    /// Open the search panel and put the cursor in it.
    Search,
    /// Open every region panel.
    ExpandAll,
    /// Close every region panel.
    CollapseAll,
    /// Larger text.
    ZoomIn,
    /// Smaller text.
    ZoomOut,
    /// Text at its normal size.
    ZoomReset,
    /// Choose a library folder.
    OpenLibrary,
    /// Paste bulletin text to import.
    PasteBulletin,
    /// Choose a text file to import.
    ImportFile,
    /// Close the search panel, a dialog or the timeline.
    Close,
    /// Switch between reading and editing the bulletin.
    ToggleEdit,
    /// Start next week's bulletin from the library's template.
    NewWeek,
    /// Save the bulletin being edited.
    Save,
    /// Undo the last edit.
    Undo,
    /// Redo the edit just undone.
    Redo,
    /// Move the bulletin to the library's trash.
    DeleteBulletin,
    /// Choose a format and write a handout.
    Export,
    /// Edit the library's name, regions, standing paragraphs and closing note.
    LibrarySettings,
}

impl Action {
    /// Every action, in menu order.
    pub const ALL: [Self; 21] = [
        Self::PreviousWeek,
        Self::NextWeek,
        Self::LatestWeek,
        Self::Search,
        Self::ExpandAll,
        Self::CollapseAll,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::OpenLibrary,
        Self::PasteBulletin,
        Self::ImportFile,
        Self::Close,
        Self::ToggleEdit,
        Self::NewWeek,
        Self::Save,
        Self::Undo,
        Self::Redo,
        Self::DeleteBulletin,
        Self::Export,
        Self::LibrarySettings,
    ];

    /// The words on the button or menu item.
    pub fn label(self) -> &'static str {
        match self {
            Self::PreviousWeek => "◀ Previous week",
            Self::NextWeek => "Next week ▶",
            Self::LatestWeek => "Latest",
            Self::Search => "Search all weeks…",
            Self::ExpandAll => "Expand all regions",
            Self::CollapseAll => "Collapse all regions",
            Self::ZoomIn => "Larger text",
            Self::ZoomOut => "Smaller text",
            Self::ZoomReset => "Normal text size",
            Self::OpenLibrary => "Open library…",
            Self::PasteBulletin => "Paste bulletin text…",
            Self::ImportFile => "Import file…",
            Self::Close => "Close",
            Self::ToggleEdit => "Edit",
            Self::NewWeek => "New week",
            Self::Save => "Save",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::DeleteBulletin => "Delete bulletin…",
            Self::Export => "Export…",
            Self::LibrarySettings => "Library settings…",
        }
    }

    /// What it does, for tooltips.
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::PreviousWeek => "Show the week before this one",
            Self::NextWeek => "Show the week after this one",
            Self::LatestWeek => "Show the newest bulletin",
            Self::Search => "Find words in every week",
            Self::ExpandAll => "Open every region of this bulletin",
            Self::CollapseAll => "Close every region of this bulletin",
            Self::ZoomIn => "Make all text larger",
            Self::ZoomOut => "Make all text smaller",
            Self::ZoomReset => "Return text to its normal size",
            Self::OpenLibrary => "Open another library folder",
            Self::PasteBulletin => "Paste a bulletin from an e-mail or web page and preview it",
            Self::ImportFile => "Read bulletins from a text file and preview them",
            Self::Close => "Close the search, the timeline or the open dialog",
            Self::ToggleEdit => "Switch between reading and editing this bulletin",
            Self::NewWeek => "Start next week's bulletin, with the standing paragraphs carried over",
            Self::Save => "Save the bulletin to its file in the library",
            Self::Undo => "Undo the last edit",
            Self::Redo => "Redo the edit just undone",
            Self::DeleteBulletin => "Move this bulletin's file to the library's trash folder",
            Self::Export => "Write a printable handout: text, Markdown, HTML or PDF, internal or public",
            Self::LibrarySettings => "The library's name, regions, standing paragraphs and closing note",
        }
    }

    /// Its keyboard shortcut.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let ctrl = Modifiers::COMMAND;
        let key = |modifiers, key| Some(KeyboardShortcut::new(modifiers, key));
        match self {
            Self::PreviousWeek => key(Modifiers::ALT, Key::ArrowLeft),
            Self::NextWeek => key(Modifiers::ALT, Key::ArrowRight),
            Self::LatestWeek => key(Modifiers::ALT, Key::Home),
            Self::Search => key(ctrl, Key::F),
            Self::ExpandAll => key(ctrl.plus(Modifiers::SHIFT), Key::ArrowDown),
            Self::CollapseAll => key(ctrl.plus(Modifiers::SHIFT), Key::ArrowUp),
            Self::ZoomIn => key(ctrl, Key::Plus),
            Self::ZoomOut => key(ctrl, Key::Minus),
            Self::ZoomReset => key(ctrl, Key::Num0),
            Self::OpenLibrary => key(ctrl, Key::O),
            Self::PasteBulletin => key(ctrl.plus(Modifiers::SHIFT), Key::V),
            Self::ImportFile => key(ctrl, Key::I),
            Self::Close => key(Modifiers::NONE, Key::Escape),
            Self::ToggleEdit => key(ctrl, Key::E),
            Self::NewWeek => key(ctrl, Key::N),
            Self::Save => key(ctrl, Key::S),
            Self::Undo => key(ctrl, Key::Z),
            Self::Redo => key(ctrl, Key::Y),
            Self::DeleteBulletin => None,
            Self::Export => key(ctrl, Key::P),
            Self::LibrarySettings => None,
        }
    }

    /// The tooltip with the shortcut, e.g. "Find words in every week (Ctrl+F)".
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        match self.shortcut() {
            Some(s) => format!("{} ({})", self.tooltip(), ctx.format_shortcut(&s)),
            None => self.tooltip().to_owned(),
        }
    }

    /// The actions whose shortcut was pressed this frame.
    pub fn pressed(ctx: &egui::Context) -> Vec<Self> {
        let mut pressed = Vec::new();
        ctx.input_mut(|input| {
            // Ctrl+Shift+Z is redo in many programs; it must be taken before Ctrl+Z.
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)) {
                pressed.push(Self::Redo);
            }
            for action in Self::ALL {
                if let Some(shortcut) = action.shortcut()
                    && input.consume_shortcut(&shortcut)
                {
                    pressed.push(action);
                }
            }
            // Ctrl+= is where Ctrl++ is on many keyboards.
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)) {
                pressed.push(Self::ZoomIn);
            }
        });
        pressed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut_or_a_label() {
        let mut shortcuts = std::collections::HashMap::new();
        for action in Action::ALL {
            if let Some(s) = action.shortcut()
                && let Some(other) =
                    shortcuts.insert((s.modifiers.alt, s.modifiers.shift, s.modifiers.command, s.logical_key), action)
            {
                panic!("{action:?} and {other:?} share a shortcut");
            }
        }
        let labels: std::collections::HashSet<_> = Action::ALL.iter().map(|a| a.label()).collect();
        assert_eq!(labels.len(), Action::ALL.len());
    }
}
