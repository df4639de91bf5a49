//! `library.ron`: the library's name, its regions in order with their aliases and standing texts, and
//! the closing note.

use serde::{Deserialize, Serialize};

/// The newest `library.ron` format this version reads.
pub const SETTINGS_FORMAT: u32 = 1;

/// The settings a library folder keeps in `library.ron`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LibrarySettings {
    /// File format version.
    pub format: u32,
    /// The library's name, shown in the window title.
    pub name: String,
    /// The regions in the order a bulletin lists them.
    pub regions: Vec<Region>,
    /// The closing note carried into every new week.
    pub closing: Option<String>,
    /// What an export does when the command line does not say.
    pub export: ExportDefaults,
    /// After how many weeks personal paragraphs stop being public; `None`: they never age out.
    /// Written only when set, so older files keep their bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_weeks: Option<u32>,
    /// The weekday bulletins are for ("sunday"), where a library with no bulletin dates its first
    /// week. Written only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<String>,
    /// The language the library is written in (e.g. "ko", "es"). Written only when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// One region of the library.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Region {
    /// The name bulletins use for it.
    pub name: String,
    /// Other names it has gone by, e.g. "Africa + Europe"; imported headings with these names land here.
    pub aliases: Vec<String>,
    /// Paragraphs carried over into every new week, e.g. the office paragraph.
    pub standing: Vec<String>,
}

/// Defaults for exports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportDefaults {
    /// The plain-text wrap width.
    pub width: usize,
}

impl Default for ExportDefaults {
    fn default() -> Self {
        Self { width: 72 }
    }
}

impl Default for LibrarySettings {
    /// The five regions of the seed bulletins in their order, with their known aliases.
    fn default() -> Self {
        let region = |name: &str, aliases: &[&str]| Region {
            name: name.to_owned(),
            aliases: aliases.iter().map(|&a| a.to_owned()).collect(),
            standing: Vec::new(),
        };
        Self {
            format: SETTINGS_FORMAT,
            name: crate::model::PRODUCT_NAME.to_owned(),
            regions: vec![
                region("Africa & Europe", &["Africa + Europe", "Africa and Europe", "Africa/Europe"]),
                region("Latin America", &["Latin America & Caribbean", "LatAm"]),
                region("South Asia", &["India & South Asia"]),
                region("Southeast Asia", &["South East Asia", "Asia Pacific"]),
                region(
                    "IJM HQ & Global Partners",
                    &[
                        "HQ & Global Partners",
                        "IJM Global Office & Partners",
                        "Global Office & Partners",
                        "IJM HQ and Global Partners",
                    ],
                ),
            ],
            closing: None,
            export: ExportDefaults::default(),
            public_weeks: None,
            day: None,
            language: None,
        }
    }
}

impl LibrarySettings {
    /// The library's name for a region heading as written in some text (any case, `&`, `+`, `and`,
    /// a trailing colon), if it is a region or one of its aliases.
    pub fn region_for_heading(&self, heading: &str) -> Option<&str> {
        // No region is named in more than a short line; paragraphs are passed over at once.
        if heading.len() > 120 {
            return None;
        }
        let key = heading_key(heading);
        if key.is_empty() {
            return None;
        }
        self.regions
            .iter()
            .find(|r| heading_key(&r.name) == key || r.aliases.iter().any(|a| heading_key(a) == key))
            .map(|r| r.name.as_str())
    }

    /// The weekday bulletins are for, if the library says.
    pub fn weekday(&self) -> Option<chrono::Weekday> {
        self.day.as_deref().and_then(|d| d.trim().parse::<chrono::Weekday>().ok())
    }

    /// Where `region` stands in the library's order.
    pub fn region_index(&self, region: &str) -> Option<usize> {
        self.regions.iter().position(|r| r.name == region)
    }

