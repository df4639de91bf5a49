//! A library shared through git: a bare "shared copy" and two or three coordinators' clones in a
//! temporary folder; edits to different weeks, to different paragraphs of one week and to the same
//! paragraph, synced in every order and at once. Afterwards every clone holds the same library,
//! `check` passes, and nothing typed is lost (it is in the library, or in the decision put to the
//! person). Skipped, with a note, where git is not installed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use egui_kittest::kittest::Queryable as _;
use prayer_bulletin::library::Library;

fn git_or_skip() -> bool {
    let found = std::process::Command::new("git").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("skipped at {}: needs git (CI has it)", file!());
    }
    found
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new("git").args(args).current_dir(dir).output().unwrap();
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

struct Shared {
    _root: tempfile::TempDir,
    remote: PathBuf,
    clones: Vec<PathBuf>,
}

/// A shared copy with the sample library, and `n` coordinators' clones of it.
fn shared(n: usize) -> Shared {
    let root = tempfile::tempdir().unwrap();
    let remote = root.path().join("shared.git");
    std::fs::create_dir(&remote).unwrap();
    git(&remote, &["init", "--quiet", "--bare", "-b", "main"]);
    let first = root.path().join("first");
    common::copy_dir(&common::sample_data(), &first);
    git(&first, &["init", "--quiet", "-b", "main"]);
    identity(&first, "First");
    git(&first, &["remote", "add", "origin", remote.to_str().unwrap()]);
    assert_eq!(sync(&first).status.code(), Some(0));
    let mut clones = Vec::new();
    for i in 0..n {
        let dir = root.path().join(format!("coordinator-{i}"));
        git(root.path(), &["clone", "--quiet", remote.to_str().unwrap(), dir.to_str().unwrap()]);
        identity(&dir, &format!("Coordinator {i}"));
        clones.push(dir);
    }
    Shared { _root: root, remote, clones }
}

fn identity(dir: &Path, name: &str) {
    git(dir, &["config", "user.name", name]);
    git(dir, &["config", "user.email", "coordinator@example.org"]);
}

fn sync(dir: &Path) -> Output {
    common::run(&["sync", dir.to_str().unwrap()])
}

/// Changes one week of the library in `dir` (by its file stem) and saves it, as the app would.
fn edit(dir: &Path, stem: &str, change: impl FnOnce(&mut prayer_bulletin::model::Bulletin)) {
    let mut library = Library::load(dir).unwrap();
    let mut bulletin = library.entry(stem).unwrap().bulletin.clone();
    change(&mut bulletin);
    library.save_bulletin(Some(stem), &bulletin).unwrap();
}

