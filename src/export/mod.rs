//! Bulletins → handouts. The command line and the app call the same functions.

pub mod audio;
mod eml;
mod epub;
mod html;
mod ics;
mod markdown;
mod pdf;
pub mod plan;
mod ron_file;
pub mod select;
pub mod site;
mod text;

use std::borrow::Cow;
use std::path::{Path, PathBuf};

pub use text::{TextOptions, to_text};

use chrono::NaiveDate;

use crate::model::{Bulletin, Item};
use crate::threads::ThreadNotes;

/// Which paragraphs a handout holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Audience {
    /// Everything, with sensitive paragraphs visibly marked "not for sharing".
    #[default]
    Internal,
    /// No paragraph marked sensitive, and no region left empty by that.
    Public,
}

/// What an export knows of the library beyond the bulletins it is given: when personal paragraphs
/// stop being public, the day the export is made as of, and the notes of linked paragraphs.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// After how many weeks personal paragraphs stop being public (the library's `public_weeks`);
    /// `None`: never.
    pub public_weeks: Option<u32>,
    /// The day the export is made as of (`--as-of`); `None`: today.
    pub as_of: Option<NaiveDate>,
    /// "Update on …" and "Answered …" notes, shown in internal handouts.
    pub notes: ThreadNotes,
    /// Why the rule that ages personal paragraphs (`library.ron`'s `public_weeks`) could not be read,
    /// when it could not: a public handout is then refused ([`render_noting`]), and any public view
    /// made anyway withholds every personal paragraph ([`for_audience`]). Fail closed.
    pub rule_unreadable: Option<String>,
    /// The library's language, for the fixed words and dates of bulletins that do not name their
    /// own; `None`: English.
    pub language: Option<String>,
}

impl Context {
    /// What `library` says of aging and threads, for an export made today.
    pub fn of_library(library: &crate::library::Library) -> Self {
        let threads = crate::threads::Threads::new(&library.entries);
        Self {
            public_weeks: library.settings.public_weeks,
            as_of: None,
            notes: ThreadNotes::new(&library.entries, &threads),
            rule_unreadable: library.settings_unreadable(),
            language: library.settings.language.clone(),
        }
    }

    /// The day personal paragraphs of a bulletin of `date` stop being public: the day after they are
    /// `public_weeks` weeks old. `None` when they never stop (no limit set, or past the calendar's
    /// end). An undated bulletin's personal paragraphs are never public while a limit is set: nobody
    /// can tell how old they are.
    pub fn private_from(public_weeks: Option<u32>, date: Option<NaiveDate>) -> Option<NaiveDate> {
        let weeks = public_weeks?;
        match date {
            None => Some(NaiveDate::MIN),
            Some(date) => crate::model::weeks_after(date, i64::from(weeks))?.succ_opt(),
        }
    }

    /// Whether a personal paragraph of a bulletin of `date` is still public on this context's day.
    pub fn personal_is_public(&self, date: Option<NaiveDate>) -> bool {
        let today = self.as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
        Self::private_from(self.public_weeks, date).is_none_or(|from| today < from)
    }
}

/// What a public handout of `bulletins` leaves out: the paragraphs not for sharing (sensitive, or
/// personal and past the library's weeks), and the regions left with none.
pub fn left_out(bulletins: &[&Bulletin], context: &Context) -> (usize, Vec<String>) {
    let mut paragraphs = 0;
    let mut regions: Vec<String> = Vec::new();
    for bulletin in bulletins {
        let public = for_audience(bulletin, Audience::Public, context);
        for section in &bulletin.sections {
            let kept = public.sections.iter().find(|s| s.region == section.region).map_or(0, |s| s.items.len());
            paragraphs += section.items.len().saturating_sub(kept);
            if kept == 0 && !section.items.is_empty() && !regions.contains(&section.region) {
                regions.push(section.region.clone());
            }
        }
    }
    (paragraphs, regions)
}

/// The bulletin as the audience may see it: for the public, sensitive paragraphs, personal paragraphs
/// older than the library allows, and the regions they leave empty are gone (a region that had no
/// paragraphs to begin with stays).
pub fn for_audience<'a>(bulletin: &'a Bulletin, audience: Audience, context: &Context) -> Cow<'a, Bulletin> {
    match audience {
        Audience::Internal => Cow::Borrowed(bulletin),
        Audience::Public => {
            // When the aging rule could not be read, no personal paragraph is known to be public.
            let personal_public = context.rule_unreadable.is_none() && context.personal_is_public(bulletin.date);
            let mut public = bulletin.clone();
            public.sections.retain_mut(|section| {
                let had_items = !section.items.is_empty();
                section.items.retain(|item| !item.sensitive && (personal_public || !item.personal));
                !had_items || !section.items.is_empty()
            });
            Cow::Owned(public)
        }
    }
}