    /// The region named `name`.
    pub fn region(&self, name: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.name == name)
    }

    /// Adds the regions it does not know yet (by name) after its own; returns the names added.
    pub fn add_regions(&mut self, names: &[String]) -> Vec<String> {
        let mut added = Vec::new();
        for name in names {
            if self.region(name).is_none() {
                self.regions.push(Region { name: name.clone(), ..Region::default() });
                added.push(name.clone());
            }
        }
        added
    }

    /// Someone's edit of the settings (`edited`, made from `base`) laid over the settings as they are
    /// on disk now (`disk`), which another coordinator or an import may have changed meanwhile: what
    /// the edit changed wins; what it left alone is taken from disk; regions added on disk since
    /// `base` are kept, after the edited ones.
    pub fn merged_edit(base: &Self, edited: &Self, disk: &Self) -> Self {
        fn pick<T: Clone + PartialEq>(base: &T, edited: &T, disk: &T) -> T {
            if edited == base { disk.clone() } else { edited.clone() }
        }
        let regions = if edited.regions == base.regions {
            disk.regions.clone()
        } else {
            // Region by region: one the edit left as it was follows the disk (changed there, or gone
            // there: renamed or removed by someone else); one the edit changed or added is the edit's.
            let mut regions: Vec<Region> = edited
                .regions
                .iter()
                .filter_map(|region| match base.region(&region.name) {
                    Some(before) if before == region => disk.region(&region.name).cloned(),
                    _ => Some(region.clone()),
                })
                .collect();
            let known = |name: &str| base.region(name).is_some() || edited.region(name).is_some();
            regions.extend(disk.regions.iter().filter(|r| !known(&r.name)).cloned());
            regions
        };
        Self {
            format: disk.format.max(edited.format),
            name: pick(&base.name, &edited.name, &disk.name),
            regions,
            closing: pick(&base.closing, &edited.closing, &disk.closing),
            export: pick(&base.export, &edited.export, &disk.export),
            public_weeks: pick(&base.public_weeks, &edited.public_weeks, &disk.public_weeks),
            day: pick(&base.day, &edited.day, &disk.day),
            language: pick(&base.language, &edited.language, &disk.language),
        }
    }
}

/// A heading reduced to what identifies it: lower case words, `&`/`+`/`and` the same.
pub fn heading_key(heading: &str) -> String {
    let mut key = String::with_capacity(heading.len());
    heading_key_into(heading, usize::MAX, &mut key);
    key
}

/// Writes [`heading_key`] of `heading` into `key`, giving up (returning `false`, `key` then holding
/// part of it) as soon as the key is sure to be longer than `limit` bytes: the importer asks this of
/// every line it reads, and region names are short.
pub fn heading_key_into(heading: &str, limit: usize, key: &mut String) -> bool {
    // Words are runs of letters and digits, lower-cased, joined by single spaces, "and" left out;
    // built in one pass.
    key.clear();
    if heading.is_ascii() {
        // Most lines: whole words at a time, stopping before the first one past the limit.
        let bytes = heading.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            while at < bytes.len() && !bytes[at].is_ascii_alphanumeric() {
                at += 1;
            }
            let start = at;
            while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
                at += 1;
            }
            let word = &heading[start..at];
            if word.is_empty() || word.eq_ignore_ascii_case("and") {
                continue;
            }
            let space = usize::from(!key.is_empty());
            if key.len() + space + word.len() > limit {
                return false;
            }
            if space == 1 {
                key.push(' ');
            }
            let from = key.len();
            key.push_str(word);
            key[from..].make_ascii_lowercase();
        }
        return true;
    }
    let mut word: Option<usize> = None;
    for c in heading.chars() {
        if c.is_alphanumeric() {
            if word.is_none() {
                if !key.is_empty() {
                    key.push(' ');
                }
                word = Some(key.len());
            }
            key.push(if c.is_ascii() { c.to_ascii_lowercase() } else { c.to_lowercase().next().unwrap_or(c) });
            // A word being written may still be an "and" dropped with its space (4 bytes).
            if key.len() > limit.saturating_add(4) {
                return false;
            }
        } else if let Some(start) = word.take() {
            drop_and(key, start);
            if key.len() > limit {
                return false;
            }
        }
    }
    if let Some(start) = word {
        drop_and(key, start);
    }
    key.len() <= limit
}

