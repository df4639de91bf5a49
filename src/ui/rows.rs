//! Long lists whose rows differ in height (a region's week, an answered story), drawn only where
//! they are on screen: each row's height is measured when it is drawn and guessed until then, so a
//! list of 5,200 weeks costs a frame what the dozen rows in view cost.

use egui::{Rect, UiBuilder};

use crate::ui::widgets::READING_WIDTH;

/// Draws rows `0..count` in a vertical scroll area named `id_salt`, in a centred column no wider
/// than [`READING_WIDTH`], calling `row(ui, index)` only for the rows in view. `guess(index)` is a
/// row's height until it has been drawn once; the heights measured are kept between frames (and
/// guessed again when the number of rows changes). With `keys`, the list scrolls by keyboard
/// ([`crate::ui::widgets::keyboard_scroll`]).
pub fn rows_ui(
    ui: &mut egui::Ui,
    (id_salt, keys): (&str, bool),
    count: usize,
    guess: impl Fn(usize) -> f32,
    mut row: impl FnMut(&mut egui::Ui, usize),
) {
    let id = ui.make_persistent_id((id_salt, "row heights"));
    let mut heights: Vec<f32> = ui
        .data_mut(|d| d.get_temp::<Vec<f32>>(id))
        .filter(|h| h.len() == count)
        .unwrap_or_else(|| (0..count).map(&guess).collect());
    let spacing = ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical().id_salt(id_salt).auto_shrink([false, false]).show_viewport(ui, |ui, viewport| {
        crate::ui::widgets::keyboard_scroll(ui, keys);
        let full = ui.max_rect();
        let width = full.width().min(READING_WIDTH);
        let left = full.left() + ((full.width() - width) / 2.0).max(0.0);
        let mut y = 0.0;
        for (index, height) in heights.iter_mut().enumerate() {
            if y + *height < viewport.min.y {
                y += *height;
                continue;
            }
            if y > viewport.max.y {
                break;
            }
            let space = Rect::from_min_size(egui::pos2(left, full.top() + y), egui::vec2(width, 1.0e6));
            let drawn = ui.scope_builder(UiBuilder::new().max_rect(space).id_salt(index), |ui| {
                ui.set_max_width(width);
                row(ui, index);
            });
            *height = drawn.response.rect.height() + spacing;
            y += *height;
        }
        ui.set_min_height(heights.iter().sum::<f32>());
    });
    ui.data_mut(|d| d.insert_temp(id, heights));
}
