//! The week read aloud, as a WAV file for a prayer line or a podcast: spoken by the `espeak-ng`
//! program in the bulletin's language (its voice for English, Spanish, Korean, Mandarin, …), from
//! the same public text the other handouts hold.

use std::io::Write as _;
use std::process::{Command, Stdio};

use super::{ExportError, Prepared, Rendered};

/// The program that speaks.
pub const PROGRAM: &str = "espeak-ng";

/// espeak-ng's voice for a language of ours.
pub fn voice(language: &str) -> &'static str {
    match language.split(['-', '_']).next().unwrap_or("") {
        "es" => "es-419",
        "ko" => "ko",
        "zh" => "cmn",
        "pt" => "pt-br",
        "fr" => "fr-fr",
        "de" => "de",
        _ => "en-us",
    }
}

/// What is read, piece by piece, each with where it is in the bulletin (a region's name has no
/// place of its own): the headline, the date, the verse and its reference, each region's name and
/// its paragraphs (each with its kind), the closing note. The reader's "Read aloud" speaks the same
/// pieces, one at a time, and marks the one being read.
pub fn script(bulletin: &crate::model::Bulletin) -> Vec<(Option<crate::entry::Place>, String)> {
    use crate::entry::Place;
    let mut out = vec![(Some(Place::Title), bulletin.title.clone()), (None, bulletin.long_date())];
    if let Some(verse) = &bulletin.verse {
        out.push((Some(Place::Verse), format!("{} \u{2014} {}", verse.text, verse.reference)));
    }
    for (si, section) in bulletin.sections.iter().enumerate().filter(|(_, s)| !s.items.is_empty()) {
        out.push((None, section.region.clone()));
        for (ii, item) in section.items.iter().enumerate() {
            let place = Place::Item(crate::model::Spot::new(si, ii));
            out.push((Some(place), format!("{}. {}", item.kind.label(), item.text)));
        }
    }
    if let Some(closing) = &bulletin.closing {
        out.push((Some(Place::Closing), closing.clone()));
    }
    out.retain(|(_, p)| !p.trim().is_empty());
    out
}

/// The prepared weeks spoken in `language`, as WAV bytes.
pub fn write(prepared: &Prepared<'_>, language: &str) -> Result<Rendered, ExportError> {
    let mut text = String::new();
    for bulletin in prepared.bulletins() {
        for (_, piece) in script(bulletin) {
            text.push_str(&piece);
            // A paragraph's end is a pause.
            text.push_str("\n\n");
        }
    }
    let spoken = speak_to_wav(&text, voice(language))?;
    Ok(Rendered::of(spoken))
}

/// Runs espeak-ng on `text` and returns the WAV it wrote.
fn speak_to_wav(text: &str, voice: &str) -> Result<Vec<u8>, ExportError> {
    let mut child = Command::new(PROGRAM)
        .args(["-v", voice, "-s", "150", "--stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| ExportError::Unavailable(missing(&e)))?;
    let mut stdin = child.stdin.take().ok_or_else(|| ExportError::Unavailable("espeak-ng took no text".to_owned()))?;
    let text = text.to_owned();
    // Written on another thread, so a long week never fills the pipe while espeak-ng's is full too.
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let output = child.wait_with_output().map_err(|e| ExportError::Unavailable(format!("espeak-ng: {e}")))?;
    let written = writer.join().map_err(|_| ExportError::Unavailable("espeak-ng: the text was not sent".to_owned()))?;
    written.map_err(|e| ExportError::Unavailable(format!("espeak-ng: {e}")))?;
    if !output.status.success() || output.stdout.len() < 44 {
        return Err(ExportError::Unavailable(format!(
            "espeak-ng could not speak it: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(output.stdout)
}

/// What to say when the program could not be started.
pub fn missing(error: &std::io::Error) -> String {
    if error.kind() == std::io::ErrorKind::NotFound {
        crate::tr!("audio-needs-espeak")
    } else {
        format!("espeak-ng: {error}")
    }
}

/// The length of a WAV's sound, in seconds (from its header), if it is one.
pub fn wav_seconds(wav: &[u8]) -> Option<f64> {
    if wav.get(..4)? != b"RIFF" || wav.get(8..12)? != b"WAVE" {
        return None;
    }
    let u32_at = |at: usize| wav.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    let byte_rate = u32_at(28)?;
    // espeak-ng writes an unknown length (0x7fffffff) when it writes to a pipe: count the bytes.
    let data = wav.len().saturating_sub(44);
    (byte_rate > 0).then(|| data as f64 / f64::from(byte_rate))
}