/// Removes the last word of `key` (starting at `start`) and the space before it when it is "and".
fn drop_and(key: &mut String, start: usize) {
    if &key[start..] == "and" {
        key.truncate(start.saturating_sub(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_keeps_what_others_changed_meanwhile() {
        let base = LibrarySettings::default();
        let mut edited = base.clone();
        edited.name = "Our prayer list".to_owned();
        edited.regions[0].standing.push("Our office in Nairobi.".to_owned());
        let mut disk = base.clone();
        disk.closing = Some("Please pray, do not post.".to_owned());
        disk.regions.push(Region { name: "Middle East".to_owned(), ..Region::default() });

        let merged = LibrarySettings::merged_edit(&base, &edited, &disk);
        assert_eq!(merged.name, "Our prayer list");
        assert_eq!(merged.closing.as_deref(), Some("Please pray, do not post."));
        assert_eq!(merged.regions[0].standing, ["Our office in Nairobi."]);
        let names: Vec<_> = merged.regions.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names.len(), 6);
        assert_eq!(names[5], "Middle East");

        // A region the edit removed stays removed; one added on disk is not taken for it.
        let mut edited = base.clone();
        edited.regions.remove(1);
        let merged = LibrarySettings::merged_edit(&base, &edited, &disk);
        assert!(merged.region("Latin America").is_none());
        assert!(merged.region("Middle East").is_some());
        // An edit that changed nothing leaves the disk's settings as they are.
        assert_eq!(LibrarySettings::merged_edit(&base, &base, &disk), disk);

        // Meanwhile someone renamed a region and gave another an alias; the edit changed a third.
        let mut disk = base.clone();
        disk.regions[1].name = "Americas".to_owned();
        disk.regions[2].aliases.push("Indian subcontinent".to_owned());
        let mut edited = base.clone();
        edited.regions[0].standing.push("Our office in Nairobi.".to_owned());
        let merged = LibrarySettings::merged_edit(&base, &edited, &disk);
        let names: Vec<_> = merged.regions.iter().map(|r| r.name.as_str()).collect();
        assert!(!names.contains(&"Latin America") && names.contains(&"Americas"), "{names:?}");
        assert!(merged.region("South Asia").unwrap().aliases.contains(&"Indian subcontinent".to_owned()));
        assert_eq!(merged.regions[0].standing, ["Our office in Nairobi."]);
        assert_eq!(merged.regions.len(), 5);
    }

    #[test]
    fn aliases_and_spellings_find_the_region() {
        let s = LibrarySettings::default();
        assert_eq!(s.region_for_heading("Africa + Europe"), Some("Africa & Europe"));
        assert_eq!(s.region_for_heading("AFRICA AND EUROPE:"), Some("Africa & Europe"));
        assert_eq!(s.region_for_heading("Asia Pacific"), Some("Southeast Asia"));
        assert_eq!(s.region_for_heading("IJM Global Office & Partners"), Some("IJM HQ & Global Partners"));
        assert_eq!(s.region_for_heading("Pray for Kenya"), None);
        assert_eq!(s.region_for_heading(""), None);
    }

    /// The key as it was first written: clean, split, drop "and", join.
    fn heading_key_reference(heading: &str) -> String {
        let cleaned: String = heading
            .trim()
            .trim_end_matches(':')
            .chars()
            .map(|c| match c {
                '&' | '+' | '/' => ' ',
                c if c.is_alphanumeric() => c.to_lowercase().next().unwrap_or(c),
                _ => ' ',
            })
            .collect();
        cleaned.split_whitespace().filter(|w| *w != "and").collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn heading_key_in_one_pass_matches_the_reference() {
        for heading in [
            "",
            "and",
            "And and AND",
            "Africa and Europe:",
            "  Africa + Europe  ",
            "IJM HQ and Global Partners",
            "Ásia & Pacífico / Sul",
            "andes and anderson",
            "Pray for Kenya. Pray for the team in São Paulo, and for 서울!",
            "x:and:y",
            "ǅemal İstanbul",
        ] {
            assert_eq!(heading_key(heading), heading_key_reference(heading), "{heading:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn heading_key_matches_the_reference_for_any_text(heading in "\\PC{0,40}") {
            proptest::prop_assert_eq!(heading_key(&heading), heading_key_reference(&heading));
        }

        #[test]
        fn heading_key_matches_the_reference_for_ascii_text(heading in "[a-zA-Z0-9 &:/+.-]{0,40}|(and|AND|And| |x|-){0,12}") {
            proptest::prop_assert_eq!(heading_key(&heading), heading_key_reference(&heading));
        }

        #[test]
        fn a_bounded_key_gives_up_only_when_the_key_is_longer(heading in "[andANDx &]{0,40}", limit in 0usize..30) {
            let full = heading_key(&heading);
            let mut key = String::new();
            let within = heading_key_into(&heading, limit, &mut key);
            proptest::prop_assert_eq!(within, full.len() <= limit);
            if within {
                proptest::prop_assert_eq!(key, full);
            }
        }
    }
}
