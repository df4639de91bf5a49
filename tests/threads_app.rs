//! A request's story in the app, driven by its labels at 1366×768: the reader's story lines, the
//! answered view, linking in the editor, the review state, aging marks and the search filter.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use prayer_bulletin::app::{Action, App, Command, Dialog};
use prayer_bulletin::library::{Library, read_bulletin};
use prayer_bulletin::model::ReviewState;

fn harness(dir: &Path) -> Harness<'static, App> {
    let mut app = App::new(Some(dir.to_owned()), prayer_bulletin::app::Settings::default());
    app.wait_for_library();
    common::app_harness_sized(app, common::LAPTOP)
}

#[track_caller]
fn assert_on_screen(h: &Harness<'static, App>, label: &str) {
    let rect = h.get_by_label(label).rect();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, common::LAPTOP);
    assert!(screen.contains_rect(rect), "{label:?} at {rect:?} is not inside the screen");
}

#[test]
fn the_reader_tells_where_a_paragraph_s_story_came_from_and_opens_that_week() {
    let mut h = harness(&common::sample_data());
    h.state_mut().push(Command::Select("2026-11-07".into()));
    h.run();
    // The verdict of November 7 closes the Tegucigalpa story: its two earlier weeks are under it.
    h.get_by_label("Earlier, September 12, 2026:");
    // Two stories of this week go back to October 24 (the verdict and the labourers' papers).
    assert_eq!(h.query_all_by_label("Earlier, October 24, 2026:").count(), 2);
    h.query_all_by_label("Earlier, October 24, 2026:").next().unwrap().click();
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-10-24"));
    // From the middle of the story: where it came from, and the answer.
    h.get_by_label("Earlier, September 12, 2026:");
    h.get_by_label("Answered November 7, 2026:");
    // A week whose personal paragraphs are older than the library's six weeks says so.
    h.state_mut().push(Command::Select("2026-09-26".into()));
    h.run();
    h.get_by_label_contains("No longer public since November 8, 2026");
}

#[test]
fn the_answered_view_lists_answered_threads_with_their_dates() {
    let mut h = harness(&common::sample_data());
    h.get_by_label("Read:");
    h.state_mut().push(Command::ShowAnswered);
    h.run();
    h.get_by_label("Answered prayer");
    let walk = "Answered: prayed for from September 12, 2026 to November 14, 2026, 9 weeks";
    assert_on_screen(&h, walk);
    h.get_by_label("Answered: prayed for from September 12, 2026 to November 7, 2026, 8 weeks");
    h.get_by_label_contains("3 answered, 1 still open");
    // Only the stories on screen are drawn; the last comes into view with the keyboard.
    let last = "Answered: prayed for from September 26, 2026 to October 10, 2026, 2 weeks";
    assert!(h.query_by_label(last).is_none(), "below the screen, not drawn");
    h.key_press(egui::Key::End);
    h.run();
    assert_on_screen(&h, last);
    assert!(h.query_all_by_label_contains("Open: since").next().is_none(), "only answered threads");
    h.key_press(egui::Key::Home);
    h.run();
    // Each week is a link to it.
    h.query_all_by_label("November 14, 2026").next().unwrap().click();
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-11-14"));
}

