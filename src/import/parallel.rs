//! Work on each line that needs no other line's result, shared among the computer's cores when the
//! text is long (a year of bulletins pasted at once); a sheet of a few hundred lines is read on one.

use std::num::NonZeroUsize;

/// Below this many items the work stays on one core (starting threads would cost more than it saves).
pub(super) const PARALLEL_FROM: usize = 50_000;

/// How many parts to cut `len` items into.
pub(super) fn parts(len: usize) -> usize {
    if len < PARALLEL_FROM {
        return 1;
    }
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get).min(8)
}

/// `f` over every item, in order; each part of the items on its own thread, each thread with its own
/// scratch state from `init`.
pub(super) fn map_with<T: Sync, S, R: Send>(
    items: &[T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, usize, &T) -> R + Sync,
) -> Vec<R> {
    let n = parts(items.len());
    let run = |start: usize, chunk: &[T]| {
        let mut state = init();
        chunk.iter().enumerate().map(|(k, item)| f(&mut state, start + k, item)).collect::<Vec<R>>()
    };
    if n == 1 {
        return run(0, items);
    }
    let size = items.len().div_ceil(n);
    let results: Vec<Vec<R>> = std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(size)
            .enumerate()
            .map(|(k, chunk)| {
                let run = &run;
                scope.spawn(move || run(k * size, chunk))
            })
            .collect();
        // A panic in a part is the caller's panic, as it would be on one thread.
        handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    let mut all = Vec::with_capacity(items.len());
    for part in results {
        all.extend(part);
    }
    all
}

/// `f` over each of a few large items (a text's parts), each on a thread of its own, in order.
pub(super) fn each<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    std::thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> = items.iter().map(|item| scope.spawn(move || f(item))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

/// `f` over every item, in order (see [`map_with`]).
pub(super) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    map_with(items, || (), |(), i, item| f(i, item))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parts_come_back_in_order() {
        let items: Vec<usize> = (0..PARALLEL_FROM * 3 + 7).collect();
        let doubled = map(&items, |i, &x| {
            assert_eq!(i, x);
            x * 2
        });
        assert_eq!(doubled, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert_eq!(map(&[1, 2, 3], |_, &x| x + 1), [2, 3, 4]);
    }
}
