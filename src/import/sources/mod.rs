//! Files as coordinators receive them: e-mails (`.eml`), web pages (`.html`) and Word documents
//! (`.docx`), turned into plain text with their structure kept (headings as `## ` lines, list items as
//! `• ` lines, table cells and paragraphs on lines of their own), for the plain-text importer.

mod docx;
mod eml;
mod html;
mod origin;

pub use docx::docx_to_text;
pub use eml::{Mail, eml_to_text};
pub use html::html_to_text;
pub use origin::{Origin, origin};

/// What kind of file some bytes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Plain text, in any of the encodings [`super::decode`] reads.
    Text,
    /// An e-mail message as mail programs save it.
    Eml,
    /// A web page.
    Html,
    /// A Word document.
    Docx,
}

impl FileKind {
    /// The kind, by the file's extension when it has a known one, otherwise by its first bytes.
    pub fn of(name: &str, bytes: &[u8]) -> Self {
        let lower = name.to_ascii_lowercase();
        let extension = lower.rsplit_once('.').map(|(_, e)| e);
        match extension {
            Some("eml" | "msg-rfc822") => return Self::Eml,
            Some("html" | "htm" | "xhtml") => return Self::Html,
            Some("docx") => return Self::Docx,
            Some("txt" | "text" | "md") => return Self::Text,
            _ => {}
        }
        Self::by_content(bytes)
    }

    /// The kind, from the first bytes alone.
    pub fn by_content(bytes: &[u8]) -> Self {
        if bytes.starts_with(b"PK\x03\x04") {
            return Self::Docx;
        }
        let start = &bytes[..bytes.len().min(2048)];
        let head = String::from_utf8_lossy(start).trim_start_matches('\u{feff}').trim_start().to_ascii_lowercase();
        if head.starts_with("<!doctype html")
            || head.starts_with("<html")
            || head.starts_with("<?xml") && head.contains("<html")
        {
            return Self::Html;
        }
        if looks_like_mail_headers(&head) {
            return Self::Eml;
        }
        Self::Text
    }

    /// The word a user knows the kind by.
    pub fn label(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Eml => "e-mail",
            Self::Html => "web page",
            Self::Docx => "Word document",
        }
    }
}

/// Mail headers: the first lines are `Name: value` (or folded continuations) up to a blank line,
/// and they include the headers every saved message has.
fn looks_like_mail_headers(head: &str) -> bool {
    let mut names = Vec::new();
    for line in head.lines() {
        if line.trim().is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((name, _)) = line.split_once(':') else { return false };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        names.push(name.to_owned());
    }
    let has = |n: &str| names.iter().any(|h| h == n);
    names.len() >= 2 && (has("from") || has("mime-version")) && (has("subject") || has("content-type") || has("date"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_extension_and_by_content() {
        assert_eq!(FileKind::of("week.EML", b"anything"), FileKind::Eml);
        assert_eq!(FileKind::of("page.htm", b""), FileKind::Html);
        assert_eq!(FileKind::of("letter.docx", b""), FileKind::Docx);
        assert_eq!(FileKind::of("notes.txt", b"<html>"), FileKind::Text);
        assert_eq!(FileKind::of("-", b"PK\x03\x04rest"), FileKind::Docx);
        assert_eq!(FileKind::of("saved", b"  <!DOCTYPE html><p>x"), FileKind::Html);
        assert_eq!(FileKind::of("saved", b"From: a@example.org\r\nSubject: Pray\r\n\r\nBody"), FileKind::Eml);
        assert_eq!(FileKind::of("saved", b"Africa: Pray for rain.\nDate: soon\n"), FileKind::Text);
        assert_eq!(FileKind::of("saved", b"Weekly Prayer\n\nJune 5, 2021\n"), FileKind::Text);
    }
}
