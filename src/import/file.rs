//! One file as it arrives, of any kind the importer reads: the one entry point the command line and
//! the app share.

use super::sources::{FileKind, docx_to_text, eml_to_text, html_to_text};
use super::taught::{Role, Rules, Teaching, recognise};
use super::{ImportReport, LineReading, WINDOWS_1252, Warning, decode};
use crate::library::LibrarySettings;

/// Why a file gave no bulletin. Each names the file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read as the kind of file it is.
    #[error("{file}: {reason}")]
    Unreadable {
        /// The file's name as given.
        file: String,
        /// Why, as a sentence for the user.
        reason: String,
    },
    /// The file was read but holds no paragraph to import.
    #[error("{file}: no bulletin found: the {kind} has no prayer paragraphs, headings or verse")]
    NoBulletin {
        /// The file's name as given.
        file: String,
        /// What kind of file it was read as ("text", "e-mail", …).
        kind: &'static str,
    },
}

/// A bulletin file (RON), read through the library's one parser: by a `.ron` name, or, where the name
/// says nothing (standard input, no known extension), by content that starts like one and parses.
/// `None`: not a bulletin file (read it as text and the rest). A bulletin from a newer version
/// (higher `format`, or fields this version does not know) is refused, naming them, rather than
/// imported with them dropped.
fn ron_bulletin(name: &str, bytes: &[u8]) -> Option<Result<ImportReport, ImportError>> {
    let lower = name.to_ascii_lowercase();
    let extension = lower.rsplit_once('.').map(|(_, e)| e).filter(|e| !e.contains('/'));
    let by_name = extension == Some("ron");
    if !by_name {
        let other = matches!(extension, Some("txt" | "text" | "md" | "eml" | "html" | "htm" | "xhtml" | "docx"));
        let start = String::from_utf8_lossy(&bytes[..bytes.len().min(64)]);
        let start = start.trim_start_matches('\u{feff}').trim_start();
        if other || !(start.starts_with('(') || start.starts_with("Bulletin(")) {
            return None;
        }
    }
    let unreadable = |reason: String| Some(Err(ImportError::Unreadable { file: name.to_owned(), reason }));
    let Ok(text) = std::str::from_utf8(bytes) else {
        return if by_name { unreadable("a bulletin file (.ron) must be UTF-8 text".to_owned()) } else { None };
    };
    // An export of several weeks (`export --format ron`) is their files one after another.
    let mut report = ImportReport::default();
    for (first_line, document) in ron_documents(text) {
        match crate::library::parse_bulletin(document, std::path::Path::new(name)) {
            Ok(parsed) if !parsed.unknown_fields.is_empty() => {
                return unreadable(format!(
                    "not imported, because it has fields this version does not know ({}) and importing would drop \
                     them; update Prayer Bulletin",
                    parsed.unknown_fields.join(", ")
                ));
            }
            Ok(parsed) => {
                report.bulletins.push(parsed.bulletin);
                report.first_lines.push(first_line);
            }
            Err(problem) if by_name => {
                let line = first_line + problem.line.saturating_sub(1);
                return unreadable(format!("line {line}, column {}: {}", problem.column, problem.message));
            }
            // Text that merely starts with a bracket ("(English below)") is read as text.
            Err(_) => return None,
        }
    }
    Some(Ok(report))
}

/// The bulletins of a RON file, one after another, each with the line it starts on: split where a
/// bracket closes the value opened first (brackets in strings and comments do not count). A file
/// of one bulletin, or one that does not split cleanly, is one document, for the parser to judge.
fn ron_documents(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut documents = Vec::new();
    let (mut depth, mut start, mut i) = (0usize, 0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // A string: to its closing quote, past escaped ones.
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    return vec![(1, text)];
                }
                depth -= 1;
                if depth == 0 {
                    documents.push(start..i + 1);
                    start = i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if depth != 0 || documents.len() < 2 || !text[start.min(text.len())..].trim().is_empty() {
        return vec![(1, text)];
    }
    // Each document from its first character, with the line it is on (line breaks counted once, as
    // the documents go).
    let (mut line, mut counted) = (1, 0);
    documents
        .into_iter()
        .map(|range| {
            let document = &text[range.clone()];
            let begins = range.start + (document.len() - document.trim_start().len());
            line += text[counted..begins].matches('\n').count();
            counted = begins;
            (line, &text[begins..range.end])
        })
        .collect()
}

/// Imports one file, as the command line and the app do: paragraphs with identifying details come
/// in marked sensitive (see [`super::import_text_with`]). Plain text, an e-mail (`.eml`), a web page (`.html`) or a Word document
/// (`.docx`), told apart by `name`'s extension or by the bytes. Line numbers in the report count
/// lines of the text read from the file (for e-mails, web pages and documents, the text they were
/// turned into).
pub fn import_file(name: &str, bytes: &[u8], settings: &LibrarySettings) -> Result<ImportReport, ImportError> {
    import_file_taught(name, bytes, settings, &FileTeaching::default())
}

/// The sources a file may be read with, and this sheet's corrections.
#[derive(Clone, Copy, Debug, Default)]
pub struct FileTeaching<'a> {
    /// The library's taught sources: the first that recognises the file is applied.
    pub sources: &'a [Rules],
    /// Apply this source (by name) whatever the file is.
    pub force: Option<&'a str>,
    /// This sheet's lines as a person marked them in the preview (line numbers of the text read).
    pub corrections: &'a [(usize, Role)],
}

