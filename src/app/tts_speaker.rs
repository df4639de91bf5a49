//! Read aloud through the system's speech service (speech-dispatcher on Linux, the `tts` crate),
//! built with `--features tts`; the voice chosen by the bulletin's language where the service has
//! one. Without the feature, or where the service cannot be reached, the espeak-ng program speaks.

use super::read_aloud::Speaker;

/// The system's speech service.
pub struct SystemSpeech {
    tts: tts::Tts,
    /// When the last text was given: the service may say it is not speaking yet for a moment.
    said_at: Option<std::time::Instant>,
}

impl SystemSpeech {
    /// Connects to the speech service, if there is one.
    pub fn connect() -> Result<Self, String> {
        tts::Tts::default().map(|tts| Self { tts, said_at: None }).map_err(|e| e.to_string())
    }

    /// Uses a voice of the language espeak-ng's `voice` speaks ("es-419" → Spanish), if the service
    /// has one.
    fn choose_voice(&mut self, voice: &str) {
        let language = match voice {
            "cmn" => "zh",
            other => other.split('-').next().unwrap_or(other),
        };
        let Ok(voices) = self.tts.voices() else { return };
        if let Some(found) = voices.iter().find(|v| v.language().as_str().split('-').next() == Some(language)) {
            let _kept_the_default_voice_if_refused: Result<(), tts::Error> = self.tts.set_voice(found);
        }
    }
}

impl Speaker for SystemSpeech {
    fn say(&mut self, text: &str, voice: &str) -> Result<(), String> {
        self.choose_voice(voice);
        self.said_at = Some(std::time::Instant::now());
        self.tts.speak(text, true).map(|_| ()).map_err(|e| e.to_string())
    }

    fn is_speaking(&mut self) -> bool {
        // Half a second for the service to start, so a piece is not skipped before it is heard.
        let starting = self.said_at.is_some_and(|at| at.elapsed() < std::time::Duration::from_millis(500));
        starting || self.tts.is_speaking().unwrap_or(false)
    }

    fn stop(&mut self) {
        let _quiet_anyway: Result<&tts::Tts, tts::Error> = self.tts.stop();
    }
}

/// The speaker the app reads aloud with: the system's speech service when it answers, else
/// espeak-ng; connected when a week is first read aloud, so the window's start never waits for it.
pub fn default_speaker() -> Box<dyn Speaker> {
    Box::new(Deferred(None))
}

/// A speaker made when it is first asked to speak.
pub struct Deferred(Option<Box<dyn Speaker>>);

impl Speaker for Deferred {
    fn say(&mut self, text: &str, voice: &str) -> Result<(), String> {
        let speaker = self.0.get_or_insert_with(|| match SystemSpeech::connect() {
            Ok(speech) => Box::new(speech),
            Err(e) => {
                log::info!("the speech service did not answer ({e}); reading aloud with espeak-ng");
                Box::new(super::read_aloud::Espeak::default())
            }
        });
        speaker.say(text, voice)
    }

    fn is_speaking(&mut self) -> bool {
        self.0.as_mut().is_some_and(|s| s.is_speaking())
    }

    fn stop(&mut self) {
        if let Some(speaker) = &mut self.0 {
            speaker.stop();
        }
    }
}