#[test]
fn follows_up_links_a_paragraph_to_the_likeliest_earlier_one_and_undo_takes_it_back() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path());
    h.state_mut().push(Command::Select("2026-11-14".into()));
    h.state_mut().push(Command::Action(Action::ToggleEdit));
    h.run();
    // Africa & Europe's paragraph of November 14 (Kampala's hearings): "Follows up…" is its first.
    let first = h.query_all_by_label("Follows up…").next().unwrap();
    let rect = first.rect();
    first.click();
    h.run();
    assert!(egui::Rect::from_min_size(egui::Pos2::ZERO, common::LAPTOP).contains_rect(rect));
    let Some(Dialog::FollowsUp(state)) = h.state().dialog() else { panic!("the picker is open") };
    assert_eq!(state.region, "Africa & Europe");
    let choices: Vec<String> = state.choices.iter().map(|c| c.when.clone()).collect();
    assert_eq!(choices.len(), 9, "every earlier Africa & Europe paragraph: {choices:?}");
    // Typing narrows the list.
    h.get_by_label("Find").type_text("Kinshasa");
    h.run();
    assert_on_screen(&h, "Cancel");
    let kinshasa = h.get_by_label_contains("Pray for the staff in Kinshasa");
    kinshasa.click();
    h.run();
    assert!(h.state().dialog().is_none());
    let draft = &h.state().edit.as_ref().unwrap().draft;
    let linked = &draft.sections[0].items[0];
    let follows = linked.follows.clone().expect("linked");
    assert!(linked.id.is_some());
    // The earlier paragraph got its id on disk at once, and nothing else changed in its file.
    let earlier = read_bulletin(&dir.path().join("bulletins/2026-10-10.ron")).unwrap();
    assert_eq!(earlier.sections[0].items[0].id.as_deref(), Some(follows.as_str()));
    let mut without = earlier.clone();
    without.sections[0].items[0].id = None;
    assert_eq!(without, read_bulletin(&common::sample_data().join("bulletins/2026-10-10.ron")).unwrap());

    // Ctrl+Z takes the link back; Ctrl+Shift+Z brings it again; Save writes it.
    h.state_mut().push(Command::Action(Action::Undo));
    h.run();
    assert!(h.state().edit.as_ref().unwrap().draft.sections[0].items[0].follows.is_none());
    h.state_mut().push(Command::Action(Action::Redo));
    h.state_mut().push(Command::Action(Action::Save));
    h.run();
    let saved = read_bulletin(&dir.path().join("bulletins/2026-11-14.ron")).unwrap();
    assert_eq!(saved.sections[0].items[0].follows.as_deref(), Some(follows.as_str()));
    let threads = prayer_bulletin::threads::Threads::new(&Library::load(dir.path()).unwrap().entries);
    assert_eq!(threads.all().len(), 5, "a fifth story");
    // The editor says what it follows.
    h.get_by_label_contains("Follows up October 10, 2026: Pray for the staff in Kinshasa");
}

#[test]
fn a_new_week_is_a_draft_marked_ready_after_seeing_its_checks_then_sent() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path());
    h.state_mut().push(Command::Action(Action::NewWeek));
    h.run();
    h.state_mut().push(Command::Action(Action::Save));
    h.run();
    let file = dir.path().join("bulletins/2026-11-21.ron");
    assert_eq!(read_bulletin(&file).unwrap().state, ReviewState::Draft);
    h.get_by_label("Mark ready…").click();
    h.run();
    let Some(Dialog::MarkReady(checks)) = h.state().dialog() else { panic!("asks first") };
    assert!(checks.iter().any(|c| c == "The headline is empty."), "{checks:?}");
    assert!(h.query_all_by_label_contains("The headline is empty.").count() >= 2, "in the window too");
    assert_on_screen(&h, "Mark ready");
    h.get_by_label("Mark ready").click();
    h.run();
    assert!(h.state().dialog().is_none());
    assert_eq!(read_bulletin(&file).unwrap().state, ReviewState::Ready);
    // The archive shows it, beside November 14, which the sample library has ready too.
    assert_eq!(h.query_all_by_label_contains("[Ready]").count(), 2);
    h.get_by_label("Mark sent").click();
    h.run();
    let sent = read_bulletin(&file).unwrap();
    assert_eq!(sent.state, ReviewState::Sent);
    assert_eq!(sent.sent_on, Some(common::TODAY), "sent today, by the app's clock");
    assert_eq!(h.query_all_by_label_contains("[Ready]").count(), 1);
}

