//! Web pages to text, with the structure a reader sees kept: each heading, paragraph, list item and
//! table cell on a line of its own (headings marked `## `, list items `• `, quotes `> `), a blank line
//! between blocks, scripts and styles left out. `scraper` (html5ever, the parser of the Servo browser)
//! reads the page as a browser would, however broken its markup.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Deeper than this, a page is not one a person wrote: the browser's parser checks the open elements
/// at every tag, which is quadratic in the depth (100,000 levels took 15 s), so such a page is read
/// by [`flat_text`] instead, in one pass.
const MAX_NESTING: usize = 1_000;

/// The page's text, one block per line.
pub fn html_to_text(html: &str) -> String {
    if nesting(html) > MAX_NESTING {
        return flat_text(html);
    }
    let document = Html::parse_document(html);
    let mut writer = Writer::default();
    // The tree is walked without recursion, so however deep a page nests it cannot exhaust the stack.
    for edge in document.root_element().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(text) if writer.skipping == 0 => writer.text(text),
                Node::Element(element) => writer.open(element.name()),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    writer.close(element.name());
                }
            }
        }
    }
    writer.finish()
}

/// Elements that never hold others, or that the parser closes by itself: not counted in the depth.
const UNNESTED: &[&str] = &[
    "br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "p", "li",
    "td", "th", "tr", "dt", "dd", "option",
];

