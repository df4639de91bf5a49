//! How the app scales with the size of the library: `cargo bench --bench scale`.
//!
//! Generates libraries of 52, 520 and 5,200 weeks (real RON files, saved through the library), then
//! times opening, the first frame, reader and search frames (headless egui, tessellation included),
//! search, import, export, saving and peak memory, each as a median over repeated runs. Prints a
//! table and writes the same to `target/scale-bench.json`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::Instant;

use prayer_bulletin::app::{Action, App, Command, SearchState, Settings};
use prayer_bulletin::export::{TextOptions, to_text};
use prayer_bulletin::fixtures::generate;
use prayer_bulletin::library::{Entry, Library, LibrarySettings};
use prayer_bulletin::model::Bulletin;
use prayer_bulletin::search::{Query, search};

const SIZES: [usize; 3] = [52, 520, 5_200];
const SEED: u64 = 2026;
const SCREEN: egui::Vec2 = egui::vec2(1280.0, 900.0);
const CHILD_FLAG: &str = "--peak-memory-child";

/// One measured (or not measured) figure.
struct Figure {
    name: String,
    weeks: Option<usize>,
    median: f64,
    unit: &'static str,
    target: String,
    met: Option<bool>,
}

#[derive(Default)]
struct Report {
    figures: Vec<Figure>,
}

impl Report {
    fn add(&mut self, name: &str, weeks: Option<usize>, median: f64, unit: &'static str, target: Target) {
        let (target, met) = match target {
            Target::AtMost(limit) => (format!("<= {} {unit}", num(limit)), Some(median <= limit)),
            Target::AtLeast(limit) => (format!(">= {} {unit}", num(limit)), Some(median >= limit)),
            Target::None => ("-".to_owned(), None),
        };
        let figure = Figure { name: name.to_owned(), weeks, median, unit, target, met };
        println!("  {}", row(&figure));
        self.figures.push(figure);
    }
}

enum Target {
    AtMost(f64),
    AtLeast(f64),
    None,
}

fn num(x: f64) -> String {
    if x >= 100.0 {
        format!("{x:.0}")
    } else if x >= 10.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    }
}

fn row(f: &Figure) -> String {
    let weeks = f.weeks.map_or_else(|| "-".to_owned(), |w| w.to_string());
    let median = format!("{} {}", num(f.median), f.unit);
    let met = match f.met {
        Some(true) => "met",
        Some(false) => "MISSED",
        None => "-",
    };
    format!("{:<44} | {:>6} | {:>16} | {:>14} | {}", f.name, weeks, median, f.target, met)
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    let n = samples.len();
    if n % 2 == 1 { samples[n / 2] } else { (samples[n / 2 - 1] + samples[n / 2]) / 2.0 }
}

/// The median wall time of `runs` calls of `f`, in milliseconds.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    )
}

/// A headless egui screen driving the app frame by frame, as eframe would (tessellation included,
/// no GPU).
struct Screen {
    ctx: egui::Context,
    frame: u64,
}

impl Screen {
    fn new() -> Self {
        Self { ctx: egui::Context::default(), frame: 0 }
    }

