//! One self-contained, print-friendly HTML page.

use super::{Mark, PageLayout, Paper, Prepared};
use crate::model::{Bulletin, Item};

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.5; color: #1d1d1f;
       max-width: 42em; margin: 2em auto; padding: 0 1em; }
article { break-after: page; }
article:last-of-type { break-after: auto; }
h1 { font-size: 1.7em; line-height: 1.2; margin: 0 0 .2em; }
.date { color: #555; font-style: italic; margin: 0 0 1.2em; }
blockquote { margin: 0 0 1.5em; padding: .6em 1.2em; border-left: 4px solid #b08d57; background: #faf6ef; }
blockquote p { margin: 0; font-style: italic; }
blockquote footer { margin-top: .4em; text-align: right; font-variant: small-caps; }
h2 { font-size: 1.2em; margin: 1.4em 0 .4em; border-bottom: 1px solid #ccc; padding-bottom: .1em;
     break-after: avoid; page-break-after: avoid; }
section p { margin: 0 0 .8em; orphans: 3; widows: 3; }
.kind { font-family: Helvetica, Arial, sans-serif; font-size: .72em; text-transform: uppercase; letter-spacing: .05em;
        color: #666; margin-right: .5em; }
.sensitive { border-left: 3px solid #b3261e; padding-left: .6em; }
.mark { font-family: Helvetica, Arial, sans-serif; font-size: .72em; font-weight: bold; color: #555;
        text-transform: uppercase; margin-right: .5em; }
.sensitive .mark:first-child { color: #b3261e; }
.closing { margin-top: 1.6em; padding-top: .6em; border-top: 1px solid #ccc; font-style: italic; color: #444; }
@media print { body { margin: 0; max-width: none; } }
"#;

/// The page rule for the paper and layout: a booklet's pages are A5 (half-letter), folded from the
/// paper chosen.
fn page_rule(paper: Paper, layout: PageLayout) -> &'static str {
    match (layout, paper) {
        (PageLayout::Booklet, Paper::A4) => "@page { size: A5; margin: 14mm 13mm; }",
        (PageLayout::Booklet, Paper::Letter) => "@page { size: 5.5in 8.5in; margin: 0.55in 0.5in; }",
        (_, Paper::A4) => "@page { size: A4; margin: 18mm 20mm; }",
        (_, Paper::Letter) => "@page { size: letter; margin: 0.7in 0.8in; }",
    }
}

/// What a layout changes in the style sheet. Large print sets every piece of text at 18 pt or
/// more (the labels too) with wide line spacing; a booklet sets a smaller page's type.
fn layout_style(layout: PageLayout) -> &'static str {
    match layout {
        PageLayout::Standard => "",
        PageLayout::LargePrint => {
            "body { font-size: 18pt; line-height: 1.75; max-width: 36em; }\n\
             h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 1.6em; }\n\
             .date, blockquote p, blockquote footer, section p, .closing { font-size: 1em; }\n\
             .kind, .mark { font-size: 1em; letter-spacing: .02em; }\n\
             section p { margin-bottom: 1.2em; }\n"
        }
        PageLayout::Booklet => {
            "body { font-size: 10.5pt; line-height: 1.45; max-width: 32em; }\n\
             h1 { font-size: 1.5em; }\n\
             @media print { body { font-size: 10pt; } }\n"
        }
    }
}

/// The page around `body`: the style sheet, the page rule for the paper and layout, `extra` style.
pub(super) fn page(title: &str, paper: Paper, layout: PageLayout, extra: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{}{STYLE}{}{extra}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title),
        page_rule(paper, layout),
        layout_style(layout),
    )
}

/// The page's title: the headline of one bulletin, else the library's name.
pub(super) fn title(prepared: &Prepared<'_>, library_name: &str) -> String {
    match prepared.bulletins() {
        [one] if !one.title.trim().is_empty() => one.title.clone(),
        _ => library_name.to_owned(),
    }
}

/// Writes prepared bulletins as one HTML page, each bulletin starting a new printed page. Every
/// piece of text is escaped; the page loads nothing from the network.
pub(super) fn write(prepared: &Prepared<'_>, library_name: &str, layout: PageLayout, paper: Paper) -> String {
    let mut body = String::new();
    for b in prepared.bulletins() {
        article(&mut body, prepared, b, true);
    }
    page(&title(prepared, library_name), paper, layout, "", &body)
}

/// One bulletin as an `<article>`, with its closing note at the end when `closing` is set.
pub(super) fn article(out: &mut String, prepared: &Prepared<'_>, b: &Bulletin, closing: bool) {
    out.push_str("<article>\n");
    out.push_str(&format!("<h1>{}</h1>\n", escape(b.printed_title())));
    if let Some(date) = b.date {
        out.push_str(&format!("<p class=\"date\"><time datetime=\"{date}\">{}</time></p>\n", escape(&b.long_date())));
    }
    if let Some(v) = &b.verse {
        out.push_str(&format!("<blockquote><p>\u{201c}{}\u{201d}</p>", escape(&v.text)));
        if !v.reference.is_empty() {
            out.push_str(&format!("<footer>\u{2014} {}</footer>", escape(&v.reference)));
        }
        out.push_str("</blockquote>\n");
    }
    for section in &b.sections {
        out.push_str(&format!("<section>\n<h2>{}</h2>\n", escape(&section.region)));
        for item in &section.items {
            out.push_str(&paragraph(item, &prepared.marks(item)));
        }
        out.push_str("</section>\n");
    }
    if closing && let Some(closing) = &b.closing {
        out.push_str(&format!("<p class=\"closing\">{}</p>\n", escape(closing)));
    }
    out.push_str("</article>\n");
}

/// One paragraph: its marks ("not for sharing", "personal", where its story stands), then its kind
/// in the model's words (the style sheet sets both in capitals, as the reader and the PDF show them).
pub(super) fn paragraph(item: &Item, marks: &[Mark<'_>]) -> String {
    let kind = format!("<span class=\"kind\">{}</span>", item.kind.label());
    let marks: String = marks.iter().map(|m| format!("<span class=\"mark\">{}</span>", escape(m.words()))).collect();
    let class = if item.sensitive { " class=\"sensitive\"" } else { "" };
    format!("<p{class}>{marks}{kind}{}</p>\n", escape(&item.text))
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
