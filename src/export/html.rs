//! One self-contained, print-friendly HTML page.

use super::Prepared;

const STYLE: &str = r#"
@page { size: A4; margin: 18mm 20mm; }
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

/// Writes prepared bulletins as one HTML page, each bulletin starting a new printed page. Every
/// piece of text is escaped; the page loads nothing from the network.
pub(super) fn write(prepared: &Prepared<'_>, library_name: &str) -> String {
    let page_title = match prepared.bulletins() {
        [one] if !one.title.trim().is_empty() => one.title.clone(),
        _ => library_name.to_owned(),
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&page_title)
    );
    for b in prepared.bulletins() {
        out.push_str("<article>\n");
        out.push_str(&format!("<h1>{}</h1>\n", escape(&b.title)));
        if let Some(date) = b.date {
            out.push_str(&format!(
                "<p class=\"date\"><time datetime=\"{date}\">{}</time></p>\n",
                escape(&b.long_date())
            ));
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
                // The label in the model's words; the style sheet sets it in capitals, as the
                // reader and the PDF show it.
                let kind = format!("<span class=\"kind\">{}</span>", item.kind.label());
                let marks: String = prepared
                    .marks(item)
                    .iter()
                    .map(|m| format!("<span class=\"mark\">{}</span>", escape(m.words())))
                    .collect();
                let class = if item.sensitive { " class=\"sensitive\"" } else { "" };
                out.push_str(&format!("<p{class}>{marks}{kind}{}</p>\n", escape(&item.text)));
            }
            out.push_str("</section>\n");
        }
        if let Some(closing) = &b.closing {
            out.push_str(&format!("<p class=\"closing\">{}</p>\n", escape(closing)));
        }
        out.push_str("</article>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
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
