//! Searching on a thread of its own, so the frame in which the query changes only draws.
//!
//! The search panel asks for a query with a generation number ([`SearchState`] counts them); the
//! worker runs [`crate::search::search`] over the library's entries (shared, not copied) a run of
//! weeks at a time, newest first, and sends each run's matches back as soon as it has them, so the
//! first results show before the last weeks are searched. A newer query stops an older one between
//! runs. Matches carry their query's generation, and the panel keeps only those of the query it
//! shows now: a result that arrives late, for a query since changed, is dropped.
//!
//! The worker passes the whole [`Query`] on, so a filter added to it needs nothing here; for the
//! answered/open filter it works out the library's stories once, over every week, since a story
//! can begin in one run of weeks and be answered in another.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, TryRecvError};

use super::{App, SearchState};
use crate::library::Entry;
use crate::search::{Hit, Query};

/// Weeks searched between two looks for a newer query (and two batches of matches sent).
const WEEKS_PER_RUN: usize = 500;

/// A query to run, with its generation.
struct Request {
    generation: u64,
    entries: Arc<Vec<Entry>>,
    query: Query,
}

/// Matches found for one query in one run of weeks.
#[derive(Debug)]
pub struct Batch {
    /// The query's generation (see [`SearchState`]).
    pub generation: u64,
    /// Matches, with entry indices into the whole list of entries searched.
    pub hits: Vec<Hit>,
    /// Whether this is the query's last batch.
    pub done: bool,
}

/// Wakes the window when matches arrive.
pub type Wake = Box<dyn Fn() + Send>;

/// The search thread, and the way to and from it. The thread ends when this is dropped.
pub struct SearchWorker {
    requests: Sender<Request>,
    batches: Receiver<Batch>,
}

impl SearchWorker {
    /// Starts the thread; `wake` is called after each batch is sent. `None` when no thread can be
    /// started.
    pub fn start(wake: Wake) -> Option<Self> {
        let (requests, requests_in) = std::sync::mpsc::channel::<Request>();
        let (batches_out, batches) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("search".to_owned())
            .spawn(move || serve(&requests_in, &batches_out, &wake))
            .ok()?;
        Some(Self { requests, batches })
    }

    /// Asks for `query` over `entries`; batches of matches arrive in [`Self::try_receive`].
    pub fn ask(&self, generation: u64, entries: Arc<Vec<Entry>>, query: Query) -> bool {
        self.requests.send(Request { generation, entries, query }).is_ok()
    }

    /// A batch of matches that has arrived, if any.
    pub fn try_receive(&self) -> Option<Batch> {
        self.batches.try_recv().ok()
    }
}

/// The thread: one query after the other, always the newest asked for.
fn serve(requests: &Receiver<Request>, batches: &Sender<Batch>, wake: &Wake) {
    let mut newer = None;
    loop {
        let request = match newer.take() {
            Some(request) => request,
            None => match requests.recv() {
                Ok(request) => request,
                Err(_) => return,
            },
        };
        let Some(request) = newest(requests, request) else { return };
        match run(&request, requests, batches, wake) {
            Run::Done => {}
            Run::Overtaken(request) => newer = Some(request),
            Run::WindowGone => return,
        }
    }
}

/// How a query's run ended.
enum Run {
    /// Every week searched.
    Done,
    /// A newer query came (the next letter typed), which makes the rest of this one worthless.
    Overtaken(Request),
    /// Nobody listens any more.
    WindowGone,
}

/// Searches the weeks a run at a time, sending each run's matches.
fn run(request: &Request, requests: &Receiver<Request>, batches: &Sender<Batch>, wake: &Wake) -> Run {
    let Request { generation, entries, query } = request;
    let runs = entries.len().div_ceil(WEEKS_PER_RUN).max(1);
    // A story may run across two runs of weeks: its threads are worked out over all of them, once.
    let threads = query.status.map(|_| crate::threads::Threads::new(entries));
    for run in 0..runs {
        let start = run * WEEKS_PER_RUN;
        let end = (start + WEEKS_PER_RUN).min(entries.len());
        let hits = crate::search::search_in(entries, start..end, query, threads.as_ref());
        let done = run + 1 == runs;
        if batches.send(Batch { generation: *generation, hits, done }).is_err() {
            return Run::WindowGone;
        }
        wake();
        match requests.try_recv() {
            Ok(newer) => return Run::Overtaken(newer),
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => return Run::WindowGone,
        }
    }
    Run::Done
}

