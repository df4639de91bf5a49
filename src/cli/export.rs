//! `export`: a handout of one week, a range of weeks, or all.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{Failure, load_library, parse_date, print};
use crate::export::{Audience, Context, Format, Handout, render, write_handout};
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
    /// text, markdown, html, pdf or ron.
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
    /// Paper size for PDF: a4 or letter.
    #[arg(long, value_enum, default_value_t)]
    paper: crate::export::Paper,
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
    let handout = Handout {
        format: args.format,
        audience: if args.public { Audience::Public } else { Audience::Internal },
        width: args.width.map_or(library.settings.export.width, usize::from),
        ascii: args.ascii,
        paper: args.paper,
        library_name: library.settings.name.clone(),
        context: Context { as_of: args.as_of, ..Context::of_library(&library) },
    };
    match &args.output {
        Some(path) => {
            let written = write_handout(&bulletins, &handout, path)?;
            eprintln!("wrote {}", written.display());
        }
        None if args.format == Format::Pdf => {
            return Err(Failure("a PDF goes to a file: add -o FILE.pdf".to_owned()));
        }
        None => print(&String::from_utf8_lossy(&render(&bulletins, &handout)?)),
    }
    Ok(ExitCode::SUCCESS)
}
