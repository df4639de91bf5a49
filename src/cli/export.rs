//! `export`: a handout of one week, a range of weeks, or all.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{Failure, load_library, parse_date, print, print_bytes};
use crate::export::select::{Weeks, check_output, select};
use crate::export::{
    Audience, Context, Format, Handout, PageLayout, check_choices, check_destination, render_noting, write_handout,
};
use crate::library::Library;
use crate::model::Bulletin;

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["date", "from", "all"])))]
pub struct ExportArgs {
    /// The library folder.
    dir: PathBuf,
    /// The week to export.
    #[arg(long, value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    /// The first week of a range.
    #[arg(long, value_parser = parse_date, requires = "to")]
    from: Option<chrono::NaiveDate>,
    /// The last week of a range.
    #[arg(long, value_parser = parse_date, requires = "from")]
    to: Option<chrono::NaiveDate>,
    /// Every bulletin, newest first.
    #[arg(long)]
    all: bool,
    /// text, markdown, html, pdf, ron, eml (an e-mail draft), epub (an e-book) or ics (the daily
    /// plan as a calendar).
    #[arg(long, value_enum)]
    format: Format,
    /// Leave out paragraphs marked sensitive, personal paragraphs older than the library's
    /// `public_weeks`, and weeks still in draft. Refused when `library.ron` cannot be read. An e-mail
    /// draft (eml) is public unless --internal.
    #[arg(long, conflicts_with = "internal")]
    public: bool,
    /// Everything, marked for the prayer group: for an e-mail draft, which is otherwise public.
    #[arg(long)]
    internal: bool,
    /// With --public: age personal paragraphs as of this day instead of today, to make again an
    /// export of another day.
    #[arg(long, value_parser = parse_date)]
    as_of: Option<chrono::NaiveDate>,
    /// With a public handout: take weeks still in draft too (they are left out unless asked).
    #[arg(long)]
    include_drafts: bool,
    /// Wrap plain text at this many columns.
    #[arg(long, value_parser = clap::value_parser!(u16).range(20..=400))]
    width: Option<u16>,
    /// Plain quotes and dashes in plain text, for old printers and mail systems.
    #[arg(long)]
    ascii: bool,
    /// Paper size for PDF and HTML: a4 or letter (a booklet's pages are half of it).
    #[arg(long, value_enum, default_value_t)]
    paper: crate::export::Paper,
    /// Page layout for PDF and HTML: standard, large-print (18 pt and up) or booklet (A5 pages
    /// imposed two to a sheet, to fold).
    #[arg(long, value_enum)]
    layout: Option<PageLayout>,
    /// The week spread over seven days (text, markdown, html, pdf).
    #[arg(long)]
    plan: bool,
    /// The first day of the daily plan (default: the bulletin's date).
    #[arg(long, value_parser = parse_date)]
    start: Option<chrono::NaiveDate>,
    /// Write the handout to this file (`-` for standard output). Never a file inside the library
    /// folder, nor a device, pipe or link; an existing file only with --force.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Replace the file given with -o if it exists.
    #[arg(long)]
    force: bool,
}

