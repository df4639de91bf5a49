//! The real app driven through its accessibility tree, as a person would use it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use prayer_bulletin::app::{App, Settings};

fn harness(dir: std::path::PathBuf) -> Harness<'static, App> {
    let app = App::new(Some(dir), Settings::default());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 900.0))
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut App| app.frame_ui(ui), app);
    harness.run();
    harness
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
