//! The printable PDF handout: DejaVu Serif embedded (subset), text laid out by measuring glyph
//! widths, each bulletin on a new page, "Page n of N" in the footer. Characters DejaVu lacks (Korean,
//! Chinese, …) are drawn with an installed system font that has them, embedded as a subset too; the
//! text layer keeps the real characters. Layouts: the standard handout, large print (18 pt and up,
//! generous spacing) and a booklet (A5 or half-letter pages imposed two to a landscape sheet in
//! booklet order); and the daily plan as a one-page card. The output holds no timestamp, so the
//! same bulletins (and installed fonts) always give the same bytes.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::plan::{DailyPlan, NOTHING_NEW};
use super::{ExportError, PageLayout, Paper, Prepared, Rendered};
use crate::model::{Bulletin, Item};

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerif.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerif-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerif-Italic.ttf");

/// Shown in place of a character no font has.
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
struct Font<'d> {
    data: &'d [u8],
    index: u32,
    face: ttf_parser::Face<'d>,
    units: f32,
    postscript_name: String,
    /// CFF outlines (as the Noto CJK fonts have) are embedded as `FontFile3`, TrueType as `FontFile2`.
    cff: bool,
}

impl<'d> Font<'d> {
    fn load(data: &'d [u8], index: u32, postscript_name: &str) -> Result<Self, ExportError> {
        let face = ttf_parser::Face::parse(data, index)
            .map_err(|e| ExportError::Unavailable(format!("the font {postscript_name} cannot be read: {e}")))?;
        let units = f32::from(face.units_per_em());
        let cff = face.tables().cff.is_some();
        // A PDF name: printable ASCII without spaces or delimiters.
        let postscript_name: String =
            postscript_name.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
        Ok(Self { data, index, face, units, postscript_name, cff })
    }

    /// Advance width of a glyph in thousandths of an em.
    fn advance(&self, glyph: u16) -> f32 {
        f32::from(self.face.glyph_hor_advance(ttf_parser::GlyphId(glyph)).unwrap_or(0)) * 1000.0 / self.units
    }

    fn metric(&self, value: i16) -> f32 {
        f32::from(value) * 1000.0 / self.units
    }
}

/// Characters that draw nothing and may be left out: zero-width spaces and joiners, the soft
/// hyphen, the byte-order mark.
fn invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}')
}

/// The bundled faces (indexed by [`Face`]), then the system fonts that fill their gaps.
struct Fonts<'d> {
    list: Vec<Font<'d>>,
    /// For each character the bundled faces lack, the font in `list` that has it.
    fallback: HashMap<char, usize>,
    /// Characters no font has: drawn as a box and named to the user.
    unprintable: BTreeSet<char>,
}

/// A glyph to draw: which font, which glyph, and the character it stands for in the text layer.
#[derive(Clone, Copy)]
struct Glyph {
    font: usize,
    id: u16,
    shown: char,
}

impl Fonts<'_> {
    fn glyph(&self, face: Face, c: char) -> Glyph {
        let c = if c.is_whitespace() { ' ' } else { c };
        let bundled = &self.list[face as usize];
        if let Some(g) = bundled.face.glyph_index(c) {
            return Glyph { font: face as usize, id: g.0, shown: c };
        }
        if let Some(&font) = self.fallback.get(&c)
            && let Some(g) = self.list[font].face.glyph_index(c)
        {
            return Glyph { font, id: g.0, shown: c };
        }
        for stand_in in [MISSING, '?'] {
            if let Some(g) = bundled.face.glyph_index(stand_in) {
                return Glyph { font: face as usize, id: g.0, shown: stand_in };
            }
        }
        Glyph { font: face as usize, id: 0, shown: '?' }
    }

    fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| {
                let g = self.glyph(face, c);
                self.list[g.font].advance(g.id)
            })
            .sum::<f32>()
            * size
            / 1000.0
    }
}

/// A system font file's bytes, shared with the cache.
type FontBytes = Arc<[u8]>;

/// The system's fonts, read only when a handout first needs a character the bundled font lacks,
/// and kept for the rest of the run: which face has which character, and the faces' data.
struct SystemFonts {
    db: fontdb::Database,
    /// Faces in the order they are tried: upright, regular weight, serif (like DejaVu Serif) first.
    order: Vec<fontdb::ID>,
    found: HashMap<char, Option<fontdb::ID>>,
    /// The files of the faces a handout used, read once (a collection such as Noto CJK holds
    /// several faces in one file, kept once).
    loaded: HashMap<std::path::PathBuf, FontBytes>,
}

