//! Handouts made from the sample library.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use prayer_bulletin::export::{Audience, Format, Handout, Paper, TextOptions, render, to_text};
use prayer_bulletin::import::import_text;
use prayer_bulletin::library::Library;

fn html(bulletin: &prayer_bulletin::model::Bulletin, audience: Audience, library_name: &str) -> String {
    let handout = Handout {
        format: Format::Html,
        audience,
        width: 72,
        ascii: false,
        paper: Paper::A4,
        library_name: library_name.to_owned(),
        ..Default::default()
    };
    String::from_utf8(render(&[bulletin], &handout).unwrap()).unwrap()
}

#[test]
fn plain_text_export_imports_back_to_the_same_bulletin() {
    let library = Library::load(common::sample_data()).unwrap();
    for entry in library.entries.iter() {
        for width in [72, 40, 120] {
            let text = to_text(&[&entry.bulletin], TextOptions { width, ..TextOptions::default() });
            let report = import_text(&text, &library.settings);
            assert_eq!(report.bulletins.len(), 1, "{} at {width}", entry.stem);
            assert_eq!(
                report.bulletins[0],
                entry.bulletin.as_plain_text_carries(),
                "{} at {width}:\n{text}",
                entry.stem
            );
        }
    }
    // All weeks in one document, one page each.
    let all: Vec<_> = library.entries.iter().map(|e| &e.bulletin).collect();
    let text = to_text(&all, TextOptions::default());
    assert_eq!(text.matches('\u{0c}').count(), all.len() - 1);
    let back = import_text(&text, &library.settings);
    let plain: Vec<_> = all.iter().map(|b| b.as_plain_text_carries()).collect();
    assert_eq!(back.bulletins, plain);
}

#[test]
fn public_handouts_leave_out_sensitive_paragraphs() {
    let library = Library::load(common::sample_data()).unwrap();
    let entry = library.entry("2026-10-31").unwrap();
    let sensitive: Vec<_> = entry.bulletin.sections.iter().flat_map(|s| &s.items).filter(|i| i.sensitive).collect();
    assert_eq!(sensitive.len(), 1);
    let words = &sensitive[0].text[..40];
    let internal = to_text(&[&entry.bulletin], TextOptions { width: 400, ..TextOptions::default() });
    assert!(internal.contains(words) && internal.contains("[Not for sharing]"));
    let public =
        to_text(&[&entry.bulletin], TextOptions { width: 400, audience: Audience::Public, ..TextOptions::default() });
    assert!(!public.contains(words) && !public.contains("Not for sharing"));
    assert!(!public.contains("South Asia\n"), "the region left empty is gone");
    assert!(public.contains(library.settings.closing.as_deref().unwrap()), "the closing note stays");
    let html = html(&entry.bulletin, Audience::Public, "x");
    assert!(!html.contains(&words[..30]));
}

#[test]
fn html_escapes_every_piece_of_text() {
    let mut b = Library::load(common::sample_data()).unwrap().entries[0].bulletin.clone();
    b.title = "<script>alert(1)</script>".into();
    b.sections[0].items[0].text = "Tom & \"Jerry\" <b>".into();
    let html = html(&b, Audience::Internal, "Lib");
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Tom &amp; &quot;Jerry&quot; &lt;b&gt;"));
    assert!(!html.contains("http://") && !html.contains("https://"), "nothing is fetched from the network");
}

#[test]
fn pdf_goes_to_a_file_never_to_standard_output() {
    let bin = env!("CARGO_BIN_EXE_prayer-bulletin");
    let sample = common::sample_data();
    let out = std::process::Command::new(bin)
        .args(["export", sample.to_str().unwrap(), "--date", "2026-10-31", "--format", "pdf"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "no PDF bytes on a terminal or pipe");
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o"));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("week.pdf");
    let out = std::process::Command::new(bin)
        .args([
            "export",
            sample.to_str().unwrap(),
            "--date",
            "2026-10-31",
            "--format",
            "pdf",
            "--paper",
            "letter",
            "-o",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-") && bytes.len() < 100_000, "{} bytes", bytes.len());
}

#[test]
fn export_to_a_mistyped_folder_fails_naming_the_file_and_creates_nothing() {
    let bin = env!("CARGO_BIN_EXE_prayer-bulletin");
    let sample = common::sample_data();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hadnouts").join("week.txt");
    let out = std::process::Command::new(bin)
        .args(["export", sample.to_str().unwrap(), "--date", "2026-10-31", "--format", "text", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&path.display().to_string()) && stderr.contains("does not exist"), "{stderr}");
    assert!(!dir.path().join("hadnouts").exists(), "the mistyped folder is not created");

    // A folder given as the file is refused too, and nothing is written into it.
    let out = std::process::Command::new(bin)
        .args(["export", sample.to_str().unwrap(), "--date", "2026-10-31", "--format", "text", "-o"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a folder"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