    /// Draws one frame of `app`; returns how long it took, in milliseconds.
    fn frame(&mut self, app: &mut App) -> f64 {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SCREEN)),
            time: Some(self.frame as f64 / 60.0),
            predicted_dt: 1.0 / 60.0,
            ..Default::default()
        };
        self.frame += 1;
        let start = Instant::now();
        let mut output = self.ctx.run_ui(input, |ui| app.frame_ui(ui));
        let shapes = std::mem::take(&mut output.shapes);
        let primitives = self.ctx.tessellate(shapes, output.pixels_per_point);
        let elapsed = start.elapsed().as_secs_f64() * 1e3;
        std::hint::black_box(primitives);
        output.textures_delta.clear();
        elapsed
    }

    /// Draws frames until the search has looked through every week (it runs on another thread);
    /// returns how long that took from the first of them, in milliseconds.
    fn until_searched(&mut self, app: &mut App) -> f64 {
        let start = Instant::now();
        loop {
            self.frame(app);
            if app.search.as_ref().is_none_or(SearchState::is_complete) {
                return start.elapsed().as_secs_f64() * 1e3;
            }
            assert!(start.elapsed().as_secs() < 60, "the search never finished");
        }
    }

    /// The median of `frames` frames after a few to settle.
    fn median_frame(&mut self, app: &mut App, frames: usize) -> f64 {
        self.median_frame_changing(app, frames, |_, _| {})
    }

    /// The same, with `change(app, n)` applied before the n-th frame (settling frames included).
    fn median_frame_changing(&mut self, app: &mut App, frames: usize, mut change: impl FnMut(&mut App, usize)) -> f64 {
        for n in 0..5 {
            change(app, n);
            self.frame(app);
        }
        median(
            (5..5 + frames)
                .map(|n| {
                    change(app, n);
                    self.frame(app)
                })
                .collect(),
        )
    }
}

/// Every text search looks in, as `search` sees it.
/// The editor with spell-check on: the longest frame while the dictionary is read on its thread
/// (it must never block one), then the median frame with every word of the largest bulletin
/// checked, against the same frame with spell-check off measured just before.
fn bench_spelling(report: &mut Report, weeks: usize, app: &mut App, screen: &mut Screen, without: f64) {
    if prayer_bulletin::spelling::find("en-US", &prayer_bulletin::spelling::folders(None)).is_err() {
        println!("  (spell-check figures skipped: no English Hunspell dictionary; apt-get install hunspell-en-us)");
        return;
    }
    app.settings.spell_check = true;
    let started = Instant::now();
    let mut longest: f64 = 0.0;
    while !app.spelling.ready("en-US") && started.elapsed().as_secs() < 60 {
        longest = longest.max(screen.frame(app));
    }
    let read = started.elapsed().as_secs_f64() * 1000.0;
    report.add("English dictionary read, off the window's thread", Some(weeks), read, "ms", Target::None);
    report.add("longest frame while the dictionary is read", Some(weeks), longest, "ms", Target::AtMost(16.7));
    let with = screen.median_frame(app, 60);
    report.add("editor frame, largest bulletin, spell-check on", Some(weeks), with, "ms", Target::AtMost(2.0));
    report.add("editor frame, spell-check on / off", Some(weeks), with / without, "x", Target::None);
}

fn searchable_texts(entries: &[Entry]) -> Vec<String> {
    let mut texts = Vec::new();
    for e in entries {
        let b = &e.bulletin;
        texts.push(b.title.clone());
        if let Some(v) = &b.verse {
            texts.push(format!("{} \u{2013} {}", v.text, v.reference));
        }
        texts.extend(b.sections.iter().flat_map(|s| s.items.iter().map(|i| i.text.clone())));
        texts.extend(b.closing.clone());
    }
    texts
}

/// The naive search: lower-case every text and look for the word.
fn contains_scan(entries: &[Entry], needle: &str) -> usize {
    let mut found = 0;
    for e in entries {
        let b = &e.bulletin;
        let mut look = |text: &str| found += usize::from(text.to_lowercase().contains(needle));
        look(&b.title);
        if let Some(v) = &b.verse {
            look(&format!("{} \u{2013} {}", v.text, v.reference));
        }
        for s in &b.sections {
            for i in &s.items {
                look(&i.text);
            }
        }
        if let Some(c) = &b.closing {
            look(c);
        }
    }
    found
}

