//! The history of a week (or any library file): who changed it, when, and how they said it.

use std::path::Path;

use serde::Serialize;

use super::git::{Git, GitError};

/// One version of a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Version {
    /// The commit.
    pub commit: String,
    /// Who made it.
    pub author: String,
    /// When (ISO 8601).
    pub when: String,
    /// What they said changed.
    pub message: String,
}

/// The versions of `file` (relative to the library), newest first.
pub fn history(dir: &Path, file: &str) -> Result<Vec<Version>, GitError> {
    let git = Git::new(dir);
    // Both sides of every merge: a version that lost in a merge is still listed.
    let log = git.run(&["log", "--full-history", "--format=%H%x1f%an%x1f%aI%x1f%s", "--", file])?;
    Ok(log
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('\u{1f}');
            Some(Version {
                commit: parts.next()?.to_owned(),
                author: parts.next()?.to_owned(),
                when: parts.next()?.to_owned(),
                message: parts.next().unwrap_or_default().to_owned(),
            })
        })
        .collect())
}

/// The file as it was in `commit`.
pub fn version(dir: &Path, file: &str, commit: &str) -> Result<String, GitError> {
    Git::new(dir).run(&["show", &format!("{commit}:{file}")])
}
