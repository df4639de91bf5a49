//! Writes a generated library of N weeks, the same one the scale benchmark measures, for trying the
//! app by hand on a large library:
//!
//! ```sh
//! cargo run --release --example generate_library -- DIR [WEEKS] [SEED]
//! cargo run --release -- open DIR
//! ```
#![allow(clippy::print_stdout)]

use std::path::PathBuf;
use std::process::ExitCode;

use prayer_bulletin::fixtures::generate;

const USAGE: &str = "usage: generate_library DIR [WEEKS (default 520)] [SEED (default 2026)]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let weeks = args.get(1).map_or(Ok(520), |n| n.parse::<usize>());
    let seed = args.get(2).map_or(Ok(2026), |n| n.parse::<u64>());
    let (Ok(weeks), Ok(seed)) = (weeks, seed) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if dir.join("library.ron").exists() {
        eprintln!("{} already holds a library; choose an empty or new folder", dir.display());
        return ExitCode::from(1);
    }
    match generate::write_library(&dir, weeks, seed) {
        Ok(_) => {
            println!("{weeks} weeks written to {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
