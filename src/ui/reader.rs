//! The reader: one bulletin as a volunteer reads it.

use crate::app::{Action, App, Command, Highlight};
use crate::model::{Bulletin, ItemKind};
use crate::search::Place;
use crate::ui::widgets::{item_ui, kind_badge, reading_column, scroll_if_pending, sensed, text_with_highlight};

/// The central panel showing the current bulletin.
pub fn reader_panel_ui(ui: &mut egui::Ui, app: &mut App) {
    let around = app.around();
    let to_bulletin = std::mem::take(&mut app.to_bulletin);
    let reading = app.reading_at();
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(bulletin) = app.current_bulletin() else {
            if app.library.as_ref().is_some_and(|l| l.entries.is_empty()) && app.loading.is_none() {
                for command in crate::ui::welcome::empty_library_ui(ui, app) {
                    app.push(command);
                }
            } else {
                ui.centered_and_justified(|ui| ui.label(crate::tr!("reader-no-bulletin")));
            }
            return;
        };
        let highlight = app.highlight.as_ref().filter(|h| Some(&h.stem) == app.current.as_ref());
        let mut commands = Vec::new();
        let keys = app.dialog().is_none() && app.search.is_none();
        egui::ScrollArea::vertical().id_salt("reader").auto_shrink([false, false]).show(ui, |ui| {
            crate::ui::widgets::keyboard_scroll(ui, keys);
            reading_column(ui, |ui| {
                ui.add_space(8.0);
                // The handouts a reader asks for most, beside what they are reading.
                ui.horizontal_wrapped(|ui| {
                    for action in [Action::DayByDay, Action::SendByEmail] {
                        commands.extend(crate::ui::action_button(ui, action));
                    }
                    commands.extend(read_aloud_ui(ui, reading));
                });
                commands.extend(bulletin_ui(ui, bulletin, &app.settings.collapsed_regions, highlight, &around));
                if to_bulletin {
                    to_the_bulletin(ui);
                }
            });
        });
        if let Some(h) = &mut app.highlight {
            h.scroll_pending = false;
        }
        for command in commands {
            app.push(command);
        }
    });
}

/// "Read aloud", or, while the week is being read, where the reading is with Pause (Go on), Skip
/// and Stop.
fn read_aloud_ui(ui: &mut egui::Ui, reading: Option<(usize, usize, bool)>) -> Option<Command> {
    use crate::app::read_aloud::ReadAloud;
    let Some((at, count, paused)) = reading else {
        return crate::ui::action_button(ui, Action::ReadAloud);
    };
    let number = |n: usize| u64::try_from(n).unwrap_or(0);
    ui.label(egui::RichText::new(crate::tr!("read-aloud-at", at = number(at + 1), count = number(count))).strong());
    let pause = if paused { crate::tr!("read-aloud-resume") } else { crate::tr!("read-aloud-pause") };
    let mut command = None;
    for (label, control) in [
        (pause, ReadAloud::Pause),
        (crate::tr!("read-aloud-skip"), ReadAloud::Skip),
        (crate::tr!("read-aloud-stop"), ReadAloud::Stop),
    ] {
        if ui.button(label).clicked() {
            command = Some(Command::ReadAloud(control));
        }
    }
    command
}

/// Where "Go to the bulletin" lands: its first region's header (the first thing in it the keyboard
/// can reach), with the headline scrolled to the top. `bulletin_ui` notes both as it draws them.
fn to_the_bulletin(ui: &mut egui::Ui) {
    let landing = ui.ctx().data(|d| d.get_temp::<(egui::Rect, Option<egui::Id>)>(landing_id()));
    let Some((title, first_region)) = landing else { return };
    ui.scroll_to_rect(title, Some(egui::Align::Min));
    if let Some(id) = first_region {
        ui.ctx().memory_mut(|m| m.request_focus(id));
    }
}

fn landing_id() -> egui::Id {
    egui::Id::unique("reader-landing")
}

/// One line of a paragraph's story, shown under it: "Earlier, June 5, 2021: …" or "Answered June 19,
/// 2021: …", a link to that week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoryLine {
    /// "Earlier, June 5, 2021", "Update, June 12, 2021" or "Answered June 19, 2021".
    pub when: String,
    /// Whether it is the answer.
    pub answered: bool,
    /// The start of that paragraph.
    pub snippet: String,
    /// The bulletin it is in.
    pub stem: String,
}

