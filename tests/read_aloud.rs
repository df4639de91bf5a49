//! Read aloud: the week spoken piece by piece with the paragraph being read marked, pause, skip and
//! stop in the real window (with a speaker that only listens), and `export --format audio` spoken by
//! espeak-ng into a WAV of a plausible length.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::{Arc, Mutex};

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use prayer_bulletin::app::read_aloud::Speaker;
use prayer_bulletin::entry::Place;

/// What the fake speaker heard, and whether it is still "speaking".
#[derive(Default)]
struct Heard {
    said: Vec<(String, String)>,
    speaking: bool,
    stops: usize,
    /// Why the next piece "could not be heard", if it could not.
    fail: Option<String>,
}

struct Listener(Arc<Mutex<Heard>>);

impl Speaker for Listener {
    fn say(&mut self, text: &str, voice: &str) -> Result<(), String> {
        let mut heard = self.0.lock().unwrap();
        heard.said.push((text.to_owned(), voice.to_owned()));
        heard.speaking = true;
        Ok(())
    }
    fn is_speaking(&mut self) -> bool {
        self.0.lock().unwrap().speaking
    }
    fn stop(&mut self) {
        let mut heard = self.0.lock().unwrap();
        heard.speaking = false;
        heard.stops += 1;
    }
    fn failure(&mut self) -> Option<String> {
        self.0.lock().unwrap().fail.take()
    }
}

/// A speaker that fails (no sound device) stops the reading and says why; a week paused and then
/// left stops being read.
#[test]
fn a_failing_voice_is_said_and_a_paused_week_left_behind_stops() {
    let mut h = common::harness_on(&common::sample_data());
    let heard = Arc::new(Mutex::new(Heard::default()));
    h.state_mut().set_speaker(Box::new(Listener(heard.clone())));
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run();
    {
        let mut heard = heard.lock().unwrap();
        heard.speaking = false;
        heard.fail = Some("Nothing could be heard: espeak-ng stopped (exit status: 1).".to_owned());
    }
    h.run();
    assert!(h.state().reading_at().is_none(), "the reading stops");
    assert_eq!(h.state().message().as_deref(), Some("Nothing could be heard: espeak-ng stopped (exit status: 1)."));
    // Paused, then another week opened: Go on does not read the week no longer shown.
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run();
    h.get_by_label("Pause").click();
    h.run();
    h.state_mut().push(prayer_bulletin::app::Command::Action(prayer_bulletin::app::Action::PreviousWeek));
    h.run();
    assert!(h.state().reading_at().is_none(), "leaving the week stops its reading");
}

#[test]
fn the_week_is_read_piece_by_piece_with_pause_skip_and_stop() {
    let mut h = common::harness_on(&common::sample_data());
    let heard = Arc::new(Mutex::new(Heard::default()));
    h.state_mut().set_speaker(Box::new(Listener(heard.clone())));
    let finish = |h: &mut egui_kittest::Harness<'static, prayer_bulletin::app::App>| {
        heard.lock().unwrap().speaking = false;
        h.run();
    };
    // Ctrl+R starts with the headline, in the library's (English) voice, marked in the reader.
    h.key_press_modifiers(Modifiers::COMMAND, Key::R);
    h.run();
    let headline = h.state().current_bulletin().unwrap().title.clone();
    assert_eq!(heard.lock().unwrap().said[0], (headline, "en-us".to_owned()));
    assert_eq!(h.state().highlight.as_ref().map(|x| x.place.clone()), Some(Place::Title));
    // The controls are on the screen.
    let screen = h.ctx.content_rect();
    for label in ["Pause", "Skip", "Stop"] {
        assert!(screen.contains_rect(h.get_by_label(label).rect()), "{label} is on the screen");
    }
    h.get_by_label_contains("Reading aloud: 1 of");
    // When a piece has been said, the next one: the date, then the verse, then the first region's
    // name, then its first paragraph, marked.
    for _ in 0..4 {
        finish(&mut h);
    }
    let said = heard.lock().unwrap().said.clone();
    assert_eq!(said.len(), 5, "{said:?}");
    assert!(said[3].0 == "Africa & Europe", "the region is named before its paragraphs: {said:?}");
    assert!(said[4].0.starts_with("Prayer request. Pray for the team in Kampala"), "{said:?}");
    assert_eq!(
        h.state().highlight.as_ref().map(|x| x.place.clone()),
        Some(Place::Item(prayer_bulletin::model::Spot::new(0, 0))),
        "the paragraph being read is marked"
    );
    // Pause stops the voice; Go on says the paragraph again from its start.
    h.get_by_label("Pause").click();
    h.run();
    assert!(!heard.lock().unwrap().speaking && h.state().reading_at().unwrap().2, "paused");
    h.get_by_label("Go on").click();
    h.run();
    assert_eq!(heard.lock().unwrap().said.last(), said.last(), "the same paragraph again");
    // Skip goes on to the next piece at once.
    h.get_by_label("Skip").click();
    h.run();
    assert_eq!(h.state().reading_at().unwrap().0, 5);
    // Stop: quiet, nothing marked, the button back.
    h.get_by_label("Stop").click();
    h.run();
    assert!(h.state().reading_at().is_none() && h.state().highlight.is_none());
    assert!(!heard.lock().unwrap().speaking);
    h.get_by_label("Read aloud");
}

