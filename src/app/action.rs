//! The named actions menus, toolbar buttons and shortcuts share, each with one label, one tooltip
//! and its shortcuts.

use egui::{Key, KeyboardShortcut, Modifiers};

/// A named action: what menus, toolbar buttons and shortcuts share. Each has one label, one tooltip
/// and a list of shortcuts (the primary first, shown in menus and tooltips; alternates after it), so
/// tooltips, menus and keys always agree. To add a shortcut to an action, add it to its list in
/// [`Action::shortcuts`]; the clash test below checks it against every other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::VariantArray)]
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
    /// Put the keyboard on the bulletin, past the archive's rows and the toolbar.
    ToBulletin,
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
    /// Open this week's handout in the system's PDF viewer, to print it.
    Print,
    /// Choose a format and write a handout.
    Export,
    /// Publish the public bulletins as a website with a feed.
    PublishSite,
    /// Write this week's public handout as an e-mail draft and open it in the mail program.
    SendByEmail,
    /// Show this week spread over seven days.
    DayByDay,
    /// Read the week aloud (or stop reading it).
    ReadAloud,
    /// Edit the library's name, regions, standing paragraphs and closing note.
    LibrarySettings,
    /// Share the library through git: send this computer's changes, take the others'.
    Share,
    /// Clone a library shared through git, and open it.
    OpenShared,
    /// Make a new library of one's own, from an outline.
    NewLibrary,
    /// Close the app (asking first about unsaved edits).
    Quit,
    /// The decisions waiting after others' changes were merged.
    Decisions,
    /// Who changed this week, when; a version shown and restored.
    History,
}

impl Action {
    /// Every action, in menu order (derived, so a new action cannot be forgotten here).
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The words on the button or menu item.
    pub fn label(self) -> String {
        match self {
            Self::PreviousWeek => crate::tr!("action-previous-week"),
            Self::NextWeek => crate::tr!("action-next-week"),
            Self::LatestWeek => crate::tr!("action-latest-week"),
            Self::Search => crate::tr!("action-search"),
            Self::ExpandAll => crate::tr!("action-expand-all"),
            Self::CollapseAll => crate::tr!("action-collapse-all"),
            Self::ToBulletin => crate::tr!("action-to-bulletin"),
            Self::ZoomIn => crate::tr!("action-zoom-in"),
            Self::ZoomOut => crate::tr!("action-zoom-out"),
            Self::ZoomReset => crate::tr!("action-zoom-reset"),
            Self::OpenLibrary => crate::tr!("action-open-library"),
            Self::PasteBulletin => crate::tr!("action-paste-bulletin"),
            Self::ImportFile => crate::tr!("action-import-file"),
            Self::Close => crate::tr!("action-close"),
            Self::ToggleEdit => crate::tr!("action-toggle-edit"),
            Self::NewWeek => crate::tr!("action-new-week"),
            Self::Save => crate::tr!("action-save"),
            Self::Undo => crate::tr!("action-undo"),
            Self::Redo => crate::tr!("action-redo"),
            Self::DeleteBulletin => crate::tr!("action-delete-bulletin"),
            Self::Print => crate::tr!("action-print"),
            Self::Export => crate::tr!("action-export"),
            Self::SendByEmail => crate::tr!("action-send-by-email"),
            Self::PublishSite => crate::tr!("action-publish-site"),
            Self::DayByDay => crate::tr!("action-day-by-day"),
            Self::ReadAloud => crate::tr!("action-read-aloud"),
            Self::LibrarySettings => crate::tr!("action-library-settings"),
            Self::Share => crate::tr!("action-share"),
            Self::OpenShared => crate::tr!("action-open-shared"),
            Self::NewLibrary => crate::tr!("action-new-library"),
            Self::Quit => crate::tr!("action-quit"),
            Self::Decisions => crate::tr!("action-decisions"),
            Self::History => crate::tr!("action-history"),
        }
    }

