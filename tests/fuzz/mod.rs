//! Random and hostile command lines for every subcommand, from a fixed seed: the test runs a few
//! hundred in `cargo test`; `cargo run --release --example fuzz_cli -- N SEED` runs as many as asked.
//! Each call must end within its time, exit 0, 1 or 2, and never panic.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The library's own seeded generator: the same seed gives the same command lines.
pub struct Rng(prayer_bulletin::fixtures::generate::SplitMix64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(prayer_bulletin::fixtures::generate::SplitMix64::new(seed))
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0.below(n)
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// The places a command line may name: a library, a file, a device, nothing at all.
pub struct Ground {
    pub library: PathBuf,
    pub text: PathBuf,
    pub work: PathBuf,
}

const SUBCOMMANDS: &[&str] =
    &["list", "check", "import", "export", "new-week", "threads", "state", "search", "sync", "history"];
const FLAGS: &[&str] = &[
    "--json",
    "--public",
    "--internal",
    "--all",
    "--replace",
    "--dry-run",
    "--add-regions",
    "--force",
    "--plan",
    "--ascii",
    "--include-drafts",
    "--help",
    "-o",
    "--date",
    "--from",
    "--to",
    "--as-of",
    "--start",
    "--format",
    "--layout",
    "--paper",
    "--width",
    "--region",
    "--status",
    "--library",
    "--",
    "-",
    "-x",
    "--date=",
];
const VALUES: &[&str] = &[
    "2026-11-14",
    "2026-11-07",
    "2021-06-26",
    "0000-01-01",
    "9999-12-31",
    "10000-01-01",
    "-1",
    "0",
    "19",
    "400",
    "401",
    "18446744073709551616",
    "text",
    "pdf",
    "eml",
    "ics",
    "epub",
    "ron",
    "markdown",
    "html",
    "audio",
    "booklet",
    "large-print",
    "standard",
    "letter",
    "a4",
    "open",
    "answered",
    "ready",
    "draft",
    "sent",
    "Latin America",
    "",
    " ",
    "..",
    "../..",
    "/",
    "/dev/null",
    "/proc/self/mem",
    "-",
    "\u{1b}[31m",
    "\u{7}",
    "a\nb",
    "é",
    "기도",
    "代禱",
    "Psalm 23:1",
    "%s%n",
    "{}",
    "()",
    "June 26, 2021",
    "tomorrow",
];

/// One random command line over `ground`.
pub fn command_line(rng: &mut Rng, ground: &Ground) -> Vec<String> {
    let mut args: Vec<String> = vec![rng.pick(SUBCOMMANDS).to_owned()];
    let places = [
        ground.library.display().to_string(),
        ground.text.display().to_string(),
        ground.work.join("absent").display().to_string(),
        ground.work.join("out.txt").display().to_string(),
        ground.library.join("library.ron").display().to_string(),
        ground.library.join("bulletins").display().to_string(),
    ];
    let count = rng.below(7);
    for _ in 0..=count {
        match rng.below(4) {
            0 => args.push(places[rng.below(places.len())].clone()),
            1 => args.push(rng.pick(FLAGS).to_owned()),
            2 => args.push(rng.pick(VALUES).to_owned()),
            _ => {
                args.push(rng.pick(FLAGS).to_owned());
                args.push(rng.pick(VALUES).to_owned());
            }
        }
    }
    // Most lines name the library where a library goes, so the commands get past clap.
    if rng.below(3) > 0 {
        args.insert(1, places[0].clone());
    }
    args
}

/// What went wrong with one call, if anything.
pub fn run_one(bin: &Path, args: &[String], cwd: &Path, limit: Duration) -> Result<i32, String> {
    let mut child = Command::new(bin)
        .args(args)
        .current_dir(cwd)
        .env("PRAYER_BULLETIN_LOCK_WAIT", "2")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            let mut stderr = String::new();
            if let Some(mut pipe) = child.stderr.take() {
                use std::io::Read as _;
                let _read: std::io::Result<usize> = pipe.read_to_string(&mut stderr);
            }
            let code = status.code().unwrap_or(-1);
            if code == 101 || stderr.contains("panicked") {
                return Err(format!("panicked: {args:?}\n{stderr}"));
            }
            if !matches!(code, 0..=2) {
                return Err(format!("exit {code}: {args:?}\n{stderr}"));
            }
            if stderr.contains("/src/") || stderr.contains(".cargo/registry") {
                return Err(format!("a build path in the message: {args:?}\n{stderr}"));
            }
            return Ok(code);
        }
        if start.elapsed() > limit {
            let _gone_already: std::io::Result<()> = child.kill();
            let _reaped: std::io::Result<_> = child.wait();
            return Err(format!("no answer within {limit:?}: {args:?}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A library and a text to play on, in `work`: the demo library, as the app installs it.
pub fn lay_ground(work: &Path) -> Ground {
    let library = work.join("library");
    prayer_bulletin::app::demo::install(&library).unwrap();
    let text = work.join("sheet.txt");
    std::fs::write(&text, "A week of prayer\nNovember 21, 2026\n\nLatin America\nPray for the team.\n").unwrap();
    Ground { library, text, work: work.to_owned() }
}

/// Runs `count` command lines from `seed`; returns the exit codes counted, or the first failure.
pub fn fuzz(bin: &Path, seed: u64, count: usize) -> Result<[usize; 3], String> {
    let work = tempfile::tempdir().map_err(|e| e.to_string())?;
    let ground = lay_ground(work.path());
    let mut rng = Rng::new(seed);
    let mut codes = [0; 3];
    for _ in 0..count {
        let args = command_line(&mut rng, &ground);
        let code = run_one(bin, &args, work.path(), Duration::from_secs(30))?;
        codes[usize::try_from(code).unwrap_or(0).min(2)] += 1;
    }
    Ok(codes)
}
