//! Reading as taught: what a coordinator corrected on a sheet (this sheet's lines), and what they
//! taught the importer about a source (rules over a line's shape, kept in the library's `sources/`),
//! applied to the lines after the outline stage, before the lines become units. The general reader
//! decides the rest.

use std::collections::BTreeMap;

use regex::Regex;

use super::text::Line;
use super::{ImportReport, Warning};
use crate::library::LibrarySettings;
use crate::library::sources::{Items, Source};

/// What a person made a line of the sheet in the preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// A heading of a section.
    Heading,
    /// A paragraph (never a heading).
    Paragraph,
    /// One item per line, from this line to the next blank line or heading.
    Items,
    /// Part of the paragraph above it.
    Joined,
    /// The bulletin's headline.
    Headline,
    /// The bulletin's date.
    Date,
    /// The verse set apart at the top (its words).
    Verse,
    /// The verse's reference.
    Reference,
    /// The closing note (several lines so marked are one note).
    Closing,
    /// Left out.
    LeftOut,
    /// Left out, with every line after it.
    LeftOutFromHere,
}

impl Role {
    /// Every role, in the order the preview offers them.
    pub const ALL: [Role; 11] = [
        Role::Heading,
        Role::Paragraph,
        Role::Items,
        Role::Joined,
        Role::Headline,
        Role::Date,
        Role::Verse,
        Role::Reference,
        Role::Closing,
        Role::LeftOut,
        Role::LeftOutFromHere,
    ];

    /// The words the preview shows for the role.
    pub fn label(self) -> String {
        match self {
            Role::Heading => crate::tr!("role-heading"),
            Role::Paragraph => crate::tr!("role-paragraph"),
            Role::Items => crate::tr!("role-items"),
            Role::Joined => crate::tr!("role-joined"),
            Role::Headline => crate::tr!("role-headline"),
            Role::Date => crate::tr!("role-date"),
            Role::Verse => crate::tr!("role-verse"),
            Role::Reference => crate::tr!("role-reference"),
            Role::Closing => crate::tr!("role-closing"),
            Role::LeftOut => crate::tr!("role-left-out"),
            Role::LeftOutFromHere => crate::tr!("role-left-out-from-here"),
        }
    }
}

/// A source's rules, ready to match lines.
#[derive(Clone, Debug)]
pub struct Rules {
    /// The source's name.
    pub name: String,
    known_by: Vec<String>,
    headings: Vec<Regex>,
    items: Option<Items>,
    leave_out_from: Vec<Regex>,
    leave_out: Vec<Regex>,
    regions: BTreeMap<String, String>,
}

impl Rules {
    /// The rules of `source`; the first pattern that does not compile is an error naming it.
    pub fn compile(source: &Source) -> Result<Self, String> {
        let compile = |list: &[String]| -> Result<Vec<Regex>, String> {
            list.iter()
                .map(|p| {
                    Regex::new(p)
                        .map_err(|e| format!("{}: the pattern \u{201c}{p}\u{201d} does not compile ({e})", source.name))
                })
                .collect()
        };
        Ok(Self {
            name: source.name.clone(),
            known_by: source.known_by.iter().map(|k| k.trim().to_lowercase()).filter(|k| !k.is_empty()).collect(),
            headings: compile(&source.headings)?,
            items: source.items,
            leave_out_from: compile(&source.leave_out_from)?,
            leave_out: compile(&source.leave_out)?,
            regions: source.regions.clone(),
        })
    }

    /// Whether a sheet is this source's: one of its marks is the sender, the site, or in the text.
    pub fn recognises(&self, clues: &[&str], text: &str) -> bool {
        self.known_by.iter().any(|mark| {
            clues.iter().any(|c| c.to_lowercase().contains(mark.as_str()))
                || text.lines().take(400).any(|l| l.to_lowercase().contains(mark.as_str()))
        })
    }
}

/// The first of `sources` that recognises the sheet.
pub fn recognise<'a>(sources: &'a [Rules], clues: &[&str], text: &str) -> Option<&'a Rules> {
    sources.iter().find(|r| r.recognises(clues, text))
}

