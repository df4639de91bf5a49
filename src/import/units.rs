//! The line-reading stage: cleaned lines, with the outline's headings marked, become units (dates,
//! verses, references, headings, paragraphs, lines left out), each with its line number.

use super::lines::{heading_like, is_image_name, mostly_capitalised};
use super::paragraphs::{paragraphs, wrap_width};
use super::text::Line;
use super::verse_lines::{gather_verse, labelled_verse};
use super::{
    CUT_HEADING_REASON, FURNITURE_REASON, IMAGE_REASON, TERMINAL, Unit, UnitKind, dates, labels, lines,
    parse_date_line, verse,
};
use crate::library::LibrarySettings;

/// What the line-reading pass found: the units, and notes about lines it read in a particular way.
pub(super) struct Units {
    pub(super) units: Vec<Unit>,
    pub(super) notes: Vec<(usize, String)>,
}

/// `region_of` and `structural` say what each line is, worked out once: the reader looks at lines
/// before and after the current one too.
pub(super) fn units(
    lines: &[Line],
    settings: &LibrarySettings,
    region_of: &[Option<&str>],
    structural: &[bool],
) -> Units {
    // Text with blank lines between blocks keeps each paragraph in one block, so every line of a
    // block belongs to one paragraph; text without them needs the line-fit test below.
    let blank = lines.iter().filter(|l| l.text.is_empty()).count();
    let blank_separated = blank * 8 >= lines.len() - blank;
    let reader = Reader {
        lines,
        settings,
        region_of,
        structural,
        blank_separated,
        wrap_width: if blank_separated { wrap_width(lines, structural) } else { None },
        last_text: lines.iter().rposition(|l| !l.text.is_empty()),
        units: Vec::new(),
        notes: Vec::new(),
        past_top: false,
        paragraphs: 0,
    };
    let (mut units, notes) = read_in_parts(&reader);
    // The outline stage's headings head sections of their own, never a paragraph under the next.
    let outlined = |line: usize| lines.get(line.wrapping_sub(1)).is_some_and(|l| l.markdown_heading);
    people_before_places(&mut units, outlined);
    Units { units, notes }
}

/// Reads every line. A long text is read in parts on all cores, cut at blank lines past its top: a
/// part read from a blank line reads as it would after the part before, unless that part's last
/// unit ran past the cut (a verse over a blank line), and then the text is read again on one core.
fn read_in_parts(template: &Reader) -> (Vec<Unit>, Vec<(usize, String)>) {
    let lines = template.lines;
    let n = super::parallel::parts(lines.len());
    let mut cuts: Vec<usize> = vec![0];
    for k in 1..n {
        let from = (k * lines.len() / n).max(cuts[cuts.len() - 1] + 1);
        if let Some(blank) = lines.get(from..).and_then(|rest| rest.iter().position(|l| l.text.is_empty())) {
            cuts.push(from + blank);
        }
    }
    cuts.dedup();
    let ends: Vec<usize> = cuts[1..].iter().copied().chain([lines.len()]).collect();
    let ranges: Vec<(usize, usize)> = cuts.iter().copied().zip(ends).collect();
    let read = |&(start, end): &(usize, usize)| {
        let mut reader = template.fresh(start > 0);
        let mut i = start;
        while i < end {
            i = reader.read(i);
        }
        (i, reader)
    };
    let parts = if ranges.len() == 1 { vec![read(&ranges[0])] } else { super::parallel::each(&ranges, read) };
    let joined = parts.windows(2).zip(&ranges[1..]).all(|(w, &(start, _))| w[0].0 == start && w[0].1.past_top);
    if !joined {
        let (_, reader) = read(&(0, lines.len()));
        return (reader.units, reader.notes);
    }
    let (mut units, mut notes) = (Vec::new(), Vec::new());
    for (_, reader) in parts {
        units.extend(reader.units);
        notes.extend(reader.notes);
    }
    (units, notes)
}

