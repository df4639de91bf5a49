//! Timing start-up as a whole process: the window closes itself right after its first drawn frame
//! when the environment asks for it, the same way for the app and for the empty window it is
//! compared with (`examples/empty_window.rs`, `benches/startup.rs`).

/// The environment variable that asks the window to close itself: `1` right after the first frame
/// has been drawn; `library` after the first frame drawn with the whole library read (a large one
/// is read in the background), for peak-memory figures.
pub const EXIT_AFTER_FIRST_FRAME: &str = "PRAYER_BULLETIN_EXIT_AFTER_FIRST_FRAME";

/// When the window should close itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ExitWhen {
    /// Never: the normal app.
    #[default]
    Never,
    /// Right after the first frame has been drawn.
    FirstFrame,
    /// Right after the first frame drawn with the library read in full.
    LibraryShown,
}

impl ExitWhen {
    /// What [`EXIT_AFTER_FIRST_FRAME`] asks for (never, when it is not set).
    pub fn from_env() -> Self {
        match std::env::var(EXIT_AFTER_FIRST_FRAME).as_deref() {
            Ok("library") => Self::LibraryShown,
            Ok(value) if !value.is_empty() && value != "0" => Self::FirstFrame,
            _ => Self::Never,
        }
    }
}

/// Counts the frames drawn and closes the window after the one asked for.
///
/// A frame is drawn on the screen after the `ui` call that laid it out returns, so the window is
/// closed from the *next* `ui` call: by then the frame asked for has been presented.
#[derive(Clone, Debug, Default)]
pub struct FirstFrameExit {
    when: ExitWhen,
    /// Frames laid out whose condition held (the library was read, where that is asked for).
    ready_frames: u32,
}

impl FirstFrameExit {
    /// Closes the window as `when` says.
    pub fn new(when: ExitWhen) -> Self {
        Self { when, ready_frames: 0 }
    }

    /// Call at the start of every `ui` call; `library_read` says whether the whole library is in.
    /// Returns `true` when the window is closing: then draw nothing more, so the time measured
    /// ends with the frame asked for.
    #[must_use]
    pub fn on_frame(&mut self, ctx: &egui::Context, library_read: bool) -> bool {
        let ready = match self.when {
            ExitWhen::Never => return false,
            ExitWhen::FirstFrame => true,
            ExitWhen::LibraryShown => library_read,
        };
        if !ready {
            return false;
        }
        self.ready_frames += 1;
        if self.ready_frames > 1 {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return true;
        }
        // Another frame must come for the window to be closed from it, even with nothing moving.
        ctx.request_repaint();
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_closes_in_the_frame_after_the_first() {
        let ctx = egui::Context::default();
        let mut exit = FirstFrameExit::new(ExitWhen::FirstFrame);
        assert!(!exit.on_frame(&ctx, false), "the first frame is drawn");
        assert!(exit.on_frame(&ctx, false), "closed from the next, once the first is on the screen");

        let mut never = FirstFrameExit::default();
        assert!((0..3).all(|_| !never.on_frame(&ctx, true)));
    }

    #[test]
    fn waiting_for_the_library_closes_after_the_first_frame_that_shows_it() {
        let ctx = egui::Context::default();
        let mut exit = FirstFrameExit::new(ExitWhen::LibraryShown);
        assert!(!exit.on_frame(&ctx, false));
        assert!(!exit.on_frame(&ctx, false));
        assert!(!exit.on_frame(&ctx, true), "the frame that draws the library");
        assert!(exit.on_frame(&ctx, true));
    }
}
