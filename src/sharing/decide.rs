//! A decision put to the person after a merge, taken: keep mine (the file as it is), keep theirs,
//! or keep both (both paragraphs; both headlines or notes, one after the other). The file is
//! changed here and committed by the next sync; the version that lost stays in the history.

use std::path::Path;

use super::merge::Decision;
use crate::library::{LibrarySettings, bulletin_to_ron, parse_ron, to_ron, write_atomically};
use crate::model::{Bulletin, Item};

/// What the person chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// My version (already in the file).
    Mine,
    /// Their version.
    Theirs,
    /// Both.
    Both,
}

/// Takes the decision at `index` of those waiting in the library at `dir`.
pub fn decide(dir: &Path, index: usize, keep: Keep) -> Result<Decision, String> {
    let mut waiting = super::pending::read(dir);
    if index >= waiting.len() {
        return Err("that decision was already taken".to_owned());
    }
    let decision = waiting.remove(index);
    if keep != Keep::Mine {
        apply(dir, &decision, keep)?;
    }
    super::pending::write(dir, &waiting);
    Ok(decision)
}

fn apply(dir: &Path, d: &Decision, keep: Keep) -> Result<(), String> {
    let path = dir.join(&d.file);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let written = if d.file == crate::library::SETTINGS_FILE {
        let mut settings: LibrarySettings = parse_ron(&text, &path).map_err(|e| e.to_string())?;
        let both = |m: &str, t: &str| if keep == Keep::Both { format!("{m}\n\n{t}") } else { t.to_owned() };
        match d.field.as_str() {
            "library name" => {
                settings.name = if keep == Keep::Both { format!("{} / {}", d.mine, d.theirs) } else { d.theirs.clone() }
            }
            "closing note" => settings.closing = Some(both(&d.mine, &d.theirs)),
            _ => return Ok(()),
        }
        to_ron(&settings, &path).map_err(|e| e.to_string())?
    } else if d.field == "whole file" {
        if keep == Keep::Both {
            return Ok(());
        }
        d.theirs.clone()
    } else {
        let mut bulletin: Bulletin = parse_ron(&text, &path).map_err(|e| e.to_string())?;
        apply_to_week(&mut bulletin, d, keep);
        bulletin_to_ron(&bulletin, &path).map_err(|e| e.to_string())?
    };
    write_atomically(&path, written.as_bytes()).map_err(|e| e.to_string())
}

fn apply_to_week(b: &mut Bulletin, d: &Decision, keep: Keep) {
    let both = keep == Keep::Both;
    match d.field.as_str() {
        "headline" => b.title = if both { format!("{} / {}", d.mine, d.theirs) } else { d.theirs.clone() },
        "closing note" => b.closing = Some(if both { format!("{}\n\n{}", d.mine, d.theirs) } else { d.theirs.clone() }),
        "date" => {
            if !both {
                b.date = d.theirs.parse().ok();
            }
        }
        "verse" => {
            if !both {
                let (text, reference) = d.theirs.rsplit_once(" \u{2014} ").unwrap_or((d.theirs.as_str(), ""));
                b.verse = (!d.theirs.is_empty())
                    .then(|| crate::model::Verse { text: text.to_owned(), reference: reference.to_owned() });
            }
        }
        field => {
            let Some(region) = field.strip_prefix("paragraph in ") else { return };
            let Some(section) = b.sections.iter_mut().find(|s| s.region == region) else { return };
            let at = section
                .items
                .iter()
                .position(|i| d.paragraph.is_some() && i.id == d.paragraph)
                .or_else(|| section.items.iter().position(|i| i.text == d.mine));
            let Some(at) = at else { return };
            if both {
                let taken: std::collections::HashSet<String> =
                    section.items.iter().filter_map(|i| i.id.clone()).collect();
                let copy = Item {
                    text: d.theirs.clone(),
                    id: Some(crate::threads::new_id(|id| taken.contains(id))),
                    follows: None,
                    ..section.items[at].clone()
                };
                section.items.insert(at + 1, copy);
            } else {
                section.items[at].text = d.theirs.clone();
            }
        }
    }
}
