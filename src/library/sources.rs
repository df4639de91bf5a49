//! Sources the importer was taught: `sources/<name>.ron` in the library, one file per partner whose
//! sheets a coordinator corrected once, so that every later sheet from them comes in right (and the
//! rules travel with the library to other coordinators). See "Sources the importer was taught" in the
//! interface document.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{LibraryError, Problem, parse_ron, read_text, to_ron, write_atomically};

/// The folder of a library that holds the sources.
pub const SOURCES_DIR: &str = "sources";

/// The format version this program writes.
pub const SOURCE_FORMAT: u32 = 1;

/// How a source's paragraphs are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Items {
    /// One item per line.
    Lines,
    /// One item per paragraph (the lines of a block are one item).
    Paragraphs,
}

/// What a coordinator taught the importer about one source's sheets. Patterns are regular
/// expressions over one trimmed line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The format version of the file.
    pub format: u32,
    /// The name a coordinator knows the source by.
    pub name: String,
    /// How a sheet is recognised: a sender's address or domain, a page's site, or a line every sheet
    /// of the source carries (case-insensitive).
    #[serde(default)]
    pub known_by: Vec<String>,
    /// Lines matching any of these are headings.
    #[serde(default)]
    pub headings: Vec<String>,
    /// One item per line or per paragraph; `None`: the reader decides.
    #[serde(default)]
    pub items: Option<Items>,
    /// From the first line matching any of these, the rest of the sheet is a page's furniture.
    #[serde(default)]
    pub leave_out_from: Vec<String>,
    /// Single lines left out.
    #[serde(default)]
    pub leave_out: Vec<String>,
    /// A heading (as the sheet writes it) to a region of the library.
    #[serde(default)]
    pub regions: BTreeMap<String, String>,
}

impl Source {
    /// A source with nothing taught yet.
    pub fn new(name: &str) -> Self {
        Self { format: SOURCE_FORMAT, name: name.trim().to_owned(), ..Self::default() }
    }

    /// Every pattern with the field it is in.
    pub fn patterns(&self) -> impl Iterator<Item = (&'static str, &str)> {
        (self.headings.iter().map(|p| ("headings", p.as_str())))
            .chain(self.leave_out_from.iter().map(|p| ("leave_out_from", p.as_str())))
            .chain(self.leave_out.iter().map(|p| ("leave_out", p.as_str())))
    }
}

/// The file name a source is saved under: its name in lower case, letters and digits kept, other
/// characters as hyphens (`Grace Church week of prayer` → `grace-church-week-of-prayer.ron`).
pub fn file_name(name: &str) -> String {
    let mut stem = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    format!("{}.ron", if stem.is_empty() { "source" } else { stem })
}

/// The sources of the library at `dir`, in file-name order, and the files that did not load.
pub fn read_sources(dir: &Path) -> (Vec<(PathBuf, Source)>, Vec<Problem>) {
    let (mut sources, mut problems) = (Vec::new(), Vec::new());
    let Ok(entries) = fs::read_dir(dir.join(SOURCES_DIR)) else { return (sources, problems) };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron") && p.is_file())
        .collect();
    paths.sort();
    for path in paths {
        match read_text(&path).and_then(|text| parse_ron::<Source>(&text, &path)) {
            Ok(source) if source.format > SOURCE_FORMAT => problems.push(Problem {
                path,
                line: 1,
                column: 1,
                message: format!("the source is of format {}, newer than this version reads", source.format),
            }),
            Ok(source) => sources.push((path, source)),
            Err(problem) => problems.push(problem),
        }
    }
    (sources, problems)
}

