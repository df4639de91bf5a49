//! Everyday use by a coordinator and a volunteer, in the real window: reading by keyboard (Page
//! Down, Space, the arrows, Home and End scroll the bulletin and the day-by-day plan when no field has
//! the cursor), Quit asking first about unsaved edits, and the pasted text kept when going back to it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

const HEADLINE: &str = "Praise God for new partners in Guatemala";

fn top_of(h: &egui_kittest::Harness<'static, prayer_bulletin::app::App>, label: &str) -> f32 {
    h.get_by_label(label).rect().top()
}

#[test]
fn page_down_space_arrows_home_and_end_scroll_the_reading() {
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    let start = top_of(&h, HEADLINE);
    h.key_press(Key::PageDown);
    h.run();
    let after_page = top_of(&h, HEADLINE);
    assert!(start - after_page > 200.0, "Page Down scrolls a screen: {start} → {after_page}");
    h.key_press(Key::Home);
    h.run();
    assert_eq!(top_of(&h, HEADLINE), start, "Home goes back to the top");
    h.key_press(Key::Space);
    h.run();
    assert!(top_of(&h, HEADLINE) < start - 200.0, "Space scrolls a screen too");
    h.key_press_modifiers(Modifiers::SHIFT, Key::Space);
    h.run();
    assert_eq!(top_of(&h, HEADLINE), start, "Shift+Space scrolls back");
    h.key_press(Key::ArrowDown);
    h.run();
    let line = start - top_of(&h, HEADLINE);
    assert!(line > 10.0 && line < 100.0, "an arrow scrolls a line: {line}");
    h.key_press(Key::End);
    h.run();
    // The end of the bulletin is on the screen.
    let last = h.get_by_label_contains("Southeast Asia").rect();
    assert!(h.ctx.content_rect().contains_rect(last), "End shows the last region");
}

#[test]
fn keys_are_left_to_the_search_field_while_searching() {
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    let start = top_of(&h, HEADLINE);
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.key_press(Key::Space);
    h.key_press(Key::PageDown);
    h.run();
    assert_eq!(top_of(&h, HEADLINE), start, "the reading stays while the search has the keys");
}

#[test]
fn the_day_by_day_plan_scrolls_by_keyboard_too() {
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    h.state_mut().apply(prayer_bulletin::app::Command::Action(prayer_bulletin::app::Action::DayByDay));
    h.run();
    let back = "Back to the bulletin";
    let start = top_of(&h, back);
    h.key_press(Key::PageDown);
    h.run();
    assert!(top_of(&h, back) < start - 200.0, "the plan scrolls a screen");
}

#[test]
fn ctrl_q_quits_and_asks_first_about_unsaved_edits() {
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Quit").rect();
    h.key_press(Key::Escape);
    h.run();
    h.state_mut().apply(prayer_bulletin::app::Command::Action(prayer_bulletin::app::Action::ToggleEdit));
    h.run();
    if let Some(edit) = h.state_mut().edit.as_mut() {
        edit.draft.title.push_str(" (changed)");
    }
    h.run();
    // Leave the headline field so the shortcut is not typed into it.
    h.key_press(Key::Escape);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    assert!(matches!(h.state().dialog(), Some(prayer_bulletin::app::Dialog::Unsaved(_))), "asked first");
}

#[test]
fn back_to_the_text_keeps_the_paste() {
    use prayer_bulletin::app::{Command, Dialog};
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    let text = "Prayer for 21 November 2026\n\nLatin America\nPray for the new shelter in Lima.\n";
    h.state_mut().apply(Command::ImportText(text.to_owned()));
    h.run();
    assert!(h.state().import_preview().is_some());
    let back = h.get_by_label("Back to the text");
    assert!(h.ctx.content_rect().contains_rect(back.rect()));
    back.click_accesskit();
    h.run();
    let Some(Dialog::Paste(kept)) = h.state().dialog() else { panic!("the paste box again") };
    assert_eq!(kept, text, "the text is kept");
}

#[test]
fn an_untouched_new_week_is_left_without_asking_a_touched_one_asks() {
    use prayer_bulletin::app::{Action, Command, Dialog};
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(h.state().edit.is_some(), "a new week in the editor");
    assert!(!h.state().is_dirty(), "nothing typed yet");
    h.state_mut().apply(Command::Select("2026-11-07".into()));
    h.run();
    assert!(h.state().dialog().is_none(), "nothing asked about an untouched week");
    assert!(h.state().edit.is_none());
    // Typed in: asked.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Headline").type_text("Pray for Lima");
    h.run();
    h.state_mut().apply(Command::Action(Action::LatestWeek));
    h.run();
    assert!(matches!(h.state().dialog(), Some(Dialog::Unsaved(_))), "asked: Save, Discard or Cancel");
}

