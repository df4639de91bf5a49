//! `import`: plain text, e-mails, web pages, Word documents or RON bulletins into a library, each
//! file on its own: the files that import are saved, the ones that fail are named with the reason.

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use super::{Failure, print};
use crate::import::{FileTeaching, ImportReport, Rules, import_file_taught};
use crate::library::{Library, LibrarySettings};
use crate::model::Bulletin;

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Plain-text, `.eml`, `.html`, `.docx` or RON files; `-` reads standard input.
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
    /// Add headings the library does not know to its regions (otherwise `library.ron` is left alone
    /// and the bulletins keep those sections under the names the text gives them).
    #[arg(long)]
    add_regions: bool,
    /// Read every file with this taught source's rules (see `sources/` in the library).
    #[arg(long, value_name = "NAME", conflicts_with = "no_sources")]
    source: Option<String>,
    /// Read with the general reader only, applying no taught source.
    #[arg(long)]
    no_sources: bool,
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
    /// Why the file gave no bulletin; nothing of it is written.
    error: Option<String>,
    /// The files written from it.
    written: Vec<String>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    file: &'a str,
    bulletins: usize,
    error: Option<&'a str>,
    written: &'a [String],
    source: Option<&'a str>,
}

/// Reads one input (at most [`crate::import::MAX_INPUT_BYTES`]) and imports it as the app does,
/// through [`import_file`]: RON bulletins through the library's own parser (a file from a newer
/// version is refused rather than imported with fields dropped), e-mails, pages, documents, text.
fn read_input(name: &str, settings: &LibrarySettings, teaching: &FileTeaching) -> Result<ImportReport, Failure> {
    let bytes = if name == "-" {
        crate::import::read_stdin_bounded()?
    } else {
        crate::import::read_file_bounded(std::path::Path::new(name))?
    };
    let shown = if name == "-" { "<stdin>" } else { name };
    import_file_taught(shown, &bytes, settings, teaching).map_err(|e| Failure(e.to_string()))
}

