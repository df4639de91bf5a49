//! The handouts people ask for, read back by the programs their readers use: the e-mail draft by
//! mail-parser (as the Stalwart mail server reads mail), the e-book by epubcheck (the W3C's EPUB
//! validator), the PDFs by pdftotext (poppler, as most Linux PDF viewers draw them), the calendar by
//! the icalendar crate's parser. Where epubcheck, pdftotext or a Korean and Chinese font is not
//! installed, the test that needs it says so on stderr and checks nothing more (CI installs them).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use icalendar::Component as _;
use mail_parser::MimeHeaders as _;
use prayer_bulletin::export::{Audience, Format, Handout, PageLayout, Paper, render_noting};
use prayer_bulletin::library::Library;
use prayer_bulletin::model::{Bulletin, Item, ItemKind, Section};

const WEEK: &str = "2026-10-31";

/// The words of the sensitive paragraph of the sample week that no public handout may hold.
const SECRET: &str = "Meera* and her two children";

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_prayer-bulletin")).args(args).output().unwrap()
}

/// `prayer-bulletin export sample-data ARGS -o DIR/NAME`: the file's bytes and stderr.
fn export_file(dir: &Path, name: &str, args: &[&str]) -> (PathBuf, String) {
    let path = dir.join(name);
    let sample = common::sample_data();
    let mut all = vec!["export", sample.to_str().unwrap()];
    all.extend(args);
    // A test may make the same file again: replacing it is asked for.
    all.extend(["-o", path.to_str().unwrap(), "--force"]);
    let out = cli(&all);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "export {args:?}: {stderr}");
    (path, stderr)
}

/// Whether `program` runs here; if not, a one-line note naming the test's line on stderr.
#[track_caller]
fn have_or_skip(program: &str, what: &str) -> bool {
    let found = Command::new(program).arg("-v").output().is_ok();
    if !found {
        let at = std::panic::Location::caller();
        let _note_is_best_effort = writeln!(
            std::io::stderr(),
            "skipped at {}:{}: needs {program} ({what}; CI installs it)",
            at.file(),
            at.line()
        );
    }
    found
}

/// The command that runs epubcheck, or `None` (with a note on stderr) when it is not installed.
/// Debian installs `epubcheck` as a link to its jar, which runs directly only where the kernel is
/// told to hand jars to java (binfmt); run the jar with java instead, as the wrapper would.
#[track_caller]
fn epubcheck_or_skip() -> Option<Command> {
    let found = std::env::var_os("PATH")
        .and_then(|path| std::env::split_paths(&path).map(|dir| dir.join("epubcheck")).find(|p| p.is_file()));
    let command = found.and_then(|path| {
        let target = std::fs::canonicalize(&path).unwrap_or(path);
        if target.extension().is_some_and(|e| e == "jar") {
            let mut java = Command::new("java");
            java.arg("-jar").arg(target);
            Command::new("java").arg("-version").output().is_ok().then_some(java)
        } else {
            Some(Command::new(target))
        }
    });
    if command.is_none() {
        let at = std::panic::Location::caller();
        let _note_is_best_effort = writeln!(
            std::io::stderr(),
            "skipped at {}:{}: needs epubcheck (to validate the e-book; CI installs it)",
            at.file(),
            at.line()
        );
    }
    command
}

/// Whether an installed font has Korean and Chinese; if not, a one-line note on stderr.
#[track_caller]
fn cjk_font_or_skip() -> bool {
    let out = Command::new("fc-list").arg(":lang=ko").output();
    let found = out.is_ok_and(|o| !o.stdout.is_empty());
    if !found {
        let at = std::panic::Location::caller();
        let _note_is_best_effort = writeln!(
            std::io::stderr(),
            "skipped at {}:{}: needs a Korean and Chinese font, such as fonts-noto-cjk (CI installs it)",
            at.file(),
            at.line()
        );
    }
    found
}