/// Bulletins already filtered for one audience: what every format writer takes.
///
/// The only way to make one is [`Prepared::new`], which applies [`for_audience`], and the bulletins
/// inside can only be read. So a writer never decides what an audience may see, and a public handout
/// in a format added later cannot hold a sensitive paragraph (or a personal one past its weeks): a
/// writer draws the "not for sharing" mark on every sensitive paragraph it is given, and for the
/// public it is given none. Thread notes likewise reach only internal handouts.
#[derive(Debug)]
pub struct Prepared<'a> {
    bulletins: Vec<Cow<'a, Bulletin>>,
    notes: Option<&'a ThreadNotes>,
    audience: Audience,
}

impl<'a> Prepared<'a> {
    /// The bulletins as `audience` may see them, in the order given.
    pub fn new(bulletins: &[&'a Bulletin], audience: Audience, context: &'a Context) -> Self {
        Self {
            bulletins: bulletins.iter().map(|b| for_audience(b, audience, context)).collect(),
            notes: (audience == Audience::Internal && !context.notes.is_empty()).then_some(&context.notes),
            audience,
        }
    }

    /// The notes of linked paragraphs, for an internal handout.
    pub fn notes(&self) -> Option<&'a ThreadNotes> {
        self.notes
    }

    /// Whom the bulletins were filtered for.
    pub fn audience(&self) -> Audience {
        self.audience
    }

    /// The filtered bulletins, in order.
    pub fn bulletins(&self) -> &[Cow<'a, Bulletin>] {
        &self.bulletins
    }

    /// The marks a writer shows before a paragraph, in order: "Not for sharing", "Personal" and the
    /// thread's "Update on …" or "Answered …". Public handouts get only what the audience may see,
    /// which has none of them.
    pub fn marks(&self, item: &Item) -> Vec<Mark<'a>> {
        if self.audience == Audience::Public {
            // Sensitive paragraphs are gone; a personal one still here is public, unmarked.
            return Vec::new();
        }
        let mut marks = Mark::of_item(item);
        if let Some(note) = self.notes.and_then(|n| n.note(item)) {
            marks.push(Mark::Thread(note));
        }
        marks
    }
}

/// A mark a handout shows before a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark<'a> {
    /// Not for sharing.
    Sensitive,
    /// About a survivor or a case.
    Personal,
    /// Where the paragraph's story stands: "Update on …", "Answered …".
    Thread(&'a str),
}

impl Mark<'_> {
    /// The marks the paragraph carries itself, without its thread's note ("Not for sharing",
    /// "Personal"): what the daily plan shows.
    pub fn of_item(item: &Item) -> Vec<Mark<'static>> {
        let mut marks = Vec::new();
        if item.sensitive {
            marks.push(Mark::Sensitive);
        }
        if item.personal {
            marks.push(Mark::Personal);
        }
        marks
    }

    /// The words, as a reader sees them.
    pub fn words(&self) -> &str {
        match self {
            Self::Sensitive => Item::SENSITIVE_MARK,
            Self::Personal => Item::PERSONAL_MARK,
            Self::Thread(note) => note,
        }
    }

    /// The words in capitals, as a badge.
    pub fn badge(&self) -> String {
        match self {
            Self::Sensitive => Item::SENSITIVE_BADGE.to_owned(),
            Self::Personal => Item::PERSONAL_BADGE.to_owned(),
            Self::Thread(note) => note.to_uppercase(),
        }
    }

    /// The words as plain text writes them before a paragraph, in brackets; the importer reads
    /// them back.
    pub fn in_text(&self) -> String {
        format!("[{}]", self.words())
    }
}

