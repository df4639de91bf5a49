//! How the command line spells the core's choices (`--format html`, `state ready`, `--status open`):
//! clap's [`ValueEnum`] for them is here, so the core types carry no command-line derive.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::export::{Format, PageLayout, Paper};
use crate::model::ReviewState;
use crate::threads::Status;

/// `impl ValueEnum` for an enum of the core: its variants in order, each with the word typed and
/// the help shown in `--help`.
macro_rules! value_enum {
    ($ty:ty { $($variant:ident => $word:literal : $help:literal),+ $(,)? }) => {
        impl ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                &[$(<$ty>::$variant),+]
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(match self {
                    $(<$ty>::$variant => PossibleValue::new($word).help($help)),+
                })
            }
        }
    };
}

value_enum!(ReviewState {
    Draft => "draft": "Being written; left out of public exports of every bulletin unless asked",
    Ready => "ready": "Checked and ready to send",
    Sent => "sent": "Sent out (files written before review states are taken as sent)",
});

value_enum!(Status {
    Open => "open": "Its last paragraph is not a praise report",
    Answered => "answered": "Its last paragraph is a praise report",
});

value_enum!(Format {
    Text => "text": "Printable plain text",
    Markdown => "markdown": "Markdown",
    Html => "html": "One self-contained, print-friendly HTML page",
    Pdf => "pdf": "A PDF document",
    Ron => "ron": "The bulletin files' own RON",
    Eml => "eml": "An e-mail draft (plain text and HTML) that a mail program opens ready to send",
    Epub => "epub": "An EPUB 3 e-book, one chapter per bulletin",
    Ics => "ics": "The week's daily plan as an iCalendar file: one all-day event per day",
    Audio => "audio": "The week read aloud as WAV audio, spoken by espeak-ng in the bulletin's language",
});

value_enum!(PageLayout {
    Standard => "standard": "The usual handout on A4 or Letter",
    LargePrint => "large-print": "Text of 18 pt or more, with generous spacing, for readers with low vision",
    Booklet => "booklet": "A5 (half-letter) pages imposed two to a landscape sheet in booklet order: print the sheets double-sided, flipping on the short edge, fold the stack in the middle",
});

value_enum!(Paper {
    A4 => "a4": "210 × 297 mm",
    Letter => "letter": "8.5 × 11 in",
});

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant of each enum is spelt, and each word reads back as its variant.
    fn round_trips<T: ValueEnum + PartialEq + std::fmt::Debug>(all: &[T]) {
        assert_eq!(T::value_variants().len(), all.len());
        for v in all {
            let word = v.to_possible_value().unwrap().get_name().to_owned();
            assert_eq!(&T::from_str(&word, false).unwrap(), v, "{word}");
        }
    }

    #[test]
    fn every_choice_of_the_core_is_spelt_on_the_command_line() {
        round_trips(&ReviewState::ALL);
        round_trips(&Format::ALL);
        round_trips(&PageLayout::ALL);
        round_trips(&[Paper::A4, Paper::Letter]);
        round_trips(&[Status::Open, Status::Answered]);
        assert_eq!(PageLayout::from_str("large-print", false), Ok(PageLayout::LargePrint));
    }
}
