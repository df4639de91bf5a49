//! Generated libraries shaped like real ones, for measuring how the app scales (`benches/scale.rs`).
//!
//! Deterministic: the same seed and number of weeks always give the same bulletins, byte for byte.
//! Each week has the five default regions, about seven paragraphs of 300–600 characters with varied
//! wording (most of them asking readers to pray), a verse, now and then a sensitive paragraph, and
//! is dated one week before the next, going back from [`NEWEST_WEEK`].

use std::path::Path;

use chrono::NaiveDate;

use super::{Library, LibraryError, LibrarySettings};
use crate::model::{Bulletin, Item, Section, Verse, kind_from_wording};

/// The date of the newest generated week (a Saturday).
pub const NEWEST_WEEK: (i32, u32, u32) = (2026, 6, 27);

/// A small, fast, seeded random number generator (SplitMix64); good enough to vary text.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// True with probability `1 / n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// One of `items`.
    pub fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
}

const OPENERS: &[&str] = &[
    "Pray for",
    "Please pray for",
    "Please continue to pray for",
    "Continue praying for",
    "Praise God for",
    "Thank God for",
    "Join us in thanking God for",
    "Pray with us for",
];

const SUBJECTS: &[&str] = &[
    "the survivors who testified this week",
    "our lawyers preparing for a long trial",
    "the families waiting for news of their children",
    "the social workers visiting rescued girls",
    "the new aftercare home opening next month",
    "the police unit trained by our team",
    "the children starting school after their rescue",
    "the court hearing a case of forced labour",
    "the investigators working far from home",
    "the partners who shelter women leaving abuse",
    "the judges deciding cases of land grabbing",
    "the community leaders who speak out",
];

const PLACES: &[&str] = &[
    "Kampala",
    "Nairobi",
    "Accra",
    "Guatemala City",
    "Tegucigalpa",
    "São Paulo",
    "La Paz",
    "Chennai",
    "Kolkata",
    "Dhaka",
    "Manila",
    "Cebu",
    "Phnom Penh",
    "Bangkok",
    "Seoul (서울)",
    "Bogotá",
];

const SENTENCES: &[&str] = &[
    "Pray that they would have courage and rest in the weeks ahead.",
    "Pray for wisdom for everyone involved, and for honest answers from the witnesses.",
    "Praise God for the progress so far, which came after years of patient work.",
    "Ask God to protect the children and to give their parents steady work.",
    "Pray that the officials would act justly and without delay.",
    "The hearing was postponed twice, and the families are tired of waiting.",
    "Our staff have walked with these families since the first report came in.",
    "Pray for healing of body and mind for those who were hurt.",
    "Thank God for the partners who opened their homes at short notice.",
    "Pray for safety on the roads as the team travels to remote villages.",
    "José and María, who lead the local church, asked us to pray with them.",
    "Pray that the new law is carried out, not only written down.",
    "We give thanks for donors who made the training possible this year.",
    "Pray for unity among the agencies that must work together on this case.",
    "Please pray that the accused would not be able to threaten the witnesses.",
    "Pray that the survivors would find friends, hope and a place to belong.",
];

const TITLES: &[&str] = &[
    "Praise God for a verdict in {}",
    "Pray for the families in {}",
    "A new home opens in {}",
    "Pray for the court in {}",
    "Thank God for the team in {}",
    "Justice for children in {}",
];

const VERSES: &[(&str, &str)] = &[
    ("Seek justice, defend the oppressed.", "Isaiah 1:17"),
    ("Let justice roll on like a river, righteousness like a never-failing stream!", "Amos 5:24"),
    ("Speak up for those who cannot speak for themselves, for the rights of all who are destitute.", "Proverbs 31:8"),
    ("I can do all this through him who gives me strength.", "Philippians 4:13"),
    ("Clothe yourselves with compassion, kindness, humility, gentleness and patience.", "Colossians 3:12"),
    ("The Lord is close to the brokenhearted and saves those who are crushed in spirit.", "Psalm 34:18"),
    (
        "Do not be anxious about anything, but in every situation, by prayer and petition, present your requests to God.",
        "Philippians 4:6",
    ),
];

const CLOSING: &str = "Please do not share survivor updates on social media; they are for praying, not posting.";

/// One paragraph of 300–600 characters: an opener, a subject and place, then sentences.
fn paragraph(rng: &mut SplitMix64) -> String {
    let target = 300 + rng.below(301);
    let mut text = format!("{} {} in {}.", rng.pick(OPENERS), rng.pick(SUBJECTS), rng.pick(PLACES));
    while text.len() < target {
        let sentence = rng.pick(SENTENCES);
        if text.len() + 1 + sentence.len() > 600 {
            if text.len() >= 300 {
                break;
            }
            // Too long for what is left: a shorter filler that always fits.
            text.push_str(" Pray.");
            continue;
        }
        text.push(' ');
        text.push_str(sentence);
    }
    text
}

/// One week's bulletin with the given regions.
pub fn bulletin(rng: &mut SplitMix64, date: NaiveDate, regions: &[String]) -> Bulletin {
    let place = rng.pick(PLACES);
    let title = rng.pick(TITLES).replace("{}", place);
    let (text, reference) = VERSES[rng.below(VERSES.len())];
    // About seven paragraphs in all: one or two per region.
    let sections = regions
        .iter()
        .map(|region| {
            let count = 1 + usize::from(rng.below(5) < 2);
            let items = (0..count)
                .map(|_| {
                    let text = paragraph(rng);
                    Item { kind: kind_from_wording(&text), text, sensitive: rng.one_in(8), ..Item::default() }
                })
                .collect();
            Section { region: region.clone(), items }
        })
        .collect();
    Bulletin {
        date: Some(date),
        title,
        verse: Some(Verse { text: text.to_owned(), reference: reference.to_owned() }),
        sections,
        closing: rng.one_in(3).then(|| CLOSING.to_owned()),
        ..Bulletin::default()
    }
}