/// The kinds of handout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Printable plain text.
    Text,
    /// Markdown.
    Markdown,
    /// One self-contained, print-friendly HTML page.
    Html,
    /// A PDF document.
    Pdf,
    /// The bulletin files' own RON.
    Ron,
    /// An e-mail draft (plain text and HTML) that a mail program opens ready to send.
    Eml,
    /// An EPUB 3 e-book, one chapter per bulletin.
    Epub,
    /// The week's daily plan as an iCalendar file: one all-day event per day.
    Ics,
    /// The week read aloud, as WAV audio (spoken by espeak-ng).
    Audio,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 9] =
        [Self::Text, Self::Markdown, Self::Html, Self::Pdf, Self::Ron, Self::Eml, Self::Epub, Self::Ics, Self::Audio];

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Text => "txt",
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Pdf => "pdf",
            Self::Ron => "ron",
            Self::Eml => "eml",
            Self::Epub => "epub",
            Self::Ics => "ics",
            Self::Audio => "wav",
        }
    }

    /// The name a person sees.
    pub fn label(self) -> String {
        match self {
            Self::Text => crate::tr!("format-text"),
            Self::Markdown => crate::tr!("format-markdown"),
            Self::Html => crate::tr!("format-html"),
            Self::Pdf => crate::tr!("format-pdf"),
            Self::Ron => crate::tr!("format-ron"),
            Self::Eml => crate::tr!("format-eml"),
            Self::Epub => crate::tr!("format-epub"),
            Self::Ics => crate::tr!("format-ics"),
            Self::Audio => crate::tr!("format-audio"),
        }
    }

    /// Whether a handout in this format is public unless the coordinator says otherwise: the
    /// formats that travel beyond the prayer group (printed, posted, forwarded, read on phones).
    pub fn public_by_default(self) -> bool {
        matches!(self, Self::Html | Self::Pdf | Self::Eml | Self::Epub | Self::Ics | Self::Audio)
    }

    /// Whether the format is text a terminal can show (the command line writes it to standard
    /// output when no file is given).
    pub fn is_text(self) -> bool {
        !matches!(self, Self::Pdf | Self::Epub | Self::Audio)
    }

    /// Whether `--layout` applies: the formats that are printed as pages.
    pub fn has_layouts(self) -> bool {
        matches!(self, Self::Pdf | Self::Html)
    }

    /// Whether the format can hold the daily plan (`--plan`); `Ics` always is one.
    pub fn has_plan(self) -> bool {
        matches!(self, Self::Text | Self::Markdown | Self::Html | Self::Pdf | Self::Ics)
    }
}

/// How a printed handout (PDF or HTML) is set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageLayout {
    /// The usual handout on A4 or Letter.
    #[default]
    Standard,
    /// Text of 18 pt or more, with generous spacing, for readers with low vision.
    LargePrint,
    /// A5 (half-letter) pages imposed two to a landscape sheet in booklet order: print the sheets
    /// double-sided, flipping on the short edge, fold the stack in the middle.
    Booklet,
}

impl PageLayout {
    /// Every layout, in menu order.
    pub const ALL: [Self; 3] = [Self::Standard, Self::LargePrint, Self::Booklet];

    /// The name a person sees.
    pub fn label(self) -> &'static str {
        match self {
            Self::Standard => "Standard",
            Self::LargePrint => "Large print",
            Self::Booklet => "Booklet (folded A5)",
        }
    }
}

/// Paper sizes for PDF.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// 8.5 × 11 in.
    Letter,
}

/// Everything that decides what a handout looks like.
#[derive(Clone, Debug)]
pub struct Handout {
    /// The kind of file.
    pub format: Format,
    /// Internal or public.
    pub audience: Audience,
    /// Plain-text wrap width.
    pub width: usize,
    /// Plain ASCII punctuation in plain text.
    pub ascii: bool,
    /// Paper size for PDF.
    pub paper: Paper,
    /// The library's name, for titles and footers.
    pub library_name: String,
    /// Aging of personal paragraphs and thread notes.
    pub context: Context,
    /// How PDF and HTML pages are set.
    pub layout: PageLayout,
    /// The week spread over seven days instead of the bulletin as it is (always so for `Ics`).
    pub plan: bool,
    /// The plan's first day; the bulletin's date when `None`.
    pub start: Option<chrono::NaiveDate>,
}

impl Default for Handout {
    /// An internal PDF on A4, laid out as usual.
    fn default() -> Self {
        Self {
            format: Format::Pdf,
            audience: Audience::Internal,
            width: 72,
            ascii: false,
            paper: Paper::A4,
            library_name: String::new(),
            context: Context::default(),
            layout: PageLayout::Standard,
            plan: false,
            start: None,
        }
    }
}

