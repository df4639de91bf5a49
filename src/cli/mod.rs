//! The command line: parse with clap, call the core, print. Exit codes: 0 success, 1 the input or
//! library has problems (explained on stderr), 2 wrong usage.

mod export;
mod import;
mod list;
mod sharing;
mod threads;
mod values;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Prepare, read, search and print the weekly prayer bulletin, offline.
#[derive(Debug, Parser)]
#[command(name = "prayer-bulletin", version, about)]
pub struct Cli {
    /// What to do; with none, the app opens on the last library (or the sample library).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the app on the library in DIR.
    Open {
        /// The library folder, or a bulletin file (`.ron`): one of a library opens that library at
        /// its week; any other is read into the import preview. With none, the last library.
        dir: Option<PathBuf>,
    },
    /// One line per bulletin, newest first.
    List {
        /// The library folder.
        dir: PathBuf,
        /// Print `{"bulletins": [...]}` instead.
        #[arg(long)]
        json: bool,
    },
    /// Check every file of a library; print each problem as path:line:col: message.
    Check {
        /// The library folder.
        dir: PathBuf,
    },
    /// Read plain-text or RON bulletins and add them to a library.
    Import(import::ImportArgs),
    /// Write a handout.
    Export(export::ExportArgs),
    /// Create next week's bulletin from the library's template and print its path.
    NewWeek {
        /// The library folder.
        dir: PathBuf,
        /// The week's date (YYYY-MM-DD); one week after the newest bulletin when left out.
        #[arg(long, value_parser = parse_date)]
        date: Option<chrono::NaiveDate>,
    },
    /// Threads of linked paragraphs (a request and its updates), latest activity first.
    Threads {
        /// The library folder.
        dir: PathBuf,
        /// Only open or only answered threads.
        #[arg(long, value_enum)]
        status: Option<crate::threads::Status>,
        /// Print `{"threads": [...]}` instead.
        #[arg(long)]
        json: bool,
    },
    /// Set a bulletin's review state: draft, ready or sent.
    State {
        /// The library folder.
        dir: PathBuf,
        /// The bulletin's date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        date: chrono::NaiveDate,
        /// draft, ready or sent.
        #[arg(value_enum)]
        state: crate::model::ReviewState,
    },
    /// Make a new, empty library from an outline: its name, its sections, its weekday.
    Init {
        /// The folder (made if absent; refused if it holds a library).
        dir: PathBuf,
        /// The library's name.
        #[arg(long)]
        name: String,
        /// An outline: world, church-city-nation-world, days, families, ministries.
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(
            crate::library::templates::TEMPLATES.map(|t| t.key)), conflicts_with = "regions")]
        template: Option<String>,
        /// The sections, in order, separated by commas (instead of a template).
        #[arg(long)]
        regions: Option<String>,
        /// The language the library is written in (e.g. en, es, ko).
        #[arg(long)]
        language: Option<String>,
        /// The weekday bulletins are for (e.g. sunday).
        #[arg(long, value_parser = parse_weekday)]
        day: Option<String>,
    },
    /// Share the library through git: commit what changed, fetch and merge others' changes, push.
    /// Exits 1 when a decision is needed (naming the weeks and fields) or git could not finish.
    Sync {
        /// The library folder (a git repository).
        dir: PathBuf,
        /// Print `{"committed": ..., "arrived": [...], "pushed": ..., "decisions": [...]}` instead.
        #[arg(long)]
        json: bool,
    },
    /// Publish the library's public bulletins as a static website with a feed: an index by month,
    /// a page per week and per region, answered prayer, an offline search and `feed.xml` (Atom).
    /// Drafts, sensitive paragraphs and personal ones past the library's weeks are left out.
    Site {
        /// The library folder.
        dir: PathBuf,
        /// The folder to write the site to (made if absent; a site published there before is
        /// replaced; a folder holding other files is refused).
        #[arg(short, long)]
        output: PathBuf,
        /// Make it as of this day (YYYY-MM-DD) instead of today: personal paragraphs age by it.
        #[arg(long, value_parser = parse_date)]
        as_of: Option<chrono::NaiveDate>,
        /// The address the site will have (https://…/), for the feed's links; without it they are
        /// relative to the feed.
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Who changed a week, when, and what they said, newest first.
    History {
        /// The library folder (a git repository).
        dir: PathBuf,
        /// The bulletin's date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        date: chrono::NaiveDate,
        /// Print `{"versions": [...]}` instead.
        #[arg(long)]
        json: bool,
    },
    /// Find words across all weeks.
    Search {
        /// The library folder.
        dir: PathBuf,
        /// The words to find (case and accents do not matter).
        query: String,
        /// Only this region.
        #[arg(long)]
        region: Option<String>,
        /// Only requests still open, or only paragraphs of answered stories.
        #[arg(long, value_enum)]
        status: Option<crate::threads::Status>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// A day of the week on the command line (`sunday`, `Sun`).
fn parse_weekday(text: &str) -> Result<String, String> {
    text.trim()
        .parse::<chrono::Weekday>()
        .map(|_| text.trim().to_lowercase())
        .map_err(|_| format!("{text:?} is not a day of the week (monday … sunday)"))
}

/// A date on the command line, in any of the ways a bulletin writes one.
pub fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    use chrono::Datelike as _;
    let date = crate::import::parse_date_line(text)
        .ok_or_else(|| format!("{text:?} is not a date (write it as 2021-06-26)"))?;
    if !(1..=9999).contains(&date.year()) {
        return Err(format!("{text:?} is outside the years 1 to 9999 that a bulletin can have"));
    }
    Ok(date)
}

/// An error a command explains to the user; exits 1.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Self(e.to_string())
    }
}

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ignored_if_stdout_closed = e.print();
            return ExitCode::from(code);
        }
    };
    if cli.command.is_some() {
        // What a command says to a person is in the system's language (its --json and exit codes
        // are the same in every language, for scripts); the window chooses its own from the settings.
        crate::i18n::use_language(None);
    }
    let result = match cli.command {
        None | Some(Command::Open { dir: None }) => crate::app::run(None).map_err(Failure),
        Some(Command::Open { dir: Some(path) }) => open(&path),
        Some(Command::List { dir, json }) => list::list(&dir, json),
        Some(Command::Check { dir }) => list::check(&dir),
        Some(Command::Import(args)) => import::run(args),
        Some(Command::Export(args)) => export::run(args),
        Some(Command::NewWeek { dir, date }) => list::new_week(&dir, date),
        Some(Command::Search { dir, query, region, status, json }) => {
            list::search(&dir, &query, crate::search::Query { region, status, ..Default::default() }, json)
        }
        Some(Command::Threads { dir, status, json }) => threads::threads(&dir, status, json),
        Some(Command::State { dir, date, state }) => threads::set_state(&dir, date, state),
        Some(Command::Sync { dir, json }) => sharing::sync(&dir, json),
        Some(Command::Init { dir, name, template, regions, language, day }) => {
            list::init(&dir, name, template.as_deref(), regions.as_deref(), language, day)
        }
        Some(Command::History { dir, date, json }) => sharing::history(&dir, date, json),
        Some(Command::Site { dir, output, as_of, base_url }) => site(&dir, &output, as_of, base_url),
    };
    match result {
        Ok(code) => code,
        Err(Failure(message)) => {
            eprintln!("prayer-bulletin: {message}");
            ExitCode::from(1)
        }
    }
}