/// Six bulletins (the newest) exported to every kind of handout: each format, each page layout,
/// the daily plan in each of its formats. The first run of a PDF with Korean or Chinese reads the
/// system's fonts once (it is cached for the rest of the run), so it is made before the timing.
fn bench_handouts(report: &mut Report, library: &Library) {
    use prayer_bulletin::export::{Format, Handout, PageLayout, render};
    let six: Vec<&Bulletin> = library.entries.iter().take(6).map(|e| &e.bulletin).collect();
    let mut kinds: Vec<(String, Handout)> = Vec::new();
    for format in Format::ALL {
        kinds.push((format.extension().to_owned(), Handout { format, ..Handout::default() }));
    }
    for format in [Format::Text, Format::Markdown, Format::Html, Format::Pdf] {
        let h = Handout { format, plan: true, ..Handout::default() };
        kinds.push((format!("{} daily plan", format.extension()), h));
    }
    for layout in [PageLayout::LargePrint, PageLayout::Booklet] {
        for format in [Format::Pdf, Format::Html] {
            let h = Handout { format, layout, ..Handout::default() };
            kinds.push((format!("{} {}", format.extension(), layout.label().to_lowercase()), h));
        }
    }
    for (name, handout) in kinds {
        let started = Instant::now();
        let first = render(&six, &handout).unwrap();
        if name == "pdf" {
            // The first PDF with a character DejaVu lacks reads the system's font list and the
            // font that has it; later ones find them in the cache.
            let ms = started.elapsed().as_secs_f64() * 1e3;
            report.add("export 6 weeks: first pdf of the run (fonts read)", Some(6), ms, "ms", Target::None);
        }
        let ms = median_ms(9, || {
            std::hint::black_box(render(&six, &handout).unwrap());
        });
        println!("    ({name}: {} kB)", first.len() / 1000);
        report.add(&format!("export 6 weeks: {name}"), Some(6), ms, "ms", Target::AtMost(50.0));
    }
}

/// The search panel open with `text` typed.
fn searching(text: &str) -> SearchState {
    let mut search = SearchState::default();
    search.text = text.to_owned();
    search
}

fn largest_bulletin(library: &Library) -> String {
    let size = |b: &Bulletin| b.sections.iter().flat_map(|s| &s.items).map(|i| i.text.len()).sum::<usize>();
    library.entries.iter().max_by_key(|e| size(&e.bulletin)).map(|e| e.stem.clone()).unwrap()
}

