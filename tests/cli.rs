//! The command line as users' scripts call it: output and exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{path, run, stderr, stdout};
use std::process::Command;

#[test]
fn check_accepts_the_sample_library() {
    let o = run(&["check", path(&common::sample_data())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn check_lists_a_broken_file_as_path_line_col_and_exits_1() {
    let dir = common::sample_copy();
    let broken = dir.path().join("bulletins/2026-10-03.ron");
    std::fs::write(&broken, "(\n  format: 1,\n  title: \"x\",\n  sections: [oops],\n)\n").unwrap();
    let o = run(&["check", path(dir.path())]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("{}:4:", broken.display())), "{err}");
}

#[test]
fn wrong_usage_exits_2_and_a_missing_folder_exits_1() {
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        run(&["export", path(&common::sample_data()), "--format", "text"]).status.code(),
        Some(2),
        "no week chosen"
    );
    assert_eq!(run(&["export", path(&common::sample_data()), "--all", "--format", "docx"]).status.code(), Some(2));
    let o = run(&["list", "/no/such/library"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/no/such/library"), "the error names the folder");
    let o = run(&["import", "/no/such/file.txt", "--dry-run"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/no/such/file.txt"));
}

#[test]
fn list_shows_newest_first_and_undated_last() {
    let o = run(&["list", path(&common::sample_data())]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 10);
    assert!(lines[0].starts_with("2026-11-14"), "{out}");
    assert!(lines[9].starts_with("undated"), "{out}");
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["list", path(&common::sample_data()), "--json"]).stdout).unwrap();
    let bulletins = json["bulletins"].as_array().unwrap();
    assert_eq!(bulletins.len(), 10);
    assert_eq!(bulletins[0]["date"], "2026-11-14");
    assert_eq!(bulletins[9]["date"], serde_json::Value::Null);
    assert_eq!(bulletins[0]["sections"][0]["items"][0]["kind"], "Request");
}

#[test]
fn import_dry_run_json_gives_the_seven_bulletins_in_source_order() {
    let (a, b) = (common::fixture_shaped_like("000"), common::fixture_shaped_like("001"));
    let o = run(&["import", "--dry-run", "--json", path(&a), path(&b)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let bulletins = json["bulletins"].as_array().unwrap();
    assert_eq!(bulletins.len(), 7);
    let dates: Vec<_> = bulletins.iter().map(|b| b["date"].as_str().unwrap_or("none")).collect();
    assert_eq!(dates, ["2025-03-29", "2025-03-22", "2025-03-08", "2025-03-01", "2025-02-22", "2025-02-15", "none"]);
    for b in bulletins {
        assert_eq!(b["format"], 1);
        assert_eq!(b["sections"].as_array().unwrap().len(), 5);
    }
    let warnings = json["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 3);
    // A paragraph with a survivor's age comes in marked sensitive, and the warning says so.
    assert_eq!(warnings[0]["file"], path(&a));
    assert!(warnings[0]["message"].as_str().unwrap().starts_with("marked sensitive: \u{201c}15-year-old\u{201d}"));
    let marked: Vec<_> = bulletins
        .iter()
        .flat_map(|b| b["sections"].as_array().unwrap())
        .flat_map(|s| s["items"].as_array().unwrap())
        .filter(|i| i["sensitive"] == true)
        .collect();
    assert_eq!(marked.len(), 1);
    assert!(marked[0]["text"].as_str().unwrap().contains("15-year-old"));
    assert_eq!(warnings[1]["file"], path(&b));
    assert_eq!(warnings[2]["line"], 7);
    let files = json["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(
        (&files[0]["file"], &files[0]["bulletins"], &files[0]["error"]),
        (&path(&a).into(), &6.into(), &serde_json::Value::Null)
    );
    assert_eq!(
        (&files[1]["file"], &files[1]["bulletins"], &files[1]["error"]),
        (&path(&b).into(), &1.into(), &serde_json::Value::Null)
    );
}

#[test]
fn importing_bulletin_texts_makes_a_library_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("new-library");
    let (a, b) = (common::fixture_shaped_like("000"), common::fixture_shaped_like("001"));
    let o = run(&["import", path(&a), path(&b), "--library", path(&lib)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 7);
    assert!(lib.join("library.ron").is_file());
    assert!(lib.join("bulletins/2025-03-29.ron").is_file());
    assert!(lib.join("bulletins/undated-harvest-light-weekly-prayer-request.ron").is_file());
    let o = run(&["check", path(&lib)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    // A second import keeps the existing weeks unless --replace.
    let before = std::fs::read(lib.join("bulletins/2025-03-29.ron")).unwrap();
    let o = run(&["import", path(&a), "--library", path(&lib)]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("kept the existing bulletin"));
    assert_eq!(std::fs::read(lib.join("bulletins/2025-03-29.ron")).unwrap(), before);
    assert_eq!(std::fs::read_dir(lib.join("bulletins")).unwrap().count(), 7);
}

#[test]
fn import_reads_standard_input() {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_prayer-bulletin"))
        .args(["import", "-", "--dry-run", "--json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&std::fs::read(common::fixture_shaped_like("001")).unwrap()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["bulletins"].as_array().unwrap().len(), 1);
    assert_eq!(json["warnings"][0]["file"], "<stdin>");
}

#[test]
fn export_new_week_and_search() {
    let o = run(&["export", path(&common::sample_data()), "--date", "2026-10-24", "--format", "text"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    assert!(text.starts_with("Pray for survivors in South Asia\n"));
    assert!(text.contains("Saturday, October 24, 2026"));
    assert!(text.lines().all(|l| l.chars().count() <= 72), "wrapped at 72");
    let o = run(&["export", path(&common::sample_data()), "--date", "2020-01-04", "--format", "text"]);
    assert_eq!(o.status.code(), Some(1), "no bulletin that week");

    let dir = common::sample_copy();
    let o = run(&["new-week", path(dir.path())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).trim_end().ends_with("2026-11-21.ron"));
    assert_eq!(run(&["new-week", path(dir.path()), "--date", "2026-11-21"]).status.code(), Some(1), "that week exists");
    assert_eq!(run(&["check", path(dir.path())]).status.code(), Some(0));

    let o = run(&["search", path(&common::sample_data()), "TIMISOARA", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let hits = json["hits"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "accent- and case-insensitive");
    assert_eq!(hits[0]["date"], "2026-10-31");
    assert_eq!(hits[0]["region"], "Africa & Europe");
}

/// Moving weeks between libraries: every week exported as RON is imported back, each file the same
/// bytes as the library it came from; a broken week in the middle is named by its line in the file.
#[test]
fn every_week_exported_as_ron_imports_into_another_library_unchanged() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("all.ron");
    let sample = common::sample_data();
    let o = run(&["export", path(&sample), "--all", "--format", "ron", "-o", path(&file)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let other = out.path().join("other");
    std::fs::create_dir(&other).unwrap();
    let o = run(&["import", path(&file), "--library", path(&other)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut names: Vec<_> =
        std::fs::read_dir(sample.join("bulletins")).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names.len(), 10);
    for name in &names {
        let theirs = std::fs::read(other.join("bulletins").join(name)).unwrap();
        assert_eq!(theirs, std::fs::read(sample.join("bulletins").join(name)).unwrap(), "{name:?}");
    }

    // The second week broken: the error gives the line in the exported file.
    let text = std::fs::read_to_string(&file).unwrap();
    let second = text.match_indices("format: 1,").nth(1).unwrap().0;
    let line = 1 + text[..second].matches('\n').count();
    std::fs::write(&file, format!("{}format: oops,{}", &text[..second], &text[second + "format: 1,".len()..])).unwrap();
    let o = run(&["import", path(&file), "--dry-run"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(&format!("line {line}, column")), "line {line}: {}", stderr(&o));
}
