//! A longer run of the command-line fuzzer of `tests/fuzz_cli.rs`:
//! `cargo build --release && cargo run --release --example fuzz_cli -- [COUNT] [SEED]`.
//! Prints the exit codes counted; exits 1 at the first panic, hang or unknown exit code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

#[path = "../tests/fuzz/mod.rs"]
mod fuzz;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(2_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let profile = if cfg!(debug_assertions) { "debug" } else { "release" };
    let bin = root.join("target").join(profile).join("prayer-bulletin");
    let start = std::time::Instant::now();
    match fuzz::fuzz(&bin, seed, count) {
        Ok(codes) => {
            println!(
                "{count} command lines from seed {seed} in {:.1} s: exit 0: {}, exit 1: {}, exit 2: {}; no panic, no hang",
                start.elapsed().as_secs_f64(),
                codes[0],
                codes[1],
                codes[2]
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            println!("{e}");
            std::process::ExitCode::FAILURE
        }
    }
}