fn bench_size(report: &mut Report, weeks: usize, dir: &Path) {
    let many = weeks <= 520;
    println!("\n{weeks} weeks in {}", dir.display());

    // Opening the library.
    let runs = if many { 11 } else { 5 };
    let open = median_ms(runs, || {
        std::hint::black_box(Library::load(dir).unwrap());
    });
    let open_target = if weeks == 520 { Target::AtMost(150.0) } else { Target::None };
    report.add("open library", Some(weeks), open, "ms", open_target);

    // The app's first frame: opening the library, working out the archive, the first frame drawn.
    let runs = if many { 7 } else { 3 };
    let first = median_ms(runs, || {
        let mut app = App::new(Some(dir.to_owned()), Settings::default());
        app.wait_for_library();
        Screen::new().frame(&mut app);
    });
    let target = if weeks == 520 { Target::AtMost(250.0) } else { Target::None };
    report.add("first frame (open + draw)", Some(weeks), first, "ms", target);

    // How soon the window draws while the library is still being read in the background (libraries
    // of more than 300 weeks; smaller ones are read before the first frame).
    let window = median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                let mut app = App::new(Some(dir.to_owned()), Settings::default());
                Screen::new().frame(&mut app);
                let drawn = start.elapsed().as_secs_f64() * 1e3;
                app.wait_for_library();
                drawn
            })
            .collect(),
    );
    report.add("window drawn while reading (start to frame)", Some(weeks), window, "ms", Target::None);

    // The reader with the archive and the largest bulletin.
    let mut app = App::new(Some(dir.to_owned()), Settings::default());
    app.wait_for_library();
    let library = app.library.as_ref().unwrap();
    assert_eq!(library.entries.len(), weeks, "{:?}", library.problems);
    app.current = Some(largest_bulletin(library));
    let mut screen = Screen::new();
    let reader = screen.median_frame(&mut app, 60);
    report.add("reader frame, largest bulletin", Some(weeks), reader, "ms", Target::AtMost(2.0));

    // The search panel listing every match of "pray".
    app.search = Some(searching("pray"));
    screen.until_searched(&mut app);
    let search_frame = screen.median_frame(&mut app, 60);
    let hits = app.search.as_ref().map_or(0, |s| s.hits.len());
    println!("    (search panel lists {hits} matches of \"pray\")");
    report.add("search frame, every \"pray\" listed", Some(weeks), search_frame, "ms", Target::AtMost(3.0));

    // A frame in which the query changes, as when a word is typed letter by letter, one letter a
    // frame: the frame asks the search thread and draws; the matches come in later frames.
    let typed = ["p", "pr", "pra", "pray"];
    let typing = screen.median_frame_changing(&mut app, 40, |app, n| {
        app.search.as_mut().unwrap().text = typed[n % typed.len()].to_owned();
    });
    report.add("frame in which the query changes", Some(weeks), typing, "ms", Target::AtMost(2.0));

    // From the frame in which a letter is typed to the frame that draws the last of its matches,
    // frames drawn one after the other.
    let latency = median(
        typed
            .iter()
            .cycle()
            .take(20)
            .map(|text| {
                // From an empty field, so every query is a change.
                app.search.as_mut().unwrap().text.clear();
                screen.until_searched(&mut app);
                app.search.as_mut().unwrap().text = (*text).to_owned();
                screen.until_searched(&mut app)
            })
            .collect(),
    );
    report.add("letter typed to every match drawn", Some(weeks), latency, "ms", Target::AtMost(1000.0 / 60.0));

    // The editor on the largest bulletin, spell-check off (the baseline), then on.
    app.search = None;
    app.settings.spell_check = false;
    app.push(Command::Action(Action::ToggleEdit));
    screen.frame(&mut app);
    assert!(app.edit.is_some(), "Ctrl+E opens the editor on the largest bulletin");
    let editor = screen.median_frame(&mut app, 60);
    report.add("editor frame, largest bulletin", Some(weeks), editor, "ms", Target::AtMost(3.0));
    bench_spelling(report, weeks, &mut app, &mut screen, editor);

    // A region's timeline and the answered prayer view: every week (or every answered story) of
    // the library below them, of which only the rows on screen are drawn.
    app.push(Command::Action(Action::ToggleEdit));
    screen.frame(&mut app);
    let region = app.library.as_ref().unwrap().settings.regions[0].name.clone();
    app.push(Command::ShowRegionTimeline(Some(region)));
    screen.frame(&mut app);
    let timeline = screen.median_frame(&mut app, 60);
    report.add("region timeline frame, every week", Some(weeks), timeline, "ms", Target::AtMost(2.0));
    app.push(Command::ShowAnswered);
    screen.frame(&mut app);
    let answered = screen.median_frame(&mut app, 60);
    report.add("answered prayer frame", Some(weeks), answered, "ms", Target::AtMost(2.0));
    drop(app);

    // Search for a word across all weeks, against a plain lower-case `contains` scan.
    let library = Library::load(dir).unwrap();
    let runs = if many { 15 } else { 7 };
    for word in ["kolkata", "pray"] {
        let query = Query { text: word.to_owned(), ..Query::default() };
        let found = search(&library.entries, &query).len();
        let scanned = contains_scan(&library.entries, word);
        assert_eq!(found, scanned, "search and the plain scan find the same texts");
        let searched = median_ms(runs, || {
            std::hint::black_box(search(&library.entries, &query));
        });
        let scan = median_ms(runs, || {
            std::hint::black_box(contains_scan(&library.entries, word));
        });
        let target = match (word, weeks) {
            ("kolkata", 5_200) => Target::AtMost(50.0),
            ("kolkata", _) => Target::AtMost(5.0),
            _ => Target::None,
        };
        println!("    (\"{word}\": {found} matches; search {searched:.2} ms, plain contains scan {scan:.2} ms)");
        report.add(&format!("search \"{word}\""), Some(weeks), searched, "ms", target);
        report.add(
            &format!("search \"{word}\" / contains scan"),
            Some(weeks),
            searched / scan,
            "x",
            Target::AtMost(1.0),
        );
    }
    let texts = searchable_texts(&library.entries);
    let bytes: usize = texts.iter().map(String::len).sum();
    println!("    ({} texts, {:.1} MB searched)", texts.len(), bytes as f64 / 1e6);

    // Plain-text export of every week.
    let bulletins: Vec<&Bulletin> = library.entries.iter().map(|e| &e.bulletin).collect();
    let len = to_text(&bulletins, TextOptions::default()).len();
    let export = median_ms(if many { 9 } else { 5 }, || {
        std::hint::black_box(to_text(&bulletins, TextOptions::default()));
    });
    report.add(
        "plain-text export, all weeks",
        Some(weeks),
        len as f64 / 1e6 / (export / 1e3),
        "MB/s",
        Target::AtLeast(50.0),
    );

    // Six weeks' handout in every format, layout and the daily plan (issue 17: under 50 ms each).
    if weeks == SIZES[0] {
        bench_handouts(report, &library);
    }

    // Saving one bulletin atomically into the library.
    let mut library = library;
    let stem = library.entries[0].stem.clone();
    let mut bulletin = library.entries[0].bulletin.clone();
    let title = bulletin.title.clone();
    let mut n = 0;
    let save = median_ms(15, || {
        n += 1;
        bulletin.title = format!("{title} ({n})");
        library.save_bulletin(Some(&stem), &bulletin).unwrap();
    });
    report.add("save one bulletin (atomic)", Some(weeks), save, "ms", Target::AtMost(5.0));
}

