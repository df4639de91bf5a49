//! Several coordinators, several computers: a library shared through git. No UI here: the command
//! line's `sync` and `history` and the app call the same functions.

pub mod decide;
pub mod git;
pub mod history;
pub mod merge;
pub mod pending;
pub mod setup;
pub mod sync;

pub use git::{Git, GitError};
pub use merge::Decision;
pub use sync::{SyncError, Synced, sync};
