//! The printable PDF handout: DejaVu Serif embedded (subset), text laid out by measuring glyph
//! widths, each bulletin on a new page, "Page n of N" in the footer. The output holds no timestamp,
//! so the same bulletins always give the same bytes.

use std::collections::BTreeMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::{ExportError, Paper, Prepared};
use crate::model::{Bulletin, Item};

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerif.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerif-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerif-Italic.ttf");

/// Shown in place of a character the embedded font does not have (e.g. Korean or Chinese).
const MISSING: char = '\u{25a1}';

/// One millimetre in PDF points.
const MM: f32 = 72.0 / 25.4;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Face {
    Regular = 0,
    Bold = 1,
    Italic = 2,
}

type Rgb = (f32, f32, f32);
const INK: Rgb = (0.11, 0.11, 0.12);
const GREY: Rgb = (0.33, 0.33, 0.33);
const LIGHT: Rgb = (0.45, 0.45, 0.45);
const RULE: Rgb = (0.78, 0.78, 0.78);
const GOLD: Rgb = (0.69, 0.55, 0.34);
const RED: Rgb = (0.70, 0.15, 0.12);

/// A font ready for measuring: its parsed tables and scale.
struct Font {
    data: &'static [u8],
    face: ttf_parser::Face<'static>,
    units: f32,
    postscript_name: &'static str,
}

impl Font {
    fn load(data: &'static [u8], postscript_name: &'static str) -> Result<Self, ExportError> {
        let face = ttf_parser::Face::parse(data, 0)
            .map_err(|e| ExportError::Unavailable(format!("the embedded font cannot be read: {e}")))?;
        let units = f32::from(face.units_per_em());
        Ok(Self { data, face, units, postscript_name })
    }

    /// The glyph for `c`, or for the visible stand-in when the font lacks it.
    fn glyph(&self, c: char) -> (u16, char) {
        let c = if c.is_whitespace() { ' ' } else { c };
        if let Some(g) = self.face.glyph_index(c) {
            return (g.0, c);
        }
        for fallback in [MISSING, '?'] {
            if let Some(g) = self.face.glyph_index(fallback) {
                return (g.0, fallback);
            }
        }
        (0, '?')
    }

    /// Advance width of a glyph in thousandths of an em.
    fn advance(&self, glyph: u16) -> f32 {
        f32::from(self.face.glyph_hor_advance(ttf_parser::GlyphId(glyph)).unwrap_or(0)) * 1000.0 / self.units
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(self.glyph(c).0)).sum::<f32>() * size / 1000.0
    }

    fn metric(&self, value: i16) -> f32 {
        f32::from(value) * 1000.0 / self.units
    }
}

/// How a piece of text looks.
#[derive(Clone, Copy, Debug)]
struct Style {
    face: Face,
    size: f32,
    color: Rgb,
}

/// Something drawn on a page.
#[derive(Debug)]
enum Mark {
    Text { x: f32, y: f32, style: Style, text: String },
    Line { x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb },
}

/// A word (or the visible label before a paragraph) and how it looks.
struct Word {
    text: String,
    style: Style,
}

/// One laid-out line: its pieces with their offsets from the line's start.
type Line = Vec<(f32, Word)>;

struct Layout<'f> {
    fonts: &'f [Font; 3],
    width: f32,
    height: f32,
    margin_x: f32,
    top: f32,
    bottom: f32,
    pages: Vec<Vec<Mark>>,
    /// The baseline of the last thing placed, counted down from the top of the page.
    y: f32,
}