/// Imports one file as [`import_file`] does, read with the source that recognises it (its sender,
/// its site, or a line it carries) and with the corrections given.
pub fn import_file_taught(
    name: &str,
    bytes: &[u8],
    settings: &LibrarySettings,
    teaching: &FileTeaching,
) -> Result<ImportReport, ImportError> {
    if let Some(bulletin) = ron_bulletin(name, bytes) {
        return bulletin;
    }
    read_file(name, bytes, settings, teaching, false).map(|(report, _)| report)
}

/// Imports one file as [`import_file_taught`] does, and says what each line of the text read from
/// it became (the preview shows the text beside the reading). A RON bulletin has no lines to show.
pub fn read_file_lines(
    name: &str,
    bytes: &[u8],
    settings: &LibrarySettings,
    teaching: &FileTeaching,
) -> Result<(ImportReport, Vec<LineReading>), ImportError> {
    if let Some(bulletin) = ron_bulletin(name, bytes) {
        return bulletin.map(|report| (report, Vec::new()));
    }
    read_file(name, bytes, settings, teaching, true)
}

fn read_file(
    name: &str,
    bytes: &[u8],
    settings: &LibrarySettings,
    teaching: &FileTeaching,
    with_readings: bool,
) -> Result<(ImportReport, Vec<LineReading>), ImportError> {
    let kind = FileKind::of(name, bytes);
    let unreadable = |reason: String| ImportError::Unreadable { file: name.to_owned(), reason };
    // A mail's headers and a page's head name the sender and the site.
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(8192)]);
    let read = |text: &str| {
        let rules = match teaching.force {
            Some(forced) => teaching.sources.iter().find(|r| r.name.eq_ignore_ascii_case(forced)),
            None => recognise(teaching.sources, &[&head], text),
        };
        super::read(text, settings, true, &Teaching { rules, corrections: teaching.corrections }, with_readings)
    };
    let readings;
    let mut report = match kind {
        FileKind::Text | FileKind::Html => {
            let decoded = decode(bytes);
            let (mut report, lines) =
                if kind == FileKind::Html { read(&html_to_text(&decoded.text)) } else { read(&decoded.text) };
            readings = lines;
            if decoded.was_windows_1252 {
                report.warnings.insert(0, Warning { line: 1, message: WINDOWS_1252.into(), bulletin: None });
            }
            report
        }
        FileKind::Docx => {
            let (report, lines) = read(&docx_to_text(bytes).map_err(unreadable)?);
            readings = lines;
            report
        }
        FileKind::Eml => {
            let mail = eml_to_text(bytes).ok_or_else(|| unreadable("no readable message text in the e-mail".into()))?;
            let (mut report, lines) = read(&mail.text);
            readings = lines;
            if mail.from_html {
                report.warnings.insert(
                    0,
                    Warning {
                        line: 1,
                        message: "the e-mail has no plain-text part; read its HTML part".into(),
                        bulletin: None,
                    },
                );
            }
            // A bulletin the body gives no headline takes the subject's, as a reader would.
            if let Some(subject) = mail.subject {
                for (i, bulletin) in report.bulletins.iter_mut().enumerate() {
                    if bulletin.title.is_empty() {
                        bulletin.title.clone_from(&subject);
                        report.warnings.push(Warning {
                            line: report.first_lines.get(i).copied().unwrap_or(1),
                            message: format!("took the e-mail's subject \u{201c}{subject}\u{201d} as the headline"),
                            bulletin: Some(i),
                        });
                    }
                }
                report.warnings.sort_by_key(|w| w.line);
            }
            report
        }
    };
    if report.bulletins.is_empty() {
        return Err(ImportError::NoBulletin { file: name.to_owned(), kind: kind.label() });
    }
    report.warnings.retain(|w| !w.message.is_empty());
    Ok((report, readings))
}