#[test]
fn removing_a_region_with_text_asks_in_place_first() {
    use prayer_bulletin::app::{Action, Command};
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    h.state_mut().apply(Command::Action(Action::ToggleEdit));
    h.run();
    h.key_press(Key::Escape);
    h.run();
    let regions = |h: &egui_kittest::Harness<'static, prayer_bulletin::app::App>| -> Vec<String> {
        h.state().edit.as_ref().unwrap().draft.sections.iter().map(|s| s.region.clone()).collect()
    };
    let before = regions(&h);
    assert!(before.contains(&"Latin America".to_owned()));
    // The first click asks; the buttons of the next region stay where they were.
    let remove = h.get_all_by_label("Remove region").nth(1).unwrap();
    remove.click_accesskit();
    h.run();
    assert_eq!(regions(&h), before, "nothing removed on the first click");
    h.get_by_label("Keep it").click_accesskit();
    h.run();
    assert_eq!(regions(&h), before);
    h.get_all_by_label("Remove region").nth(1).unwrap().click_accesskit();
    h.run();
    h.get_by_label_contains("paragraph?").rect();
    h.get_by_label("Yes, remove Latin America").click_accesskit();
    h.run();
    assert!(!regions(&h).contains(&"Latin America".to_owned()), "removed when asked twice");
    // Undo names what it will take back, puts it back, and says what it did.
    let undo = h.state().edit.as_ref().unwrap().undo_names();
    assert_eq!(undo.as_deref(), Some("removing the region “Latin America”"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(regions(&h), before);
    h.get_by_label("Undone: removing the region “Latin America”.");
    let redo = h.state().edit.as_ref().unwrap().redo_names();
    assert_eq!(redo.as_deref(), Some("removing the region “Latin America”"));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert!(!regions(&h).contains(&"Latin America".to_owned()), "redone");
    h.get_by_label("Redone: removing the region “Latin America”.");
}

/// Item 1: with no program able to open files, Print and Send by e-mail say so (never "Opened") and
/// offer what else can be done, each of which works.
#[test]
fn print_and_email_with_nothing_to_open_them_say_so_and_offer_other_ways() {
    use std::path::Path;
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    h.state_mut().open_with =
        std::sync::Arc::new(|_: &Path| Err("no program on this computer opens PDF files".to_owned()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run();
    common::until_handed_over(&mut h);
    let message = h.state().message().unwrap();
    assert!(message.starts_with("Nothing opened the handout for printing"), "{message}");
    assert!(!message.contains("Opened the handout"), "{message}");
    h.get_by_label("The handout did not open for printing");
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, common::LAPTOP);
    for offer in ["Open the folder", "Copy the path", "Save as…", "Copy the text"] {
        let rect = h.get_by_label(offer).rect();
        assert!(screen.contains_rect(rect), "{offer:?} at {rect:?} is not inside the screen");
    }
    // The text, public (the sensitive paragraph left out), for webmail.
    h.get_by_label("Copy the text").click();
    h.run();
    let copied = h.state().copied.clone().unwrap();
    assert!(copied.contains("Guatemala"), "this week's text");
    assert!(!copied.contains("Ana*"), "public: the sensitive paragraph is left out");
    assert!(h.state().dialog().is_none());

    // E-mail the same way; the path, then "Save as…" opens the export window on a public e-mail.
    h.state_mut().open_with =
        std::sync::Arc::new(|_: &Path| Err("no program on this computer opens EML files".to_owned()));
    h.state_mut().push(prayer_bulletin::app::Command::Action(prayer_bulletin::app::Action::SendByEmail));
    h.run();
    common::until_handed_over(&mut h);
    assert!(h.state().message().unwrap().starts_with("Nothing opened the e-mail draft"));
    h.get_by_label("Copy the path").click();
    h.run();
    assert!(h.state().copied.as_deref().unwrap().ends_with("2026-11-14-public.eml"));
    h.state_mut().push(prayer_bulletin::app::Command::Action(prayer_bulletin::app::Action::SendByEmail));
    h.run();
    common::until_handed_over(&mut h);
    h.get_by_label("Save as…").click();
    h.run();
    let Some(prayer_bulletin::app::Dialog::Export(choice)) = h.state().dialog() else { panic!("the export window") };
    assert_eq!(choice.format, prayer_bulletin::export::Format::Eml);
    assert!(choice.public);
}

/// Item 2: a partner's sheet changes nothing behind the coordinator's back: its unknown headings
/// stay in its bulletin unless she adds them to the library's regions, and this week's sheet comes
/// in as a draft (the preview says so), an older one as sent.
#[test]
fn an_imported_sheet_adds_regions_only_when_asked_and_this_weeks_comes_in_as_a_draft() {
    use prayer_bulletin::app::{Command, Dialog};
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    // The tests' clock says Friday, December 4, 2026: a sheet for Sunday the 6th is this week's.
    let sheet = "Partner update\n\nDecember 6, 2026\n\nMiddle East\n\nPray for the families returning to Mosul.\n";
    h.state_mut().push(Command::ImportText(sheet.to_owned()));
    h.run();
    h.get_by_label("Comes in as a draft: this week or later, not yet reviewed");
    let Some(Dialog::ImportPreview(preview)) = h.state().dialog() else { panic!("the preview") };
    assert_eq!(
        preview.review.regions,
        [("Middle East".to_owned(), prayer_bulletin::import::RegionChoice::OnlyHere)],
        "one heading the library does not know, kept in its bulletin unless she says otherwise"
    );
    h.state_mut().push(Command::ConfirmImport);
    h.run();
    let library = prayer_bulletin::library::Library::load(dir.path()).unwrap();
    assert!(library.settings.region("Middle East").is_none(), "the library's regions are as they were");
    let week = &library.entry_for_date(chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()).unwrap().bulletin;
    assert_eq!(week.state, prayer_bulletin::model::ReviewState::Draft);
    assert!(week.sections.iter().any(|s| s.region == "Middle East"), "the section stays in its bulletin");

    // An older sheet comes in as sent; adding its heading to the library's regions is a choice.
    let older = "Partner update\n\nNovember 1, 2026\n\nCaribbean\n\nPraise God for rain in Haiti.\n";
    h.state_mut().push(Command::ImportText(older.to_owned()));
    h.run();
    h.get_by_label("Comes in as sent");
    h.get_by_label("Region for \u{201c}Caribbean\u{201d}").click();
    h.run();
    h.get_by_label("Add to the library's regions").click();
    h.run();
    h.state_mut().push(Command::ConfirmImport);
    h.run();
    let library = prayer_bulletin::library::Library::load(dir.path()).unwrap();
    assert!(library.settings.region("Caribbean").is_some(), "added, as chosen");
    let older = &library.entry_for_date(chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()).unwrap().bulletin;
    assert_eq!(older.state, prayer_bulletin::model::ReviewState::Sent);
}

/// Item 6: a detail that could identify a survivor is settled from the check in one click, which
/// Ctrl+Z takes back.
#[test]
fn an_identifying_detail_is_marked_sensitive_from_its_check_in_one_click() {
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    let text = "Pray for a 16-year-old girl who testified in Lima this week.";
    common::type_new_paragraph(&mut h, "Latin America", text);
    h.get_by_label_contains("could identify a survivor");
    let paragraph = |h: &egui_kittest::Harness<'static, prayer_bulletin::app::App>| {
        let draft = &h.state().edit.as_ref().unwrap().draft;
        draft.sections.iter().find(|s| s.region == "Latin America").unwrap().items[0].clone()
    };
    assert!(!paragraph(&h).sensitive);
    h.get_by_label("Mark sensitive").click();
    h.run();
    assert!(paragraph(&h).sensitive, "marked in one click");
    assert!(h.query_by_label_contains("could identify a survivor").is_none(), "the check is settled");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!paragraph(&h).sensitive, "Ctrl+Z takes it back");
}

