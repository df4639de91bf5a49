//! Every flow a coordinator goes through, on the screens volunteers have: a 1366×768 laptop and a
//! 1024×640 one. Buttons are clicked with the pointer (a click at a point, as a person makes it), and
//! each button a flow needs is checked to lie inside the screen, not only to exist for AccessKit.
//! Also: keys a text field needs stay with it, typing after "Add a paragraph" lands there, files
//! dropped on the window open their preview, and typed paths import and export.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use prayer_bulletin::app::{Action, App, Command, Dialog};
use prayer_bulletin::library::Library;

const SIZES: [egui::Vec2; 2] = [common::LAPTOP, common::SMALL_LAPTOP];

fn harness(dir: &Path, size: egui::Vec2) -> Harness<'static, App> {
    let mut app = App::new(Some(dir.to_owned()), prayer_bulletin::app::Settings::default());
    app.wait_for_library();
    common::app_harness_sized(app, size)
}

/// Checks that the widget labelled `label` lies inside the screen of `size`.
#[track_caller]
fn assert_on_screen(h: &Harness<'static, App>, label: &str, size: egui::Vec2) {
    let rect = h.get_by_label(label).rect();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    assert!(screen.contains_rect(rect), "{label:?} at {rect:?} is not inside the {size:?} screen");
}

/// Clicks the widget labelled `label` with the pointer, after checking it is on screen.
#[track_caller]
fn click(h: &mut Harness<'static, App>, label: &str, size: egui::Vec2) {
    assert_on_screen(h, label, size);
    h.get_by_label(label).click();
    h.run();
}

fn short_bulletin() -> &'static str {
    "Pray for the new office in Kigali\n\nNovember 21, 2026\n\n\u{201c}Be joyful in hope.\u{201d}\n\u{2013} Romans 12:12\n\nAfrica & Europe\n\nPray for the team in Kigali as they open the new office on Monday.\n"
}

#[test]
fn paste_preview_and_import_fit_the_screen() {
    for size in SIZES {
        let dir = common::sample_copy();
        let mut h = harness(dir.path(), size);
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
        h.run();
        // The box has the cursor: what is typed lands in it.
        h.get_by_label("Bulletin text").type_text(short_bulletin());
        h.run();
        click(&mut h, "Preview import", size);
        assert_eq!(h.state().import_preview().unwrap().report.bulletins.len(), 1);
        // The preview must not grow past the screen, however many frames it is drawn.
        h.run_steps(10);
        assert_on_screen(&h, "Cancel", size);
        click(&mut h, "Import 1 bulletin(s)", size);
        assert!(dir.path().join("bulletins/2026-11-21.ron").is_file(), "written at {size:?}");

        // Six bulletins with long warnings: the buttons stay on screen too.
        let six = std::fs::read_to_string(common::fixture_shaped_like("000")).unwrap();
        h.state_mut().apply(Command::Action(Action::PasteBulletin));
        let Some(Dialog::Paste(text)) = h.state_mut().dialog_mut() else { panic!("paste box") };
        *text = six;
        h.run();
        click(&mut h, "Preview import", size);
        h.run_steps(10);
        assert_on_screen(&h, "Cancel", size);
        click(&mut h, "Import 6 bulletin(s)", size);
        assert_eq!(Library::load(dir.path()).unwrap().entries.len(), 17, "at {size:?}");
    }
}

#[test]
fn new_week_add_a_paragraph_type_and_save_fit_the_screen() {
    for size in SIZES {
        let dir = common::sample_copy();
        let mut h = harness(dir.path(), size);
        h.key_press_modifiers(Modifiers::COMMAND, Key::N);
        h.run();
        // The headline has the cursor.
        h.event(egui::Event::Text("Pray for the harvest festival".to_owned()));
        h.run();
        assert_eq!(h.state().edit.as_ref().unwrap().draft.title, "Pray for the harvest festival");

        let add = "Add a paragraph to Latin America";
        h.get_by_label(add).scroll_to_me();
        h.run();
        click(&mut h, add, size);
        // Typing right after "Add a paragraph" lands in the new paragraph.
        h.event(egui::Event::Text("Pray for the volunteers in Lima.".to_owned()));
        h.run();
        let draft = &h.state().edit.as_ref().unwrap().draft;
        let latin = draft.section("Latin America").unwrap();
        assert_eq!(latin.items.last().unwrap().text, "Pray for the volunteers in Lima.", "at {size:?}");

        assert_on_screen(&h, "Save", size);
        h.key_press_modifiers(Modifiers::COMMAND, Key::S);
        h.run();
        let saved = std::fs::read_to_string(dir.path().join("bulletins/2026-11-21.ron")).unwrap();
        assert!(saved.contains("Pray for the volunteers in Lima."), "saved at {size:?}");
        assert!(saved.contains("Pray for the harvest festival"));
    }
}

