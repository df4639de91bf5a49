//! "Read aloud" (Ctrl+R): the week on screen spoken piece by piece in its language, the paragraph
//! being read marked and kept in view; pause, skip and stop. Spoken by the `espeak-ng` program (the
//! [`Espeak`] speaker); tests give the app a speaker of their own.

use crate::entry::Place;

/// Something that speaks one piece of text at a time.
pub trait Speaker: Send {
    /// Starts saying `text` in `voice` (espeak-ng's name for it). An error says why it cannot.
    fn say(&mut self, text: &str, voice: &str) -> Result<(), String>;
    /// Whether it is still saying the last text.
    fn is_speaking(&mut self) -> bool;
    /// Stops at once.
    fn stop(&mut self);
    /// Why the last text could not be said, once, when it could not (a speaker that ended with an
    /// error rather than having spoken).
    fn failure(&mut self) -> Option<String> {
        None
    }
}

/// The `espeak-ng` program, speaking to the computer's sound output.
#[derive(Default)]
pub struct Espeak {
    child: Option<std::process::Child>,
    failed: Option<String>,
}

impl Speaker for Espeak {
    fn say(&mut self, text: &str, voice: &str) -> Result<(), String> {
        self.stop();
        let child = std::process::Command::new(crate::export::audio::PROGRAM)
            .args(["-v", voice, "-s", "150", "--", text])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| crate::export::audio::missing(&e))?;
        self.child = Some(child);
        Ok(())
    }

    fn is_speaking(&mut self) -> bool {
        let Some(child) = self.child.as_mut() else { return false };
        match child.try_wait() {
            Ok(None) => true,
            Ok(Some(status)) => {
                if !status.success() {
                    self.failed = Some(crate::tr!("read-aloud-failed", status = status.to_string()));
                }
                self.child = None;
                false
            }
            Err(e) => {
                self.failed = Some(e.to_string());
                self.child = None;
                false
            }
        }
    }

    fn failure(&mut self) -> Option<String> {
        self.failed.take()
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            // Gone already, or killed now: either way it is quiet.
            let _gone: std::io::Result<()> = child.kill();
            let _reaped: std::io::Result<std::process::ExitStatus> = child.wait();
        }
    }
}

impl Drop for Espeak {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The speaker the app reads aloud with: espeak-ng (with `--features tts`, the system's speech
/// service first).
pub fn default_speaker() -> Box<dyn Speaker> {
    #[cfg(feature = "tts")]
    {
        super::tts_speaker::default_speaker()
    }
    #[cfg(not(feature = "tts"))]
    {
        Box::new(Espeak::default())
    }
}

/// A week being read aloud.
pub struct Reading {
    /// The week (its file stem).
    pub stem: String,
    /// The pieces, each with its place in the bulletin.
    pub pieces: Vec<(Option<Place>, String)>,
    /// The piece being read.
    pub at: usize,
    /// Paused (the piece is said again from its start on Resume).
    pub paused: bool,
    /// The voice.
    pub voice: &'static str,
}

/// What the read-aloud controls ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadAloud {
    /// Read the week on screen from the top (or stop, when it is being read).
    Toggle,
    /// Pause, or go on.
    Pause,
    /// The next piece.
    Skip,
    /// Stop reading.
    Stop,
}

impl super::App {
    /// Carries out a read-aloud control.
    pub(super) fn read_aloud(&mut self, control: ReadAloud) {
        match control {
            ReadAloud::Toggle if self.reading.is_some() => self.stop_reading(),
            ReadAloud::Toggle => self.start_reading(),
            ReadAloud::Pause => {
                let Some(reading) = &mut self.reading else { return };
                reading.paused = !reading.paused;
                if reading.paused {
                    self.speaker.stop();
                } else {
                    self.say_current();
                }
            }
            ReadAloud::Skip => {
                if let Some(reading) = &mut self.reading {
                    reading.at += 1;
                    reading.paused = false;
                }
                self.say_current();
            }
            ReadAloud::Stop => self.stop_reading(),
        }
    }

    fn start_reading(&mut self) {
        let (Some(stem), Some(bulletin)) = (self.current.clone(), self.current_bulletin()) else { return };
        let language = bulletin
            .language
            .clone()
            .or_else(|| self.library.as_ref().and_then(|l| l.settings.language.clone()))
            .unwrap_or_else(|| "en-US".to_owned());
        let pieces = crate::i18n::in_language(Some(&language), || crate::export::audio::script(bulletin));
        let voice = crate::export::audio::voice(&language);
        self.reading = Some(Reading { stem, pieces, at: 0, paused: false, voice });
        self.say_current();
    }

    fn stop_reading(&mut self) {
        self.speaker.stop();
        self.reading = None;
        self.highlight = None;
    }

    /// Says the piece the reading is at (or ends the reading after the last), and marks it.
    fn say_current(&mut self) {
        let Some(reading) = &self.reading else { return };
        let Some((place, text)) = reading.pieces.get(reading.at).cloned() else {
            self.stop_reading();
            return;
        };
        let voice = reading.voice;
        if let Some(place) = place {
            let range = 0..self.place_len(&reading.stem.clone(), &place);
            self.highlight = Some(super::Highlight { stem: reading.stem.clone(), place, range, scroll_pending: true });
        }
        if let Err(why) = self.speaker.say(&text, voice) {
            self.stop_reading();
            self.messages.error(why);
        }
    }

    /// The length of the text at a place of a week (the whole of it is marked while it is read).
    fn place_len(&self, stem: &str, place: &Place) -> usize {
        let Some(b) = self.library.as_ref().and_then(|l| l.entry(stem)).map(|e| &e.bulletin) else { return 0 };
        match place {
            Place::Title => b.title.len(),
            Place::Verse => b.verse.as_ref().map_or(0, |v| v.text.len()),
            Place::Item(spot) => spot.get(b).map_or(0, |i| i.text.len()),
            Place::Closing => b.closing.as_ref().map_or(0, String::len),
        }
    }

    /// Goes on to the next piece when the last one has been said (called every frame).
    pub(super) fn poll_reading(&mut self, ctx: &egui::Context) {
        let Some(reading) = &self.reading else { return };
        if self.current.as_deref() != Some(reading.stem.as_str()) {
            // Another week was opened (paused or not): reading this one stops.
            self.stop_reading();
            return;
        }
        if reading.paused {
            return;
        }
        if self.speaker.is_speaking() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            return;
        }
        if let Some(why) = self.speaker.failure() {
            // Nothing was heard (no sound device, a voice missing): say so rather than go on silently.
            self.stop_reading();
            self.messages.error(why);
            return;
        }
        if let Some(reading) = &mut self.reading {
            reading.at += 1;
        }
        self.say_current();
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }

    /// Gives the app another speaker (tests give one that only listens).
    pub fn set_speaker(&mut self, speaker: Box<dyn Speaker>) {
        self.speaker = speaker;
    }

    /// The week being read aloud, if one is: the piece it is at and the number of pieces.
    pub fn reading_at(&self) -> Option<(usize, usize, bool)> {
        self.reading.as_ref().map(|r| (r.at, r.pieces.len(), r.paused))
    }
}
