//! The operations the app and the command line share, with no UI: start a week, save, mark a
//! review state, delete, rename a region, link a paragraph to the one it follows, import with the
//! links chosen. Each returns a typed outcome (what was written) or an [`OpError`] saying why
//! nothing was; `app/` and `cli/` only gather the choices and show the outcome, so the two can never
//! come to differ on a rule.
//!
//! The walk from a click to the disk: a panel returns a `Command`, `App::apply` hands it to one of
//! these operations, which changes the [`Library`] (its files) and says what it did.

pub mod draft;
mod import;
mod suggest;

use std::path::PathBuf;

use chrono::NaiveDate;

pub use import::{ImportOutcome, ImportPlan, LinkTarget, PlannedLink, comes_in_as_draft, drafts_from, import};
pub use suggest::{SuggestedLink, suggest_links};

use crate::library::{Library, LibraryError};
use crate::model::{Bulletin, ParagraphRef, ReviewState, Spot};

/// Why an operation changed nothing.
#[derive(Debug, thiserror::Error)]
pub enum OpError {
    /// The week asked for is in the library already.
    #[error("{file}: the week of {date} already exists")]
    WeekExists {
        /// The week.
        date: NaiveDate,
        /// Its file.
        file: String,
    },
    /// No bulletin for that date.
    #[error("no bulletin for {0}")]
    NoWeek(NaiveDate),
    /// No bulletin with that file stem.
    #[error("there is no bulletin {0}")]
    NoBulletin(String),
    /// A paragraph that is not there (the week changed since it was chosen).
    #[error("that paragraph is no longer there")]
    NoParagraph,
    /// A region's new name that is empty or already a region.
    #[error("\u{201c}{0}\u{201d} cannot be the new name: it is empty or already a region")]
    BadRegionName(String),
    /// What the library said.
    #[error(transparent)]
    Library(#[from] LibraryError),
}

/// A bulletin written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// Its file stem.
    pub stem: String,
    /// Its file.
    pub path: PathBuf,
}

impl Written {
    fn of(library: &Library, stem: String) -> Self {
        Self { path: library.path_of(&stem), stem }
    }
}

/// A new week's bulletin, not yet saved: the week after the newest (or `date`), with the regions
/// and their standing paragraphs carried over. Refused when that week is in the library already.
pub fn start_week(library: &Library, date: Option<NaiveDate>) -> Result<Bulletin, OpError> {
    let bulletin = library.new_week(date)?;
    if let Some(date) = bulletin.date
        && let Some(existing) = library.entry_for_date(date)
    {
        return Err(OpError::WeekExists { date, file: library.path_of(&existing.stem).display().to_string() });
    }
    Ok(bulletin)
}

/// Saves `bulletin` (over the file `stem`, or as a new file named for its date).
pub fn save(library: &mut Library, stem: Option<&str>, bulletin: &Bulletin) -> Result<Written, OpError> {
    let stem = library.save_bulletin(stem, bulletin)?;
    Ok(Written::of(library, stem))
}

/// Moves the bulletin `stem` to `state` (on `today`, for "sent") and saves it.
pub fn set_state(library: &mut Library, stem: &str, state: ReviewState, today: NaiveDate) -> Result<Written, OpError> {
    let entry = library.entry(stem).ok_or_else(|| OpError::NoBulletin(stem.to_owned()))?;
    let mut bulletin = entry.bulletin.clone();
    bulletin.set_state(state, today);
    save(library, Some(stem), &bulletin)
}

/// Makes a new, empty library in `dir` from an outline (its name, sections, weekday, language),
/// refused where a library or other files are already.
pub fn new_library(
    dir: &std::path::Path,
    new: &crate::library::templates::NewLibrary,
) -> Result<Library, crate::library::templates::InitError> {
    crate::library::templates::init(dir, new)
}

/// The file stem of the week of `date`.
pub fn week_of(library: &Library, date: NaiveDate) -> Result<String, OpError> {
    library.entry_for_date(date).map(|e| e.stem.clone()).ok_or(OpError::NoWeek(date))
}

/// Moves the bulletin `stem` to the library's wastebasket; returns where it went.
pub fn delete(library: &mut Library, stem: &str) -> Result<PathBuf, OpError> {
    if library.entry(stem).is_none() {
        return Err(OpError::NoBulletin(stem.to_owned()));
    }
    Ok(library.trash_bulletin(stem)?)
}

/// Renames a region in the library and in every bulletin, all or nothing, and in `draft` (a week
/// being edited) when that is done. Returns how many bulletins changed.
pub fn rename_region(
    library: &mut Library,
    draft: Option<&mut Bulletin>,
    from: &str,
    to: &str,
) -> Result<usize, OpError> {
    let to = to.trim();
    if to.is_empty() || library.settings.region(to).is_some() {
        return Err(OpError::BadRegionName(to.to_owned()));
    }
    let changed = library.rename_region(from, to)?;
    if let Some(draft) = draft {
        for s in draft.sections.iter_mut().filter(|s| s.region == from) {
            s.region = to.to_owned();
        }
    }
    Ok(changed)
}

/// Makes the paragraph `at` of `draft` follow the paragraph `target` of the library, or removes its
/// link (`None`). Both get an id if
/// they have none; the earlier bulletin is saved at once with its new id (nothing else in it
/// changes), the draft is left to be saved by whoever edits it. Returns whether it is linked now.
pub fn link(
    library: &mut Library,
    draft: &mut Bulletin,
    at: Spot,
    target: Option<&ParagraphRef>,
) -> Result<bool, OpError> {
    let mut taken = crate::threads::ids_in(&library.entries);
    taken.extend(draft.sections.iter().flat_map(|s| &s.items).filter_map(|i| i.id.clone()));
    let follows = match target {
        None => None,
        Some(ParagraphRef { stem, spot }) => {
            let entry = library.entry(stem).ok_or_else(|| OpError::NoBulletin(stem.clone()))?;
            let mut earlier = entry.bulletin.clone();
            let other = spot.get_mut(&mut earlier).ok_or(OpError::NoParagraph)?;
            match &other.id {
                Some(id) => Some(id.clone()),
                None => {
                    let id = crate::threads::new_id(|id| taken.contains(id));
                    taken.insert(id.clone());
                    other.id = Some(id.clone());
                    library.save_bulletin(Some(stem), &earlier)?;
                    Some(id)
                }
            }
        }
    };
    let paragraph = at.get_mut(draft).ok_or(OpError::NoParagraph)?;
    if follows.is_some() && paragraph.id.is_none() {
        paragraph.id = Some(crate::threads::new_id(|id| taken.contains(id)));
    }
    paragraph.follows = follows;
    Ok(paragraph.follows.is_some())
}
