//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The project's folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The demo library.
pub fn sample_data() -> PathBuf {
    root().join("sample-data")
}

/// The real seed bulletins, kept beside the project (never copied into it), when they are there: CI
/// has them; a clone of the repository alone does not.
pub fn seeds_dir() -> Option<PathBuf> {
    Some(root().join("../shared/seeds")).filter(|dir| dir.is_dir())
}

/// A seed file by its number prefix ("000" or "001"), or `None` (with a one-line note on stderr
/// naming the test) when the seeds are not beside the project: the test then checks nothing more.
#[track_caller]
pub fn seed_or_skip(prefix: &str) -> Option<PathBuf> {
    let Some(dir) = seeds_dir() else {
        let at = std::panic::Location::caller();
        // Straight to stderr, past the test harness's capture, so the note shows in a passing run.
        let _note_is_best_effort = writeln!(
            std::io::stderr(),
            "skipped at {}:{}: needs the seed bulletins in ../shared/seeds beside the project (CI has them)",
            at.file(),
            at.line()
        );
        return None;
    };
    let found = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).find(|p| {
        p.file_name().unwrap().to_string_lossy().starts_with(prefix) && p.extension().is_some_and(|e| e == "txt")
    });
    Some(found.unwrap_or_else(|| panic!("no seed {prefix}_*.txt in {}", dir.display())))
}

/// The team's own text in the shape of a seed file (`tests/fixtures/`): "000" is six weekly
/// bulletins, newest first, with a missing week and closing notes on the three oldest; "001" is one
/// undated bulletin with a generic headline and no heading over its first paragraph.
pub fn fixture_shaped_like(prefix: &str) -> PathBuf {
    let name = match prefix {
        "000" => "weekly-run.txt",
        "001" => "undated-single.txt",
        other => panic!("no fixture in the shape of seed {other}"),
    };
    root().join("tests/fixtures").join(name)
}

/// Every text in the shape of seed `prefix`: the team's fixture always, then the real seed when it
/// is beside the project.
pub fn shaped_like(prefix: &str) -> Vec<PathBuf> {
    let mut texts = vec![fixture_shaped_like(prefix)];
    texts.extend(seeds_dir().and_then(|_| seed_or_skip(prefix)));
    texts
}

/// A copy of the sample library in a temporary folder.
pub fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&sample_data(), dir.path());
    dir
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The screen most volunteers have: a 1366×768 laptop.
pub const LAPTOP: egui::Vec2 = egui::vec2(1366.0, 768.0);
/// A small laptop or a netbook.
pub const SMALL_LAPTOP: egui::Vec2 = egui::vec2(1024.0, 640.0);

/// The day the app's tests run on (a Friday in the sample library's season).
pub const TODAY: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2026, 12, 4) {
    Some(day) => day,
    None => panic!("a real date"),
};

/// The real app in a headless laptop-sized window, drawn until it settles.
pub fn app_harness(app: prayer_bulletin::app::App) -> egui_kittest::Harness<'static, prayer_bulletin::app::App> {
    app_harness_sized(app, LAPTOP)
}

/// The real app in a headless window of `size`, drawn until it settles.
pub fn app_harness_sized(
    mut app: prayer_bulletin::app::App,
    size: egui::Vec2,
) -> egui_kittest::Harness<'static, prayer_bulletin::app::App> {
    // Tests never open the system's file dialogs: with none, the app offers a typed path.
    app.file_dialogs = false;
    // The same day and no animations on every machine and every day the tests run.
    let app = app.deterministic(TODAY);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(size)
        // Korean and Chinese in the sample need a system font, which a test machine may not have.
        .allow_missing_glyphs()
        // Background threads (the disk watcher, the search thread) wake the window when they have
        // something; on a busy machine such a wake-up can land in the middle of a run, which then
        // takes a few more frames to settle than kittest's default of four.
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut prayer_bulletin::app::App| app.frame_ui(ui), app);
    harness.run();
    harness
}

/// The real app on the library in `dir`, read (a large library is read in the background; this
/// waits for it).
pub fn harness_on(dir: &Path) -> egui_kittest::Harness<'static, prayer_bulletin::app::App> {
    let mut app = prayer_bulletin::app::App::new(Some(dir.to_owned()), prayer_bulletin::app::Settings::default());
    app.wait_for_library();
    app_harness(app)
}

/// Draws frames until `done` holds (a change on disk arrives from the watching thread when it
/// arrives), for at most five seconds (it takes milliseconds; the margin is for a test machine
/// busy with other tests); returns whether it came, having drawn two more frames after (a window
/// opened by it is laid out in the first and shown in the second).
pub fn step_until(
    h: &mut egui_kittest::Harness<'static, prayer_bulletin::app::App>,
    done: impl Fn(&prayer_bulletin::app::App) -> bool,
) -> bool {
    let started = std::time::Instant::now();
    while !done(h.state()) && started.elapsed() < std::time::Duration::from_secs(5) {
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    h.run_steps(2);
    done(h.state())
}

/// Whether `text` is in the search field and every week has been searched for it (the search runs
/// on another thread; its matches arrive in a later frame). Text typed in a test reaches the field
/// in the next frame, so the words are checked too, not only that a search is complete.
pub fn searched_for(text: &str) -> impl Fn(&prayer_bulletin::app::App) -> bool + '_ {
    move |app| app.search.as_ref().is_some_and(|s| s.text == text && s.is_complete())
}

