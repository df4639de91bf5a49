//! `list`, `check`, `new-week` and `search`.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::{Failure, escape_controls, load_library, print};
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
                b.shown_title(),
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
    problems.extend(dates_against_names(&library));
    problems.extend(follows_cycles(&library));
    problems.extend(leftover_saves(&library));
    // Taught sources: a file that does not load, a pattern that does not compile (with its line).
    problems.extend(crate::library::sources::check_sources(dir).iter().map(ToString::to_string));
    for p in &problems {
        // One problem, one line: a file name with a line break or an escape sequence cannot split
        // it or act on the terminal.
        eprintln!("{}", escape_controls(p, true));
    }
    if problems.is_empty() {
        let count = u64::try_from(library.entries.len()).unwrap_or(0);
        print(&format!("{}\n", crate::tr!("cli-no-problems", path = dir.display().to_string(), count = count)));
        Ok(ExitCode::SUCCESS)
    } else {
        let shown = dir.display().to_string();
        let path = escape_controls(&shown, true).into_owned();
        let count = u64::try_from(problems.len()).unwrap_or(0);
        eprintln!("{}", crate::tr!("cli-problems", count = count, path = path));
        Ok(ExitCode::from(1))
    }
}

/// A bulletin whose file is named for one date and holds another: the app and `export --date` find
/// it by its date, a person and a script by its name.
fn dates_against_names(library: &Library) -> Vec<String> {
    library
        .entries
        .iter()
        .filter_map(|e| {
            let named = chrono::NaiveDate::parse_from_str(e.stem.get(..10)?, "%Y-%m-%d").ok()?;
            let date = e.bulletin.date;
            (date != Some(named)).then(|| {
                let holds = date.map_or_else(|| "no date".to_owned(), |d| d.to_string());
                format!(
                    "{}:1:1: the file is named for {named} but the bulletin's date is {holds}",
                    library.path_of(&e.stem).display()
                )
            })
        })
        .collect()
}

/// Paragraphs that follow each other round in a circle (A follows B, B follows A): no story can
/// start there. Each circle is said once, at its paragraph that comes first in the library.
fn follows_cycles(library: &Library) -> Vec<String> {
    use std::collections::{HashMap, HashSet};
    let mut next: HashMap<&str, &str> = HashMap::new();
    let mut place: HashMap<&str, (&str, &str)> = HashMap::new();
    for e in library.entries.iter() {
        for s in &e.bulletin.sections {
            for item in &s.items {
                if let Some(id) = item.id.as_deref() {
                    place.entry(id).or_insert((e.stem.as_str(), s.region.as_str()));
                    if let Some(f) = item.follows.as_deref() {
                        next.insert(id, f);
                    }
                }
            }
        }
    }
    let mut said: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    let mut starts: Vec<&str> = next.keys().copied().collect();
    starts.sort_unstable();
    for start in starts {
        if said.contains(start) {
            continue;
        }
        let mut seen: Vec<&str> = vec![start];
        let mut at = start;
        while let Some(&n) = next.get(at) {
            if let Some(pos) = seen.iter().position(|s| *s == n) {
                let circle = &seen[pos..];
                if circle.iter().all(|id| !said.contains(id)) {
                    let (stem, region) = place.get(n).copied().unwrap_or_default();
                    out.push(format!(
                        "{}:1:1: {region}: the paragraphs {} follow each other in a circle; unlink one of them",
                        library.path_of(stem).display(),
                        circle.iter().map(|id| format!("{id:?}")).collect::<Vec<_>>().join(", ")
                    ));
                }
                said.extend(circle.iter().copied());
                break;
            }
            if seen.len() > next.len() {
                break;
            }
            seen.push(n);
            at = n;
        }
        said.insert(start);
    }
    out
}

/// Files left beside the bulletins by a save that was stopped half-way (the program was killed):
/// the bulletin itself is whole (old or new), and the leftover can go.
fn leftover_saves(library: &Library) -> Vec<String> {
    let mut out = Vec::new();
    for folder in [library.dir.clone(), library.bulletins_dir()] {
        let Ok(listing) = std::fs::read_dir(&folder) else { continue };
        let mut names: Vec<_> = listing
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(".saving-") && n.ends_with(".tmp"))
            })
            .collect();
        names.sort();
        for path in names {
            out.push(format!(
                "{}:1:1: left behind by a save that was stopped half-way; the bulletins are whole, and this file can be deleted",
                path.display()
            ));
        }
    }
    out
}

pub(super) fn init(
    dir: &Path,
    name: String,
    template: Option<&str>,
    regions: Option<&str>,
    language: Option<String>,
    day: Option<String>,
) -> Result<ExitCode, Failure> {
    use crate::library::templates::{NewLibrary, template as find};
    let regions: Vec<String> = match (template, regions) {
        (_, Some(list)) => list.split(',').map(|r| r.trim().to_owned()).filter(|r| !r.is_empty()).collect(),
        (Some(key), None) => find(key).map(|t| t.regions.iter().map(|r| (*r).to_owned()).collect()).unwrap_or_default(),
        (None, None) => find("world").map(|t| t.regions.iter().map(|r| (*r).to_owned()).collect()).unwrap_or_default(),
    };
    if regions.is_empty() {
        return Err(Failure(
            "the families template has no sections of its own: give them with --regions \"The Kims, The Okafors\""
                .into(),
        ));
    }
    let library =
        crate::workspace::new_library(dir, &NewLibrary { name, regions, day, language, ..NewLibrary::default() })?;
    print(&format!("{}\n", library.dir.join(crate::library::SETTINGS_FILE).display()));
    Ok(ExitCode::SUCCESS)
}

pub(super) fn new_week(dir: &Path, date: Option<chrono::NaiveDate>) -> Result<ExitCode, Failure> {
    // Under the lock: two new-weeks at once must not both take the same week.
    let (_lock, mut library) = super::load_library_to_write(dir)?;
    let bulletin = crate::workspace::start_week(&library, date)?;
    let written = crate::workspace::save(&mut library, None, &bulletin)?;
    print(&format!("{}\n", written.path.display()));
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
        return Err(Failure(crate::tr!(
            "cli-not-a-region",
            region = format!("{r:?}"),
            path = dir.display().to_string()
        )));
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
        out.push_str(&crate::tr!("search-matches", count = u64::try_from(hits.len()).unwrap_or(0)));
        out.push('\n');
        print(&out);
    }
    Ok(ExitCode::SUCCESS)
}
