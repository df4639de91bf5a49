//! An empty window with the app's window options and renderer, and nothing else: what start-up is
//! compared with (`cargo bench --bench startup`). Run with `PRAYER_BULLETIN_EXIT_AFTER_FIRST_FRAME=1`,
//! it closes itself right after its first drawn frame, as the app does.

use prayer_bulletin::app::startup::{ExitWhen, FirstFrameExit};

struct EmptyWindow {
    exit: FirstFrameExit,
}

impl eframe::App for EmptyWindow {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // There is no library to wait for: the first frame is the one that counts.
        let _closing = self.exit.on_frame(ui.ctx(), true);
    }
}

/// Opens the empty window.
pub fn main() -> eframe::Result {
    let exit = FirstFrameExit::new(ExitWhen::from_env());
    eframe::run_native(
        "Prayer Bulletin empty window",
        prayer_bulletin::app::native_options(),
        Box::new(move |_| Ok(Box::new(EmptyWindow { exit }))),
    )
}