/// Item 12: a reading mode for volunteers, with nothing that edits, no review tags; and the text
/// size said when it changes. Item 5: the Read | Edit pair shows the mode the bulletin is in.
#[test]
fn reading_mode_shows_nothing_that_edits_and_the_text_size_is_said() {
    let mut h = common::harness_on(&common::sample_data());
    // Read | Edit: "Read" is the selected one while reading.
    assert!(h.query_all_by_label("Read").count() >= 1);
    assert!(h.query_by_label("New week").is_some());
    assert!(h.query_by_label_contains("[Ready]").is_some(), "the archive tags a week not sent");
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Reading only").click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().settings.reading_only);
    assert!(h.query_by_label("New week").is_none(), "no New week");
    assert!(h.query_by_label_contains("[Ready]").is_none(), "no review tags");
    assert!(h.query_by_label("READY").is_none(), "none above the bulletin either");
    // Ctrl+E and Ctrl+N do nothing here.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(h.state().edit.is_none());
    // Larger text, said.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert_eq!(h.state().message().as_deref(), Some("Text size 110 %"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(h.state().message().as_deref(), Some("Text size 100 %"));
}

/// Item 10: the real window's hints and body text are at least 4.5:1 in both themes.
#[test]
fn the_windows_texts_are_readable_in_both_themes() {
    use prayer_bulletin::ui::theme::contrast;
    let h = common::harness_on(&common::sample_data());
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let visuals = h.ctx.style_of(theme).visuals.clone();
        // The window is cleared to the panels' colour, which the panels then leave unpainted.
        let background = prayer_bulletin::app::panel_colour(&visuals);
        for (what, colour) in [("hint", visuals.weak_text_color()), ("body", visuals.text_color())] {
            let ratio = contrast(colour, background);
            assert!(ratio >= 4.5, "{theme:?}: {what} is {ratio:.2}:1");
        }
    }
}