/// A handout made: its bytes, and the characters it could not print (a PDF's text that no
/// installed font has; none for the other formats).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rendered {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Characters shown as a box because no font has them, in code point order.
    pub unprintable: Vec<char>,
}

impl Rendered {
    fn of(bytes: Vec<u8>) -> Self {
        Self { bytes, unprintable: Vec::new() }
    }

    /// The sentence that names the unprintable characters, or `None` when there are none.
    pub fn unprintable_note(&self) -> Option<String> {
        unprintable_note(&self.unprintable)
    }
}

/// "2 characters could not be printed (no installed font has them; …): 𓀀 (U+13000), …", or `None`.
pub fn unprintable_note(chars: &[char]) -> Option<String> {
    if chars.is_empty() {
        return None;
    }
    let named: Vec<String> = chars.iter().map(|c| format!("{c} (U+{:04X})", u32::from(*c))).collect();
    let (count, them) = if chars.len() == 1 {
        ("1 character".to_owned(), "it")
    } else {
        (format!("{} characters", chars.len()), "them")
    };
    Some(format!(
        "{count} could not be printed (no installed font has {them}; printed as \u{25a1} instead): {}",
        named.join(", ")
    ))
}

/// A handout written to a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// Where.
    pub path: PathBuf,
    /// Characters it could not print (see [`Rendered::unprintable`]).
    pub unprintable: Vec<char>,
}