/// The line-reading pass over one text: what it has read so far.
struct Reader<'l, 't> {
    lines: &'l [Line<'t>],
    settings: &'l LibrarySettings,
    region_of: &'l [Option<&'l str>],
    structural: &'l [bool],
    blank_separated: bool,
    wrap_width: Option<usize>,
    last_text: Option<usize>,
    units: Vec<Unit>,
    notes: Vec<(usize, String)>,
    /// A heading, or two paragraphs, have been read (the sheet's top is behind).
    past_top: bool,
    /// Paragraphs read so far.
    paragraphs: usize,
}

impl Reader<'_, '_> {
    /// A reader that has read nothing yet, at the text's top or (`past_top`) further down.
    fn fresh(&self, past_top: bool) -> Self {
        Self { units: Vec::new(), notes: Vec::new(), past_top, paragraphs: if past_top { 2 } else { 0 }, ..*self }
    }

    fn push(&mut self, line: usize, kind: UnitKind) {
        // The top is behind after a heading, or after a second paragraph (the first may be a
        // subtitle).
        self.paragraphs += usize::from(matches!(kind, UnitKind::Paragraph(_)));
        self.past_top |= matches!(kind, UnitKind::Heading { .. }) || self.paragraphs >= 2;
        self.units.push(Unit { line, kind });
    }

    /// Reads the line at `i` (and the lines that go with it); returns where to go on.
    fn read(&mut self, i: usize) -> usize {
        if self.lines[i].text.is_empty() {
            return i + 1;
        }
        self.line_of_its_own(i).or_else(|| self.heading(i)).unwrap_or_else(|| self.body(i))
    }

    /// A line that is one unit whatever stands around it: the headline, an image's name, a date, a
    /// reference, a verse, a region of the library, a note. Returns where to go on.
    fn line_of_its_own(&mut self, i: usize) -> Option<usize> {
        let line = &self.lines[i];
        let (n, t) = (line.number, line.text.as_ref());
        if line.furniture {
            self.push(n, UnitKind::Stray(t.to_owned(), FURNITURE_REASON));
            return Some(i + 1);
        }
        if line.issue {
            self.push(n, UnitKind::Issue(t.to_owned()));
            return Some(i + 1);
        }
        if line.headline {
            self.push(n, UnitKind::Headline(t.to_owned()));
            // `2026년 3월 8일 주간기도제목`, `2023.5.14 Prayer points`: the headline starts with its date.
            if let Some(date) = dates::leading_date(t) {
                self.push(n, UnitKind::Date(date));
                let note = format!("took the date at the start of the headline ({date}) as the bulletin's date");
                self.notes.push((n, note));
            }
            return Some(i + 1);
        }
        let kind = if is_image_name(t) {
            UnitKind::Stray(t.to_owned(), IMAGE_REASON)
        } else if let Some(date) = parse_date_line(t) {
            UnitKind::Date(date)
        } else if let Some(date) = dates::leading_cjk_date(t) {
            // `2020년 8월 9일주간기도제목`: the week's date, and the words after it name the sheet.
            self.notes.push((n, format!("took the date at the start of \u{201c}{t}\u{201d} as the bulletin's date")));
            UnitKind::Date(date)
        } else if let Some(reference) = verse::reference_after_dash(t).or_else(|| verse::standalone_reference(t)) {
            UnitKind::Reference(reference)
        } else if let Some((reference, text)) = verse::reference_then_verse(t) {
            UnitKind::Verse { text, reference: Some(reference), labelled: false }
        } else if let Some((kind, next)) = labelled_verse(self.lines, i) {
            let label = t.split([':', '\u{ff1a}']).next().unwrap_or_default().trim();
            self.notes.push((n, format!("took the words after \u{201c}{label}\u{201d} as the verse")));
            self.push(n, kind);
            return Some(next);
        } else if !self.past_top
            && line.chars <= 160
            && !(line.quoted || verse::opens_with_quote(t))
            && let Some((body, reference)) = verse::split_trailing_reference(t)
            && (t.trim_end().ends_with([')', '\u{ff09}'])
                || t[body.len()..].trim_start().starts_with(['-', '\u{2013}', '\u{2014}']))
        {
            // `너희는 먼저 그의 나라와 의를 구하라(마 6:33)`, `Orai sem cessar. – 1 Tessalonicenses 5:17`: a
            // verse at the sheet's top, its reference after it in brackets or after a dash.
            UnitKind::Verse { text: verse::strip_quotes(body), reference: Some(reference.to_owned()), labelled: true }
        } else if let Some(region) = self.region_of[i] {
            UnitKind::Heading { region: region.to_owned(), known: true }
        } else if (line.quoted || verse::opens_with_quote(t))
            && let Some((kind, next)) = gather_verse(self.lines, i)
        {
            self.push(n, kind);
            return Some(next);
        } else if lines::is_bracketed_note(t) {
            UnitKind::Note(t.to_owned())
        } else if !line.bulleted
            && let Some((title, date)) = dates::split_trailing_date(t)
            && mostly_capitalised(title)
        {
            // A headline with the date at its end: `Flood Relief Prayer Update 14 October 2023`.
            self.push(n, UnitKind::Paragraph(title.to_owned()));
            let note = if title.len() == t.len() {
                format!("the headline \u{201c}{t}\u{201d} ends with its date; took it as the bulletin's date too")
            } else {
                format!(
                    "the line \u{201c}{t}\u{201d} ends with a date; took it as the bulletin's date and the words before it as the headline"
                )
            };
            self.notes.push((n, note));
            UnitKind::Date(date)
        } else {
            return None;
        };
        self.push(n, kind);
        Some(i + 1)
    }

