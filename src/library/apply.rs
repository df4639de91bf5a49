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
                (ImportChoice::Replace, Some(stem)) => self.save_bulletin(Some(&stem), bulletin),
                (_, _) => self.save_bulletin(None, bulletin),
            };
            applied.outcomes.push(match result {
                Ok(stem) => Outcome::Written(stem),
                Err(e) => Outcome::Failed(e.to_string()),
            });
        }
    }
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
}
