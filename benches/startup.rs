//! Start-up as a person feels it: `cargo bench --bench startup`.
//!
//! Times whole processes, from starting the program to its exit right after its first drawn frame
//! (`PRAYER_BULLETIN_EXIT_AFTER_FIRST_FRAME=1`), under a virtual X display (Xvfb, 1366×768×24):
//! the empty window of `examples/empty_window.rs` (the app's window options and renderer, nothing
//! else), and the app on the demo library, on 520 and on 5,200 generated weeks. The runs are
//! interleaved, round after round, in a turning order, so whatever else the machine does weighs on
//! every kind alike. Prints medians and the ratio of each to the empty window, and the peak memory
//! (max RSS) of the window with all 5,200 weeks read against the empty window's. Writes the table
//! to `target/startup-bench.md`.
//!
//! Where Xvfb is not installed, it says so and measures nothing. Every child process gets its own
//! data and cache folders (`XDG_DATA_HOME`, `XDG_CACHE_HOME`) in a temporary folder, so the runs
//! neither read nor change the settings of the person running them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

#[path = "../examples/empty_window.rs"]
mod empty_window;

use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use prayer_bulletin::app::startup::EXIT_AFTER_FIRST_FRAME;
use prayer_bulletin::fixtures::generate;

/// Runs the empty window in this process (the benchmark starts itself with it).
const EMPTY_WINDOW_FLAG: &str = "--empty-window";
/// The screen: a common laptop.
const SCREEN: &str = "1366x768x24";
/// Rounds by default (each round starts every kind once); `STARTUP_BENCH_RUNS` changes it.
const RUNS: usize = 9;
/// The start-up target: at most this times the empty window's.
const TARGET_RATIO: f64 = 1.3;
/// The memory target: at most this many MiB above the empty window's peak.
const TARGET_EXTRA_MIB: f64 = 80.0;
const SEED: u64 = 2026;

/// One kind of process started.
struct Kind {
    name: String,
    program: PathBuf,
    args: Vec<String>,
    /// When it closes itself (see `EXIT_AFTER_FIRST_FRAME`).
    exit_when: &'static str,
    /// Whether the start-up target applies to it.
    has_target: bool,
}

/// A virtual X display, stopped when dropped.
struct Display {
    name: String,
    xvfb: Child,
}