/// The newest of `request` and those queued behind it (`None` when the window has gone).
fn newest(requests: &Receiver<Request>, mut request: Request) -> Option<Request> {
    loop {
        match requests.try_recv() {
            Ok(newer) => request = newer,
            Err(TryRecvError::Empty) => return Some(request),
            Err(TryRecvError::Disconnected) => return None,
        }
    }
}

impl App {
    /// Queues the runs of matches that have come back from the search thread.
    pub(super) fn poll_search(&mut self) {
        let Some(worker) = &self.search_worker else { return };
        let mut batches = Vec::new();
        while let Some(batch) = worker.try_receive() {
            batches.push(batch);
        }
        for batch in batches {
            self.push(super::Command::Arrived(super::arrival::Arrival::Matches(super::arrival::Parcel::new(batch))));
        }
    }

    /// Takes the matches that have arrived, then sends a changed query to the search thread.
    /// Called after the panels are drawn, so the frame in which the query changes does not search
    /// (and shows none of its matches: they arrive in a later frame).
    pub(super) fn search_in_background(&mut self, ctx: &egui::Context) {
        let (Some(search), Some(library)) = (&mut self.search, &self.library) else { return };
        search.note_query();
        let Some((generation, query)) = search.take_request() else { return };
        if self.search_worker.is_none() {
            let ctx = ctx.clone();
            self.search_worker = SearchWorker::start(Box::new(move || ctx.request_repaint()));
        }
        let asked =
            self.search_worker.as_ref().is_some_and(|w| w.ask(generation, library.entries.clone(), query.clone()));
        if !asked {
            // No thread to be had, or it has gone: search here, as before.
            self.search_worker = None;
            let hits = crate::search::search(&library.entries, &query);
            search.receive(Batch { generation, hits, done: true });
        }
    }
}

