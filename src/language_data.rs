//! What the program knows of each language, read from `i18n/<language>/reading.ron` (embedded in
//! the program): weekday and month names, the words that open a numbered day, the labels before a
//! verse, the phrases that tell praise from a prayer request, and the Bible's book names. The
//! importer reads a sheet in any of them, so it uses them all together ([`all`]). Adding a language
//! is adding its folder (see `i18n/README.md`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// One language's `reading.ron`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Reading {
    /// The language's name for itself ("한국어").
    pub name: String,
    /// Weekday names, Monday first, lower case.
    pub weekdays: Vec<Vec<String>>,
    /// Month names and abbreviations, January first, lower case.
    pub months: Vec<Vec<String>>,
    /// Words that open a numbered day of a prayer guide ("día" in "Día 3").
    pub day_words: Vec<String>,
    /// Labels that introduce a verse ("versículo", "본문").
    pub verse_labels: Vec<String>,
    /// Phrases of praise, found at the start of a word.
    pub praise: Vec<String>,
    /// Phrases of request, found at the start of a word.
    pub requests: Vec<String>,
    /// Praise words found anywhere (languages whose words join without spaces).
    pub praise_joined: Vec<String>,
    /// Request words found anywhere.
    pub requests_joined: Vec<String>,
    /// How a prayer list's item that is a request opens ("por ").
    pub request_openings: Vec<String>,
    /// Each book's names and abbreviations, by OSIS id.
    pub bible_books: BTreeMap<String, Vec<String>>,
}

/// Every language's words together: English first, then the others by their folder's name.
#[derive(Debug, Default)]
pub struct All {
    /// The languages read, by folder ("en-US", "ko", …), each with its own data.
    pub languages: Vec<(String, Reading)>,
    /// Every language's words in one: seven weekdays and twelve months, each with every language's
    /// names; the lists one after another (English first), repeats left out (`name` and
    /// `bible_books` stay empty: see [`All::bible_names`]).
    pub words: Reading,
    /// Every book name and abbreviation of every language, lower case.
    pub bible_names: Vec<String>,
    /// The longest weekday name, in bytes (a longer word is none).
    pub longest_weekday: usize,
    /// The longest month name, in bytes.
    pub longest_month: usize,
}

/// Every language's words, read once.
pub fn all() -> &'static All {
    static ALL: OnceLock<All> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut files: Vec<(String, Reading)> = crate::i18n::files_named("reading.ron")
            .into_iter()
            .filter_map(|(language, text)| match ron::from_str::<Reading>(&text) {
                Ok(reading) => Some((language, reading)),
                Err(e) => {
                    log::error!("i18n/{language}/reading.ron cannot be read: {e}");
                    None
                }
            })
            .collect();
        files.sort_by(|(a, _), (b, _)| (a != "en-US", a).cmp(&(b != "en-US", b)));
        merge(files)
    })
}

fn merge(languages: Vec<(String, Reading)>) -> All {
    let mut words = Reading { weekdays: vec![Vec::new(); 7], months: vec![Vec::new(); 12], ..Reading::default() };
    let mut bible_names = Vec::new();
    for (_, r) in &languages {
        words.absorb(r);
        bible_names.extend(r.bible_books.values().flatten().map(|n| n.trim().to_lowercase()));
    }
    let longest = |lists: &[Vec<String>]| lists.iter().flatten().map(String::len).max().unwrap_or(0);
    All {
        longest_weekday: longest(&words.weekdays),
        longest_month: longest(&words.months),
        languages,
        words,
        bible_names,
    }
}

impl Reading {
    /// Adds `other`'s words after these (its weekdays and months day by day and month by month),
    /// leaving out words already here.
    fn absorb(&mut self, other: &Reading) {
        for (mine, theirs) in
            self.weekdays.iter_mut().zip(&other.weekdays).chain(self.months.iter_mut().zip(&other.months))
        {
            extend_new(mine, theirs);
        }
        for (mine, theirs) in [
            (&mut self.day_words, &other.day_words),
            (&mut self.verse_labels, &other.verse_labels),
            (&mut self.praise, &other.praise),
            (&mut self.requests, &other.requests),
            (&mut self.praise_joined, &other.praise_joined),
            (&mut self.requests_joined, &other.requests_joined),
            (&mut self.request_openings, &other.request_openings),
        ] {
            extend_new(mine, theirs);
        }
    }
}

/// Adds the words of `more` that `list` does not hold yet, in their order.
fn extend_new(list: &mut Vec<String>, more: &[String]) {
    for word in more {
        if !list.contains(word) {
            list.push(word.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_folder_has_its_reading_words_and_english_comes_first() {
        let all = all();
        let codes: Vec<&str> = all.languages.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(codes.first(), Some(&"en-US"));
        for code in ["es", "pt", "fr", "de", "ko", "zh-CN", "zh-TW"] {
            assert!(codes.contains(&code), "{code} in {codes:?}");
        }
        for (code, r) in &all.languages {
            assert_eq!(r.weekdays.len(), 7, "{code}: seven weekdays");
            assert_eq!(r.months.len(), 12, "{code}: twelve months");
            assert_eq!(r.bible_books.len(), 66, "{code}: the 66 books");
            assert!(!r.name.is_empty(), "{code} names itself");
        }
        assert!(
            all.words.weekdays[6].iter().any(|w| w == "주일") && all.words.weekdays[6].iter().any(|w| w == "domingo")
        );
        assert!(all.bible_names.iter().any(|n| n == "isaías") && all.bible_names.iter().any(|n| n == "롬"));
        assert_eq!(all.words.praise.first().map(String::as_str), Some("praise god"), "English phrases first");
    }
}

#[cfg(test)]
mod a_new_language {
    use super::*;

    /// A folder's `reading.ron` is all a language needs: merged with the others, its words count.
    #[test]
    fn a_reading_file_is_all_a_language_needs() {
        let italian: Reading = ron::from_str(
            r#"(name: "Italiano", weekdays: [["lunedì"], [], [], [], [], [], ["domenica"]],
                months: [["gennaio"], [], [], [], [], [], [], [], [], [], [], []],
                day_words: ["giorno"], praise: ["grazie a dio"], requests: ["preghiamo"],
                bible_books: {"Gen": ["Genesi", "Gn"]})"#,
        )
        .expect("the file reads");
        let english = all().languages.iter().find(|(c, _)| c == "en-US").cloned().expect("English");
        let merged = merge(vec![english, ("it".to_owned(), italian)]);
        assert!(
            merged.words.weekdays[6].iter().any(|w| w == "domenica")
                && merged.words.weekdays[6].iter().any(|w| w == "sunday")
        );
        assert!(merged.words.months[0].iter().any(|m| m == "gennaio"));
        assert!(merged.bible_names.iter().any(|n| n == "gn"));
        assert_eq!(merged.words.praise.first().map(String::as_str), Some("praise god"));
        assert!(merged.words.requests.iter().any(|r| r == "preghiamo"));
    }
}
