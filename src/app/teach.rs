//! Teaching the importer in the preview: the text beside the reading, a line corrected in one step
//! (read again at once, with undo and redo), the pattern a correction is remembered as, and on
//! import, the source's rules saved in the library's `sources/` for the same sender's next sheet.

use std::collections::BTreeMap;

use super::{App, Dialog, ImportChoice, ImportPreview};
use crate::import::learn::{Lesson, learn, proposals};
use crate::import::{FileTeaching, LineReading, RegionChoice, Role, Rules};
use crate::library::sources::{Source, read_sources, save_source};

/// What the preview holds to read its text again as the person corrects it.
#[derive(Clone, Debug)]
pub struct Teach {
    /// The file's name, which says what kind of file it is.
    pub name: String,
    /// The file as read.
    pub bytes: Vec<u8>,
    /// Each line of the text read, and what it became.
    pub readings: Vec<LineReading>,
    /// The line selected in the text (its number).
    pub selected: Option<usize>,
    /// The corrections made, each with the pattern chosen for it.
    pub lesson: Lesson,
    /// Earlier lessons, for undo; and lessons undone, for redo.
    pub undo: Vec<Lesson>,
    /// Lessons undone.
    pub redo: Vec<Lesson>,
    /// Save what was corrected as the source's rules on import.
    pub remember: bool,
    /// Apply the library's taught sources (off: the general reader only).
    pub use_sources: bool,
    /// The library's taught sources, as loaded when the preview opened.
    pub sources: Vec<(Source, Rules)>,
    /// The source the sheet was read with, if any.
    pub applied: Option<String>,
    /// The text shown beside the reading.
    pub beside: bool,
    /// Scroll the text and the reading to the selected line and its counterpart on the next frame.
    pub scroll: bool,
}

/// A change the preview asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeachCommand {
    /// Select a line of the text (and show its counterpart in the reading).
    Select(usize),
    /// Select the line a place of the reading shown came from.
    Pick(crate::search::Place),
    /// Make a line this (with the widest pattern proposed that fits, for headings and lines left out).
    Correct(usize, Role),
    /// Remember a corrected line by this pattern.
    Pattern(usize, String),
    /// Take back the last correction.
    Undo,
    /// Make the correction taken back again.
    Redo,
    /// Read with the library's taught sources, or without them.
    UseSources(bool),
}

impl Teach {
    /// The state for a file just opened in the preview.
    pub fn new(name: &str, bytes: &[u8], dir: Option<&std::path::Path>) -> Self {
        let sources = dir.map_or_else(Vec::new, |dir| {
            read_sources(dir).0.into_iter().filter_map(|(_, s)| Rules::compile(&s).ok().map(|r| (s, r))).collect()
        });
        Self {
            name: name.to_owned(),
            bytes: bytes.to_vec(),
            readings: Vec::new(),
            selected: None,
            lesson: Lesson::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            remember: false,
            use_sources: true,
            sources,
            applied: None,
            beside: true,
            scroll: false,
        }
    }

    /// The pattern chosen for a corrected line, if any.
    pub fn pattern_of(&self, line: usize) -> Option<&str> {
        self.lesson.corrections.iter().rev().find(|(l, ..)| *l == line).and_then(|(_, _, p)| p.as_deref())
    }

    /// What the line was made, if the person corrected it.
    pub fn correction_of(&self, line: usize) -> Option<Role> {
        self.lesson.corrections.iter().rev().find(|(l, ..)| *l == line).map(|(_, r, _)| *r)
    }

    /// The rules to read with: what was taught for the source recognised (unless turned off), with
    /// the patterns chosen in this preview added to them.
    fn rules(&self) -> Vec<Rules> {
        let before = self.applied.as_ref().and_then(|name| self.sources.iter().find(|(s, _)| &s.name == name));
        let patterned = self.lesson.corrections.iter().any(|(_, _, p)| p.is_some());
        let mut rules: Vec<Rules> =
            if self.use_sources { self.sources.iter().map(|(_, r)| r.clone()).collect() } else { Vec::new() };
        if patterned {
            let name = if self.lesson.name.is_empty() { "this sheet" } else { &self.lesson.name };
            let pending = learn(&Lesson { name: name.to_owned(), ..self.lesson.clone() }, before.map(|(s, _)| s));
            if let Ok(compiled) = Rules::compile(&pending) {
                rules.insert(0, compiled);
            }
        }
        rules
    }
}

