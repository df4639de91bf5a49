//! Sharing a library through git: what is not yet committed is committed (a message saying what
//! changed), others' changes are fetched and merged the way [`super::merge`] merges a week, and the
//! result is pushed; a push refused because someone pushed first is fetched, merged and pushed again.

use std::path::Path;

use super::git::{Git, GitError};
use super::merge::{Decision, merge_bulletins, merge_settings};
use crate::model::Bulletin;

/// The library files git carries (anything else in the folder is left alone).
const LIBRARY_FILES: [&str; 3] = ["bulletins", "library.ron", "sources"];

/// Why a sync did not finish.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The folder holds no library.
    #[error("{0} is not a library (it has no library.ron and no bulletins folder): nothing was shared")]
    NotALibrary(String),
    /// The folder is no git repository.
    #[error("{0} is not shared through git yet: run `git init` there (or clone the shared copy) first")]
    NotShared(String),
    /// What git said.
    #[error(transparent)]
    Git(#[from] GitError),
}

/// What a sync did.
#[derive(Clone, Debug, Default)]
pub struct Synced {
    /// The commit made of this computer's changes, by its message.
    pub committed: Option<String>,
    /// Files others changed that arrived here.
    pub arrived: Vec<String>,
    /// Whether a shared copy (a remote) is set up.
    pub remote: bool,
    /// Whether this computer's changes reached the shared copy.
    pub pushed: bool,
    /// Fields both sides changed differently: mine is kept in the file until the person decides.
    pub decisions: Vec<Decision>,
}

/// Commits, fetches, merges and pushes the library at `dir`.
pub fn sync(dir: &Path) -> Result<Synced, SyncError> {
    let git = Git::new(dir);
    if !dir.join(crate::library::SETTINGS_FILE).is_file() && !dir.join(crate::library::BULLETINS_DIR).is_dir() {
        return Err(SyncError::NotALibrary(dir.display().to_string()));
    }
    if git.ask(&["rev-parse", "--is-inside-work-tree"])?.is_none() {
        return Err(SyncError::NotShared(dir.display().to_string()));
    }
    clear_stale_lock(dir);
    let mut synced = Synced { committed: commit_local(&git)?, ..Synced::default() };
    let remotes = git.run(&["remote"])?;
    let Some(remote) = remotes.lines().next().map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned) else {
        return Ok(synced);
    };
    synced.remote = true;
    let branch = git.run(&["symbolic-ref", "--short", "HEAD"])?.trim().to_owned();
    let theirs = format!("{remote}/{branch}");
    for _attempt in 0..4 {
        git.run(&["fetch", "--quiet", &remote])?;
        if git.ask(&["rev-parse", "--verify", "--quiet", &theirs])?.is_some() {
            merge_theirs(&git, &theirs, &mut synced)?;
        }
        match git.run(&["push", "--quiet", &remote, &format!("HEAD:refs/heads/{branch}")]) {
            Ok(_) => {
                synced.pushed = true;
                break;
            }
            // Someone pushed first: fetch, merge and push again.
            Err(GitError::Failed(_, said)) if said.contains("rejected") || said.contains("fetch first") => {}
            Err(e) => return Err(e.into()),
        }
    }
    if !synced.decisions.is_empty() {
        super::pending::add(dir, &synced.decisions);
    }
    Ok(synced)
}

/// A lock file left by a git that was stopped half-way (over a minute old) is removed.
fn clear_stale_lock(dir: &Path) {
    let lock = dir.join(".git").join("index.lock");
    let old = std::fs::metadata(&lock)
        .and_then(|m| m.modified())
        .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > std::time::Duration::from_secs(60)));
    if old {
        let _ignored: std::io::Result<()> = std::fs::remove_file(lock);
    }
}

/// `-c user.name=… -c user.email=…` when the coordinator has told git no name.
fn identity(git: &Git) -> Vec<String> {
    let configured = git.ask(&["config", "user.name"]).ok().flatten().is_some_and(|n| !n.trim().is_empty());
    if configured {
        return Vec::new();
    }
    let user = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "coordinator".into());
    vec!["-c".into(), format!("user.name={user}"), "-c".into(), format!("user.email={user}@prayer-bulletin.invalid")]
}

