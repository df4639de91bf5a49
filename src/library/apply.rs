//! Adding imported bulletins to a library, with a choice per bulletin: the one way the command line
//! and the app write an import, so both decide alike.

use super::{Library, LibraryLock};
use crate::model::Bulletin;

/// What to do with one bulletin found by an import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportChoice {
    /// Add it as a new bulletin (beside the library's bulletin of the same week, if there is one).
    Add,
    /// Replace the library's bulletin of the same week (added when there is none).
    Replace,
    /// Leave it out.
    Skip,
}

/// What became of one bulletin of an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Written under this file stem.
    Written(String),
    /// Left out; `existing` is the library's bulletin of the same week, when that is why.
    Skipped {
        /// The stem of the library's bulletin of that week, if it has one.
        existing: Option<String>,
    },
    /// Could not be written, with why.
    Failed(String),
}

/// What an import wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// One outcome per bulletin, in order.
    pub outcomes: Vec<Outcome>,
    /// Regions added to `library.ron`.
    pub regions_added: Vec<String>,
    /// Why `library.ron` could not be changed, if it could not.
    pub settings_error: Option<String>,
}

impl Applied {
    /// The stems written, in order.
    pub fn written(&self) -> impl Iterator<Item = &str> {
        self.outcomes.iter().filter_map(|o| match o {
            Outcome::Written(stem) => Some(stem.as_str()),
            _ => None,
        })
    }

    /// Every error, as sentences.
    pub fn errors(&self) -> Vec<String> {
        self.settings_error
            .iter()
            .cloned()
            .chain(self.outcomes.iter().filter_map(|o| match o {
                Outcome::Failed(why) => Some(why.clone()),
                _ => None,
            }))
            .collect()
    }
}

impl Library {
    /// The choice made when nobody is asked: add a new week; keep the library's bulletin of a week it
    /// has, unless `replace`.
    pub fn default_choice(&self, bulletin: &Bulletin, replace: bool) -> ImportChoice {
        let exists = bulletin.date.and_then(|d| self.entry_for_date(d)).is_some();
        match (exists, replace) {
            (false, _) => ImportChoice::Add,
            (true, true) => ImportChoice::Replace,
            (true, false) => ImportChoice::Skip,
        }
    }

    /// Writes an import: `new_regions` join `library.ron` (under the library's lock), then each
    /// bulletin as its choice says. A bulletin that cannot be written does not stop the others.
    pub fn apply_import(
        &mut self,
        bulletins: &[Bulletin],
        choices: &[ImportChoice],
        new_regions: &[String],
    ) -> Applied {
        let mut applied = Applied::default();
        if !new_regions.is_empty() {
            match self.add_regions(new_regions) {
                Ok(added) => applied.regions_added = added,
                Err(e) => applied.settings_error = Some(e.to_string()),
            }
        }
        self.write_bulletins(bulletins, choices, &mut applied);
        applied
    }

    /// [`Library::apply_import`] for a caller that holds the library's lock (and has read the
    /// library again under it).
    pub fn apply_import_locked(
        &mut self,
        lock: &LibraryLock,
        bulletins: &[Bulletin],
        choices: &[ImportChoice],
        new_regions: &[String],
    ) -> Applied {
        let mut applied = Applied::default();
        if !new_regions.is_empty() || !self.dir.join(super::SETTINGS_FILE).exists() {
            match self.update_settings_locked(lock, |settings| settings.add_regions(new_regions)) {
                Ok(added) => applied.regions_added = added,
                Err(e) => applied.settings_error = Some(e.to_string()),
            }
        }
        self.write_bulletins(bulletins, choices, &mut applied);
        applied
    }

    fn write_bulletins(&mut self, bulletins: &[Bulletin], choices: &[ImportChoice], applied: &mut Applied) {
        for (bulletin, choice) in bulletins.iter().zip(choices) {
            let existing = bulletin.date.and_then(|d| self.entry_for_date(d)).map(|e| e.stem.clone());
            let result = match (choice, existing) {
                (ImportChoice::Skip, existing) => {
                    applied.outcomes.push(Outcome::Skipped { existing });
                    continue;
                }
                (ImportChoice::Replace, Some(stem)) => {
                    // An id never changes: the paragraphs the new text still has keep theirs, and
                    // the links later weeks make to them.
                    let mut replacing = bulletin.clone();
                    if let Some(old) = self.entry(&stem) {
                        keep_ids(&old.bulletin, &mut replacing);
                    }
                    self.save_bulletin(Some(&stem), &replacing)
                }
                (_, _) => self.save_bulletin(None, bulletin),
            };
            applied.outcomes.push(match result {
                Ok(stem) => Outcome::Written(stem),
                Err(e) => Outcome::Failed(e.to_string()),
            });
        }
    }
}

/// Whether a new paragraph (its region, its words) is an old one (its region, its words).
type MatchRule = dyn Fn(&str, &[String], &str, &[String]) -> bool;