#[test]
fn a_new_region_gets_the_cursor_in_its_first_paragraph() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path(), common::LAPTOP);
    h.state_mut().apply(Command::Action(Action::NewWeek));
    h.run();
    // Take South Asia out, then add it back through "Add a region".
    let remove = h.get_all_by_label("Remove region").nth(2).unwrap();
    remove.scroll_to_me();
    h.run();
    h.get_all_by_label("Remove region").nth(2).unwrap().click();
    h.run();
    assert!(h.state().edit.as_ref().unwrap().draft.section("South Asia").is_none());
    h.get_by_label("Add a region").scroll_to_me();
    h.run();
    h.get_by_label("Add a region").click();
    h.run();
    h.get_by_label("South Asia").click();
    h.run();
    h.event(egui::Event::Text("Pray for the brick kiln families.".to_owned()));
    h.run();
    let draft = &h.state().edit.as_ref().unwrap().draft;
    assert_eq!(draft.section("South Asia").unwrap().items[0].text, "Pray for the brick kiln families.");
}

#[test]
fn export_with_no_file_dialog_takes_a_typed_path_and_fits_the_screen() {
    for size in SIZES {
        let dir = common::sample_copy();
        let out = tempfile::tempdir().unwrap();
        let mut h = harness(dir.path(), size);
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
        h.run();
        assert_on_screen(&h, "Cancel", size);
        click(&mut h, "Export to a file…", size);
        // No file dialog here: the app asks for a path, with a file name filled in.
        let Some(Dialog::TypedPath { text, .. }) = h.state_mut().dialog_mut() else { panic!("typed path") };
        assert!(text.ends_with("2026-11-14-public.pdf"), "{text}");
        let target = out.path().join("week.pdf");
        *text = target.display().to_string();
        h.run();
        click(&mut h, "Export", size);
        assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF"), "exported at {size:?}");
        assert!(h.state().dialog().is_none());

        // A folder that does not exist is refused with a message; nothing is created.
        h.state_mut().push(Command::Export {
            format: prayer_bulletin::export::Format::Text,
            audience: prayer_bulletin::export::Audience::Internal,
            all: false,
            layout: Default::default(),
            plan: false,
            path: Some(out.path().join("no-such-folder/week.txt")),
        });
        h.run();
        assert!(h.state().message().as_deref().unwrap().contains("does not exist"), "{:?}", h.state().message());
        assert!(!out.path().join("no-such-folder").exists());
    }
}

#[test]
fn enter_in_the_typed_path_uses_it() {
    let dir = common::sample_copy();
    let out = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), common::LAPTOP);
    h.state_mut().apply(Command::Action(Action::Export));
    h.run();
    click(&mut h, "Export to a file…", common::LAPTOP);
    let Some(Dialog::TypedPath { text, .. }) = h.state_mut().dialog_mut() else { panic!("typed path") };
    text.clear();
    h.run();
    let target = out.path().join("week.pdf");
    assert!(h.get_by_label("File path").is_focused(), "the field has the cursor");
    h.get_by_label("File path").type_text(&target.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(target.is_file(), "Enter exported: {:?}", h.state().message());
}

#[test]
fn import_with_no_file_dialog_takes_a_typed_path() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path(), common::SMALL_LAPTOP);
    h.key_press_modifiers(Modifiers::COMMAND, Key::I);
    h.run();
    let Some(Dialog::TypedPath { text, .. }) = h.state_mut().dialog_mut() else { panic!("typed path") };
    *text = common::fixture_shaped_like("001").display().to_string();
    h.run();
    click(&mut h, "Preview import", common::SMALL_LAPTOP);
    assert_eq!(h.state().import_preview().unwrap().report.bulletins.len(), 1);
    click(&mut h, "Import 1 bulletin(s)", common::SMALL_LAPTOP);
    assert!(dir.path().join("bulletins/undated-harvest-light-weekly-prayer-request.ron").is_file());
}

