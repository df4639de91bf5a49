//! The reader: one bulletin as a volunteer reads it.

use crate::app::{Action, App, Command, Highlight};
use crate::model::{Bulletin, ItemKind};
use crate::search::Place;

/// The widest a line of text gets, for comfortable reading.
pub const READING_WIDTH: f32 = 680.0;

/// The central panel showing the current bulletin.
pub fn reader_panel_ui(ui: &mut egui::Ui, app: &mut App) {
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(bulletin) = app.current_bulletin() else {
            ui.centered_and_justified(|ui| ui.label("No bulletin to show."));
            return;
        };
        let highlight = app.highlight.as_ref().filter(|h| Some(&h.stem) == app.current.as_ref());
        let mut commands = Vec::new();
        egui::ScrollArea::vertical().id_salt("reader").auto_shrink([false, false]).show(ui, |ui| {
            reading_column(ui, |ui| {
                ui.add_space(8.0);
                // The handouts a reader asks for most, beside what they are reading.
                ui.horizontal_wrapped(|ui| {
                    for action in [Action::DayByDay, Action::SendByEmail] {
                        commands.extend(crate::ui::action_button(ui, action));
                    }
                });
                commands.extend(bulletin_ui(ui, bulletin, &app.settings.collapsed_regions, highlight));
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

/// Lays out `add` in a centred column no wider than [`READING_WIDTH`].
pub fn reading_column(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let width = ui.available_width().min(READING_WIDTH);
    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_max_width(width);
            add(ui);
        });
    });
}

/// One bulletin: headline, date, verse, a collapsible panel per region, closing note. Returns the
/// commands the reader's clicks ask for.
pub fn bulletin_ui(
    ui: &mut egui::Ui,
    bulletin: &Bulletin,
    collapsed: &[String],
    highlight: Option<&Highlight>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.add_space(12.0);
    let title = if bulletin.title.is_empty() { "(no headline)" } else { bulletin.title.as_str() };
    let title_response = ui.add(egui::Label::new(text_with_highlight(
        ui,
        title,
        egui::FontId::proportional(26.0),
        highlight.filter(|h| h.place == Place::Title),
    )));
    scroll_if_pending(&title_response, highlight.filter(|h| h.place == Place::Title));
    ui.label(egui::RichText::new(bulletin.long_date()).italics().size(15.0));
    ui.add_space(10.0);
    if let Some(verse) = &bulletin.verse {
        egui::Frame::group(ui.style()).fill(ui.visuals().faint_bg_color).inner_margin(egui::Margin::same(14)).show(
            ui,
            |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(format!("\u{201c}{}\u{201d}", verse.text)).italics().size(16.0));
                if !verse.reference.is_empty() {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                        ui.label(egui::RichText::new(format!("\u{2014} {}", verse.reference)).strong());
                    });
                }
            },
        );
        ui.add_space(10.0);
    }
    for (si, section) in bulletin.sections.iter().enumerate() {
        let is_collapsed = collapsed.contains(&section.region);
        let header = egui::RichText::new(&section.region).size(18.0).strong();
        let response = egui::CollapsingHeader::new(header)
            .id_salt(("region", &section.region))
            .open(Some(!is_collapsed))
            .show(ui, |ui| {
                if section.items.is_empty() {
                    ui.label(egui::RichText::new("Nothing this week.").weak());
                }
                for (ii, item) in section.items.iter().enumerate() {
                    ui.add_space(4.0);
                    let mark = highlight.filter(|h| h.place == (Place::Item { section: si, item: ii }));
                    let text = text_with_highlight(ui, &item.text, egui::FontId::proportional(15.0), mark);
                    let response = item_ui(ui, item, text);
                    scroll_if_pending(&response, mark);
                    ui.add_space(6.0);
                }
            });
        if response.header_response.clicked() {
            commands.push(Command::SetCollapsed { region: section.region.clone(), collapsed: !is_collapsed });
        }
    }
    if let Some(closing) = &bulletin.closing {
        ui.add_space(12.0);
        ui.separator();
        ui.label(egui::RichText::new(closing).italics().weak());
    }
    ui.add_space(24.0);
    commands
}

fn scroll_if_pending(response: &egui::Response, highlight: Option<&Highlight>) {
    if highlight.is_some_and(|h| h.scroll_pending) {
        response.scroll_to_me(Some(egui::Align::Center));
    }
}

/// Text in one font, with the highlighted range (a search match) marked.
pub fn text_with_highlight(
    ui: &egui::Ui,
    text: &str,
    font: egui::FontId,
    highlight: Option<&Highlight>,
) -> egui::text::LayoutJob {
    let color = ui.visuals().text_color();
    let normal = egui::TextFormat { font_id: font.clone(), color, ..Default::default() };
    let mut job = egui::text::LayoutJob::default();
    match highlight.map(|h| h.range.clone()).filter(|r| text.get(r.clone()).is_some()) {
        Some(range) => {
            job.append(&text[..range.start], 0.0, normal.clone());
            let marked = egui::TextFormat {
                background: ui.visuals().selection.bg_fill,
                color: ui.visuals().strong_text_color(),
                ..normal.clone()
            };
            job.append(&text[range.clone()], 0.0, marked);
            job.append(&text[range.end..], 0.0, normal);
        }
        None => job.append(text, 0.0, normal),
    }
    job
}

/// One paragraph as every reading view shows it: its kind, the "not for sharing" mark when it is
/// sensitive, then its text (laid out by the caller, e.g. with a search match highlighted).
pub fn item_ui(ui: &mut egui::Ui, item: &crate::model::Item, text: egui::text::LayoutJob) -> egui::Response {
    ui.horizontal(|ui| item_marks_ui(ui, item));
    ui.add(egui::Label::new(text))
}

/// A paragraph's marks, in a row: its kind, and "not for sharing" when it is sensitive. The reader,
/// the timeline, the previews and the search results all show them so.
pub fn item_marks_ui(ui: &mut egui::Ui, item: &crate::model::Item) {
    let (label, color) = kind_badge(ui, item.kind);
    ui.label(egui::RichText::new(label).small().strong().color(color));
    if item.sensitive {
        ui.label(
            egui::RichText::new(crate::model::Item::SENSITIVE_BADGE)
                .small()
                .strong()
                .color(ui.visuals().error_fg_color),
        )
        .on_hover_text(crate::model::Item::SENSITIVE_HINT);
    }
}

/// The label and colour that mark a paragraph's kind. The words are the model's, as every handout
/// prints them.
pub fn kind_badge(ui: &egui::Ui, kind: ItemKind) -> (&'static str, egui::Color32) {
    let dark = ui.visuals().dark_mode;
    let color = match kind {
        ItemKind::Praise => {
            if dark {
                egui::Color32::from_rgb(230, 190, 90)
            } else {
                egui::Color32::from_rgb(140, 90, 0)
            }
        }
        ItemKind::Request => {
            if dark {
                egui::Color32::from_rgb(140, 180, 255)
            } else {
                egui::Color32::from_rgb(30, 80, 170)
            }
        }
        ItemKind::Info => ui.visuals().weak_text_color(),
    };
    (kind.badge(), color)
}
