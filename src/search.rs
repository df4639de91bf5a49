//! Finding words across all weeks: case- and accent-insensitive.
//!
//! Every bulletin's texts are folded (lower case, accents removed) once, when the bulletin is loaded
//! or saved, into one string per bulletin ([`SearchText`], kept in its library entry). A search folds
//! the query and looks for it with `memchr`'s substring finder over those strings: nothing is lowered
//! or allocated per text at search time. A match is only a position ([`Hit`]); the text, its date and
//! the snippet are worked out ([`Hit::resolve`]) for the results actually shown.

use crate::entry::{Entry, offset};
pub use crate::entry::{Folded, Place, SearchText, fold, texts};
use crate::model::{Bulletin, ItemKind, long_date};

/// One match: which entry, where in it, and where in that text's folded form. Cheap to make, so a
/// search for a common word across thousands of weeks costs little; [`Hit::resolve`] gives the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into the entries searched.
    pub entry: usize,
    /// Where in the bulletin.
    pub place: Place,
    /// Byte range of the first match in the folded text.
    folded: std::ops::Range<u32>,
    /// The same number for the same words in the same place (a standing paragraph carried week after
    /// week), so the results can show them once: a hash of the place's region and its folded text.
    pub same: u64,
}

/// A match worked out for showing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The bulletin's file stem.
    pub stem: String,
    /// Its date.
    pub date: Option<chrono::NaiveDate>,
    /// Its date, written out ("Undated" when none).
    pub date_text: String,
    /// The region (or "Headline", "Verse", "Closing note").
    pub region: String,
    /// Where in the bulletin.
    pub place: Place,
    /// The whole text matched in.
    pub text: String,
    /// Byte range of the first match in `text`.
    pub range: std::ops::Range<usize>,
}

impl Hit {
    /// The match's bulletin, text and range, from the entries it was found in (`None` if they have
    /// changed since).
    pub fn resolve(&self, entries: &[Entry]) -> Option<Found> {
        let entry = entries.get(self.entry)?;
        let b = &entry.bulletin;
        let (place, text) = texts(b).find(|(place, _)| *place == self.place)?;
        let (start, end) = (self.folded.start as usize, self.folded.end as usize);
        let range = if text.is_ascii() {
            // ASCII folds byte for byte, so offsets are the original's.
            (end <= text.len()).then_some(start..end)?
        } else {
            Folded::new(&text).original_range(&text, start, end)
        };
        let region = match &place {
            Place::Title => crate::tr!("role-headline"),
            Place::Verse => crate::tr!("role-verse"),
            Place::Item(spot) => b.sections.get(spot.section)?.region.clone(),
            Place::Closing => crate::tr!("role-closing"),
        };
        Some(Found {
            stem: entry.stem.clone(),
            date: b.date,
            date_text: b.date.map_or_else(|| crate::tr!("undated"), long_date),
            region,
            place,
            text: text.into_owned(),
            range,
        })
    }
}

impl Found {
    /// A short piece of the text around the match, with the match's range inside it.
    pub fn snippet(&self, context: usize) -> (String, std::ops::Range<usize>) {
        let text = &self.text;
        let mut start = self.range.start.saturating_sub(context);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (self.range.end + context).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        // Cut at word boundaries ("…offices", never "…ffices"), never into the match.
        if start > 0
            && !text[..start].ends_with(char::is_whitespace)
            && let Some(space) = text[start..self.range.start].find(char::is_whitespace)
        {
            start += space;
            start += text[start..].chars().next().map_or(0, char::len_utf8);
        }
        if end < text.len()
            && !text[end..].starts_with(char::is_whitespace)
            && let Some(space) = text[self.range.end..end].rfind(char::is_whitespace)
        {
            end = self.range.end + space;
        }
        let lead = if start > 0 { "\u{2026}" } else { "" };
        let tail = if end < text.len() { "\u{2026}" } else { "" };
        let snippet = format!("{lead}{}{tail}", &text[start..end]);
        let offset = lead.len();
        (snippet, self.range.start - start + offset..self.range.end - start + offset)
    }
}

/// What to look for.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// The words, as typed.
    pub text: String,
    /// Only this region.
    pub region: Option<String>,
    /// Only paragraphs of this kind.
    pub kind: Option<ItemKind>,
    /// Only weeks on or after this date.
    pub from: Option<chrono::NaiveDate>,
    /// Only weeks on or before this date.
    pub to: Option<chrono::NaiveDate>,
    /// Only paragraphs of open requests (requests not yet answered, linked or not), or only those of
    /// answered threads.
    pub status: Option<crate::threads::Status>,
}