impl SystemFonts {
    fn load() -> Self {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let mut faces: Vec<&fontdb::FaceInfo> = db.faces().collect();
        faces.sort_by_key(|f| {
            let family = f.families.first().map(|(name, _)| name.clone()).unwrap_or_default();
            (
                f.style != fontdb::Style::Normal,
                (i32::from(f.weight.0) - 400).abs(),
                !family.contains("Serif"),
                family,
                f.index,
            )
        });
        let mut order: Vec<fontdb::ID> = faces.iter().map(|f| f.id).collect();
        // The bundled Korean and Chinese font, tried after every installed one.
        let bundled = db.load_font_source(fontdb::Source::Binary(Arc::new(crate::bundled_fonts::CJK_FALLBACK)));
        order.extend(bundled);
        Self { db, order, found: HashMap::new(), loaded: HashMap::new() }
    }

    /// The face's file, its index in the file and its PostScript name.
    fn data(&mut self, id: fontdb::ID) -> Option<(FontBytes, u32, String)> {
        let face = self.db.face(id)?;
        let (index, name) = (face.index, face.post_script_name.clone());
        let path = match &face.source {
            fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => path.clone(),
            fontdb::Source::Binary(_) => std::path::PathBuf::new(),
        };
        if let Some(bytes) = self.loaded.get(&path) {
            return Some((bytes.clone(), index, name));
        }
        let bytes: FontBytes = self.db.with_face_data(id, |data, _| Arc::from(data))?;
        self.loaded.insert(path, bytes.clone());
        Some((bytes, index, name))
    }

    /// Finds a face for each character not looked for before; each face is read once per call.
    fn resolve(&mut self, chars: &BTreeSet<char>) {
        let mut wanted: Vec<char> = chars.iter().copied().filter(|c| !self.found.contains_key(c)).collect();
        for id in self.order.clone() {
            if wanted.is_empty() {
                break;
            }
            // Looked at through fontdb (the file mapped, not read), so trying many faces is cheap.
            let found = &mut self.found;
            self.db.with_face_data(id, |data, index| {
                let Ok(face) = ttf_parser::Face::parse(data, index) else { return };
                wanted.retain(|&c| {
                    let has = face.glyph_index(c).is_some_and(|g| g.0 != 0);
                    if has {
                        found.insert(c, Some(id));
                    }
                    !has
                });
            });
        }
        for c in wanted {
            self.found.insert(c, None);
        }
    }
}

/// The system font cache, created on first use.
fn system_fonts() -> &'static Mutex<Option<SystemFonts>> {
    static FONTS: OnceLock<Mutex<Option<SystemFonts>>> = OnceLock::new();
    FONTS.get_or_init(|| Mutex::new(None))
}

/// System fonts that have the characters the bundled faces lack: the data of each face needed and
/// which character goes to which of them. The characters no installed font has are returned too.
fn system_fallbacks(missing: &BTreeSet<char>) -> Fallbacks {
    let mut faces = Vec::new();
    let mut by_char = HashMap::new();
    let mut unprintable = BTreeSet::new();
    if missing.is_empty() {
        return Fallbacks { faces, by_char, unprintable };
    }
    // A cache left poisoned by a panic elsewhere is still a valid cache.
    let mut guard = system_fonts().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let system = guard.get_or_insert_with(SystemFonts::load);
    system.resolve(missing);
    let mut slot: HashMap<fontdb::ID, usize> = HashMap::new();
    for &c in missing {
        match system.found.get(&c).copied().flatten() {
            Some(id) => {
                let at = match slot.get(&id) {
                    Some(&at) => at,
                    None => {
                        let Some(data) = system.data(id) else {
                            unprintable.insert(c);
                            continue;
                        };
                        faces.push(data);
                        slot.insert(id, faces.len() - 1);
                        faces.len() - 1
                    }
                };
                by_char.insert(c, at);
            }
            None => {
                unprintable.insert(c);
            }
        }
    }
    Fallbacks { faces, by_char, unprintable }
}

/// What the system fonts add to a handout's fonts.
struct Fallbacks {
    /// Each face needed: its file's bytes, its index in the file, its PostScript name.
    faces: Vec<(FontBytes, u32, String)>,
    /// Which of `faces` draws each character the bundled faces lack.
    by_char: HashMap<char, usize>,
    /// Characters no installed font has.
    unprintable: BTreeSet<char>,
}