/// "Maximum resident set size" of a command, in MB, from `/usr/bin/time -v`.
fn peak_rss_mb(program: &Path, args: &[&str]) -> Option<f64> {
    let output = Process::new("/usr/bin/time").arg("-v").arg(program).args(args).output().ok()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let kb: f64 = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))?
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

/// VmHWM of a child that runs `mode` on `dir`, when `/usr/bin/time` is not there.
fn child_vm_hwm_mb(dir: &Path, mode: &str) -> Option<f64> {
    let exe = std::env::current_exe().ok()?;
    let output = Process::new(exe).arg(CHILD_FLAG).arg(mode).arg(dir).output().ok()?;
    String::from_utf8_lossy(&output.stdout).lines().find_map(|l| l.strip_prefix("VmHWM-MB ")?.trim().parse().ok())
}

/// The child process for the peak-memory figures: `load` opens the library, `app` also draws frames.
fn child(mode: &str, dir: &Path) {
    if mode == "app" {
        let mut app = App::new(Some(dir.to_owned()), Settings::default());
        app.wait_for_library();
        let mut screen = Screen::new();
        for _ in 0..5 {
            screen.frame(&mut app);
        }
        app.search = Some(searching("pray"));
        screen.until_searched(&mut app);
        for _ in 0..5 {
            screen.frame(&mut app);
        }
        std::hint::black_box(&app);
    } else {
        std::hint::black_box(Library::load(dir).unwrap());
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    println!("VmHWM-MB {}", kb / 1024.0);
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"), PathBuf::from)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == CHILD_FLAG) {
        child(&args[at + 1], Path::new(&args[at + 2]));
        return;
    }
    println!("Scale benchmark: medians over repeated runs; headless frames include tessellation, no GPU.");
    let mut report = Report::default();
    let mut dirs = Vec::new();
    // `SCALE_BENCH_SIZES=52,520` measures fewer sizes (for a quick look).
    let sizes: Vec<usize> = std::env::var("SCALE_BENCH_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .filter(|v: &Vec<usize>| !v.is_empty())
        .unwrap_or_else(|| SIZES.to_vec());
    for &weeks in &sizes {
        let dir = tempfile::tempdir().unwrap();
        let start = Instant::now();
        generate::write_library(dir.path(), weeks, SEED).unwrap();
        println!("\ngenerated {weeks} weeks in {:.1} s", start.elapsed().as_secs_f64());
        bench_size(&mut report, weeks, dir.path());
        dirs.push(dir);
    }

    println!("\nacross sizes");
    // Ratios between sizes, measured in turns (small, large, small, ...) so that whatever else the
    // machine is doing weighs on both alike.
    if let (Some(small_dir), Some(large_dir)) = (dirs.first(), dirs.last())
        && sizes.len() > 1
    {
        let (small, large) = (sizes[0], sizes[sizes.len() - 1]);
        let open_app = |dir: &Path| {
            let mut app = App::new(Some(dir.to_owned()), Settings::default());
            app.wait_for_library();
            let stem = largest_bulletin(app.library.as_ref().unwrap());
            app.current = Some(stem);
            app
        };
        let mut apps = [open_app(small_dir.path()), open_app(large_dir.path())];
        let mut screens = [Screen::new(), Screen::new()];
        let mut frames = [Vec::new(), Vec::new()];
        for round in 0..405 {
            for k in 0..2 {
                let ms = screens[k].frame(&mut apps[k]);
                if round >= 5 {
                    frames[k].push(ms);
                }
            }
        }
        let [small_frames, large_frames] = frames;
        let ratio = median(large_frames) / median(small_frames);
        report.add(&format!("reader frame ratio {large} / {small}"), None, ratio, "x", Target::AtMost(1.5));
        drop(apps);

        // Opening: the time per week at the larger size against the time per week at 520.
        if let Some(at) = sizes.iter().position(|&w| w == 520).filter(|&at| at + 1 < sizes.len()) {
            let (base_dir, base) = (dirs[at].path(), sizes[at]);
            let mut times = [Vec::new(), Vec::new()];
            for _ in 0..7 {
                for (k, dir) in [base_dir, large_dir.path()].into_iter().enumerate() {
                    let start = Instant::now();
                    std::hint::black_box(Library::load(dir).unwrap());
                    times[k].push(start.elapsed().as_secs_f64() * 1e3);
                }
            }
            let [base_times, large_times] = times;
            let per_week = |ms: f64, weeks: usize| ms / weeks as f64;
            let growth = per_week(median(large_times), large) / per_week(median(base_times), base);
            report.add(&format!("open: time per week at {large} / at {base}"), None, growth, "x", Target::AtMost(1.1));
        }
    }

    // Importing a 20 MB paste: the plain text of generated weeks, repeated.
    let generated = generate::bulletins(*sizes.last().unwrap(), SEED);
    let refs: Vec<&Bulletin> = generated.iter().collect();
    let one = to_text(&refs, TextOptions::default());
    let mut paste = String::with_capacity(21_000_000);
    while paste.len() < 20_000_000 {
        if !paste.is_empty() {
            paste.push_str("\n\u{0c}\n");
        }
        paste.push_str(&one);
    }
    // About 20 MB: cut at the last bulletin break before it.
    let mut end = paste.len().min(20_000_000);
    while !paste.is_char_boundary(end) {
        end -= 1;
    }
    if let Some(cut) = paste[..end].rfind('\u{0c}') {
        paste.truncate(cut);
    }
    let settings = LibrarySettings::default();
    let found = prayer_bulletin::import::import_text(&paste, &settings).bulletins.len();
    let import = median_ms(7, || {
        std::hint::black_box(prayer_bulletin::import::import_text(&paste, &settings));
    });
    println!("    (the paste is {:.1} MB and holds {found} bulletins)", paste.len() as f64 / 1e6);
    report.add(
        "import a 20 MB paste",
        Some(found),
        paste.len() as f64 / 1e6 / (import / 1e3),
        "MB/s",
        Target::AtLeast(100.0),
    );

    // The same paste read with a taught source's rules (issue: at most 1.2x the time without).
    let source = prayer_bulletin::library::sources::Source {
        headings: vec![r"^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$".into(), "(?i)^region\\b".into()],
        leave_out_from: vec!["(?i)^about harbour\\b".into()],
        leave_out: vec!["^Share this page".into()],
        items: Some(prayer_bulletin::library::sources::Items::Paragraphs),
        ..prayer_bulletin::library::sources::Source::new("Harbour Fellowship")
    };
    let rules = prayer_bulletin::import::Rules::compile(&source).unwrap();
    let teaching = prayer_bulletin::import::Teaching { rules: Some(&rules), corrections: &[] };
    let taught = median_ms(7, || {
        std::hint::black_box(prayer_bulletin::import::import_text_taught(&paste, &settings, false, &teaching));
    });
    let plain = median_ms(7, || {
        std::hint::black_box(prayer_bulletin::import::import_text(&paste, &settings));
    });
    println!("    (with a taught source's rules {taught:.0} ms, without {plain:.0} ms, medians of 7)");
    report.add("import the paste with taught rules / without", Some(found), taught / plain, "x", Target::AtMost(1.2));

    // Peak memory with the largest library (5,200 weeks).
    let largest_weeks = *sizes.last().unwrap();
    let largest = dirs.last().unwrap().path();
    let time = Path::new("/usr/bin/time");
    let cli = Path::new(env!("CARGO_BIN_EXE_prayer-bulletin"));
    let exe = std::env::current_exe().unwrap();
    let dir_arg = largest.to_string_lossy().into_owned();
    let (list_mb, app_mb) = if time.exists() {
        (peak_rss_mb(cli, &["list", &dir_arg]), peak_rss_mb(&exe, &[CHILD_FLAG, "app", &dir_arg]))
    } else {
        (child_vm_hwm_mb(largest, "load"), child_vm_hwm_mb(largest, "app"))
    };
    let how = if time.exists() { "max RSS" } else { "VmHWM" };
    if let Some(mb) = list_mb {
        report.add(&format!("peak memory, `list` ({how})"), Some(largest_weeks), mb, "MB", Target::AtMost(250.0));
    }
    if let Some(mb) = app_mb {
        report.add(&format!("peak memory, app headless ({how})"), Some(largest_weeks), mb, "MB", Target::AtMost(250.0));
    }

    println!("\n{:<44} | {:>6} | {:>16} | {:>14} | met", "figure", "weeks", "median", "target");
    println!("{}", "-".repeat(100));
    for f in &report.figures {
        println!("{}", row(f));
    }
    let figures: Vec<serde_json::Value> = report
        .figures
        .iter()
        .map(|f| {
            serde_json::json!({
                "name": f.name, "weeks": f.weeks, "median": f.median, "unit": f.unit, "target": f.target, "met": f.met,
            })
        })
        .collect();
    let json = serde_json::to_string_pretty(&serde_json::json!({ "figures": figures })).unwrap();
    let path = target_dir().join("scale-bench.json");
    std::fs::create_dir_all(target_dir()).unwrap();
    std::fs::write(&path, json + "\n").unwrap();
    let table = target_dir().join("scale-bench.md");
    std::fs::write(&table, markdown(&report.figures)).unwrap();
    println!("\nwritten to {} and, as the README's table, {}", path.display(), table.display());
}

/// The figures as the Markdown table in the README's Performance section.
fn markdown(figures: &[Figure]) -> String {
    let mut out = String::from("| Figure | Weeks | Median | Target | Met |\n|---|---:|---:|---|---|\n");
    for f in figures {
        // Weeks with a thousands separator, as the README writes them.
        let weeks = f.weeks.map_or_else(
            || "–".to_owned(),
            |w| if w >= 1_000 { format!("{},{:03}", w / 1_000, w % 1_000) } else { w.to_string() },
        );
        let target = f.target.replace("<=", "≤").replace(">=", "≥");
        let met = match f.met {
            Some(true) => "yes",
            Some(false) => "**no**",
            None => "–",
        };
        let name = f.name.replace('`', "");
        out.push_str(&format!("| {name} | {weeks} | {} {} | {target} | {met} |\n", num(f.median), f.unit));
    }
    out
}