#[test]
fn a_week_read_to_the_end_stops_by_itself_and_a_korean_week_is_read_in_korean() {
    let dir = common::sample_copy();
    // Every week written in Korean (whichever the window opens on).
    for file in std::fs::read_dir(dir.path().join("bulletins")).unwrap() {
        let file = file.unwrap().path();
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, text.replacen("  title:", "  language: Some(\"ko\"),\n  title:", 1)).unwrap();
    }
    let mut h = common::harness_on(dir.path());
    let heard = Arc::new(Mutex::new(Heard::default()));
    h.state_mut().set_speaker(Box::new(Listener(heard.clone())));
    h.state_mut().push(prayer_bulletin::app::Command::ReadAloud(prayer_bulletin::app::read_aloud::ReadAloud::Toggle));
    h.run();
    let library = h.state().library.as_ref().unwrap();
    assert!(library.problems.is_empty(), "{:?} {:?}", library.problems, h.state().current);
    let count = h.state().reading_at().unwrap().1;
    for _ in 0..count {
        heard.lock().unwrap().speaking = false;
        h.run();
    }
    let said = heard.lock().unwrap().said.clone();
    assert_eq!(said.len(), count);
    assert!(said.iter().all(|(_, voice)| voice == "ko"), "the bulletin's language's voice: {said:?}");
    assert!(said.iter().any(|(text, _)| text.starts_with("기도제목. ")), "the kind said in Korean: {said:?}");
    assert!(h.state().reading_at().is_none(), "done after the last piece");
}

/// `export --format audio` speaks the week with espeak-ng: a WAV whose length fits the words at
/// about 150 a minute. Where espeak-ng is absent the test says so and passes.
#[test]
fn the_week_exported_as_audio_lasts_as_long_as_its_words_take_to_say() {
    if common::tool(&["espeak-ng"], "ESPEAK_NG").is_none() {
        eprintln!("skipped: espeak-ng is not installed (apt-get install espeak-ng)");
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let wav = out.path().join("week.wav");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_prayer-bulletin"))
        .arg("export")
        .arg(common::sample_data())
        .args(["--date", "2026-11-14", "--format", "audio", "-o"])
        .arg(&wav)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let bytes = std::fs::read(&wav).unwrap();
    let seconds = prayer_bulletin::export::audio::wav_seconds(&bytes).expect("a WAV file");
    // The words of the public week (the audio is public by default).
    let library = prayer_bulletin::library::Library::load(common::sample_data()).unwrap();
    let bulletin = &library.entry("2026-11-14").unwrap().bulletin;
    let context = prayer_bulletin::export::Context::of_library(&library);
    let public = prayer_bulletin::export::for_audience(bulletin, prayer_bulletin::export::Audience::Public, &context);
    let words: usize =
        prayer_bulletin::export::audio::script(&public).iter().map(|(_, t)| t.split_whitespace().count()).sum();
    let expected = words as f64 / 150.0 * 60.0;
    assert!(
        seconds > expected * 0.6 && seconds < expected * 1.8,
        "{seconds:.0} s of audio for {words} words (about {expected:.0} s at 150 a minute)"
    );
}

/// With `--features tts`: the system's speech service (speech-dispatcher) says a piece and is done
/// with it; where the service cannot be reached the test says so and passes.
#[cfg(feature = "tts")]
#[test]
fn the_system_speech_service_says_a_piece_and_finishes() {
    let mut speech = match prayer_bulletin::app::tts_speaker::SystemSpeech::connect() {
        Ok(speech) => speech,
        Err(e) => {
            eprintln!("skipped: the speech service did not answer ({e})");
            return;
        }
    };
    speech.say("Pray for the team in Kampala.", "en-us").expect("said");
    let started = std::time::Instant::now();
    while speech.is_speaking() {
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "still speaking after 20 s");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    speech.stop();
}
