//! `list`, `check`, `new-week` and `search`.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::{Failure, load_library, print};
use crate::library::Library;
use crate::model::Bulletin;

#[derive(Serialize)]
struct BulletinList {
    bulletins: Vec<serde_json::Value>,
}

/// A bulletin as `list --json` gives it: every field, `state` and each paragraph's `id`, `follows`
/// and `personal` even where the file leaves them out.
fn bulletin_json(bulletin: &Bulletin) -> Result<serde_json::Value, serde_json::Error> {
    let mut value = serde_json::to_value(bulletin)?;
    if let Some(object) = value.as_object_mut() {
        object.insert("state".into(), serde_json::to_value(bulletin.state)?);
        object.entry("sent_on").or_insert(serde_json::Value::Null);
    }
    for section in value.get_mut("sections").and_then(|s| s.as_array_mut()).into_iter().flatten() {
        for item in section.get_mut("items").and_then(|i| i.as_array_mut()).into_iter().flatten() {
            if let Some(item) = item.as_object_mut() {
                item.entry("id").or_insert(serde_json::Value::Null);
                item.entry("follows").or_insert(serde_json::Value::Null);
                item.entry("personal").or_insert(serde_json::Value::Bool(false));
            }
        }
    }
    Ok(value)
}

pub(super) fn list(dir: &Path, json: bool) -> Result<ExitCode, Failure> {
    let library = load_library(dir)?;
    if json {
        let bulletins = library.entries.iter().map(|e| bulletin_json(&e.bulletin)).collect::<Result<_, _>>()?;
        let list = BulletinList { bulletins };
        print(&(serde_json::to_string_pretty(&list)? + "\n"));
    } else {
        let mut out = String::new();
        for e in library.entries.iter() {
            let b = &e.bulletin;
            let date = b.date.map_or_else(|| "undated   ".to_owned(), |d| d.to_string());
            // The state goes last, so scripts reading date and title where they were still find them.
            out.push_str(&format!(
                "{date}  {}  ({} sections, {} items, {})\n",
                if b.title.is_empty() { "(no headline)" } else { &b.title },
                b.sections.len(),
                b.item_count(),
                b.state.key()
            ));
        }
        print(&out);
    }
    Ok(if library.problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

pub(super) fn check(dir: &Path) -> Result<ExitCode, Failure> {
    let library = Library::load(dir)?;
    let mut problems: Vec<String> = library.problems.iter().map(ToString::to_string).collect();
    // Two files for one week: both load, but a reader sees only one of them in its place.
    let mut seen = std::collections::HashMap::new();
    for e in library.entries.iter() {
        if let Some(date) = e.bulletin.date
            && let Some(other) = seen.insert(date, &e.stem)
        {
            problems
                .push(format!("{}:1:1: the week {date} is also in {other}.ron", library.path_of(&e.stem).display()));
        }
    }
    // Links: a `follows` that names no paragraph, an id given twice.
    let threads = crate::threads::Threads::new(&library.entries);
    let place = |at: crate::threads::At| {
        let e = &library.entries[at.entry];
        let region = e.bulletin.sections.get(at.section).map_or("", |s| s.region.as_str());
        (library.path_of(&e.stem), region.to_owned(), at.item + 1)
    };
    for d in threads.dangling() {
        let (path, region, n) = place(d.at);
        problems.push(format!(
            "{}:1:1: {region}, paragraph {n} follows {:?}, which no paragraph of the library has",
            path.display(),
            d.follows
        ));
    }
    for (at, id) in threads.repeated_ids() {
        let (path, region, n) = place(*at);
        problems.push(format!(
            "{}:1:1: {region}, paragraph {n} has the id {id:?}, which another paragraph already has",
            path.display()
        ));
    }
    for p in &problems {
        eprintln!("{p}");
    }
    if problems.is_empty() {
        print(&format!("{}: {} bulletins, no problems\n", dir.display(), library.entries.len()));
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("{} problem(s) in {}", problems.len(), dir.display());
        Ok(ExitCode::from(1))
    }
}

pub(super) fn new_week(dir: &Path, date: Option<chrono::NaiveDate>) -> Result<ExitCode, Failure> {
    let mut library = load_library(dir)?;
    let bulletin = library.new_week(date)?;
    if let Some(date) = bulletin.date
        && let Some(existing) = library.entry_for_date(date)
    {
        return Err(Failure(format!(
            "{}: the week of {date} already exists",
            library.path_of(&existing.stem).display()
        )));
    }
    let stem = library.save_bulletin(None, &bulletin)?;
    print(&format!("{}\n", library.path_of(&stem).display()));
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct JsonHit<'a> {
    date: Option<chrono::NaiveDate>,
    file: String,
    region: &'a str,
    snippet: String,
}

/// Prints the matches of `query` (the words), with the filters of `filters`.
pub(super) fn search(dir: &Path, query: &str, filters: crate::search::Query, json: bool) -> Result<ExitCode, Failure> {
    let library = load_library(dir)?;
    if let Some(r) = &filters.region
        && library.settings.region(r).is_none()
        && !library.entries.iter().any(|e| e.bulletin.section(r).is_some())
    {
        return Err(Failure(format!("{r:?} is not a region of {}", dir.display())));
    }
    let hits: Vec<crate::search::Found> =
        crate::search::search(&library.entries, &crate::search::Query { text: query.to_owned(), ..filters })
            .iter()
            .filter_map(|hit| hit.resolve(&library.entries))
            .collect();
    if json {
        let hits: Vec<JsonHit<'_>> = hits
            .iter()
            .map(|h| JsonHit {
                date: h.date,
                file: format!("{}.ron", h.stem),
                region: &h.region,
                snippet: h.snippet(60).0,
            })
            .collect();
        print(&(serde_json::to_string_pretty(&serde_json::json!({ "hits": hits }))? + "\n"));
    } else {
        let mut out = String::new();
        for h in &hits {
            out.push_str(&format!("{}  {}: {}\n", h.date_text, h.region, h.snippet(60).0));
        }
        out.push_str(&format!("{} match(es)\n", hits.len()));
        print(&out);
    }
    Ok(ExitCode::SUCCESS)
}
