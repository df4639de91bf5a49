//! The bulletin model: what a weekly prayer bulletin is, independent of any file format or window.

mod change;
mod kind;
mod place;

pub use change::{Change, describe as describe_change};
pub use kind::kind_from_wording;
pub use place::{ParagraphRef, Spot};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The version of the bulletin file format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// One weekly prayer bulletin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bulletin {
    /// File format version; see [`FORMAT_VERSION`].
    pub format: u32,
    /// The week the bulletin is for; `None` when the source had no date.
    pub date: Option<NaiveDate>,
    /// The headline.
    pub title: String,
    /// The Bible verse set apart at the top.
    pub verse: Option<Verse>,
    /// One section per region, in reading order.
    pub sections: Vec<Section>,
    /// The closing note, e.g. the request not to post survivor updates online.
    pub closing: Option<String>,
    /// Where the bulletin is in the coordinator's review: draft, ready or sent. Files written before
    /// review states have none and are taken as sent; a sent bulletin is written without it, so such
    /// files keep their bytes.
    #[serde(default = "ReviewState::absent", skip_serializing_if = "ReviewState::is_sent")]
    pub state: ReviewState,
    /// The day the bulletin was marked sent, when the app or `state` marked it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_on: Option<NaiveDate>,
    /// The language it is written in ("ko", "es", "zh-TW", ...), for its handouts' fixed words and
    /// dates and for spell-checking; absent: the library's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl Default for Bulletin {
    fn default() -> Self {
        Self {
            format: FORMAT_VERSION,
            date: None,
            title: String::new(),
            verse: None,
            sections: Vec::new(),
            closing: None,
            state: ReviewState::absent(),
            sent_on: None,
            language: None,
        }
    }
}

/// Where a bulletin is in the coordinator's review before it goes out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewState {
    /// Being written; left out of public exports of every bulletin unless asked.
    Draft,
    /// Checked and ready to send.
    Ready,
    /// Sent out (files written before review states are taken as sent).
    #[default]
    Sent,
}

impl ReviewState {
    /// Every state, in the order a bulletin goes through them.
    pub const ALL: [Self; 3] = [Self::Draft, Self::Ready, Self::Sent];

    /// The state of a file that does not say: it was written before review states, so it was sent.
    pub fn absent() -> Self {
        Self::Sent
    }

    /// Whether this is the state a file that does not say is taken to have.
    pub fn is_sent(&self) -> bool {
        *self == Self::Sent
    }

    /// The word a person sees.
    pub fn label(self) -> String {
        match self {
            Self::Draft => crate::tr!("state-draft"),
            Self::Ready => crate::tr!("state-ready"),
            Self::Sent => crate::tr!("state-sent"),
        }
    }

    /// The word scripts see in `list` and `--json`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Ready => "ready",
            Self::Sent => "sent",
        }
    }

    /// Whether a public export of every bulletin takes it without being asked.
    pub fn goes_out(self) -> bool {
        self != Self::Draft
    }
}

/// A Bible verse and its reference.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Verse {
    /// The verse, without its quote marks.
    pub text: String,
    /// Where it is found, e.g. "Colossians 3:12".
    pub reference: String,
}

/// The paragraphs of one region in one bulletin.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Section {
    /// The region's name as the library lists it.
    pub region: String,
    /// The paragraphs, in reading order.
    pub items: Vec<Item>,
}

/// One paragraph of a region.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Item {
    /// Praise report, prayer request or standing information.
    pub kind: ItemKind,
    /// The paragraph's text.
    pub text: String,
    /// Holds details that must not be shared publicly.
    pub sensitive: bool,
    /// A stable id, unique in the library once given (when the paragraph is created in the editor or
    /// first linked); never changes. Files written before ids have none and keep their bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The id of the earlier paragraph this one continues: an update, or the praise that answers it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follows: Option<String>,
    /// About a survivor or a case: stops being public once the bulletin is older than the library's
    /// `public_weeks`.
    #[serde(skip_serializing_if = "is_false")]
    pub personal: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// The words that mark a sensitive paragraph, written once so the one below and the bracketed form
/// cannot drift apart.
macro_rules! not_for_sharing {
    () => {
        "Not for sharing"
    };
}

impl Item {
    /// The mark a sensitive paragraph carries wherever an internal view or handout shows it.
    pub const SENSITIVE_MARK: &'static str = not_for_sharing!();