/// What to read a text with beyond the general reader.
#[derive(Clone, Copy, Debug, Default)]
pub struct Teaching<'a> {
    /// The source's rules, when the sheet is a taught source's.
    pub rules: Option<&'a Rules>,
    /// This sheet's lines as a person made them (1-based line numbers).
    pub corrections: &'a [(usize, Role)],
}

/// Applies the rules, then the corrections, to the lines; returns notes for the report.
pub(super) fn apply(teaching: &Teaching, lines: &mut [Line], known: &[bool]) -> Vec<(usize, String)> {
    let mut notes = Vec::new();
    if let Some(rules) = teaching.rules {
        apply_rules(rules, lines, known, &mut notes);
    }
    for &(number, role) in teaching.corrections {
        let Some(i) = number.checked_sub(1).filter(|&i| i < lines.len()) else { continue };
        correct(lines, i, role);
        notes.push((number, format!("read as you marked it: {}", role.label().to_lowercase())));
    }
    notes
}

fn apply_rules(rules: &Rules, lines: &mut [Line], known: &[bool], notes: &mut Vec<(usize, String)>) {
    let name = &rules.name;
    let mut matched = vec![false; rules.headings.len() + rules.leave_out.len() + rules.leave_out_from.len()];
    let find = |list: &[Regex], text: &str| list.iter().position(|r| r.is_match(text));
    let from = lines.iter().position(|l| !l.text.is_empty() && find(&rules.leave_out_from, &l.text).is_some());
    for (i, line) in lines.iter_mut().enumerate() {
        if line.text.is_empty() {
            continue;
        }
        let text = line.text.to_string();
        if let Some(at) = from.filter(|&f| i >= f) {
            if i == at {
                let k = find(&rules.leave_out_from, &text).unwrap_or(0);
                matched[rules.headings.len() + rules.leave_out.len() + k] = true;
                notes.push((line.number, format!("left out from here to the end, as taught for {name}")));
            }
            set_left_out(line);
        } else if let Some(k) = find(&rules.leave_out, &text) {
            matched[rules.headings.len() + k] = true;
            set_left_out(line);
            notes.push((line.number, format!("left out, as taught for {name}")));
        } else if let Some(k) = find(&rules.headings, &text) {
            matched[k] = true;
            set_heading(line);
        }
    }
    match rules.items {
        Some(Items::Lines) => {
            for (l, &known) in lines.iter_mut().zip(known) {
                if is_body(l) && !known {
                    l.bulleted = true;
                }
            }
        }
        Some(Items::Paragraphs) => {
            for i in 1..lines.len() {
                if is_body(&lines[i]) && is_body(&lines[i - 1]) && !known[i] {
                    lines[i].joins = true;
                    lines[i].bulleted = false;
                }
            }
        }
        None => {}
    }
    let patterns = rules.headings.iter().chain(&rules.leave_out).chain(&rules.leave_out_from);
    for (pattern, hit) in patterns.zip(matched) {
        if !hit {
            let line = lines.first().map_or(1, |l| l.number);
            notes.push((
                line,
                format!("the rule \u{201c}{pattern}\u{201d} taught for {name} matched no line of this sheet"),
            ));
        }
    }
}

/// A line that is ordinary text: not blank, not a heading, the headline or left out.
fn is_body(l: &Line) -> bool {
    !l.text.is_empty() && !l.markdown_heading && !l.headline && !l.furniture && !l.issue
}

fn set_left_out(l: &mut Line) {
    l.furniture = true;
    l.markdown_heading = false;
    l.headline = false;
    l.issue = false;
}

fn set_heading(l: &mut Line) {
    l.markdown_heading = true;
    l.furniture = false;
    l.headline = false;
    l.issue = false;
    l.bulleted = false;
    l.body = false;
    l.joins = false;
}