/// Gives the paragraphs of `new` that match a paragraph of `old` (the same words, in the same
/// region first, then anywhere; then mostly the same words in the same region) that paragraph's id,
/// its link and its "personal" mark, each paragraph of `old` at most once. Paragraphs that already
/// have an id keep it.
pub fn keep_ids(old: &crate::model::Bulletin, new: &mut crate::model::Bulletin) {
    let olds: Vec<(&str, &crate::model::Item, Vec<String>)> = old
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(move |i| (s.region.as_str(), i, words(&i.text))))
        .filter(|(_, i, _)| i.id.is_some())
        .collect();
    let mut used = vec![false; olds.len()];
    let passes: [&MatchRule; 3] =
        [&|r, w, or, ow| r == or && w == ow, &|_, w, _, ow| w == ow, &|r, w, or, ow| r == or && similar(w, ow)];
    for pass in passes {
        for section in &mut new.sections {
            for item in section.items.iter_mut().filter(|i| i.id.is_none()) {
                let w = words(&item.text);
                let found =
                    olds.iter().enumerate().find(|(k, (r, _, ow))| !used[*k] && pass(&section.region, &w, r, ow));
                if let Some((k, (_, o, _))) = found {
                    used[k] = true;
                    item.id.clone_from(&o.id);
                    if item.follows.is_none() {
                        item.follows.clone_from(&o.follows);
                    }
                    item.personal |= o.personal;
                }
            }
        }
    }
}

/// The words of a text, lower case, for matching a paragraph to its earlier self.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Whether two paragraphs share most of their words (a typo fixed, a sentence added).
fn similar(a: &[String], b: &[String]) -> bool {
    use std::collections::HashSet;
    let a: HashSet<&String> = a.iter().collect();
    let b: HashSet<&String> = b.iter().collect();
    let union = a.union(&b).count();
    union > 0 && a.intersection(&b).count() * 10 >= union * 7
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, Section};

    fn week(day: u32, title: &str) -> Bulletin {
        Bulletin {
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, day),
            title: title.to_owned(),
            sections: vec![Section { region: "Middle East".into(), items: vec![Item::from_text("Pray.")] }],
            ..Bulletin::default()
        }
    }

    #[test]
    fn each_choice_does_what_it_says_and_regions_join_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut library = Library::new_in(dir.path());
        library.save_settings().unwrap();
        library.save_bulletin(None, &week(14, "Ours")).unwrap();
        library.save_bulletin(None, &week(7, "Ours too")).unwrap();

        let incoming = [week(14, "Theirs"), week(7, "Theirs too"), week(21, "New"), week(14, "A copy")];
        let choices: Vec<_> = incoming.iter().map(|b| library.default_choice(b, false)).collect();
        assert_eq!(choices, [ImportChoice::Skip, ImportChoice::Skip, ImportChoice::Add, ImportChoice::Skip]);
        assert_eq!(library.default_choice(&incoming[0], true), ImportChoice::Replace);

        let choices = [ImportChoice::Replace, ImportChoice::Skip, ImportChoice::Add, ImportChoice::Add];
        let applied = library.apply_import(&incoming, &choices, &["Middle East".to_owned()]);
        assert_eq!(
            applied.outcomes,
            [
                Outcome::Written("2026-11-14".into()),
                Outcome::Skipped { existing: Some("2026-11-07".into()) },
                Outcome::Written("2026-11-21".into()),
                Outcome::Written("2026-11-14-2".into()),
            ]
        );
        assert_eq!(applied.regions_added, ["Middle East"]);
        assert!(applied.errors().is_empty());
        let reloaded = Library::load(dir.path()).unwrap();
        assert_eq!(reloaded.entry("2026-11-14").unwrap().bulletin.title, "Theirs");
        assert_eq!(reloaded.entry("2026-11-07").unwrap().bulletin.title, "Ours too");
        assert_eq!(reloaded.entry("2026-11-14-2").unwrap().bulletin.title, "A copy");
        assert!(reloaded.settings.region("Middle East").is_some());
        // Again: the region is not added twice.
        let again = library.apply_import(&[], &[], &["Middle East".to_owned()]);
        assert!(again.regions_added.is_empty());
    }

    #[test]
    fn a_replacing_import_keeps_the_ids_and_links_of_the_paragraphs_it_still_has() {
        let dir = tempfile::tempdir().unwrap();
        let mut library = Library::new_in(dir.path());
        library.save_settings().unwrap();
        let mut ours = week(14, "Ours");
        ours.sections[0].items = vec![
            Item {
                id: Some("p-aaaaaaaaaa".into()),
                follows: Some("p-earlier000".into()),
                ..Item::from_text("Pray for the Hassan family.")
            },
            Item {
                id: Some("p-bbbbbbbbbb".into()),
                personal: true,
                ..Item::from_text("Praise: the well at Kibera works again.")
            },
            Item { id: Some("p-cccccccccc".into()), ..Item::from_text("Pray for the new team in Amman.") },
        ];
        library.save_bulletin(None, &ours).unwrap();
        // The same week as text comes back with no ids, a typo fixed and one paragraph gone.
        let mut theirs = week(14, "Theirs");
        theirs.sections[0].items = vec![
            Item::from_text("Pray for the Hassan family."),
            Item::from_text("Praise: the well in Kibera works again."),
            Item::from_text("Something new."),
        ];
        let applied = library.apply_import(&[theirs], &[ImportChoice::Replace], &[]);
        assert_eq!(applied.outcomes, [Outcome::Written("2026-11-14".into())]);
        let items = &Library::load(dir.path()).unwrap().entry("2026-11-14").unwrap().bulletin.sections[0].items.clone();
        assert_eq!(items[0].id.as_deref(), Some("p-aaaaaaaaaa"));
        assert_eq!(items[0].follows.as_deref(), Some("p-earlier000"));
        assert_eq!(items[1].id.as_deref(), Some("p-bbbbbbbbbb"), "a typo fixed is the same paragraph");
        assert!(items[1].personal);
        assert_eq!(items[2].id, None, "a new paragraph takes no old id");
    }
}
