//! What the panels ask the app to do.

use std::path::PathBuf;

/// An action queued by a panel and carried out after the frame.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum Command {
    /// Show the bulletin with this file stem.
    Select(String),
    /// Open the library in this folder.
    OpenLibrary(PathBuf),
    /// Ask for a library folder with the native dialog.
    PickLibrary,
    /// Remember a region panel as collapsed or open.
    SetCollapsed {
        /// The region.
        region: String,
        /// Whether it is now collapsed.
        collapsed: bool,
    },
    /// Hide the message bar.
    DismissMessage,
}
