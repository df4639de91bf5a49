//! `sync` and `history`: a library shared through git, from the command line (the same functions
//! the app calls).

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::{Failure, print};
use crate::sharing::{Decision, SyncError};

#[derive(Serialize)]
struct JsonSync<'a> {
    committed: Option<&'a str>,
    arrived: &'a [String],
    remote: bool,
    pushed: bool,
    decisions: &'a [Decision],
}

pub(super) fn sync(dir: &Path, json: bool) -> Result<ExitCode, Failure> {
    if !dir.is_dir() {
        return Err(Failure(crate::tr!("cli-no-such-library", path = dir.display().to_string())));
    }
    let synced = match crate::sharing::sync(dir) {
        Ok(synced) => synced,
        Err(e @ (SyncError::NotShared(_) | SyncError::NotALibrary(_))) => return Err(Failure(e.to_string())),
        Err(SyncError::Git(e)) => return Err(Failure(crate::tr!("cli-not-shared", error = e.to_string()))),
    };
    if json {
        let out = JsonSync {
            committed: synced.committed.as_deref(),
            arrived: &synced.arrived,
            remote: synced.remote,
            pushed: synced.pushed,
            decisions: &synced.decisions,
        };
        print(&(serde_json::to_string_pretty(&out)? + "\n"));
    } else {
        let mut out = String::new();
        if let Some(message) = &synced.committed {
            out.push_str(&format!("committed: {message}\n"));
        }
        for file in &synced.arrived {
            out.push_str(&format!("arrived: {file}\n"));
        }
        out.push_str(match (synced.remote, synced.pushed) {
            (false, _) => "no shared copy set up (git remote): committed here only\n",
            (true, true) => "shared\n",
            (true, false) => "not pushed: the shared copy kept changing; try again\n",
        });
        for d in &synced.decisions {
            out.push_str(&format!(
                "to decide: {}: {}: yours \u{201c}{}\u{201d}, theirs \u{201c}{}\u{201d} (yours is kept until you decide)\n",
                d.file,
                d.field,
                super::escape_controls(&d.mine, true),
                super::escape_controls(&d.theirs, true)
            ));
        }
        print(&out);
    }
    let done = synced.decisions.is_empty() && (synced.pushed || !synced.remote);
    Ok(if done { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

pub(super) fn history(dir: &Path, date: chrono::NaiveDate, json: bool) -> Result<ExitCode, Failure> {
    let library = super::load_library(dir)?;
    let Some(entry) = library.entry_for_date(date) else {
        return Err(Failure(crate::tr!(
            "cli-no-bulletin-for",
            path = dir.display().to_string(),
            date = date.to_string()
        )));
    };
    let file = format!("{}/{}.ron", crate::library::BULLETINS_DIR, entry.stem);
    let versions = crate::sharing::history::history(dir, &file).map_err(|e| Failure(e.to_string()))?;
    if json {
        print(&(serde_json::to_string_pretty(&serde_json::json!({ "versions": versions }))? + "\n"));
    } else {
        let mut out = String::new();
        for v in &versions {
            let short: String = v.commit.chars().take(8).collect();
            out.push_str(&format!("{short}  {}  {}  {}\n", v.when, v.author, super::escape_controls(&v.message, true)));
        }
        if versions.is_empty() {
            out.push_str("no shared history yet (the week was never committed)\n");
        }
        print(&out);
    }
    Ok(ExitCode::SUCCESS)
}
