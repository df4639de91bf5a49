//! The shape of the code the workspace issue asked for, held by a test: no file of `src/app/` or
//! `src/ui/` over 400 lines (clippy's `too_many_lines` holds functions to 80).

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_file_of_the_app_or_the_ui_is_over_400_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/app"), &mut files);
    rust_files(&root.join("src/ui"), &mut files);
    assert!(files.len() > 30, "{}", files.len());
    let long: Vec<String> = files
        .iter()
        .map(|f| (f, std::fs::read_to_string(f).unwrap_or_default().lines().count()))
        .filter(|(_, n)| *n > 400)
        .map(|(f, n)| format!("{}: {n} lines", f.display()))
        .collect();
    assert!(long.is_empty(), "split these: {long:?}");
}
