//! The assembling stage: units become bulletins. Where a bulletin starts (a headline over a date or
//! a verse), what its headline is, and the loop over the units; what each kind of unit does is in
//! `sections.rs`, the end of a bulletin in `finish.rs`.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::{ImportReport, Unit, UnitKind, Warning, lines};
use crate::library::LibrarySettings;
use crate::model::{Bulletin, ItemKind, kind_from_wording};

pub(super) struct Draft {
    pub(super) bulletin: Bulletin,
    pub(super) first_line: usize,
    /// Paragraphs between the verse and the first heading.
    pub(super) orphans: Vec<(usize, String)>,
    /// The line of the last paragraph added, for the cut-off warning.
    pub(super) last_item_line: usize,
    pub(super) last_heading_line: usize,
    /// Text after a footer line is left out until the next bulletin.
    pub(super) in_footer: bool,
    pub(super) item_lines: Vec<Vec<usize>>,
    /// Where each region's section is in `bulletin.sections`.
    pub(super) section_at: HashMap<String, usize>,
    /// The section text goes to: the one whose heading came last.
    pub(super) current_section: Option<usize>,
    /// The line the date was read from.
    pub(super) date_line: usize,
    /// The date was on a line above the headline (a blog post's date), not under it.
    pub(super) date_before_title: bool,
    /// The latest date line of a daily list inside this bulletin.
    pub(super) last_date: Option<NaiveDate>,
}

pub(super) struct Assembler<'a> {
    pub(super) settings: &'a LibrarySettings,
    pub(super) report: ImportReport,
    pub(super) current: Option<Draft>,
    /// The names in `report.new_regions`, to look them up without a scan.
    pub(super) new_region_names: HashSet<String>,
    /// Mark paragraphs with identifying details sensitive.
    pub(super) mark_sensitive: bool,
}

impl<'a> Assembler<'a> {
    pub(super) fn new(settings: &'a LibrarySettings) -> Self {
        Self {
            settings,
            report: ImportReport::default(),
            current: None,
            new_region_names: HashSet::new(),
            mark_sensitive: false,
        }
    }

    pub(super) fn warn(&mut self, line: usize, message: String) {
        let bulletin = self.current.as_ref().map(|_| self.report.bulletins.len());
        self.report.warnings.push(Warning { line, message, bulletin });
    }

    pub(super) fn left_out(&mut self, line: usize, text: &str, why: &str) {
        let shown: String = text.chars().take(80).collect();
        let ellipsis = if text.chars().count() > 80 { "\u{2026}" } else { "" };
        self.warn(line, format!("left out {why}: \u{201c}{shown}{ellipsis}\u{201d}"));
    }

    pub(super) fn start(&mut self, line: usize, title: String) {
        self.finish(false);
        self.current = Some(Draft {
            bulletin: Bulletin { title, ..Bulletin::default() },
            first_line: line,
            orphans: Vec::new(),
            last_item_line: line,
            last_heading_line: line,
            in_footer: false,
            item_lines: Vec::new(),
            section_at: HashMap::new(),
            current_section: None,
            date_line: line,
            date_before_title: false,
            last_date: None,
        });
    }

    /// A line that could be a headline: short, one line, not a motto nor an introduction line.
    pub(super) fn candidate(kind: &UnitKind) -> Option<&str> {
        match kind {
            UnitKind::Headline(t) | UnitKind::Issue(t) => Some(t.as_str()),
            UnitKind::Paragraph(t) if t.chars().count() <= 160 && !t.contains('\n') => {
                // One sentence at most, and not a long one ending in a full stop: that is body text.
                let one_sentence = !t.trim_end().char_indices().any(|(at, c)| {
                    matches!(c, '.' | '!' | '?')
                        && t[at + 1..].starts_with(' ')
                        && t[at + 2..].starts_with(char::is_uppercase)
                });
                // A request or thanks with its full stop is an item of the sheet, not its title.
                let body = t.ends_with(['.', '\u{3002}'])
                    && (t.chars().count() > 60 || kind_from_wording(t) != ItemKind::Info);
                (one_sentence && !body && !lines::is_motto(t) && !lines::is_intro_line(t)).then_some(t.as_str())
            }
            UnitKind::Heading { region, known: false } => (!lines::is_motto(region)).then_some(region.as_str()),
            _ => None,
        }
    }

