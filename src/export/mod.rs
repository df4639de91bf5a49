//! Bulletins → handouts. The command line and the app call the same functions.

mod text;

pub use text::{TextOptions, to_text};

use crate::model::Bulletin;

/// Which paragraphs a handout holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Audience {
    /// Everything, with sensitive paragraphs visibly marked "not for sharing".
    #[default]
    Internal,
    /// No paragraph marked sensitive, and no region left empty by that.
    Public,
}

/// The bulletin as the audience may see it: for the public, sensitive paragraphs and the regions
/// they leave empty are gone.
pub fn for_audience(bulletin: &Bulletin, audience: Audience) -> std::borrow::Cow<'_, Bulletin> {
    match audience {
        Audience::Internal => std::borrow::Cow::Borrowed(bulletin),
        Audience::Public => {
            let mut public = bulletin.clone();
            for section in &mut public.sections {
                section.items.retain(|item| !item.sensitive);
            }
            let had_items: Vec<bool> = bulletin.sections.iter().map(|s| !s.items.is_empty()).collect();
            let keep: Vec<bool> =
                had_items.iter().zip(&public.sections).map(|(had, s)| !*had || !s.items.is_empty()).collect();
            let mut keep = keep.into_iter();
            public.sections.retain(|_| keep.next().unwrap_or(true));
            std::borrow::Cow::Owned(public)
        }
    }
}

mod html;
mod markdown;
mod pdf;

pub use html::to_html;
pub use markdown::to_markdown;
pub use pdf::to_pdf;

/// The kinds of handout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
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
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 5] = [Self::Text, Self::Markdown, Self::Html, Self::Pdf, Self::Ron];

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Text => "txt",
            Self::Markdown => "md",
            Self::Html => "html",
            Self::Pdf => "pdf",
            Self::Ron => "ron",
        }
    }

    /// The name a person sees.
    pub fn label(self) -> &'static str {
        match self {
            Self::Text => "Plain text",
            Self::Markdown => "Markdown",
            Self::Html => "Web page (HTML)",
            Self::Pdf => "PDF",
            Self::Ron => "Bulletin file (RON)",
        }
    }
}

/// Paper sizes for PDF.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
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
}

/// Why a handout could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The format cannot be written by this version.
    #[error("{0}")]
    Unavailable(String),
}

/// Writes a handout of the bulletins in the chosen format.
pub fn render(bulletins: &[&Bulletin], handout: &Handout) -> Result<Vec<u8>, ExportError> {
    Ok(match handout.format {
        Format::Text => {
            to_text(bulletins, TextOptions { width: handout.width, ascii: handout.ascii, audience: handout.audience })
                .into_bytes()
        }
        Format::Markdown => to_markdown(bulletins, handout.audience).into_bytes(),
        Format::Html => to_html(bulletins, handout.audience, &handout.library_name).into_bytes(),
        Format::Pdf => to_pdf(bulletins, handout.audience, handout.paper, &handout.library_name)?,
        Format::Ron => {
            let mut out = String::new();
            for b in bulletins {
                let b = for_audience(b, handout.audience);
                match crate::library::bulletin_to_ron(&b, std::path::Path::new("export.ron")) {
                    Ok(text) => out.push_str(&text),
                    Err(e) => return Err(ExportError::Unavailable(e.to_string())),
                }
            }
            out.into_bytes()
        }
    })
}