#[test]
fn search_finds_only_open_requests_or_only_answered_ones() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("Words to find").type_text("pray");
    h.run();
    // The search runs on its own thread: wait until every week has been searched for each query.
    let searched = |h: &mut Harness<'static, App>, status| {
        h.state_mut().search.as_mut().unwrap().status = status;
        h.run();
        assert!(common::step_until(h, common::searched_for("pray")), "the search finished");
        h.state().search.as_ref().unwrap().hits.len()
    };
    let all = searched(&mut h, None);
    let answered = searched(&mut h, Some(prayer_bulletin::threads::Status::Answered));
    assert_eq!(answered, 8, "every paragraph of the three answered stories");
    let open = searched(&mut h, Some(prayer_bulletin::threads::Status::Open));
    assert!(open > 0 && open + answered < all, "{open} open, {answered} answered, {all} in all");
    let app = h.state();
    let entries = &app.library.as_ref().unwrap().entries;
    for hit in &app.search.as_ref().unwrap().hits {
        let found = hit.resolve(entries).unwrap();
        assert!(!found.snippet(200).0.contains("Tegucigalpa"), "an answered story is not open");
    }
    h.get_by_label("Prayer");
}

/// Two weeks pasted at once, the second following up the first: the import preview suggests the
/// link between them as it does to the library's weeks, and the link is made only when ticked.
#[test]
fn the_import_preview_suggests_a_follow_up_within_the_weeks_it_imports() {
    const EARLIER: &str = "Pray for the Huehuetenango bakery cooperative as it negotiates the lease for its new \
                           premises with Señora Ixchel.";
    const LATER: &str = "Praise God! Señora Ixchel signed the lease, and the Huehuetenango bakery cooperative \
                         moves into its new premises in December.";
    let dir = common::sample_copy();
    let file = dir.path().join("two-weeks.txt");
    let text = format!(
        "Bakery news\n===========\n\nSaturday, November 21, 2026\n\nLatin America\n-------------\n\n{EARLIER}\n\
         \n\u{0c}\nThe lease is signed\n===================\n\nSaturday, November 28, 2026\n\nLatin America\n\
         -------------\n\n{LATER}\n"
    );
    std::fs::write(&file, text).unwrap();
    let mut h = harness(dir.path());
    h.input_mut().dropped_files.push(std::sync::Arc::new(common::Dropped(file)));
    h.run();
    let preview = h.state().import_preview().expect("the dropped file is previewed");
    assert_eq!(preview.report.bulletins.len(), 2);
    let link = preview.links.iter().find(|l| l.text == LATER).expect("the later week's paragraph has a suggestion");
    assert_eq!(
        link.target,
        prayer_bulletin::app::LinkTarget::Imported { bulletin: 0, spot: prayer_bulletin::model::Spot::new(0, 0) }
    );
    assert_eq!((link.bulletin, link.at), (1, prayer_bulletin::model::Spot::new(0, 0)));
    assert!(link.said.starts_with("November 21, 2026 (in this import): Pray for the Huehuetenango"), "{}", link.said);
    assert!(!link.accepted, "nothing is linked unless ticked");

    h.get_by_label("2026-11-28  The lease is signed").click_accesskit();
    h.run();
    h.get_by_label_contains("Latin America: \u{201c}Praise God! Señora Ixchel").click_accesskit();
    h.run();
    h.get_by_label("Import 2 bulletin(s)").click_accesskit();
    h.run();

    let paragraph = |date: &str| {
        let b = read_bulletin(&dir.path().join(format!("bulletins/{date}.ron"))).unwrap();
        b.sections.into_iter().flat_map(|s| s.items).next().unwrap()
    };
    let (earlier, later) = (paragraph("2026-11-21"), paragraph("2026-11-28"));
    assert_eq!((earlier.text.as_str(), later.text.as_str()), (EARLIER, LATER));
    let id = earlier.id.expect("the earlier paragraph got an id when linked");
    assert_eq!(later.follows.as_deref(), Some(id.as_str()));
    assert!(later.id.is_some_and(|own| own != id));
    let library = Library::load(dir.path()).unwrap();
    assert!(prayer_bulletin::threads::Threads::new(&library.entries).dangling().is_empty());
}