/// The three bundled faces, parsed.
fn bundled() -> Result<[Font<'static>; 3], ExportError> {
    Ok([
        Font::load(REGULAR, 0, "DejaVuSerif")?,
        Font::load(BOLD, 0, "DejaVuSerif-Bold")?,
        Font::load(ITALIC, 0, "DejaVuSerif-Italic")?,
    ])
}

/// The characters of `texts` that one of the bundled faces lacks.
fn lacking<'t>(bundled: &[Font<'_>; 3], texts: impl Iterator<Item = &'t str>) -> BTreeSet<char> {
    let mut seen: BTreeSet<char> = BTreeSet::new();
    let mut lacking = BTreeSet::new();
    for text in texts {
        for c in text.chars() {
            if c.is_ascii() || c.is_whitespace() || invisible(c) || !seen.insert(c) {
                continue;
            }
            if bundled.iter().any(|f| f.face.glyph_index(c).is_none()) {
                lacking.insert(c);
            }
        }
    }
    lacking
}

/// Every piece of text a bulletin puts on paper.
fn bulletin_texts(b: &Bulletin) -> impl Iterator<Item = &str> {
    [b.title.as_str()]
        .into_iter()
        .chain(b.verse.iter().flat_map(|v| [v.text.as_str(), v.reference.as_str()]))
        .chain(
            b.sections
                .iter()
                .flat_map(|s| std::iter::once(s.region.as_str()).chain(s.items.iter().map(|i| i.text.as_str()))),
        )
        .chain(b.closing.as_deref())
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

/// How large a layout sets its type and spaces, from the standard handout's sizes.
#[derive(Clone, Copy, Debug)]
struct Scale {
    /// Every size and space multiplied by this.
    factor: f32,
    /// No text smaller than this (points).
    min_size: f32,
    /// Line spacing and the gaps between blocks multiplied by this as well.
    spacing: f32,
}

impl Scale {
    const STANDARD: Self = Self { factor: 1.0, min_size: 0.0, spacing: 1.0 };
    /// 18 pt body text (the large-print guides' minimum), nothing smaller, lines a quarter wider apart.
    const LARGE_PRINT: Self = Self { factor: 18.0 / 11.0, min_size: 18.0, spacing: 1.25 };

    fn pt(self, size: f32) -> f32 {
        (size * self.factor).max(self.min_size)
    }

    fn space(self, space: f32) -> f32 {
        space * self.factor * self.spacing
    }
}

struct Layout<'f> {
    fonts: &'f Fonts<'f>,
    scale: Scale,
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
    fn measure(&self, face: Face, text: &str, size: f32) -> f32 {
        self.fonts.width(face, text, size)
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
            let (face, size) = (word.style.face, word.style.size);
            let space = self.measure(face, " ", size);
            let w = self.measure(face, &word.text, size);
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
                if self.measure(face, &piece, size) > width && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(vec![(0.0, Word { text: std::mem::take(&mut piece), style: word.style })]);
                    piece.push(c);
                }
            }
            x = self.measure(face, &piece, size);
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
            let line_width = line.last().map_or(0.0, |(x, w)| x + self.measure(w.style.face, &w.text, w.style.size));
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
    text.split_whitespace()
        .map(|w| Word { text: w.chars().filter(|c| !invisible(*c)).collect(), style })
        .filter(|w| !w.text.is_empty())
        .collect()
}

/// The paper a layout's pages are set on and its margins (points).
#[derive(Clone, Copy, Debug)]
struct Geometry {
    width: f32,
    height: f32,
    margin_x: f32,
    top: f32,
    bottom: f32,
    /// The baseline of the footer, from the bottom edge.
    footer: f32,
}

fn paper_size(paper: Paper) -> (f32, f32) {
    match paper {
        Paper::A4 => (210.0 * MM, 297.0 * MM),
        Paper::Letter => (612.0, 792.0),
    }
}

fn geometry(paper: Paper, layout: PageLayout) -> Geometry {
    match layout {
        PageLayout::Standard => {
            let (width, height) = paper_size(paper);
            Geometry { width, height, margin_x: 22.0 * MM, top: 20.0 * MM, bottom: 24.0 * MM, footer: 12.0 * MM }
        }
        PageLayout::LargePrint => {
            let (width, height) = paper_size(paper);
            Geometry { width, height, margin_x: 20.0 * MM, top: 18.0 * MM, bottom: 32.0 * MM, footer: 12.0 * MM }
        }
        PageLayout::Booklet => {
            // Half the sheet: A5 from A4, half-letter from Letter.
            let (width, height) = match paper {
                Paper::A4 => (148.0 * MM, 210.0 * MM),
                Paper::Letter => (396.0, 612.0),
            };
            Geometry { width, height, margin_x: 15.0 * MM, top: 15.0 * MM, bottom: 20.0 * MM, footer: 9.0 * MM }
        }
    }
}

