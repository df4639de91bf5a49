//! The real app driven through its accessibility tree, as a person would use it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use prayer_bulletin::app::{App, Settings};

fn harness(dir: std::path::PathBuf) -> Harness<'static, App> {
    common::harness_on(&dir)
}

#[test]
fn opens_on_the_newest_bulletin_and_switches_weeks_from_the_archive() {
    let mut h = harness(common::sample_data());
    h.get_by_label("Praise God for new partners in Guatemala");
    assert_eq!(h.state().current.as_deref(), Some("2026-11-14"));
    h.get_by_label("Saturday, November 14, 2026");

    h.get_by_label_contains("Pray for wisdom in Nairobi").click();
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-11-07"));
    h.get_by_label("Saturday, November 7, 2026");
    // The missing week shows as a gap in the archive.
    h.get_by_label("No bulletin for Oct 17");
}

#[test]
fn collapsing_a_region_hides_its_text_and_is_remembered() {
    let mut h = harness(common::sample_data());
    let paragraph = "Pray for the team in Kampala";
    h.get_by_label_contains(paragraph);
    h.get_by_label("Africa & Europe").click();
    h.run();
    assert!(h.query_by_label_contains(paragraph).is_none(), "the paragraph is hidden");
    assert_eq!(h.state().settings.collapsed_regions, ["Africa & Europe"]);
    h.get_by_label("Africa & Europe").click();
    h.run();
    h.get_by_label_contains(paragraph);
    assert!(h.state().settings.collapsed_regions.is_empty());
}

#[test]
fn a_library_with_a_broken_file_opens_and_lists_it() {
    let dir = common::sample_copy();
    std::fs::write(dir.path().join("bulletins/2026-11-14.ron"), "(format: 1, title: ").unwrap();
    let h = harness(dir.path().to_owned());
    assert_eq!(h.state().current.as_deref(), Some("2026-11-07"), "the newest readable bulletin is shown");
    h.get_by_label("Files that could not be read");
    h.get_by_label_contains("2026-11-14.ron:1:");
}

#[test]
fn previous_next_and_latest_move_through_the_weeks() {
    let mut h = harness(common::sample_data());
    h.get_by_label("◀ Previous week").click();
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-11-07"));
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-10-31"));
    h.get_by_label("Next week ▶").click();
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-11-07"));
    h.get_by_label("◀ Previous week").click();
    h.run();
    h.get_by_label("◀ Previous week").click();
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-10-24"));
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Home);
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-11-14"));
    // At the newest week, "next" stays put.
    h.get_by_label("Next week ▶").click();
    h.run();
    assert_eq!(h.state().current.as_deref(), Some("2026-11-14"));
}

#[test]
fn search_finds_a_word_in_two_weeks_and_opens_the_chosen_one_highlighted() {
    let mut h = harness(common::sample_data());
    // Collapse South Asia first: opening a match must open its region again.
    h.get_by_label("South Asia").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("Words to find").type_text("BONDED");
    assert!(common::step_until(&mut h, common::searched_for("BONDED")), "the matches arrive from the search thread");
    let app = h.state();
    let entries = &app.library.as_ref().unwrap().entries;
    let hits: Vec<_> = app.search.as_ref().unwrap().hits.iter().map(|hit| hit.resolve(entries).unwrap().stem).collect();
    assert_eq!(hits, ["2026-11-14", "2026-10-10"]);
    h.get_by_label("2 matches");
    h.get_by_label("Saturday, November 14, 2026 · South Asia");
    h.get_by_label_contains("held in bonded labour").click();
    h.run();
    let app = h.state();
    assert_eq!(app.current.as_deref(), Some("2026-10-10"));
    let highlight = app.highlight.as_ref().unwrap();
    let text = &app.current_bulletin().unwrap().sections[2].items[0].text;
    assert_eq!(highlight.place, prayer_bulletin::search::Place::Item(prayer_bulletin::model::Spot::new(2, 0)));
    assert_eq!(&text[highlight.range.clone()], "bonded");
    assert!(!app.settings.collapsed_regions.contains(&"South Asia".to_owned()), "the match's region is open");
    h.get_by_label_contains("Please continue to pray for the district officials");
}