impl Display {
    /// Starts Xvfb on a free display number, or says why not.
    fn start() -> Result<Self, String> {
        let number = (90..140)
            .find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists() && !x_socket(*n).exists())
            .ok_or("no free X display number")?;
        let name = format!(":{number}");
        let xvfb = Process::new("Xvfb")
            .args([&name, "-screen", "0", SCREEN, "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("Xvfb could not be started ({e}); install it with `apt-get install xvfb`"))?;
        let mut display = Self { name, xvfb };
        let started = Instant::now();
        while !x_socket(number).exists() {
            if started.elapsed() > Duration::from_secs(10) || display.xvfb.try_wait().ok().flatten().is_some() {
                return Err("Xvfb did not come up".to_owned());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(display)
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _already_gone = self.xvfb.kill();
        let _reaped = self.xvfb.wait();
    }
}

fn x_socket(number: u32) -> PathBuf {
    PathBuf::from(format!("/tmp/.X11-unix/X{number}"))
}

/// The environment every child gets: the display, the exit switch, and its own folders.
fn child_env(process: &mut Process, display: &Display, home: &Path, exit_when: &str) {
    process
        .env("DISPLAY", &display.name)
        .env_remove("WAYLAND_DISPLAY")
        .env(EXIT_AFTER_FIRST_FRAME, exit_when)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
}

/// Waits for a child for at most a minute; its stderr when it failed.
fn finish(mut child: Child, what: &str) -> Result<(), String> {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            if status.success() {
                return Ok(());
            }
            let mut stderr = String::new();
            if let Some(mut pipe) = child.stderr.take() {
                let _partial_is_enough = std::io::Read::read_to_string(&mut pipe, &mut stderr);
            }
            return Err(format!("{what} failed ({status}):\n{stderr}"));
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _already_gone = child.kill();
            let _reaped = child.wait();
            return Err(format!("{what} did not close itself within a minute"));
        }
        std::thread::sleep(Duration::from_micros(500));
    }
}

/// Starts `kind` and waits for it to close itself; returns the wall time in milliseconds.
fn time_run(kind: &Kind, display: &Display, home: &Path) -> Result<f64, String> {
    let mut process = Process::new(&kind.program);
    process.args(&kind.args);
    child_env(&mut process, display, home, kind.exit_when);
    let start = Instant::now();
    let child = process.spawn().map_err(|e| format!("{}: {e}", kind.name))?;
    finish(child, &kind.name)?;
    Ok(start.elapsed().as_secs_f64() * 1e3)
}

/// Peak memory (max RSS, MiB) of `kind` closing itself as `exit_when` says, from `/usr/bin/time`.
fn peak_rss_mib(kind: &Kind, display: &Display, home: &Path, exit_when: &str) -> Result<f64, String> {
    let report = home.join("time.txt");
    let mut process = Process::new("/usr/bin/time");
    process.arg("-f").arg("%M").arg("-o").arg(&report).arg(&kind.program).args(&kind.args);
    child_env(&mut process, display, home, exit_when);
    let child = process.spawn().map_err(|e| format!("/usr/bin/time: {e}"))?;
    finish(child, &kind.name)?;
    let text = std::fs::read_to_string(&report).map_err(|e| e.to_string())?;
    let kib: f64 = text.lines().last().and_then(|l| l.trim().parse().ok()).ok_or("no max RSS from /usr/bin/time")?;
    Ok(kib / 1024.0)
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    let n = samples.len();
    if n % 2 == 1 { samples[n / 2] } else { (samples[n / 2 - 1] + samples[n / 2]) / 2.0 }
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"), PathBuf::from)
}

fn main() {
    if std::env::args().any(|a| a == EMPTY_WINDOW_FLAG) {
        if let Err(e) = empty_window::main() {
            eprintln!("empty window: {e}");
            std::process::exit(1);
        }
        return;
    }
    if let Err(e) = bench() {
        eprintln!("startup benchmark: {e}");
        std::process::exit(1);
    }
}

fn bench() -> Result<(), String> {
    let has_xvfb = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("Xvfb").is_file()));
    if !has_xvfb {
        println!("startup benchmark skipped: it needs Xvfb (apt-get install xvfb xauth libegl1 libgl1-mesa-dri)");
        return Ok(());
    }
    let runs = std::env::var("STARTUP_BENCH_RUNS").ok().and_then(|n| n.parse().ok()).unwrap_or(RUNS).max(1);
    let home = tempfile::tempdir().map_err(|e| e.to_string())?;
    let demo = home.path().join("demo-library");
    prayer_bulletin::app::demo::install(&demo)?;
    let mut libraries = Vec::new();
    for weeks in [520, 5_200] {
        let dir = home.path().join(format!("weeks-{weeks}"));
        let started = Instant::now();
        generate::write_library(&dir, weeks, SEED).map_err(|e| e.to_string())?;
        println!("generated {weeks} weeks in {:.1} s", started.elapsed().as_secs_f64());
        libraries.push((weeks, dir));
    }

    let app = PathBuf::from(env!("CARGO_BIN_EXE_prayer-bulletin"));
    let open = |name: String, dir: &Path| Kind {
        name,
        program: app.clone(),
        args: vec!["open".to_owned(), dir.to_string_lossy().into_owned()],
        exit_when: "1",
        has_target: true,
    };
    let mut kinds = vec![
        Kind {
            name: "empty window".to_owned(),
            program: std::env::current_exe().map_err(|e| e.to_string())?,
            args: vec![EMPTY_WINDOW_FLAG.to_owned()],
            exit_when: "1",
            has_target: false,
        },
        open("app, demo library (10 weeks)".to_owned(), &demo),
    ];
    for (weeks, dir) in &libraries {
        kinds.push(open(format!("app, {weeks} weeks"), dir));
    }
    // Large libraries are read after the first frame: how long until every week is shown.
    if let Some((weeks, dir)) = libraries.last() {
        kinds.push(Kind {
            exit_when: "library",
            has_target: false,
            ..open(format!("app, {weeks} weeks, to every week shown"), dir)
        });
    }

    let display = Display::start()?;
    println!(
        "\nstart to first drawn frame, whole process, under Xvfb {SCREEN}; {runs} rounds, each kind once per round"
    );
    // One untimed run of each first: the programs' pages in the system's cache, the demo settled.
    for kind in &kinds {
        time_run(kind, &display, home.path())?;
    }
    let mut times = vec![Vec::new(); kinds.len()];
    for round in 0..runs {
        for k in 0..kinds.len() {
            // A turning order, so no kind always comes right after the same other.
            let k = (k + round) % kinds.len();
            times[k].push(time_run(&kinds[k], &display, home.path())?);
        }
    }

    let medians: Vec<f64> = times.iter().map(|t| median(t.clone())).collect();
    let empty = medians[0];
    let mut table = String::from("| Start to first frame | Median | Min – max | × empty window | Target | Met |\n");
    table.push_str("|---|---:|---:|---:|---|---|\n");
    println!("\n{:<40} | {:>9} | {:>17} | {:>7} | target", "", "median", "min – max", "× empty");
    for (kind, (samples, &med)) in kinds.iter().zip(times.iter().zip(&medians)) {
        let min = samples.iter().copied().fold(f64::INFINITY, f64::min);
        let max = samples.iter().copied().fold(0.0, f64::max);
        let ratio = med / empty;
        let (target, met) = if kind.has_target {
            (format!("≤ {TARGET_RATIO:.1}×"), if ratio <= TARGET_RATIO { "yes" } else { "**no**" })
        } else {
            ("–".to_owned(), "–")
        };
        println!(
            "{:<40} | {:>6.0} ms | {:>6.0} – {:>4.0} ms | {:>6.2}× | {}",
            kind.name,
            med,
            min,
            max,
            ratio,
            target.replace('≤', "<=")
        );
        table.push_str(&format!(
            "| {} | {med:.0} ms | {min:.0} – {max:.0} ms | {ratio:.2}× | {target} | {met} |\n",
            kind.name
        ));
    }

    // Peak memory: the window with all 5,200 weeks read and drawn, against the empty window.
    if Path::new("/usr/bin/time").is_file() {
        let empty_window = &kinds[0];
        let largest = kinds.iter().rfind(|k| k.has_target).ok_or("no app")?;
        let mut peaks = [Vec::new(), Vec::new()];
        for _ in 0..3 {
            peaks[0].push(peak_rss_mib(empty_window, &display, home.path(), "1")?);
            peaks[1].push(peak_rss_mib(largest, &display, home.path(), "library")?);
        }
        let [empty_peaks, largest_peaks] = peaks;
        let (empty_mib, largest_mib) = (median(empty_peaks), median(largest_peaks));
        let extra = largest_mib - empty_mib;
        let met = if extra <= TARGET_EXTRA_MIB { "yes" } else { "**no**" };
        println!(
            "\npeak memory (max RSS, median of 3): empty window {empty_mib:.0} MiB; {} with every week read \
             {largest_mib:.0} MiB, {extra:+.0} MiB (target <= +{TARGET_EXTRA_MIB:.0} MiB)",
            largest.name
        );
        table.push_str(&format!(
            "\n| Peak memory (max RSS) | Median of 3 | Above the empty window | Target | Met |\n|---|---:|---:|---|---|\n\
             | empty window | {empty_mib:.0} MiB | – | – | – |\n\
             | {}, every week read and drawn | {largest_mib:.0} MiB | {extra:+.0} MiB | ≤ +{TARGET_EXTRA_MIB:.0} MiB | {met} |\n",
            largest.name
        ));
    } else {
        println!("\npeak memory not measured: it needs /usr/bin/time (apt-get install time)");
    }

    let path = target_dir().join("startup-bench.md");
    std::fs::create_dir_all(target_dir()).map_err(|e| e.to_string())?;
    std::fs::write(&path, table).map_err(|e| e.to_string())?;
    println!("\nwritten to {}", path.display());
    Ok(())
}
