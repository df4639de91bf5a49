//! Files as coordinators receive them (e-mails, web pages, Word documents), built here at test time,
//! import to the same bulletin as the plain text; and a batch import saves the files that import and
//! names the ones that do not.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Write as _;
use std::process::Command;

use chrono::NaiveDate;
use prayer_bulletin::import::{ImportError, ImportReport, import_file};
use prayer_bulletin::library::LibrarySettings;
use prayer_bulletin::model::ItemKind::{Praise, Request};
use prayer_bulletin::model::{Bulletin, Item, Section, Verse};

const TITLE: &str = "Pray for the river clinic";
const VERSE: &str = "Let all that you do be done in love.";
const NURSES: &str = "Pray for the nurses who travel by canoe to the river villages.";
const FRIDGE: &str = "Praise God for the new solar fridge that keeps the vaccines cold.";
const SAMIR: &str = "Pray for Samir*, who starts school again on Monday.";
const CLOSING: &str = "Please do not post these requests online.";

/// The bulletin every file below holds.
fn want() -> Bulletin {
    Bulletin {
        date: NaiveDate::from_ymd_opt(2024, 6, 29),
        title: TITLE.into(),
        verse: Some(Verse { text: VERSE.into(), reference: "1 Corinthians 16:14".into() }),
        sections: vec![
            Section {
                region: "Latin America".into(),
                items: vec![
                    Item { kind: Request, text: NURSES.into(), sensitive: false, ..Item::default() },
                    Item { kind: Praise, text: FRIDGE.into(), sensitive: false, ..Item::default() },
                ],
            },
            // A heading the library does not know is kept as a section of its own; the paragraph
            // naming a survivor by a pseudonym comes in marked sensitive.
            Section {
                region: "Middle East".into(),
                items: vec![Item { kind: Request, text: SAMIR.into(), sensitive: true, ..Item::default() }],
            },
        ],
        closing: Some(CLOSING.into()),
        ..Bulletin::default()
    }
}

fn plain_text() -> String {
    format!(
        "{TITLE}\n\nJune 29, 2024\n\n\u{201c}{VERSE}\u{201d}\n\u{2013} 1 Corinthians 16:14\n\nLatin America\n\n{NURSES}\n\n{FRIDGE}\n\nMiddle East\n\n{SAMIR}\n\n{CLOSING}\n"
    )
}

fn html_page() -> String {
    format!(
        "<!DOCTYPE html><html><head><title>Church news</title><style>h1 {{ color: red }}</style></head><body>\
         <nav><a href=\"/\">Home</a></nav>\
         <h1>{TITLE}</h1><p><em>June 29, 2024</em></p>\
         <blockquote><p>&ldquo;{VERSE}&rdquo;<br>&ndash; 1 Corinthians 16:14</p></blockquote>\
         <h2>Latin America</h2><ul><li>{NURSES}</li><li><strong>Praise God</strong> for the new solar fridge that keeps the vaccines cold.</li></ul>\
         <h2>Middle East</h2><table><tr><td>{SAMIR}</td></tr></table>\
         <p>{CLOSING}</p><script>track();</script></body></html>"
    )
}

fn messages(report: &ImportReport) -> Vec<String> {
    report.warnings.iter().map(|w| w.message.clone()).collect()
}

const NEW_REGION: &str = "\u{201c}Middle East\u{201d} is not a region of the library; kept as a section of that name";
const SENSITIVE: &str =
    "marked sensitive: \u{201c}Samir*\u{201d} could identify a survivor; unmark it in the preview if it may be shared";

#[track_caller]
fn assert_imports(name: &str, bytes: &[u8], extra: &[&str]) {
    let report = import_file(name, bytes, &LibrarySettings::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(report.bulletins, [want()], "{name}");
    let mut expected: Vec<String> = extra.iter().map(std::string::ToString::to_string).collect();
    expected.extend([NEW_REGION.to_owned(), SENSITIVE.to_owned()]);
    assert_eq!(messages(&report), expected, "{name}");
}

#[test]
fn plain_text_by_extension_and_by_content() {
    assert_imports("week.txt", plain_text().as_bytes(), &[]);
    assert_imports("-", plain_text().as_bytes(), &[]);
    // The warnings point at the text's lines.
    let report = import_file("week.txt", plain_text().as_bytes(), &LibrarySettings::default()).unwrap();
    let lines: Vec<usize> = report.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [14, 16]);
}

