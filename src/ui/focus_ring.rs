//! A clear ring around whatever the keyboard is on, on every control: egui marks a focused button
//! only by a slightly darker fill, and a region's header by an underline, which a person moving by
//! Tab loses. The ring shows while the keyboard moves the focus and goes at the next click (a mouse
//! user needs no ring around the button just clicked).

/// Whether the keyboard moved the focus since the last click: `keyboard` is that state, kept by
/// the app between frames. Paints the ring on top of everything and returns where it is.
pub fn focus_ring_ui(ctx: &egui::Context, keyboard: &mut bool) -> Option<egui::Rect> {
    let (moved_by_keys, clicked) = ctx.input(|i| {
        let moved = i.events.iter().any(|e| {
            matches!(
                e,
                egui::Event::Key {
                    key: egui::Key::Tab
                        | egui::Key::ArrowUp
                        | egui::Key::ArrowDown
                        | egui::Key::ArrowLeft
                        | egui::Key::ArrowRight
                        | egui::Key::F6
                        | egui::Key::F10,
                    pressed: true,
                    ..
                }
            )
        });
        (moved, i.pointer.any_pressed())
    });
    if clicked {
        *keyboard = false;
    }
    if moved_by_keys {
        *keyboard = true;
    }
    if !*keyboard {
        return None;
    }
    let id = ctx.memory(egui::Memory::focused)?;
    let response = ctx.read_response(id)?;
    // The part of the control that is on screen (a control scrolled half away is clipped).
    let rect = response.interact_rect;
    if !rect.is_positive() {
        return None;
    }
    let ring = rect.expand(2.0);
    let colour = ctx.global_style().visuals.selection.stroke.color;
    let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("focus_ring")));
    painter.rect_stroke(ring, 3.0, egui::Stroke::new(2.0, colour), egui::StrokeKind::Outside);
    Some(ring)
}