    /// A line a reader passes over when looking for the headline, and why.
    pub(super) fn skippable(kind: &UnitKind) -> Option<(&str, &'static str)> {
        match kind {
            UnitKind::Stray(t, why) => Some((t, why)),
            UnitKind::Note(t) => Some((t, "(a note about the text)")),
            UnitKind::Paragraph(t) if lines::is_intro_line(t) => Some((t, "(an introduction line, not a headline)")),
            UnitKind::Paragraph(t) | UnitKind::Heading { region: t, known: false } if lines::is_motto(t) => {
                Some((t, "(a motto, not a headline)"))
            }
            _ => None,
        }
    }

    /// Does a bulletin start at `units[j]` (a date, or a verse with its reference)?
    pub(super) fn introduces(units: &[Unit], j: usize) -> bool {
        match units.get(j).map(|u| &u.kind) {
            Some(UnitKind::Date(_)) => true,
            // A verse under a label (`Verset :`) is the sheet's verse wherever it stands; it starts
            // nothing.
            Some(UnitKind::Verse { reference, labelled: false, .. }) => {
                reference.is_some() || matches!(units.get(j + 1).map(|u| &u.kind), Some(UnitKind::Reference(_)))
            }
            _ => false,
        }
    }

    /// When `units[k]` is a bulletin's headline: the index of the date or verse under it (lines
    /// between them, such as an image or a motto, are passed over).
    pub(super) fn headline_end(units: &[Unit], k: usize) -> Option<usize> {
        // Asked of every unit: the cheap test (is a date or verse coming?) first.
        if !matches!(
            units[k].kind,
            UnitKind::Paragraph(_)
                | UnitKind::Headline(_)
                | UnitKind::Issue(_)
                | UnitKind::Heading { known: false, .. }
        ) {
            return None;
        }
        let mut j = k + 1;
        while j < units.len() && Self::skippable(&units[j].kind).is_some() {
            j += 1;
        }
        if !Self::introduces(units, j) {
            return None;
        }
        Self::candidate(&units[k].kind)?;
        Some(j)
    }

    /// Whether the text's first bulletin starts where a headline, date or verse says so, with only
    /// a preamble before it. A sheet with no such start, or with prayer before it, is read as one
    /// bulletin from its first line.
    pub(super) fn starts_at_top(units: &[Unit]) -> bool {
        let start = (0..units.len()).find(|&k| {
            Self::headline_end(units, k).is_some()
                || matches!(units[k].kind, UnitKind::Date(_) | UnitKind::Issue(_))
                || (matches!(units[k].kind, UnitKind::Verse { .. }) && Self::introduces(units, k))
        });
        let Some(start) = start else { return false };
        !units[..start].iter().any(|u| match &u.kind {
            UnitKind::Heading { known: true, .. } => true,
            UnitKind::Paragraph(t) => t.len() > 40 && kind_from_wording(t) != ItemKind::Info,
            _ => false,
        })
    }

    /// Starts the one bulletin of a sheet with no date line or verse: its headline is the first line
    /// a reader would take for one. Returns the index of the first unit still to read.
    pub(super) fn start_without_headline(&mut self, units: &[Unit]) -> usize {
        let mut k = 0;
        while k < units.len() && Self::skippable(&units[k].kind).is_some() {
            k += 1;
        }
        // A heading with paragraphs right under it is a region's, not the sheet's headline.
        let region_heading = matches!(units.get(k).map(|u| &u.kind), Some(UnitKind::Heading { .. }))
            && matches!(units.get(k + 1).map(|u| &u.kind), Some(UnitKind::Paragraph(_)));
        let title =
            units.get(k).filter(|_| k + 1 < units.len() && !region_heading).and_then(|u| Self::candidate(&u.kind));
        let line = units.get(k).map_or(1, |u| u.line);
        self.start(line, title.unwrap_or_default().to_owned());
        match title {
            Some(title) => {
                for u in &units[..k] {
                    if let Some((text, why)) = Self::skippable(&u.kind) {
                        self.passed_over(u.line, text, why, title);
                    }
                }
                self.warn(line, format!("no date line or verse starts a bulletin; read the text as one bulletin headed \u{201c}{title}\u{201d}"));
                k + 1
            }
            None => {
                for u in &units[..k] {
                    match &u.kind {
                        // With no headline to take instead, an introduction is the sheet's first words.
                        UnitKind::Paragraph(text) if lines::is_intro_line(text) => self.paragraph(u.line, text),
                        kind => {
                            if let Some((text, why)) = Self::skippable(kind) {
                                self.left_out(u.line, text, why);
                            }
                        }
                    }
                }
                self.warn(
                    line,
                    "no headline, date line or verse; read the text as one bulletin with an empty headline".into(),
                );
                k
            }
        }
    }

