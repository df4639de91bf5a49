//! `import`: plain text or RON bulletins into a library.

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::{Failure, print};
use crate::import::{ImportReport, import_bytes};
use crate::library::{Library, LibrarySettings};
use crate::model::Bulletin;

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Plain-text or RON files; `-` reads standard input.
    #[arg(required = true)]
    files: Vec<String>,
    /// The library to add to (created if it does not exist).
    #[arg(long)]
    library: Option<PathBuf>,
    /// Only show what would be imported.
    #[arg(long)]
    dry_run: bool,
    /// Print `{"bulletins": [...], "warnings": [...]}`.
    #[arg(long)]
    json: bool,
    /// Replace a bulletin of the same week instead of keeping the existing one.
    #[arg(long)]
    replace: bool,
}

#[derive(Serialize)]
struct JsonWarning<'a> {
    file: &'a str,
    line: usize,
    message: &'a str,
}

struct FileReport {
    name: String,
    report: ImportReport,
}

/// Reads one input (at most [`crate::import::MAX_INPUT_BYTES`]): RON when it is a `.ron` file or
/// starts like one, plain text otherwise. A RON bulletin goes through the library's own parser, so
/// a file from a newer version (higher `format`, or fields this version does not know) is refused
/// rather than imported with those fields dropped.
fn read_input(name: &str, settings: &LibrarySettings) -> Result<ImportReport, Failure> {
    let bytes = if name == "-" {
        crate::import::read_stdin_bounded()?
    } else {
        crate::import::read_file_bounded(std::path::Path::new(name))?
    };
    let looks_ron = name.ends_with(".ron") || {
        let start = String::from_utf8_lossy(&bytes[..bytes.len().min(64)]).trim_start().to_owned();
        start.starts_with('(') || start.starts_with("Bulletin(")
    };
    if looks_ron {
        let text = String::from_utf8(bytes).map_err(|_| Failure(format!("{name}: a RON file must be UTF-8 text")))?;
        let parsed =
            crate::library::parse_bulletin(&text, std::path::Path::new(name)).map_err(|p| Failure(p.to_string()))?;
        if !parsed.unknown_fields.is_empty() {
            return Err(Failure(format!(
                "{name}: not imported, because it has fields this version does not know ({}) and importing would \
                 drop them; update Prayer Bulletin",
                parsed.unknown_fields.join(", ")
            )));
        }
        return Ok(ImportReport { bulletins: vec![parsed.bulletin], first_lines: vec![1], ..ImportReport::default() });
    }
    Ok(import_bytes(&bytes, settings))
}

pub(super) fn run(args: ImportArgs) -> Result<ExitCode, Failure> {
    if !args.dry_run && args.library.is_none() {
        eprintln!("prayer-bulletin: say which library to add to with --library DIR, or use --dry-run to only look");
        return Ok(ExitCode::from(2));
    }
    let library = match &args.library {
        Some(dir) if dir.exists() => Library::load(dir)?,
        Some(dir) => Library::new_in(dir),
        None => Library::new_in(""),
    };
    if let Some(problem) = library.problems.iter().find(|p| p.path.ends_with(crate::library::SETTINGS_FILE)) {
        return Err(Failure(format!("{problem}")));
    }
    let mut reports = Vec::new();
    for name in &args.files {
        let report = read_input(name, &library.settings)?;
        reports.push(FileReport { name: if name == "-" { "<stdin>".into() } else { name.clone() }, report });
    }

    if args.json {
        let bulletins: Vec<&Bulletin> = reports.iter().flat_map(|r| &r.report.bulletins).collect();
        let warnings: Vec<JsonWarning<'_>> = reports
            .iter()
            .flat_map(|r| {
                r.report.warnings.iter().map(|w| JsonWarning { file: &r.name, line: w.line, message: &w.message })
            })
            .collect();
        print(
            &(serde_json::to_string_pretty(&serde_json::json!({ "bulletins": bulletins, "warnings": warnings }))?
                + "\n"),
        );
    } else {
        for r in &reports {
            for w in &r.report.warnings {
                eprintln!("{}:{}: {}", r.name, w.line, w.message);
            }
        }
    }
    let empty: Vec<&str> = reports.iter().filter(|r| r.report.bulletins.is_empty()).map(|r| r.name.as_str()).collect();
    if !empty.is_empty() {
        return Err(Failure(format!("no bulletin found in {}", empty.join(", "))));
    }
    if args.dry_run {
        if !args.json {
            let mut out = String::new();
            for b in reports.iter().flat_map(|r| &r.report.bulletins) {
                out.push_str(&format!(
                    "{}  {}  ({} sections, {} items)\n",
                    b.date.map_or_else(|| "undated   ".to_owned(), |d| d.to_string()),
                    b.title,
                    b.sections.len(),
                    b.item_count()
                ));
            }
            print(&out);
        }
        return Ok(ExitCode::SUCCESS);
    }

    // Another import, the app or a coordinator on a synced folder may be writing to this library
    // now: the library is read again under its lock, and changed only while the lock is held.
    let dir = library.dir.clone();
    let lock = crate::library::LibraryLock::acquire(&dir)?;
    let mut library = if dir.join(crate::library::SETTINGS_FILE).exists() { Library::load(&dir)? } else { library };
    if let Some(problem) = library.problems.iter().find(|p| p.path.ends_with(crate::library::SETTINGS_FILE)) {
        return Err(Failure(format!("{problem}")));
    }
    // New regions found in the text join the library's list, after the known ones.
    let new_regions: Vec<String> = reports.iter().flat_map(|r| r.report.new_regions.iter().cloned()).collect();
    library.update_settings_locked(&lock, |settings| settings.add_regions(&new_regions))?;
    let mut written = String::new();
    for bulletin in reports.iter().flat_map(|r| &r.report.bulletins) {
        let existing = bulletin.date.and_then(|d| library.entry_for_date(d)).map(|e| e.stem.clone());
        let stem = match existing {
            Some(stem) if !args.replace => {
                eprintln!(
                    "{}: kept the existing bulletin for this week (use --replace to replace it)",
                    library.path_of(&stem).display()
                );
                continue;
            }
            Some(stem) => library.save_bulletin(Some(&stem), bulletin)?,
            None => library.save_bulletin(None, bulletin)?,
        };
        written.push_str(&format!("{}\n", library.path_of(&stem).display()));
    }
    if !args.json {
        print(&written);
    }
    Ok(ExitCode::SUCCESS)
}