pub(super) fn run(args: ImportArgs) -> Result<ExitCode, Failure> {
    if !args.dry_run && args.library.is_none() {
        eprintln!("prayer-bulletin: {}", crate::tr!("cli-import-which-library"));
        return Ok(ExitCode::from(2));
    }
    let library = match &args.library {
        // A folder that holds something else is not made a library: its files are not ours.
        Some(dir) if dir.exists() && !Library::is_library(dir) && !is_empty_folder(dir) => {
            return Err(crate::library::LibraryError::NotALibrary { path: dir.clone() }.into());
        }
        Some(dir) if dir.exists() => Library::load(dir)?,
        Some(dir) => Library::new_in(dir),
        None => Library::new_in(""),
    };
    if let Some(problem) = library.problems.iter().find(|p| p.path.ends_with(crate::library::SETTINGS_FILE)) {
        return Err(Failure(format!("{problem}")));
    }
    let sources = if args.no_sources { Vec::new() } else { taught_sources(&library) };
    if let Some(name) = &args.source
        && !sources.iter().any(|r| r.name.eq_ignore_ascii_case(name))
    {
        let known: Vec<&str> = sources.iter().map(|r| r.name.as_str()).collect();
        let known = if known.is_empty() { crate::tr!("cli-none") } else { known.join(", ") };
        eprintln!("prayer-bulletin: {}", crate::tr!("cli-no-such-source", name = name.as_str(), known = known));
        return Ok(ExitCode::from(2));
    }
    let teaching = FileTeaching { sources: &sources, force: args.source.as_deref(), corrections: &[] };
    // Each file on its own: one that cannot be read or holds no bulletin is named with the reason,
    // and the others are still imported.
    let mut reports: Vec<FileReport> = args
        .files
        .iter()
        .map(|name| {
            let shown = if name == "-" { "<stdin>".to_owned() } else { name.clone() };
            match read_input(name, &library.settings, &teaching) {
                Ok(report) => FileReport { name: shown, report, error: None, written: Vec::new() },
                Err(Failure(reason)) => FileReport {
                    name: shown,
                    report: ImportReport::default(),
                    error: Some(reason),
                    written: Vec::new(),
                },
            }
        })
        .collect();
    if !args.json {
        for r in &reports {
            for w in &r.report.warnings {
                eprintln!("{}:{}: {}", r.name, w.line, w.message);
            }
        }
    }
    for r in &reports {
        if let Some(error) = &r.error {
            eprintln!("prayer-bulletin: {}", crate::tr!("cli-not-imported", error = error.as_str()));
        }
    }
    let failed = reports.iter().filter(|r| r.error.is_some()).count();
    let code = if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    if args.dry_run {
        if args.json {
            print_json(&reports)?;
        } else {
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
        return Ok(code);
    }

    if reports.iter().all(|r| r.report.bulletins.is_empty()) {
        // Nothing to write: no library is created or changed.
        if args.json {
            print_json(&reports)?;
        }
        eprintln!("prayer-bulletin: {}", crate::tr!("cli-wrote-nothing"));
        return Ok(code);
    }

    // Another import, the app or a coordinator on a synced folder may be writing to this library
    // now: the library is read again under its lock, and changed only while the lock is held.
    let dir = library.dir.clone();
    let lock = crate::library::LibraryLock::acquire_within(&dir, super::lock_patience(), || {
        eprintln!("prayer-bulletin: {}", crate::tr!("cli-waiting"));
    })?;
    let mut library = if dir.join(crate::library::SETTINGS_FILE).exists() { Library::load(&dir)? } else { library };
    if let Some(problem) = library.problems.iter().find(|p| p.path.ends_with(crate::library::SETTINGS_FILE)) {
        return Err(Failure(format!("{problem}")));
    }
    // Headings the library does not know join its regions only when asked; otherwise library.ron is
    // left as it is (a new library gets the default settings).
    let mut new_regions: Vec<String> = Vec::new();
    for region in reports.iter().flat_map(|r| &r.report.new_regions) {
        if library.settings.region(region).is_none() && !new_regions.contains(region) {
            new_regions.push(region.clone());
        }
    }
    let to_add: &[String] = if args.add_regions { &new_regions } else { &[] };
    library.update_settings_locked(&lock, |settings| settings.add_regions(to_add))?;
    if !new_regions.is_empty() {
        if args.add_regions {
            eprintln!("prayer-bulletin: {}", crate::tr!("cli-regions-added", regions = new_regions.join(", ")));
        } else {
            eprintln!("prayer-bulletin: {}", crate::tr!("cli-regions-not-added", regions = new_regions.join(", ")));
        }
    }
    let mut written = String::new();
    let mut total = 0;
    for r in &mut reports {
        for bulletin in &r.report.bulletins {
            // One at a time, as the app does it (through the same core function): a week written by
            // an earlier bulletin of this import counts as existing for the next.
            let choice = library.default_choice(bulletin, args.replace);
            let one = crate::import::ImportReport { bulletins: vec![bulletin.clone()], ..Default::default() };
            let plan = crate::workspace::ImportPlan {
                report: &one,
                choices: &[choice],
                review: &crate::import::Review::default(),
                links: &[],
                // As the files say, as scripts have always had it.
                drafts_from: None,
            };
            let applied = crate::workspace::import(&mut library, &lock, &plan).applied;
            let stem = match applied.outcomes.into_iter().next() {
                Some(crate::library::Outcome::Written(stem)) => stem,
                Some(crate::library::Outcome::Skipped { existing: Some(stem) }) => {
                    eprintln!(
                        "{}",
                        crate::tr!("cli-kept-existing", path = library.path_of(&stem).display().to_string())
                    );
                    continue;
                }
                Some(crate::library::Outcome::Skipped { existing: None }) | None => continue,
                // A bulletin that cannot be written fails its file; the other files are still written.
                Some(crate::library::Outcome::Failed(e)) => {
                    eprintln!(
                        "prayer-bulletin: {}",
                        crate::tr!("cli-not-written", file = r.name.as_str(), error = e.clone())
                    );
                    r.error.get_or_insert_with(|| format!("{}: could not write a bulletin: {e}", r.name));
                    continue;
                }
            };
            let path = library.path_of(&stem).display().to_string();
            written.push_str(&path);
            written.push('\n');
            r.written.push(path);
            total += 1;
        }
    }
    if args.json {
        print_json(&reports)?;
    } else {
        print(&written);
    }
    let failed = reports.iter().filter(|r| r.error.is_some()).count();
    let code = if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    let from = reports.iter().filter(|r| !r.written.is_empty()).count();
    let count = |n: usize| u64::try_from(n).unwrap_or(0);
    let mut said = crate::tr!("cli-wrote-from", count = count(total), files = count(from));
    if failed > 0 {
        let names: Vec<&str> = reports.iter().filter(|r| r.error.is_some()).map(|r| r.name.as_str()).collect();
        said.push_str(&crate::tr!("cli-files-not-imported", count = count(failed), names = names.join(", ")));
    }
    eprintln!("prayer-bulletin: {said}");
    Ok(code)
}

/// The library's taught sources, ready to apply; a file that does not load, or a pattern that does
/// not compile, is said and that source is not applied (the general reader reads its sheets).
fn taught_sources(library: &Library) -> Vec<Rules> {
    if library.dir.as_os_str().is_empty() {
        return Vec::new();
    }
    let (sources, problems) = crate::library::sources::read_sources(&library.dir);
    for problem in problems {
        eprintln!("prayer-bulletin: {}", crate::tr!("cli-source-not-applied", problem = problem.to_string()));
    }
    sources
        .iter()
        .filter_map(|(_, source)| {
            Rules::compile(source)
                .map_err(|e| {
                    eprintln!("prayer-bulletin: {}", crate::tr!("cli-source-not-applied", problem = e.clone()));
                })
                .ok()
        })
        .collect()
}

/// Whether `dir` is a folder with nothing in it (hidden files of a sync tool aside).
fn is_empty_folder(dir: &std::path::Path) -> bool {
    std::fs::read_dir(dir)
        .is_ok_and(|mut listing| listing.all(|e| e.is_ok_and(|e| e.file_name().to_string_lossy().starts_with('.'))))
}

/// `{"bulletins": [...], "warnings": [...], "files": [{"file", "bulletins", "error", "written"}]}`.
fn print_json(reports: &[FileReport]) -> Result<(), Failure> {
    let bulletins: Vec<&Bulletin> = reports.iter().flat_map(|r| &r.report.bulletins).collect();
    let warnings: Vec<JsonWarning<'_>> = reports
        .iter()
        .flat_map(|r| {
            r.report.warnings.iter().map(|w| JsonWarning { file: &r.name, line: w.line, message: &w.message })
        })
        .collect();
    let files: Vec<JsonFile<'_>> = reports
        .iter()
        .map(|r| JsonFile {
            file: &r.name,
            bulletins: r.report.bulletins.len(),
            error: r.error.as_deref(),
            written: &r.written,
            source: r.report.source.as_deref(),
        })
        .collect();
    let json = serde_json::json!({ "bulletins": bulletins, "warnings": warnings, "files": files });
    print(&(serde_json::to_string_pretty(&json)? + "\n"));
    Ok(())
}