/// What the reader shows around one bulletin's paragraphs: where each one's story came from and
/// went, and since when personal paragraphs are no longer public.
#[derive(Clone, Debug, Default)]
pub struct Around {
    /// By (section, paragraph).
    pub stories: std::collections::HashMap<crate::model::Spot, Vec<StoryLine>>,
    /// The day the bulletin's personal paragraphs stopped being public, if that day has come.
    pub private_since: Option<chrono::NaiveDate>,
    /// Since when personal paragraphs stop being public, if they will.
    pub private_from: Option<chrono::NaiveDate>,
    /// The import preview: a click on the headline, the verse, a paragraph or the closing note
    /// selects the line of the text it came from.
    pub picks_lines: bool,
    /// Reading mode: no review state shown.
    pub reading_only: bool,
}

impl Around {
    /// The stories of the paragraphs of the bulletin `stem`, and its aging as of `today`.
    pub fn of(
        library: &crate::library::Library,
        threads: &crate::threads::Threads,
        stem: &str,
        today: chrono::NaiveDate,
    ) -> Self {
        let Some(entry) = library.entries.iter().position(|e| e.stem == stem) else { return Self::default() };
        let bulletin = &library.entries[entry].bulletin;
        let mut stories = std::collections::HashMap::new();
        for (section, s) in bulletin.sections.iter().enumerate() {
            for item in 0..s.items.len() {
                let at = crate::threads::At { entry, section, item };
                if let Some(thread) = threads.of(at) {
                    stories.insert(crate::model::Spot::new(section, item), story_lines(library, thread, at));
                }
            }
        }
        let private_from = crate::export::Context::private_from(library.settings.public_weeks, bulletin.date);
        Self {
            stories,
            private_since: private_from.filter(|d| *d <= today),
            private_from,
            picks_lines: false,
            reading_only: false,
        }
    }
}

/// The other paragraphs of `thread` as seen from `at`: earlier ones, later updates, the answer.
pub fn story_lines(
    library: &crate::library::Library,
    thread: &crate::threads::Thread,
    at: crate::threads::At,
) -> Vec<StoryLine> {
    let here = thread.items.iter().position(|a| *a == at).unwrap_or(0);
    let last = thread.items.len() - 1;
    thread
        .items
        .iter()
        .enumerate()
        .filter(|(n, _)| *n != here)
        .filter_map(|(n, other)| {
            let (b, item) = other.get(&library.entries)?;
            let day = b.date.map_or_else(|| crate::tr!("undated"), crate::model::medium_date);
            let answered = n > here && n == last && thread.status == crate::threads::Status::Answered;
            let when = if n < here {
                crate::tr!("reader-earlier", day = day)
            } else if answered {
                crate::tr!("reader-answered", day = day)
            } else {
                crate::tr!("reader-update", day = day)
            };
            let mut snippet: String = item.text.chars().take(110).collect();
            if item.text.chars().count() > 110 {
                snippet.push('…');
            }
            Some(StoryLine { when, answered, snippet, stem: library.entries[other.entry].stem.clone() })
        })
        .collect()
}

/// A paragraph's story under it, each line a link to its week.
pub fn story_ui(ui: &mut egui::Ui, lines: &[StoryLine]) -> Option<Command> {
    let mut command = None;
    ui.indent("story", |ui| {
        for line in lines {
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                let answered = line.answered;
                let when = egui::RichText::new(format!("{}:", line.when)).small().strong();
                let when = if answered { when.color(kind_badge(ui, ItemKind::Praise).1) } else { when };
                if ui.link(when).on_hover_text(crate::tr!("reader-open-week")).clicked() {
                    command = Some(Command::Select(line.stem.clone()));
                }
                ui.label(egui::RichText::new(&line.snippet).small().weak());
            });
        }
    });
    command
}

