//! Sharing a large library through git: a coordinator's `sync` when one week of 5,200 changed
//! elsewhere, against git's own time for the same work (fetch, fast-forward, push) measured in the
//! same run. Prints medians; the target is under a second beyond git's own time.
//!
//! `cargo bench --bench sharing` (`SHARING_BENCH_WEEKS=N` for another size).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git").args(args).current_dir(dir).output().unwrap();
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// One week of `dir` changed and shared from there.
fn change_one_week(dir: &Path, n: usize) {
    let mut library = prayer_bulletin::library::Library::load(dir).unwrap();
    let stem = library.entries[n % library.entries.len()].stem.clone();
    let mut b = library.entry(&stem).unwrap().bulletin.clone();
    b.title = format!("Changed elsewhere, round {n}");
    library.save_bulletin(Some(&stem), &b).unwrap();
    prayer_bulletin::sharing::sync(dir).unwrap();
}

fn main() {
    if !Command::new("git").arg("--version").output().is_ok_and(|o| o.status.success()) {
        println!("sharing bench skipped: git is not installed");
        return;
    }
    let weeks: usize = std::env::var("SHARING_BENCH_WEEKS").ok().and_then(|w| w.parse().ok()).unwrap_or(5200);
    let root = tempfile::tempdir().unwrap();
    let remote = root.path().join("shared.git");
    std::fs::create_dir(&remote).unwrap();
    git(&remote, &["init", "--quiet", "--bare", "-b", "main"]);
    let (elsewhere, here, plain) = (root.path().join("elsewhere"), root.path().join("here"), root.path().join("plain"));
    prayer_bulletin::fixtures::generate::write_library(&elsewhere, weeks, 7).unwrap();
    git(&elsewhere, &["init", "--quiet", "-b", "main"]);
    git(&elsewhere, &["config", "user.name", "Bench"]);
    git(&elsewhere, &["config", "user.email", "bench@example.org"]);
    git(&elsewhere, &["remote", "add", "origin", remote.to_str().unwrap()]);
    prayer_bulletin::sharing::sync(&elsewhere).unwrap();
    for dir in [&here, &plain] {
        git(root.path(), &["clone", "--quiet", remote.to_str().unwrap(), dir.to_str().unwrap()]);
        git(dir, &["config", "user.name", "Bench"]);
        git(dir, &["config", "user.email", "bench@example.org"]);
    }
    let (mut ours, mut gits) = (Vec::new(), Vec::new());
    for round in 0..7 {
        change_one_week(&elsewhere, round);
        // git's own work: fetch, fast-forward, push (nothing to push).
        let started = Instant::now();
        git(&plain, &["fetch", "--quiet", "origin"]);
        git(&plain, &["merge", "--quiet", "--ff-only", "origin/main"]);
        git(&plain, &["push", "--quiet", "origin", "HEAD:refs/heads/main"]);
        gits.push(started.elapsed().as_secs_f64() * 1000.0);
        let started = Instant::now();
        let synced = prayer_bulletin::sharing::sync(&here).unwrap();
        ours.push(started.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(synced.arrived.len(), 1, "one week arrived");
    }
    let (ours, gits) = (median(ours), median(gits));
    println!("sync of a {weeks}-week library with one week changed elsewhere (medians of 7)");
    println!("  prayer-bulletin sync      {ours:8.0} ms");
    println!("  git fetch + merge + push  {gits:8.0} ms");
    println!(
        "  beyond git's own time     {:8.0} ms   (target < 1000 ms: {})",
        ours - gits,
        if ours - gits < 1000.0 { "met" } else { "MISSED" }
    );
}