#[test]
fn files_dropped_on_the_window_open_their_previews_one_after_another() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path(), common::LAPTOP);
    for prefix in ["000", "001"] {
        h.input_mut().dropped_files.push(Arc::new(common::Dropped(common::fixture_shaped_like(prefix))));
    }
    let preview_of = |n: usize| {
        move |app: &prayer_bulletin::app::App| app.import_preview().is_some_and(|p| p.report.bulletins.len() == n)
    };
    assert!(common::step_until(&mut h, preview_of(6)), "the first file's preview");
    click(&mut h, "Import 6 bulletin(s)", common::LAPTOP);
    assert!(common::step_until(&mut h, preview_of(1)), "then the second's");
    click(&mut h, "Cancel", common::LAPTOP);
    assert!(h.state().dialog().is_none());
    assert_eq!(Library::load(dir.path()).unwrap().entries.len(), 16);
}

#[test]
fn every_dialog_keeps_its_buttons_on_screen() {
    for size in SIZES {
        let dir = common::sample_copy();
        let mut h = harness(dir.path(), size);
        let check = |h: &mut Harness<'static, App>, open: &dyn Fn(&mut App), buttons: &[&str]| {
            open(h.state_mut());
            h.run();
            for button in buttons {
                assert_on_screen(h, button, size);
            }
            h.state_mut().apply(Command::Action(Action::Close));
            h.run();
            assert!(h.state().dialog().is_none(), "{buttons:?} closed at {size:?}");
        };
        check(&mut h, &|app| app.apply(Command::Action(Action::LibrarySettings)), &["Save settings", "Cancel"]);
        check(&mut h, &|app| app.apply(Command::Action(Action::DeleteBulletin)), &["Move to trash", "Keep it"]);
        check(&mut h, &|app| app.apply(Command::Action(Action::Export)), &["Export to a file…", "Cancel"]);
        check(&mut h, &|app| app.apply(Command::Action(Action::OpenLibrary)), &["Open", "Cancel"]);
        check(&mut h, &|app| app.apply(Command::Action(Action::ImportFile)), &["Preview import", "Cancel"]);
        check(
            &mut h,
            &|app| {
                app.open_dialog(Dialog::RenameRegion { from: "South Asia".into(), to: "South Asia".into() });
            },
            &["Rename everywhere", "Cancel"],
        );
        check(
            &mut h,
            &|app| app.open_dialog(Dialog::DiskConflict),
            &["Keep mine", "Take theirs", "Save mine as a copy"],
        );
        let drafts: Vec<_> = (1..=12)
            .map(|day| {
                let bulletin = prayer_bulletin::model::Bulletin {
                    date: chrono::NaiveDate::from_ymd_opt(2026, 12, day),
                    title: format!("Draft {day}"),
                    ..Default::default()
                };
                (
                    PathBuf::from(format!("{day}.ron")),
                    prayer_bulletin::library::recovery::Recovery { stem: None, bulletin },
                )
            })
            .collect();
        check(&mut h, &|app| app.open_dialog(Dialog::Recovery(drafts.clone())), &["Decide later"]);

        // "Save changes?" comes from leaving an edited bulletin.
        h.state_mut().apply(Command::Action(Action::ToggleEdit));
        h.state_mut().edit.as_mut().unwrap().draft.title.push_str(" (changed)");
        h.state_mut().apply(Command::Action(Action::PreviousWeek));
        h.run();
        for button in ["Save and continue", "Discard changes", "Cancel"] {
            assert_on_screen(&h, button, size);
        }
        click(&mut h, "Discard changes", size);
        assert!(h.state().dialog().is_none());
    }
}

