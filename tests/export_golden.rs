//! Golden files: every format of the sample library's handouts, as `prayer-bulletin export` writes
//! them, compared byte for byte with the files under `tests/golden/`. For PDF the extracted text is
//! compared (the bytes are deterministic too, but depend on the PDF writer's and subsetter's versions),
//! with Korean and Chinese characters written as the box they print as where no installed font has
//! them, so the files hold on any machine (`tests/handouts.rs` checks the characters themselves). For
//! EPUB each entry of the zip is compared, by name, method and text.
//!
//! After an intended change, re-bless with `BLESS=1 cargo test --test export_golden` and review the
//! diff of `tests/golden/` before committing it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::PathBuf;
use std::process::Command;

use prayer_bulletin::export::{Audience, Format, Handout, Paper, render};
use prayer_bulletin::library::Library;

/// The day public exports are made as of, so that aging does not move the golden files.
const AS_OF: &str = "2026-11-23";

const WEEK: &str = "2026-10-31";

fn export(args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_prayer-bulletin"))
        .arg("export")
        .arg(common::sample_data())
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "export {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn export_pdf_text(args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("handout.pdf");
    let mut all = args.to_vec();
    let path_str = path.to_str().unwrap();
    all.extend(["--format", "pdf", "-o", path_str]);
    export(&all);
    let pages = pdf_extract::extract_text_by_pages(&path).unwrap();
    // One block per page; trailing spaces dropped so the golden files stay tidy.
    let mut out = String::new();
    for (i, page) in pages.iter().enumerate() {
        out.push_str(&format!("--- page {} ---\n", i + 1));
        for line in page.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
            out.extend(line.chars().map(|c| if is_cjk(c) { '\u{25a1}' } else { c }));
            out.push('\n');
        }
    }
    out.into_bytes()
}

/// Hangul syllables and CJK ideographs: printed with a system font where one has them.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7af}' | '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// An e-book as its entries: name, how it is stored, and its text.
fn export_epub_entries(args: &[&str]) -> Vec<u8> {
    use std::io::Read as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.epub");
    let mut all = args.to_vec();
    all.extend(["--format", "epub", "-o", path.to_str().unwrap()]);
    export(&all);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut out = String::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        out.push_str(&format!("--- {} ({:?}) ---\n", file.name().unwrap(), file.compression()));
        file.read_to_string(&mut out).unwrap();
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out.into_bytes()
}

fn golden(name: &str, actual: &[u8]) -> Result<(), String> {
    let path: PathBuf = common::root().join("tests/golden").join(name);
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return Ok(());
    }
    let expected =
        std::fs::read(&path).map_err(|e| format!("{}: {e} (run with BLESS=1 to create it)", path.display()))?;
    if expected == actual {
        return Ok(());
    }
    let (expected, actual) = (String::from_utf8_lossy(&expected), String::from_utf8_lossy(actual));
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.lines().count().min(actual.lines().count()));
    Err(format!(
        "{name} differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}\n(run with BLESS=1 to accept the new output)",
        path.display(),
        line + 1,
        expected.lines().nth(line).unwrap_or("<end>"),
        actual.lines().nth(line).unwrap_or("<end>"),
    ))
}

