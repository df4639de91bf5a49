//! How a paragraph is named: [`Spot`] inside one bulletin, [`ParagraphRef`] inside the library.
//! Links, the import preview, the editor and search all name paragraphs with these; a paragraph
//! that has an id is found by it (`follows`), one that has none by its place.

use super::{Bulletin, Item};

/// Where a paragraph is in one bulletin: its section and its place among that section's paragraphs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Spot {
    /// Index into the bulletin's sections.
    pub section: usize,
    /// Index into the section's paragraphs.
    pub item: usize,
}

impl Spot {
    /// The paragraph `item` of section `section`.
    pub const fn new(section: usize, item: usize) -> Self {
        Self { section, item }
    }

    /// The paragraph, if `bulletin` has it.
    pub fn get(self, bulletin: &Bulletin) -> Option<&Item> {
        bulletin.sections.get(self.section)?.items.get(self.item)
    }

    /// The paragraph, to change, if `bulletin` has it.
    pub fn get_mut(self, bulletin: &mut Bulletin) -> Option<&mut Item> {
        bulletin.sections.get_mut(self.section)?.items.get_mut(self.item)
    }
}

/// A paragraph of the library: its bulletin's file stem and its spot there. Unlike an index into
/// the library's entries, it stays right when a save re-sorts the weeks.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ParagraphRef {
    /// The bulletin's file stem.
    pub stem: String,
    /// The paragraph in it.
    pub spot: Spot,
}

impl ParagraphRef {
    /// The paragraph at `spot` of the bulletin `stem`.
    pub fn new(stem: impl Into<String>, spot: Spot) -> Self {
        Self { stem: stem.into(), spot }
    }
}