#[test]
fn an_html_page_keeps_its_headings_lists_and_table_cells() {
    let page = html_page();
    // The page's menu is named as left out.
    // The page's menu is named as what it is.
    let menu = "left out (a web page's furniture: a link, a byline, a share or comment prompt): \u{201c}Home\u{201d}";
    assert_imports("week.html", page.as_bytes(), &[menu]);
    // Saved without an extension, it is known by its content.
    assert_imports("download", page.as_bytes(), &[menu]);
    // Windows-1252 pages (older editors) are read too.
    let curly = page.replace("&ldquo;", "\u{201c}").replace("&rdquo;", "\u{201d}");
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&curly);
    assert_imports(
        "old.htm",
        &latin,
        &["the text is not UTF-8; read it as Windows-1252 (older Word and mail exports)", menu],
    );
}

/// Standard base64 with line breaks every 76 characters, as mail programs write it.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out.as_bytes().chunks(76).map(|l| String::from_utf8(l.to_vec()).unwrap()).collect::<Vec<_>>().join("\r\n")
}

#[test]
fn e_mails_multipart_quoted_printable_base64_and_html_only() {
    use mail_builder::MessageBuilder;
    let message =
        || MessageBuilder::new().from(("Lima team", "team@example.org")).to("prayer@example.org").subject(TITLE);

    // multipart/alternative: the plain-text part is read (quoted-printable for the curly quotes).
    let both = message().text_body(plain_text()).html_body(html_page()).write_to_vec().unwrap();
    let raw = String::from_utf8_lossy(&both);
    assert!(raw.contains("multipart/alternative") && raw.contains("quoted-printable"), "{raw}");
    assert_imports("week.eml", &both, &[]);
    assert_imports("saved-message", &both, &[]);

    // HTML only: the HTML part is read as a page.
    let html_only = message().html_body(html_page()).write_to_vec().unwrap();
    assert_imports(
        "week.eml",
        &html_only,
        &[
            "the e-mail has no plain-text part; read its HTML part",
            "left out (a web page's furniture: a link, a byline, a share or comment prompt): \u{201c}Home\u{201d}",
        ],
    );

    // A base64 body.
    let base64_mail = format!(
        "From: team@example.org\r\nTo: prayer@example.org\r\nSubject: {TITLE}\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n",
        base64(plain_text().as_bytes())
    );
    assert_imports("week.eml", base64_mail.as_bytes(), &[]);

    // A body with no headline takes the subject's.
    let untitled = message().text_body(plain_text().replacen(&format!("{TITLE}\n\n"), "", 1)).write_to_vec().unwrap();
    let report = import_file("week.eml", &untitled, &LibrarySettings::default()).unwrap();
    assert_eq!(report.bulletins, [want()]);
    assert!(messages(&report).contains(&format!("took the e-mail's subject \u{201c}{TITLE}\u{201d} as the headline")));
}

