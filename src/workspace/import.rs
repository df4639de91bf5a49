//! Importing bulletins found in a text or a file, with the links to earlier paragraphs a person
//! chose and the preview's review (headings sent to regions, paragraphs unmarked), under the
//! library's lock. The app's preview and `import` on the command line both write through here.

use crate::import::{ImportReport, Review};
use crate::library::{Applied, ImportChoice, Library, LibraryLock};
use crate::model::{Bulletin, Item, ParagraphRef, Spot};

/// The earlier paragraph an imported one follows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// A paragraph of the library.
    Library(ParagraphRef),
    /// A paragraph of an earlier week of the same import, as found.
    Imported {
        /// Its bulletin (index into the report).
        bulletin: usize,
        /// The paragraph in it.
        spot: Spot,
    },
}

/// A link to make: an imported paragraph (bulletin, and section and place as found) and the one it
/// follows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedLink {
    /// The imported bulletin (index into the report).
    pub bulletin: usize,
    /// The imported paragraph, as found in that bulletin.
    pub at: Spot,
    /// The earlier paragraph.
    pub target: LinkTarget,
    /// The earlier paragraph, as a person reads it ("Oct 24, 2026: Please keep…").
    pub said: String,
}

/// What to import: the bulletins found, what to do with each, the preview's review, the links.
#[derive(Clone, Copy, Debug)]
pub struct ImportPlan<'a> {
    /// The bulletins found.
    pub report: &'a ImportReport,
    /// Add, replace or skip, for each bulletin of the report.
    pub choices: &'a [ImportChoice],
    /// Headings sent to regions or added as new ones, paragraphs unmarked sensitive.
    pub review: &'a Review,
    /// The links chosen.
    pub links: &'a [PlannedLink],
    /// Weeks dated on or after this day come in as drafts (the app's import: a week for the coming
    /// Sunday has not been reviewed yet); `None`: as their files say (sent when they do not say).
    pub drafts_from: Option<chrono::NaiveDate>,
}

/// The first day whose weeks an import made `today` brings in as drafts: this week's (the last six
/// days) and later.
pub fn drafts_from(today: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
    today.checked_sub_days(chrono::Days::new(6))
}

/// Whether an imported bulletin comes in as a draft under `drafts_from`.
pub fn comes_in_as_draft(bulletin: &Bulletin, drafts_from: Option<chrono::NaiveDate>) -> bool {
    bulletin.state == crate::model::ReviewState::Sent
        && matches!((bulletin.date, drafts_from), (Some(date), Some(from)) if date >= from)
}

/// What an import wrote, and the links it could not make (each said with why).
#[derive(Debug, Default)]
pub struct ImportOutcome {
    /// What was written, skipped or failed, bulletin by bulletin.
    pub applied: Applied,
    /// Links not made, as "Oct 24, 2026: Please keep… (why)".
    pub not_linked: Vec<String>,
}

/// Imports under `lock` (held by the caller, the library read again under it).
pub fn import(library: &mut Library, lock: &LibraryLock, plan: &ImportPlan) -> ImportOutcome {
    let mut report = plan.report.clone();
    let not_linked = make_links(library, &mut report.bulletins, plan);
    // The review moves whole paragraphs, so the ids and links made above go with them.
    let (mut bulletins, new_regions) = plan.review.apply(&report);
    for bulletin in &mut bulletins {
        if comes_in_as_draft(bulletin, plan.drafts_from) {
            bulletin.state = crate::model::ReviewState::Draft;
            bulletin.sent_on = None;
        }
    }
    let applied = library.apply_import_locked(lock, &bulletins, plan.choices, &new_regions);
    ImportOutcome { applied, not_linked }
}

/// The links chosen, made in the bulletins as found: both paragraphs get ids, and an earlier one
/// of the library is saved with its id now. A link from or to a week the import skips, or to a week
/// it replaces, would point at nothing and is not made.
fn make_links(library: &mut Library, bulletins: &mut [Bulletin], plan: &ImportPlan) -> Vec<String> {
    let mut not_linked = Vec::new();
    let skipped = |b: usize| plan.choices.get(b).is_none_or(|c| *c == ImportChoice::Skip);
    let replaced: Vec<chrono::NaiveDate> = bulletins
        .iter()
        .zip(plan.choices)
        .filter(|(_, c)| **c == ImportChoice::Replace)
        .filter_map(|(b, _)| b.date)
        .collect();
    let mut taken = crate::threads::ids_in(&library.entries);
    let mut give_id = |item: &mut Item| -> String {
        item.id
            .get_or_insert_with(|| {
                let id = crate::threads::new_id(|id| taken.contains(id));
                taken.insert(id.clone());
                id
            })
            .clone()
    };
    for link in plan.links.iter().filter(|l| !skipped(l.bulletin)) {
        let id = match &link.target {
            LinkTarget::Library(ParagraphRef { stem, spot }) => {
                let Some(mut earlier) = library.entry(stem).map(|e| e.bulletin.clone()) else { continue };
                if earlier.date.is_some_and(|d| replaced.contains(&d)) {
                    continue;
                }
                let Some(target) = spot.get_mut(&mut earlier) else {
                    continue;
                };
                let new = target.id.is_none();
                let id = give_id(target);
                if new && let Err(e) = library.save_bulletin(Some(stem), &earlier) {
                    not_linked.push(format!("{} (the earlier week could not be saved: {e})", link.said));
                    continue;
                }
                id
            }
            LinkTarget::Imported { bulletin, spot } => {
                if skipped(*bulletin) {
                    continue;
                }
                let Some(target) = bulletins.get_mut(*bulletin).and_then(|b| spot.get_mut(b)) else { continue };
                give_id(target)
            }
        };
        if let Some(item) = bulletins.get_mut(link.bulletin).and_then(|b| link.at.get_mut(b)) {
            give_id(item);
            item.follows = Some(id);
        }
    }
    not_linked
}