    /// A line left out where the headline was looked for, with the headline taken instead.
    pub(super) fn passed_over(&mut self, line: usize, text: &str, why: &str, title: &str) {
        let shown: String = text.chars().take(80).collect();
        let ellipsis = if text.chars().count() > 80 { "\u{2026}" } else { "" };
        self.warn(
            line,
            format!("left out {why}: \u{201c}{shown}{ellipsis}\u{201d}; took \u{201c}{title}\u{201d} as the headline"),
        );
    }

    /// The draft's headline, when the draft has a headline and a verse and nothing under them yet.
    pub(super) fn top_only(&self) -> Option<String> {
        self.current
            .as_ref()
            .filter(|d| {
                !d.bulletin.title.is_empty()
                    && d.bulletin.verse.is_some()
                    && d.bulletin.sections.is_empty()
                    && d.orphans.is_empty()
            })
            .map(|d| d.bulletin.title.clone())
    }

    /// The draft has paragraphs, and no headline, date or heading.
    fn untitled_body(&self) -> bool {
        self.current.as_ref().is_some_and(|d| {
            d.bulletin.title.is_empty()
                && d.bulletin.date.is_none()
                && d.bulletin.sections.is_empty()
                && !d.orphans.is_empty()
        })
    }

    /// The draft holds only a date read above where its headline now comes (a blog post's date).
    pub(super) fn date_only(&self) -> bool {
        self.current.as_ref().is_some_and(|d| {
            d.bulletin.title.is_empty()
                && d.bulletin.date.is_some()
                && d.bulletin.verse.is_none()
                && d.bulletin.sections.is_empty()
                && d.orphans.is_empty()
        })
    }

    pub(super) fn run(mut self, units: &[Unit]) -> ImportReport {
        let mut k = if Self::starts_at_top(units) { 0 } else { self.start_without_headline(units) };
        while k < units.len() {
            k = self.read(units, k);
        }
        self.finish(true);
        // Warnings in source order; sorted once here (a stable sort keeps same-line warnings in order).
        self.report.warnings.sort_by_key(|w| w.line);
        self.report
    }

