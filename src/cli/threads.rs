//! `threads` and `state`: a request's story across weeks, and where a bulletin is in review.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::{Failure, load_library, print};
use crate::model::ReviewState;
use crate::threads::{Status, Threads};

#[derive(Serialize)]
struct JsonThread<'a> {
    region: &'a str,
    status: &'static str,
    first: Option<chrono::NaiveDate>,
    last: Option<chrono::NaiveDate>,
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    date: Option<chrono::NaiveDate>,
    id: Option<&'a str>,
    kind: crate::model::ItemKind,
    text: &'a str,
}

pub(super) fn threads(dir: &Path, status: Option<Status>, json: bool) -> Result<ExitCode, Failure> {
    let library = load_library(dir)?;
    let threads = Threads::new(&library.entries);
    let chosen: Vec<_> = threads.all().iter().filter(|t| status.is_none_or(|s| t.status == s)).collect();
    if json {
        let list: Vec<JsonThread<'_>> = chosen
            .iter()
            .map(|t| JsonThread {
                region: &t.region,
                status: t.status.key(),
                first: t.first,
                last: t.last,
                items: t
                    .items
                    .iter()
                    .filter_map(|at| at.get(&library.entries))
                    .map(|(b, i)| JsonItem { date: b.date, id: i.id.as_deref(), kind: i.kind, text: &i.text })
                    .collect(),
            })
            .collect();
        print(&(serde_json::to_string_pretty(&serde_json::json!({ "threads": list }))? + "\n"));
    } else {
        let mut out = String::new();
        let day = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "undated".to_owned(), |d| d.to_string());
        for t in &chosen {
            out.push_str(&format!(
                "{}  {}  {} → {}  ({} paragraphs)\n",
                t.status.label(),
                t.region,
                day(t.first),
                day(t.last),
                t.items.len()
            ));
            for (b, item) in t.items.iter().filter_map(|at| at.get(&library.entries)) {
                out.push_str(&format!("  {}  {}: {}\n", day(b.date), item.kind.label(), snippet(&item.text, 70)));
            }
        }
        out.push_str(&crate::tr!("cli-threads", count = u64::try_from(chosen.len()).unwrap_or(0)));
        out.push('\n');
        print(&out);
    }
    Ok(if library.problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// The first `chars` characters of a text, with an ellipsis when cut.
fn snippet(text: &str, chars: usize) -> String {
    let mut out: String = text.chars().take(chars).collect();
    if text.chars().count() > chars {
        out.push('…');
    }
    out
}

pub(super) fn set_state(dir: &Path, date: chrono::NaiveDate, state: ReviewState) -> Result<ExitCode, Failure> {
    // Under the lock, read as it is now: an import replacing this week meanwhile is not reverted.
    let (_lock, mut library) = super::load_library_to_write(dir)?;
    let stem = crate::workspace::week_of(&library, date).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    let written = crate::workspace::set_state(&mut library, &stem, state, chrono::Local::now().date_naive())?;
    print(&format!("{}: {}\n", written.path.display(), state.key()));
    Ok(ExitCode::SUCCESS)
}