fn commit(git: &Git, message: &str) -> Result<(), GitError> {
    let mut args = identity(git);
    args.extend(["commit".into(), "--quiet".into(), "--no-verify".into(), "-m".into(), message.into()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    git.run(&args).map(|_| ())
}

/// Stages the library's files, and only them (a repository may hold other files; they are left
/// as they are): new, changed and deleted weeks, settings and sources.
fn stage(git: &Git) -> Result<(), GitError> {
    let mut paths: Vec<&str> = Vec::new();
    for f in LIBRARY_FILES {
        let tracked = git.run(&["ls-files", "--", f]).is_ok_and(|out| !out.trim().is_empty());
        if git.dir.join(f).exists() || tracked {
            paths.push(f);
        }
    }
    if paths.is_empty() {
        return Ok(());
    }
    let mut args = vec!["add", "--all", "--"];
    args.extend(&paths);
    git.run(&args).map(|_| ())
}

/// Commits this computer's changes to the library's files; returns the message, or `None` when
/// there was nothing to commit.
pub fn commit_local(git: &Git) -> Result<Option<String>, GitError> {
    stage(git)?;
    let status = git.run(&["diff", "--cached", "--name-status", "--no-renames"])?;
    if status.trim().is_empty() {
        return Ok(None);
    }
    let message = describe(git, &status);
    commit(git, &message)?;
    Ok(Some(message))
}

/// "2026-11-21: Africa & Europe edited, 1 paragraph added; library settings changed".
fn describe(git: &Git, status: &str) -> String {
    let mut said = Vec::new();
    for line in status.lines() {
        let Some((what, path)) = line.split_once('\t') else { continue };
        let name = path.trim_start_matches("bulletins/").trim_end_matches(".ron");
        said.push(match (what, path) {
            (_, "library.ron") => "library settings changed".to_owned(),
            ("D", p) if p.starts_with("sources/") => format!("source {} removed", name.trim_start_matches("sources/")),
            (_, p) if p.starts_with("sources/") => format!("source {} taught", name.trim_start_matches("sources/")),
            ("A", p) if p.starts_with("bulletins/") => format!("{name}: new week"),
            ("D", p) if p.starts_with("bulletins/") => format!("{name}: deleted"),
            (_, p) if p.starts_with("bulletins/") => format!("{name}: {}", week_changes(git, p)),
            (_, p) => format!("{p} changed"),
        });
    }
    said.join("; ")
}

/// What changed in a week since the last commit: the regions edited and paragraphs added or removed.
fn week_changes(git: &Git, path: &str) -> String {
    let read = |rev: &str| -> Option<Bulletin> {
        git.ask(&["show", &format!("{rev}:{path}")]).ok().flatten().and_then(|t| parse(&t, path))
    };
    let (before, after) = (read("HEAD"), read(""));
    let (Some(before), Some(after)) = (before, after) else { return "edited".to_owned() };
    let mut regions: Vec<&str> = Vec::new();
    for s in &after.sections {
        if before.section(&s.region).is_none_or(|b| b.items != s.items) {
            regions.push(&s.region);
        }
    }
    let count = |b: &Bulletin| b.sections.iter().map(|s| s.items.len()).sum::<usize>();
    let (was, is) = (count(&before), count(&after));
    let mut out = if regions.is_empty() { "edited".to_owned() } else { format!("{} edited", regions.join(", ")) };
    if is > was {
        out.push_str(&format!(", {} paragraph{} added", is - was, if is - was == 1 { "" } else { "s" }));
    } else if was > is {
        out.push_str(&format!(", {} paragraph{} removed", was - is, if was - is == 1 { "" } else { "s" }));
    }
    out
}

fn parse<T: serde::de::DeserializeOwned>(text: &str, path: &str) -> Option<T> {
    crate::library::parse_ron::<T>(text, Path::new(path)).ok()
}

/// Merges `theirs` (a remote branch) into this computer's: fast-forward when this computer has
/// nothing new; otherwise a merge made file by file, with no conflict marker ever written.
fn merge_theirs(git: &Git, theirs: &str, synced: &mut Synced) -> Result<(), GitError> {
    if git.ask(&["merge-base", "--is-ancestor", theirs, "HEAD"])?.is_some() {
        return Ok(());
    }
    let base = git.ask(&["merge-base", "HEAD", theirs])?.map(|b| b.trim().to_owned());
    let range = |to: &str| base.as_ref().map_or_else(|| to.to_owned(), |b| format!("{b}..{to}"));
    let theirs_changed = git.run(&["diff", "--name-only", "--no-renames", &range(theirs)])?;
    if git.ask(&["merge-base", "--is-ancestor", "HEAD", theirs])?.is_some() {
        git.run(&["merge", "--quiet", "--ff-only", theirs])?;
        synced.arrived.extend(theirs_changed.lines().map(str::to_owned));
        return Ok(());
    }
    let mine_changed = git.run(&["diff", "--name-only", "--no-renames", &range("HEAD")])?;
    // The merge is recorded with both parents; the files are then made as merged below.
    let mut args = identity(git);
    args.extend(["merge", "--quiet", "--no-ff", "--no-commit", "-s", "ours", theirs].map(String::from));
    git.run(&args.iter().map(String::as_str).collect::<Vec<_>>())?;
    for path in theirs_changed.lines().filter(|p| !p.trim().is_empty()) {
        let both = mine_changed.lines().any(|m| m == path);
        merge_file(git, base.as_deref(), theirs, path, both, &mut synced.decisions)?;
        synced.arrived.push(path.to_owned());
    }
    stage(git)?;
    let message = if synced.decisions.is_empty() {
        "Merged the changes shared by others".to_owned()
    } else {
        let fields: Vec<String> = synced.decisions.iter().map(|d| format!("{} ({})", d.file, d.field)).collect();
        format!("Merged the changes shared by others; to decide: {}", fields.join(", "))
    };
    commit(git, &message)
}

/// One file others changed: theirs when only they changed it, merged when both did.
fn merge_file(
    git: &Git,
    base: Option<&str>,
    theirs: &str,
    path: &str,
    both: bool,
    decisions: &mut Vec<Decision>,
) -> Result<(), GitError> {
    let show = |rev: &str| git.ask(&["show", &format!("{rev}:{path}")]);
    let their_text = show(theirs)?;
    let file = git.dir.join(path);
    let write = |text: &str| {
        if let Some(parent) = file.parent() {
            let _ignored: std::io::Result<()> = std::fs::create_dir_all(parent);
        }
        crate::library::write_atomically(&file, text.as_bytes())
            .map_err(|e| GitError::Failed("write".into(), e.to_string()))
    };
    let mine_text = show("HEAD")?;
    if !both || mine_text == their_text {
        return match their_text {
            Some(text) => write(&text),
            // Deleted by them and not changed here: deleted.
            None => git.run(&["rm", "--quiet", "--", path]).map(|_| ()),
        };
    }
    let base_text = match base {
        Some(b) => show(b)?,
        None => None,
    };
    let (Some(mine), Some(their)) = (mine_text, their_text) else {
        // Deleted on one side, changed on the other: the changed week is kept (nothing lost).
        return Ok(());
    };
    let merged = if path.starts_with("bulletins/") {
        merge_typed(path, base_text.as_deref(), &mine, &their, merge_bulletins, decisions)
    } else if path == "library.ron" {
        merge_typed(path, base_text.as_deref(), &mine, &their, merge_settings, decisions)
    } else {
        None
    };
    match merged {
        Some(text) => write(&text),
        None => {
            // A file read as neither: mine kept, theirs put to the person.
            decisions.push(Decision {
                file: path.to_owned(),
                field: "whole file".to_owned(),
                mine,
                theirs: their,
                paragraph: None,
            });
            Ok(())
        }
    }
}

fn merge_typed<T: serde::de::DeserializeOwned + serde::Serialize>(
    path: &str,
    base: Option<&str>,
    mine: &str,
    theirs: &str,
    merge: fn(&str, Option<&T>, &T, &T) -> super::merge::Merged<T>,
    decisions: &mut Vec<Decision>,
) -> Option<String> {
    let (mine, theirs) = (parse::<T>(mine, path)?, parse::<T>(theirs, path)?);
    let base = base.and_then(|b| parse::<T>(b, path));
    let merged = merge(path, base.as_ref(), &mine, &theirs);
    decisions.extend(merged.decisions);
    crate::library::to_ron(&merged.value, Path::new(path)).ok()
}
