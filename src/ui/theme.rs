//! Colours every reader can read: each text at least 4.5:1 against what it is drawn on (WCAG AA),
//! in the light and the dark theme. egui's own light theme draws hints at about 2.9:1 and its dark
//! theme draws body text dimmer than headings; [`readable`] sets them right, and a test computes
//! every ratio from the theme's colours.

use egui::{Color32, Visuals};

/// The small labels' size (egui's own): a paragraph's kind, "Not for sharing", dates in lists.
pub const SMALL: f32 = 9.0;
/// Their size in Large print: body size, so they grow with the text rather than stay tiny beside it.
pub const LARGE_PRINT_SMALL: f32 = 12.5;

/// The contrast ratio of two colours (1 to 21), as WCAG 2 defines it.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let luminance = |c: Color32| {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.040_45 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Makes the theme's texts readable: body text as clear as headings in the dark theme, hints and
/// weak text at 4.5:1 or more in both, warnings, errors and links too.
pub fn readable(visuals: &mut Visuals) {
    if visuals.dark_mode {
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(220);
        visuals.weak_text_color = Some(Color32::from_gray(160));
        visuals.warn_fg_color = Color32::from_rgb(255, 170, 60);
        visuals.error_fg_color = Color32::from_rgb(255, 120, 110);
        visuals.hyperlink_color = Color32::from_rgb(120, 180, 255);
    } else {
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(40);
        visuals.weak_text_color = Some(Color32::from_gray(95));
        visuals.warn_fg_color = Color32::from_rgb(150, 80, 0);
        visuals.error_fg_color = Color32::from_rgb(180, 20, 20);
        visuals.hyperlink_color = Color32::from_rgb(0, 80, 180);
    }
}

/// `top` (premultiplied, as egui keeps colours) drawn over the opaque `below`.
pub fn over(top: Color32, below: Color32) -> Color32 {
    let keep = 1.0 - f32::from(top.a()) / 255.0;
    let mix = |t: u8, b: u8| (f32::from(t) + f32::from(b) * keep).round().clamp(0.0, 255.0) as u8;
    Color32::from_rgb(mix(top.r(), below.r()), mix(top.g(), below.g()), mix(top.b(), below.b()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contrast_of_black_on_white_is_21_and_of_a_colour_on_itself_1() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::from_gray(147), Color32::from_gray(248)) - 2.9).abs() < 0.1, "egui's light hint");
        assert!((contrast(Color32::RED, Color32::RED) - 1.0).abs() < 0.001);
    }

    #[test]
    fn every_text_is_at_least_4_5_to_1_in_both_themes() {
        for mut visuals in [Visuals::light(), Visuals::dark()] {
            readable(&mut visuals);
            let backgrounds = [
                ("panel", visuals.panel_fill),
                ("window", visuals.window_fill),
                ("field", visuals.extreme_bg_color),
                ("faint", over(visuals.faint_bg_color, visuals.panel_fill)),
            ];
            let texts = [
                ("body", visuals.text_color()),
                ("weak (hints)", visuals.weak_text_color()),
                ("strong", visuals.strong_text_color()),
                ("warning", visuals.warn_fg_color),
                ("error", visuals.error_fg_color),
                ("link", visuals.hyperlink_color),
            ];
            for (text, colour) in texts {
                for (background, fill) in backgrounds {
                    let ratio = contrast(colour, fill);
                    assert!(
                        ratio >= 4.5,
                        "{} theme: {text} on {background} is {ratio:.2}:1",
                        if visuals.dark_mode { "dark" } else { "light" }
                    );
                }
            }
            for kind in crate::model::ItemKind::ALL {
                let ratio = contrast(crate::ui::widgets::kind_colour(&visuals, kind), visuals.panel_fill);
                assert!(ratio >= 4.5, "{kind:?} badge is {ratio:.2}:1");
            }
            // Body text no dimmer than headings' strong text in the dark theme.
            if visuals.dark_mode {
                assert!(contrast(visuals.text_color(), visuals.panel_fill) >= 10.0);
            }
        }
    }
}