impl<'f> Layout<'f> {
    fn font(&self, face: Face) -> &'f Font {
        &self.fonts[face as usize]
    }

    fn text_width(&self) -> f32 {
        self.width - 2.0 * self.margin_x
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top;
    }

    fn room(&self) -> f32 {
        self.y - self.bottom
    }

    fn mark(&mut self, mark: Mark) {
        if let Some(page) = self.pages.last_mut() {
            page.push(mark);
        }
    }

    /// Breaks words into lines no wider than `width`, measuring every glyph. A word longer than a
    /// line is broken between characters.
    fn wrap(&self, words: Vec<Word>, width: f32) -> Vec<Line> {
        let mut lines: Vec<Line> = Vec::new();
        let mut line: Line = Vec::new();
        let mut x = 0.0;
        for word in words {
            let font = self.font(word.style.face);
            let space = font.width(" ", word.style.size);
            let w = font.width(&word.text, word.style.size);
            let start = if line.is_empty() { 0.0 } else { x + space };
            if start + w <= width || line.is_empty() && w <= width {
                x = start + w;
                line.push((start, word));
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if w <= width {
                x = w;
                line.push((0.0, word));
                continue;
            }
            // A word wider than the line: as many characters as fit on each line.
            let mut piece = String::new();
            for c in word.text.chars() {
                piece.push(c);
                if font.width(&piece, word.style.size) > width && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(vec![(0.0, Word { text: std::mem::take(&mut piece), style: word.style })]);
                    piece.push(c);
                }
            }
            x = font.width(&piece, word.style.size);
            line.push((0.0, Word { text: piece, style: word.style }));
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// Places lines from the current position, `leading` apart, starting a new page when the next
    /// line would not fit.
    fn place(&mut self, lines: Vec<Line>, indent: f32, leading: f32, align_right: bool) -> Vec<(f32, f32)> {
        let mut placed = Vec::new();
        let right = self.margin_x + self.text_width();
        for line in lines {
            if self.room() < leading {
                self.new_page();
            }
            self.y -= leading;
            let line_width = line.last().map_or(0.0, |(x, w)| x + self.font(w.style.face).width(&w.text, w.style.size));
            let x0 = if align_right { right - line_width } else { self.margin_x + indent };
            placed.push((self.y, leading));
            let y = self.y;
            // Runs of the same style on one line become one piece of text, spaces included.
            let mut run: Option<(f32, Style, String)> = None;
            for (x, word) in line {
                match &mut run {
                    Some((_, style, text)) if same(*style, word.style) => {
                        text.push(' ');
                        text.push_str(&word.text);
                    }
                    _ => {
                        if let Some((rx, style, text)) = run.take() {
                            self.mark(Mark::Text { x: rx, y, style, text });
                        }
                        run = Some((x0 + x, word.style, word.text));
                    }
                }
            }
            if let Some((x, style, text)) = run {
                self.mark(Mark::Text { x, y, style, text });
            }
        }
        placed
    }

    fn rule(&mut self, x1: f32, x2: f32, y: f32, width: f32, color: Rgb) {
        self.mark(Mark::Line { x1, y1: y, x2, y2: y, width, color });
    }
}

fn same(a: Style, b: Style) -> bool {
    a.face == b.face && (a.size - b.size).abs() < f32::EPSILON && a.color == b.color
}

fn words(text: &str, style: Style) -> Vec<Word> {
    text.split_whitespace().map(|w| Word { text: w.to_owned(), style }).collect()
}

/// Writes prepared bulletins as a PDF, each starting on a new page.
pub(super) fn write(prepared: &Prepared<'_>, paper: Paper, library_name: &str) -> Result<Vec<u8>, ExportError> {
    let fonts = [
        Font::load(REGULAR, "DejaVuSerif")?,
        Font::load(BOLD, "DejaVuSerif-Bold")?,
        Font::load(ITALIC, "DejaVuSerif-Italic")?,
    ];
    let (width, height) = match paper {
        Paper::A4 => (210.0 * MM, 297.0 * MM),
        Paper::Letter => (612.0, 792.0),
    };
    let mut layout = Layout {
        fonts: &fonts,
        width,
        height,
        margin_x: 22.0 * MM,
        top: height - 20.0 * MM,
        bottom: 24.0 * MM,
        pages: Vec::new(),
        y: 0.0,
    };
    for bulletin in prepared.bulletins() {
        layout.new_page();
        lay_out(&mut layout, bulletin, prepared);
    }
    if layout.pages.is_empty() {
        layout.new_page();
    }
    add_footers(&mut layout, library_name);
    let title = match prepared.bulletins() {
        [one] if !one.title.trim().is_empty() => one.title.trim().to_owned(),
        _ => library_name.to_owned(),
    };
    write_pdf(&layout, &fonts, &title)
}

fn lay_out(layout: &mut Layout<'_>, b: &Bulletin, prepared: &Prepared<'_>) {
    let measure = layout.text_width();
    let left = layout.margin_x;
    let right = left + measure;

    // Headline.
    let title = if b.title.trim().is_empty() { "Prayer Bulletin" } else { b.title.trim() };
    let headline = Style { face: Face::Bold, size: 22.0, color: INK };
    let lines = layout.wrap(words(title, headline), measure);
    layout.y += 4.0; // The first baseline sits a little higher than the leading would put it.
    layout.place(lines, 0.0, 27.0, false);

    // Date, written out.
    if b.date.is_some() {
        let style = Style { face: Face::Italic, size: 12.0, color: GREY };
        let lines = layout.wrap(words(&b.long_date(), style), measure);
        layout.y -= 4.0;
        layout.place(lines, 0.0, 17.0, false);
    }
    layout.y -= 10.0;
    layout.rule(left, right, layout.y, 0.6, RULE);
    layout.y -= 6.0;

    // The verse, set apart: indented, italic, a gold bar beside it, its reference below.
    if let Some(verse) = &b.verse {
        let style = Style { face: Face::Italic, size: 11.5, color: INK };
        let indent = 18.0;
        let text = format!("\u{201c}{}\u{201d}", verse.text.trim());
        let lines = layout.wrap(words(&text, style), measure - 2.0 * indent);
        let first_top = layout.y;
        let placed = layout.place(lines, indent, 16.0, false);
        let mut bar_top = first_top - 2.0;
        let mut bar_bottom = placed.last().map_or(layout.y, |(y, _)| y - 4.0);
        if !verse.reference.trim().is_empty() {
            let style = Style { face: Face::Regular, size: 10.0, color: GREY };
            let text = format!("\u{2014} {}", verse.reference.trim());
            let lines = layout.wrap(words(&text, style), measure - 2.0 * indent);
            let before = layout.pages.len();
            let placed = layout.place_right(lines, indent, 15.0);
            if layout.pages.len() != before {
                bar_top = layout.top;
            }
            bar_bottom = placed.last().map_or(bar_bottom, |(y, _)| y - 4.0);
        }
        let x = left + indent - 8.0;
        if bar_top > bar_bottom {
            layout.mark(Mark::Line { x1: x, y1: bar_top, x2: x, y2: bar_bottom, width: 2.0, color: GOLD });
        }
        layout.y -= 8.0;
    }

    // Regions, each heading kept with the start of its first paragraph.
    let body = Style { face: Face::Regular, size: 11.0, color: INK };
    let leading = 15.0;
    for section in &b.sections {
        let heading = Style { face: Face::Bold, size: 13.5, color: INK };
        let heading_lines = layout.wrap(words(&section.region, heading), measure);
        let first_lines = section
            .items
            .first()
            .map_or(0, |item| layout.wrap(item_words(item, &prepared.marks(item), body), measure).len().min(2));
        let needed = 14.0 + heading_lines.len() as f32 * 18.0 + 6.0 + first_lines as f32 * leading;
        if layout.y >= layout.top - 1.0 {
            // Already at the top of a page: no gap above the heading.
        } else if layout.room() < needed {
            layout.new_page();
        } else {
            layout.y -= 14.0;
        }
        layout.place(heading_lines, 0.0, 18.0, false);
        layout.rule(left, right, layout.y - 4.0, 0.5, RULE);
        layout.y -= 6.0;
        for (i, item) in section.items.iter().enumerate() {
            if i > 0 {
                layout.y -= 6.0;
            }
            let lines = layout.wrap(item_words(item, &prepared.marks(item), body), measure);
            // Keep a paragraph of up to three lines whole; split a longer one so that neither page
            // holds a single line of it.
            let fit = (layout.room() / leading).floor() as usize;
            let n = lines.len();
            if n <= 3 && fit < n || n > 3 && fit < 2 {
                layout.new_page();
            }
            let top = layout.y;
            let pages_before = layout.pages.len();
            let mut placed = Vec::new();
            let mut lines = lines;
            if n > 3 && fit + 1 == n {
                let rest = lines.split_off(n - 2);
                placed.extend(layout.place(lines, 0.0, leading, false));
                layout.new_page();
                lines = rest;
            }
            placed.extend(layout.place(lines, 0.0, leading, false));
            if item.sensitive {
                // A red bar in the margin beside the paragraph, on the page where it ends.
                let top = if layout.pages.len() == pages_before { top } else { layout.top };
                let bottom = placed.last().map_or(layout.y, |(y, _)| y - 4.0);
                let x = left - 7.0;
                layout.mark(Mark::Line { x1: x, y1: top - 2.0, x2: x, y2: bottom, width: 2.0, color: RED });
            }
        }
    }

    // The closing note.
    if let Some(closing) = &b.closing {
        let style = Style { face: Face::Italic, size: 10.5, color: GREY };
        let lines = layout.wrap(words(closing, style), measure);
        if layout.room() < 20.0 + lines.len() as f32 * 14.5 {
            layout.new_page();
        } else {
            layout.y -= 16.0;
        }
        layout.rule(left, right, layout.y, 0.5, RULE);
        layout.y -= 2.0;
        layout.place(lines, 0.0, 14.5, false);
    }
}

impl Layout<'_> {
    /// Places lines right-aligned, `indent` in from the right margin.
    fn place_right(&mut self, lines: Vec<Line>, indent: f32, leading: f32) -> Vec<(f32, f32)> {
        let width = self.width;
        self.width -= indent;
        let placed = self.place(lines, 0.0, leading, true);
        self.width = width;
        placed
    }
}