/// Item 8: search by keyboard alone: Down from the field goes to the first match, Down and Up move
/// between matches, Enter opens the one with the focus.
#[test]
fn search_results_are_reached_and_opened_by_keyboard_alone() {
    let mut h = common::harness_on(&common::sample_data());
    common::search_for(&mut h, "hearing");
    assert!(h.state().search.as_ref().unwrap().hits.len() >= 2);
    // Down once and Enter: the first match.
    h.key_press(Key::ArrowDown);
    h.run();
    let search = h.state().search.as_ref().unwrap();
    let first = search.hits[search.rows()[0].hit].resolve(&h.state().library.as_ref().unwrap().entries).unwrap();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().highlight.clone().expect("highlighted").place, first.place, "the first match");
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    let search = h.state().search.as_ref().unwrap();
    let second = search.hits[search.rows()[1].hit].resolve(&h.state().library.as_ref().unwrap().entries).unwrap();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().current.as_deref(), Some(second.stem.as_str()), "the second match's week is open");
    let highlight = h.state().highlight.clone().expect("the match is highlighted");
    assert_eq!(highlight.place, second.place);
}

/// Item 9 (part): Escape closes an open menu.
#[test]
fn escape_closes_an_open_menu() {
    let mut h = common::harness_on(&common::sample_data());
    h.get_by_label("View").click();
    h.run();
    assert!(h.query_by_label("Reading only").is_some(), "the menu is open");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Reading only").is_none(), "Escape closed it");
}

/// Item 5 (part): Discard on an unsaved new week goes back to reading, and the archive follows the
/// week being edited.
#[test]
fn discarding_a_new_week_returns_to_reading_and_the_archive_follows_the_week_edited() {
    use prayer_bulletin::app::{Action, Command, UnsavedAnswer};
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    assert_eq!(h.state().current.as_deref(), Some("2026-11-14"));
    // Edit an older week: the archive's selection follows it.
    h.state_mut().push(Command::Select("2026-11-07".into()));
    h.state_mut().push(Command::Action(Action::ToggleEdit));
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-11-07"));
    h.state_mut().push(Command::Action(Action::ToggleEdit));
    h.run();
    // A new week, typed in, then left with Discard: back to reading the week that was shown.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Headline").type_text("Pray for Lima");
    h.run();
    h.state_mut().push(Command::Action(Action::ToggleEdit));
    h.run();
    h.state_mut().push(Command::Unsaved(UnsavedAnswer::Discard));
    h.run();
    assert!(h.state().edit.is_none(), "reading, not another week's editor");
    assert_eq!(h.state().current.as_deref(), Some("2026-11-07"), "the week that was shown");
}

/// Item 3: Ctrl+Shift+V opens the paste box with the clipboard's text in it, selected.
#[test]
fn the_paste_box_opens_with_the_clipboards_text_selected() {
    use prayer_bulletin::app::Dialog;
    let mut h = common::harness_on(&common::sample_data());
    let sheet = "Partner update\n\nDecember 6, 2026\n\nLatin America\n\nPray for the hearing in Lima.\n";
    h.state_mut().read_clipboard = Box::new(move || Some(sheet.to_owned()));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    h.run();
    let Some(Dialog::Paste(text)) = h.state().dialog() else { panic!("the paste box") };
    assert_eq!(text, sheet);
    // Selected: typing replaces all of it.
    h.get_by_label("Bulletin text").type_text("Another sheet");
    h.run();
    let Some(Dialog::Paste(text)) = h.state().dialog() else { panic!("the paste box") };
    assert_eq!(text, "Another sheet");
    // With nothing on the clipboard, the box opens empty.
    h.key_press(Key::Escape);
    h.key_press(Key::Escape);
    h.run();
    h.state_mut().read_clipboard = Box::new(|| None);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    h.run();
    let Some(Dialog::Paste(text)) = h.state().dialog() else { panic!("the paste box") };
    assert!(text.is_empty());
}