#[test]
fn alt_arrows_and_ctrl_z_in_a_text_field_act_on_the_text() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path(), common::LAPTOP);
    let week = h.state().current.clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Headline").click();
    h.run();
    assert!(h.get_by_label("Headline").is_focused());
    h.event(egui::Event::Text(" now".to_owned()));
    h.run();
    // Alt+← and Alt+→ move the cursor by words in the field: the week stays, nothing asks to save.
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    h.run();
    assert_eq!(h.state().current, week);
    assert!(h.state().dialog().is_none(), "{:?}", h.state().dialog());
    assert!(h.state().edit.as_ref().unwrap().draft.title.ends_with(" now"));

    // Ctrl+Z in the search field undoes the typing there, not the bulletin's edit.
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.event(egui::Event::Text("pray".to_owned()));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().edit.as_ref().unwrap().draft.title.ends_with(" now"), "the bulletin was not undone");

    // Outside a text field the same keys are the app's again.
    h.state_mut().search = None;
    h.state_mut().apply(Command::Action(Action::Save));
    h.run();
    h.state_mut().apply(Command::Action(Action::ToggleEdit));
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    h.run();
    assert_ne!(h.state().current, week, "Alt+← moves to the week before");
}

#[test]
fn a_window_larger_than_the_monitor_is_fitted_to_it() {
    use prayer_bulletin::app::fitted_window;
    let first = egui::Vec2::from(prayer_bulletin::app::FIRST_WINDOW_SIZE);
    assert_eq!(fitted_window(egui::vec2(1366.0, 768.0), first), None, "fits a 1366×768 laptop as it is");
    let small = fitted_window(egui::vec2(1024.0, 640.0), first).unwrap();
    assert!(small.x <= 1024.0 && small.y <= 640.0 - 60.0, "{small:?}");
    assert!(small.x >= prayer_bulletin::app::MIN_WINDOW_SIZE[0]);
}

#[test]
fn the_first_window_fits_a_laptop_screen() {
    let [w, h] = prayer_bulletin::app::FIRST_WINDOW_SIZE;
    // A 1366×768 screen less a task bar and the window's title bar.
    assert!(w <= 1366.0 && h <= 768.0 - 60.0, "{w}×{h}");
    let [min_w, min_h] = prayer_bulletin::app::MIN_WINDOW_SIZE;
    assert!(min_w <= 1024.0 && min_h <= 640.0 - 60.0);
}

#[test]
fn the_import_preview_keeps_its_size_from_frame_to_frame() {
    for size in SIZES {
        let dir = common::sample_copy();
        let mut h = harness(dir.path(), size);
        h.input_mut().dropped_files.push(Arc::new(common::Dropped(common::fixture_shaped_like("000"))));
        h.run();
        let at = |h: &Harness<'static, App>| {
            (h.get_by_label("Import 6 bulletin(s)").rect(), h.get_by_label("Import preview").rect())
        };
        let first = at(&h);
        for _ in 0..8 {
            h.step();
            assert_eq!(at(&h), first, "the preview moved or grew at {size:?}");
        }
    }
}

#[test]
fn print_opens_this_weeks_public_pdf_in_the_system_viewer() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path(), common::LAPTOP);
    let opened: Arc<std::sync::Mutex<Vec<PathBuf>>> = Arc::default();
    let seen = Arc::clone(&opened);
    h.state_mut().open_with = std::sync::Arc::new(move |path: &Path| {
        seen.lock().unwrap().push(path.to_owned());
        Ok(())
    });
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run();
    common::until_handed_over(&mut h);
    let opened = opened.lock().unwrap().clone();
    assert_eq!(opened.len(), 1, "the viewer was asked once");
    assert!(opened[0].ends_with("2026-11-14-public.pdf"), "{:?}", opened[0]);
    let text = pdf_extract::extract_text(&opened[0]).unwrap();
    assert!(text.contains("Guatemala"), "this week's handout");
    assert!(!text.contains("Ana*"), "public: the sensitive paragraph is left out");

    // A viewer that cannot be started is said, with where the handout is.
    h.state_mut().open_with = std::sync::Arc::new(|_: &Path| Err("no viewer installed".to_owned()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run();
    common::until_handed_over(&mut h);
    let message = h.state().message().unwrap();
    assert!(message.contains("no viewer installed") && message.contains("2026-11-14-public.pdf"), "{message}");
}

#[test]
fn libraries_opened_are_listed_newest_first_under_recent_libraries() {
    let (first, second) = (common::sample_copy(), common::sample_copy());
    let mut h = harness(first.path(), common::LAPTOP);
    h.state_mut().apply(Command::OpenLibrary(second.path().to_owned()));
    h.run();
    let recent = h.state().settings.recent_libraries.clone();
    assert_eq!(recent, [second.path().to_owned(), first.path().to_owned()]);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Recent libraries").click();
    h.run();
    h.get_by_label(&first.path().display().to_string()).click();
    h.run();
    assert_eq!(h.state().library.as_ref().unwrap().dir, first.path());
    assert_eq!(h.state().settings.recent_libraries[0], first.path());
}

#[test]
fn esc_leaves_the_field_then_closes_the_dialog() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path(), common::LAPTOP);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    h.run();
    assert!(h.get_by_label("Bulletin text").is_focused(), "the paste box opens with the cursor in it");
    h.key_press(Key::Escape);
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::Paste(_))), "the first Esc only leaves the field");
    assert!(!h.get_by_label("Bulletin text").is_focused());
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().dialog().is_none(), "the second closes the box");
}

