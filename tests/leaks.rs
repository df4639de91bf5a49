//! Nothing leaks and nothing is lost, tried as an attacker and a careless user would: a broken
//! `library.ron`, drafts asked for by date or range, an e-mail with no audience given, two commands
//! at once, `-o` pointed at the library or a device, a week exported and imported back, hostile
//! names and folders, and `check` on what a killed save or a careless hand leaves behind.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{path as p, run, stderr as err, stdout as out};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_prayer-bulletin"))
}

/// The personal paragraph of 2026-10-10 in the demo, long past the library's six public weeks.
const AGED_PERSONAL: &str = "has settled in with her aunt";
/// The sensitive paragraph of 2026-11-14 in the demo.
const SENSITIVE: &str = "give her testimony in court";

#[test]
fn a_public_handout_refuses_when_library_ron_is_missing_unreadable_or_mistyped() {
    type Breakage = (&'static str, fn(&Path));
    let breakages: [Breakage; 3] = [
        ("missing", |f| std::fs::remove_file(f).unwrap()),
        ("mistyped", |f| {
            let text = std::fs::read_to_string(f).unwrap();
            std::fs::write(f, text.replacen("public_weeks:", "public_weeks", 1)).unwrap();
        }),
        ("a folder", |f| {
            std::fs::remove_file(f).unwrap();
            std::fs::create_dir(f).unwrap();
        }),
    ];
    for (how, break_it) in breakages {
        let library = common::sample_copy();
        let settings = library.path().join("library.ron");
        // Before: the aged paragraph is left out.
        let before = run(&["export", p(library.path()), "--date", "2026-10-10", "--format", "text", "--public"]);
        assert_eq!(before.status.code(), Some(0), "{}", err(&before));
        assert!(!out(&before).contains(AGED_PERSONAL));
        break_it(&settings);
        for format in ["text", "html", "eml", "markdown", "ron"] {
            let o = run(&["export", p(library.path()), "--date", "2026-10-10", "--format", format, "--public"]);
            assert_eq!(o.status.code(), Some(1), "{how}, {format}: {}", err(&o));
            assert!(!out(&o).contains(AGED_PERSONAL), "{how}, {format}: leaked");
            assert!(err(&o).contains("library.ron"), "{how}, {format}: the file is named: {}", err(&o));
        }
        // The prayer group's own handout is still made.
        let internal = run(&["export", p(library.path()), "--date", "2026-10-10", "--format", "text"]);
        assert_eq!(internal.status.code(), Some(0), "{how}: {}", err(&internal));
        assert!(out(&internal).contains(AGED_PERSONAL));
    }
}

#[test]
fn the_core_withholds_every_personal_paragraph_when_the_rule_cannot_be_read() {
    let library = common::sample_copy();
    std::fs::write(library.path().join("library.ron"), "(name: \"x\", public_weeks: Some(6)").unwrap();
    let loaded = prayer_bulletin::library::Library::load(library.path()).unwrap();
    let context = prayer_bulletin::export::Context::of_library(&loaded);
    assert!(context.rule_unreadable.as_deref().is_some_and(|why| why.contains("library.ron")));
    let week = &loaded.entry("2026-10-10").unwrap().bulletin;
    let public = prayer_bulletin::export::for_audience(week, prayer_bulletin::export::Audience::Public, &context);
    assert!(public.sections.iter().flat_map(|s| &s.items).all(|i| !i.personal));
}

#[test]
fn drafts_stay_out_of_public_handouts_whichever_way_the_weeks_are_chosen() {
    let library = common::sample_copy();
    let dir = p(library.path());
    let o = run(&["state", dir, "--date", "2026-11-07", "draft"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let draft_title = prayer_bulletin::library::Library::load(library.path())
        .unwrap()
        .entry("2026-11-07")
        .unwrap()
        .bulletin
        .title
        .clone();

    let by_date = run(&["export", dir, "--date", "2026-11-07", "--format", "text", "--public"]);
    assert_eq!(by_date.status.code(), Some(1));
    assert!(err(&by_date).contains("is a draft"), "{}", err(&by_date));
    assert!(out(&by_date).is_empty());

    let range = run(&["export", dir, "--from", "2026-10-30", "--to", "2026-11-10", "--format", "text", "--public"]);
    assert_eq!(range.status.code(), Some(0), "{}", err(&range));
    assert!(!out(&range).contains(&draft_title), "a draft in a public range");
    assert!(!out(&range).is_empty(), "the week that is not a draft is there");

    let only_drafts =
        run(&["export", dir, "--from", "2026-11-05", "--to", "2026-11-10", "--format", "text", "--public"]);
    assert_eq!(only_drafts.status.code(), Some(1));
    assert!(err(&only_drafts).contains("--include-drafts"), "{}", err(&only_drafts));

    let asked = run(&["export", dir, "--date", "2026-11-07", "--format", "text", "--public", "--include-drafts"]);
    assert_eq!(asked.status.code(), Some(0), "{}", err(&asked));
    assert!(out(&asked).contains(&draft_title));
    let internal = run(&["export", dir, "--date", "2026-11-07", "--format", "text"]);
    assert!(out(&internal).contains(&draft_title));
}

#[test]
fn an_email_draft_is_public_unless_asked_to_be_internal() {
    let library = common::sample_copy();
    let dir = p(library.path());
    let eml = run(&["export", dir, "--date", "2026-11-14", "--format", "eml"]);
    assert_eq!(eml.status.code(), Some(0), "{}", err(&eml));
    assert!(!out(&eml).contains(SENSITIVE), "an e-mail draft carried a sensitive paragraph");
    let internal = run(&["export", dir, "--date", "2026-11-14", "--format", "eml", "--internal"]);
    assert_eq!(internal.status.code(), Some(0), "{}", err(&internal));
    // Quoted-printable may break the line; the words are there.
    let flat = out(&internal).replace("=\r\n", "").replace("=\n", "");
    assert!(flat.contains("testimony"), "the internal e-mail holds everything");
    let both = run(&["export", dir, "--date", "2026-11-14", "--format", "eml", "--internal", "--public"]);
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn export_o_never_writes_into_the_library_onto_a_device_or_over_a_file_unasked() {
    let library = common::sample_copy();
    let dir = p(library.path());
    let settings = library.path().join("library.ron");
    let before = std::fs::read(&settings).unwrap();
    let week = library.path().join("bulletins/2026-11-14.ron");
    let week_before = std::fs::read(&week).unwrap();
    for target in [settings.clone(), week.clone(), library.path().join("handout.txt")] {
        let o = run(&["export", dir, "--date", "2026-11-14", "--format", "text", "-o", p(&target), "--force"]);
        assert_eq!(o.status.code(), Some(1), "{}: {}", target.display(), err(&o));
        assert!(err(&o).contains("inside the library folder"), "{}", err(&o));
    }
    assert_eq!(std::fs::read(&settings).unwrap(), before);
    assert_eq!(std::fs::read(&week).unwrap(), week_before);
    assert!(!library.path().join("handout.txt").exists());

    let elsewhere = tempfile::tempdir().unwrap();
    let file = elsewhere.path().join("week.txt");
    std::fs::write(&file, "mine").unwrap();
    let o = run(&["export", dir, "--date", "2026-11-14", "--format", "text", "-o", p(&file)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("--force"), "{}", err(&o));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
    let o = run(&["export", dir, "--date", "2026-11-14", "--format", "text", "-o", p(&file), "--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_ne!(std::fs::read_to_string(&file).unwrap(), "mine");

    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        let o = run(&["export", dir, "--date", "2026-11-14", "--format", "text", "-o", "/dev/null", "--force"]);
        assert_eq!(o.status.code(), Some(1), "{}", err(&o));
        assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
    }

    // `-o -` is standard output, for every format; no file named "-".
    let o = bin()
        .current_dir(elsewhere.path())
        .args(["export", dir, "--date", "2026-11-14", "--format", "pdf", "-o", "-"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(o.stdout.starts_with(b"%PDF"));
    assert!(!elsewhere.path().join("-").exists());
    // Without -o a PDF is a usage error.
    assert_eq!(run(&["export", dir, "--date", "2026-11-14", "--format", "pdf"]).status.code(), Some(2));
}

#[test]
fn a_week_exported_as_text_and_imported_back_keeps_its_ids_and_links() {
    let library = common::sample_copy();
    let dir = p(library.path());
    let text = run(&["export", dir, "--date", "2026-09-26", "--format", "text"]);
    assert_eq!(text.status.code(), Some(0));
    let file = library.path().join("../week.txt");
    std::fs::write(&file, &text.stdout).unwrap();
    let o = run(&["import", p(&file), "--library", dir, "--replace"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let check = run(&["check", dir]);
    assert_eq!(check.status.code(), Some(0), "a later week's link dangles: {}", err(&check));
    let loaded = prayer_bulletin::library::Library::load(library.path()).unwrap();
    let ids: Vec<_> = loaded
        .entry("2026-09-26")
        .unwrap()
        .bulletin
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .filter_map(|i| i.id.clone())
        .collect();
    assert!(ids.iter().any(|id| id == "p-luc5ea9sfk"), "{ids:?}");
    std::fs::remove_file(file).unwrap();
}

/// Runs the two command lines at once, `rounds` times, calling `after` with each round's outputs.
fn race(
    rounds: usize,
    first: impl Fn(usize) -> Vec<String>,
    second: impl Fn(usize) -> Vec<String>,
    after: impl Fn(usize, Output, Output),
) {
    for round in 0..rounds {
        let a = bin()
            .args(first(round))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let b = bin()
            .args(second(round))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        after(round, a, b);
    }
}

#[test]
fn state_at_the_same_time_as_a_replacing_import_never_reverts_the_import() {
    let library = common::sample_copy();
    let dir = p(library.path()).to_owned();
    let texts = tempfile::tempdir().unwrap();
    for round in 0..12 {
        std::fs::write(
            texts.path().join(format!("{round}.txt")),
            format!("Imported in round {round}\nNovember 7, 2026\n\nLatin America\nPray for round {round}.\n"),
        )
        .unwrap();
    }
    race(
        12,
        |round| {
            let text = texts.path().join(format!("{round}.txt"));
            ["import", p(&text), "--library", &dir, "--replace"].map(str::to_owned).to_vec()
        },
        |round| {
            let state = if round % 2 == 0 { "ready" } else { "sent" };
            ["state", &dir, "--date", "2026-11-07", state].map(str::to_owned).to_vec()
        },
        |round, a, b| {
            assert_eq!(a.status.code(), Some(0), "{}", err(&a));
            assert_eq!(b.status.code(), Some(0), "{}", err(&b));
            let week = prayer_bulletin::library::Library::load(&dir).unwrap();
            let title = &week.entry("2026-11-07").unwrap().bulletin.title;
            assert_eq!(title, &format!("Imported in round {round}"), "round {round}: the import was reverted");
        },
    );
}

#[test]
fn two_new_weeks_for_one_date_at_once_make_one_file_and_one_refusal() {
    let library = common::sample_copy();
    let dir = p(library.path()).to_owned();
    race(
        10,
        |round| ["new-week", &dir, "--date", &format!("2027-01-{:02}", round + 1)].map(str::to_owned).to_vec(),
        |round| ["new-week", &dir, "--date", &format!("2027-01-{:02}", round + 1)].map(str::to_owned).to_vec(),
        |round, a, b| {
            let codes = [a.status.code(), b.status.code()];
            assert!(
                codes.contains(&Some(0)) && codes.contains(&Some(1)),
                "round {round}: {codes:?} {} {}",
                err(&a),
                err(&b)
            );
            let refused = if a.status.code() == Some(1) { &a } else { &b };
            assert!(err(refused).contains("already exists"), "{}", err(refused));
        },
    );
    let names: Vec<String> = std::fs::read_dir(library.path().join("bulletins"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("2027-"))
        .collect();
    assert_eq!(names.len(), 10, "{names:?}");
    assert_eq!(run(&["check", &dir]).status.code(), Some(0));
}

#[test]
fn a_command_that_cannot_get_the_library_says_so_and_gives_up() {
    let library = common::sample_copy();
    let lock = prayer_bulletin::library::LibraryLock::acquire(library.path()).unwrap();
    let o = bin()
        .env("PRAYER_BULLETIN_LOCK_WAIT", "0.3")
        .args(["state", p(library.path()), "--date", "2026-11-07", "draft"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("waiting for another program using this library"), "{}", err(&o));
    assert!(err(&o).contains("another program is using this library"), "{}", err(&o));
    drop(lock);
    let o = run(&["state", p(library.path()), "--date", "2026-11-07", "draft"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
}

#[test]
fn nothing_is_written_into_a_folder_that_is_not_a_library() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("notes.txt"), "mine").unwrap();
    let o = run(&["new-week", p(folder.path()), "--date", "2026-12-06"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("not a library"), "{}", err(&o));
    let sheet = folder.path().join("notes.txt");
    let o = run(&["import", p(&sheet), "--library", p(folder.path())]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(!folder.path().join("bulletins").exists());
    assert!(!folder.path().join("library.ron").exists());
    // A new, empty folder is made a library by import, as before.
    let empty = tempfile::tempdir().unwrap();
    let o = run(&["import", p(&common::fixture_shaped_like("001")), "--library", p(empty.path())]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(empty.path().join("library.ron").exists());
}

#[test]
fn export_of_every_week_fails_when_a_week_cannot_be_read() {
    let library = common::sample_copy();
    let broken = library.path().join("bulletins/2026-10-03.ron");
    std::fs::write(&broken, "(title: ").unwrap();
    let o = run(&["export", p(library.path()), "--all", "--format", "text"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("2026-10-03.ron"), "{}", err(&o));
    // A single other week is still exported.
    assert_eq!(run(&["export", p(library.path()), "--date", "2026-11-14", "--format", "text"]).status.code(), Some(0));
}

#[test]
fn check_reports_what_a_careless_hand_or_a_killed_save_leaves_behind() {
    let library = common::sample_copy();
    let dir = library.path();
    let bulletins = dir.join("bulletins");
    std::fs::write(bulletins.join(".saving-ab12cd.tmp"), "half").unwrap();
    std::fs::rename(bulletins.join("2026-09-12.ron"), bulletins.join("2026-09-13.ron")).unwrap();
    // A circle of links: 09-26's paragraph follows 10-10's, which follows 09-26's.
    let path = bulletins.join("2026-09-26.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen(
            "id: Some(\"p-luc5ea9sfk\"),",
            "id: Some(\"p-luc5ea9sfk\"),\n          follows: Some(\"p-luc8hv3tna\"),",
            1,
        ),
    )
    .unwrap();
    #[cfg(unix)]
    std::fs::write(bulletins.join("bad\nname.ron"), "(").unwrap();
    let settings = std::fs::read_to_string(dir.join("library.ron")).unwrap();
    std::fs::write(dir.join("library.ron"), settings.replacen("format: 1", "format: 7", 1)).unwrap();
    let o = run(&["check", p(dir)]);
    assert_eq!(o.status.code(), Some(1));
    let e = err(&o);
    assert!(e.contains(".saving-ab12cd.tmp"), "{e}");
    assert!(e.contains("named for 2026-09-13 but the bulletin's date is 2026-09-12"), "{e}");
    assert!(e.contains("in a circle"), "{e}");
    assert!(e.contains("format 7 is newer"), "{e}");
    #[cfg(unix)]
    {
        let lines: Vec<&str> = e.lines().filter(|l| l.contains("bad")).collect();
        assert_eq!(lines.len(), 1, "a file name with a line break stays on one line: {e}");
        assert!(lines[0].contains("bad\\u{a}name.ron"), "{e}");
    }

    // `bulletins` that is a file, and a link loop, are problems, not "no problems".
    for make in [
        (|b: &Path| std::fs::write(b, "x").unwrap()) as fn(&Path),
        #[cfg(unix)]
        |b: &Path| std::os::unix::fs::symlink(b, b).unwrap(),
    ] {
        let other = tempfile::tempdir().unwrap();
        std::fs::write(other.path().join("library.ron"), "(name: \"x\")").unwrap();
        make(&other.path().join("bulletins"));
        let o = run(&["check", p(other.path())]);
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        assert!(err(&o).contains("bulletins"), "{}", err(&o));
    }
}

#[test]
fn dates_outside_the_calendar_a_bulletin_can_have_are_usage_errors() {
    let library = common::sample_copy();
    for date in ["0000-12-31", "10000-01-01", "-0001-01-01"] {
        let o = run(&["export", p(library.path()), "--date", date, "--format", "text"]);
        assert_eq!(o.status.code(), Some(2), "{date}: {}", err(&o));
    }
}

#[test]
fn a_week_of_a_hundred_thousand_paragraphs_makes_a_calendar_in_linear_time() {
    use prayer_bulletin::model::{Bulletin, Item, Section};
    let week = Bulletin {
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 7),
        title: "A long week".into(),
        sections: vec![Section {
            region: "South Asia".into(),
            items: (0..100_000).map(|i| Item::from_text(format!("Pray for village {i}."))).collect(),
        }],
        ..Bulletin::default()
    };
    let handout = prayer_bulletin::export::Handout {
        format: prayer_bulletin::export::Format::Ics,
        ..prayer_bulletin::export::Handout::default()
    };
    let ics = prayer_bulletin::export::render(&[&week], &handout).unwrap();
    let text = String::from_utf8(ics).unwrap();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 7);
    assert!(text.contains("village 99999"));
}