/// Item 6 (part): a public handout's message says what it left out, and the region that went with it.
#[test]
fn a_public_export_says_what_it_left_out() {
    use prayer_bulletin::app::Command;
    use prayer_bulletin::export::{Audience, Format, PageLayout};
    let out = tempfile::tempdir().unwrap();
    let mut h = common::harness_on(&common::sample_data());
    let export = |audience, name: &str| Command::Export {
        format: Format::Pdf,
        audience,
        all: false,
        layout: PageLayout::Standard,
        plan: false,
        path: Some(out.path().join(name)),
    };
    h.state_mut().push(export(Audience::Public, "public.pdf"));
    h.run();
    let message = h.state().message().unwrap();
    assert!(message.starts_with("Exported PDF to"), "{message}");
    assert!(message.contains("Left out as not for sharing: 1 paragraph, and with them Southeast Asia."), "{message}");
    // An internal handout leaves nothing out, and says nothing of it.
    h.state_mut().push(export(Audience::Internal, "internal.pdf"));
    h.run();
    assert!(!h.state().message().unwrap().contains("Left out"));
}

/// Item 9 (part): F10 opens the menu bar's File menu; Escape closes it.
#[test]
fn f10_opens_the_file_menu() {
    let mut h = common::harness_on(&common::sample_data());
    assert!(h.query_by_label("Recent libraries").is_none());
    h.key_press(Key::F10);
    h.run();
    assert!(h.query_by_label("Recent libraries").is_some(), "the File menu is open");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Recent libraries").is_none());
}

/// Item 9 (part): "This week, day by day" opened by keyboard leaves the keyboard to the plan:
/// Space scrolls it instead of pressing "Back".
#[test]
fn the_day_by_day_plan_opened_by_its_button_keeps_the_reader_on_space() {
    let mut h = common::harness_on(&common::sample_data());
    // By keyboard: the button has the focus, Space opens the plan, Space again reads on.
    h.get_by_label("This week, day by day").focus();
    h.run();
    h.key_press(Key::Space);
    h.run();
    assert_eq!(h.state().view, prayer_bulletin::app::View::DailyPlan);
    h.key_press(Key::Space);
    h.run();
    assert_eq!(h.state().view, prayer_bulletin::app::View::DailyPlan, "still reading the plan");
}

/// Item 9: F6 puts the keyboard on the bulletin, past the toolbar and the archive's rows: the first
/// region's header has it, the headline is on screen, and Enter folds that region.
#[test]
fn f6_goes_to_the_bulletin_past_the_toolbar_and_the_archive() {
    let mut h = common::harness_on(&common::sample_data());
    // Somewhere else first: the end of the bulletin, then a Tab or two into the toolbar.
    h.key_press(Key::End);
    h.run();
    assert!(!h.ctx.content_rect().contains_rect(h.get_by_label(HEADLINE).rect()), "scrolled away from the top");
    h.key_press(Key::Tab);
    h.run();
    h.key_press(Key::Tab);
    h.run();
    h.key_press(Key::F6);
    h.run();
    h.run();
    let first = h.state().current_bulletin().unwrap().sections[0].region.clone();
    assert!(h.get_by_label(&first).is_focused(), "the first region's header has the keyboard");
    assert!(h.ctx.content_rect().contains_rect(h.get_by_label(HEADLINE).rect()), "the headline is on screen");
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().settings.collapsed_regions.contains(&first), "Enter folds the region it landed on");
}

