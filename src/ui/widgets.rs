//! The pieces the reading views share (the reader, the timeline, the day-by-day plan, the answered
//! prayers, the search results and the import preview): the reading column, a paragraph with its
//! marks, text with a match marked.

use crate::app::Highlight;
use crate::model::ItemKind;

/// The widest a line of text gets, for comfortable reading.
pub const READING_WIDTH: f32 = 680.0;

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

/// Scrolls to `response` when the highlight asks to be scrolled to (a search match just chosen).
pub fn scroll_if_pending(response: &egui::Response, highlight: Option<&Highlight>) {
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
    // A range past the end marks the rest of the text (the import preview marks a whole place).
    let range = highlight.map(|h| h.range.start.min(text.len())..h.range.end.min(text.len()));
    match range.filter(|r| !r.is_empty() && text.get(r.clone()).is_some()) {
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

/// A label that senses clicks when asked to, or as labels do.
pub fn sensed(label: egui::Label, sense: Option<egui::Sense>) -> egui::Label {
    match sense {
        Some(sense) => label.sense(sense),
        None => label,
    }
}

/// One paragraph as every reading view shows it: its kind, the "not for sharing" mark when it is
/// sensitive, then its text (laid out by the caller, e.g. with a search match highlighted).
pub fn item_ui(
    ui: &mut egui::Ui,
    item: &crate::model::Item,
    text: egui::text::LayoutJob,
    sense: Option<egui::Sense>,
) -> egui::Response {
    ui.horizontal(|ui| item_marks_ui(ui, item));
    ui.add(sensed(egui::Label::new(text), sense))
}

/// A paragraph's marks, in a row: its kind, "not for sharing" when it is sensitive, "personal" when
/// it is about a survivor or a case. The reader, the timeline, the previews and the search results
/// all show them so.
pub fn item_marks_ui(ui: &mut egui::Ui, item: &crate::model::Item) {
    let (label, color) = kind_badge(ui, item.kind);
    ui.label(egui::RichText::new(label).small().strong().color(color));
    if item.sensitive {
        ui.label(
            egui::RichText::new(crate::model::Item::sensitive_badge())
                .small()
                .strong()
                .color(ui.visuals().error_fg_color),
        )
        .on_hover_text(crate::model::Item::SENSITIVE_HINT);
    }
    if item.personal {
        ui.label(
            egui::RichText::new(crate::model::Item::PERSONAL_BADGE).small().strong().color(ui.visuals().warn_fg_color),
        )
        .on_hover_text(crate::model::Item::PERSONAL_HINT);
    }
}

/// The label and colour that mark a paragraph's kind. The words are the model's, as every handout
/// prints them.
pub fn kind_badge(ui: &egui::Ui, kind: ItemKind) -> (String, egui::Color32) {
    (kind.badge(), kind_colour(ui.visuals(), kind))
}

/// The colour of a kind's badge in a theme (each at least 4.5:1 on the panel; `ui::theme` tests it).
pub fn kind_colour(visuals: &egui::Visuals, kind: ItemKind) -> egui::Color32 {
    let dark = visuals.dark_mode;
    match kind {
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
        ItemKind::Info => visuals.weak_text_color(),
    }
}

/// Reading by keyboard: when no field or control has the keyboard (and no window is open), Page Down
/// and Space scroll the reading a screen down, Page Up and Shift+Space a screen up, the arrows a line,
/// Home and End to the top and the bottom. Call it inside the reading's scroll area.
pub fn keyboard_scroll(ui: &mut egui::Ui, enabled: bool) {
    if !enabled || ui.ctx().memory(|m| m.focused().is_some()) {
        return;
    }
    let screen = ui.clip_rect().height() * 0.9;
    let line = ui.text_style_height(&egui::TextStyle::Body) * 2.0;
    let none = egui::Modifiers::NONE;
    let delta = ui.input_mut(|i| {
        let mut press = |modifiers: egui::Modifiers, key: egui::Key| i.consume_key(modifiers, key);
        // Shift+Space first: a key without modifiers also matches it with Shift.
        if press(none, egui::Key::PageUp) || press(egui::Modifiers::SHIFT, egui::Key::Space) {
            Some(screen)
        } else if press(none, egui::Key::PageDown) || press(none, egui::Key::Space) {
            Some(-screen)
        } else if press(none, egui::Key::ArrowDown) {
            Some(-line)
        } else if press(none, egui::Key::ArrowUp) {
            Some(line)
        } else if press(none, egui::Key::Home) {
            Some(f32::MAX / 4.0)
        } else if press(none, egui::Key::End) {
            Some(-f32::MAX / 4.0)
        } else {
            None
        }
    });
    if let Some(dy) = delta {
        ui.scroll_with_delta_animation(egui::vec2(0.0, dy), egui::style::ScrollAnimation::none());
    }
}