/// eframe's storage, in memory, as it would be on disk between two runs.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn settings_survive_a_restart_and_bad_ones_fall_back_to_defaults() {
    let dir = common::sample_copy();
    let mut h = harness(dir.path().to_owned());
    h.get_by_label_contains("Praise God for a verdict in Romania").click();
    h.run();
    h.get_by_label("Latin America").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    h.state_mut().settings.theme = prayer_bulletin::app::Theme::Dark;
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    drop(h);

    let restarted = App::new(None, prayer_bulletin::app::load_settings(Some(&storage)));
    assert_eq!(restarted.library.as_ref().unwrap().dir, dir.path());
    assert_eq!(restarted.current.as_deref(), Some("2026-10-31"));
    assert_eq!(restarted.settings.collapsed_regions, ["Latin America"]);
    assert!(restarted.settings.zoom > 1.05);
    assert_eq!(restarted.settings.theme, prayer_bulletin::app::Theme::Dark);
    let h = common::app_harness(restarted);
    assert!(h.query_by_label_contains("Pray for the families in San Salvador").is_none(), "still collapsed");

    let mut broken = MemoryStorage::default();
    eframe::Storage::set_string(&mut broken, "prayer-bulletin-settings", "(zoom: \"big\", theme: Purple".to_owned());
    assert_eq!(prayer_bulletin::app::load_settings(Some(&broken)), Settings::default());
}

#[test]
fn import_preview_writes_nothing_until_confirmed() {
    let dir = common::sample_copy();
    let bulletins = dir.path().join("bulletins");
    let count = || std::fs::read_dir(&bulletins).unwrap().count();
    let mut h = harness(dir.path().to_owned());
    h.state_mut().push(prayer_bulletin::app::Command::ImportFile(common::fixture_shaped_like("000")));
    h.run();
    assert_eq!(h.state().import_preview().unwrap().report.bulletins.len(), 6);
    h.get_by_label("Import 6 bulletin(s)");
    assert_eq!(count(), 10, "nothing written yet");
    h.get_by_label("Cancel").click_accesskit();
    h.run();
    assert!(h.state().import_preview().is_none());
    assert_eq!(count(), 10);

    // Paste the undated text, skip nothing, import.
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::V);
    h.run();
    let text = std::fs::read_to_string(common::fixture_shaped_like("001")).unwrap();
    let Some(prayer_bulletin::app::Dialog::Paste(pasted)) = h.state_mut().dialog_mut() else { panic!("paste box") };
    *pasted = text;
    h.run();
    h.get_by_label("Preview import").click_accesskit();
    h.run();
    h.get_by_label_contains("Line 7: no heading before this paragraph; assumed Africa & Europe");
    h.get_by_label("Import 1 bulletin(s)").click_accesskit();
    h.run();
    assert_eq!(count(), 11);
    assert!(bulletins.join("undated-harvest-light-weekly-prayer-request.ron").is_file());
    assert_eq!(h.state().current.as_deref(), Some("undated-harvest-light-weekly-prayer-request"));
}

#[test]
fn ten_years_of_weeks_draw_only_the_rows_in_view() {
    let dir = tempfile::tempdir().unwrap();
    prayer_bulletin::fixtures::generate::write_library(dir.path(), 520, 7).unwrap();
    let mut h = harness(dir.path().to_owned());
    assert_eq!(h.state().library.as_ref().unwrap().entries.len(), 520);
    let is_archive_row = |label: &str| {
        let mut parts = label.splitn(2, "  ");
        let day = parts.next().unwrap_or("");
        parts.next().is_some() && day.len() <= 6 && day.split(' ').nth(1).is_some_and(|d| d.parse::<u32>().is_ok())
    };
    let drawn = h.get_all_by(|node| node.label().is_some_and(|l| is_archive_row(&l))).count();
    assert!((5..80).contains(&drawn), "{drawn} archive rows drawn for 520 weeks");

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("Words to find").type_text("pray");
    assert!(common::step_until(&mut h, common::searched_for("pray")), "the matches arrive from the search thread");
    let hits = h.state().search.as_ref().unwrap().hits.len();
    assert!(hits > 1000, "{hits}");
    let shown = h
        .get_all_by(|node| {
            node.role() == egui::accesskit::Role::Label && node.value().is_some_and(|v| v.contains(" · "))
        })
        .count();
    assert!(shown < 60, "{shown} result rows drawn for {hits} matches");
}

