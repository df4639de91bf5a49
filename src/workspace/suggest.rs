//! The links an import preview suggests: for each imported paragraph, the earlier paragraph of its
//! region it most likely follows up, ranked by [`crate::threads::suggest_each`].

use crate::entry::Entry;
use crate::import::ImportReport;
use crate::model::Spot;
use crate::threads::{At, Candidate, Threads};

use super::LinkTarget;

/// A link the import preview suggests: an imported paragraph and the earlier one it seems to follow.
#[derive(Clone, Debug)]
pub struct SuggestedLink {
    /// The imported bulletin (index into the report).
    pub bulletin: usize,
    /// The imported paragraph, as found in that bulletin.
    pub at: Spot,
    /// The imported paragraph's text.
    pub text: String,
    /// Its region.
    pub region: String,
    /// The earlier paragraph.
    pub target: LinkTarget,
    /// The earlier paragraph, as "Oct 24, 2026: Please keep…".
    pub said: String,
    /// Ticked by the user.
    pub accepted: bool,
}

/// For each imported paragraph, the earlier paragraph of its region in the last half year that
/// it most likely follows up, when one is likely: of the library, or of an earlier week of the
/// same import (a run of weeks pasted at once tells its stories in order too).
pub fn suggest_links(entries: &[Entry], threads: &Threads, report: &ImportReport) -> Vec<SuggestedLink> {
    #[derive(Clone, Copy)]
    enum Key {
        Library(At),
        /// A paragraph of the report: bulletin, section, place.
        Imported(usize, usize, usize),
    }
    let imported = &report.bulletins;
    let mut out = Vec::new();
    for (bi, b) in imported.iter().enumerate() {
        // Earlier: dated before it, or, where either has no date, found before it; and at most
        // half a year before it.
        let in_window = |d: Option<chrono::NaiveDate>| match b.date {
            Some(date) => d.is_some_and(|d| (date - d).num_weeks() <= 26),
            None => true,
        };
        let earlier_import = |bj: usize| {
            let other = imported[bj].date;
            bj != bi
                && match (other, b.date) {
                    (Some(theirs), Some(mine)) => theirs < mine,
                    _ => bj < bi,
                }
                && in_window(other)
        };
        for (si, s) in b.sections.iter().enumerate() {
            let mut candidates: Vec<Candidate<'_, Key>> =
                crate::threads::earlier_in_region(entries, threads, &s.region, b.date, None)
                    .into_iter()
                    .filter(|c| in_window(c.date))
                    .map(|c| Candidate { key: Key::Library(c.key), date: c.date, item: c.item, story: c.story })
                    .collect();
            for (bj, other) in imported.iter().enumerate().filter(|(bj, _)| earlier_import(*bj)) {
                for (sj, section) in other.sections.iter().enumerate().filter(|(_, o)| o.region == s.region) {
                    for (ij, item) in section.items.iter().enumerate() {
                        if !item.text.trim().is_empty() {
                            let key = Key::Imported(bj, sj, ij);
                            candidates.push(Candidate { key, date: other.date, item, story: None });
                        }
                    }
                }
            }
            if candidates.is_empty() {
                continue;
            }
            let texts: Vec<&str> = s.items.iter().map(|i| i.text.as_str()).collect();
            let ranked = crate::threads::suggest_each(&texts, b.date, &candidates);
            for ((ii, item), suggestions) in s.items.iter().enumerate().zip(ranked) {
                let Some(best) = suggestions.into_iter().next().filter(crate::threads::Suggestion::likely) else {
                    continue;
                };
                let (target, when, words, in_import) = match best.key {
                    Key::Library(at) => {
                        let Some((earlier, paragraph)) = at.get(entries) else { continue };
                        let Some(named) = at.paragraph(entries) else { continue };
                        (LinkTarget::Library(named), earlier.date, &paragraph.text, "")
                    }
                    Key::Imported(bj, sj, ij) => {
                        let Some(paragraph) = imported[bj].sections.get(sj).and_then(|s| s.items.get(ij)) else {
                            continue;
                        };
                        let spot = Spot::new(sj, ij);
                        (
                            LinkTarget::Imported { bulletin: bj, spot },
                            imported[bj].date,
                            &paragraph.text,
                            " (in this import)",
                        )
                    }
                };
                out.push(SuggestedLink {
                    bulletin: bi,
                    at: Spot::new(si, ii),
                    text: item.text.clone(),
                    region: s.region.clone(),
                    target,
                    said: format!(
                        "{}{in_import}: {}",
                        when.map_or_else(|| "Undated".to_owned(), crate::model::medium_date),
                        words.chars().take(80).collect::<String>()
                    ),
                    accepted: false,
                });
            }
        }
    }
    out
}