/// `open PATH`: a library folder, or a bulletin file (what the desktop's file manager hands over).
fn open(path: &std::path::Path) -> Result<ExitCode, Failure> {
    // `open 2026-10-10.ron` from inside `bulletins/`: named whole, so its folders can be seen.
    let whole = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let path = whole.as_path();
    if path.is_dir() {
        return crate::app::run(Some(path.to_owned())).map_err(Failure);
    }
    if !path.is_file() {
        return Err(Failure(crate::tr!("cli-no-such-library", path = path.display().to_string())));
    }
    // A week of a library: the library, at that week.
    let folder = path.parent().filter(|p| p.file_name().is_some_and(|n| n == crate::library::BULLETINS_DIR));
    if let Some(library) = folder.and_then(std::path::Path::parent).filter(|l| crate::library::Library::is_library(l)) {
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        return crate::app::run_with(Some(library.to_owned()), vec![crate::app::Command::Select(stem)])
            .map_err(Failure);
    }
    // Any other file: read into the import preview of the last library.
    crate::app::run_with(None, vec![crate::app::Command::ImportFile(path.to_owned())]).map_err(Failure)
}

/// `site`: the public website, its folder printed on stdout when written.
fn site(
    dir: &std::path::Path,
    output: &std::path::Path,
    as_of: Option<chrono::NaiveDate>,
    base_url: Option<String>,
) -> Result<ExitCode, Failure> {
    if !dir.is_dir() {
        return Err(Failure(crate::tr!("cli-no-such-library", path = dir.display().to_string())));
    }
    let library = load_library(dir)?;
    let options = crate::export::site::SiteOptions { as_of, base_url };
    let published = crate::export::site::publish(&library, output, &options).map_err(|e| Failure(e.to_string()))?;
    eprintln!(
        "prayer-bulletin: {}",
        crate::tr!(
            "cli-site-published",
            count = u64::try_from(published.weeks).unwrap_or(0),
            path = published.dir.display().to_string()
        )
    );
    print(&format!("{}\n", published.dir.display()));
    Ok(ExitCode::SUCCESS)
}

