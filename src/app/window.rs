//! The window: its first size, the options eframe opens it with, the settings kept between runs,
//! and running the app.

use std::path::PathBuf;

use super::{App, Command, SETTINGS_KEY, Settings, demo, fonts, startup};

/// The colour panels have, which the window is cleared to (the panels themselves paint nothing).
pub fn panel_colour(visuals: &egui::Visuals) -> egui::Color32 {
    if visuals.dark_mode { egui::Visuals::dark().panel_fill } else { egui::Visuals::light().panel_fill }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if self.first_frame_exit.on_frame(ui.ctx(), self.loading.is_none()) {
            return;
        }
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        save_settings(storage, &self.settings);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        panel_colour(visuals).to_normalized_gamma_f32()
    }
}

/// Writes the settings into eframe's storage.
pub fn save_settings(storage: &mut dyn eframe::Storage, settings: &Settings) {
    match ron::to_string(settings) {
        Ok(text) => storage.set_string(SETTINGS_KEY, text),
        Err(e) => eprintln!("prayer-bulletin: could not store the settings: {e}"),
    }
}

/// Reads the remembered settings; ones that do not parse (after an upgrade, say) are replaced by
/// the defaults, with a line on stderr.
pub fn load_settings(storage: Option<&dyn eframe::Storage>) -> Settings {
    let Some(text) = storage.and_then(|s| s.get_string(SETTINGS_KEY)) else { return Settings::default() };
    match ron::from_str(&text) {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("prayer-bulletin: stored settings could not be read ({e}); using the defaults");
            Settings::default()
        }
    }
}

/// The window's first size: comfortable on a large screen, and inside a 1366×768 or 1024×640 laptop
/// screen with a task bar (the window manager shrinks it further on anything smaller, down to the
/// minimum, at which every dialog still fits).
pub const FIRST_WINDOW_SIZE: [f32; 2] = [1180.0, 690.0];
/// The smallest window every flow is tested at.
pub const MIN_WINDOW_SIZE: [f32; 2] = [800.0, 500.0];

/// The window size that fits a monitor of `monitor` (room kept for a task bar and the title bar),
/// when a window of `inner` does not; `None` when it fits already.
pub fn fitted_window(monitor: egui::Vec2, inner: egui::Vec2) -> Option<egui::Vec2> {
    let room = monitor - egui::vec2(0.0, 72.0);
    let fits = inner.x <= room.x && inner.y <= room.y;
    (!fits).then(|| inner.min(room).max(egui::Vec2::from(MIN_WINDOW_SIZE).min(room)))
}

/// The window's icon (`assets/icons`, drawn for the app).
const ICON: &[u8] = include_bytes!("../../assets/icons/hicolor/64x64/apps/prayer-bulletin.png");

/// The window's options: size, title, renderer (shared with the empty window start-up is compared
/// with, `examples/empty_window.rs`).
pub fn native_options() -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(crate::model::PRODUCT_NAME)
        // The desktop entry's name for the window, so the task bar shows the app's icon.
        .with_app_id("prayer-bulletin")
        .with_inner_size(FIRST_WINDOW_SIZE)
        .with_min_inner_size(MIN_WINDOW_SIZE)
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON) {
        viewport = viewport.with_icon(std::sync::Arc::new(icon));
    }
    eframe::NativeOptions {
        viewport,
        // The app finds system fonts on a thread of its own (`fonts.rs`); eframe's provider would
        // make the first frame wait for them.
        system_font_fallback: false,
        ..Default::default()
    }
}

/// Opens the window.
pub fn run(dir: Option<PathBuf>) -> Result<std::process::ExitCode, String> {
    run_with(dir, Vec::new())
}

/// Opens the window and carries out `first` once the library is read (a week to show, a file to
/// import: what the desktop asked for).
pub fn run_with(dir: Option<PathBuf>, first: Vec<Command>) -> Result<std::process::ExitCode, String> {
    crate::library::recovery::install_panic_hook();
    let exit_when = startup::ExitWhen::from_env();
    eframe::run_native(
        demo::APP_ID,
        native_options(),
        Box::new(move |cc| {
            fonts::install_system_fonts_in_background(&cc.egui_ctx);
            let mut app = App::new(dir, load_settings(cc.storage));
            app.after_loading(first);
            app.first_frame_exit = startup::FirstFrameExit::new(exit_when);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("could not open the window: {e}"))?;
    Ok(std::process::ExitCode::SUCCESS)
}