/// pdftotext's reading of a PDF (pages separated by form feeds), with its arguments.
fn pdftotext(path: &Path, args: &[&str]) -> String {
    let out = Command::new("pdftotext").args(args).arg(path).arg("-").output().unwrap();
    assert!(out.status.success(), "pdftotext {}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Page count and the first page's size in points, as pdfinfo reads them.
fn pdfinfo(path: &Path) -> (usize, f32, f32) {
    let out = Command::new("pdfinfo").arg(path).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let field = |name: &str| text.lines().find_map(|l| l.strip_prefix(name)).unwrap().trim().to_owned();
    let pages = field("Pages:").parse().unwrap();
    let size = field("Page size:");
    let mut numbers = size.split_whitespace().filter_map(|w| w.parse::<f32>().ok());
    (pages, numbers.next().unwrap(), numbers.next().unwrap())
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_email_draft_reads_back_as_a_ready_to_send_message() {
    let dir = tempfile::tempdir().unwrap();
    for public in [false, true] {
        // An e-mail is public unless asked to be internal.
        let mut args = vec!["--date", WEEK, "--format", "eml"];
        if !public {
            args.push("--internal");
        }
        let (path, _) = export_file(dir.path(), &format!("week-{public}.eml"), &args);
        let bytes = std::fs::read(&path).unwrap();
        let mail = mail_parser::MessageParser::default().parse(&bytes).unwrap();
        assert_eq!(mail.subject(), Some("Praise God for a verdict in Romania"));
        assert_eq!(mail.header_raw("X-Unsent").map(str::trim), Some("1"), "opens as a draft");
        let ct = mail.content_type().unwrap();
        assert_eq!((ct.ctype(), ct.subtype()), ("multipart", Some("alternative")));
        assert_eq!((mail.text_body.len(), mail.html_body.len()), (1, 1));
        let plain = mail.body_text(0).unwrap();
        let html = mail.body_html(0).unwrap();
        let closing = "please do not post these requests online";
        for body in [plain.as_ref(), html.as_ref()] {
            let body = flat(body);
            assert!(body.contains("Timișoara") && body.contains("서울"), "accents and scripts survive: {body}");
            let footer = body.rfind(closing).unwrap();
            assert!(footer > body.rfind("before the holidays").unwrap(), "the closing note is the footer: {body}");
            assert_eq!(body.contains(SECRET), !public, "public: {public}: {body}");
            assert_eq!(body.to_lowercase().contains("not for sharing"), !public);
        }
    }
}

#[test]
fn the_ebook_passes_epubcheck_with_a_chapter_per_week() {
    let dir = tempfile::tempdir().unwrap();
    let (all, _) = export_file(dir.path(), "all.epub", &["--all", "--format", "epub"]);
    let (public, _) = export_file(dir.path(), "week-public.epub", &["--date", WEEK, "--format", "epub", "--public"]);

    // The book's own structure, whatever is installed.
    let bytes = std::fs::read(&all).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let first = zip.by_index(0).unwrap();
    assert_eq!((first.name().unwrap().as_ref(), first.compression()), ("mimetype", zip::CompressionMethod::Stored));
    drop(first);
    let library = Library::load(common::sample_data()).unwrap();
    let chapters = zip.file_names().filter(|n| n.as_ref().unwrap().starts_with("EPUB/week-")).count();
    assert_eq!(chapters, library.entries.len(), "one chapter per bulletin");
    let text = common::readable(Format::Epub, &bytes);
    assert!(text.contains("<nav epub:type=\"toc\""), "a table of contents");
    assert!(text.contains("<blockquote><p>\u{201c}The Lord is close"), "the verse set apart");
    let public_text = common::readable(Format::Epub, &std::fs::read(&public).unwrap());
    assert!(public_text.contains("Timișoara") && !public_text.contains(SECRET));
    assert!(text.contains(SECRET), "the internal book keeps it, marked");

    for book in [&all, &public] {
        let Some(mut epubcheck) = epubcheck_or_skip() else { return };
        let out = epubcheck.arg(book).output().unwrap();
        let report = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "epubcheck {}:\n{report}", book.display());
        assert!(report.contains("No errors or warnings detected"), "{report}");
    }
}

#[test]
fn the_calendar_has_seven_all_day_events_from_the_bulletins_date_or_start() {
    let dir = tempfile::tempdir().unwrap();
    for (start, first) in [(None, (2026, 10, 31)), (Some("2026-11-01"), (2026, 11, 1))] {
        let mut args = vec!["--date", WEEK, "--format", "ics", "--public"];
        if let Some(start) = start {
            args.extend(["--start", start]);
        }
        let (path, _) = export_file(dir.path(), "week.ics", &args);
        let text = std::fs::read_to_string(&path).unwrap();
        let calendar: icalendar::Calendar = text.parse().unwrap();
        let events: Vec<&icalendar::Event> = calendar.events().collect();
        assert_eq!(events.len(), 7);
        let first = chrono::NaiveDate::from_ymd_opt(first.0, first.1, first.2).unwrap();
        for (i, event) in events.iter().enumerate() {
            let day = first + chrono::Days::new(i as u64);
            assert_eq!(event.get_start(), Some(icalendar::DatePerhapsTime::Date(day)), "all day, day {i}");
            assert_eq!(event.get_end(), Some(icalendar::DatePerhapsTime::Date(day.succ_opt().unwrap())));
            assert!(event.get_summary().unwrap().ends_with(&format!("day {} of 7", i + 1)));
        }
        let day_one = common::ics_unescape(events[0].get_description().unwrap());
        assert!(day_one.starts_with("\u{201c}The Lord is close"), "day one opens with the verse: {day_one}");
        let all = common::readable(Format::Ics, text.as_bytes());
        assert!(all.contains("Timișoara") && !all.contains(SECRET), "{all}");
        assert!(!all.to_lowercase().contains("not for sharing"));
    }
}

/// The daily plan in every format that has it: every paragraph once, in order, the verse first.
#[test]
fn the_daily_plan_puts_every_paragraph_on_one_day_in_every_format() {
    let library = Library::load(common::sample_data()).unwrap();
    let b = &library.entry(WEEK).unwrap().bulletin;
    // A stretch of each paragraph that no format escapes or breaks.
    let snippets: Vec<String> = b
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .map(|i| i.text.split_whitespace().skip(3).take(4).collect::<Vec<_>>().join(" "))
        .collect();
    for format in [Format::Text, Format::Markdown, Format::Html, Format::Pdf, Format::Ics] {
        let handout = Handout {
            format,
            audience: Audience::Internal,
            width: 1000,
            library_name: library.settings.name.clone(),
            plan: true,
            ..Handout::default()
        };
        // Markdown's escapes (`Meera\\*`) taken out.
        let text = flat(&common::readable(format, &render_noting(&[b], &handout).unwrap().bytes).replace('\\', ""));
        let day = |n: usize| text.find(&format!("Day {n}")).or_else(|| text.find(&format!("day {n} of 7")));
        let days: Vec<usize> =
            (1..=7).map(|n| day(n).unwrap_or_else(|| panic!("{format:?} has day {n}: {text}"))).collect();
        assert!(days.windows(2).all(|w| w[0] < w[1]), "{format:?}: days in order");
        let verse = text.find("The Lord is close").unwrap();
        assert!(days[0] < verse && verse < days[1], "{format:?}: day one opens with the verse");
        let mut at = 0;
        for snippet in &snippets {
            assert_eq!(text.matches(snippet.as_str()).count(), 1, "{format:?}: {snippet:?} once: {text}");
            let found = text.find(snippet.as_str()).unwrap();
            assert!(found > at, "{format:?}: {snippet:?} in reading order");
            at = found;
        }
    }
}

#[test]
fn the_plan_card_is_one_page_and_pdftotext_reads_its_days() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = export_file(dir.path(), "plan.pdf", &["--date", WEEK, "--format", "pdf", "--plan", "--public"]);
    if !have_or_skip("pdftotext", "to read the PDF back") {
        return;
    }
    assert_eq!(pdfinfo(&path).0, 1, "one page");
    let text = flat(&pdftotext(&path, &[]));
    for n in 1..=7 {
        assert!(text.contains(&format!("Day {n} ·")), "day {n}: {text}");
    }
    assert!(text.contains("Timișoara") && !text.contains("Meera"), "{text}");
}

/// Large print: every word on the page is at least 18 pt tall (pdftotext's word boxes span the
/// font's ascent and descent, which is at least the point size), and the standard handout has
/// smaller words, so the check can tell them apart.
#[test]
fn large_print_sets_every_word_at_18_points_or_more() {
    if !have_or_skip("pdftotext", "to measure the words") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let heights = |path: &Path| -> Vec<f32> {
        let html = pdftotext(path, &["-bbox"]);
        html.lines()
            .filter(|l| l.trim_start().starts_with("<word"))
            .map(|l| {
                let number = |attr: &str| -> f32 {
                    let from = l.find(&format!("{attr}=\"")).unwrap() + attr.len() + 2;
                    l[from..].split('"').next().unwrap().parse().unwrap()
                };
                number("yMax") - number("yMin")
            })
            .collect()
    };
    let (large, _) = export_file(dir.path(), "large.pdf", &["--all", "--format", "pdf", "--layout", "large-print"]);
    let (standard, _) = export_file(dir.path(), "standard.pdf", &["--all", "--format", "pdf"]);
    let large_heights = heights(&large);
    assert!(large_heights.len() > 500, "{}", large_heights.len());
    let smallest = large_heights.iter().copied().fold(f32::MAX, f32::min);
    assert!(smallest >= 17.9, "a word of large print is {smallest} pt tall");
    assert!(heights(&standard).iter().any(|&h| h < 14.0), "the standard handout has smaller text");
    assert!(pdfinfo(&large).0 > pdfinfo(&standard).0, "large print takes more pages");
}

/// A booklet: A5 pages two to an A4 landscape sheet (half-letter on Letter), page 1 at the right
/// of the first side, page 2 at the left of its back, the last page at the left of the first side.
#[test]
fn a_booklet_imposes_a5_pages_in_folding_order() {
    if !have_or_skip("pdftotext", "to read the sheets") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (paper, sheet) in [("a4", (842.0, 595.0)), ("letter", (792.0, 612.0))] {
        let (path, _) = export_file(
            dir.path(),
            &format!("booklet-{paper}.pdf"),
            &["--all", "--format", "pdf", "--layout", "booklet", "--paper", paper],
        );
        let (sides, width, height) = pdfinfo(&path);
        assert!((width - sheet.0).abs() < 1.5 && (height - sheet.1).abs() < 1.5, "{paper}: {width} × {height}");
        let pages = 2 * sides;
        assert_eq!(pages % 4, 0, "padded to a multiple of four");
        let half = |side: usize, right: bool| {
            let x = if right { (width / 2.0).round() as i32 } else { 0 };
            let f = side.to_string();
            let (x, w, h) = (x.to_string(), ((width / 2.0) as i32).to_string(), (height as i32).to_string());
            flat(&pdftotext(&path, &["-f", &f, "-l", &f, "-x", &x, "-y", "0", "-W", &w, "-H", &h]))
        };
        let laid_out = {
            let all = pdftotext(&path, &[]);
            all.split("Page ")
                .filter_map(|p| p.split(" of ").nth(1)?.split_whitespace().next()?.parse::<usize>().ok())
                .max()
                .unwrap()
        };
        assert!(laid_out <= pages && pages < laid_out + 4, "{laid_out} pages laid out, {pages} printed");
        assert!(half(1, true).contains(&format!("Page 1 of {laid_out}")), "{paper}: {}", half(1, true));
        assert!(half(2, false).contains(&format!("Page 2 of {laid_out}")), "{paper}: {}", half(2, false));
        assert!(half(2, true).contains(&format!("Page {} of {laid_out}", pages - 1)) || pages - 1 > laid_out);
        let last = half(1, false);
        assert!(if pages == laid_out { last.contains(&format!("Page {pages} of")) } else { last.is_empty() }, "{last}");
    }
}

#[test]
fn korean_and_chinese_print_with_a_system_font_and_keep_their_characters() {
    let library = Library::load(common::sample_data()).unwrap();
    let b = &library.entry(WEEK).unwrap().bulletin;
    let handout = Handout { format: Format::Pdf, library_name: library.settings.name.clone(), ..Handout::default() };
    let rendered = render_noting(&[b], &handout).unwrap();
    if !cjk_font_or_skip() {
        return;
    }
    assert!(rendered.unprintable.is_empty(), "{:?}", rendered.unprintable);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("week.pdf");
    std::fs::write(&path, &rendered.bytes).unwrap();
    if !have_or_skip("pdftotext", "to read the PDF back") {
        return;
    }
    let text = flat(&pdftotext(&path, &[]));
    assert!(text.contains("Seoul (서울), Hong Kong (香港)"), "{text}");
    assert!(!text.contains('\u{25a1}'), "no boxes: {text}");
    let fonts = String::from_utf8(Command::new("pdffonts").arg(&path).output().unwrap().stdout).unwrap();
    assert!(
        fonts.lines().any(|l| l.contains("CJK") && l.contains(" yes ")),
        "a CJK font, embedded as a subset: {fonts}"
    );
}

#[test]
fn characters_no_font_has_are_named_on_stderr_and_in_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("lib");
    common::copy_dir(&common::sample_data(), &library);
    // U+0378 is unassigned: no font has it.
    let mut b = Library::load(&library).unwrap().entry(WEEK).unwrap().bulletin.clone();
    b.sections.push(Section {
        region: "Elsewhere".into(),
        items: vec![Item {
            kind: ItemKind::Request,
            text: "Pray for \u{378} here.".into(),
            sensitive: false,
            ..Item::default()
        }],
    });
    let rendered = render_noting(&[&b], &Handout { format: Format::Pdf, ..Handout::default() }).unwrap();
    // The sample's Korean and Chinese words print with a system font; with none, they are named too.
    let cjk = ['\u{378}', '港', '香', '서', '울'];
    let expected: &[char] = if cjk_font_or_skip() { &cjk[..1] } else { &cjk };
    assert_eq!(rendered.unprintable, expected);
    let note = rendered.unprintable_note().unwrap();
    let count = format!("{} character", expected.len());
    assert!(note.contains("U+0378") && note.contains(&count), "{note}");

    std::fs::write(library.join(format!("bulletins/{WEEK}.ron")), ron_of(&b)).unwrap();
    let out = cli(&[
        "export",
        library.to_str().unwrap(),
        "--date",
        WEEK,
        "--format",
        "pdf",
        "-o",
        dir.path().join("x.pdf").to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("could not be printed") && stderr.contains("U+0378"), "{stderr}");
}

fn ron_of(b: &Bulletin) -> String {
    let handout = Handout { format: Format::Ron, ..Handout::default() };
    String::from_utf8(render_noting(&[b], &handout).unwrap().bytes).unwrap()
}

#[test]
fn choices_that_do_not_go_together_are_usage_errors_that_say_why() {
    let sample = common::sample_data();
    let dir = sample.to_str().unwrap();
    for (args, why) in [
        (vec!["--format", "epub", "--plan", "-o", "x.epub"], "--plan"),
        (vec!["--format", "eml", "--plan"], "--plan"),
        (vec!["--format", "text", "--layout", "booklet"], "--layout"),
        (vec!["--format", "text", "--layout", "standard"], "--layout"),
        (vec!["--format", "ics", "--layout", "large-print"], "--layout"),
        (vec!["--format", "pdf", "--plan", "--layout", "booklet", "-o", "x.pdf"], "--layout"),
        (vec!["--format", "html", "--start", "2026-11-01"], "--start"),
    ] {
        let mut all = vec!["export", dir, "--date", WEEK];
        all.extend(&args);
        let out = cli(&all);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(why), "{args:?}: {stderr}");
    }
    let out = cli(&["export", dir, "--all", "--format", "ics", "--start", "2026-11-01"]);
    assert_eq!(out.status.code(), Some(2), "--start is for one week");
    let out = cli(&["export", dir, "--date", WEEK, "--format", "epub"]);
    assert_eq!(out.status.code(), Some(2), "an e-book goes to a file: a usage error");
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o FILE.epub"));
}

#[test]
fn large_print_and_booklet_html_set_their_pages() {
    let library = Library::load(common::sample_data()).unwrap();
    let b = &library.entry(WEEK).unwrap().bulletin;
    let html = |layout, paper| {
        let h = Handout { format: Format::Html, layout, paper, ..Handout::default() };
        String::from_utf8(render_noting(&[b], &h).unwrap().bytes).unwrap()
    };
    let large = html(PageLayout::LargePrint, Paper::A4);
    assert!(large.contains("body { font-size: 18pt;") && large.contains(".kind, .mark { font-size: 1em;"));
    assert!(html(PageLayout::Booklet, Paper::A4).contains("@page { size: A5;"));
    assert!(html(PageLayout::Booklet, Paper::Letter).contains("@page { size: 5.5in 8.5in;"));
    assert!(html(PageLayout::Standard, Paper::Letter).contains("@page { size: letter;"));
}