    /// A heading: a line the outline stage marked, or a short line in title case after a break with
    /// body text under it; or the last line of a paste cut off in a heading's middle (`Latin`,
    /// `HQ & Glo`). Returns where to go on.
    fn heading(&mut self, i: usize) -> Option<usize> {
        let (lines, structural) = (self.lines, self.structural);
        let line = &lines[i];
        let (n, t) = (line.number, line.text.as_ref());
        if line.body {
            return None;
        }
        let next_line = lines[i + 1..].iter().position(|l| !l.text.is_empty()).map(|k| i + 1 + k);
        let next_is_body = next_line.is_some_and(|k| {
            !structural[k]
                || lines[k].markdown_heading
                // A region opening with a quotation (a saint's words) that is not a verse.
                || (verse::opens_with_quote(&lines[k].text) && !verse::closes_quote(&lines[k].text))
        });
        // A heading follows a break: a blank line, a structural line, or (text without
        // blank lines) a line that ended a sentence.
        let after_break = i == 0
            || {
                let prev = &lines[i - 1];
                prev.text.is_empty()
                || structural[i - 1]
                || prev.headline
                || prev.text.ends_with(TERMINAL)
                // A daily list: a date, a people group's line, then its place's.
                || matches!(
                    self.units.as_slice(),
                    [.., Unit { kind: UnitKind::Date(_), .. }, Unit { kind: UnitKind::Heading { .. }, line: l }] if *l == prev.number
                )
            };
        let looks = heading_like(t, line.chars) && !line.bulleted;
        if Some(i) == self.last_text && looks && t.split_whitespace().count() <= 3 {
            let key = crate::library::heading_key(t);
            let whole = self
                .settings
                .regions
                .iter()
                .flat_map(|r| std::iter::once(&r.name).chain(&r.aliases).map(move |name| (name, &r.name)))
                .find(|(name, _)| crate::library::heading_key(name).starts_with(&key))
                .map(|(_, name)| name.clone());
            self.push(n, UnitKind::Stray(t.to_owned(), CUT_HEADING_REASON));
            if let Some(name) = whole {
                self.notes.push((n, format!("\u{201c}{t}\u{201d} may be the start of \u{201c}{name}\u{201d}")));
            }
            return Some(i + 1);
        }
        // Right under a heading of the outline comes its text, not another heading.
        let under_outline_heading = i > 0 && lines[i - 1].markdown_heading;
        if !(line.markdown_heading || (looks && next_is_body && after_break && !under_outline_heading)) {
            return None;
        }
        let name = t.trim_end_matches([':', '\u{ff1a}']).trim();
        let (region, known) = match self.settings.region_for_heading(name) {
            Some(r) => (r.to_owned(), true),
            None => (name.to_owned(), false),
        };
        self.push(n, UnitKind::Heading { region, known });
        Some(i + 1)
    }