/// One bulletin: headline, date, verse, a collapsible panel per region, closing note. Returns the
/// commands the reader's clicks ask for.
pub fn bulletin_ui(
    ui: &mut egui::Ui,
    bulletin: &Bulletin,
    collapsed: &[String],
    highlight: Option<&Highlight>,
    around: &Around,
) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.add_space(12.0);
    if !around.reading_only {
        state_badge_ui(ui, bulletin.state);
    }
    let title = bulletin.shown_title();
    // In the import preview, a click on a place selects the line of the text it came from.
    let sense = around.picks_lines.then_some(egui::Sense::click());
    let picked = std::cell::Cell::new(None);
    let pick = |response: &egui::Response, place: Place| {
        if around.picks_lines && response.clicked() {
            picked.set(Some(place));
        }
    };
    let title_response = ui.add(sensed(
        egui::Label::new(text_with_highlight(
            ui,
            title,
            egui::FontId::proportional(26.0),
            highlight.filter(|h| h.place == Place::Title),
        )),
        sense,
    ));
    scroll_if_pending(&title_response, highlight.filter(|h| h.place == Place::Title));
    pick(&title_response, Place::Title);
    ui.label(egui::RichText::new(bulletin.long_date()).italics().size(15.0));
    ui.add_space(10.0);
    if let Some(verse) = &bulletin.verse {
        pick(&verse_ui(ui, verse, highlight, sense), Place::Verse);
    }
    let mut first_region = None;
    for (si, section) in bulletin.sections.iter().enumerate() {
        let is_collapsed = collapsed.contains(&section.region);
        let header = egui::RichText::new(&section.region).size(18.0).strong();
        let response = egui::CollapsingHeader::new(header)
            .id_salt(("region", &section.region))
            .open(Some(!is_collapsed))
            .show(ui, |ui| {
                if section.items.is_empty() {
                    ui.label(egui::RichText::new(crate::tr!("reader-nothing")).weak());
                }
                for (ii, item) in section.items.iter().enumerate() {
                    ui.add_space(4.0);
                    let mark = highlight.filter(|h| h.place == (Place::Item(crate::model::Spot::new(si, ii))));
                    let text = text_with_highlight(ui, &item.text, egui::FontId::proportional(15.0), mark);
                    let response = item_ui(ui, item, text, sense);
                    scroll_if_pending(&response, mark);
                    pick(&response, Place::Item(crate::model::Spot::new(si, ii)));
                    if item.personal {
                        aging_ui(ui, around);
                    }
                    if let Some(lines) = around.stories.get(&crate::model::Spot::new(si, ii)) {
                        commands.extend(story_ui(ui, lines));
                    }
                    ui.add_space(6.0);
                }
            });
        first_region.get_or_insert(response.header_response.id);
        if response.header_response.clicked() {
            commands.push(Command::SetCollapsed { region: section.region.clone(), collapsed: !is_collapsed });
        }
    }
    ui.ctx().data_mut(|d| d.insert_temp(landing_id(), (title_response.rect, first_region)));
    if let Some(closing) = &bulletin.closing {
        pick(&closing_ui(ui, closing, highlight, sense), Place::Closing);
    }
    ui.add_space(24.0);
    if let Some(place) = picked.take() {
        commands.push(Command::Teach(crate::app::teach::TeachCommand::Pick(place)));
    }
    commands
}

/// "DRAFT" or "READY" above a bulletin not yet sent.
fn state_badge_ui(ui: &mut egui::Ui, state: crate::model::ReviewState) {
    if state != crate::model::ReviewState::Sent {
        ui.label(egui::RichText::new(state.label().to_uppercase()).small().strong().color(ui.visuals().warn_fg_color))
            .on_hover_text(crate::tr!("reader-state-tip"));
    }
}

/// The verse in its frame, with its reference; returns the verse's words (marked when highlighted).
fn verse_ui(
    ui: &mut egui::Ui,
    verse: &crate::model::Verse,
    highlight: Option<&Highlight>,
    sense: Option<egui::Sense>,
) -> egui::Response {
    let response = egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(egui::Margin::same(14))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let mark = highlight.filter(|h| h.place == Place::Verse);
            let mut words = egui::RichText::new(format!("\u{201c}{}\u{201d}", verse.text)).italics().size(16.0);
            if mark.is_some() {
                words = words.background_color(ui.visuals().selection.bg_fill);
            }
            let response = ui.add(sensed(egui::Label::new(words), sense));
            scroll_if_pending(&response, mark);
            if !verse.reference.is_empty() {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                    ui.label(egui::RichText::new(format!("\u{2014} {}", verse.reference)).strong());
                });
            }
            response
        })
        .inner;
    ui.add_space(10.0);
    response
}

/// Under a personal paragraph: since when it is no longer public, or until when it is.
fn aging_ui(ui: &mut egui::Ui, around: &Around) {
    if let Some(since) = around.private_since {
        ui.label(
            egui::RichText::new(crate::tr!("reader-private-since", day = crate::model::medium_date(since)))
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    } else if let Some(from) = around.private_from {
        ui.label(
            egui::RichText::new(crate::tr!(
                "reader-public-until",
                day = crate::model::medium_date(from.pred_opt().unwrap_or(from))
            ))
            .small()
            .weak(),
        );
    }
}

/// The closing note under a line (marked when highlighted).
fn closing_ui(
    ui: &mut egui::Ui,
    closing: &str,
    highlight: Option<&Highlight>,
    sense: Option<egui::Sense>,
) -> egui::Response {
    ui.add_space(12.0);
    ui.separator();
    let mark = highlight.filter(|h| h.place == Place::Closing);
    let mut words = egui::RichText::new(closing).italics().weak();
    if mark.is_some() {
        words = words.background_color(ui.visuals().selection.bg_fill);
    }
    let response = ui.add(sensed(egui::Label::new(words), sense));
    scroll_if_pending(&response, mark);
    response
}