    /// Reads `units[k]` (and the units that go with it); returns where to go on.
    fn read(&mut self, units: &[Unit], k: usize) -> usize {
        let unit = &units[k];
        let line = unit.line;
        if Self::headline_end(units, k).is_some()
            && let Some(title) = self.top_only()
            && let Some(text) = Self::candidate(&unit.kind)
        {
            // A line above another verse or date, under a headline with its verse and nothing
            // else yet: a subtitle of the same sheet, not a new bulletin.
            self.passed_over(line, text, "(a subtitle under the headline)", &title);
            return k + 1;
        }
        // A line over a verse, after untitled paragraphs of the same sheet, is one of them: the
        // sheet has no headline, and its verse comes at its end.
        let verse_at = |end: usize| matches!(units[end].kind, UnitKind::Verse { .. });
        if let Some(end) = Self::headline_end(units, k).filter(|&end| !(verse_at(end) && self.untitled_body())) {
            self.headline(units, k, end);
            return end;
        }
        if matches!(unit.kind, UnitKind::Date(_) | UnitKind::Verse { .. })
            && self.current.is_none()
            && let Some(u) = k.checked_sub(1).map(|p| &units[p])
            && let UnitKind::Paragraph(text) = &u.kind
            && let Some((_, why)) = Self::skippable(&u.kind)
        {
            let shown: String = text.chars().take(80).collect();
            self.warn(u.line, format!("did not take \u{201c}{shown}\u{201d} as the headline {why}"));
        }
        let next = units.get(k + 1).map(|u| &u.kind);
        match &unit.kind {
            UnitKind::Stray(text, why) => self.left_out(line, text, why),
            UnitKind::Note(text) => self.note(line, text),
            UnitKind::Date(date) => self.date(line, *date, matches!(next, Some(UnitKind::Verse { .. }))),
            UnitKind::Verse { text, reference, labelled: true } => {
                // The sheet's verse when it has none yet; else a quotation among its paragraphs.
                if !self.labelled_verse(text, reference.as_deref()) {
                    let cited = reference.as_deref().map_or_else(String::new, |r| format!(" ({r})"));
                    self.paragraph(line, &format!("\u{201c}{text}\u{201d}{cited}"));
                }
            }
            UnitKind::Verse { text, reference, labelled: false } => {
                let followed_by_reference = matches!(next, Some(UnitKind::Reference(_)));
                self.verse(line, text, reference.as_deref(), followed_by_reference);
            }
            UnitKind::Reference(reference) => self.reference(line, reference),
            UnitKind::Heading { region, known } => self.heading(line, region, *known),
            UnitKind::Issue(text) => self.issue(line, text),
            UnitKind::Headline(text) if self.date_only() => {
                // The headline under a blog's date line: the bulletin's headline, the date its own.
                if let Some(d) = self.current.as_mut() {
                    d.bulletin.title = text.clone();
                    d.first_line = line;
                    let date_line = d.date_line;
                    self.report
                        .warnings
                        .retain(|w| !(w.line == date_line && w.message.starts_with("no headline before this date")));
                }
            }
            UnitKind::Paragraph(text) | UnitKind::Headline(text) => self.paragraph(line, text),
        }
        k + 1
    }

    /// The title of a bulletin of its own (a page listing several): the headline of the draft when
    /// that has nothing yet but a date, else a new bulletin.
    fn issue(&mut self, line: usize, text: &str) {
        let empty = self.current.as_ref().is_some_and(|d| {
            d.bulletin.title.is_empty()
                && d.bulletin.sections.is_empty()
                && d.orphans.is_empty()
                && d.bulletin.verse.is_none()
        });
        match self.current.as_mut() {
            Some(d) if empty => {
                d.bulletin.title = text.to_owned();
                d.first_line = line;
            }
            _ => self.start(line, text.to_owned()),
        }
    }

    /// `units[k]` is a bulletin's headline over the date or verse at `units[end]`: a new bulletin
    /// (or the headline of the one a date above it began), with what stands between passed over.
    fn headline(&mut self, units: &[Unit], k: usize, end: usize) {
        let line = units[k].line;
        let title = Self::candidate(&units[k].kind).unwrap_or_default().to_owned();
        let before = (k > 0 && self.current.is_none()).then(|| &units[k - 1]);
        if self.date_only() {
            // A date line above the headline: the bulletin's own date, if none comes under it.
            if let Some(d) = self.current.as_mut() {
                d.bulletin.title = title.clone();
                d.date_before_title = true;
                d.first_line = line;
                let date_line = d.date_line;
                self.report
                    .warnings
                    .retain(|w| !(w.line == date_line && w.message.starts_with("no headline before this date")));
            }
        } else {
            let fresh = self.current.as_ref().is_none_or(|d| {
                !d.bulletin.title.is_empty() || d.bulletin.date.is_some() || !d.bulletin.sections.is_empty()
            });
            if fresh {
                self.start(line, title.clone());
            } else if let Some(d) = self.current.as_mut() {
                d.bulletin.title = title.clone();
            }
        }
        if let Some(u) = before
            && matches!(u.kind, UnitKind::Paragraph(_) | UnitKind::Heading { .. })
            && let Some((text, why)) = Self::skippable(&u.kind)
        {
            let shown: String = text.chars().take(80).collect();
            self.warn(
                u.line,
                format!("took \u{201c}{title}\u{201d} as the headline, not \u{201c}{shown}\u{201d} above it {why}"),
            );
        }
        for u in &units[k + 1..end] {
            if let Some((text, why)) = Self::skippable(&u.kind) {
                self.passed_over(u.line, text, why, &title);
            }
        }
    }
}