pub(super) fn run(args: ExportArgs) -> Result<ExitCode, Failure> {
    let usage = |why: &str| {
        eprintln!("prayer-bulletin: {why}");
        Ok(ExitCode::from(2))
    };
    if let (Some(from), Some(to)) = (args.from, args.to)
        && from > to
    {
        return usage(&crate::tr!("cli-from-after-to", from = from.to_string(), to = to.to_string()));
    }
    // An e-mail is written to be sent: public unless the coordinator says it is for the prayer group.
    let public = args.public || (!args.internal && args.format == Format::Eml);
    let audience = if public { Audience::Public } else { Audience::Internal };
    if args.as_of.is_some() && !public {
        return usage("--as-of ages personal paragraphs of a public handout: add --public");
    }
    let mut handout = Handout {
        format: args.format,
        audience,
        width: args.width.map_or(72, usize::from),
        ascii: args.ascii,
        paper: args.paper,
        library_name: String::new(),
        context: Context::default(),
        layout: args.layout.unwrap_or_default(),
        plan: args.plan,
        start: args.start,
    };
    // Choices that do not go together are wrong usage, said before the library is read.
    if let Err(why) = check_choices(&handout) {
        return usage(&why);
    }
    if args.layout == Some(PageLayout::Standard) && !args.format.has_layouts() {
        return usage("--layout sets printed pages, for pdf and html only");
    }
    if args.start.is_some() && !(args.date.is_some() || args.from == args.to && args.from.is_some()) {
        return usage("--start gives the first day of one week's plan; choose the week with --date");
    }
    let to_stdout = args.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
    if args.output.is_none() && !args.format.is_text() {
        let ext = args.format.extension();
        return usage(&crate::tr!("cli-needs-a-file", format = ext.to_uppercase(), ext = ext));
    }
    if !Library::is_library(&args.dir) && args.dir.is_dir() {
        return Err(Failure(crate::tr!("cli-not-a-library", path = args.dir.display().to_string())));
    }
    if let Some(path) = args.output.as_ref().filter(|_| !to_stdout) {
        check_output(path, Some(&args.dir), args.force)?;
        check_destination(path, args.format)?;
    }
    let library = load_library(&args.dir)?;
    let weeks = match (args.date, args.from, args.to) {
        (Some(day), _, _) => Weeks::One(day),
        (None, Some(from), Some(to)) => Weeks::Range(from, to),
        _ => Weeks::All,
    };
    // A week that did not load is not quietly left out of a handout that should hold it.
    let unread: Vec<String> = library
        .problems
        .iter()
        .filter(|p| p.path.starts_with(library.bulletins_dir()) && p.path.extension().is_some_and(|e| e == "ron"))
        .filter(|p| unread_in(&p.path, weeks))
        .map(ToString::to_string)
        .collect();
    if !unread.is_empty() {
        let count = u64::try_from(unread.len()).unwrap_or(0);
        // One file a line, indented (the message's own line holds no indent: Fluent takes it off).
        let files = unread.iter().map(|f| format!("  {f}")).collect::<Vec<_>>().join("\n");
        return Err(Failure(crate::tr!("cli-weeks-unread", count = count, files = files)));
    }
    let bulletins: Vec<&Bulletin> =
        select(library.entries.iter().map(|e| &e.bulletin), weeks, audience, args.include_drafts)
            .map_err(|e| Failure(format!("{}: {e}", args.dir.display())))?;
    handout.width = args.width.map_or(library.settings.export.width, usize::from);
    handout.library_name = library.settings.name.clone();
    handout.context = Context { as_of: args.as_of, ..Context::of_library(&library) };
    let unprintable = match args.output.as_ref().filter(|_| !to_stdout) {
        Some(path) => {
            let written = write_handout(&bulletins, &handout, path)?;
            eprintln!("{}", crate::tr!("cli-wrote", path = written.path.display().to_string()));
            written.unprintable
        }
        None => {
            let rendered = render_noting(&bulletins, &handout)?;
            if args.format.is_text() && args.output.is_none() {
                print(&String::from_utf8_lossy(&rendered.bytes));
            } else {
                print_bytes(&rendered.bytes);
            }
            rendered.unprintable
        }
    };
    if let Some(note) = crate::export::unprintable_note(&unprintable) {
        eprintln!("{}", crate::tr!("cli-warning", problem = note));
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether a bulletin file that did not load may belong to the selection: its name is its date, or
/// it is undated (named otherwise), which only "every week" takes.
fn unread_in(path: &std::path::Path, weeks: Weeks) -> bool {
    let date = path
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.get(..10))
        .and_then(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    match (weeks, date) {
        (Weeks::All, _) => true,
        (Weeks::One(day), Some(d)) => d == day,
        (Weeks::Range(from, to), Some(d)) => from <= d && d <= to,
        (_, None) => false,
    }
}