/// A Word document holding `body` (the XML inside `<w:body>`), built as Word writes one.
fn docx(body: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(
        b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
    )
    .unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    write!(
        zip,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

fn paragraph(style: Option<&str>, runs: &[&str]) -> String {
    let style = style.map(|s| format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")).unwrap_or_default();
    let runs: String = runs.iter().map(|t| format!("<w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r>")).collect();
    format!("<w:p>{style}{runs}</w:p>")
}

#[test]
fn a_word_document_with_headings_lists_and_runs() {
    let list = |text: &str| {
        format!(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )
    };
    let body = [
        paragraph(Some("Title"), &[TITLE]),
        paragraph(None, &["June 29, 2024"]),
        paragraph(Some("Quote"), &["\u{201c}Let all that you do ", "be done in love.\u{201d}"]),
        paragraph(None, &["\u{2013} 1 Corinthians 16:14"]),
        paragraph(Some("Heading1"), &["Latin America"]),
        list(NURSES),
        list(FRIDGE),
        paragraph(Some("Heading1"), &["Middle East"]),
        paragraph(None, &["Pray for Samir*, who starts school ", "again on Monday."]),
        paragraph(None, &[]),
        paragraph(None, &[CLOSING]),
    ]
    .concat();
    let bytes = docx(&body);
    assert_imports("week.docx", &bytes, &[]);
    assert_imports("attachment", &bytes, &[]);
}

#[test]
fn files_that_cannot_be_read_are_named_with_the_reason() {
    let settings = LibrarySettings::default();
    let err = import_file("broken.docx", b"PK\x03\x04not really a zip", &settings).unwrap_err();
    assert!(matches!(&err, ImportError::Unreadable { file, .. } if file == "broken.docx"), "{err:?}");
    assert!(err.to_string().starts_with("broken.docx: not a Word document"), "{err}");
    let err = import_file("letter.docx", &docx("<w:p><w:r><w:t>   </w:t></w:r></w:p>"), &settings).unwrap_err();
    assert_eq!(
        err.to_string(),
        "letter.docx: no bulletin found: the Word document has no prayer paragraphs, headings or verse"
    );
    let err = import_file("empty.txt", b"\n\n  \n", &settings).unwrap_err();
    assert_eq!(err, ImportError::NoBulletin { file: "empty.txt".into(), kind: "text" });
    let err = import_file("note.eml", b"From: a@example.org\r\nSubject: hello\r\n\r\n", &settings).unwrap_err();
    assert_eq!(err.to_string(), "note.eml: no readable message text in the e-mail");
    // Nothing panics on bytes of any kind, whatever the name says.
    for name in ["x.eml", "x.html", "x.docx", "x.txt", "x"] {
        for bytes in [&b""[..], b"\xff\xfe\x00", b"PK\x03\x04", b"<html><body><li>", b"From: x\r\n\r\n\xff"] {
            let _read_or_refused: Result<_, _> = import_file(name, bytes, &settings);
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// The command line: a batch of good and bad files.

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_prayer-bulletin")).args(args).output().unwrap()
}

#[test]
fn a_batch_saves_the_good_files_and_names_the_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let good_text = write("week.txt", plain_text().replace("June 29", "June 22").as_bytes());
    let good_docx = write(
        "week.docx",
        &docx(&paragraph(None, &[&plain_text().replace('\n', "</w:t></w:r></w:p><w:p><w:r><w:t>")])),
    );
    let good_html = write("week.html", html_page().as_bytes());
    let bad_docx = write("broken.docx", b"PK\x03\x04not a zip");
    let empty = write("empty.txt", b"\n\n");
    let missing = dir.path().join("missing.txt").to_str().unwrap().to_owned();
    let lib = dir.path().join("library");
    let lib_path = lib.to_str().unwrap();

    let o = run(&[
        "import",
        &good_text,
        &bad_docx,
        &good_docx,
        &empty,
        &missing,
        &good_html,
        "--library",
        lib_path,
        "--json",
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    // Each bad file is named with its reason.
    assert!(stderr.contains(&format!("not imported: {bad_docx}: not a Word document")), "{stderr}");
    assert!(stderr.contains(&format!("not imported: {empty}: no bulletin found")), "{stderr}");
    assert!(stderr.contains(&format!("not imported: {missing}")), "{stderr}");
    // The good ones are saved; the docx and the page hold the same week, so the second is kept out.
    assert!(stderr.contains("kept the existing bulletin for this week"), "{stderr}");
    assert!(
        stderr
            .contains(&format!("wrote 2 bulletins from 2 files; 3 files not imported: {bad_docx}, {empty}, {missing}")),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let files = json["files"].as_array().unwrap();
    let summary: Vec<(String, u64, bool, usize)> = files
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_owned(),
                f["bulletins"].as_u64().unwrap(),
                f["error"].is_string(),
                f["written"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (good_text.clone(), 1, false, 1),
            (bad_docx.clone(), 0, true, 0),
            (good_docx.clone(), 1, false, 1),
            (empty.clone(), 0, true, 0),
            (missing.clone(), 0, true, 0),
            (good_html.clone(), 1, false, 0),
        ]
    );
    let saved = |stem: &str| {
        prayer_bulletin::library::read_bulletin(&lib.join("bulletins").join(format!("{stem}.ron"))).unwrap()
    };
    assert_eq!(saved("2024-06-29"), want());
    assert_eq!(saved("2024-06-22"), Bulletin { date: NaiveDate::from_ymd_opt(2024, 6, 22), ..want() });
    assert_eq!(std::fs::read_dir(lib.join("bulletins")).unwrap().count(), 2);

    // The library's regions are left alone: the new heading stays a section of the bulletins only.
    let settings = std::fs::read_to_string(lib.join("library.ron")).unwrap();
    assert!(!settings.contains("Middle East"), "{settings}");
    assert!(
        stderr.contains(
            "kept as sections of those names: Middle East (library.ron unchanged; use --add-regions to add them)"
        ),
        "{stderr}"
    );

    // With --add-regions they join the library's regions.
    let o = run(&["import", &good_html, "--library", lib_path, "--replace", "--add-regions"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let settings = std::fs::read_to_string(lib.join("library.ron")).unwrap();
    assert!(settings.contains("\"Middle East\""), "{settings}");

    // A batch of bad files only writes nothing and creates no library.
    let nowhere = dir.path().join("nowhere");
    let o = run(&["import", &bad_docx, &empty, "--library", nowhere.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!nowhere.exists());
}