    /// The mark as a badge, in the capitals that [`ItemKind::badge`] uses.
    pub const SENSITIVE_BADGE: &'static str = "NOT FOR SHARING";

    /// The badge in this thread's language (the reader's, or a handout's bulletin's).
    pub fn sensitive_badge() -> String {
        crate::tr!("sensitive-badge")
    }

    /// The mark as a plain-text handout writes it before a sensitive paragraph, and as the
    /// importer reads it back into the `sensitive` flag.
    pub const SENSITIVE_MARK_IN_TEXT: &'static str = concat!("[", not_for_sharing!(), "]");

    /// What a person is told when they ask what the mark means.
    pub const SENSITIVE_HINT: &'static str = "This paragraph holds details that must not be shared publicly";

    /// The mark of a personal paragraph (about a survivor or a case) in internal views and handouts.
    pub const PERSONAL_MARK: &'static str = "Personal";

    /// The personal mark as a badge.
    pub const PERSONAL_BADGE: &'static str = "PERSONAL";

    /// The personal mark as a plain-text handout writes it, and as the importer reads it back.
    pub const PERSONAL_MARK_IN_TEXT: &'static str = "[Personal]";

    /// What a person is told when they ask what the personal mark means.
    pub const PERSONAL_HINT: &'static str =
        "About a survivor or a case: public handouts leave it out once the bulletin is older than the library allows";

    /// A paragraph whose kind is taken from its wording.
    pub fn from_text(text: impl Into<String>) -> Self {
        let text = text.into();
        Self { kind: kind_from_wording(&text), text, ..Self::default() }
    }

    /// A paragraph of `kind` with `text` and no marks.
    pub fn new(kind: ItemKind, text: impl Into<String>) -> Self {
        Self { kind, text: text.into(), ..Self::default() }
    }
}

/// What a paragraph is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    /// Thanks for answered prayer or good news.
    Praise,
    /// Something to pray for.
    Request,
    /// Standing information, such as the office paragraph.
    #[default]
    Info,
}

impl ItemKind {
    /// Every kind, in the order a menu lists them.
    pub const ALL: [Self; 3] = [Self::Praise, Self::Request, Self::Info];

    /// The word a reader sees, in this thread's language (a handout's: its bulletin's).
    pub fn label(self) -> String {
        match self {
            Self::Praise => crate::tr!("kind-praise"),
            Self::Request => crate::tr!("kind-request"),
            Self::Info => crate::tr!("kind-info"),
        }
    }

    /// The label in capitals, as a small badge above or before a paragraph shows it: the reader,
    /// the PDF handout and the HTML handout's print style all show these words.
    pub fn badge(self) -> String {
        match self {
            Self::Praise => crate::tr!("badge-praise"),
            Self::Request => crate::tr!("badge-request"),
            Self::Info => crate::tr!("badge-info"),
        }
    }
}

/// The product's name, which a handout of a bulletin with no headline carries as its title.
pub const PRODUCT_NAME: &str = "Prayer Bulletin";

impl Bulletin {
    /// What the screens show for a bulletin with no headline.
    pub const NO_HEADLINE: &'static str = "(no headline)";

    /// The headline as the screens show it: "(no headline)" when there is none.
    pub fn shown_title(&self) -> &str {
        if self.title.trim().is_empty() { Self::NO_HEADLINE } else { &self.title }
    }

    /// The headline as handouts print it: the product's name when there is none.
    pub fn printed_title(&self) -> &str {
        if self.title.trim().is_empty() { PRODUCT_NAME } else { self.title.trim() }
    }

