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
        for (place, piece) in script(bulletin) {
            // The marks an internal handout shows ("Not for sharing", "Update on …") are said first.
            if let Some(crate::entry::Place::Item(spot)) = place
                && let Some(item) = spot.get(bulletin)
            {
                for mark in prepared.marks(item) {
                    text.push_str(mark.words());
                    text.push_str(". ");
                }
            }
            text.push_str(&piece);
            // A paragraph's end is a pause.
            text.push_str("\n\n");
        }
    }
    let spoken = speak_to_wav(&text, voice(language))?;
    Ok(Rendered::of(with_transcript(spoken, &text)))
}

/// Whether the program that speaks is installed.
pub fn available() -> bool {
    Command::new(PROGRAM)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The WAV with its lengths set right (espeak-ng writing to a pipe cannot know them) and the words
/// spoken kept in it as its comment (a `LIST`/`INFO`/`ICMT` chunk): players show it, a screen reader
/// user can read it, and a check can see what a public recording says.
fn with_transcript(mut wav: Vec<u8>, text: &str) -> Vec<u8> {
    let Some(data_at) = wav.windows(4).position(|w| w == b"data").filter(|at| *at + 8 <= wav.len()) else { return wav };
    let data_len = u32::try_from(wav.len() - data_at - 8).unwrap_or(u32::MAX);
    wav[data_at + 4..data_at + 8].copy_from_slice(&data_len.to_le_bytes());
    if wav.len() % 2 == 1 {
        wav.push(0);
    }
    let mut comment = text.as_bytes().to_vec();
    comment.push(0);
    if comment.len() % 2 == 1 {
        comment.push(0);
    }
    let comment_len = u32::try_from(comment.len()).unwrap_or(u32::MAX);
    let mut list = b"INFO".to_vec();
    list.extend_from_slice(b"ICMT");
    list.extend_from_slice(&comment_len.to_le_bytes());
    list.extend_from_slice(&comment);
    wav.extend_from_slice(b"LIST");
    wav.extend_from_slice(&u32::try_from(list.len()).unwrap_or(u32::MAX).to_le_bytes());
    wav.extend_from_slice(&list);
    let riff_len = u32::try_from(wav.len() - 8).unwrap_or(u32::MAX);
    wav[4..8].copy_from_slice(&riff_len.to_le_bytes());
    wav
}

/// The words a WAV written here says (its comment), if it has them.
pub fn transcript(wav: &[u8]) -> Option<String> {
    let at = wav.windows(8).rposition(|w| w == b"INFOICMT")?;
    let len = usize::try_from(u32::from_le_bytes(wav.get(at + 8..at + 12)?.try_into().ok()?)).ok()?;
    let text = wav.get(at + 12..at + 12 + len)?;
    Some(String::from_utf8_lossy(text).trim_end_matches('\0').to_owned())
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
    let data_at = wav.windows(4).position(|w| w == b"data")?;
    let data = u32_at(data_at + 4)?;
    (byte_rate > 0).then(|| f64::from(data) / f64::from(byte_rate))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A WAV as espeak-ng writes one to a pipe: 22,050 samples a second, 16 bits, its lengths unknown.
    fn piped_wav(samples: usize) -> Vec<u8> {
        let mut wav = b"RIFF".to_vec();
        wav.extend_from_slice(&0x7fff_ffff_u32.to_le_bytes());
        wav.extend_from_slice(b"WAVEfmt ");
        wav.extend_from_slice(&16_u32.to_le_bytes());
        wav.extend_from_slice(&[1, 0, 1, 0]);
        wav.extend_from_slice(&22_050_u32.to_le_bytes());
        wav.extend_from_slice(&44_100_u32.to_le_bytes());
        wav.extend_from_slice(&[2, 0, 16, 0]);
        wav.extend_from_slice(b"data");
        wav.extend_from_slice(&0x7fff_f000_u32.to_le_bytes());
        wav.extend(std::iter::repeat_n(0_u8, samples * 2));
        wav
    }

    #[test]
    fn the_recording_keeps_its_words_and_its_true_length() {
        let wav = with_transcript(piped_wav(44_100), "Pray for the team in Kampala.");
        assert_eq!(transcript(&wav).as_deref(), Some("Pray for the team in Kampala."));
        assert_eq!(wav_seconds(&wav), Some(2.0), "two seconds of samples");
        let riff = u32::from_le_bytes([wav[4], wav[5], wav[6], wav[7]]) as usize;
        assert_eq!(riff, wav.len() - 8, "the RIFF length is set right");
    }

    #[test]
    fn each_language_has_its_voice() {
        assert_eq!(voice("ko"), "ko");
        assert_eq!(voice("zh-TW"), "cmn");
        assert_eq!(voice("es"), "es-419");
        assert_eq!(voice("en-US"), "en-us");
    }
}