/// Every match of `query` in the entries (the first in each text), in the entries' order.
///
/// Looks in each entry's [`SearchText`], folded when the bulletin was loaded or saved; an entry
/// made without one is folded here.
pub fn search(entries: &[Entry], query: &Query) -> Vec<Hit> {
    // Threads are worked out only when the query asks for a status.
    let threads = query.status.map(|_| crate::threads::Threads::new(entries));
    search_in(entries, 0..entries.len(), query, threads.as_ref())
}

/// [`search`] over the entries in `range` only (hits are numbered in the whole of `entries`), with
/// the threads of all the entries already worked out when the query asks for a status: a story's
/// answer may lie outside the range. The search thread searches a run of weeks at a time this way.
pub fn search_in(
    entries: &[Entry],
    range: std::ops::Range<usize>,
    query: &Query,
    threads: Option<&crate::threads::Threads>,
) -> Vec<Hit> {
    let mut needle = fold(&query.text);
    needle.retain(|c| c != '\0');
    if needle.is_empty() {
        return Vec::new();
    }
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    let len = offset(needle.len());
    let mut hits = Vec::new();
    let start = range.start;
    for (index, entry) in entries.get(range).unwrap_or_default().iter().enumerate() {
        let index = start + index;
        let b = &entry.bulletin;
        if query.from.is_some_and(|from| b.date.is_none_or(|d| d < from))
            || query.to.is_some_and(|to| b.date.is_none_or(|d| d > to))
        {
            continue;
        }
        let folded_now;
        let search_text = if entry.search.fits(b) {
            &entry.search
        } else {
            folded_now = SearchText::new(b);
            &folded_now
        };
        let haystack = search_text.folded.as_bytes();
        let mut from = 0;
        while let Some(at) = finder.find(&haystack[from..]) {
            let at = offset(from + at);
            let span_index = search_text.spans.partition_point(|s| s.end <= at);
            let Some(span) = search_text.spans.get(span_index) else { break };
            if wanted(b, &span.place, query) && has_status(threads, index, b, &span.place, query) {
                let text = &search_text.folded[span.start as usize..span.end as usize];
                hits.push(Hit {
                    entry: index,
                    place: span.place.clone(),
                    folded: at - span.start..at - span.start + len,
                    same: same_text(b, &span.place, text),
                });
            }
            // The first match in each text only: go on after this text's NUL.
            from = span.end as usize + 1;
        }
    }
    hits
}

/// A number that is the same for the same folded text in the same region (or the same headline,
/// verse or closing note) of any week.
fn same_text(b: &Bulletin, place: &Place, folded: &str) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::hash::DefaultHasher::new();
    match place {
        Place::Item(spot) => b.sections.get(spot.section).map(|s| s.region.as_str()).hash(&mut hasher),
        other => std::mem::discriminant(other).hash(&mut hasher),
    }
    folded.hash(&mut hasher);
    hasher.finish()
}

/// Whether a text at `place` passes the query's status filter: an open request, or a paragraph of an
/// answered thread.
fn has_status(
    threads: Option<&crate::threads::Threads>,
    entry: usize,
    b: &Bulletin,
    place: &Place,
    query: &Query,
) -> bool {
    let (Some(threads), Some(status)) = (threads, query.status) else { return true };
    let Place::Item(spot) = *place else { return false };
    let Some(paragraph) = spot.get(b) else { return false };
    let at = crate::threads::At { entry, section: spot.section, item: spot.item };
    match status {
        crate::threads::Status::Open => {
            paragraph.kind == ItemKind::Request
                && threads.status_of(at, paragraph) == Some(crate::threads::Status::Open)
        }
        crate::threads::Status::Answered => {
            threads.of(at).is_some_and(|t| t.status == crate::threads::Status::Answered)
        }
    }
}