/// One correction of the preview, on `lines[i]`.
fn correct(lines: &mut [Line], i: usize, role: Role) {
    match role {
        Role::Heading => set_heading(&mut lines[i]),
        Role::Paragraph | Role::Joined | Role::Items => {
            let l = &mut lines[i];
            l.markdown_heading = false;
            l.furniture = false;
            l.headline = false;
            l.issue = false;
            l.body = true;
            l.joins = role == Role::Joined;
            l.bulleted = role != Role::Joined;
            if role == Role::Items {
                for l in lines[i + 1..].iter_mut().take_while(|l| is_body(l)) {
                    l.bulleted = true;
                    l.joins = false;
                }
            }
        }
        Role::Headline => {
            for l in lines.iter_mut() {
                l.headline = false;
            }
            let l = &mut lines[i];
            set_heading(l);
            l.markdown_heading = false;
            l.headline = true;
        }
        // Set on the bulletin after the reading ([`assign`]); the line feeds no paragraph.
        Role::LeftOut | Role::Date | Role::Verse | Role::Reference | Role::Closing => set_left_out(&mut lines[i]),
        Role::LeftOutFromHere => {
            for l in lines[i..].iter_mut().filter(|l| !l.text.is_empty()) {
                set_left_out(l);
            }
        }
    }
}

/// The date, verse, reference and closing note a person marked, set on the bulletin the line is
/// in, after the reading; a line marked as the date that holds none is said in the report.
pub(super) fn assign(corrections: &[(usize, Role)], lines: &[Line], report: &mut ImportReport) {
    let mut closings: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut sorted: Vec<(usize, Role)> = corrections.to_vec();
    sorted.sort_by_key(|&(n, _)| n);
    for (number, role) in sorted {
        let Some(line) = number.checked_sub(1).and_then(|i| lines.get(i)) else { continue };
        let b = report.first_lines.iter().rposition(|&first| first <= number).unwrap_or(0);
        let first = report.first_lines.get(b).copied().unwrap_or(1);
        let Some(bulletin) = report.bulletins.get_mut(b) else { continue };
        let text = line.text.trim();
        match role {
            Role::Date => match super::dates::parse_date_line(text).or_else(|| super::dates::leading_date(text)) {
                Some(date) => {
                    bulletin.date = Some(date);
                    report
                        .warnings
                        .retain(|w| !(w.bulletin == Some(b) || w.line == first) || w.message != super::UNDATED);
                }
                None => report.warnings.push(Warning {
                    line: number,
                    message: format!("the line marked as the date holds no date I can read: \u{201c}{text}\u{201d}"),
                    bulletin: Some(b),
                }),
            },
            Role::Verse => {
                let words = text.trim_matches(|c: char| {
                    "\"'\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}\u{300c}\u{300d}".contains(c)
                });
                let verse = bulletin.verse.get_or_insert_with(Default::default);
                verse.text = words.trim().to_owned();
            }
            Role::Reference => {
                let reference = text.trim_start_matches(['\u{2014}', '\u{2013}', '-', '(']).trim_end_matches(')');
                bulletin.verse.get_or_insert_with(Default::default).reference = reference.trim().to_owned();
            }
            Role::Closing => closings.entry(b).or_default().push(text.to_owned()),
            _ => {}
        }
    }
    for (b, lines) in closings {
        report.bulletins[b].closing = Some(lines.join("\n"));
    }
}

/// Sends the headings a source maps to the library's regions there, after the bulletins are read.
pub(super) fn map_regions(rules: &Rules, report: &mut ImportReport, settings: &LibrarySettings) {
    if rules.regions.is_empty() {
        return;
    }
    for (b, bulletin) in report.bulletins.iter_mut().enumerate() {
        let mut mapped = Vec::new();
        for section in &mut bulletin.sections {
            if let Some(region) = rules.regions.get(&section.region) {
                mapped
                    .push(format!("put \u{201c}{}\u{201d} in {region}, as taught for {}", section.region, rules.name));
                section.region = region.clone();
            }
        }
        // Sections now of one region become one, in the order of their first.
        let mut merged: Vec<crate::model::Section> = Vec::new();
        for section in std::mem::take(&mut bulletin.sections) {
            match merged.iter_mut().find(|s| s.region == section.region) {
                Some(s) => s.items.extend(section.items),
                None => merged.push(section),
            }
        }
        bulletin.sections = merged;
        let line = report.first_lines.get(b).copied().unwrap_or(1);
        report.warnings.extend(mapped.into_iter().map(|message| Warning { line, message, bulletin: Some(b) }));
    }
    let used = |name: &String| report.bulletins.iter().any(|b| b.sections.iter().any(|s| &s.region == name));
    let still: Vec<String> =
        report.new_regions.iter().filter(|n| used(n) && settings.region(n).is_none()).cloned().collect();
    report.new_regions = still;
    report.warnings.sort_by_key(|w| w.line);
}
