//! Making a library shared: a git repository in its folder (with the shared copy's address, if
//! there is one) and the coordinator's name for the history; or a shared library cloned here.

use std::path::Path;

use super::git::{Git, GitError};
use super::sync::{SyncError, Synced, sync};

/// Who a coordinator is, for the history (asked once).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coordinator {
    /// Their name.
    pub name: String,
    /// Their e-mail address.
    pub email: String,
}

/// Whether the library at `dir` is shared through git already.
pub fn is_shared(dir: &Path) -> bool {
    dir.join(".git").exists()
}

/// Makes the library at `dir` a repository (if it is not one), sets the coordinator's name and the
/// shared copy's address (`remote`, if any), and shares it.
pub fn share(dir: &Path, remote: Option<&str>, who: &Coordinator) -> Result<Synced, SyncError> {
    let git = Git::new(dir);
    if !is_shared(dir) {
        git.run(&["init", "--quiet", "-b", "main"])?;
    }
    if !who.name.trim().is_empty() {
        git.run(&["config", "user.name", who.name.trim()])?;
    }
    if !who.email.trim().is_empty() {
        git.run(&["config", "user.email", who.email.trim()])?;
    }
    if let Some(remote) = remote.map(str::trim).filter(|r| !r.is_empty()) {
        let existing = git.run(&["remote"])?;
        if existing.lines().any(|r| r.trim() == "origin") {
            git.run(&["remote", "set-url", "origin", remote])?;
        } else {
            git.run(&["remote", "add", "origin", remote])?;
        }
    }
    sync(dir)
}

/// Clones the shared library at `address` into the new folder `into`.
pub fn clone_library(address: &str, into: &Path, who: &Coordinator) -> Result<(), GitError> {
    let parent = into.parent().unwrap_or(Path::new("."));
    let name = into.file_name().map_or_else(|| "library".into(), |n| n.to_string_lossy().into_owned());
    Git::new(parent).run(&["clone", "--quiet", address.trim(), &name])?;
    let git = Git::new(into);
    if !who.name.trim().is_empty() {
        git.run(&["config", "user.name", who.name.trim()])?;
        git.run(&["config", "user.email", who.email.trim()])?;
    }
    Ok(())
}