    /// What it does, for tooltips.
    pub fn tooltip(self) -> String {
        match self {
            Self::PreviousWeek => crate::tr!("action-previous-week-tip"),
            Self::NextWeek => crate::tr!("action-next-week-tip"),
            Self::LatestWeek => crate::tr!("action-latest-week-tip"),
            Self::Search => crate::tr!("action-search-tip"),
            Self::ExpandAll => crate::tr!("action-expand-all-tip"),
            Self::CollapseAll => crate::tr!("action-collapse-all-tip"),
            Self::ToBulletin => crate::tr!("action-to-bulletin-tip"),
            Self::ZoomIn => crate::tr!("action-zoom-in-tip"),
            Self::ZoomOut => crate::tr!("action-zoom-out-tip"),
            Self::ZoomReset => crate::tr!("action-zoom-reset-tip"),
            Self::OpenLibrary => crate::tr!("action-open-library-tip"),
            Self::PasteBulletin => crate::tr!("action-paste-bulletin-tip"),
            Self::ImportFile => crate::tr!("action-import-file-tip"),
            Self::Close => crate::tr!("action-close-tip"),
            Self::ToggleEdit => crate::tr!("action-toggle-edit-tip"),
            Self::NewWeek => crate::tr!("action-new-week-tip"),
            Self::Save => crate::tr!("action-save-tip"),
            Self::Undo => crate::tr!("action-undo-tip"),
            Self::Redo => crate::tr!("action-redo-tip"),
            Self::DeleteBulletin => crate::tr!("action-delete-bulletin-tip"),
            Self::Print => crate::tr!("action-print-tip"),
            Self::Export => crate::tr!("action-export-tip"),
            Self::SendByEmail => crate::tr!("action-send-by-email-tip"),
            Self::PublishSite => crate::tr!("action-publish-site-tip"),
            Self::DayByDay => crate::tr!("action-day-by-day-tip"),
            Self::ReadAloud => crate::tr!("action-read-aloud-tip"),
            Self::LibrarySettings => crate::tr!("action-library-settings-tip"),
            Self::Share => crate::tr!("action-share-tip"),
            Self::Quit => crate::tr!("action-quit-tip"),
            Self::NewLibrary => crate::tr!("action-new-library-tip"),
            Self::OpenShared => crate::tr!("action-open-shared-tip"),
            Self::Decisions => crate::tr!("action-decisions-tip"),
            Self::History => crate::tr!("action-history-tip"),
        }
    }