/// Why a handout could not be made or written. Every message about a file names it.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The format cannot be written by this version.
    #[error("{0}")]
    Unavailable(String),
    /// The choices do not go together (e.g. a daily plan as an e-book); says why.
    #[error("{0}")]
    Usage(String),
    /// The handout could not be made for this file.
    #[error("{}: {reason}", path.display())]
    NotMade {
        /// The file the handout was for.
        path: PathBuf,
        /// Why it could not be made.
        reason: String,
    },
    /// The folder the file would go in does not exist. A mistyped folder is refused rather than
    /// created, so a typo does not leave a tree of new folders behind.
    #[error("{}: the folder {} does not exist", path.display(), folder.display())]
    NoFolder {
        /// The file that was asked for.
        path: PathBuf,
        /// Its folder, which is missing.
        folder: PathBuf,
    },
    /// The path names a folder, not a file.
    #[error("{}: is a folder; give a file name for the handout, e.g. {}", path.display(), example.display())]
    IsFolder {
        /// The folder that was given.
        path: PathBuf,
        /// A file name in it that would do.
        example: PathBuf,
    },
    /// Writing the file failed.
    #[error(transparent)]
    Write(#[from] crate::library::LibraryError),
    /// A public handout was asked for, and the rule that protects people in it cannot be read.
    #[error(
        "not made: a public handout leaves out personal paragraphs once they are older than the library's public_weeks, and that rule cannot be read ({0}); fix library.ron (Library settings in the app), or make an internal handout"
    )]
    RuleUnreadable(String),
    /// The weeks asked for cannot go into this handout.
    #[error(transparent)]
    Select(#[from] select::SelectError),
    /// The handout may not be written where it was asked to go.
    #[error(transparent)]
    Destination(#[from] select::DestinationError),
}

/// Writes a handout of the bulletins in the chosen format, for the chosen audience.
///
/// The bulletins are filtered for the audience first (see [`Prepared`]); the format writer only
/// lays out what it is given.
pub fn render(bulletins: &[&Bulletin], handout: &Handout) -> Result<Vec<u8>, ExportError> {
    render_noting(bulletins, handout).map(|rendered| rendered.bytes)
}

/// Whether the handout's choices go together; the reason when they do not. The command line
/// turns a reason into a usage error (exit 2).
pub fn check_choices(handout: &Handout) -> Result<(), String> {
    let format = handout.format;
    if handout.plan && !format.has_plan() {
        return Err(format!(
            "--plan makes a daily plan as text, markdown, html, pdf or ics; {} is not one of them",
            format.extension()
        ));
    }
    if handout.layout != PageLayout::Standard {
        if !format.has_layouts() {
            return Err(format!(
                "--layout sets printed pages, for pdf and html only; {} has no pages",
                format.extension()
            ));
        }
        if handout.plan {
            return Err("--layout does not apply to --plan: the daily plan is one card of its own".to_owned());
        }
    }
    if handout.start.is_some() && !(handout.plan || format == Format::Ics) {
        return Err("--start gives the first day of a daily plan: add --plan (or use --format ics)".to_owned());
    }
    Ok(())
}

/// [`render`], also telling which characters a PDF could not print.
pub fn render_noting(bulletins: &[&Bulletin], handout: &Handout) -> Result<Rendered, ExportError> {
    // The fixed words and dates in the bulletin's language (the first one's, for several weeks),
    // else the library's, else English: never the window's.
    let language = bulletins.first().and_then(|b| b.language.as_deref()).or(handout.context.language.as_deref());
    crate::i18n::in_language(Some(language.unwrap_or("en-US")), || render_in_language(bulletins, handout))
}

fn render_in_language(bulletins: &[&Bulletin], handout: &Handout) -> Result<Rendered, ExportError> {
    check_choices(handout).map_err(ExportError::Usage)?;
    if handout.audience == Audience::Public
        && let Some(why) = &handout.context.rule_unreadable
    {
        return Err(ExportError::RuleUnreadable(why.clone()));
    }
    let prepared = Prepared::new(bulletins, handout.audience, &handout.context);
    let name = &handout.library_name;
    if handout.plan || handout.format == Format::Ics {
        let plans = plan::daily_plans(&prepared, handout.start)?;
        return Ok(match handout.format {
            Format::Text => Rendered::of(plan::write_text(&plans, handout.width, handout.ascii).into_bytes()),
            Format::Markdown => Rendered::of(plan::write_markdown(&plans).into_bytes()),
            Format::Html => Rendered::of(plan::write_html(&plans, name, handout.paper).into_bytes()),
            Format::Pdf => pdf::write_plan(&plans, handout.paper, name)?,
            Format::Ics => Rendered::of(ics::write(&plans, name)?.into_bytes()),
            Format::Ron | Format::Eml | Format::Epub | Format::Audio => {
                return Err(ExportError::Usage(format!("no daily plan as {}", handout.format.extension())));
            }
        });
    }
    Ok(match handout.format {
        Format::Text => Rendered::of(text::write(&prepared, handout.width, handout.ascii).into_bytes()),
        Format::Markdown => Rendered::of(markdown::write(&prepared).into_bytes()),
        Format::Html => Rendered::of(html::write(&prepared, name, handout.layout, handout.paper).into_bytes()),
        Format::Pdf => pdf::write(&prepared, handout.paper, handout.layout, name)?,
        Format::Ron => Rendered::of(ron_file::write(&prepared)?.into_bytes()),
        Format::Eml => Rendered::of(eml::write(&prepared, name)?),
        Format::Epub => Rendered::of(epub::write(&prepared, name)?),
        Format::Ics => return Err(ExportError::Usage("a calendar is always a daily plan".to_owned())),
        Format::Audio => audio::write(&prepared, &crate::i18n::current())?,
    })
}

/// Makes a handout and writes it to `path`, atomically (a reader of the file never sees half of
/// it). Returns the path written and the characters that could not be printed.
///
/// Refuses, before making anything, a path that is a folder and a path whose folder does not exist:
/// the folder is not created, so a mistyped path fails instead of leaving new folders behind.
pub fn write_handout(bulletins: &[&Bulletin], handout: &Handout, path: &Path) -> Result<Written, ExportError> {
    check_destination(path, handout.format)?;
    let rendered = render_noting(bulletins, handout).map_err(|e| match e {
        ExportError::Unavailable(reason) => ExportError::NotMade { path: path.to_owned(), reason },
        other => other,
    })?;
    crate::library::write_atomically(path, &rendered.bytes)?;
    Ok(Written { path: path.to_owned(), unprintable: rendered.unprintable })
}

/// Whether a handout may be written at `path`: not a folder, and in a folder that exists.
pub fn check_destination(path: &Path, format: Format) -> Result<(), ExportError> {
    if path.is_dir() {
        let example = path.join(format!("handout.{}", format.extension()));
        return Err(ExportError::IsFolder { path: path.to_owned(), example });
    }
    // A bare file name has an empty parent: the current folder, which exists.
    let folder = path.parent().filter(|f| !f.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return Err(ExportError::NoFolder { path: path.to_owned(), folder: folder.to_owned() });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, ItemKind, Section};

    const SECRET_NAME: &str = "Pray for Ana Lucia Ferreira at the shelter on Calle Siete";
    const SECRET_PLACE: &str = "The safe house on Rua Doze has moved to Vila Nova";
    const PUBLIC_PRAISE: &str = "Praise God for the volunteers who packed the care kits";

    /// A week with a sensitive request beside a public praise, a region whose only paragraph is
    /// sensitive, and a region with nothing this week.
    fn week() -> Bulletin {
        Bulletin {
            date: chrono::NaiveDate::from_ymd_opt(2026, 10, 31),
            title: "A week of answers".into(),
            sections: vec![
                Section {
                    region: "Latin America".into(),
                    items: vec![
                        Item { kind: ItemKind::Request, text: SECRET_NAME.into(), sensitive: true, ..Item::default() },
                        Item {
                            kind: ItemKind::Praise,
                            text: PUBLIC_PRAISE.into(),
                            sensitive: false,
                            ..Item::default()
                        },
                    ],
                },
                Section {
                    region: "Brazil Office".into(),
                    items: vec![Item {
                        kind: ItemKind::Info,
                        text: SECRET_PLACE.into(),
                        sensitive: true,
                        ..Item::default()
                    }],
                },
                Section { region: "South Asia".into(), items: Vec::new() },
            ],
            closing: Some("Please do not post these requests online.".into()),
            ..Bulletin::default()
        }
    }

    fn handout(format: Format, audience: Audience) -> Handout {
        Handout { format, audience, width: 400, library_name: "Harvest Light".into(), ..Handout::default() }
    }

    /// The words a reader of the handout sees, white space made single spaces.
    fn readable(format: Format, bytes: &[u8]) -> String {
        let text = match format {
            Format::Pdf => pdf_extract::extract_text_from_mem(bytes).unwrap(),
            Format::Eml => {
                let mail = mail_parser::MessageParser::default().parse(bytes).unwrap();
                format!("{}\n{}", mail.body_text(0).unwrap(), mail.body_html(0).unwrap())
            }
            Format::Epub => {
                use std::io::Read as _;
                let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
                let mut text = String::new();
                for i in 0..zip.len() {
                    zip.by_index(i).unwrap().read_to_string(&mut text).unwrap();
                }
                text
            }
            // The words it says, kept in the recording.
            Format::Audio => audio::transcript(bytes).unwrap(),
            // Lines unfolded, as a calendar reads them; values unescaped.
            Format::Ics => String::from_utf8(bytes.to_vec())
                .unwrap()
                .replace("\r\n ", "")
                .replace("\\n", " ")
                .replace("\\,", ",")
                .replace("\\;", ";"),
            _ => String::from_utf8(bytes.to_vec()).unwrap(),
        };
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn the_public_sees_no_sensitive_paragraph_and_no_region_it_emptied() {
        let b = week();
        let context = Context::default();
        let prepared = Prepared::new(&[&b], Audience::Public, &context);
        let [public] = prepared.bulletins() else { panic!("one bulletin in, one out") };
        let regions: Vec<&str> = public.sections.iter().map(|s| s.region.as_str()).collect();
        assert_eq!(regions, ["Latin America", "South Asia"], "the emptied region goes, the empty one stays");
        assert_eq!(public.sections[0].items, vec![b.sections[0].items[1].clone()]);
        assert!(public.sections.iter().flat_map(|s| &s.items).all(|i| !i.sensitive));
        assert_eq!((public.title.as_str(), public.date, &public.closing), (b.title.as_str(), b.date, &b.closing));

        let internal = Prepared::new(&[&b], Audience::Internal, &context);
        assert!(
            matches!(internal.bulletins(), [Cow::Borrowed(same)] if std::ptr::eq(*same, &b)),
            "internal is untouched"
        );
    }

    #[test]
    fn personal_paragraphs_leave_public_handouts_after_the_library_s_weeks() {
        let mut b = week();
        b.sections[0].items[1].personal = true;
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        fn texts_of(b: &Bulletin, context: &Context) -> Vec<String> {
            let prepared = Prepared::new(&[b], Audience::Public, context);
            prepared.bulletins()[0].sections.iter().flat_map(|s| &s.items).map(|i| i.text.clone()).collect()
        }
        // The bulletin is of 2026-10-31; four weeks later is 2026-11-28, the last public day.
        let aging = |as_of: &str| Context { public_weeks: Some(4), as_of: day(as_of), ..Context::default() };
        assert_eq!(texts_of(&b, &aging("2026-11-28")), [PUBLIC_PRAISE]);
        assert!(texts_of(&b, &aging("2026-11-29")).is_empty(), "a day older than four weeks: gone");
        assert_eq!(Context::private_from(Some(4), b.date), day("2026-11-29"));
        // No limit: never ages. Internal: always there, marked.
        assert_eq!(texts_of(&b, &Context { as_of: day("2099-01-01"), ..Context::default() }), [PUBLIC_PRAISE]);
        let late = aging("2030-01-01");
        let internal = Prepared::new(&[&b], Audience::Internal, &late);
        assert_eq!(internal.marks(&b.sections[0].items[1]), [Mark::Personal]);
        // An undated bulletin cannot tell its age: with a limit, its personal paragraphs stay out.
        b.date = None;
        assert!(texts_of(&b, &aging("2026-11-01")).is_empty());
    }

    #[test]
    fn every_format_layout_and_plan_ages_personal_paragraphs_through_the_one_filter() {
        const STORY: &str = "Pray for Joana as she starts her new job at the bakery";
        let mut b = week();
        b.sections[0].items.push(Item { text: STORY.into(), personal: true, ..Item::new(ItemKind::Request, "") });
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        // The bulletin is of 2026-10-31 and the library keeps personal paragraphs public four weeks.
        let fresh = Context { public_weeks: Some(4), as_of: day("2026-11-20"), ..Context::default() };
        let aged = Context { as_of: day("2026-12-20"), ..fresh.clone() };
        let mut made = 0;
        for format in spoken_where_it_can_be(&Format::ALL) {
            let mut shapes = vec![(PageLayout::Standard, format == Format::Ics)];
            if format.has_layouts() {
                shapes.extend([(PageLayout::LargePrint, false), (PageLayout::Booklet, false)]);
            }
            if format.has_plan() && format != Format::Ics {
                shapes.push((PageLayout::Standard, true));
            }
            for (layout, plan) in shapes {
                let words = |audience, context: &Context| {
                    let h = Handout { layout, plan, context: context.clone(), ..handout(format, audience) };
                    readable(format, &render(&[&b], &h).unwrap())
                };
                let shape = format!("{format:?} {layout:?} plan={plan}");
                let public = words(Audience::Public, &fresh);
                assert!(public.contains(STORY), "{shape}: still public within its weeks");
                if format != Format::Ron {
                    assert!(!public.contains(Item::PERSONAL_MARK), "{shape}: the public sees no marks: {public}");
                }
                let public = words(Audience::Public, &aged);
                assert!(!public.contains(STORY) && public.contains(PUBLIC_PRAISE), "{shape}: aged out: {public}");
                assert!(words(Audience::Internal, &aged).contains(STORY), "{shape}: internal keeps it");
                made += 1;
            }
        }
        let formats = spoken_where_it_can_be(&Format::ALL).len();
        assert_eq!(made, formats + 8, "{formats} formats, 4 more layouts, 4 more plans (text, Markdown, HTML, PDF)");
    }

    /// The formats to check: audio only where espeak-ng is installed (said once when it is not).
    fn spoken_where_it_can_be(all: &[Format]) -> Vec<Format> {
        let speaks = audio::available();
        if !speaks {
            eprintln!("audio handouts not checked here: espeak-ng is not installed");
        }
        all.iter().copied().filter(|f| *f != Format::Audio || speaks).collect()
    }

    #[test]
    fn a_public_handout_holds_no_sensitive_words_in_any_format() {
        let b = week();
        for format in spoken_where_it_can_be(&Format::ALL) {
            let text = readable(format, &render(&[&b], &handout(format, Audience::Public)).unwrap());
            assert!(text.contains(PUBLIC_PRAISE), "{format:?} keeps the public praise: {text}");
            for secret in [SECRET_NAME, SECRET_PLACE, "Ana Lucia", "Rua Doze", "Brazil Office"] {
                assert!(!text.contains(secret), "{format:?} public holds {secret:?}: {text}");
            }
            assert!(!text.to_lowercase().contains(&Item::SENSITIVE_MARK.to_lowercase()), "{format:?}: {text}");
            assert!(!text.contains("sensitive: true"), "{format:?}: {text}");
        }
    }

    #[test]
    fn an_internal_handout_marks_sensitive_paragraphs_in_the_models_words() {
        let b = week();
        let mark = Item::SENSITIVE_MARK;
        for (format, marked) in [
            (Format::Text, format!("{} {SECRET_NAME}", Item::SENSITIVE_MARK_IN_TEXT)),
            (Format::Markdown, format!("**{mark}:** {SECRET_NAME}")),
            (
                Format::Html,
                format!(
                    "<p class=\"sensitive\"><span class=\"mark\">{mark}</span><span class=\"kind\">{}</span>{SECRET_NAME}</p>",
                    ItemKind::Request.label()
                ),
            ),
            (Format::Pdf, format!("{mark}: {} {SECRET_NAME}", ItemKind::Request.badge())),
            (Format::Ron, "sensitive: true".to_owned()),
        ] {
            let text = readable(format, &render(&[&b], &handout(format, Audience::Internal)).unwrap());
            assert!(text.contains(&marked), "{format:?} lacks {marked:?}: {text}");
            assert!(text.contains(SECRET_PLACE) && text.contains(PUBLIC_PRAISE), "{format:?}: {text}");
            // Only the two sensitive paragraphs are marked.
            let marks = match format {
                Format::Ron => text.matches("sensitive: true").count(),
                _ => text.matches(mark).count(),
            };
            assert_eq!(marks, 2, "{format:?}: {text}");
        }
    }

    #[test]
    fn html_and_pdf_name_each_kind_as_the_model_does() {
        let b = week();
        let html = readable(Format::Html, &render(&[&b], &handout(Format::Html, Audience::Internal)).unwrap());
        let pdf = readable(Format::Pdf, &render(&[&b], &handout(Format::Pdf, Audience::Internal)).unwrap());
        for kind in ItemKind::ALL {
            assert!(html.contains(&format!("<span class=\"kind\">{}</span>", kind.label())), "{kind:?}: {html}");
            assert!(pdf.contains(&kind.badge()), "{kind:?}: {pdf}");
        }
    }

    #[test]
    fn the_plain_text_mark_is_the_one_the_importer_reads_back() {
        assert_eq!(crate::import::SENSITIVE_MARK, Item::SENSITIVE_MARK_IN_TEXT);
        let mut b = week();
        b.sections.truncate(1);
        b.closing = None;
        let text = String::from_utf8(render(&[&b], &handout(Format::Text, Audience::Internal)).unwrap()).unwrap();
        let back = crate::import::import_text(&text, &crate::library::LibrarySettings::default());
        let items: Vec<&Item> = back.bulletins.iter().flat_map(|b| &b.sections).flat_map(|s| &s.items).collect();
        assert_eq!(items, b.sections[0].items.iter().collect::<Vec<_>>(), "{text}");
    }

    #[test]
    fn write_handout_writes_the_rendered_handout() {
        let dir = tempfile::tempdir().unwrap();
        let b = week();
        let path = dir.path().join("week.md");
        let h = handout(Format::Markdown, Audience::Public);
        assert_eq!(write_handout(&[&b], &h, &path).unwrap().path, path);
        assert_eq!(std::fs::read(&path).unwrap(), render(&[&b], &h).unwrap());
        // Writing again replaces the file, leaving nothing beside it.
        let h = handout(Format::Text, Audience::Internal);
        write_handout(&[&b], &h, &path).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), render(&[&b], &h).unwrap());
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, [std::ffi::OsString::from("week.md")]);
    }

    #[test]
    fn write_handout_refuses_a_folder_that_does_not_exist_and_creates_none() {
        let dir = tempfile::tempdir().unwrap();
        let b = week();
        let path = dir.path().join("handuots").join("2026").join("week.pdf");
        let err = write_handout(&[&b], &handout(Format::Pdf, Audience::Public), &path).unwrap_err();
        assert!(matches!(&err, ExportError::NoFolder { folder, .. } if *folder == dir.path().join("handuots/2026")));
        let message = err.to_string();
        assert!(message.contains(&path.display().to_string()) && message.contains("does not exist"), "{message}");
        assert!(!dir.path().join("handuots").exists(), "no folder is made for a mistyped path");
    }

    #[test]
    fn write_handout_refuses_a_folder_as_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let b = week();
        let err = write_handout(&[&b], &handout(Format::Html, Audience::Public), dir.path()).unwrap_err();
        assert!(matches!(err, ExportError::IsFolder { .. }), "{err:?}");
        let message = err.to_string();
        assert!(message.contains(&dir.path().display().to_string()) && message.contains("is a folder"), "{message}");
        assert!(message.contains("handout.html"), "suggests a file name: {message}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing is written into it");
    }
}
