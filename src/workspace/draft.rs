//! Changes to a draft's structure (paragraphs and regions added, copied, moved, removed), as the
//! editor makes them after its widgets are drawn; each says where the cursor goes next.

use crate::checks::Field;
use crate::model::{Item, Section, Spot};

/// A change to the draft's structure, made after the widgets are drawn.
pub enum Edit {
    /// An empty paragraph at the end of a section.
    AddItem(usize),
    /// Remove a paragraph.
    RemoveItem(Spot),
    /// A copy of a paragraph after it.
    DuplicateItem(Spot),
    /// Move a paragraph up (-1) or down (+1) in its section.
    MoveItem(Spot, isize),
    /// Move a paragraph to the end of another section.
    MoveItemTo(Spot, usize),
    /// A region added, with one empty paragraph.
    AddSection(String),
    /// Remove a section.
    RemoveSection(usize),
    /// Move a section up (-1) or down (+1).
    MoveSection(usize, isize),
}

/// Makes a change to the regions and paragraphs; returns the field a person types in next, if the
/// change made one.
pub fn apply_edit(sections: &mut Vec<Section>, edit: Edit) -> Option<Field> {
    match edit {
        Edit::AddItem(si) => {
            let s = sections.get_mut(si)?;
            s.items.push(new_paragraph());
            return Some(Field::Item(Spot::new(si, s.items.len() - 1)));
        }
        Edit::RemoveItem(Spot { section: si, item: ii }) => {
            if let Some(s) = sections.get_mut(si)
                && ii < s.items.len()
            {
                s.items.remove(ii);
            }
        }
        Edit::DuplicateItem(Spot { section: si, item: ii }) => {
            let s = sections.get_mut(si)?;
            let item = s.items.get(ii).cloned()?;
            // A copy is a new paragraph: its own id, and the same link as the one it copies.
            s.items.insert(ii + 1, Item { id: new_paragraph().id, ..item });
            return Some(Field::Item(Spot::new(si, ii + 1)));
        }
        Edit::MoveItem(Spot { section: si, item: ii }, by) => {
            if let Some(s) = sections.get_mut(si) {
                let to = ii as isize + by;
                if to >= 0 && (to as usize) < s.items.len() {
                    s.items.swap(ii, to as usize);
                }
            }
        }
        Edit::MoveItemTo(Spot { section: si, item: ii }, ti) => {
            if si < sections.len() && ti < sections.len() && ii < sections[si].items.len() {
                let item = sections[si].items.remove(ii);
                sections[ti].items.push(item);
            }
        }
        Edit::AddSection(region) => {
            sections.push(Section { region, items: vec![new_paragraph()] });
            return Some(Field::Item(Spot::new(sections.len() - 1, 0)));
        }
        Edit::RemoveSection(si) => {
            if si < sections.len() {
                sections.remove(si);
            }
        }
        Edit::MoveSection(si, by) => {
            let to = si as isize + by;
            if to >= 0 && (to as usize) < sections.len() {
                sections.swap(si, to as usize);
            }
        }
    }
    None
}

/// A paragraph created in the editor: empty, with its id (ids are given when a paragraph is created
/// or first linked, and never change).
fn new_paragraph() -> Item {
    Item { id: Some(crate::threads::new_id(|_| false)), ..Item::from_text("") }
}