impl<'f> Layout<'f> {
    fn new(fonts: &'f Fonts<'f>, geometry: Geometry, scale: Scale) -> Self {
        Self {
            fonts,
            scale,
            width: geometry.width,
            height: geometry.height,
            margin_x: geometry.margin_x,
            top: geometry.height - geometry.top,
            bottom: geometry.bottom,
            pages: Vec::new(),
            y: 0.0,
        }
    }
}

/// Where logical pages go on the printed sheets: a sheet's size and, for each page on it, which
/// page and how far to the right.
struct Sheet {
    width: f32,
    height: f32,
    pages: Vec<(usize, f32)>,
}

/// One page per sheet, as laid out.
fn sheets_as_laid_out(layout: &Layout<'_>) -> Vec<Sheet> {
    (0..layout.pages.len())
        .map(|page| Sheet { width: layout.width, height: layout.height, pages: vec![(page, 0.0)] })
        .collect()
}

/// The pages imposed for a booklet: padded with blank pages to a multiple of four, two to each side
/// of a landscape sheet, so that the sheets printed double-sided (flipping on the short edge) and
/// folded in the middle read in order. For n pages the first side holds n and 1, its back 2 and
/// n − 1, and so on inwards.
fn booklet_sheets(layout: &mut Layout<'_>, paper: Paper) -> Vec<Sheet> {
    while !layout.pages.len().is_multiple_of(4) {
        layout.pages.push(Vec::new());
    }
    let n = layout.pages.len();
    // The paper turned to landscape; the two pages sit in its middle (A5 is a hair narrower than
    // half of A4).
    let (height, width) = paper_size(paper);
    let half = layout.width;
    let x = ((width - 2.0 * half) / 2.0).max(0.0);
    let mut sheets = Vec::with_capacity(n / 2);
    for k in 0..n / 4 {
        for (left, right) in [(n - 1 - 2 * k, 2 * k), (2 * k + 1, n - 2 - 2 * k)] {
            sheets.push(Sheet { width, height, pages: vec![(left, x), (right, x + half)] });
        }
    }
    sheets
}

/// Writes prepared bulletins as a PDF, each starting on a new page.
pub(super) fn write(
    prepared: &Prepared<'_>,
    paper: Paper,
    page_layout: PageLayout,
    library_name: &str,
) -> Result<Rendered, ExportError> {
    let bundled = bundled()?;
    let texts = prepared.bulletins().iter().flat_map(|b| bulletin_texts(b)).chain([library_name]);
    let missing = lacking(&bundled, texts);
    let fallbacks = system_fallbacks(&missing);
    let fonts = fonts_with(bundled, &fallbacks.faces, fallbacks.by_char, fallbacks.unprintable)?;
    let scale = if page_layout == PageLayout::LargePrint { Scale::LARGE_PRINT } else { Scale::STANDARD };
    let geometry = geometry(paper, page_layout);
    let mut layout = Layout::new(&fonts, geometry, scale);
    for bulletin in prepared.bulletins() {
        layout.new_page();
        lay_out(&mut layout, bulletin, prepared);
    }
    if layout.pages.is_empty() {
        layout.new_page();
    }
    add_footers(&mut layout, library_name, geometry.footer);
    let sheets = if page_layout == PageLayout::Booklet {
        booklet_sheets(&mut layout, paper)
    } else {
        sheets_as_laid_out(&layout)
    };
    let title = match prepared.bulletins() {
        [one] if !one.title.trim().is_empty() => one.title.trim().to_owned(),
        _ => library_name.to_owned(),
    };
    let bytes = write_pdf(&layout, &sheets, &fonts, &title)?;
    Ok(Rendered { bytes, unprintable: fonts.unprintable.iter().copied().collect() })
}

/// The bundled faces and the system faces that fill their gaps, parsed.
fn fonts_with<'d>(
    bundled: [Font<'static>; 3],
    system: &'d [(FontBytes, u32, String)],
    fallback: HashMap<char, usize>,
    unprintable: BTreeSet<char>,
) -> Result<Fonts<'d>, ExportError> {
    let mut list: Vec<Font<'d>> = bundled.into_iter().collect();
    for (bytes, index, name) in system {
        list.push(Font::load(bytes, *index, name)?);
    }
    let fallback = fallback.into_iter().map(|(c, at)| (c, at + 3)).collect();
    Ok(Fonts { list, fallback, unprintable })
}