impl SearchState {
    /// Takes a batch of matches: kept if it is for the query shown now, dropped (returning `false`)
    /// if it is for an older one.
    pub fn receive(&mut self, batch: Batch) -> bool {
        if batch.generation != self.generation() {
            return false;
        }
        self.add_hits(batch.hits);
        if batch.done {
            self.mark_complete();
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Entries of `weeks` generated weeks, as a library holds them.
    fn entries(weeks: usize) -> Arc<Vec<Entry>> {
        let bulletins = crate::fixtures::generate::bulletins(weeks, 7);
        Arc::new(bulletins.into_iter().map(|b| Entry::new(b.file_stem(), b, Vec::new())).collect())
    }

    fn query(text: &str) -> Query {
        Query { text: text.to_owned(), ..Query::default() }
    }

    /// The search panel with `text` typed, its query taken for the search thread.
    fn typed(search: &mut SearchState, text: &str) -> (u64, Query) {
        search.text = text.to_owned();
        search.note_query();
        search.take_request().expect("a changed query is asked for")
    }

    #[test]
    fn matches_of_an_older_query_are_dropped() {
        let entries = entries(20);
        let mut search = SearchState::default();
        let (older, _) = typed(&mut search, "pray");
        let (newer, _) = typed(&mut search, "kolkata");
        assert_ne!(older, newer);
        assert!(search.hits.is_empty() && !search.is_complete(), "nothing shown before the new matches come");

        // "pray" finishes after "kolkata" was typed: its matches must not be shown for "kolkata".
        let stale = crate::search::search(&entries, &query("pray"));
        assert!(!stale.is_empty());
        assert!(!search.receive(Batch { generation: older, hits: stale, done: true }));
        assert!(search.hits.is_empty() && !search.is_complete());

        let fresh = crate::search::search(&entries, &query("kolkata"));
        assert!(search.receive(Batch { generation: newer, hits: fresh.clone(), done: true }));
        assert_eq!(search.hits, fresh);
        assert!(search.is_complete());
        assert!(search.take_request().is_none(), "the same query is not asked twice");
    }

    #[test]
    fn matches_found_before_the_library_changed_are_dropped() {
        let entries = entries(5);
        let mut search = SearchState::default();
        let (generation, query) = typed(&mut search, "pray");
        search.invalidate();
        let hits = crate::search::search(&entries, &query);
        assert!(!search.receive(Batch { generation, hits, done: true }));
        search.note_query();
        assert!(search.take_request().is_some(), "the query is asked again of the changed library");
    }

    #[test]
    fn a_search_opened_again_drops_what_the_closed_one_asked() {
        let mut closed = SearchState::default();
        let (generation, _) = typed(&mut closed, "pray");
        let mut opened = SearchState::default();
        let (again, _) = typed(&mut opened, "pray");
        assert_ne!(generation, again);
        assert!(!opened.receive(Batch { generation, hits: Vec::new(), done: true }));
    }

    #[test]
    fn the_thread_streams_the_newest_query_in_runs_of_weeks() {
        let entries = entries(3 * WEEKS_PER_RUN + 7);
        let worker = SearchWorker::start(Box::new(|| {})).expect("a thread");
        let mut search = SearchState::default();
        let (older, old_query) = typed(&mut search, "pray");
        assert!(worker.ask(older, entries.clone(), old_query));
        let (newer, new_query) = typed(&mut search, "kolkata");
        assert!(worker.ask(newer, entries.clone(), new_query));

        let mut batches = 0;
        let started = std::time::Instant::now();
        while !search.is_complete() {
            assert!(started.elapsed() < std::time::Duration::from_secs(30), "the search never finished");
            match worker.try_receive() {
                Some(batch) => {
                    let generation = batch.generation;
                    let kept = search.receive(batch);
                    assert_eq!(kept, generation == newer);
                    batches += usize::from(kept);
                }
                None => std::thread::sleep(std::time::Duration::from_millis(1)),
            }
        }
        assert_eq!(batches, 4, "one batch per run of {WEEKS_PER_RUN} weeks");
        let whole = crate::search::search(&entries, &query("kolkata"));
        assert!(!whole.is_empty());
        assert_eq!(search.hits, whole, "the runs together find what one search over every week finds");
    }

    #[test]
    fn a_story_answered_in_a_newer_run_of_weeks_is_found_as_answered_in_an_older_one() {
        use crate::model::ItemKind;
        use crate::threads::Status;
        let mut bulletins = crate::fixtures::generate::bulletins(WEEKS_PER_RUN + 100, 7);
        // The request in a week of the second run, its answer in a week of the first.
        let (old, new) = (WEEKS_PER_RUN + 50, 10);
        let request = bulletins[old].sections[0].items.iter_mut().find(|i| i.kind == ItemKind::Request);
        let request = request.expect("a request in the old week");
        request.text.push_str(" Pray for Zebulon.");
        request.id = Some("p-zebulonreq".to_owned());
        let answer = &mut bulletins[new].sections[0].items[0];
        answer.kind = ItemKind::Praise;
        answer.follows = Some("p-zebulonreq".to_owned());
        let entries: Arc<Vec<Entry>> =
            Arc::new(bulletins.into_iter().map(|b| Entry::new(b.file_stem(), b, Vec::new())).collect());

        let worker = SearchWorker::start(Box::new(|| {})).expect("a thread");
        let find = |status| {
            let mut search = SearchState::default();
            search.status = status;
            let (generation, query) = typed(&mut search, "zebulon");
            assert!(worker.ask(generation, entries.clone(), query));
            let started = std::time::Instant::now();
            while !search.is_complete() {
                assert!(started.elapsed() < std::time::Duration::from_secs(30), "the search never finished");
                match worker.try_receive() {
                    Some(batch) => _ = search.receive(batch),
                    None => std::thread::sleep(std::time::Duration::from_millis(1)),
                }
            }
            search.hits.iter().map(|h| h.entry).collect::<Vec<_>>()
        };
        assert_eq!(find(None), [old]);
        assert_eq!(find(Some(Status::Answered)), [old], "answered, though its answer is in another run");
        assert!(find(Some(Status::Open)).is_empty());
    }
}
