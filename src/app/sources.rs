//! The sources the importer was taught, as the library settings window lists them: each with its
//! rules, renamed or deleted there (a deletion can be undone while the window is open).

use std::path::PathBuf;

use super::{App, Dialog};
use crate::library::sources::{Source, delete_source, file_name, read_sources, rename_source, save_source};

/// The sources listed in the library settings window.
#[derive(Clone, Debug, Default)]
pub struct SourcesEdit {
    /// Each source's file and rules, and the name typed for it so far.
    pub rows: Vec<SourceRow>,
    /// Files of `sources/` that did not load, with why.
    pub problems: Vec<String>,
    /// Sources deleted while the window is open, newest last, for "Undo".
    pub deleted: Vec<Source>,
    /// The window shows the sources (not the library and its regions).
    pub shown: bool,
}

/// One source of the list.
#[derive(Clone, Debug)]
pub struct SourceRow {
    /// Its file.
    pub path: PathBuf,
    /// What it holds.
    pub source: Source,
    /// The name typed in its field (its name until changed).
    pub name: String,
}

/// A change to the library's sources, asked for in the settings window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceCommand {
    /// Rename the source in this file.
    Rename(PathBuf, String),
    /// Delete the source in this file.
    Delete(PathBuf),
    /// Put back the source deleted last.
    UndoDelete,
}

impl SourcesEdit {
    /// The sources of the library at `dir`, as on disk now.
    pub fn read(dir: &std::path::Path) -> Self {
        let (sources, problems) = read_sources(dir);
        Self {
            rows: sources
                .into_iter()
                .map(|(path, source)| SourceRow { name: source.name.clone(), path, source })
                .collect(),
            problems: problems.iter().map(ToString::to_string).collect(),
            deleted: Vec::new(),
            shown: false,
        }
    }
}

impl App {
    /// Renames, deletes or puts back a source, then lists the sources again as they are on disk.
    pub(super) fn change_source(&mut self, change: SourceCommand) {
        let Some(dir) = self.library.as_ref().map(|l| l.dir.clone()) else { return };
        let Some(Dialog::LibrarySettings { sources, .. }) = self.dialog_mut() else { return };
        let mut deleted = std::mem::take(&mut sources.deleted);
        let row = |path: &PathBuf| sources.rows.iter().find(|r| &r.path == path).cloned();
        let result: Result<String, String> = match change {
            SourceCommand::Rename(path, name) => match row(&path) {
                None => Err(crate::tr!("source-gone")),
                Some(_) if name.trim().is_empty() => Err(crate::tr!("source-needs-name")),
                Some(r) => {
                    let target = dir.join(crate::library::sources::SOURCES_DIR).join(file_name(&name));
                    if target != r.path && target.exists() {
                        Err(crate::tr!("source-name-taken", file = file_name(&name)))
                    } else {
                        rename_source(&dir, &r.path, &r.source, &name)
                            .map(|_| crate::tr!("source-renamed", from = r.source.name.as_str(), to = name.trim()))
                            .map_err(|e| crate::tr!("source-not-renamed", error = e.to_string()))
                    }
                }
            },
            SourceCommand::Delete(path) => match row(&path) {
                None => Err(crate::tr!("source-gone")),
                Some(r) => match delete_source(&r.path) {
                    Ok(()) => {
                        deleted.push(r.source.clone());
                        Ok(crate::tr!("source-deleted", name = r.source.name.as_str()))
                    }
                    Err(e) => Err(crate::tr!("source-not-deleted", error = e.to_string())),
                },
            },
            SourceCommand::UndoDelete => match deleted.pop() {
                None => Err(crate::tr!("source-nothing-to-put-back")),
                Some(source) => match save_source(&dir, &source) {
                    Ok(_) => Ok(crate::tr!("source-put-back", name = source.name.as_str())),
                    Err(e) => {
                        let message = crate::tr!("source-not-put-back", error = e.to_string());
                        deleted.push(source);
                        Err(message)
                    }
                },
            },
        };
        let mut fresh = SourcesEdit::read(&dir);
        fresh.deleted = deleted;
        fresh.shown = true;
        if let Some(Dialog::LibrarySettings { sources, .. }) = self.dialog_mut() {
            *sources = fresh;
        }
        match result {
            Ok(done) => self.messages.info(done),
            Err(why) => self.messages.error(why),
        }
    }
}