#[test]
fn a_large_library_is_read_in_the_background_with_progress_shown() {
    let dir = tempfile::tempdir().unwrap();
    let weeks = prayer_bulletin::app::LOAD_INLINE_UP_TO + 20;
    prayer_bulletin::fixtures::generate::write_library(dir.path(), weeks, 7).unwrap();
    let app = App::new(Some(dir.path().to_owned()), prayer_bulletin::app::Settings::default());
    assert!(app.library.is_none() && app.loading.is_some(), "read in the background, not before the window");
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut App| app.frame_ui(ui), app);
    h.step();
    let name = dir.path().file_name().unwrap().to_string_lossy().into_owned();
    h.get_by_label(&format!("Opening {name}\u{2026}"));
    // Frames go on being drawn while the files are read; the library arrives in one of them.
    let started = std::time::Instant::now();
    while h.state().library.is_none() {
        assert!(started.elapsed() < std::time::Duration::from_secs(60), "the library never arrived");
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    let app = h.state();
    assert!(app.loading.is_none());
    assert_eq!(app.library.as_ref().unwrap().entries.len(), weeks);
    let newest = app.library.as_ref().unwrap().entries[0].stem.clone();
    assert_eq!(app.current.as_deref(), Some(newest.as_str()), "the newest week is shown");
    h.run();
    h.get_by_label(&format!("{weeks} bulletins"));
    assert!(h.query_by_label_contains("Opening ").is_none(), "the progress is gone");
}

#[test]
fn typing_searches_on_another_thread_and_never_shows_an_older_query_s_matches() {
    let dir = tempfile::tempdir().unwrap();
    prayer_bulletin::fixtures::generate::write_library(dir.path(), 1_200, 7).unwrap();
    let mut h = harness(dir.path().to_owned());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();

    // The frame in which a letter is typed does not search: it shows that the search is under way.
    h.get_by_label("Words to find").type_text("in");
    h.step();
    let search = h.state().search.as_ref().unwrap();
    assert!(!search.is_complete() && search.hits.is_empty(), "{} matches found inside the frame", search.hits.len());
    h.get_by_label_contains("Searching\u{2026}");

    // Words typed on before "in" is done (it is in nearly every paragraph): only matches of the
    // whole query are ever shown.
    h.get_by_label("Words to find").type_text(" kolkata");
    let contains_the_query = |app: &App| {
        let entries = &app.library.as_ref().unwrap().entries;
        app.search.as_ref().unwrap().hits.iter().all(|hit| {
            let found = hit.resolve(entries).unwrap();
            prayer_bulletin::search::fold(&found.text).contains("in kolkata")
        })
    };
    let started = std::time::Instant::now();
    while !common::searched_for("in kolkata")(h.state()) {
        assert!(contains_the_query(h.state()), "a match of an older query is shown");
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "the matches never arrived");
        std::thread::sleep(std::time::Duration::from_millis(1));
        h.step();
    }
    h.run();
    assert!(contains_the_query(h.state()));
    let hits = h.state().search.as_ref().unwrap().hits.len();
    assert!(hits > 0, "the generated weeks pray for the team in Kolkata");
    // "N matches", or "N matches; a text carried week after week is shown once".
    h.get_by_label_contains(&format!("{hits} matches"));
}

#[test]
fn the_window_is_cleared_to_the_panels_colour_and_panels_paint_none() {
    let mut h = harness(common::sample_data());
    for theme in [prayer_bulletin::app::Theme::Dark, prayer_bulletin::app::Theme::Light] {
        h.state_mut().settings.theme = theme;
        h.run();
        let dark = theme == prayer_bulletin::app::Theme::Dark;
        let visuals = h.ctx.style_of(if dark { egui::Theme::Dark } else { egui::Theme::Light }).visuals.clone();
        assert_eq!(visuals.panel_fill, egui::Color32::TRANSPARENT, "{theme:?}: the panels paint no background");
        let expected = if dark { egui::Visuals::dark() } else { egui::Visuals::light() }.panel_fill;
        let cleared = eframe::App::clear_color(h.state(), &visuals);
        assert_eq!(cleared, expected.to_normalized_gamma_f32(), "{theme:?}: the window looks as before");
    }
}
