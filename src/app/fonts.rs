//! System fonts for characters the bundled fonts lack (the Korean and Chinese place names), found
//! without making the first frame wait.
//!
//! eframe's own system font provider blocks the first lookup until every installed font has been
//! listed (fontconfig, tens of milliseconds, more on a machine with many fonts), and the first
//! bulletin shown often has a Korean or Chinese name in it. Here the fonts are listed on a thread of
//! their own; a lookup before that is done finds nothing and is noted, and when the list is ready
//! the window's fonts are reloaded, so what was drawn as a box is drawn with the system's font from
//! the next frame on.

use std::sync::{Arc, Mutex, PoisonError};

use egui::epaint::text::{FallbackRequest, FontInsert, FontProvider};
use egui_system_font_provider::SystemFontProvider;

/// A character to look up once the fonts are listed: the lookup waits for the list, and Hangul is
/// what the sample library needs first.
const WARM_UP: &str = "\u{d55c}";

#[derive(Default)]
struct Found {
    /// The system's fonts, once listed.
    system: Option<SystemFontProvider>,
    /// Whether a character was looked up before they were.
    missed: bool,
}

/// A font provider answering from the system's fonts once they are listed, and nothing before.
#[derive(Default)]
pub struct SystemFontsInBackground {
    found: Mutex<Found>,
}

impl FontProvider for SystemFontsInBackground {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let mut found = self.found.lock().unwrap_or_else(PoisonError::into_inner);
        match &found.system {
            // The system's font first; the bundled one where the system has none for Korean or
            // Chinese (a fresh install without CJK fonts).
            Some(system) => system.font_for(request).or_else(|| bundled_for(request)),
            None => {
                found.missed = true;
                None
            }
        }
    }
}

/// The bundled Droid Sans Fallback, for a Korean or Chinese character.
pub fn bundled_for(request: &FallbackRequest<'_>) -> Option<FontInsert> {
    let c = request.cluster.chars().next()?;
    crate::bundled_fonts::is_cjk(c).then(|| FontInsert {
        name: crate::bundled_fonts::CJK_FALLBACK_NAME.to_owned(),
        data: egui::FontData::from_static(crate::bundled_fonts::CJK_FALLBACK),
        families: vec![egui::epaint::text::InsertFontFamily {
            family: request.family.clone(),
            priority: egui::epaint::text::FontPriority::Lowest,
        }],
    })
}

/// Lists the system's fonts on another thread and answers lookups from them when done (see the
/// module's comment). Use instead of eframe's provider (`NativeOptions::system_font_fallback` off).
pub fn install_system_fonts_in_background(ctx: &egui::Context) {
    let provider = Arc::new(SystemFontsInBackground::default());
    ctx.add_font_provider(provider.clone());
    let ctx = ctx.clone();
    let listed = std::thread::Builder::new().name("system-fonts".to_owned()).spawn(move || {
        let system = SystemFontProvider::new();
        let family = egui::FontFamily::Proportional;
        // Waits until the fonts are listed.
        drop(system.font_for(&FallbackRequest { cluster: WARM_UP, family: &family }));
        let missed = {
            let mut found = provider.found.lock().unwrap_or_else(PoisonError::into_inner);
            found.system = Some(system);
            found.missed
        };
        if missed {
            // Characters drawn as boxes so far are looked up again in the reloaded fonts.
            ctx.set_font_providers(vec![provider]);
        }
    });
    if let Err(e) = listed {
        eprintln!("prayer-bulletin: no thread to list the system's fonts ({e}); Korean and Chinese show as boxes");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_and_chinese_fall_back_to_the_bundled_font_and_nothing_else_does() {
        let family = egui::FontFamily::Proportional;
        for cluster in ["서", "香", "禱"] {
            let insert = bundled_for(&FallbackRequest { cluster, family: &family }).expect(cluster);
            assert_eq!(insert.name, crate::bundled_fonts::CJK_FALLBACK_NAME);
        }
        assert!(bundled_for(&FallbackRequest { cluster: "é", family: &family }).is_none());
    }
}