/// Whether a text at `place` passes the query's region and kind filters.
fn wanted(b: &Bulletin, place: &Place, query: &Query) -> bool {
    match place {
        Place::Item(spot) => {
            let Some(s) = b.sections.get(spot.section) else { return false };
            query.region.as_ref().is_none_or(|r| *r == s.region)
                && query.kind.is_none_or(|k| spot.get(b).is_some_and(|i| i.kind == k))
        }
        _ => query.region.is_none() && query.kind.is_none(),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_snippet_is_cut_at_word_boundaries_never_into_the_match() {
        let text = "Pray for the regional offices in Nairobi as the team prepares the hearings".to_owned();
        let at = text.find("Nairobi").unwrap();
        let found = Found {
            stem: String::new(),
            date: None,
            date_text: String::new(),
            region: String::new(),
            place: Place::Title,
            text: text.clone(),
            range: at..at + "Nairobi".len(),
        };
        let (snippet, marked) = found.snippet(14);
        // 14 bytes either side would cut "…ional offices in Nairobi as the team p…".
        assert_eq!(snippet, "\u{2026}offices in Nairobi as the team\u{2026}");
        assert_eq!(&snippet[marked], "Nairobi");
        // A context that reaches the ends keeps them whole.
        let (whole, _) = found.snippet(200);
        assert_eq!(whole, text);
    }

    use super::*;

    #[test]
    fn folding_ignores_case_and_accents_and_maps_back() {
        let original = "Pray for JOSÉ in São Paulo";
        let f = Folded::new(original);
        assert_eq!(f.text, "pray for jose in sao paulo");
        let at = f.text.find("sao").unwrap();
        let r = f.original_range(original, at, at + 3);
        assert_eq!(&original[r], "São");
        let at = f.text.find("jose").unwrap();
        assert_eq!(&original[f.original_range(original, at, at + 4)], "JOSÉ");
    }

    /// One entry whose paragraphs are `texts`, folded as the library folds them.
    fn entry_with(texts: &[&str]) -> Entry {
        let bulletin = Bulletin {
            title: "Week".into(),
            sections: vec![crate::model::Section {
                region: "Latin America".into(),
                items: texts
                    .iter()
                    .map(|t| crate::model::Item { text: (*t).to_owned(), ..Default::default() })
                    .collect(),
            }],
            ..Bulletin::default()
        };
        Entry::new("2026-01-02".into(), bulletin, Vec::new())
    }

    /// What folding each text whole and finding the needle there gives: (item, original range).
    fn expected(texts: &[&str], needle: &str) -> Vec<(usize, std::ops::Range<usize>)> {
        let needle = fold(needle);
        texts
            .iter()
            .enumerate()
            .filter_map(|(i, text)| {
                let folded = Folded::new(text);
                folded.text.find(&needle).map(|at| (i, folded.original_range(text, at, at + needle.len())))
            })
            .collect()
    }

    fn found(entries: &[Entry], needle: &str) -> Vec<(usize, std::ops::Range<usize>)> {
        search(entries, &Query { text: needle.into(), ..Query::default() })
            .iter()
            .map(|h| h.resolve(entries).unwrap())
            .filter_map(|f| match f.place {
                Place::Item(spot) => Some((spot.item, f.range)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_folded_index_agrees_with_folding_each_text() {
        let texts = [
            "Pray for JOSÉ in São Paulo",
            "PRAY for the team",
            "nothing here",
            "Ｋelvin and İstanbul: pray",
            "spray",
            "",
            "p",
            "Seoul (서울) and São Paulo, PAULO",
        ];
        let entries = [entry_with(&texts)];
        for needle in ["pray", "sao", "jose", "são", "istanbul", "kelvin", "y f", "zzz", "서울", "paulo", "e\0s"] {
            assert_eq!(found(&entries, needle), expected(&texts, needle), "{needle:?}");
        }
    }

    #[test]
    fn plain_punctuation_folds_to_itself() {
        for c in ('\u{2000}'..='\u{206f}').filter(|&c| crate::entry::is_plain_punctuation(c)) {
            assert_eq!(Folded::new(&c.to_string()).text, c.to_string(), "{:x}", c as u32);
        }
    }

    #[test]
    fn an_entry_made_without_folding_is_still_searched() {
        let mut entry = entry_with(&["Pray for Lima"]);
        entry.search = SearchText::default();
        assert_eq!(found(&[entry], "lima"), vec![(0, 9..13)]);
    }

    #[test]
    fn filters_and_one_hit_per_text() {
        let mut entry = entry_with(&["court, court and court", "a court date"]);
        entry.bulletin.sections[0].items[1].kind = ItemKind::Praise;
        entry.search = SearchText::new(&entry.bulletin);
        let entries = [entry];
        let query = |region: Option<&str>, kind| Query {
            text: "COURT".into(),
            region: region.map(str::to_owned),
            kind,
            ..Query::default()
        };
        assert_eq!(search(&entries, &query(None, None)).len(), 2);
        assert_eq!(search(&entries, &query(Some("South Asia"), None)).len(), 0);
        let praise = search(&entries, &query(Some("Latin America"), Some(ItemKind::Praise)));
        assert_eq!(praise.len(), 1);
        assert_eq!(praise[0].resolve(&entries).unwrap().range, 2..7);
        let late = Query { from: chrono::NaiveDate::from_ymd_opt(2026, 2, 1), ..query(None, None) };
        assert!(search(&entries, &late).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn the_index_agrees_with_folding_for_any_text(
            texts in proptest::collection::vec("[a-zA-Z éÉãÃ서울İK]{0,30}", 1..4),
            needle in "[a-zé서]{1,3}",
        ) {
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let entries = [entry_with(&texts)];
            proptest::prop_assert_eq!(found(&entries, &needle), expected(&texts, &needle));
        }
    }
}
