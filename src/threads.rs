//! A request's story across weeks. A paragraph can name (`follows`) the earlier paragraph it
//! continues; a paragraph and everything that follows it is a *thread*, *answered* when its last
//! paragraph is a praise report. Also: the links the app suggests, and the ids paragraphs are given.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::entry::Entry;
use crate::model::{Bulletin, Item, ItemKind, medium_date};

/// Where a paragraph is among a library's entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct At {
    /// Index into the entries.
    pub entry: usize,
    /// Index into the bulletin's sections.
    pub section: usize,
    /// Index into the section's paragraphs.
    pub item: usize,
}

impl At {
    /// The paragraph's spot in its bulletin.
    pub fn spot(self) -> crate::model::Spot {
        crate::model::Spot::new(self.section, self.item)
    }

    /// The paragraph named so that a re-sort of the entries cannot make it stale (its bulletin's
    /// stem), if the entries still hold it.
    pub fn paragraph(self, entries: &[Entry]) -> Option<crate::model::ParagraphRef> {
        Some(crate::model::ParagraphRef::new(entries.get(self.entry)?.stem.clone(), self.spot()))
    }

    /// The bulletin and the paragraph, if the entries still hold them.
    pub fn get(self, entries: &[Entry]) -> Option<(&Bulletin, &Item)> {
        let bulletin = &entries.get(self.entry)?.bulletin;
        let item = bulletin.sections.get(self.section)?.items.get(self.item)?;
        Some((bulletin, item))
    }
}

/// Whether a thread has been answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Its last paragraph is not a praise report.
    Open,
    /// Its last paragraph is a praise report.
    Answered,
}

impl Status {
    /// The word scripts see.
    pub fn key(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Answered => "answered",
        }
    }

    /// The word a person sees.
    pub fn label(self) -> &'static str {
        match self {
            Self::Open => "Open",
            Self::Answered => "Answered",
        }
    }
}

/// A paragraph and every paragraph that follows it, in date order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Thread {
    /// The region of its first paragraph.
    pub region: String,
    /// Its paragraphs, oldest first.
    pub items: Vec<At>,
    /// Open or answered.
    pub status: Status,
    /// The date of its first paragraph's bulletin.
    pub first: Option<NaiveDate>,
    /// The date of its last paragraph's bulletin.
    pub last: Option<NaiveDate>,
}

/// A `follows` that names no paragraph in the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dangling {
    /// The paragraph with the link.
    pub at: At,
    /// The id it names.
    pub follows: String,
}

/// Every thread of a library, and where each paragraph with an id is.
#[derive(Clone, Debug, Default)]
pub struct Threads {
    ids: HashMap<String, At>,
    threads: Vec<Thread>,
    thread_of: HashMap<At, usize>,
    dangling: Vec<Dangling>,
    repeated_ids: Vec<(At, String)>,
}

/// The order paragraphs are told in: by date (undated first), then as the library and the bulletin
/// list them.
fn order_key(entries: &[Entry], at: At) -> (Option<NaiveDate>, At) {
    (entries.get(at.entry).and_then(|e| e.bulletin.date), at)
}

