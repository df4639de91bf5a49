//! The search panel's state: the query, its filters, and the matches that came back for it.

use crate::model::ItemKind;
use crate::search::{Hit, Place, Query};

/// A search match shown in the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    /// The bulletin.
    pub stem: String,
    /// Where in it.
    pub place: Place,
    /// Byte range in that text.
    pub range: std::ops::Range<usize>,
    /// Scroll the reader to it on the next frame.
    pub scroll_pending: bool,
}

/// Everything a search result list depends on: words, region, kind, from, to.
type SearchKey = (String, Option<String>, Option<ItemKind>, String, String, Option<crate::threads::Status>);

/// The search panel.
///
/// The search itself runs on another thread (see `app/searching.rs`): when the query changes, its
/// results so far are forgotten at once (so no match of an older query is ever shown for the new
/// one), the query gets a new generation number, and the matches that come back are kept only if
/// they carry the generation of the query shown.
#[derive(Clone, Debug, Default)]
pub struct SearchState {
    /// The words typed.
    pub text: String,
    /// Only this region.
    pub region: Option<String>,
    /// Only this kind.
    pub kind: Option<ItemKind>,
    /// From this date (typed).
    pub from: String,
    /// To this date (typed).
    pub to: String,
    /// Only open requests, or only answered threads.
    pub status: Option<crate::threads::Status>,
    /// Put the cursor in the search field on the next frame.
    pub focus_pending: bool,
    /// The match the keyboard is to move to in the next frame (Down from the field, Up and Down
    /// between matches).
    pub focus_hit: Option<usize>,
    /// The query the results are for; results are recomputed only when it changes.
    results_for: Option<SearchKey>,
    /// The matches of the query shown, so far.
    pub hits: Vec<Hit>,
    /// The number of the query shown, unique in the process (a search closed and opened again does
    /// not count from the start): its matches carry this number.
    generation: u64,
    /// A query to send to the search thread.
    request: Option<Query>,
    /// Whether every week has been searched for the query shown.
    complete: bool,
    /// The matches by what they say: a standing paragraph carried week after week is one group
    /// (indices into `hits`, newest first).
    groups: Vec<Vec<usize>>,
    /// The group of each text (by [`Hit::same`]).
    group_of: std::collections::HashMap<u64, usize>,
    /// The groups opened to show every week (by [`Hit::same`]).
    opened: std::collections::HashSet<u64>,
    /// The rows shown: one per group, and the other weeks of an opened group under it.
    rows: Vec<ResultRow>,
}

/// A row of the search results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResultRow {
    /// The match shown (index into [`SearchState::hits`]).
    pub hit: usize,
    /// Its group.
    pub group: usize,
    /// For a group's first row: how many more weeks say the same; 0 for the others.
    pub more: usize,
    /// One of the other weeks of an opened group (drawn indented).
    pub member: bool,
}

impl SearchState {
    /// Forgets the results (the library changed); the query is asked again, and matches still on
    /// their way, found in the entries as they were, are dropped when they arrive.
    pub fn invalidate(&mut self) {
        self.results_for = None;
        self.generation = next_generation();
        self.request = None;
        self.forget_hits();
    }

    /// Forgets the matches shown and their groups (not which texts were opened).
    fn forget_hits(&mut self) {
        self.hits.clear();
        self.groups.clear();
        self.group_of.clear();
        self.rows.clear();
        self.complete = false;
    }

    /// Takes matches that came back: each joins the group of the same text, or starts one.
    pub(super) fn add_hits(&mut self, hits: Vec<Hit>) {
        for hit in hits {
            let index = self.hits.len();
            let next = self.groups.len();
            let group = *self.group_of.entry(hit.same).or_insert(next);
            if group == next {
                self.groups.push(Vec::new());
            }
            self.groups[group].push(index);
            self.hits.push(hit);
        }
        self.lay_out_rows();
    }

    fn lay_out_rows(&mut self) {
        self.rows.clear();
        for (group, members) in self.groups.iter().enumerate() {
            let Some((&first, rest)) = members.split_first() else { continue };
            self.rows.push(ResultRow { hit: first, group, more: rest.len(), member: false });
            if !rest.is_empty() && self.opened.contains(&self.hits[first].same) {
                self.rows.extend(rest.iter().map(|&hit| ResultRow { hit, group, more: 0, member: true }));
            }
        }
    }

    /// The rows to show.
    pub fn rows(&self) -> &[ResultRow] {
        &self.rows
    }

    /// Whether a group shows all its weeks.
    pub fn is_opened(&self, group: usize) -> bool {
        self.groups.get(group).and_then(|g| g.first()).is_some_and(|&h| self.opened.contains(&self.hits[h].same))
    }

    /// Shows every week of a group, or only its newest again.
    pub fn toggle_group(&mut self, group: usize) {
        let Some(&first) = self.groups.get(group).and_then(|g| g.first()) else { return };
        let same = self.hits[first].same;
        if !self.opened.remove(&same) {
            self.opened.insert(same);
        }
        self.lay_out_rows();
    }

    /// Notes the query as typed: when it changed since the last call, forgets the matches of the
    /// old one and asks for the new one ([`SearchState::take_request`]).
    pub fn note_query(&mut self) {
        let key = (self.text.clone(), self.region.clone(), self.kind, self.from.clone(), self.to.clone(), self.status);
        if self.results_for.as_ref() == Some(&key) {
            return;
        }
        let query = Query {
            text: self.text.clone(),
            region: self.region.clone(),
            kind: self.kind,
            from: crate::import::parse_date_line(&self.from),
            to: crate::import::parse_date_line(&self.to),
            status: self.status,
        };
        self.generation = next_generation();
        self.forget_hits();
        self.opened.clear();
        self.request = Some(query);
        self.results_for = Some(key);
    }

    /// The query to search for, with its generation, once per change.
    pub fn take_request(&mut self) -> Option<(u64, Query)> {
        self.request.take().map(|query| (self.generation, query))
    }

    /// The generation of the query shown.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether every week has been searched for the query shown (the match count is final).
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    pub(super) fn mark_complete(&mut self) {
        self.complete = true;
    }
}

/// A query number never given before (0, the number of a search panel just opened, is never given).
fn next_generation() -> u64 {
    static LAST: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    LAST.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
}