    /// Its keyboard shortcuts, the primary first (empty: none).
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let ctrl = Modifiers::COMMAND;
        let ctrl_shift = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        let key = KeyboardShortcut::new;
        match self {
            Self::PreviousWeek => vec![key(Modifiers::ALT, Key::ArrowLeft)],
            Self::NextWeek => vec![key(Modifiers::ALT, Key::ArrowRight)],
            Self::LatestWeek => vec![key(Modifiers::ALT, Key::Home)],
            Self::Search => vec![key(ctrl, Key::F)],
            Self::ExpandAll => vec![key(ctrl_shift, Key::ArrowDown)],
            Self::CollapseAll => vec![key(ctrl_shift, Key::ArrowUp)],
            // F6 moves between a window's parts in browsers and office programs.
            Self::ToBulletin => vec![key(Modifiers::NONE, Key::F6)],
            // Ctrl+= is where Ctrl++ is on many keyboards.
            Self::ZoomIn => vec![key(ctrl, Key::Plus), key(ctrl, Key::Equals)],
            Self::ZoomOut => vec![key(ctrl, Key::Minus)],
            Self::ZoomReset => vec![key(ctrl, Key::Num0)],
            Self::OpenLibrary => vec![key(ctrl, Key::O)],
            Self::PasteBulletin => vec![key(ctrl_shift, Key::V)],
            Self::ImportFile => vec![key(ctrl, Key::I)],
            Self::Close => vec![key(Modifiers::NONE, Key::Escape)],
            Self::ToggleEdit => vec![key(ctrl, Key::E)],
            Self::NewWeek => vec![key(ctrl, Key::N)],
            Self::Save => vec![key(ctrl, Key::S)],
            Self::Undo => vec![key(ctrl, Key::Z)],
            // Ctrl+Shift+Z is redo in many programs, Ctrl+Y in others.
            Self::Redo => vec![key(ctrl_shift, Key::Z), key(ctrl, Key::Y)],
            Self::DeleteBulletin
            | Self::PublishSite
            | Self::LibrarySettings
            | Self::SendByEmail
            | Self::DayByDay
            | Self::Decisions
            | Self::History
            | Self::OpenShared
            | Self::NewLibrary => Vec::new(),
            Self::Share => vec![key(ctrl_shift, Key::S)],
            Self::Quit => vec![key(ctrl, Key::Q)],
            Self::ReadAloud => vec![key(ctrl, Key::R)],
            Self::Print => vec![key(ctrl, Key::P)],
            Self::Export => vec![key(ctrl_shift, Key::E)],
        }
    }

    /// Its primary shortcut, the one menus and tooltips show.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Whether its keys mean something else while the cursor is in a text field (moving by words,
    /// undoing typing, selecting to the end, leaving the field), so the action steps aside there, as
    /// rerun's `conflicts_with_text_editing` does.
    pub fn conflicts_with_text_editing(self) -> bool {
        matches!(
            self,
            Self::PreviousWeek
                | Self::NextWeek
                | Self::LatestWeek
                | Self::ExpandAll
                | Self::CollapseAll
                | Self::Undo
                | Self::Redo
                | Self::Close
                | Self::PasteBulletin
        )
    }

    /// The tooltip with the shortcut, e.g. "Find words in every week (Ctrl+F)".
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        match self.shortcut() {
            Some(s) => format!("{} ({})", self.tooltip(), ctx.format_shortcut(&s)),
            None => self.tooltip(),
        }
    }

    /// Whether it writes or changes a bulletin or the library (none of these in reading mode).
    pub fn edits(self) -> bool {
        matches!(
            self,
            Self::ToggleEdit
                | Self::NewWeek
                | Self::Save
                | Self::Undo
                | Self::Redo
                | Self::DeleteBulletin
                | Self::PasteBulletin
                | Self::ImportFile
                | Self::LibrarySettings
                | Self::NewLibrary
                | Self::Share
                | Self::OpenShared
                | Self::Decisions
                | Self::History
        )
    }

    /// The actions whose shortcut was pressed this frame. Each shortcut's key press is taken (so no
    /// widget sees it too), except while `typing` (a text field had the cursor when the keys were
    /// pressed) for actions that would take keys the field needs: then the field gets them.
    ///
    /// `typing` is the caller's, from the end of the previous frame: egui drops the focus on Esc
    /// before the frame starts, so asking the context now would be too late.
    pub fn pressed(ctx: &egui::Context, typing: bool) -> Vec<Self> {
        // A shortcut with more modifiers first: Ctrl+Z would otherwise also match Ctrl+Shift+Z.
        let mut all: Vec<(Self, KeyboardShortcut)> = Self::ALL
            .iter()
            .filter(|action| !(typing && action.conflicts_with_text_editing()))
            .flat_map(|&action| action.shortcuts().into_iter().map(move |s| (action, s)))
            .collect();
        all.sort_by_key(|(_, s)| {
            std::cmp::Reverse(u8::from(s.modifiers.shift) + u8::from(s.modifiers.alt) + u8::from(s.modifiers.command))
        });
        let mut pressed = Vec::new();
        ctx.input_mut(|input| {
            for (action, shortcut) in all {
                if input.consume_shortcut(&shortcut) && !pressed.contains(&action) {
                    pressed.push(action);
                }
            }
        });
        pressed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_shortcuts_clash_and_no_two_actions_share_a_label() {
        let mut seen = std::collections::HashMap::new();
        for &action in Action::ALL {
            for s in action.shortcuts() {
                let key = (s.modifiers.alt, s.modifiers.shift, s.modifiers.command, s.logical_key);
                if let Some(other) = seen.insert(key, action) {
                    panic!("{action:?} and {other:?} share the shortcut {s:?}");
                }
            }
        }
        assert!(seen.len() > Action::ALL.len() / 2, "most actions have a shortcut");
        let labels: std::collections::HashSet<_> = Action::ALL.iter().map(|a| a.label()).collect();
        assert_eq!(labels.len(), Action::ALL.len());
    }

    #[test]
    fn every_action_is_listed_once_and_alternates_follow_the_primary() {
        assert_eq!(Action::ALL.len(), 33);
        assert_eq!(Action::Redo.shortcut(), Some(KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)));
        assert_eq!(Action::Redo.shortcuts().len(), 2);
    }

    #[test]
    fn a_shortcut_with_shift_is_not_taken_by_the_same_key_without() {
        let ctx = egui::Context::default();
        let press = |modifiers: Modifiers, key: Key| {
            let mut input = egui::RawInput::default();
            input.events.push(egui::Event::Key { key, physical_key: None, pressed: true, repeat: false, modifiers });
            input
        };
        let mut got = Vec::new();
        let mut output = ctx.run_ui(press(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z), |ui| {
            got = Action::pressed(ui.ctx(), false);
        });
        output.textures_delta.clear();
        assert_eq!(got, [Action::Redo]);
        let mut output = ctx.run_ui(press(Modifiers::COMMAND, Key::Z), |ui| {
            got = Action::pressed(ui.ctx(), false);
        });
        output.textures_delta.clear();
        assert_eq!(got, [Action::Undo]);
        // Ctrl+Shift+S shares; Ctrl+S saves.
        let mut output = ctx.run_ui(press(Modifiers::COMMAND | Modifiers::SHIFT, Key::S), |ui| {
            got = Action::pressed(ui.ctx(), false);
        });
        output.textures_delta.clear();
        assert_eq!(got, [Action::Share]);
        let mut output = ctx.run_ui(press(Modifiers::COMMAND, Key::S), |ui| {
            got = Action::pressed(ui.ctx(), false);
        });
        output.textures_delta.clear();
        assert_eq!(got, [Action::Save]);
    }
}