/// How deep the page's elements nest at most, counted from its tags in one pass (an estimate: it
/// decides only how the page is read).
fn nesting(html: &str) -> usize {
    let (mut depth, mut deepest) = (0_usize, 0_usize);
    let bytes = html.as_bytes();
    for at in memchr::memchr_iter(b'<', bytes) {
        let rest = &bytes[at + 1..];
        let closing = rest.first() == Some(&b'/');
        let name_start = usize::from(closing);
        let name_len = rest[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 {
            continue;
        }
        let name = html[at + 1 + name_start..at + 1 + name_start + name_len].to_ascii_lowercase();
        if UNNESTED.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// The page's text in one pass without building its tree: tags dropped, blocks and line breaks on
/// lines of their own, scripts and styles left out, the common entities read. For pages nested too
/// deep for [`html_to_text`]'s parser.
fn flat_text(html: &str) -> String {
    let mut writer = Writer::default();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        if writer.skipping == 0 {
            writer.text(&decode_entities(&rest[..open]));
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = &after[..close];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        rest = &after[close + 1..];
        if name.is_empty() {
            continue;
        }
        if closing {
            writer.close(&name);
        } else if SKIPPED.contains(&name.as_str()) {
            // A script or style runs to its own closing tag, whatever `<` it holds.
            rest = closing_tag(rest, &name).map_or("", |at| &rest[at..]);
        } else {
            writer.open(&name);
        }
    }
    if writer.skipping == 0 {
        writer.text(&decode_entities(rest));
    }
    writer.finish()
}

/// Where `</name` starts in `text`, in any case.
fn closing_tag(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, b"</")
        .find(|&at| bytes.get(at + 2..at + 2 + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes())))
}

/// The entities a page's text most often holds.
fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_owned();
    for (entity, c) in
        [("&nbsp;", "\u{a0}"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
    {
        out = out.replace(entity, c);
    }
    std::borrow::Cow::Owned(out)
}

#[derive(Default)]
struct Writer {
    out: String,
    line: String,
    /// What the current line starts with (`## `, `• `, `> `).
    mark: &'static str,
    /// Inside `script`, `style` and the like, how deep.
    skipping: usize,
    /// Inside `pre`, how deep: whitespace is kept there.
    pre: usize,
    quote: usize,
    /// Line breaks (`<br>`) since the last text.
    breaks: usize,
}

const SKIPPED: &[&str] = &["script", "style", "head", "noscript", "template", "svg", "iframe", "object", "select"];
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "center",
    "address",
    "hr",
    "form",
    "fieldset",
    "body",
];

impl Writer {
    fn open(&mut self, name: &str) {
        if SKIPPED.contains(&name) {
            self.skipping += 1;
            return;
        }
        match name {
            "br" => {
                self.breaks += 1;
                self.end_line(self.breaks >= 2);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => self.start_block("## "),
            "li" => self.start_block("\u{2022} "),
            "td" | "th" => self.start_block(""),
            "blockquote" => {
                self.start_block("");
                self.quote += 1;
            }
            "pre" => {
                self.start_block("");
                self.pre += 1;
            }
            _ if BLOCKS.contains(&name) => self.start_block(""),
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        if SKIPPED.contains(&name) {
            self.skipping = self.skipping.saturating_sub(1);
            return;
        }
        match name {
            "blockquote" => {
                self.end_line(true);
                self.quote = self.quote.saturating_sub(1);
            }
            "pre" => {
                self.end_line(true);
                self.pre = self.pre.saturating_sub(1);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "td" | "th" => self.end_line(true),
            _ if BLOCKS.contains(&name) => self.end_line(true),
            _ => {}
        }
    }

    fn start_block(&mut self, mark: &'static str) {
        self.end_line(true);
        self.mark = mark;
    }

    fn text(&mut self, text: &str) {
        if self.pre > 0 {
            for (k, part) in text.split('\n').enumerate() {
                if k > 0 {
                    self.end_line(false);
                }
                self.line.push_str(part);
            }
            self.breaks = 0;
            return;
        }
        for (k, word) in text.split(|c: char| c.is_whitespace() && c != '\u{a0}').enumerate() {
            if k > 0 && !self.line.is_empty() && !self.line.ends_with(' ') {
                self.line.push(' ');
            }
            if !word.is_empty() {
                self.line.push_str(word);
                self.breaks = 0;
            }
        }
    }

    /// Ends the current line; `blank` leaves a blank line after it (the end of a block).
    fn end_line(&mut self, blank: bool) {
        let text = self.line.trim();
        if !text.is_empty() {
            for _ in 0..self.quote {
                self.out.push_str("> ");
            }
            self.out.push_str(self.mark);
            self.out.push_str(text);
            self.out.push('\n');
            self.mark = "";
        }
        self.line.clear();
        if blank && !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn finish(mut self) -> String {
        self.end_line(false);
        let trimmed = self.out.trim_end().len();
        self.out.truncate(trimmed);
        self.out.push('\n');
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_is_kept() {
        let html = "<html><head><title>t</title><style>p{}</style></head><body>\
            <h1>Pray for  the\nnew shelter</h1><p>June 26, 2021</p>\
            <blockquote>\u{201c}Be still.\u{201d} \u{2013} Psalm 46:10</blockquote>\
            <h2>Latin America</h2><ul><li>Pray for the <b>staff</b>.</li><li>Praise God for beds.</li></ul>\
            <table><tr><td>Africa &amp; Europe</td><td>Pray for Kampala.</td></tr></table>\
            <p>One<br>Two<br><br>Three</p><script>var x = 1;</script></body></html>";
        assert_eq!(
            html_to_text(html),
            "## Pray for the new shelter\n\nJune 26, 2021\n\n> \u{201c}Be still.\u{201d} \u{2013} Psalm 46:10\n\n\
             ## Latin America\n\n\u{2022} Pray for the staff.\n\n\u{2022} Praise God for beds.\n\n\
             Africa & Europe\n\nPray for Kampala.\n\nOne\nTwo\n\nThree\n"
        );
    }

    #[test]
    fn deep_nesting_and_broken_markup() {
        let deep = "<div>".repeat(20_000) + "Pray for rain." + &"</div>".repeat(20_000);
        assert_eq!(html_to_text(&deep), "Pray for rain.\n");
        assert_eq!(html_to_text("<p>Unclosed <b>bold<p>Next"), "Unclosed bold\n\nNext\n");
        assert_eq!(html_to_text(""), "\n");
    }

    #[test]
    fn a_page_nested_deeper_than_any_person_writes_is_read_in_one_pass() {
        for levels in [100_000, 200_000] {
            let deep =
                "<div>".repeat(levels) + "Pray &amp; praise.<script>x<y</script><p>Next" + &"</div>".repeat(levels);
            assert!(nesting(&deep) > MAX_NESTING);
            assert_eq!(html_to_text(&deep), "Pray & praise.\n\nNext\n");
        }
        // Unclosed paragraphs and line breaks are not depth.
        assert_eq!(nesting(&"<p>Pray.<br>".repeat(5_000)), 0);
        assert_eq!(nesting("<div><section><p>x</section></div>"), 2);
    }
}