/// `weeks` bulletins, newest first, one week apart going back from [`NEWEST_WEEK`], with the
/// default library's regions.
pub fn bulletins(weeks: usize, seed: u64) -> Vec<Bulletin> {
    let regions: Vec<String> = LibrarySettings::default().regions.into_iter().map(|r| r.name).collect();
    let (y, m, d) = NEWEST_WEEK;
    let newest = NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let mut rng = SplitMix64::new(seed);
    (0..weeks)
        .map(|week| {
            let date = newest - chrono::Days::new(7 * week as u64);
            bulletin(&mut rng, date, &regions)
        })
        .collect()
}

/// Writes a library of `weeks` generated bulletins into `dir` (settings and one real RON file per
/// week, each saved atomically through [`Library::save_bulletin`]) and returns it.
pub fn write_library(dir: &Path, weeks: usize, seed: u64) -> Result<Library, LibraryError> {
    let mut library = Library::new_in(dir);
    library.settings.name = format!("Generated library ({weeks} weeks)");
    library.save_settings()?;
    for bulletin in bulletins(weeks, seed) {
        library.save_bulletin(None, &bulletin)?;
    }
    Ok(library)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ItemKind;

    #[test]
    fn deterministic_and_shaped_like_real_bulletins() {
        let a = bulletins(60, 7);
        assert_eq!(a, bulletins(60, 7), "same seed, same bulletins");
        assert_ne!(a, bulletins(60, 8), "another seed, other bulletins");
        assert_eq!(a[0].date, NaiveDate::from_ymd_opt(2026, 6, 27));
        assert_eq!(a[59].date, NaiveDate::from_ymd_opt(2026, 6, 27).map(|d| d - chrono::Days::new(7 * 59)));
        let items: Vec<&Item> = a.iter().flat_map(|b| b.sections.iter().flat_map(|s| &s.items)).collect();
        assert!(a.iter().all(|b| b.sections.len() == 5 && b.verse.is_some()));
        let per_week = items.len() as f64 / a.len() as f64;
        assert!((6.0..=8.0).contains(&per_week), "about seven paragraphs a week, got {per_week}");
        assert!(items.iter().all(|i| (300..=600).contains(&i.text.len())), "300–600 characters");
        assert!(items.iter().any(|i| i.sensitive) && items.iter().any(|i| !i.sensitive));
        let praying = items.iter().filter(|i| i.text.to_lowercase().contains("pray")).count();
        assert!(praying * 10 >= items.len() * 8, "most paragraphs ask to pray: {praying}/{}", items.len());
        assert!(items.iter().any(|i| i.kind == ItemKind::Praise) && items.iter().any(|i| i.kind == ItemKind::Request));
    }

    #[test]
    fn written_library_loads_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let written = write_library(dir.path(), 12, 1).unwrap();
        let loaded = Library::load(dir.path()).unwrap();
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(loaded.entries.len(), 12);
        let bulletins = |l: &Library| l.entries.iter().map(|e| e.bulletin.clone()).collect::<Vec<_>>();
        assert_eq!(bulletins(&loaded), bulletins(&written));
    }

    #[test]
    fn a_library_read_by_several_threads_is_the_one_written_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let written = write_library(dir.path(), 300, 5).unwrap();
        let progress = crate::library::LoadProgress::default();
        let loaded = Library::load_counting(dir.path(), &progress).unwrap();
        let stems = |l: &Library| l.entries.iter().map(|e| e.stem.clone()).collect::<Vec<_>>();
        assert_eq!(stems(&loaded), stems(&written));
        assert!(loaded.entries.iter().zip(written.entries.iter()).all(|(a, b)| a.bulletin == b.bulletin));
        let files = std::fs::read_dir(dir.path().join("bulletins")).unwrap().count();
        assert_eq!(progress.total.load(std::sync::atomic::Ordering::Relaxed), files);
        assert_eq!(progress.done.load(std::sync::atomic::Ordering::Relaxed), files);
    }

    #[test]
    fn entries_are_found_by_stem_sorted_or_not() {
        let mut library = Library::new_in("unused");
        for (i, bulletin) in bulletins(30, 3).into_iter().enumerate() {
            let stem = if i == 4 { "2020-01-01-copy".to_owned() } else { bulletin.file_stem() };
            library.entries_mut().push(crate::library::Entry::new(stem, bulletin, Vec::new()));
        }
        let undated = Bulletin { title: "No date".into(), ..Bulletin::default() };
        library.entries_mut().push(crate::library::Entry::new(undated.file_stem(), undated, Vec::new()));
        let stems: Vec<String> = library.entries.iter().map(|e| e.stem.clone()).collect();
        for order in 0..2 {
            if order == 1 {
                library.entries_mut().reverse();
            }
            for stem in &stems {
                assert_eq!(library.entry(stem).map(|e| e.stem.as_str()), Some(stem.as_str()), "{stem}");
            }
            assert!(library.entry("1999-01-01").is_none() && library.entry("nothing").is_none());
        }
    }
}