/// Item 11: a standing paragraph carried into every week is one result ("and 9 more weeks"), which
/// opens to show each week; a different paragraph is its own result.
#[test]
fn a_standing_paragraph_is_one_search_result_that_opens_to_every_week() {
    let mut h = common::harness_on(&common::sample_data());
    common::search_for(&mut h, "Toronto");
    let search = h.state().search.as_ref().unwrap();
    let weeks = search.hits.len();
    assert!(weeks >= 5, "the home office paragraph is in every week: {weeks}");
    assert_eq!(search.rows().len(), 1, "shown once");
    h.get_by_label(&format!("and {} more weeks", weeks - 1)).click_accesskit();
    h.run();
    assert_eq!(h.state().search.as_ref().unwrap().rows().len(), weeks, "opened: every week");
    h.get_by_label("Show only the newest").click_accesskit();
    h.run();
    assert_eq!(h.state().search.as_ref().unwrap().rows().len(), 1);
    // Words in paragraphs that differ stay apart.
    h.get_by_label("Words to find").type_text("");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Words to find").type_text("Pray");
    h.run();
    assert!(common::step_until(&mut h, |app| app
        .search
        .as_ref()
        .is_some_and(prayer_bulletin::app::SearchState::is_complete)));
    let search = h.state().search.as_ref().unwrap();
    assert!(search.rows().len() > 5, "different paragraphs are each a row: {}", search.rows().len());
}

/// Item 10: in Large print the small labels (a paragraph's kind) grow to body size, more than the
/// rest of the text does, rather than staying tiny beside it.
#[test]
fn kind_labels_grow_to_body_size_in_large_print() {
    let mut h = common::harness_on(&common::sample_data());
    let badge_height = |h: &egui_kittest::Harness<'static, prayer_bulletin::app::App>| {
        h.get_all_by_label("PRAYER REQUEST").next().expect("a request's badge").rect().height()
    };
    let text_height =
        |h: &egui_kittest::Harness<'static, prayer_bulletin::app::App>| h.get_by_label(HEADLINE).rect().height();
    let (badge, text) = (badge_height(&h), text_height(&h));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Large print").click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().settings.large_print);
    let (large_badge, large_text) = (badge_height(&h), text_height(&h));
    // Heights in points: the zoom makes every point larger; the badge's font grows besides.
    assert!((large_text - text).abs() < 1.0, "the headline keeps its size in points: {text} → {large_text}");
    assert!(large_badge > badge * 1.3, "the badge grows to body size: {badge} → {large_badge}");
}

/// Item 8: whatever the keyboard is on has a clear ring, on every control (a toolbar button, an
/// archive row, a region's header), inside the screen; a click puts the ring away.
#[test]
fn the_keyboard_focus_has_a_ring_on_every_control() {
    let mut h = common::harness_on(&common::sample_data());
    assert_eq!(h.state().focus_ring, None, "no ring before the keyboard moves");
    let screen = h.ctx.content_rect();
    for step in 0..12 {
        h.key_press(Key::Tab);
        h.run();
        let ring = h.state().focus_ring.unwrap_or_else(|| panic!("a ring after Tab number {}", step + 1));
        assert!(screen.contains_rect(ring.shrink(2.0)), "the ring {ring:?} is on the screen");
    }
    h.key_press(Key::F6);
    h.run();
    h.run();
    let first = h.state().current_bulletin().unwrap().sections[0].region.clone();
    let header = h.get_by_label(&first).rect();
    let ring = h.state().focus_ring.expect("a ring on the region's header");
    assert!(ring.contains_rect(header.shrink(1.0)), "the ring {ring:?} goes round the header {header:?}");
    h.get_by_label(HEADLINE).click();
    h.run();
    assert_eq!(h.state().focus_ring, None, "a click puts the ring away");
}

/// Item 1: the check that the PDF viewer started (up to a second) never holds up the window: the
/// frames go on while the viewer has not answered, saying "Opening …", and the answer comes when the
/// program gives it. (The viewer here answers only when the test lets it: a window that waited for it
/// would never get to say "Opening".)
#[test]
fn the_window_does_not_wait_for_the_viewer_to_start() {
    use std::path::Path;
    let mut h = common::harness_on(&common::sample_data());
    let (release, released) = std::sync::mpsc::channel::<()>();
    let released = std::sync::Mutex::new(released);
    h.state_mut().open_with = std::sync::Arc::new(move |_: &Path| {
        let waited = released.lock().unwrap().recv_timeout(std::time::Duration::from_secs(10));
        waited.map_err(|_| "the test never let the viewer answer".to_owned())
    });
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.step();
    h.step();
    assert!(h.state().message().unwrap().starts_with("Opening "), "{:?}", h.state().message());
    release.send(()).unwrap();
    common::until_handed_over(&mut h);
    assert!(h.state().message().unwrap().starts_with("Opened the handout in your PDF viewer"));
}