    /// The section for `region`, if the bulletin has one.
    pub fn section(&self, region: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.region == region)
    }

    /// Moves the bulletin to `state`; marking it sent notes `today` as the day it went out, and
    /// taking it back from sent forgets that day.
    pub fn set_state(&mut self, state: ReviewState, today: NaiveDate) {
        self.sent_on = match state {
            ReviewState::Sent if self.state == ReviewState::Sent && self.sent_on.is_some() => self.sent_on,
            ReviewState::Sent => Some(today),
            _ => None,
        };
        self.state = state;
    }

    /// What a plain-text handout carries of the bulletin: everything but paragraph ids and links
    /// and the review state (a bulletin read from text is taken as sent).
    pub fn as_plain_text_carries(&self) -> Self {
        let mut plain = self.clone();
        for item in plain.sections.iter_mut().flat_map(|s| s.items.iter_mut()) {
            item.id = None;
            item.follows = None;
        }
        plain.state = ReviewState::absent();
        plain.sent_on = None;
        plain
    }

    /// How many paragraphs the bulletin has across all regions.
    pub fn item_count(&self) -> usize {
        self.sections.iter().map(|s| s.items.len()).sum()
    }

    /// The file name (without folder) the bulletin is kept under: its date, or `undated-` and a slug
    /// of its title. Never contains a path separator, whatever the title holds.
    pub fn file_stem(&self) -> String {
        match self.date {
            Some(date) => date.format("%Y-%m-%d").to_string(),
            None => {
                let slug = slug(&self.title);
                if slug.is_empty() { "undated".to_owned() } else { format!("undated-{slug}") }
            }
        }
    }

    /// The date written out for readers, e.g. "Saturday, June 26, 2021", or "Undated".
    pub fn long_date(&self) -> String {
        self.date.map_or_else(|| crate::tr!("undated"), long_date)
    }
}

/// The date `weeks` weeks after `date` (before it when negative), or `None` past either end of the
/// calendar. Every move of a bulletin's date goes through here, so none can panic.
pub fn weeks_after(date: NaiveDate, weeks: i64) -> Option<NaiveDate> {
    let days = chrono::TimeDelta::try_days(weeks.checked_mul(7)?)?;
    date.checked_add_signed(days)
}

/// A date written out for readers, e.g. "Saturday, June 26, 2021".
pub fn long_date(date: NaiveDate) -> String {
    date.format_localized(&crate::tr!("date-long"), crate::i18n::chrono_locale()).to_string()
}

/// A date as a note beside a paragraph writes it, e.g. "June 26, 2021".
pub fn medium_date(date: NaiveDate) -> String {
    date.format_localized(&crate::tr!("date-medium"), crate::i18n::chrono_locale()).to_string()
}

/// Lower-case ASCII letters and digits joined by single hyphens, at most 60 characters.
///
/// Accented letters keep their base letter ("São" → "sao"); everything else separates words.
pub fn slug(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let mut out = String::new();
    let mut gap = false;
    for c in text.nfkd() {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else if !unicode_normalization::char::is_combining_mark(c) {
            gap = true;
        }
        if out.len() >= 60 {
            break;
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stem_uses_date_or_slug_and_never_a_path() {
        let mut b = Bulletin { title: "../../etc/passwd Über / Ärger".into(), ..Bulletin::default() };
        assert_eq!(b.file_stem(), "undated-etc-passwd-uber-arger");
        b.date = NaiveDate::from_ymd_opt(2021, 6, 26);
        assert_eq!(b.file_stem(), "2021-06-26");
        b.date = None;
        b.title = "///".into();
        assert_eq!(b.file_stem(), "undated");
    }

    #[test]
    fn weeks_after_stops_at_the_ends_of_the_calendar() {
        let d = NaiveDate::from_ymd_opt(2021, 6, 5).unwrap();
        assert_eq!(weeks_after(d, 1), NaiveDate::from_ymd_opt(2021, 6, 12));
        assert_eq!(weeks_after(d, -1), NaiveDate::from_ymd_opt(2021, 5, 29));
        assert_eq!(weeks_after(NaiveDate::MAX, 1), None);
        assert_eq!(weeks_after(NaiveDate::MIN, -1), None);
        assert_eq!(weeks_after(d, i64::MAX), None);
        assert_eq!(weeks_after(d, i64::MIN), None);
    }

    #[test]
    fn badges_are_the_labels_in_capitals() {
        for kind in ItemKind::ALL {
            assert_eq!(kind.badge(), kind.label().to_uppercase(), "{kind:?}");
        }
        assert_eq!(Item::SENSITIVE_BADGE, Item::SENSITIVE_MARK.to_uppercase());
        assert_eq!(Item::SENSITIVE_MARK_IN_TEXT, format!("[{}]", Item::SENSITIVE_MARK));
    }

    #[test]
    fn long_date_is_written_out() {
        let d = NaiveDate::from_ymd_opt(2021, 6, 5).unwrap();
        assert_eq!(long_date(d), "Saturday, June 5, 2021");
    }
}
