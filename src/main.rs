//! The `prayer-bulletin` binary: a command, or the app.

fn main() -> std::process::ExitCode {
    prayer_bulletin::cli::main()
}
