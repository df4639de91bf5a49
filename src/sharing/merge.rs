//! Merging that knows what a bulletin is: a three-way merge of one week (the common version, mine,
//! theirs) paragraph by paragraph (by id) and field by field. What only one side changed is taken;
//! the same field changed differently on both sides keeps mine in the file and becomes a
//! [`Decision`] put to the person, with theirs in it, so nothing typed is lost and no conflict
//! marker is ever written into a library file.

use serde::{Deserialize, Serialize};

use crate::library::LibrarySettings;
use crate::model::{Bulletin, Item, Section};

/// A field both sides changed differently, with both versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// The library file, e.g. `bulletins/2026-11-21.ron`.
    pub file: String,
    /// The field, as a person reads it: "headline", "closing note", "paragraph in Latin America".
    pub field: String,
    /// Mine (kept in the file until the person decides).
    pub mine: String,
    /// Theirs.
    pub theirs: String,
    /// The paragraph's id, for a paragraph.
    #[serde(default)]
    pub paragraph: Option<String>,
}

/// A merged week and what is left to decide.
#[derive(Clone, Debug)]
pub struct Merged<T> {
    /// The merged value (mine wherever a decision is open).
    pub value: T,
    /// The fields left to decide.
    pub decisions: Vec<Decision>,
}

/// One field merged three ways; a conflict keeps `mine` and is recorded.
fn field<T: Clone + PartialEq>(base: Option<&T>, mine: &T, theirs: &T, mut conflict: impl FnMut(&T, &T)) -> T {
    if mine == theirs || base == Some(theirs) {
        mine.clone()
    } else if base == Some(mine) {
        theirs.clone()
    } else {
        conflict(mine, theirs);
        mine.clone()
    }
}

/// A paragraph's key: its id, or (without one) its text.
fn key(item: &Item) -> String {
    item.id.clone().unwrap_or_else(|| format!("text:{}", item.text))
}

/// Merges one week (`base` is `None` when the week is new on both sides).
pub fn merge_bulletins(file: &str, base: Option<&Bulletin>, mine: &Bulletin, theirs: &Bulletin) -> Merged<Bulletin> {
    let mut decisions = Vec::new();
    let mut say = |field: &str, paragraph: Option<String>, m: String, t: String| {
        decisions.push(Decision { file: file.to_owned(), field: field.to_owned(), mine: m, theirs: t, paragraph });
    };
    let mut out = mine.clone();
    out.title = field(base.map(|b| &b.title), &mine.title, &theirs.title, |m, t| {
        say("headline", None, m.clone(), t.clone());
    });
    out.date = field(base.map(|b| &b.date), &mine.date, &theirs.date, |m, t| {
        let day = |d: &Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        say("date", None, day(m), day(t));
    });
    out.verse = field(base.map(|b| &b.verse), &mine.verse, &theirs.verse, |m, t| {
        let shown =
            |v: &Option<crate::model::Verse>| v.as_ref().map(|v| format!("{} \u{2014} {}", v.text, v.reference));
        say("verse", None, shown(m).unwrap_or_default(), shown(t).unwrap_or_default());
    });
    out.closing = field(base.map(|b| &b.closing), &mine.closing, &theirs.closing, |m, t| {
        say("closing note", None, m.clone().unwrap_or_default(), t.clone().unwrap_or_default());
    });
    // Review states: the further along wins (a week marked sent on one side is sent).
    if rank(theirs.state) > rank(mine.state) {
        out.state = theirs.state;
        out.sent_on = theirs.sent_on;
    }
    out.sections = merge_sections(base.map(|b| b.sections.as_slice()), &mine.sections, &theirs.sections, &mut say);
    Merged { value: out, decisions }
}

fn rank(state: crate::model::ReviewState) -> usize {
    crate::model::ReviewState::ALL.iter().position(|s| *s == state).unwrap_or(0)
}

type Say<'a> = dyn FnMut(&str, Option<String>, String, String) + 'a;

fn merge_sections(base: Option<&[Section]>, mine: &[Section], theirs: &[Section], say: &mut Say) -> Vec<Section> {
    let base_of = |region: &str| base.and_then(|b| b.iter().find(|s| s.region == region));
    let mut out: Vec<Section> = Vec::new();
    for m in mine {
        let b = base_of(&m.region);
        match theirs.iter().find(|t| t.region == m.region) {
            Some(t) => out.push(Section { region: m.region.clone(), items: merge_items(&m.region, b, m, t, say) }),
            // Removed by them: gone, unless I changed it since.
            None if b.is_some_and(|b| b == m) => {}
            None => out.push(m.clone()),
        }
    }
    for (i, t) in theirs.iter().enumerate() {
        if out.iter().any(|s| s.region == t.region) || mine.iter().any(|m| m.region == t.region) {
            continue;
        }
        let b = base_of(&t.region);
        // Removed by me and not changed by them: stays removed.
        if b.is_some_and(|b| b == t) {
            continue;
        }
        // Added (or changed) by them: after the region before it in their order.
        let at = theirs[..i]
            .iter()
            .rev()
            .find_map(|before| out.iter().position(|s| s.region == before.region))
            .map_or(0, |p| p + 1);
        out.insert(at.min(out.len()), t.clone());
    }
    out
}