/// Writes the daily plans as a card: each plan on one page, the type made smaller until the
/// week fits (down to a floor, below which it runs on to a second page rather than become
/// unreadable).
pub(super) fn write_plan(plans: &[DailyPlan<'_>], paper: Paper, library_name: &str) -> Result<Rendered, ExportError> {
    let bundled = bundled()?;
    let day_texts: Vec<String> = plans.iter().flat_map(|p| p.days.iter().map(super::plan::Day::heading)).collect();
    let texts = plans
        .iter()
        .flat_map(|p| bulletin_texts(p.bulletin))
        .chain(day_texts.iter().map(String::as_str))
        .chain([library_name]);
    let missing = lacking(&bundled, texts);
    let fallbacks = system_fallbacks(&missing);
    let fonts = fonts_with(bundled, &fallbacks.faces, fallbacks.by_char, fallbacks.unprintable)?;
    let (width, height) = paper_size(paper);
    let geometry = Geometry { width, height, margin_x: 16.0 * MM, top: 14.0 * MM, bottom: 18.0 * MM, footer: 9.0 * MM };
    let mut pages = Vec::new();
    for plan in plans {
        let mut factor = 1.0;
        let card = loop {
            let scale = Scale { factor, min_size: 0.0, spacing: 1.0 };
            let mut card = Layout::new(&fonts, geometry, scale);
            card.new_page();
            lay_out_plan(&mut card, plan);
            if card.pages.len() == 1 || factor <= 0.62 {
                break card;
            }
            factor -= 0.04;
        };
        pages.extend(card.pages);
    }
    let mut layout = Layout::new(&fonts, geometry, Scale::STANDARD);
    layout.pages = pages;
    if layout.pages.is_empty() {
        layout.new_page();
    }
    add_footers(&mut layout, library_name, geometry.footer);
    let sheets = sheets_as_laid_out(&layout);
    let title = match plans {
        [one] => format!("{} \u{2014} day by day", super::plan::headline(one.bulletin)),
        _ => library_name.to_owned(),
    };
    let bytes = write_pdf(&layout, &sheets, &fonts, &title)?;
    Ok(Rendered { bytes, unprintable: fonts.unprintable.iter().copied().collect() })
}

fn lay_out_plan(layout: &mut Layout<'_>, plan: &DailyPlan<'_>) {
    let s = layout.scale;
    let measure = layout.text_width();
    let left = layout.margin_x;
    let right = left + measure;
    let b = plan.bulletin;
    let title = b.printed_title();
    let lines = layout.wrap(words(title, Style { face: Face::Bold, size: s.pt(17.0), color: INK }), measure);
    layout.y += s.space(3.0);
    layout.place(lines, 0.0, s.space(21.0), false);
    let sub = Style { face: Face::Italic, size: s.pt(10.5), color: GREY };
    let lines = layout.wrap(words(&super::plan::subtitle(plan), sub), measure);
    layout.place(lines, 0.0, s.space(15.0), false);
    layout.y -= s.space(4.0);
    let body = Style { face: Face::Regular, size: s.pt(9.5), color: INK };
    let leading = s.space(12.5);
    for day in &plan.days {
        layout.y -= s.space(8.0);
        let heading = Style { face: Face::Bold, size: s.pt(11.5), color: INK };
        let lines = layout.wrap(words(&day.heading(), heading), measure);
        if layout.room() < s.space(16.0) + 2.0 * leading {
            layout.new_page();
        }
        layout.place(lines, 0.0, s.space(15.0), false);
        layout.rule(left, right, layout.y - s.space(3.5), 0.5, RULE);
        layout.y -= s.space(4.0);
        if let Some(verse) = day.verse {
            let style = Style { face: Face::Italic, size: s.pt(9.5), color: INK };
            let mut text = format!("\u{201c}{}\u{201d}", verse.text.trim());
            if !verse.reference.trim().is_empty() {
                text.push_str(&format!(" \u{2014} {}", verse.reference.trim()));
            }
            let indent = s.space(12.0);
            let lines = layout.wrap(words(&text, style), measure - indent);
            let top = layout.y;
            let placed = layout.place(lines, indent, leading, false);
            let bottom = placed.last().map_or(layout.y, |(y, _)| y - 3.0);
            let x = left + indent - 6.0;
            layout.mark(Mark::Line { x1: x, y1: top - 2.0, x2: x, y2: bottom, width: 1.5, color: GOLD });
            layout.y -= s.space(3.0);
        }
        if day.readings.is_empty() {
            let style = Style { face: Face::Italic, size: s.pt(9.5), color: GREY };
            let lines = layout.wrap(words(NOTHING_NEW, style), measure);
            layout.place(lines, 0.0, leading, false);
        }
        for (region, items) in day.by_region() {
            let label = Style { face: Face::Bold, size: s.pt(9.5), color: GREY };
            let mut first = true;
            for item in items {
                let mut all = Vec::new();
                if first {
                    all.extend(words(&format!("{region}:"), label));
                    first = false;
                }
                all.extend(item_words(item, &plan.marks(item), body, s));
                let lines = layout.wrap(all, measure);
                let top = layout.y;
                let pages_before = layout.pages.len();
                let placed = layout.place(lines, 0.0, leading, false);
                if item.sensitive {
                    let top = if layout.pages.len() == pages_before { top } else { layout.top };
                    let bottom = placed.last().map_or(layout.y, |(y, _)| y - 3.0);
                    let x = left - 6.0;
                    layout.mark(Mark::Line { x1: x, y1: top - 2.0, x2: x, y2: bottom, width: 1.5, color: RED });
                }
                layout.y -= s.space(2.5);
            }
        }
    }
    if let Some(closing) = &b.closing {
        let style = Style { face: Face::Italic, size: s.pt(8.5), color: GREY };
        let lines = layout.wrap(words(closing, style), measure);
        layout.y -= s.space(8.0);
        layout.rule(left, right, layout.y, 0.5, RULE);
        layout.y -= 2.0;
        layout.place(lines, 0.0, s.space(11.0), false);
    }
}

fn lay_out(layout: &mut Layout<'_>, b: &Bulletin, prepared: &Prepared<'_>) {
    let s = layout.scale;
    let measure = layout.text_width();
    let left = layout.margin_x;
    let right = left + measure;

    // Headline.
    let title = b.printed_title();
    let headline = Style { face: Face::Bold, size: s.pt(22.0), color: INK };
    let lines = layout.wrap(words(title, headline), measure);
    layout.y += s.space(4.0); // The first baseline sits a little higher than the leading would put it.
    layout.place(lines, 0.0, s.space(27.0), false);

    // Date, written out.
    if b.date.is_some() {
        let style = Style { face: Face::Italic, size: s.pt(12.0), color: GREY };
        let lines = layout.wrap(words(&b.long_date(), style), measure);
        layout.y -= s.space(4.0);
        layout.place(lines, 0.0, s.space(17.0), false);
    }
    layout.y -= s.space(10.0);
    layout.rule(left, right, layout.y, 0.6, RULE);
    layout.y -= s.space(6.0);

    // The verse, set apart: indented, italic, a gold bar beside it, its reference below.
    if let Some(verse) = &b.verse {
        let style = Style { face: Face::Italic, size: s.pt(11.5), color: INK };
        let indent = s.space(18.0);
        let text = format!("\u{201c}{}\u{201d}", verse.text.trim());
        let lines = layout.wrap(words(&text, style), measure - 2.0 * indent);
        let first_top = layout.y;
        let placed = layout.place(lines, indent, s.space(16.0), false);
        let mut bar_top = first_top - 2.0;
        let mut bar_bottom = placed.last().map_or(layout.y, |(y, _)| y - 4.0);
        if !verse.reference.trim().is_empty() {
            let style = Style { face: Face::Regular, size: s.pt(10.0), color: GREY };
            let text = format!("\u{2014} {}", verse.reference.trim());
            let lines = layout.wrap(words(&text, style), measure - 2.0 * indent);
            let before = layout.pages.len();
            let placed = layout.place_right(lines, indent, s.space(15.0));
            if layout.pages.len() != before {
                bar_top = layout.top;
            }
            bar_bottom = placed.last().map_or(bar_bottom, |(y, _)| y - 4.0);
        }
        let x = left + indent - 8.0;
        if bar_top > bar_bottom {
            layout.mark(Mark::Line { x1: x, y1: bar_top, x2: x, y2: bar_bottom, width: 2.0, color: GOLD });
        }
        layout.y -= s.space(8.0);
    }

    // Regions, each heading kept with the start of its first paragraph.
    let body = Style { face: Face::Regular, size: s.pt(11.0), color: INK };
    let leading = s.space(15.0);
    for section in &b.sections {
        let heading = Style { face: Face::Bold, size: s.pt(13.5), color: INK };
        let heading_leading = s.space(18.0);
        let heading_lines = layout.wrap(words(&section.region, heading), measure);
        let first_lines = section
            .items
            .first()
            .map_or(0, |item| layout.wrap(item_words(item, &prepared.marks(item), body, s), measure).len().min(2));
        let needed =
            s.space(14.0) + heading_lines.len() as f32 * heading_leading + s.space(6.0) + first_lines as f32 * leading;
        if layout.y >= layout.top - 1.0 {
            // Already at the top of a page: no gap above the heading.
        } else if layout.room() < needed {
            layout.new_page();
        } else {
            layout.y -= s.space(14.0);
        }
        layout.place(heading_lines, 0.0, heading_leading, false);
        layout.rule(left, right, layout.y - s.space(4.0), 0.5, RULE);
        layout.y -= s.space(6.0);
        for (i, item) in section.items.iter().enumerate() {
            if i > 0 {
                layout.y -= s.space(6.0);
            }
            let lines = layout.wrap(item_words(item, &prepared.marks(item), body, s), measure);
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
        let style = Style { face: Face::Italic, size: s.pt(10.5), color: GREY };
        let closing_leading = s.space(14.5);
        let lines = layout.wrap(words(closing, style), measure);
        if layout.room() < s.space(20.0) + lines.len() as f32 * closing_leading {
            layout.new_page();
        } else {
            layout.y -= s.space(16.0);
        }
        layout.rule(left, right, layout.y, 0.5, RULE);
        layout.y -= 2.0;
        layout.place(lines, 0.0, closing_leading, false);
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
fn item_words(item: &Item, marks: &[super::Mark<'_>], body: Style, s: Scale) -> Vec<Word> {
    let mut out = Vec::new();
    for mark in marks {
        let color = if *mark == super::Mark::Sensitive { RED } else { GREY };
        let size = s.pt(10.0).min(body.size.max(s.min_size));
        out.extend(words(&format!("{}:", mark.words()), Style { face: Face::Bold, size, color }));
    }
    let badge = Style { face: Face::Bold, size: s.pt(8.0).min(body.size), color: LIGHT };
    out.extend(words(&item.kind.badge(), badge));
    out.extend(words(&item.text, body));
    out
}

fn add_footers(layout: &mut Layout<'_>, library_name: &str, footer: f32) {
    let total = layout.pages.len();
    let size = layout.scale.pt(8.5);
    let style = Style { face: Face::Regular, size, color: LIGHT };
    let y = footer;
    let left = layout.margin_x;
    let right = layout.width - layout.margin_x;
    let fonts = layout.fonts;
    for (i, page) in layout.pages.iter_mut().enumerate() {
        let number = format!("Page {} of {total}", i + 1);
        let number_x = right - fonts.width(Face::Regular, &number, size);
        // The library's name, shortened to leave room for the page number.
        let mut name = library_name.trim().to_owned();
        while !name.is_empty() && left + fonts.width(Face::Regular, &name, size) > number_x - 12.0 {
            name.pop();
        }
        let rule = y + size + 2.5;
        page.push(Mark::Line { x1: left, y1: rule, x2: right, y2: rule, width: 0.4, color: RULE });
        if !name.is_empty() {
            page.push(Mark::Text { x: left, y, style, text: name });
        }
        page.push(Mark::Text { x: number_x, y, style, text: number });
    }
}

/// A six-letter subset tag for the font at `index`, fixed so the output is stable.
fn subset_tag(index: usize) -> String {
    let mut tag = *b"PBAAAA";
    let mut n = index;
    for at in (2..6).rev() {
        tag[at] = b'A' + (n % 26) as u8;
        n /= 26;
    }
    String::from_utf8_lossy(&tag).into_owned()
}

fn write_pdf(layout: &Layout<'_>, sheets: &[Sheet], fonts: &Fonts<'_>, title: &str) -> Result<Vec<u8>, ExportError> {
    let count = fonts.list.len();
    // Which glyphs each font needs, so only those are embedded.
    let mut used: Vec<BTreeMap<u16, char>> = vec![BTreeMap::new(); count];
    for page in &layout.pages {
        for mark in page {
            if let Mark::Text { style, text, .. } = mark {
                for c in text.chars() {
                    let g = fonts.glyph(style.face, c);
                    used[g.font].entry(g.id).or_insert(g.shown);
                }
            }
        }
    }
    let mut remappers: Vec<subsetter::GlyphRemapper> = Vec::new();
    let mut subsets: Vec<Vec<u8>> = Vec::new();
    for (font, glyphs) in fonts.list.iter().zip(&used) {
        let mut remapper = subsetter::GlyphRemapper::new();
        for &g in glyphs.keys() {
            remapper.remap(g);
        }
        let subset = subsetter::subset(font.data, font.index, &remapper).map_err(|e| {
            ExportError::Unavailable(format!("the font {} could not be embedded: {e}", font.postscript_name))
        })?;
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
    let font_refs: Vec<[Ref; 5]> = (0..count).map(|_| [alloc(), alloc(), alloc(), alloc(), alloc()]).collect();
    let sheet_refs: Vec<(Ref, Ref)> = sheets.iter().map(|_| (alloc(), alloc())).collect();

    {
        let mut c = pdf.catalog(catalog);
        c.pages(tree).lang(TextStr("en"));
        c.viewer_preferences().display_doc_title(true);
    }
    pdf.pages(tree).kids(sheet_refs.iter().map(|(p, _)| *p)).count(sheet_refs.len() as i32);
    pdf.document_info(info).title(TextStr(title)).producer(TextStr(crate::model::PRODUCT_NAME));

    let names: Vec<String> = (0..count).map(|i| format!("F{i}")).collect();
    for (sheet, (page_ref, content_ref)) in sheets.iter().zip(&sheet_refs) {
        let mut p = pdf.page(*page_ref);
        p.media_box(Rect::new(0.0, 0.0, sheet.width, sheet.height));
        p.parent(tree);
        p.contents(*content_ref);
        {
            let mut resources = p.resources();
            let mut f = resources.fonts();
            for (name, refs) in names.iter().zip(&font_refs) {
                f.pair(Name(name.as_bytes()), refs[0]);
            }
        }
        p.finish();
        let mut content = Content::new();
        for &(page, dx) in &sheet.pages {
            let Some(marks) = layout.pages.get(page) else { continue };
            content.save_state();
            if dx != 0.0 {
                content.transform([1.0, 0.0, 0.0, 1.0, dx, 0.0]);
            }
            for mark in marks {
                match mark {
                    Mark::Text { x, y, style, text } => {
                        content.set_fill_rgb(style.color.0, style.color.1, style.color.2);
                        content.begin_text();
                        content.next_line(*x, *y);
                        // Runs of one font each: a character the bundled face lacks is drawn with
                        // the system font that has it, the text position moving on by its width.
                        let mut run_font = usize::MAX;
                        let mut bytes: Vec<u8> = Vec::with_capacity(text.len() * 2);
                        for c in text.chars() {
                            let g = fonts.glyph(style.face, c);
                            if g.font != run_font {
                                if !bytes.is_empty() {
                                    content.show(Str(&bytes));
                                    bytes.clear();
                                }
                                content.set_font(Name(names[g.font].as_bytes()), style.size);
                                run_font = g.font;
                            }
                            let cid = remappers[g.font].get(g.id).unwrap_or(0);
                            bytes.extend_from_slice(&cid.to_be_bytes());
                        }
                        if !bytes.is_empty() {
                            content.show(Str(&bytes));
                        }
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
            content.restore_state();
        }
        let data = compress(&content.finish());
        pdf.stream(*content_ref, &data).filter(Filter::FlateDecode);
    }

    for (index, font) in fonts.list.iter().enumerate() {
        let [type0, cid, descriptor, cmap, file] = font_refs[index];
        let remapper = &remappers[index];
        let base = format!("{}+{}", subset_tag(index), font.postscript_name);
        let base = Name(base.as_bytes());
        pdf.type0_font(type0)
            .base_font(base)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);

        let mut c = pdf.cid_font(cid);
        c.subtype(if font.cff { CidFontType::Type0 } else { CidFontType::Type2 });
        c.base_font(base);
        c.system_info(SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 });
        c.font_descriptor(descriptor);
        if !font.cff {
            c.cid_to_gid_map_predefined(Name(b"Identity"));
        }
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
        let mut flags = FontFlags::NON_SYMBOLIC;
        if index < 3 {
            flags |= FontFlags::SERIF;
        }
        if index == Face::Italic as usize || face.is_italic() {
            flags |= FontFlags::ITALIC;
        }
        let mut d = pdf.font_descriptor(descriptor);
        d.name(base)
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
            .stem_v(if index == Face::Bold as usize { 140.0 } else { 80.0 });
        if font.cff {
            d.font_file3(file);
        } else {
            d.font_file2(file);
        }
        d.finish();

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
        if font.cff {
            stream.pair(Name(b"Subtype"), Name(b"OpenType"));
        } else {
            stream.pair(Name(b"Length1"), subsets[index].len() as i32);
        }
        stream.finish();
    }
    Ok(pdf.finish())
}

fn compress(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}