impl Threads {
    /// Reads the links of every paragraph in the entries. Never fails: a link to nothing is listed in
    /// [`Threads::dangling`], an id given twice in [`Threads::repeated_ids`], and a loop of links
    /// (only a hand-edited file can make one) is one thread.
    pub fn new(entries: &[Entry]) -> Self {
        let mut ids: HashMap<String, At> = HashMap::new();
        let mut repeated_ids = Vec::new();
        let mut links: Vec<(At, &str)> = Vec::new();
        for (entry, e) in entries.iter().enumerate() {
            for (section, s) in e.bulletin.sections.iter().enumerate() {
                for (item, i) in s.items.iter().enumerate() {
                    let at = At { entry, section, item };
                    if let Some(id) = &i.id {
                        if ids.contains_key(id) {
                            repeated_ids.push((at, id.clone()));
                        } else {
                            ids.insert(id.clone(), at);
                        }
                    }
                    if let Some(follows) = &i.follows {
                        links.push((at, follows));
                    }
                }
            }
        }
        // Union-find over the links: a thread is one connected group, whatever shape the links have.
        let mut parent: HashMap<At, At> = HashMap::new();
        fn root(parent: &mut HashMap<At, At>, at: At) -> At {
            let mut r = at;
            while let Some(&p) = parent.get(&r) {
                if p == r {
                    break;
                }
                r = p;
            }
            // Path compression keeps long chains cheap.
            let mut x = at;
            while let Some(&p) = parent.get(&x) {
                if p == r || p == x {
                    break;
                }
                parent.insert(x, r);
                x = p;
            }
            r
        }
        let mut dangling = Vec::new();
        for &(at, follows) in &links {
            match ids.get(follows) {
                Some(&target) if target != at => {
                    let (a, b) = (root(&mut parent, at), root(&mut parent, target));
                    if a != b {
                        parent.insert(a, b);
                    }
                }
                Some(_) => {}
                None => dangling.push(Dangling { at, follows: follows.to_owned() }),
            }
        }
        let members: Vec<At> = parent.keys().copied().collect();
        let mut groups: HashMap<At, Vec<At>> = HashMap::new();
        for at in members {
            let r = root(&mut parent, at);
            groups.entry(r).or_default().push(at);
        }
        let mut threads = Vec::new();
        let mut thread_of = HashMap::new();
        for (r, mut items) in groups {
            if !items.contains(&r) {
                items.push(r);
            }
            if items.len() < 2 {
                continue;
            }
            items.sort_by_key(|&at| order_key(entries, at));
            items.dedup();
            let first = items[0];
            let last = items[items.len() - 1];
            let Some(((first_b, _), (last_b, last_item))) = first.get(entries).zip(last.get(entries)) else {
                continue;
            };
            let region = first_b.sections[first.section].region.clone();
            let status = if last_item.kind == ItemKind::Praise { Status::Answered } else { Status::Open };
            threads.push(Thread { region, status, first: first_b.date, last: last_b.date, items });
        }
        // Latest activity first; on the same day in reading order, so the order is stable.
        threads.sort_by(|a, b| b.last.cmp(&a.last).then_with(|| a.items.last().cmp(&b.items.last())));
        thread_of.clear();
        for (index, t) in threads.iter().enumerate() {
            for &at in &t.items {
                thread_of.insert(at, index);
            }
        }
        Self { ids, threads, thread_of, dangling, repeated_ids }
    }

    /// Threads of more than one paragraph, latest activity first.
    pub fn all(&self) -> &[Thread] {
        &self.threads
    }

    /// The thread a paragraph belongs to, if it is linked to another.
    pub fn of(&self, at: At) -> Option<&Thread> {
        self.thread_of.get(&at).map(|&i| &self.threads[i])
    }

    /// Where the paragraph with this id is.
    pub fn find(&self, id: &str) -> Option<At> {
        self.ids.get(id).copied()
    }

    /// Whether a paragraph has this id.
    pub fn has_id(&self, id: &str) -> bool {
        self.ids.contains_key(id)
    }

    /// Links that name no paragraph.
    pub fn dangling(&self) -> &[Dangling] {
        &self.dangling
    }

    /// Paragraphs whose id another paragraph already had.
    pub fn repeated_ids(&self) -> &[(At, String)] {
        &self.repeated_ids
    }

    /// The status of the thread a paragraph belongs to; a request not linked to anything is open,
    /// other paragraphs not linked to anything have none.
    pub fn status_of(&self, at: At, item: &Item) -> Option<Status> {
        match self.of(at) {
            Some(t) => Some(t.status),
            None if item.kind == ItemKind::Request => Some(Status::Open),
            None => None,
        }
    }
}

/// What an internal handout or view says beside a linked paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ThreadNotes {
    notes: HashMap<String, String>,
}

