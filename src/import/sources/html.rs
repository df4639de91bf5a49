//! Web pages to text, with the structure a reader sees kept: each heading, paragraph, list item and
//! table cell on a line of its own (headings marked `## `, list items `• `, quotes `> `), a blank line
//! between blocks, scripts and styles left out. `scraper` (html5ever, the parser of the Servo browser)
//! reads the page as a browser would, however broken its markup.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// The page's text, one block per line.
pub fn html_to_text(html: &str) -> String {
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
}