#[test]
fn send_by_email_and_this_week_day_by_day_lie_on_screen_and_work() {
    use prayer_bulletin::export::{Audience, Prepared, plan};
    let size = common::LAPTOP;
    let dir = common::sample_copy();
    let out = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), size);
    let opened: Arc<std::sync::Mutex<Vec<PathBuf>>> = Arc::default();
    let seen = Arc::clone(&opened);
    h.state_mut().open_with = std::sync::Arc::new(move |path: &Path| {
        seen.lock().unwrap().push(path.to_owned());
        Ok(())
    });

    // "Send by e-mail…" beside the bulletin: this week's public draft, opened by the mail program.
    click(&mut h, "Send by e-mail…", size);
    common::until_handed_over(&mut h);
    let drafts = opened.lock().unwrap().clone();
    assert_eq!(drafts.len(), 1, "the mail program was asked once");
    assert!(drafts[0].ends_with("2026-11-14-public.eml"), "{:?}", drafts[0]);
    let bytes = std::fs::read(&drafts[0]).unwrap();
    let mail = mail_parser::MessageParser::default().parse(&bytes).unwrap();
    let current = h.state().current_bulletin().unwrap().clone();
    assert_eq!(mail.subject(), Some(current.title.as_str()));
    assert_eq!(mail.header_raw("X-Unsent").map(str::trim), Some("1"));
    let body = mail.body_text(0).unwrap();
    assert!(body.contains("Guatemala") && !body.contains("Ana*"), "public: {body}");
    assert!(h.state().message().as_deref().unwrap().contains("mail program"), "{:?}", h.state().message());

    // "This week, day by day": the seven days, and the ways to take them away, on screen.
    click(&mut h, "This week, day by day", size);
    assert_eq!(h.state().view, prayer_bulletin::app::View::DailyPlan);
    let context = prayer_bulletin::export::Context::default();
    let prepared = Prepared::new(&[&current], Audience::Internal, &context);
    let plans = plan::daily_plans(&prepared, None).unwrap();
    assert_on_screen(&h, &plans[0].days[0].heading(), size);
    for label in ["Back to the bulletin", "Export the plan…", "Add to a calendar…"] {
        assert_on_screen(&h, label, size);
    }
    click(&mut h, "Add to a calendar…", size);
    let Some(Dialog::Export(choice)) = h.state().dialog() else { panic!("export window") };
    assert!(choice.plan && choice.public && choice.format == prayer_bulletin::export::Format::Ics);
    click(&mut h, "Export to a file…", size);
    let Some(Dialog::TypedPath { text, .. }) = h.state_mut().dialog_mut() else { panic!("typed path") };
    assert!(text.ends_with("2026-11-14-public.ics"), "{text}");
    let target = out.path().join("week.ics");
    *text = target.display().to_string();
    h.run();
    click(&mut h, "Export", size);
    let calendar: icalendar::Calendar = std::fs::read_to_string(&target).unwrap().parse().unwrap();
    assert_eq!(calendar.events().count(), 7, "one event a day");

    click(&mut h, "Back to the bulletin", size);
    assert_eq!(h.state().view, prayer_bulletin::app::View::Reader);
}