/// The source files' problems `check` reports: files that do not load, and patterns that do not
/// compile, each named with its line in the file.
pub fn check_sources(dir: &Path) -> Vec<Problem> {
    let (sources, mut problems) = read_sources(dir);
    for (path, source) in sources {
        let text = fs::read_to_string(&path).unwrap_or_default();
        for (field, pattern) in source.patterns() {
            if let Err(e) = regex::Regex::new(pattern) {
                // The pattern's line: where it is written, quoted as RON writes it.
                let quoted = to_ron(&pattern, &path).map(|q| q.trim_end().to_owned()).unwrap_or_default();
                let line = text.lines().position(|l| l.contains(&quoted)).map_or(1, |at| at + 1);
                let first = e.to_string().lines().last().unwrap_or_default().trim().to_owned();
                problems.push(Problem {
                    path: path.clone(),
                    line,
                    column: 1,
                    message: format!("the {field} pattern {quoted} is not a pattern the importer can read ({first})"),
                });
            }
        }
    }
    problems
}

/// Saves a source in the library at `dir` (atomically), under the file its name gives. Returns the
/// file written.
pub fn save_source(dir: &Path, source: &Source) -> Result<PathBuf, LibraryError> {
    let path = dir.join(SOURCES_DIR).join(file_name(&source.name));
    let text = to_ron(source, &path)?;
    write_atomically(&path, text.as_bytes())?;
    Ok(path)
}

/// Removes the source file at `path` (a file of the library's `sources/`).
pub fn delete_source(path: &Path) -> Result<(), LibraryError> {
    fs::remove_file(path).map_err(|e| LibraryError::io(path, e))
}

/// Renames a source: saved under its new name's file, the old file removed. Returns the new file.
pub fn rename_source(dir: &Path, path: &Path, source: &Source, new_name: &str) -> Result<PathBuf, LibraryError> {
    let renamed = Source { name: new_name.trim().to_owned(), ..source.clone() };
    let written = save_source(dir, &renamed)?;
    if written != path {
        delete_source(path)?;
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taught() -> Source {
        Source {
            known_by: vec!["prayer@grace.example".into(), "Week of Prayer \u{2013}".into()],
            headings: vec!["^Pray for Our .+$".into()],
            items: Some(Items::Lines),
            leave_out_from: vec!["^About ".into()],
            leave_out: vec!["^This entry was posted".into()],
            regions: BTreeMap::from([("Pray for Our World".into(), "HQ & Global Partners".into())]),
            ..Source::new("Grace Church week of prayer")
        }
    }

    #[test]
    fn a_source_round_trips_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = save_source(dir.path(), &taught()).unwrap();
        assert!(path.ends_with("sources/grace-church-week-of-prayer.ron"));
        let first = fs::read(&path).unwrap();
        let (read, problems) = read_sources(dir.path());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(read, [(path.clone(), taught())]);
        save_source(dir.path(), &read[0].1).unwrap();
        assert_eq!(fs::read(&path).unwrap(), first);
    }

    #[test]
    fn a_bad_pattern_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let mut source = taught();
        source.leave_out.push("^(unclosed".into());
        let path = save_source(dir.path(), &source).unwrap();
        let problems = check_sources(dir.path());
        assert_eq!(problems.len(), 1, "{problems:?}");
        let text = fs::read_to_string(&path).unwrap();
        let line = text.lines().position(|l| l.contains("^(unclosed")).unwrap() + 1;
        assert_eq!(problems[0].line, line);
        assert!(problems[0].message.contains("leave_out pattern \"^(unclosed\""), "{}", problems[0].message);
        fs::write(dir.path().join("sources/broken.ron"), "Source(format: 1, name: ").unwrap();
        assert_eq!(check_sources(dir.path()).len(), 2);
    }

    #[test]
    fn file_names_and_renames() {
        assert_eq!(file_name("Grace Church: week of prayer!"), "grace-church-week-of-prayer.ron");
        assert_eq!(file_name("주안교회"), "주안교회.ron");
        assert_eq!(file_name("  ?? "), "source.ron");
        let dir = tempfile::tempdir().unwrap();
        let path = save_source(dir.path(), &taught()).unwrap();
        let renamed = rename_source(dir.path(), &path, &taught(), "Grace weekly").unwrap();
        assert!(!path.exists() && renamed.ends_with("sources/grace-weekly.ron"));
        assert_eq!(read_sources(dir.path()).0[0].1.name, "Grace weekly");
        delete_source(&renamed).unwrap();
        assert!(read_sources(dir.path()).0.is_empty());
    }
}