fn check_all(cases: Vec<(String, Vec<u8>)>) {
    let failures: Vec<String> = cases.iter().filter_map(|(name, bytes)| golden(name, bytes).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

const FORMATS: [(&str, &str); 4] = [("text", "txt"), ("markdown", "md"), ("html", "html"), ("ron", "ron")];

#[test]
fn one_week_in_every_format() {
    let mut cases = Vec::new();
    for (format, ext) in FORMATS {
        cases.push((format!("week.{ext}"), export(&["--date", WEEK, "--format", format])));
        cases.push((
            format!("week-public.{ext}"),
            export(&["--date", WEEK, "--format", format, "--public", "--as-of", AS_OF]),
        ));
    }
    cases.push(("week.pdf.txt".to_owned(), export_pdf_text(&["--date", WEEK])));
    cases.push(("week-public.pdf.txt".to_owned(), export_pdf_text(&["--date", WEEK, "--public", "--as-of", AS_OF])));
    cases.push(("week-letter.pdf.txt".to_owned(), export_pdf_text(&["--date", WEEK, "--paper", "letter"])));
    check_all(cases);
}

#[test]
fn all_weeks_and_a_range_in_every_format() {
    let mut cases = Vec::new();
    for (format, ext) in FORMATS {
        cases.push((format!("all.{ext}"), export(&["--all", "--format", format])));
    }
    cases.push((
        "range-narrow.txt".to_owned(),
        export(&["--from", "2026-10-01", "--to", "2026-10-31", "--format", "text", "--width", "40"]),
    ));
    cases.push(("all.pdf.txt".to_owned(), export_pdf_text(&["--all"])));
    // Every bulletin for the public, as of a fixed day: personal paragraphs older than the library's
    // six weeks are gone, the newer ones stay.
    cases.push(("all-public.txt".to_owned(), export(&["--all", "--format", "text", "--public", "--as-of", AS_OF])));
    check_all(cases);
}

#[test]
fn the_handouts_people_ask_for() {
    let mut cases = Vec::new();
    for (public, suffix) in [(false, ""), (true, "-public")] {
        let with = |args: &[&'static str]| {
            let mut args = args.to_vec();
            if public {
                // As of a fixed day, so personal paragraphs age out the same way every run.
                args.extend(["--public", "--as-of", AS_OF]);
            }
            args
        };
        // An e-mail is public unless asked to be internal.
        let eml = if public {
            with(&["--date", WEEK, "--format", "eml"])
        } else {
            vec!["--date", WEEK, "--format", "eml", "--internal"]
        };
        cases.push((format!("week{suffix}.eml"), export(&eml)));
        cases.push((format!("week{suffix}.ics"), export(&with(&["--date", WEEK, "--format", "ics"]))));
        cases.push((format!("week{suffix}.epub.txt"), export_epub_entries(&with(&["--date", WEEK]))));
        for (format, ext) in [("text", "txt"), ("markdown", "md"), ("html", "html")] {
            cases.push((
                format!("week-plan{suffix}.{ext}"),
                export(&with(&["--date", WEEK, "--plan", "--format", format])),
            ));
        }
        cases.push((format!("week-plan{suffix}.pdf.txt"), export_pdf_text(&with(&["--date", WEEK, "--plan"]))));
    }
    cases.push(("all.epub.txt".to_owned(), export_epub_entries(&["--all"])));
    for layout in ["large-print", "booklet"] {
        cases.push((format!("week-{layout}.pdf.txt"), export_pdf_text(&["--date", WEEK, "--layout", layout])));
        cases.push((format!("week-{layout}.html"), export(&["--date", WEEK, "--format", "html", "--layout", layout])));
    }
    check_all(cases);
}

/// `--public` drops the sensitive paragraph, and its mark, in every format.
#[test]
fn public_leaves_out_the_sensitive_paragraph_in_every_format() {
    let library = Library::load(common::sample_data()).unwrap();
    let b = &library.entry(WEEK).unwrap().bulletin;
    let sensitive = b.sections.iter().flat_map(|s| &s.items).find(|i| i.sensitive).unwrap();
    // A stretch of words no format escapes or wraps.
    let words: String = sensitive.text.split_whitespace().skip(4).take(4).collect::<Vec<_>>().join(" ");
    assert!(!words.contains(['\'', '&', '*', '<', '"']), "{words}");
    for format in common::formats_here() {
        for audience in [Audience::Internal, Audience::Public] {
            let handout = Handout {
                format,
                audience,
                width: 400,
                ascii: false,
                paper: Paper::A4,
                library_name: library.settings.name.clone(),
                ..Default::default()
            };
            let bytes = render(&[b], &handout).unwrap();
            // As the format's reader finds the words (an e-mail's bodies decoded, a calendar's
            // lines unfolded), white space made single spaces.
            let text = common::readable(format, &bytes).split_whitespace().collect::<Vec<_>>().join(" ");
            let marked = match format {
                Format::Ron => text.contains("sensitive: true"),
                _ => text.to_lowercase().contains("not for sharing"),
            };
            match audience {
                Audience::Internal => {
                    assert!(text.contains(&words), "{format:?} internal lacks the paragraph");
                    assert!(marked, "{format:?} internal does not mark it");
                }
                Audience::Public => {
                    assert!(!text.contains(&words), "{format:?} public holds the paragraph");
                    assert!(!marked, "{format:?} public still marks something");
                    assert!(text.contains("Africa"), "{format:?} public keeps the rest");
                }
            }
        }
    }
}

#[test]
fn markup_in_text_is_escaped_in_html_and_markdown() {
    let library = Library::load(common::sample_data()).unwrap();
    let mut b = library.entry(WEEK).unwrap().bulletin.clone();
    b.title = "<img src=x onerror=alert(1)> & *bold*".into();
    b.sections[0].region = "<h1>Region</h1>".into();
    b.sections[0].items[0].text = "# not a heading, [link](javascript:x) `code` <b>b</b> 'q' \"qq\"".into();
    b.closing = Some("</article><script>x</script>".into());
    let handout = |format| Handout {
        format,
        audience: Audience::Internal,
        width: 72,
        ascii: false,
        paper: Paper::A4,
        library_name: "<Lib & Co>".into(),
        ..Default::default()
    };
    let html = String::from_utf8(render(&[&b], &handout(Format::Html)).unwrap()).unwrap();
    for raw in ["<img", "<h1>Region", "<b>b</b>", "<script>", "</article><"] {
        assert!(!html.contains(raw), "{raw} is not escaped in HTML");
    }
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; *bold*"));
    assert!(html.contains("&#39;q&#39; &quot;qq&quot;"));
    let md = String::from_utf8(render(&[&b], &handout(Format::Markdown)).unwrap()).unwrap();
    assert!(md.contains("# \\<img src=x onerror=alert(1)\\> & \\*bold\\*"), "{md}");
    assert!(md.contains("\\# not a heading, \\[link\\](javascript:x) \\`code\\` \\<b\\>b\\</b\\>"), "{md}");
    // PDF: the text is drawn as written, never interpreted.
    let pdf = render(&[&b], &handout(Format::Pdf)).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("<img src=x onerror=alert(1)> & *bold*"), "{text}");
}
