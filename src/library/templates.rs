//! A coordinator's own library from the first minute: the outlines churches pray in (regions of the
//! world; church, city, nation, world; the days of the week; missionary families or partners;
//! ministries), and a new library made from one.

use std::path::Path;

use super::{Library, LibraryError, LibrarySettings, Region};

/// An outline a new library can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// Its name on the command line (`--template`).
    pub key: &'static str,
    /// What the window calls it.
    pub label: &'static str,
    /// Its sections, in order (empty: typed in by the person).
    pub regions: &'static [&'static str],
}

/// Every template, in the order the window offers them.
pub const TEMPLATES: [Template; 5] = [
    Template {
        key: "world",
        label: "Regions of the world",
        regions: &["Africa & Europe", "Latin America", "South Asia", "Southeast Asia", "HQ & Global Partners"],
    },
    Template {
        key: "church-city-nation-world",
        label: "Our church, our city, our nation, the world",
        regions: &["Our church", "Our city", "Our nation", "The world"],
    },
    Template {
        key: "days",
        label: "The seven days of the week",
        regions: &["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    },
    Template { key: "families", label: "Missionary families or partners (typed in)", regions: &[] },
    Template {
        key: "ministries",
        label: "Ministries",
        regions: &["Worship", "Children and youth", "Outreach", "Pastoral care", "Missions"],
    },
];

/// The template named `key`.
pub fn template(key: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.key.eq_ignore_ascii_case(key.trim()))
}

/// What a new library is made of.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewLibrary {
    /// Its name.
    pub name: String,
    /// Its sections, in order.
    pub regions: Vec<String>,
    /// The weekday bulletins are for ("sunday"), if any.
    pub day: Option<String>,
    /// Its language, if said.
    pub language: Option<String>,
    /// The closing note carried into every week, if any.
    pub closing: Option<String>,
    /// After how many weeks personal paragraphs stop being public, if they do.
    pub public_weeks: Option<u32>,
}

impl NewLibrary {
    /// The settings it is written as.
    pub fn settings(&self) -> LibrarySettings {
        let mut seen = std::collections::HashSet::new();
        let regions = self
            .regions
            .iter()
            .map(|r| r.trim())
            .filter(|r| !r.is_empty() && seen.insert(super::heading_key(r)))
            .map(|r| Region { name: r.to_owned(), ..Region::default() })
            .collect();
        let some = |s: &Option<String>| s.as_ref().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        LibrarySettings {
            name: self.name.trim().to_owned(),
            regions,
            closing: some(&self.closing),
            public_weeks: self.public_weeks,
            day: some(&self.day).map(|d| d.to_lowercase()),
            language: some(&self.language),
            ..LibrarySettings::default()
        }
    }
}

/// Why no library was made.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// The folder holds a library already.
    #[error("{0} already holds a library: nothing was changed")]
    Exists(String),
    /// A file (not a folder) is there.
    #[error("{0} is a file, not a folder")]
    NotAFolder(String),
    /// No name.
    #[error("a library needs a name")]
    NoName,
    /// No sections.
    #[error("a library needs at least one section (a region, a day, a family, a ministry)")]
    NoRegions,
    /// The weekday is not one.
    #[error("\u{201c}{0}\u{201d} is not a day of the week")]
    BadDay(String),
    /// Writing failed.
    #[error(transparent)]
    Library(#[from] LibraryError),
}

/// Makes a new, empty library in `dir` (made if absent) and reads it.
pub fn init(dir: &Path, new: &NewLibrary) -> Result<Library, InitError> {
    if dir.is_file() {
        return Err(InitError::NotAFolder(dir.display().to_string()));
    }
    let holds_bulletins = std::fs::read_dir(dir.join(super::BULLETINS_DIR)).is_ok_and(|mut d| d.next().is_some());
    if dir.join(super::SETTINGS_FILE).exists() || holds_bulletins {
        return Err(InitError::Exists(dir.display().to_string()));
    }
    let settings = new.settings();
    if settings.name.is_empty() {
        return Err(InitError::NoName);
    }
    if settings.regions.is_empty() {
        return Err(InitError::NoRegions);
    }
    if let Some(day) = &settings.day
        && settings.weekday().is_none()
    {
        return Err(InitError::BadDay(day.clone()));
    }
    std::fs::create_dir_all(dir.join(super::BULLETINS_DIR)).map_err(|e| LibraryError::io(dir, e))?;
    let path = dir.join(super::SETTINGS_FILE);
    let text = super::to_ron(&settings, &path)?;
    super::write_atomically(&path, text.as_bytes())?;
    Ok(Library::load(dir)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_library_has_its_template_and_its_first_week_on_its_day() {
        use chrono::Datelike as _;
        let dir = tempfile::tempdir().unwrap();
        let new = NewLibrary {
            name: "St Anne's prayer list".into(),
            regions: template("church-city-nation-world").unwrap().regions.iter().map(|r| (*r).to_owned()).collect(),
            day: Some("Sunday".into()),
            ..NewLibrary::default()
        };
        let library = init(dir.path(), &new).unwrap();
        assert_eq!(library.settings.day.as_deref(), Some("sunday"));
        let week = library.new_week(None).unwrap();
        assert_eq!(week.date.unwrap().weekday(), chrono::Weekday::Sun);
        let sections: Vec<&str> = week.sections.iter().map(|s| s.region.as_str()).collect();
        assert_eq!(sections, ["Our church", "Our city", "Our nation", "The world"]);
        assert!(matches!(init(dir.path(), &new), Err(InitError::Exists(_))), "an existing library is refused");
        let other = tempfile::tempdir().unwrap();
        let bad = NewLibrary { day: Some("someday".into()), ..new.clone() };
        assert!(matches!(init(other.path(), &bad), Err(InitError::BadDay(_))));
        assert!(!other.path().join("library.ron").exists(), "nothing written");
    }
}