/// Every library file of a clone, by name, with its text.
fn files(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for sub in ["", "bulletins", "sources"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else { continue };
        for e in entries {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "ron") {
                out.push((
                    format!("{sub}/{}", p.file_name().unwrap().to_string_lossy()),
                    std::fs::read_to_string(&p).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

fn all_the_same_and_checked(clones: &[PathBuf]) {
    for dir in clones {
        assert_eq!(sync(dir).status.code(), Some(0), "a last sync of {}", dir.display());
    }
    for dir in &clones[1..] {
        assert_eq!(files(dir), files(&clones[0]), "{} differs", dir.display());
    }
    for dir in clones {
        let out = common::run(&["check", dir.to_str().unwrap()]);
        assert!(out.status.success(), "check: {}", String::from_utf8_lossy(&out.stdout));
    }
}

fn text_of(dir: &Path, stem: &str, region: &str) -> String {
    let library = Library::load(dir).unwrap();
    library.entry(stem).unwrap().bulletin.section(region).unwrap().items[0].text.clone()
}

#[test]
fn edits_to_different_weeks_and_to_different_paragraphs_of_one_week_merge_in_every_order() {
    if !git_or_skip() {
        return;
    }
    for order in [[0, 1], [1, 0]] {
        let s = shared(2);
        let (a, b) = (&s.clones[0], &s.clones[1]);
        edit(a, "2026-11-14", |w| w.title = "Headline changed by A".into());
        edit(b, "2026-11-07", |w| w.title = "Headline changed by B".into());
        // One week, two regions: each coordinator edits another paragraph.
        edit(a, "2026-10-31", |w| w.sections[0].items[0].text = "A wrote this in the first region.".into());
        edit(b, "2026-10-31", |w| w.sections[1].items[0].text = "B wrote this in the second region.".into());
        for &i in &order {
            let out = sync(&s.clones[i]);
            assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        }
        all_the_same_and_checked(&s.clones);
        let library = Library::load(a).unwrap();
        assert_eq!(library.entry("2026-11-14").unwrap().bulletin.title, "Headline changed by A");
        assert_eq!(library.entry("2026-11-07").unwrap().bulletin.title, "Headline changed by B");
        let week = &library.entry("2026-10-31").unwrap().bulletin;
        assert_eq!(week.sections[0].items[0].text, "A wrote this in the first region.");
        assert_eq!(week.sections[1].items[0].text, "B wrote this in the second region.");
    }
}

#[test]
fn the_same_paragraph_changed_on_both_sides_asks_the_person_and_loses_nothing() {
    if !git_or_skip() {
        return;
    }
    let s = shared(2);
    let (a, b) = (&s.clones[0], &s.clones[1]);
    edit(a, "2026-11-14", |w| w.sections[0].items[0].text = "Kampala, as A wrote it.".into());
    edit(b, "2026-11-14", |w| w.sections[0].items[0].text = "Kampala, as B wrote it.".into());
    assert_eq!(sync(a).status.code(), Some(0));
    let out = common::run(&["sync", b.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1), "a decision is needed");
    let said: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let decision = &said["decisions"][0];
    assert_eq!(decision["file"], "bulletins/2026-11-14.ron");
    assert_eq!(decision["field"], "paragraph in Africa & Europe");
    assert_eq!(decision["mine"], "Kampala, as B wrote it.");
    assert_eq!(decision["theirs"], "Kampala, as A wrote it.");
    // B's text stays in the file until B decides; A's is in the decision and in the history. No
    // conflict marker anywhere; the library reads.
    assert_eq!(text_of(b, "2026-11-14", "Africa & Europe"), "Kampala, as B wrote it.");
    let file = std::fs::read_to_string(b.join("bulletins/2026-11-14.ron")).unwrap();
    assert!(!file.contains("<<<<<<<") && !file.contains(">>>>>>>"));
    all_the_same_and_checked(&s.clones);
    let history = common::run(&["history", a.to_str().unwrap(), "--date", "2026-11-14"]);
    let history = String::from_utf8_lossy(&history.stdout);
    assert!(history.contains("to decide: bulletins/2026-11-14.ron (paragraph in Africa & Europe)"), "{history}");
    assert!(history.contains("Coordinator 0") && history.contains("Coordinator 1"), "{history}");
}

#[test]
fn a_new_week_on_each_side_and_syncs_at_the_same_time_come_together() {
    if !git_or_skip() {
        return;
    }
    let s = shared(3);
    common::run(&["new-week", s.clones[0].to_str().unwrap(), "--date", "2026-11-21"]);
    common::run(&["new-week", s.clones[1].to_str().unwrap(), "--date", "2026-11-28"]);
    edit(&s.clones[2], "2026-10-24", |w| w.closing = Some("Closing written by the third.".into()));
    // All three at once: pushes refused because another came first are fetched, merged and pushed again.
    let handles: Vec<_> = s.clones.iter().cloned().map(|dir| std::thread::spawn(move || sync(&dir))).collect();
    for h in handles {
        let code = h.join().unwrap().status.code();
        assert!(matches!(code, Some(0 | 1)), "{code:?}");
    }
    all_the_same_and_checked(&s.clones);
    let library = Library::load(&s.clones[0]).unwrap();
    assert!(library.entry("2026-11-21").is_some() && library.entry("2026-11-28").is_some());
    assert_eq!(library.entry("2026-10-24").unwrap().bulletin.closing.as_deref(), Some("Closing written by the third."));
}

#[test]
fn a_shared_copy_gone_mid_way_keeps_the_commit_here_and_says_so() {
    if !git_or_skip() {
        return;
    }
    let s = shared(1);
    let a = &s.clones[0];
    edit(a, "2026-11-14", |w| w.title = "Written while offline".into());
    std::fs::rename(&s.remote, s.remote.with_extension("moved")).unwrap();
    let out = sync(a);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not be reached"), "{stderr}");
    assert!(git(a, &["log", "-1", "--format=%s"]).contains("2026-11-14: edited"), "committed here");
    // Back again: shared.
    std::fs::rename(s.remote.with_extension("moved"), &s.remote).unwrap();
    assert_eq!(sync(a).status.code(), Some(0));
}

#[test]
fn without_git_sync_says_how_to_get_it() {
    let dir = common::sample_copy();
    let empty = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_prayer-bulletin"))
        .args(["sync", dir.path().to_str().unwrap()])
        .env("PATH", empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("git is not installed") && stderr.contains("git-scm.com"), "{stderr}");
}

#[test]
fn a_commit_message_says_what_changed() {
    if !git_or_skip() {
        return;
    }
    let s = shared(1);
    let a = &s.clones[0];
    edit(a, "2026-11-14", |w| {
        let region = w.sections[1].region.clone();
        w.sections[1].items.push(prayer_bulletin::model::Item::from_text("A new request."));
        assert_eq!(region, "Latin America");
    });
    // A file the app did not write is left alone: not committed, not shared.
    std::fs::write(a.join("my notes.txt"), "not part of the library").unwrap();
    assert_eq!(sync(a).status.code(), Some(0));
    assert_eq!(git(a, &["log", "-1", "--format=%s"]).trim(), "2026-11-14: Latin America edited, 1 paragraph added");
    assert!(git(a, &["status", "--porcelain"]).contains("?? \"my notes.txt\""), "left untracked");
}

#[test]
fn decisions_are_taken_in_the_real_window_keep_mine_keep_theirs_keep_both() {
    use prayer_bulletin::app::sharing::ShareStatus;
    if !git_or_skip() {
        return;
    }
    let s = shared(2);
    let (a, b) = (&s.clones[0], &s.clones[1]);
    edit(a, "2026-11-14", |w| {
        w.title = "Headline by A".into();
        w.closing = Some("Closing by A".into());
        w.sections[0].items[0].text = "Kampala, as A wrote it.".into();
    });
    edit(b, "2026-11-14", |w| {
        w.title = "Headline by B".into();
        w.closing = Some("Closing by B".into());
        w.sections[0].items[0].text = "Kampala, as B wrote it.".into();
    });
    assert_eq!(sync(a).status.code(), Some(0));

    let mut h = common::harness_on(b);
    let screen = h.ctx.content_rect();
    let share = h.get_by_label("Share library");
    assert!(screen.contains_rect(share.rect()), "Share lies outside the screen");
    share.click_accesskit();
    h.run();
    assert!(common::step_until(&mut h, |app| !app.sharing.is_running()), "git finished");
    assert_eq!(h.state().sharing.status, ShareStatus::Decide(3));
    assert!(matches!(h.state().dialog(), Some(prayer_bulletin::app::Dialog::Decisions)), "the decisions are put");
    // Headline: keep mine. Closing note: keep theirs. The paragraph: keep both.
    for choice in ["Keep mine", "Keep theirs", "Keep both"] {
        let button = h.get_all_by_label(choice).next().unwrap();
        assert!(screen.contains_rect(button.rect()), "{choice} lies outside the screen");
        button.click_accesskit();
        h.run();
    }
    assert!(common::step_until(&mut h, |app| !app.sharing.is_running()), "shared after deciding");
    assert!(h.state().sharing.decisions.is_empty());
    assert_eq!(h.state().sharing.status, ShareStatus::UpToDate);
    let week = &h.state().library.as_ref().unwrap().entry("2026-11-14").unwrap().bulletin;
    assert_eq!(week.title, "Headline by B");
    assert_eq!(week.closing.as_deref(), Some("Closing by A"));
    let texts: Vec<&str> = week.sections[0].items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts[..2], ["Kampala, as B wrote it.", "Kampala, as A wrote it."]);
    all_the_same_and_checked(&s.clones);
}

#[test]
fn a_library_is_shared_from_the_window_once_set_up() {
    use prayer_bulletin::app::sharing::ShareStatus;
    if !git_or_skip() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let remote = root.path().join("shared.git");
    std::fs::create_dir(&remote).unwrap();
    git(&remote, &["init", "--quiet", "--bare", "-b", "main"]);
    let library = root.path().join("ours");
    common::copy_dir(&common::sample_data(), &library);
    let mut h = common::harness_on(&library);
    assert_eq!(h.state().sharing.status, ShareStatus::NotShared);
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::S);
    h.run();
    assert!(matches!(h.state().dialog(), Some(prayer_bulletin::app::Dialog::ShareSetup { .. })), "asked once");
    for (field, text) in [
        ("Address of the shared copy (leave empty to keep the history here only)", remote.to_str().unwrap()),
        ("Your name, for the history", "Ruth Coordinator"),
        ("Your e-mail address", "ruth@example.org"),
    ] {
        // The name may be filled in already from git's settings: replaced.
        h.get_by_label(field).click();
        h.run();
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        h.get_by_label(field).type_text(text);
        h.run();
    }
    h.get_by_label("Share").click_accesskit();
    h.run();
    assert!(common::step_until(&mut h, |app| !app.sharing.is_running()), "git finished");
    assert_eq!(h.state().sharing.status, ShareStatus::UpToDate, "{:?}", h.state().message());
    // The shared copy has the library, committed by the coordinator named.
    assert_eq!(git(&remote, &["log", "-1", "--format=%an"]).trim(), "Ruth Coordinator");
    // A save from the window is committed on its own, with what changed.
    h.state_mut().apply(prayer_bulletin::app::Command::SetState(prayer_bulletin::model::ReviewState::Sent));
    h.run();
    assert!(common::step_until(&mut h, |app| !app.sharing.is_running()));
    assert_eq!(git(&library, &["log", "-1", "--format=%s"]).trim(), "2026-11-14: edited");
}

#[test]
fn the_history_of_a_week_shows_an_earlier_version_and_restores_it_as_a_new_change() {
    use prayer_bulletin::app::{Action, Command, Dialog};
    if !git_or_skip() {
        return;
    }
    let s = shared(1);
    let a = &s.clones[0];
    let original = Library::load(a).unwrap().entry("2026-11-14").unwrap().bulletin.title.clone();
    edit(a, "2026-11-14", |w| w.title = "A headline tried for a day".into());
    assert_eq!(sync(a).status.code(), Some(0));
    let mut h = common::harness_on(a);
    h.state_mut().apply(Command::Action(Action::History));
    h.run();
    let loaded =
        |app: &prayer_bulletin::app::App| matches!(app.dialog(), Some(Dialog::History(v)) if v.versions.is_some());
    assert!(common::step_until(&mut h, loaded));
    // The versions, newest first: the headline tried, then the week as first shared.
    let older = h.get_by_label_contains("First");
    older.click_accesskit();
    h.run();
    let shown = |app: &prayer_bulletin::app::App| matches!(app.dialog(), Some(Dialog::History(v)) if v.shown.is_some());
    assert!(common::step_until(&mut h, shown));
    h.get_by_label(&original).rect();
    let restore = h.get_by_label("Restore this version");
    assert!(h.ctx.content_rect().contains_rect(restore.rect()));
    restore.click_accesskit();
    h.run();
    assert!(common::step_until(&mut h, |app| !app.sharing.is_running()));
    assert_eq!(Library::load(a).unwrap().entry("2026-11-14").unwrap().bulletin.title, original);
    // A new change: three versions now, nothing rewritten.
    let history = common::run(&["history", a.to_str().unwrap(), "--date", "2026-11-14", "--json"]);
    let versions: serde_json::Value = serde_json::from_slice(&history.stdout).unwrap();
    assert_eq!(versions["versions"].as_array().unwrap().len(), 3, "{versions}");
}

#[test]
fn a_shared_library_is_opened_from_its_address_into_a_new_folder() {
    use prayer_bulletin::app::{Action, Command, Dialog};
    if !git_or_skip() {
        return;
    }
    let s = shared(1);
    let other = common::sample_copy();
    let into = s._root.path().join("taken here");
    let mut h = common::harness_on(other.path());
    h.state_mut().apply(Command::Action(Action::OpenShared));
    h.run();
    let Some(Dialog::OpenShared { address, folder, name, email }) = h.state_mut().dialog_mut() else {
        panic!("the window asks for the address")
    };
    *address = s.remote.display().to_string();
    *folder = into.display().to_string();
    *name = "Grace".into();
    *email = "grace@example.org".into();
    h.run();
    h.get_by_label("Open").click_accesskit();
    h.run();
    assert!(common::step_until(&mut h, |app| !app.sharing.is_running()));
    assert_eq!(h.state().library.as_ref().unwrap().dir, into, "{:?}", h.state().message());
    assert_eq!(files(&into), files(&s.clones[0]));
    assert_eq!(git(&into, &["config", "user.name"]).trim(), "Grace");
}