impl App {
    /// Opens the preview of a file (or pasted text) read with the library's taught sources.
    pub(super) fn preview_with_teaching(&mut self, bytes: &[u8], source: String) {
        let dir = self.library.as_ref().map(|l| l.dir.clone());
        let mut teach = Teach::new(&source, bytes, dir.as_deref());
        let Some(report) = self.read_taught(&mut teach) else { return };
        let choices = self.choices_for(&report);
        let review = crate::import::Review::asking(&report);
        let links = self.suggest_links(&report);
        // The name proposed: the source recognised, the sender, the page's site, or the sheet's
        // headline; known by the sender's address, the site, or the sheet's first line.
        let origin = crate::import::sources::origin(&teach.name, bytes);
        teach.lesson.name = report
            .source
            .clone()
            .or(origin.name)
            .or_else(|| report.bulletins.first().map(|b| b.title.clone()).filter(|t| !t.is_empty()))
            .unwrap_or_else(|| "Partner".to_owned());
        let first_line = teach.readings.iter().find(|r| !r.text.trim().is_empty()).map(|r| r.text.trim().to_owned());
        teach.lesson.known_by = origin.mark.or(first_line).into_iter().collect();
        let drafts_from = crate::workspace::drafts_from(self.today());
        let preview =
            ImportPreview { source, report, choices, shown: 0, review, links, teach: Some(teach), drafts_from };
        self.open_dialog(Dialog::ImportPreview(preview));
    }

    /// Reads the preview's file as taught so far; says why when it cannot.
    fn read_taught(&mut self, teach: &mut Teach) -> Option<crate::import::ImportReport> {
        let settings = self.library.as_ref().map(|l| l.settings.clone()).unwrap_or_default();
        let rules = teach.rules();
        let pending = teach.lesson.corrections.iter().any(|(_, _, p)| p.is_some());
        let corrections: Vec<(usize, Role)> = teach.lesson.corrections.iter().map(|(l, r, _)| (*l, *r)).collect();
        let force = pending.then(|| rules.first().map(|r| r.name.clone())).flatten();
        let teaching = FileTeaching { sources: &rules, force: force.as_deref(), corrections: &corrections };
        match crate::import::read_file_lines(&teach.name, &teach.bytes, &settings, &teaching) {
            Ok((report, readings)) => {
                teach.readings = readings;
                if !pending {
                    teach.applied.clone_from(&report.source);
                }
                Some(report)
            }
            Err(e) => {
                self.messages.error(crate::tr!("msg-not-imported", error = e.to_string()));
                None
            }
        }
    }

    fn choices_for(&self, report: &crate::import::ImportReport) -> Vec<ImportChoice> {
        report
            .bulletins
            .iter()
            .map(|b| {
                let exists = b.date.and_then(|d| self.library.as_ref()?.entry_for_date(d)).is_some();
                if exists { ImportChoice::Skip } else { ImportChoice::Add }
            })
            .collect()
    }

    /// Applies a change of the preview, and reads the text again.
    pub(super) fn teach(&mut self, change: TeachCommand) {
        let Some(Dialog::ImportPreview(preview)) = self.dialog().cloned() else { return };
        let Some(mut teach) = preview.teach.clone() else { return };
        match change {
            TeachCommand::Select(line) => {
                teach.selected = Some(line);
                teach.scroll = true;
                // The bulletin the line is in is shown.
                let mut preview = preview;
                if let Some(b) = preview.report.first_lines.iter().rposition(|&first| first <= line) {
                    preview.shown = b;
                }
                self.put_back(preview, teach, false);
                return;
            }
            TeachCommand::Pick(place) => {
                let Some(bulletin) = preview.report.bulletins.get(preview.shown) else { return };
                let lines = bulletin_lines(&preview.report.first_lines, preview.shown);
                if let Some(line) = crate::import::line_of(bulletin, &teach.readings, lines, &place) {
                    teach.selected = Some(line);
                    teach.scroll = true;
                }
                self.put_back(preview, teach, false);
                return;
            }
            TeachCommand::Correct(line, role) => {
                teach.undo.push(teach.lesson.clone());
                teach.redo.clear();
                let text = teach.readings.iter().find(|r| r.line == line).map_or("", |r| r.text.trim());
                let pattern = matches!(role, Role::Heading | Role::LeftOut | Role::LeftOutFromHere)
                    .then(|| default_pattern(text, role, &teach.readings))
                    .flatten();
                teach.lesson.corrections.retain(|(l, ..)| *l != line);
                teach.lesson.corrections.push((line, role, pattern));
                teach.selected = Some(line);
            }
            TeachCommand::Pattern(line, pattern) => {
                teach.undo.push(teach.lesson.clone());
                teach.redo.clear();
                for (l, _, p) in &mut teach.lesson.corrections {
                    if *l == line {
                        *p = Some(pattern.clone());
                    }
                }
            }
            TeachCommand::Undo => {
                let Some(before) = teach.undo.pop() else { return };
                teach.redo.push(std::mem::replace(&mut teach.lesson, before));
            }
            TeachCommand::Redo => {
                let Some(after) = teach.redo.pop() else { return };
                teach.undo.push(std::mem::replace(&mut teach.lesson, after));
            }
            TeachCommand::UseSources(on) => teach.use_sources = on,
        }
        self.put_back(preview, teach, true);
    }

