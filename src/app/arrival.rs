//! What comes back from work done off the window's thread (a library read, files changed on disk,
//! matches found, git's answer), queued with the commands: `frame_ui` takes it from its channel
//! into the queue after what was clicked in the frame, and `apply` carries both out in that order,
//! through the one dispatcher.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::library::{Library, LibraryError};

/// A value handed over once, in a command that must be `Clone` and `PartialEq`: clones share it,
/// the first to take it has it, and two parcels are equal when they are the same parcel.
pub struct Parcel<T>(Arc<Mutex<Option<T>>>);

impl<T> Parcel<T> {
    /// Wraps `value`.
    pub fn new(value: T) -> Self {
        Self(Arc::new(Mutex::new(Some(value))))
    }

    /// The value, if nobody has taken it yet.
    pub fn take(&self) -> Option<T> {
        self.0.lock().map_or(None, |mut v| v.take())
    }
}

impl<T> Clone for Parcel<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> PartialEq for Parcel<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::fmt::Debug for Parcel<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Parcel")
    }
}

/// A library read in the background.
pub struct LoadedLibrary {
    /// `None`: opened; `Some(say_so)`: read again after a change (saying so when the shown week
    /// changed).
    pub reload: Option<bool>,
    /// Its folder.
    pub dir: PathBuf,
    /// What was read.
    pub result: Result<Library, LibraryError>,
}

/// Something that came back.
#[derive(Clone, Debug, PartialEq)]
pub enum Arrival {
    /// A library read in the background.
    Library(Parcel<LoadedLibrary>),
    /// Files of the library that may have changed on disk, and the file shown then.
    DiskChanges(Parcel<(super::watch::Changes, Option<PathBuf>)>),
    /// A run of search matches.
    Matches(Parcel<super::searching::Batch>),
    /// Git's answer to a commit, a share or a clone.
    Shared(Parcel<super::sharing::Done>),
    /// Git's answer to the history window.
    History(Parcel<super::history::HistoryDone>),
    /// A spelling dictionary read.
    Dictionary(Parcel<super::spelling::DictionaryRead>),
    /// What came of handing a handout to another program (print, e-mail).
    Opened(Parcel<super::opening::Opened>),
}