/// The words of a paragraph: its marks first (only an internal handout has any): "Not for sharing:"
/// in red, "Personal:" and the thread's note in grey; then its kind in small grey capitals, as the
/// reader shows it.
fn item_words(item: &Item, marks: &[super::Mark<'_>], body: Style) -> Vec<Word> {
    let mut out = Vec::new();
    for mark in marks {
        let color = if *mark == super::Mark::Sensitive { RED } else { GREY };
        out.extend(words(&format!("{}:", mark.words()), Style { face: Face::Bold, size: 10.0, color }));
    }
    out.extend(words(item.kind.badge(), Style { face: Face::Bold, size: 8.0, color: LIGHT }));
    out.extend(words(&item.text, body));
    out
}

fn add_footers(layout: &mut Layout<'_>, library_name: &str) {
    let total = layout.pages.len();
    let style = Style { face: Face::Regular, size: 8.5, color: LIGHT };
    let y = 12.0 * MM;
    let left = layout.margin_x;
    let right = layout.width - layout.margin_x;
    let font = layout.font(Face::Regular);
    for (i, page) in layout.pages.iter_mut().enumerate() {
        let number = format!("Page {} of {total}", i + 1);
        let number_x = right - font.width(&number, style.size);
        // The library's name, shortened to leave room for the page number.
        let mut name = library_name.trim().to_owned();
        while !name.is_empty() && left + font.width(&name, style.size) > number_x - 12.0 {
            name.pop();
        }
        page.push(Mark::Line { x1: left, y1: y + 11.0, x2: right, y2: y + 11.0, width: 0.4, color: RULE });
        if !name.is_empty() {
            page.push(Mark::Text { x: left, y, style, text: name });
        }
        page.push(Mark::Text { x: number_x, y, style, text: number });
    }
}

/// Glyphs used per font, with the character each stands for.
type Used = [BTreeMap<u16, char>; 3];

fn write_pdf(layout: &Layout<'_>, fonts: &[Font; 3], title: &str) -> Result<Vec<u8>, ExportError> {
    // Which glyphs each font needs, so only those are embedded.
    let mut used: Used = Default::default();
    for page in &layout.pages {
        for mark in page {
            if let Mark::Text { style, text, .. } = mark {
                let font = &fonts[style.face as usize];
                for c in text.chars() {
                    let (g, shown) = font.glyph(c);
                    used[style.face as usize].entry(g).or_insert(shown);
                }
            }
        }
    }
    let mut remappers: Vec<subsetter::GlyphRemapper> = Vec::new();
    let mut subsets: Vec<Vec<u8>> = Vec::new();
    for (font, glyphs) in fonts.iter().zip(&used) {
        let mut remapper = subsetter::GlyphRemapper::new();
        for &g in glyphs.keys() {
            remapper.remap(g);
        }
        let subset = subsetter::subset(font.data, 0, &remapper)
            .map_err(|e| ExportError::Unavailable(format!("the font could not be embedded: {e}")))?;
        remappers.push(remapper);
        subsets.push(subset);
    }

    let mut pdf = Pdf::new();
    let mut next = 1;
    let mut alloc = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog = alloc();
    let tree = alloc();
    let info = alloc();
    let font_refs: Vec<[Ref; 5]> = (0..3).map(|_| [alloc(), alloc(), alloc(), alloc(), alloc()]).collect();
    let page_refs: Vec<(Ref, Ref)> = layout.pages.iter().map(|_| (alloc(), alloc())).collect();

    {
        let mut c = pdf.catalog(catalog);
        c.pages(tree).lang(TextStr("en"));
        c.viewer_preferences().display_doc_title(true);
    }
    pdf.pages(tree).kids(page_refs.iter().map(|(p, _)| *p)).count(page_refs.len() as i32);
    pdf.document_info(info).title(TextStr(title)).producer(TextStr("Prayer Bulletin"));

    let names = [Name(b"F0"), Name(b"F1"), Name(b"F2")];
    for (page, (page_ref, content_ref)) in layout.pages.iter().zip(&page_refs) {
        let mut p = pdf.page(*page_ref);
        p.media_box(Rect::new(0.0, 0.0, layout.width, layout.height));
        p.parent(tree);
        p.contents(*content_ref);
        {
            let mut resources = p.resources();
            let mut f = resources.fonts();
            for (name, refs) in names.iter().zip(&font_refs) {
                f.pair(*name, refs[0]);
            }
        }
        p.finish();
        let mut content = Content::new();
        for mark in page {
            match mark {
                Mark::Text { x, y, style, text } => {
                    let font = &fonts[style.face as usize];
                    let remapper = &remappers[style.face as usize];
                    let mut bytes = Vec::with_capacity(text.len() * 2);
                    for c in text.chars() {
                        let cid = remapper.get(font.glyph(c).0).unwrap_or(0);
                        bytes.extend_from_slice(&cid.to_be_bytes());
                    }
                    content.set_fill_rgb(style.color.0, style.color.1, style.color.2);
                    content.begin_text();
                    content.set_font(names[style.face as usize], style.size);
                    content.next_line(*x, *y);
                    content.show(Str(&bytes));
                    content.end_text();
                }
                Mark::Line { x1, y1, x2, y2, width, color } => {
                    content.set_stroke_rgb(color.0, color.1, color.2);
                    content.set_line_width(*width);
                    content.move_to(*x1, *y1);
                    content.line_to(*x2, *y2);
                    content.stroke();
                }
            }
        }
        let data = compress(&content.finish());
        pdf.stream(*content_ref, &data).filter(Filter::FlateDecode);
    }

    for (index, font) in fonts.iter().enumerate() {
        let [type0, cid, descriptor, cmap, file] = font_refs[index];
        let remapper = &remappers[index];
        // Subset fonts are named with a six-letter tag; a fixed one per face keeps output stable.
        let base = format!("{}+{}", ["PBAAAA", "PBAAAB", "PBAAAC"][index], font.postscript_name);
        let base = Name(base.as_bytes());
        pdf.type0_font(type0)
            .base_font(base)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);

        let mut c = pdf.cid_font(cid);
        c.subtype(CidFontType::Type2);
        c.base_font(base);
        c.system_info(SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 });
        c.font_descriptor(descriptor);
        c.cid_to_gid_map_predefined(Name(b"Identity"));
        c.default_width(0.0);
        {
            let mut w = c.widths();
            for &old in used[index].keys() {
                if let Some(new) = remapper.get(old) {
                    w.consecutive(new, [font.advance(old)]);
                }
            }
        }
        c.finish();

        let face = &font.face;
        let bbox = face.global_bounding_box();
        let mut flags = FontFlags::SERIF | FontFlags::NON_SYMBOLIC;
        if index == Face::Italic as usize {
            flags |= FontFlags::ITALIC;
        }
        pdf.font_descriptor(descriptor)
            .name(base)
            .flags(flags)
            .bbox(Rect::new(
                font.metric(bbox.x_min),
                font.metric(bbox.y_min),
                font.metric(bbox.x_max),
                font.metric(bbox.y_max),
            ))
            .italic_angle(face.italic_angle())
            .ascent(font.metric(face.ascender()))
            .descent(font.metric(face.descender()))
            .cap_height(font.metric(face.capital_height().unwrap_or(face.ascender())))
            .stem_v(if index == Face::Bold as usize { 140.0 } else { 80.0 })
            .font_file2(file);

        let mut unicode = pdf_writer::types::UnicodeCmap::new(
            Name(b"Custom"),
            SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"UCS"), supplement: 0 },
        );
        for (&old, &c) in &used[index] {
            if let Some(new) = remapper.get(old) {
                unicode.pair(new, c);
            }
        }
        let cmap_data = compress(&unicode.finish());
        pdf.cmap(cmap, &cmap_data).filter(Filter::FlateDecode);
        let font_data = compress(&subsets[index]);
        let mut stream = pdf.stream(file, &font_data);
        stream.filter(Filter::FlateDecode);
        stream.pair(Name(b"Length1"), subsets[index].len() as i32);
        stream.finish();
    }
    Ok(pdf.finish())
}

fn compress(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}
