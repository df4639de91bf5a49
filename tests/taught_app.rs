//! Teaching the importer in the real window: a sheet dropped on it is shown beside its reading, a
//! line is made a heading (its pattern reaching the sheet's other headings), the lines under them
//! items one per line, the page's footer left out from its first line; with "Remember" ticked the
//! import saves the source's rules, and the next week's sheet comes in right with no correction.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::kittest::Queryable as _;

fn drop_file(h: &mut egui_kittest::Harness<'static, prayer_bulletin::app::App>, path: std::path::PathBuf) {
    h.input_mut().dropped_files.push(std::sync::Arc::new(common::Dropped(path)));
    h.run();
}

#[test]
fn corrected_once_in_the_preview_the_next_week_needs_no_correction() {
    let dir = common::sample_copy();
    let fixtures = common::root().join("tests/fixtures/taught");
    let mut h = common::harness_on(dir.path());
    drop_file(&mut h, fixtures.join("harbour-week-1.txt"));
    assert_eq!(h.state().import_preview().unwrap().report.bulletins[0].sections.len(), 1);
    let screen = h.ctx.content_rect();

    for (line, role) in [
        ("Line 5: OUR CITY", "Heading"),
        ("Line 6: The night shelter", "Items, one per line"),
        ("Line 13: About Harbour", "Left out from here to the end"),
    ] {
        let row = h.get_by_label_contains(line);
        assert!(screen.contains_rect(row.rect()), "{line} lies outside the screen");
        row.click_accesskit();
        h.run();
        let button = h.get_by_label(role);
        assert!(screen.contains_rect(button.rect()), "{role} lies outside the screen");
        button.click_accesskit();
        h.run();
    }
    let sections: Vec<(String, usize)> = h.state().import_preview().unwrap().report.bulletins[0]
        .sections
        .iter()
        .map(|s| (s.region.clone(), s.items.len()))
        .collect();
    assert_eq!(
        sections,
        [("Introduction".into(), 1), ("OUR CITY".into(), 2), ("OUR PARTNERS".into(), 2), ("OUR WORLD".into(), 1)]
    );

    // Undo takes the last correction back; redo makes it again.
    h.get_by_label("Undo correction").click_accesskit();
    h.run();
    assert!(
        h.state().import_preview().unwrap().report.bulletins[0]
            .sections
            .iter()
            .any(|s| s.items.iter().any(|i| i.text.contains("About Harbour")))
    );
    h.get_by_label("Redo correction").click_accesskit();
    h.run();

    let remember = h.get_by_label("Remember how to read sheets from this source");
    assert!(screen.contains_rect(remember.rect()));
    remember.click_accesskit();
    h.run();
    h.get_by_label("Import 1 bulletin(s)").click_accesskit();
    h.run();
    assert!(dir.path().join("sources").read_dir().unwrap().count() == 1, "the source's rules are saved");

    drop_file(&mut h, fixtures.join("harbour-week-2.txt"));
    let preview = h.state().import_preview().expect("the next week is previewed");
    assert_eq!(preview.report.source.as_deref(), Some("Harbour Fellowship \u{2013} Weekly Prayer"));
    let sections: Vec<(String, usize)> =
        preview.report.bulletins[0].sections.iter().map(|s| (s.region.clone(), s.items.len())).collect();
    assert_eq!(
        sections,
        [("Introduction".into(), 1), ("OUR YOUTH".into(), 2), ("OUR CITY".into(), 1), ("OUR WORLD".into(), 2)]
    );
    h.get_by_label_contains("Read as taught for").rect();
}