impl ThreadNotes {
    /// The notes of every linked paragraph with an id: "Update on June 5, 2021" for one that follows
    /// another, "Answered June 19, 2021 (prayed for since May 15, 2021)" for the praise that closes a
    /// thread, "Answered June 19, 2021" for the earlier paragraphs of an answered thread.
    pub fn new(entries: &[Entry], threads: &Threads) -> Self {
        let date_of = |at: At| entries.get(at.entry).and_then(|e| e.bulletin.date);
        let written = |d: Option<NaiveDate>| d.map_or_else(|| "an undated week".to_owned(), medium_date);
        let mut notes = HashMap::new();
        for thread in threads.all() {
            let answered_on = (thread.status == Status::Answered).then_some(thread.last);
            let last = thread.items.len() - 1;
            for (n, &at) in thread.items.iter().enumerate() {
                let Some((_, item)) = at.get(entries) else { continue };
                let Some(id) = &item.id else { continue };
                let followed = item.follows.as_deref().and_then(|f| threads.find(f));
                let note = match (answered_on, n == last, followed) {
                    (Some(on), true, _) => {
                        format!("Answered {} (prayed for since {})", written(on), written(thread.first))
                    }
                    (Some(on), false, _) => format!("Answered {}", written(on)),
                    (None, _, Some(earlier)) => format!("Update on {}", written(date_of(earlier))),
                    (None, _, None) => continue,
                };
                notes.insert(id.clone(), note);
            }
        }
        Self { notes }
    }

    /// The note for a paragraph, if it has one.
    pub fn note(&self, item: &Item) -> Option<&str> {
        item.id.as_deref().and_then(|id| self.notes.get(id)).map(String::as_str)
    }

    /// Whether there are no notes at all.
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }
}

/// A new paragraph id that `taken` does not know: `p-` and ten letters and digits, from the clock
/// and the standard library's random hasher keys.
pub fn new_id(taken: impl Fn(&str) -> bool) -> String {
    use std::hash::{BuildHasher as _, Hasher as _};
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    loop {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        hasher.write_u128(nanos);
        let mut bits = hasher.finish();
        let mut id = String::from("p-");
        for _ in 0..10 {
            id.push(char::from(ALPHABET[(bits & 31) as usize]));
            bits >>= 5;
        }
        if !taken(&id) {
            return id;
        }
    }
}

/// An earlier paragraph a new one might follow.
#[derive(Clone, Debug)]
pub struct Candidate<'a, K> {
    /// What the caller knows it by.
    pub key: K,
    /// Its bulletin's date.
    pub date: Option<NaiveDate>,
    /// The paragraph.
    pub item: &'a Item,
    /// The thread it belongs to, if it is linked already (any number that tells threads apart).
    pub story: Option<usize>,
}

/// A candidate with how likely it is the one followed.
#[derive(Clone, Debug)]
pub struct Suggestion<K> {
    /// What the caller knows it by.
    pub key: K,
    /// Its bulletin's date.
    pub date: Option<NaiveDate>,
    /// How alike the two are (0 to 1), weighed by how recent and what kind the earlier one is.
    pub score: f32,
}

impl<K> Suggestion<K> {
    /// Whether it is likely enough to be offered first and suggested by the import preview.
    pub fn likely(&self) -> bool {
        self.score >= LIKELY
    }
}

/// The score from which a candidate is listed among the likeliest.
pub const LIKELY: f32 = 0.12;

/// Words too common in prayer bulletins to tell two stories apart.
const COMMON: &[&str] = &[
    "pray",
    "praise",
    "please",
    "thank",
    "thanks",
    "god",
    "lord",
    "jesus",
    "christ",
    "that",
    "this",
    "these",
    "those",
    "there",
    "their",
    "them",
    "they",
    "with",
    "from",
    "have",
    "been",
    "were",
    "will",
    "would",
    "also",
    "into",
    "after",
    "before",
    "while",
    "when",
    "where",
    "which",
    "what",
    "who",
    "whom",
    "whose",
    "for",
    "and",
    "the",
    "our",
    "your",
    "his",
    "her",
    "him",
    "she",
    "are",
    "was",
    "has",
    "had",
    "can",
    "could",
    "may",
    "might",
    "more",
    "many",
    "much",
    "some",
    "every",
    "each",
    "other",
    "about",
    "again",
    "over",
    "under",
    "than",
    "then",
    "still",
    "continue",
    "continued",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "next",
    "last",
    "today",
    "team",
    "staff",
    "work",
    "help",
    "pray",
    "safety",
    "safe",
    "wisdom",
    "good",
    "well",
    "new",
    "them",
    "join",
    "ask",
    "asked",
    "keep",
    "take",
    "give",
    "given",
    "make",
    "made",
];

