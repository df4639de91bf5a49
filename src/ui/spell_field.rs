//! A text field of the editor with its misspelt words underlined by a wavy line, drawn from the
//! laid-out text, and, on a right-click on one, suggestions, "Add to the library's dictionary" and
//! "Ignore".

use std::ops::Range;

use crate::app::Command;
use crate::app::spelling::Spelling;

/// What a field needs to check its spelling.
pub struct SpellCtx<'a> {
    /// The window's spelling state.
    pub spelling: &'a mut Spelling,
    /// The draft's language.
    pub language: String,
    /// Words to add or ignore, for the app to do after the frame.
    pub commands: Vec<Command>,
}

/// Shows a text field over `text` (of several lines when `multiline`; `id` keeps the cursor in it),
/// with spelling when `spell` is given.
pub fn spelled_ui(
    ui: &mut egui::Ui,
    text: &mut String,
    (multiline, id): (bool, egui::Id),
    spell: Option<&mut SpellCtx<'_>>,
) -> egui::Response {
    let field =
        if multiline { egui::TextEdit::multiline(text).desired_rows(3) } else { egui::TextEdit::singleline(text) };
    let output = field.desired_width(f32::INFINITY).id(id).show(ui);
    let response = output.response.response.clone();
    let Some(spell) = spell else { return response };
    // The text as laid out this frame (the field's own, borrowed, not copied).
    let shown = output.galley.text();
    let misspelt = spell.spelling.misspelt(&spell.language, shown);
    let colour = ui.visuals().error_fg_color;
    let painter = ui.painter_at(output.text_clip_rect);
    for range in &misspelt {
        for (from, to) in row_spans(&output.galley, shown, range) {
            wave(&painter, output.galley_pos + from.to_vec2(), to.x - from.x, colour);
        }
    }
    // The word right-clicked, kept while its menu is open.
    let id = response.id.with("misspelt word");
    if response.secondary_clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        let at = output.galley.cursor_from_pos(pos - output.galley_pos).index.0;
        let byte = shown.char_indices().nth(at).map_or(shown.len(), |(b, _)| b);
        let word = misspelt.iter().find(|r| r.start <= byte && byte <= r.end).cloned();
        ui.data_mut(|d| d.insert_temp(id, word));
    }
    let word: Option<Range<usize>> = ui.data(|d| d.get_temp(id)).flatten();
    if let Some(range) =
        word.filter(|r| r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
    {
        let word = text[range.clone()].to_owned();
        let mut chosen = None;
        response.context_menu(|ui| chosen = menu_ui(ui, spell, &word));
        if let Some(with) = chosen {
            text.replace_range(range, &with);
            ui.data_mut(|d| d.remove::<Option<Range<usize>>>(id));
        }
    }
    response
}

/// What a right-click on a misspelt word offers: the suggestion chosen (the caller puts it in place
/// of the word, as typing would, so Ctrl+Z takes it back); adding and ignoring are done by the app.
fn menu_ui(ui: &mut egui::Ui, spell: &mut SpellCtx<'_>, word: &str) -> Option<String> {
    let mut chosen = None;
    ui.label(egui::RichText::new(crate::tr!("spelling-suggestions")).weak());
    let suggestions = spell.spelling.suggest(&spell.language, word);
    if suggestions.is_empty() {
        ui.label(crate::tr!("spelling-none"));
    }
    for suggestion in suggestions {
        if ui.button(&suggestion).clicked() {
            chosen = Some(suggestion);
            ui.close();
        }
    }
    ui.separator();
    if ui.button(crate::tr!("spelling-add", word = word)).clicked() {
        spell.commands.push(Command::AddWord(word.to_owned()));
        ui.close();
    }
    if ui.button(crate::tr!("spelling-ignore", word = word)).clicked() {
        spell.commands.push(Command::IgnoreWord(word.to_owned()));
        ui.close();
    }
    chosen
}

/// Where a word lies in the laid-out text: one span (left point on the baseline, right point) for
/// each row it is on.
fn row_spans(galley: &egui::Galley, text: &str, range: &Range<usize>) -> Vec<(egui::Pos2, egui::Pos2)> {
    let chars = |byte: usize| text.get(..byte.min(text.len())).map_or(0, |t| t.chars().count());
    let start = galley.pos_from_cursor(egui::text::CCursor::new(chars(range.start)));
    let end = galley.pos_from_cursor(egui::text::CCursor::new(chars(range.end)));
    if (start.bottom() - end.bottom()).abs() < 1.0 {
        vec![(start.left_bottom(), end.left_bottom())]
    } else {
        // Wrapped inside the word: underline its first row's part only.
        vec![(start.left_bottom(), egui::pos2(galley.rect.right(), start.bottom()))]
    }
}

/// A wavy line `width` long from `from`.
fn wave(painter: &egui::Painter, from: egui::Pos2, width: f32, colour: egui::Color32) {
    if width <= 1.0 {
        return;
    }
    let step = 2.5;
    let points: Vec<egui::Pos2> = (0..=((width / step) as usize))
        .map(|i| {
            let x = from.x + i as f32 * step;
            let y = from.y - 1.5 + if i % 2 == 0 { 0.0 } else { 2.5 };
            egui::pos2(x.min(from.x + width), y)
        })
        .collect();
    painter.add(egui::Shape::line(points, egui::Stroke::new(1.3, colour)));
}
