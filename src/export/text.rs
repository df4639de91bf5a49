//! The printable plain-text handout. The importer reads it back to the same bulletin.

use super::{Audience, for_audience};
use crate::import::SENSITIVE_MARK;
use crate::model::Bulletin;

/// How to write plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextOptions {
    /// Wrap paragraphs at this many columns.
    pub width: usize,
    /// Plain quotes, dashes and dots for old printers and mail systems.
    pub ascii: bool,
    /// Internal or public.
    pub audience: Audience,
}

impl Default for TextOptions {
    fn default() -> Self {
        Self { width: 72, ascii: false, audience: Audience::Internal }
    }
}

/// Writes bulletins as printable text, each starting on a new page (a form feed between them).
pub fn to_text(bulletins: &[&Bulletin], options: TextOptions) -> String {
    let mut out = String::new();
    for (i, bulletin) in bulletins.iter().enumerate() {
        if i > 0 {
            out.push_str("\n\u{0c}\n");
        }
        write_one(&mut out, &for_audience(bulletin, options.audience), options);
    }
    if options.ascii { to_ascii(&out) } else { out }
}

fn write_one(out: &mut String, bulletin: &Bulletin, options: TextOptions) {
    let width = options.width.max(20);
    let wrap = |text: &str| {
        textwrap::fill(
            text,
            textwrap::Options::new(width)
                .break_words(false)
                .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
                .word_separator(textwrap::WordSeparator::AsciiSpace),
        )
    };
    let title = if bulletin.title.trim().is_empty() { "Prayer Bulletin" } else { bulletin.title.trim() };
    out.push_str(&wrap(title));
    out.push('\n');
    out.push_str(&"=".repeat(title.chars().count().min(width)));
    out.push_str("\n\n");
    if bulletin.date.is_some() {
        out.push_str(&bulletin.long_date());
        out.push_str("\n\n");
    }
    if let Some(verse) = &bulletin.verse {
        let quoted = format!("\u{201c}{}\u{201d}", verse.text);
        out.push_str(&textwrap::indent(
            &textwrap::fill(
                &quoted,
                textwrap::Options::new(width.saturating_sub(4).max(16))
                    .break_words(false)
                    .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
                    .word_separator(textwrap::WordSeparator::AsciiSpace),
            ),
            "    ",
        ));
        if !out.ends_with('\n') {
            out.push('\n');
        }
        if !verse.reference.is_empty() {
            out.push_str(&format!("    \u{2013} {}\n", verse.reference));
        }
        out.push('\n');
    }
    for section in &bulletin.sections {
        out.push_str(&section.region);
        out.push('\n');
        out.push_str(&"-".repeat(section.region.chars().count().min(width)));
        out.push_str("\n\n");
        for item in &section.items {
            let text = if item.sensitive && options.audience == Audience::Internal {
                format!("{SENSITIVE_MARK} {}", item.text)
            } else {
                item.text.clone()
            };
            out.push_str(&wrap(&text));
            out.push_str("\n\n");
        }
    }
    if let Some(closing) = &bulletin.closing {
        out.push_str(&wrap(closing));
        out.push('\n');
    }
}

/// Replaces typographic punctuation with plain ASCII and accented letters with their base letter.
pub fn to_ascii(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => out.push('"'),
            '\u{2013}' | '\u{2012}' => out.push('-'),
            '\u{2014}' | '\u{2015}' => out.push_str("--"),
            '\u{2026}' => out.push_str("..."),
            '\u{a0}' => out.push(' '),
            c if c.is_ascii() => out.push(c),
            c => {
                let base: String =
                    c.to_string().nfkd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect();
                if base.is_ascii() && !base.is_empty() { out.push_str(&base) } else { out.push(c) }
            }
        }
    }
    out
}