fn merge_items(region: &str, base: Option<&Section>, mine: &Section, theirs: &Section, say: &mut Say) -> Vec<Item> {
    // Paragraphs without ids are matched by their place when no side added or removed one, and by
    // their text otherwise.
    let by_place = base.is_some_and(|b| b.items.len() == mine.items.len() && b.items.len() == theirs.items.len());
    let keyed = |items: &[Item]| -> Vec<(String, Item)> {
        items
            .iter()
            .enumerate()
            .map(|(i, item)| match (&item.id, by_place) {
                (Some(id), _) => (id.clone(), item.clone()),
                (None, true) => (format!("at:{i}"), item.clone()),
                (None, false) => (key(item), item.clone()),
            })
            .collect()
    };
    let (b_items, m_items, t_items) =
        (base.map(|b| keyed(&b.items)).unwrap_or_default(), keyed(&mine.items), keyed(&theirs.items));
    let base_of = |k: &str| b_items.iter().find(|(bk, _)| bk == k).map(|(_, i)| i);
    let mut out: Vec<(String, Item)> = Vec::new();
    for (k, m) in &m_items {
        let b = base_of(k);
        match t_items.iter().find(|(tk, _)| tk == k).map(|(_, t)| t) {
            Some(t) => {
                let mut merged = m.clone();
                let what = format!("paragraph in {region}");
                merged.text = field(b.map(|b| &b.text), &m.text, &t.text, |mt, tt| {
                    say(&what, m.id.clone(), mt.clone(), tt.clone());
                });
                merged.kind = field(b.map(|b| &b.kind), &m.kind, &t.kind, |_, _| {});
                merged.sensitive = m.sensitive || t.sensitive;
                merged.personal = m.personal || t.personal;
                merged.follows = field(b.map(|b| &b.follows), &m.follows, &t.follows, |_, _| {});
                out.push((k.clone(), merged));
            }
            // Removed by them: gone, unless I changed it since.
            None if b.is_some_and(|b| b == m) => {}
            None => out.push((k.clone(), m.clone())),
        }
    }
    for (i, (k, t)) in t_items.iter().enumerate() {
        if m_items.iter().any(|(mk, _)| mk == k) || base_of(k).is_some_and(|b| b == t) {
            continue;
        }
        // Added (or changed) by them: after the paragraph before it in their order.
        let at = t_items[..i]
            .iter()
            .rev()
            .find_map(|(before, _)| out.iter().position(|(o, _)| o == before))
            .map_or(0, |p| p + 1);
        out.insert(at.min(out.len()), (k.clone(), t.clone()));
    }
    out.into_iter().map(|(_, item)| item).collect()
}

/// Merges the library's settings: regions by name (aliases and standing paragraphs as sets), the
/// other fields three ways.
pub fn merge_settings(
    file: &str,
    base: Option<&LibrarySettings>,
    mine: &LibrarySettings,
    theirs: &LibrarySettings,
) -> Merged<LibrarySettings> {
    let mut decisions = Vec::new();
    let mut out = mine.clone();
    let mut say = |field: &str, m: String, t: String| {
        decisions.push(Decision {
            file: file.to_owned(),
            field: field.to_owned(),
            mine: m,
            theirs: t,
            paragraph: None,
        });
    };
    out.name = field(base.map(|b| &b.name), &mine.name, &theirs.name, |m, t| say("library name", m.clone(), t.clone()));
    out.closing = field(base.map(|b| &b.closing), &mine.closing, &theirs.closing, |m, t| {
        say("closing note", m.clone().unwrap_or_default(), t.clone().unwrap_or_default());
    });
    out.public_weeks = field(base.map(|b| &b.public_weeks), &mine.public_weeks, &theirs.public_weeks, |_, _| {});
    for region in &mut out.regions {
        if let Some(t) = theirs.regions.iter().find(|r| r.name == region.name) {
            for alias in &t.aliases {
                if !region.aliases.contains(alias) {
                    region.aliases.push(alias.clone());
                }
            }
            for paragraph in &t.standing {
                if !region.standing.contains(paragraph) {
                    region.standing.push(paragraph.clone());
                }
            }
        }
    }
    let removed_by_me = |name: &str| {
        base.is_some_and(|b| b.regions.iter().any(|r| r.name == name)) && !mine.regions.iter().any(|r| r.name == name)
    };
    for t in &theirs.regions {
        if !out.regions.iter().any(|r| r.name == t.name) && !removed_by_me(&t.name) {
            out.regions.push(t.clone());
        }
    }
    Merged { value: out, decisions }
}
