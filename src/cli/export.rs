//! `export`: a handout of one week, a range of weeks, or all.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{Failure, load_library, parse_date, print};
use crate::export::{Audience, Context, Format, Handout, PageLayout, check_choices, render_noting, write_handout};
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
    /// Leave out paragraphs marked sensitive, and personal paragraphs older than the library's
    /// `public_weeks`.
    #[arg(long)]
    public: bool,
    /// With --public: age personal paragraphs as of this day instead of today, to make again an
    /// export of another day.
    #[arg(long, value_parser = parse_date, requires = "public")]
    as_of: Option<chrono::NaiveDate>,
    /// With --all --public: take drafts too (they are left out unless asked).
    #[arg(long, requires = "all")]
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
    /// Write here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub(super) fn run(args: ExportArgs) -> Result<ExitCode, Failure> {
    if let (Some(from), Some(to)) = (args.from, args.to)
        && from > to
    {
        eprintln!("prayer-bulletin: --from {from} is after --to {to}; give the earlier date first");
        return Ok(ExitCode::from(2));
    }
    let mut handout = Handout {
        format: args.format,
        audience: if args.public { Audience::Public } else { Audience::Internal },
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
        eprintln!("prayer-bulletin: {why}");
        return Ok(ExitCode::from(2));
    }
    if args.layout == Some(PageLayout::Standard) && !args.format.has_layouts() {
        eprintln!("prayer-bulletin: --layout sets printed pages, for pdf and html only");
        return Ok(ExitCode::from(2));
    }
    if args.start.is_some() && !(args.date.is_some() || args.from == args.to && args.from.is_some()) {
        eprintln!("prayer-bulletin: --start gives the first day of one week's plan; choose the week with --date");
        return Ok(ExitCode::from(2));
    }
    if args.output.is_none() && !args.format.is_text() {
        let ext = args.format.extension();
        return Err(Failure(format!(
            "a{} {} goes to a file: add -o FILE.{ext}",
            if ext == "epub" { "n" } else { "" },
            ext.to_uppercase()
        )));
    }
    let library = load_library(&args.dir)?;
    let bulletins: Vec<&Bulletin> = library
        .entries
        .iter()
        .map(|e| &e.bulletin)
        .filter(|b| match (args.date, args.from, args.to) {
            (Some(d), _, _) => b.date == Some(d),
            (None, Some(from), Some(to)) => b.date.is_some_and(|d| from <= d && d <= to),
            // Every bulletin, for the public: only those marked ready or sent, unless asked.
            _ => args.all && (!args.public || args.include_drafts || b.state.goes_out()),
        })
        .collect();
    if bulletins.is_empty() {
        let which = match (args.date, args.from, args.to) {
            (Some(d), _, _) => format!("for {d}"),
            (None, Some(f), Some(t)) => format!("from {f} to {t}"),
            _ if args.public && !library.entries.is_empty() => {
                "ready or sent (drafts are left out of public exports; add --include-drafts)".to_owned()
            }
            _ => "at all".to_owned(),
        };
        return Err(Failure(format!("{}: no bulletin {which}", args.dir.display())));
    }
    handout.width = args.width.map_or(library.settings.export.width, usize::from);
    handout.library_name = library.settings.name.clone();
    handout.context = Context { as_of: args.as_of, ..Context::of_library(&library) };
    let unprintable = match &args.output {
        Some(path) => {
            let written = write_handout(&bulletins, &handout, path)?;
            eprintln!("wrote {}", written.path.display());
            written.unprintable
        }
        None => {
            let rendered = render_noting(&bulletins, &handout)?;
            print(&String::from_utf8_lossy(&rendered.bytes));
            rendered.unprintable
        }
    };
    if let Some(note) = crate::export::unprintable_note(&unprintable) {
        eprintln!("warning: {note}");
    }
    Ok(ExitCode::SUCCESS)
}