/// The words that tell a paragraph's story: names and places count three times, other words of four
/// letters or more once. Lower case, accents kept.
fn features(text: &str) -> HashMap<String, f32> {
    let mut out: HashMap<String, f32> = HashMap::new();
    let mut sentence_start = true;
    for raw in text.split(|c: char| c.is_whitespace() || c == '/' || c == '-') {
        let ends_sentence = raw.ends_with(['.', '!', '?', ':']);
        let word: String = raw.chars().filter(|c| c.is_alphanumeric() || *c == '\'').collect();
        let word = word.trim_end_matches("'s").trim_matches('\'').to_owned();
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let lower = word.to_lowercase();
        if lower.chars().count() >= 4 && !COMMON.contains(&lower.as_str()) || lower.chars().any(char::is_numeric) {
            let weight = if capital && !sentence_start { 3.0 } else { 1.0 };
            let slot = out.entry(lower).or_insert(0.0);
            *slot = slot.max(weight);
        }
        if !raw.is_empty() {
            sentence_start = ends_sentence;
        }
    }
    out
}

/// The candidates, likeliest first (those with [`Suggestion::likely`]), then the others newest
/// first. `date` is the date of the bulletin the new paragraph is in.
///
/// A candidate scores by the names, places and rarer words the two paragraphs share (each word
/// weighed by how rare it is among the candidates), by how recent it is (full weight within eight
/// weeks, less after), and by its kind (a request is what is usually followed up).
pub fn suggest<K: Clone>(text: &str, date: Option<NaiveDate>, candidates: &[Candidate<'_, K>]) -> Vec<Suggestion<K>> {
    suggest_each(&[text], date, candidates).pop().unwrap_or_default()
}

/// [`suggest`] for several paragraphs of one bulletin against the same candidates (the import
/// preview's paragraphs of one region): the candidates' words are worked out once, not once per
/// paragraph.
pub fn suggest_each<K: Clone>(
    texts: &[&str],
    date: Option<NaiveDate>,
    candidates: &[Candidate<'_, K>],
) -> Vec<Vec<Suggestion<K>>> {
    let theirs: Vec<HashMap<String, f32>> = candidates.iter().map(|c| features(&c.item.text)).collect();
    let mut document_frequency: HashMap<&str, f32> = HashMap::new();
    for f in &theirs {
        for word in f.keys() {
            *document_frequency.entry(word.as_str()).or_insert(0.0) += 1.0;
        }
    }
    let n = candidates.len() as f32 + 1.0;
    let idf = |word: &str| (n / (1.0 + document_frequency.get(word).copied().unwrap_or(0.0))).ln() + 1.0;
    let norm = |f: &HashMap<String, f32>| f.iter().map(|(w, x)| (x * idf(w)).powi(2)).sum::<f32>().sqrt();
    let their_norms: Vec<f32> = theirs.iter().map(norm).collect();
    texts.iter().map(|text| rank(text, date, candidates, &theirs, &their_norms, &idf)).collect()
}

/// One paragraph's suggestions, given the candidates' words, their norms and the rarity weights.
fn rank<K: Clone>(
    text: &str,
    date: Option<NaiveDate>,
    candidates: &[Candidate<'_, K>],
    theirs: &[HashMap<String, f32>],
    their_norms: &[f32],
    idf: &dyn Fn(&str) -> f32,
) -> Vec<Suggestion<K>> {
    let mine = features(text);
    let my_norm = mine.iter().map(|(w, x)| (x * idf(w)).powi(2)).sum::<f32>().sqrt();
    let mut out: Vec<Suggestion<K>> = candidates
        .iter()
        .zip(theirs.iter().zip(their_norms))
        .map(|(c, (f, their_norm))| {
            let dot: f32 = mine.iter().filter_map(|(w, x)| f.get(w).map(|y| x * y * idf(w).powi(2))).sum();
            let denominator = my_norm * their_norm;
            let similarity = if denominator > 0.0 { dot / denominator } else { 0.0 };
            let weeks = match (date, c.date) {
                (Some(a), Some(b)) => ((a - b).num_days().max(0) as f32) / 7.0,
                _ => 8.0,
            };
            let recency = if weeks <= 8.0 { 1.0 } else { (8.0 / weeks).sqrt() };
            let kind = match c.item.kind {
                ItemKind::Request => 1.0,
                ItemKind::Praise => 0.8,
                ItemKind::Info => 0.5,
            };
            // The same paragraph carried over (standing text) is not a story moving on.
            let carried = if similarity > 0.9 { 0.3 } else { 1.0 };
            Suggestion { key: c.key.clone(), date: c.date, score: similarity * recency * kind * carried }
        })
        .collect();
    // A story already told over several weeks is continued from its latest paragraph: that one
    // takes the best score of the story, the earlier ones half of their own.
    let mut best: HashMap<usize, (f32, Option<NaiveDate>, usize)> = HashMap::new();
    for (i, (c, s)) in candidates.iter().zip(&out).enumerate() {
        if let Some(story) = c.story {
            let slot = best.entry(story).or_insert((s.score, c.date, i));
            slot.0 = slot.0.max(s.score);
            if c.date > slot.1 {
                (slot.1, slot.2) = (c.date, i);
            }
        }
    }
    for (i, c) in candidates.iter().enumerate() {
        if let Some(&(score, _, latest)) = c.story.and_then(|story| best.get(&story)) {
            out[i].score = if i == latest { score } else { out[i].score * 0.5 };
        }
    }
    out.sort_by(|a, b| {
        b.likely()
            .cmp(&a.likely())
            .then_with(|| if a.likely() { b.score.total_cmp(&a.score) } else { std::cmp::Ordering::Equal })
            .then_with(|| b.date.cmp(&a.date))
    });
    out
}

/// The paragraphs of `region` in the entries dated before `date` (all of them when `date` is
/// `None`), as candidates for [`suggest`], leaving out `except`; `threads` tells which are linked.
pub fn earlier_in_region<'a>(
    entries: &'a [Entry],
    threads: &Threads,
    region: &str,
    date: Option<NaiveDate>,
    except: Option<usize>,
) -> Vec<Candidate<'a, At>> {
    let mut out = Vec::new();
    for (entry, e) in entries.iter().enumerate() {
        if Some(entry) == except {
            continue;
        }
        let b = &e.bulletin;
        if let (Some(mine), Some(theirs)) = (date, b.date)
            && theirs >= mine
        {
            continue;
        }
        for (section, s) in b.sections.iter().enumerate() {
            if s.region != region {
                continue;
            }
            for (item, i) in s.items.iter().enumerate() {
                if !i.text.trim().is_empty() {
                    let at = At { entry, section, item };
                    let story = threads.thread_of.get(&at).copied();
                    out.push(Candidate { key: at, date: b.date, item: i, story });
                }
            }
        }
    }
    out
}

/// Ids in the entries, for [`new_id`].
pub fn ids_in(entries: &[Entry]) -> HashSet<String> {
    entries
        .iter()
        .flat_map(|e| e.bulletin.sections.iter())
        .flat_map(|s| s.items.iter())
        .filter_map(|i| i.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Section;

    fn entry(date: &str, region: &str, items: Vec<Item>) -> Entry {
        let bulletin = Bulletin {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            sections: vec![Section { region: region.into(), items }],
            ..Bulletin::default()
        };
        Entry::new(date.into(), bulletin, Vec::new())
    }

    fn linked(kind: ItemKind, text: &str, id: &str, follows: Option<&str>) -> Item {
        Item { id: Some(id.into()), follows: follows.map(Into::into), ..Item::new(kind, text) }
    }

    #[test]
    fn a_request_its_update_and_its_answer_are_one_answered_thread() {
        let entries = vec![
            entry("2021-06-05", "Africa", vec![linked(ItemKind::Request, "Pray for the verdict", "a", None)]),
            entry("2021-06-12", "Africa", vec![linked(ItemKind::Request, "The trial was postponed", "b", Some("a"))]),
            entry("2021-06-19", "Africa", vec![linked(ItemKind::Praise, "Praise God for the verdict", "c", Some("b"))]),
            entry("2021-06-19", "Asia", vec![Item::new(ItemKind::Request, "Pray for the rains")]),
        ];
        let threads = Threads::new(&entries);
        assert_eq!(threads.all().len(), 1);
        let t = &threads.all()[0];
        assert_eq!(t.status, Status::Answered);
        assert_eq!(t.items.iter().map(|a| a.entry).collect::<Vec<_>>(), [0, 1, 2]);
        assert_eq!(t.first, NaiveDate::from_ymd_opt(2021, 6, 5));
        assert_eq!(t.last, NaiveDate::from_ymd_opt(2021, 6, 19));
        let lone = At { entry: 3, section: 0, item: 0 };
        assert!(threads.of(lone).is_none());
        assert_eq!(threads.status_of(lone, &entries[3].bulletin.sections[0].items[0]), Some(Status::Open));

        let notes = ThreadNotes::new(&entries, &threads);
        let item = |e: usize| &entries[e].bulletin.sections[0].items[0];
        assert_eq!(notes.note(item(0)), Some("Answered June 19, 2021"));
        assert_eq!(notes.note(item(2)), Some("Answered June 19, 2021 (prayed for since June 5, 2021)"));
        assert_eq!(notes.note(item(3)), None);
    }

    #[test]
    fn an_update_without_an_answer_is_open_and_notes_what_it_follows() {
        let entries = vec![
            entry("2021-06-12", "Africa", vec![linked(ItemKind::Request, "Trial postponed", "b", Some("a"))]),
            entry("2021-06-05", "Africa", vec![linked(ItemKind::Request, "Pray for the verdict", "a", None)]),
        ];
        let threads = Threads::new(&entries);
        let t = &threads.all()[0];
        assert_eq!(t.status, Status::Open);
        assert_eq!(t.items[0].entry, 1, "date order, not file order");
        let notes = ThreadNotes::new(&entries, &threads);
        assert_eq!(notes.note(&entries[0].bulletin.sections[0].items[0]), Some("Update on June 5, 2021"));
        assert_eq!(notes.note(&entries[1].bulletin.sections[0].items[0]), None);
    }

    #[test]
    fn a_link_to_nothing_a_repeated_id_and_a_loop_do_not_break_anything() {
        let entries = vec![
            entry("2021-06-05", "Africa", vec![linked(ItemKind::Request, "x", "a", Some("b"))]),
            entry("2021-06-12", "Africa", vec![linked(ItemKind::Praise, "y", "b", Some("a"))]),
            entry("2021-06-19", "Africa", vec![linked(ItemKind::Request, "z", "a", Some("gone"))]),
        ];
        let threads = Threads::new(&entries);
        assert_eq!(threads.dangling(), [Dangling { at: At { entry: 2, section: 0, item: 0 }, follows: "gone".into() }]);
        assert_eq!(threads.repeated_ids().len(), 1);
        assert_eq!(threads.all().len(), 1);
        assert_eq!(threads.all()[0].status, Status::Answered);
    }

    #[test]
    fn new_ids_are_new() {
        let taken: HashSet<String> = (0..50).map(|_| new_id(|_| false)).collect();
        assert_eq!(taken.len(), 50);
        let id = new_id(|id| taken.contains(id));
        assert!(!taken.contains(&id) && id.starts_with("p-") && id.len() == 12, "{id}");
    }

    #[test]
    fn the_earlier_paragraph_sharing_names_and_places_comes_first() {
        let court = Item::new(ItemKind::Request, "Pray for the court in Tegucigalpa hearing the Morales case.");
        let school = Item::new(ItemKind::Praise, "Praise God for forty children who started school in Quito.");
        let office = Item::new(ItemKind::Info, "Our office is in Toronto.");
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let candidates = vec![
            Candidate { key: 0, date: d("2021-05-01"), item: &court, story: None },
            Candidate { key: 1, date: d("2021-06-01"), item: &school, story: None },
            Candidate { key: 2, date: d("2021-06-08"), item: &office, story: None },
        ];
        let ranked = suggest("The Morales case in Tegucigalpa was postponed.", d("2021-06-15"), &candidates);
        assert_eq!(ranked[0].key, 0);
        assert!(ranked[0].likely());
        // The rest, newest first.
        assert_eq!(ranked.iter().skip(1).map(|s| s.key).collect::<Vec<_>>(), [2, 1]);
        assert!(!ranked[1].likely());
    }
}