/// For a command that writes: takes the library's lock (saying so when another program holds it, and
/// giving up after [`crate::library::LOCK_PATIENCE`]), then reads the library as it is now, so that
/// what the command changes is what is on disk, not what another writer has just replaced. A folder
/// that holds no library is refused: nothing is written into it.
fn load_library_to_write(
    dir: &std::path::Path,
) -> Result<(crate::library::LibraryLock, crate::library::Library), Failure> {
    if !dir.is_dir() {
        return Err(crate::library::LibraryError::NotFound { path: dir.to_owned() }.into());
    }
    if !crate::library::Library::is_library(dir) {
        return Err(crate::library::LibraryError::NotALibrary { path: dir.to_owned() }.into());
    }
    let lock = crate::library::LibraryLock::acquire_within(dir, lock_patience(), || {
        eprintln!("prayer-bulletin: {}", crate::tr!("cli-waiting"));
    })?;
    Ok((lock, load_library(dir)?))
}

/// How long a command waits for another program holding the library: `PRAYER_BULLETIN_LOCK_WAIT`
/// seconds when set (a script that would rather fail fast), else [`crate::library::LOCK_PATIENCE`].
pub fn lock_patience() -> std::time::Duration {
    std::env::var("PRAYER_BULLETIN_LOCK_WAIT")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0 && *s <= 86_400.0)
        .map_or(crate::library::LOCK_PATIENCE, std::time::Duration::from_secs_f64)
}

/// Loads a library, printing the files that did not load as warnings on stderr.
fn load_library(dir: &std::path::Path) -> Result<crate::library::Library, Failure> {
    let library = crate::library::Library::load(dir)?;
    for problem in &library.problems {
        eprintln!("{}", crate::tr!("cli-warning", problem = problem.to_string()));
    }
    Ok(library)
}

/// Prints to stdout, ignoring a closed pipe (`| head`) rather than panicking. On a terminal, control
/// characters that came from a bulletin (an escape sequence, a bell, a carriage return) are shown
/// as `\u{1b}` and the like instead of acting on the terminal; a pipe or a file gets the text as it is.
fn print(text: &str) {
    use std::io::IsTerminal as _;
    if std::io::stdout().is_terminal() {
        print_bytes(escape_controls(text, false).as_bytes());
    } else {
        print_bytes(text.as_bytes());
    }
}

/// Writes bytes to stdout as they are (a PDF to `-o -`), ignoring a closed pipe.
fn print_bytes(bytes: &[u8]) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    if out.write_all(bytes).and_then(|()| out.flush()).is_err() {
        // The reader went away; nothing more to say.
    }
}

/// The text with its control characters shown as `\u{1b}` and the like: every one but tab, and
/// line feeds too when the text must stay on `one_line` (a `check` problem, a file name).
pub fn escape_controls(text: &str, one_line: bool) -> std::borrow::Cow<'_, str> {
    let shown = |c: char| c.is_control() && c != '\t' && (one_line || c != '\n');
    if !text.chars().any(shown) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if shown(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_from_a_bulletin_never_act_on_the_terminal() {
        let hostile = "Pray\u{1b}]0;owned\u{7}\u{1b}[2J for\rpeace\u{7}\tand\nrest";
        assert_eq!(
            escape_controls(hostile, false),
            "Pray\\u{1b}]0;owned\\u{7}\\u{1b}[2J for\\u{d}peace\\u{7}\tand\nrest"
        );
        assert_eq!(escape_controls("a file\nname.ron", true), "a file\\u{a}name.ron");
        assert!(matches!(escape_controls("plain words", false), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn dates_outside_the_years_a_bulletin_can_have_are_refused() {
        assert!(parse_date("2026-12-06").is_ok());
        assert!(parse_date("0000-12-31").is_err());
        assert!(parse_date("10000-01-01").is_err());
    }
}
