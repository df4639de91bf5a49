//! The choices a user makes in the import preview before anything is written: which library region
//! each unknown heading goes to (or keeping it as a new region), and which paragraphs marked
//! sensitive at the door may be shared after all. The preview only records choices; applying them
//! is here, so it is the same wherever an import is confirmed.

use super::ImportReport;
use crate::model::Bulletin;

/// What to do with a heading the library does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegionChoice {
    /// Keep it as a section of its own name, and add that name to the library's regions.
    NewRegion,
    /// Keep it as a section of its own name in this bulletin only: the library's regions (and so
    /// every later new week) stay as they are.
    OnlyHere,
    /// Put its paragraphs in this region of the library.
    MapTo(String),
}

/// The user's choices for one import.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    /// One choice per heading of [`ImportReport::new_regions`], in that order.
    pub regions: Vec<(String, RegionChoice)>,
    /// Paragraphs the user unmarked: (bulletin, section, item) indices into the report.
    pub unmarked: Vec<(usize, usize, usize)>,
}

impl Review {
    /// Every unknown heading kept as a new region, every sensitive mark kept: what importing
    /// without asking does.
    pub fn new(report: &ImportReport) -> Self {
        Self {
            regions: report.new_regions.iter().map(|r| (r.clone(), RegionChoice::NewRegion)).collect(),
            unmarked: Vec::new(),
        }
    }

    /// What the app's preview starts from: every unknown heading kept in its bulletin only (adding
    /// it to the library's regions, which every later new week carries, is the coordinator's choice).
    pub fn asking(report: &ImportReport) -> Self {
        Self {
            regions: report.new_regions.iter().map(|r| (r.clone(), RegionChoice::OnlyHere)).collect(),
            unmarked: Vec::new(),
        }
    }

    /// Records the choice for the unknown heading `heading`.
    pub fn choose_region(&mut self, heading: &str, choice: RegionChoice) {
        if let Some((_, c)) = self.regions.iter_mut().find(|(h, _)| h == heading) {
            *c = choice;
        }
    }

    /// Records whether the paragraph at (bulletin, section, item) keeps its sensitive mark.
    pub fn set_sensitive(&mut self, at: (usize, usize, usize), sensitive: bool) {
        self.unmarked.retain(|&u| u != at);
        if !sensitive {
            self.unmarked.push(at);
        }
    }

    /// Whether the paragraph at (bulletin, section, item) will be imported marked sensitive.
    pub fn is_sensitive(&self, report: &ImportReport, at: (usize, usize, usize)) -> bool {
        let (b, s, i) = at;
        let marked = report
            .bulletins
            .get(b)
            .and_then(|b| b.sections.get(s))
            .and_then(|s| s.items.get(i))
            .is_some_and(|i| i.sensitive);
        marked && !self.unmarked.contains(&at)
    }

    /// The bulletins with the choices applied, and the regions to add to the library (in order).
    /// A heading mapped to a region joins that region's section when the bulletin already has one.
    pub fn apply(&self, report: &ImportReport) -> (Vec<Bulletin>, Vec<String>) {
        let mut bulletins = report.bulletins.clone();
        for &(b, s, i) in &self.unmarked {
            if let Some(item) =
                bulletins.get_mut(b).and_then(|b| b.sections.get_mut(s)).and_then(|s| s.items.get_mut(i))
            {
                item.sensitive = false;
            }
        }
        for bulletin in &mut bulletins {
            let mut sections: Vec<crate::model::Section> = Vec::new();
            for mut section in std::mem::take(&mut bulletin.sections) {
                if let Some((_, RegionChoice::MapTo(region))) = self.regions.iter().find(|(h, _)| *h == section.region)
                {
                    section.region.clone_from(region);
                }
                match sections.iter_mut().find(|s| s.region == section.region) {
                    Some(existing) => existing.items.append(&mut section.items),
                    None => sections.push(section),
                }
            }
            bulletin.sections = sections;
        }
        let added =
            self.regions.iter().filter(|(_, c)| *c == RegionChoice::NewRegion).map(|(h, _)| h.clone()).collect();
        (bulletins, added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::import_text_with;
    use crate::library::LibrarySettings;

    const TEXT: &str = "Pray for the coast\n\nJune 5, 2021\n\nMiddle East\n\nPray for Ana*, who is safe now.\n\nLatin America\n\nPray for the hearing.\n\nCaribbean\n\nPraise God for rain.\n";

    #[test]
    fn by_default_headings_become_regions_and_marks_stay() {
        let report = import_text_with(TEXT, &LibrarySettings::default(), true);
        assert_eq!(report.new_regions, ["Middle East", "Caribbean"]);
        let review = Review::new(&report);
        assert!(review.is_sensitive(&report, (0, 0, 0)));
        let (bulletins, added) = review.apply(&report);
        assert_eq!(bulletins, report.bulletins);
        assert_eq!(added, ["Middle East", "Caribbean"]);
    }

    #[test]
    fn a_mapped_heading_joins_its_region_and_an_unmarked_paragraph_is_shared() {
        let report = import_text_with(TEXT, &LibrarySettings::default(), true);
        let mut review = Review::new(&report);
        review.choose_region("Caribbean", RegionChoice::MapTo("Latin America".into()));
        review.set_sensitive((0, 0, 0), false);
        assert!(!review.is_sensitive(&report, (0, 0, 0)));
        let (bulletins, added) = review.apply(&report);
        assert_eq!(added, ["Middle East"]);
        let b = &bulletins[0];
        let regions: Vec<&str> = b.sections.iter().map(|s| s.region.as_str()).collect();
        assert_eq!(regions, ["Middle East", "Latin America"]);
        let texts: Vec<&str> = b.sections[1].items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts, ["Pray for the hearing.", "Praise God for rain."]);
        assert!(!b.sections[0].items[0].sensitive);
        review.set_sensitive((0, 0, 0), true);
        assert!(review.apply(&report).0[0].sections[0].items[0].sensitive);
    }

    #[test]
    fn a_heading_kept_in_its_bulletin_only_adds_nothing_to_the_library() {
        let report = import_text_with(TEXT, &LibrarySettings::default(), true);
        let mut review = Review::asking(&report);
        let (bulletins, added) = review.apply(&report);
        assert!(added.is_empty(), "{added:?}");
        assert_eq!(bulletins, report.bulletins, "the sections stay in the bulletin");
        review.choose_region("Caribbean", RegionChoice::NewRegion);
        assert_eq!(review.apply(&report).1, ["Caribbean"]);
    }
}