/// A file dropped on the window, as the windowing system hands it over.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Runs the command line with `args`, as users' scripts do.
pub fn run(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_prayer-bulletin")).args(args).output().unwrap()
}

/// What a run printed on standard output.
pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// What a run printed on standard error.
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A path as a command-line argument.
pub fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The words a person reads in a handout of `format`, as a real reader of the format finds them:
/// a PDF's text layer (pdf-extract), an e-mail's plain-text and HTML bodies (mail-parser), an
/// e-book's chapters (unzipped), a calendar's events (the icalendar parser, values unescaped).
pub fn readable(format: prayer_bulletin::export::Format, bytes: &[u8]) -> String {
    use prayer_bulletin::export::Format;
    match format {
        Format::Pdf => pdf_extract::extract_text_from_mem(bytes).unwrap(),
        Format::Eml => {
            let mail = mail_parser::MessageParser::default().parse(bytes).unwrap();
            let mut text = mail.subject().unwrap_or_default().to_owned();
            for body in [mail.body_text(0), mail.body_html(0)].into_iter().flatten() {
                text.push('\n');
                text.push_str(&body);
            }
            text
        }
        Format::Audio => prayer_bulletin::export::audio::transcript(bytes).expect("a recording with its words"),
        Format::Epub => {
            use std::io::Read as _;
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            let mut text = String::new();
            for i in 0..zip.len() {
                let mut file = zip.by_index(i).unwrap();
                let name = file.name().unwrap().into_owned();
                if name.ends_with(".xhtml") || name.ends_with(".ncx") || name.ends_with(".opf") {
                    file.read_to_string(&mut text).unwrap();
                }
            }
            text
        }
        Format::Ics => {
            use icalendar::Component as _;
            let calendar: icalendar::Calendar = String::from_utf8(bytes.to_vec()).unwrap().parse().unwrap();
            let mut text = String::new();
            for event in calendar.events() {
                for value in [event.get_summary(), event.get_description()].into_iter().flatten() {
                    text.push_str(&ics_unescape(value));
                    text.push('\n');
                }
            }
            text
        }
        _ => String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

/// An iCalendar text value as written before escaping (RFC 5545, 3.3.11).
pub fn ics_unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// In the editor: a new week (Ctrl+N), a paragraph added to `region`, and `text` typed into it.
/// Returns the paragraph field's label.
pub fn type_new_paragraph(
    h: &mut egui_kittest::Harness<'static, prayer_bulletin::app::App>,
    region: &str,
    text: &str,
) -> String {
    use egui_kittest::kittest::Queryable as _;
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    h.get_by_label(&format!("Add a paragraph to {region}")).click();
    h.run();
    let field = format!("Paragraph 1 of {region}");
    h.get_by_label(&field).focus();
    h.run();
    h.get_by_label(&field).type_text(text);
    h.run();
    field
}

/// A program the tests use when it is there: the path in `env_var` if set, else the first of
/// `names` found on the `PATH`.
#[allow(dead_code)]
pub fn tool(names: &[&str], env_var: &str) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(env_var).map(PathBuf::from).filter(|p| p.exists()) {
        return Some(path);
    }
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file()))
}

/// Every handout format this machine can make: audio only where espeak-ng is installed (the test
/// says so once where it is not).
#[allow(dead_code)]
pub fn formats_here() -> Vec<prayer_bulletin::export::Format> {
    use prayer_bulletin::export::Format;
    let speaks = prayer_bulletin::export::audio::available();
    if !speaks {
        eprintln!("skipped for audio: espeak-ng is not installed (apt-get install espeak-ng)");
    }
    Format::ALL.into_iter().filter(|f| *f != Format::Audio || speaks).collect()
}

/// Steps the app until the program a handout was handed to (print, e-mail) has answered: that is
/// checked on a thread of its own, so the answer comes a frame or two later.
#[allow(dead_code)]
pub fn until_handed_over(h: &mut egui_kittest::Harness<'static, prayer_bulletin::app::App>) {
    assert!(
        step_until(h, |app| !app.message().is_some_and(|m| m.starts_with("Opening "))),
        "the program handed the handout never answered"
    );
}

/// Opens the search (Ctrl+F), types `words` and waits until every week has been searched.
#[allow(dead_code)]
pub fn search_for(h: &mut egui_kittest::Harness<'static, prayer_bulletin::app::App>, words: &str) {
    use egui_kittest::kittest::Queryable as _;
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("Words to find").type_text(words);
    h.run();
    assert!(
        step_until(h, |app| app.search.as_ref().is_some_and(prayer_bulletin::app::SearchState::is_complete)),
        "the search for {words:?} never finished"
    );
}