    /// The preview with its teaching state, read again when `reread`.
    fn put_back(&mut self, mut preview: ImportPreview, mut teach: Teach, reread: bool) {
        if reread {
            let Some(report) = self.read_taught(&mut teach) else { return };
            if report.bulletins.len() != preview.report.bulletins.len() {
                preview.choices = self.choices_for(&report);
                preview.shown = 0;
            }
            // The choices made for headings the reading still has are kept.
            let before = std::mem::replace(&mut preview.review, crate::import::Review::asking(&report));
            for (heading, choice) in &mut preview.review.regions {
                if let Some((_, chosen)) = before.regions.iter().find(|(h, _)| h == heading) {
                    chosen.clone_into(choice);
                }
            }
            preview.links = self.suggest_links(&report);
            preview.report = report;
        }
        preview.teach = Some(teach);
        if let Some(Dialog::ImportPreview(open)) = self.dialog_mut() {
            *open = preview;
        }
    }

    /// On import, with "Remember" ticked: the corrections saved as the source's rules. Returns what
    /// to tell the person.
    pub(super) fn remember_source(&mut self, preview: &ImportPreview) -> Option<String> {
        let teach = preview.teach.as_ref().filter(|t| t.remember)?;
        let dir = self.library.as_ref()?.dir.clone();
        let mut lesson = teach.lesson.clone();
        lesson.regions = preview
            .review
            .regions
            .iter()
            .filter_map(|(heading, choice)| match choice {
                RegionChoice::MapTo(region) => Some((heading.clone(), region.clone())),
                RegionChoice::NewRegion | RegionChoice::OnlyHere => None,
            })
            .collect::<BTreeMap<_, _>>();
        let before = teach.sources.iter().find(|(s, _)| s.name == lesson.name).map(|(s, _)| s);
        let source = learn(&lesson, before);
        Some(match save_source(&dir, &source) {
            Ok(path) => crate::tr!(
                "teach-remembered",
                source = source.name.as_str(),
                file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
            ),
            Err(e) => crate::tr!("teach-not-remembered", error = e.to_string()),
        })
    }
}

/// The lines of the text that bulletin `b` of a reading was read from (the first takes the lines
/// above its headline too).
pub fn bulletin_lines(first_lines: &[usize], b: usize) -> std::ops::Range<usize> {
    let from = if b == 0 { 1 } else { first_lines.get(b).copied().unwrap_or(1) };
    from..first_lines.get(b + 1).copied().unwrap_or(usize::MAX)
}

/// The pattern a correction is remembered as at first: for a heading, the line's shape when that
/// matches other lines of the sheet too (its sibling headings); otherwise the line itself. The
/// person widens or narrows it in the preview.
fn default_pattern(text: &str, role: Role, readings: &[LineReading]) -> Option<String> {
    let proposals = proposals(text);
    if role == Role::Heading
        && let Some(widest) = proposals.last()
        && crate::import::learn::matching(&widest.pattern, readings).len() >= 2
    {
        return Some(widest.pattern.clone());
    }
    proposals.first().map(|p| p.pattern.clone())
}