    /// A run of body lines from `start`, split into paragraphs (an inline label such as `Africa:`
    /// opening its own section). Returns where to go on.
    fn body(&mut self, start: usize) -> usize {
        let end = self.run_end(start);
        let settings = self.settings;
        let known = |label: &str| settings.region_for_heading(label).is_some();
        let label = |text: &str| labels::inline_label(text, known).is_some();
        for (line, paragraph) in paragraphs(&self.lines[start..end], self.blank_separated, self.wrap_width, label) {
            match labels::inline_label(&paragraph, known) {
                Some((name, rest)) => {
                    let (region, known) = match settings.region_for_heading(name) {
                        Some(r) => (r.to_owned(), true),
                        None => (name.to_owned(), false),
                    };
                    let rest = rest.to_owned();
                    self.push(line, UnitKind::Heading { region, known });
                    self.push(line, UnitKind::Paragraph(rest));
                }
                None => self.push(line, UnitKind::Paragraph(paragraph)),
            }
        }
        end
    }

    /// Where the run of body lines starting at `start` ends.
    fn run_end(&self, start: usize) -> usize {
        let lines = self.lines;
        let mut end = start + 1;
        if lines::is_motto(&lines[start].text) {
            return end;
        }
        while end < lines.len() {
            let l = &lines[end];
            if l.text.is_empty() || l.bulleted || l.furniture || l.headline {
                break;
            }
            if l.joins {
                end += 1;
                continue;
            }
            // In text with blank lines between blocks, a line right after one that stopped mid-sentence
            // is the paragraph going on (a hard-wrapped line starting with a quote mark or a region's
            // name), unless it is a date, a reference, an image or a Markdown heading.
            let mid_sentence = self.blank_separated && !lines[end - 1].text.ends_with(TERMINAL);
            let strong = || {
                l.markdown_heading
                    || parse_date_line(&l.text).is_some()
                    || verse::reference_after_dash(&l.text).is_some()
                    || is_image_name(&l.text)
                    // A whole quotation on its line (`«Venid a mí…»` over its reference).
                    || (verse::opens_with_quote(&l.text) && verse::closes_quote(&l.text) && l.chars > 12)
            };
            let breaks = if mid_sentence { strong() } else { self.structural[end] };
            let heading_after_sentence = lines[end - 1].text.ends_with(TERMINAL) && heading_like(&l.text, l.chars);
            let cut_last =
                Some(end) == self.last_text && heading_like(&l.text, l.chars) && l.text.split_whitespace().count() <= 3;
            // A motto is a line of its own (the run's first line was looked at above).
            if breaks || heading_after_sentence || cut_last || lines::is_motto(&l.text) {
                break;
            }
            end += 1;
        }
        end
    }
}

/// A daily list names a people group, then its place, then a paragraph: two headings with nothing
/// between. The first is no region of its own: it becomes the first paragraph under the second.
pub(super) fn people_before_places(units: &mut [Unit], outlined: impl Fn(usize) -> bool) {
    for k in 1..units.len().saturating_sub(2) {
        if outlined(units[k].line) {
            continue;
        }
        let body_before = matches!(
            units[k - 1].kind,
            UnitKind::Paragraph(_) | UnitKind::Date(_) | UnitKind::Verse { .. } | UnitKind::Reference(_)
        );
        let pair = matches!(units[k].kind, UnitKind::Heading { known: false, .. })
            && matches!(units[k + 1].kind, UnitKind::Heading { .. })
            && matches!(units[k + 2].kind, UnitKind::Paragraph(_));
        if body_before && pair {
            units.swap(k, k + 1);
            if let UnitKind::Heading { region, .. } = &mut units[k + 1].kind {
                let text = std::mem::take(region);
                units[k + 1].kind = UnitKind::Paragraph(text);
            }
        }
    }
}
