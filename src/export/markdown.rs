//! Markdown handouts: headings, the verse as a block quote, paragraphs.

use super::Prepared;

/// Writes prepared bulletins as Markdown, separated by rules.
pub(super) fn write(prepared: &Prepared<'_>) -> String {
    let mut out = String::new();
    for (i, b) in prepared.bulletins().iter().enumerate() {
        if i > 0 {
            out.push_str("\n---\n\n");
        }
        let title = b.printed_title();
        out.push_str(&format!("# {}\n\n", escape(title)));
        if b.date.is_some() {
            out.push_str(&format!("*{}*\n\n", b.long_date()));
        }
        if let Some(v) = &b.verse {
            out.push_str(&format!("> \u{201c}{}\u{201d}\n", escape(&v.text)));
            if !v.reference.is_empty() {
                out.push_str(&format!(">\n> \u{2014} {}\n", escape(&v.reference)));
            }
            out.push('\n');
        }
        for section in &b.sections {
            out.push_str(&format!("## {}\n\n", escape(&section.region)));
            for item in &section.items {
                for mark in prepared.marks(item) {
                    out.push_str(&format!("**{}:** ", escape(mark.words())));
                }
                out.push_str(&format!("{}\n\n", escape(&item.text)));
            }
        }
        if let Some(closing) = &b.closing {
            out.push_str(&format!("*{}*\n", escape(closing)));
        }
    }
    out
}

/// Escapes what Markdown would read as markup or HTML.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
