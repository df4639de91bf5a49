//! What each unit does to the bulletin being assembled: a date, a verse, a reference, a heading, a
//! paragraph; sections opened in the source's order.

use chrono::NaiveDate;

use super::assemble::Assembler;
use super::finish::{is_footer, item_at_door};
use super::{INTRODUCTION, labels, verse};
use crate::model::{ItemKind, Section, Verse, kind_from_wording};

impl Assembler<'_> {
    pub(super) fn note(&mut self, line: usize, text: &str) {
        if self.current.as_ref().is_some_and(|d| d.current_section.is_some()) {
            self.paragraph(line, text);
        } else {
            self.left_out(line, text, "(a note about the text)");
        }
    }

    pub(super) fn date(&mut self, line: usize, date: NaiveDate, verse_follows: bool) {
        if let Some(d) = self.current.as_mut()
            && d.date_before_title
            && d.bulletin.verse.is_none()
            && d.bulletin.sections.is_empty()
            && d.orphans.is_empty()
        {
            // The bulletin's own date under its headline: the one above was the post's.
            let (above, above_line) = (d.bulletin.date, d.date_line);
            d.bulletin.date = Some(date);
            d.date_line = line;
            d.date_before_title = false;
            if let Some(above) = above {
                self.warn(
                    above_line,
                    format!("left out the date line above the headline ({above}); the bulletin's own date is under it"),
                );
            }
            return;
        }
        if let Some(d) = self.current.as_mut()
            && let Some(previous) = d.last_date.or(d.bulletin.date)
            && !d.bulletin.sections.is_empty()
            && !verse_follows
            && (1..=6).contains(&(date - previous).num_days())
        {
            // The next day of a daily list: the days stay together in one bulletin.
            d.last_date = Some(date);
            let first = d.bulletin.date.map_or_else(String::new, |f| f.to_string());
            self.warn(
                line,
                format!("the date {date} begins the next day of a daily list; kept in the bulletin of {first}"),
            );
            return;
        }
        let needs_new =
            self.current.as_ref().is_none_or(|d| d.bulletin.date.is_some() || !d.bulletin.sections.is_empty());
        if needs_new {
            self.start(line, String::new());
            self.warn(line, "no headline before this date; the bulletin has an empty headline".into());
        }
        if let Some(d) = self.current.as_mut() {
            d.bulletin.date = Some(date);
            d.date_line = line;
        }
    }

    pub(super) fn verse(&mut self, line: usize, text: &str, reference: Option<&str>, followed_by_reference: bool) {
        // Paragraphs already read count as the body: a quotation after them with no reference is
        // theirs, not the sheet's verse.
        let has_body = self.current.as_ref().map(|d| {
            let body = !d.bulletin.sections.is_empty()
                || (!d.orphans.is_empty() && reference.is_none() && !followed_by_reference);
            (d.bulletin.verse.is_some(), body)
        });
        match has_body {
            Some((false, false)) => {}
            Some((true, false)) => {
                // A second verse under the first, before any section: part of the same sheet's top.
                self.paragraph(line, &format!("\u{201c}{text}\u{201d}"));
                return;
            }
            Some(_) if !(reference.is_some() || followed_by_reference) => {
                // A quoted paragraph inside the body, not a new bulletin's verse.
                self.paragraph(line, &format!("\u{201c}{text}\u{201d}"));
                return;
            }
            _ => {
                self.start(line, String::new());
                self.warn(line, "a verse with no headline before it; the bulletin has an empty headline".into());
            }
        }
        if let Some(d) = self.current.as_mut() {
            d.bulletin.verse =
                Some(Verse { text: text.to_owned(), reference: reference.unwrap_or_default().to_owned() });
        }
    }

    /// A verse under a label (`Verse:`) where the bulletin has none yet, wherever it stands (at the
    /// end of the sheet too): taken as the bulletin's verse. False when it cannot be.
    pub(super) fn labelled_verse(&mut self, text: &str, reference: Option<&str>) -> bool {
        let Some(d) = self.current.as_mut().filter(|d| d.bulletin.verse.is_none()) else { return false };
        d.bulletin.verse = Some(Verse { text: text.to_owned(), reference: reference.unwrap_or_default().to_owned() });
        true
    }

    pub(super) fn reference(&mut self, line: usize, reference: &str) {
        let Some(d) = self.current.as_mut() else {
            self.left_out(line, reference, "before any bulletin");
            return;
        };
        let no_body = d.bulletin.sections.is_empty() && d.bulletin.verse.is_none();
        match &mut d.bulletin.verse {
            Some(verse) if verse.reference.is_empty() => verse.reference = reference.to_owned(),
            _ if no_body => {
                // A verse without quote marks: the paragraph just before the reference.
                if let Some((_, text)) = d.orphans.pop() {
                    d.bulletin.verse = Some(Verse { text, reference: reference.to_owned() });
                } else {
                    d.bulletin.verse = Some(Verse { text: String::new(), reference: reference.to_owned() });
                    self.warn(line, format!("a reference ({reference}) with no verse before it"));
                }
            }
            _ => self.paragraph(line, &format!("\u{2013} {reference}")),
        }
    }

    pub(super) fn heading(&mut self, line: usize, region: &str, known: bool) {
        let Some(d) = self.current.as_mut() else {
            self.left_out(line, region, "before the first bulletin");
            return;
        };
        if d.in_footer {
            self.left_out(line, region, "after the bulletin's footer");
            return;
        }
        d.last_heading_line = line;
        // `Shelter: Mozambique`, `Day 1: Kenya`: the region is the place; the rest is named here.
        let topic = (!known)
            .then(|| labels::topic_heading(region, |r| self.settings.region_for_heading(r).is_some()))
            .flatten();
        let (region, known) = match &topic {
            Some((place, words)) => {
                let message = format!(
                    "the heading \u{201c}{region}\u{201d}: took \u{201c}{place}\u{201d} as the region; \u{201c}{words}\u{201d} is not kept"
                );
                self.warn(line, message);
                match self.settings.region_for_heading(place) {
                    Some(r) => (r.to_owned(), true),
                    None => (place.clone(), false),
                }
            }
            None => (region.to_owned(), known),
        };
        let region = region.as_str();
        let first_heading = self.current.as_ref().is_some_and(|d| d.bulletin.sections.is_empty());
        let orphans = self.current.as_mut().map(|d| std::mem::take(&mut d.orphans)).unwrap_or_default();
        if !orphans.is_empty() {
            let assumed = self
                .settings
                .region_index(region)
                .and_then(|i| i.checked_sub(1))
                .map_or_else(|| region.to_owned(), |i| self.settings.regions[i].name.clone());
            for (orphan_line, text) in orphans {
                // A missing first heading is inferred only before a region of the library (the region
                // before it in the library's order); before any other heading, the text is the
                // sheet's lead, kept where it stands.
                if first_heading && (kind_from_wording(&text) == ItemKind::Info || !known) {
                    self.introduction(orphan_line, &text);
                } else {
                    self.push_item(&assumed, orphan_line, &text);
                    self.warn(orphan_line, format!("no heading before this paragraph; assumed {assumed}"));
                }
            }
        }
        if !known {
            self.new_region(region);
            self.warn(
                line,
                format!("\u{201c}{region}\u{201d} is not a region of the library; kept as a section of that name"),
            );
        }
        self.section_index(region);
    }

    pub(super) fn new_region(&mut self, region: &str) {
        if self.settings.region(region).is_none() && self.new_region_names.insert(region.to_owned()) {
            self.report.new_regions.push(region.to_owned());
        }
    }

    /// A paragraph before the first heading: the bulletin's introduction (its lead).
    pub(super) fn introduction(&mut self, line: usize, text: &str) {
        self.new_region(INTRODUCTION);
        self.push_item(INTRODUCTION, line, text);
        let why = if kind_from_wording(text) == ItemKind::Info { " with no prayer in it" } else { "" };
        self.warn(
            line,
            format!("a paragraph before the first heading{why}; kept under \u{201c}{INTRODUCTION}\u{201d}"),
        );
    }

    pub(super) fn section_index(&mut self, region: &str) -> usize {
        let Some(d) = self.current.as_mut() else { return 0 };
        // A heading repeated right after its own section goes on with it; repeated after another
        // section, it opens a section of the same name there, so the source's order is kept.
        let last = d.bulletin.sections.len().checked_sub(1);
        let index = match d.section_at.get(region) {
            Some(&i) if Some(i) == last => i,
            _ => {
                d.bulletin.sections.push(Section { region: region.to_owned(), items: Vec::new() });
                d.item_lines.push(Vec::new());
                d.section_at.insert(region.to_owned(), d.bulletin.sections.len() - 1);
                d.bulletin.sections.len() - 1
            }
        };
        d.current_section = Some(index);
        index
    }

    pub(super) fn push_item(&mut self, region: &str, line: usize, text: &str) {
        let current =
            self.current.as_ref().and_then(|d| d.current_section.filter(|&i| d.bulletin.sections[i].region == region));
        let index = match current {
            Some(i) => i,
            None => self.section_index(region),
        };
        let (mut item, warning) = item_at_door(text, self.mark_sensitive);
        // An item that says nothing of its own kind takes its heading's (`Please pray for:`,
        // `We give thanks for:`, `Oremos por:`).
        if item.kind == ItemKind::Info && self.settings.region(region).is_none() {
            item.kind = kind_from_wording(region);
        }
        if let Some(d) = self.current.as_mut() {
            d.bulletin.sections[index].items.push(item);
            d.item_lines[index].push(line);
            d.last_item_line = line;
        }
        if let Some(message) = warning {
            self.warn(line, message);
        }
    }

    pub(super) fn paragraph(&mut self, line: usize, text: &str) {
        let Some(d) = self.current.as_mut() else {
            self.left_out(line, text, "before the first bulletin");
            return;
        };
        if d.in_footer {
            self.left_out(line, text, "after the bulletin's footer");
            return;
        }
        if is_footer(text) {
            d.in_footer = true;
            self.left_out(line, text, "(a page or e-mail footer)");
            return;
        }
        if d.bulletin.verse.is_none()
            && d.bulletin.sections.is_empty()
            && let Some(inline) = verse::find_inline_verse(text)
        {
            // The verse quoted inside the introduction, with its reference and translation.
            d.bulletin.verse = Some(Verse { text: inline.text.to_owned(), reference: inline.reference.to_owned() });
            if !inline.before.is_empty() {
                self.left_out(line, inline.before, "(the words leading into the verse)");
            }
            if let Some(translation) = inline.translation {
                self.warn(
                    line,
                    format!("the verse is quoted from the {translation}; the reference is kept without it"),
                );
            }
            if !inline.after.is_empty() {
                self.paragraph(line, inline.after);
            }
            return;
        }
        match d.current_section.map(|i| d.bulletin.sections[i].region.clone()) {
            Some(region) => self.push_item(&region, line, text),
            None => d.orphans.push((line, text.to_owned())),
        }
    }
}
