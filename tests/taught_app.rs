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
    assert!(dir.path().join("sources/harbour-fellowship-weekly-prayer.ron").is_file(), "the source's rules are saved");

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

#[test]
fn a_line_and_its_place_in_the_reading_select_each_other() {
    use prayer_bulletin::app::Command;
    use prayer_bulletin::app::teach::TeachCommand;
    use prayer_bulletin::import::Role;
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    drop_file(&mut h, common::root().join("tests/fixtures/taught/harbour-week-1.txt"));
    for (line, role) in [(5, Role::Heading), (6, Role::Items), (13, Role::LeftOutFromHere)] {
        h.state_mut().apply(Command::Teach(TeachCommand::Correct(line, role)));
        h.run();
    }
    let screen = h.ctx.content_rect();
    // A click on a paragraph of the reading selects the line of the text it came from.
    let paragraph = h.get_by_label("Volunteers for the food bank");
    assert!(screen.contains_rect(paragraph.rect()), "the reading lies outside the screen");
    paragraph.click_accesskit();
    h.run();
    let selected = |h: &egui_kittest::Harness<'static, prayer_bulletin::app::App>| {
        h.state().import_preview().unwrap().teach.as_ref().unwrap().selected
    };
    assert_eq!(selected(&h), Some(7));
    h.get_by_label("Harbour Fellowship \u{2013} Weekly Prayer").click_accesskit();
    h.run();
    assert_eq!(selected(&h), Some(1), "the headline's line");
    // And back: the line selected in the text names its place in the reading (marked there).
    h.get_by_label_contains("Line 12: Peace talks").click_accesskit();
    h.run();
    let preview = h.state().import_preview().unwrap();
    let teach = preview.teach.as_ref().unwrap();
    let reading = teach.readings.iter().find(|r| r.line == 12).unwrap();
    let bulletin = &preview.report.bulletins[0];
    let place = prayer_bulletin::import::counterpart(bulletin, reading).expect("a place in the reading");
    let prayer_bulletin::search::Place::Item(spot) = place else { panic!("{place:?}") };
    assert_eq!(spot.get(bulletin).unwrap().text, "Peace talks in the north");
    // A line left out has no place.
    let footer = teach.readings.iter().find(|r| r.text.starts_with("Share this page")).unwrap();
    assert_eq!(prayer_bulletin::import::counterpart(bulletin, footer), None);
}

#[test]
fn an_emails_sender_is_the_name_and_the_mark_proposed_and_recognised_next_week() {
    let dir = common::sample_copy();
    let mail = |week: &str, first: &str| {
        format!(
            "From: \"Lakeside Mission\" <news@lakeside.example.org>\r\nSubject: {week}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{first}\r\nSunday 8 November 2026\r\n\r\nFRIENDS\r\nPray for Ana\r\nPray for Ben\r\nNEIGHBOURS\r\nThe food bank\r\n"
        )
    };
    let files = tempfile::tempdir().unwrap();
    std::fs::write(files.path().join("week1.eml"), mail("Week 1", "Prayer news from the lake")).unwrap();
    std::fs::write(files.path().join("week2.eml"), mail("Week 2", "Another week at the lake")).unwrap();
    let mut h = common::harness_on(dir.path());
    drop_file(&mut h, files.path().join("week1.eml"));
    let teach = h.state().import_preview().unwrap().teach.as_ref().unwrap();
    assert_eq!(teach.lesson.name, "Lakeside Mission", "the sender's name is proposed");
    assert_eq!(teach.lesson.known_by, ["news@lakeside.example.org"]);
    let friends = teach.readings.iter().find(|r| r.text == "FRIENDS").unwrap().line;
    h.get_by_label_contains(&format!("Line {friends}: FRIENDS")).click_accesskit();
    h.run();
    h.get_by_label("Heading").click_accesskit();
    h.run();
    h.get_by_label("Remember how to read sheets from this source").click_accesskit();
    h.run();
    h.get_by_label("Import 1 bulletin(s)").click_accesskit();
    h.run();
    assert!(dir.path().join("sources/lakeside-mission.ron").is_file());
    // Next week's letter starts with other words, and is still known by its sender.
    drop_file(&mut h, files.path().join("week2.eml"));
    let preview = h.state().import_preview().unwrap();
    assert_eq!(preview.report.source.as_deref(), Some("Lakeside Mission"));
    let regions: Vec<&str> = preview.report.bulletins[0].sections.iter().map(|s| s.region.as_str()).collect();
    assert!(regions.contains(&"FRIENDS") && regions.contains(&"NEIGHBOURS"), "{regions:?}");
}

#[test]
fn the_library_settings_list_the_sources_to_see_rename_delete_and_put_back() {
    use prayer_bulletin::library::sources::{Items, Source, save_source};
    let dir = common::sample_copy();
    let mut source = Source::new("Harbour Fellowship");
    source.known_by = vec!["Harbour Fellowship \u{2013} Weekly Prayer".into()];
    source.headings = vec!["^[[:upper:] ]+$".into()];
    source.items = Some(Items::Lines);
    save_source(dir.path(), &source).unwrap();
    let mut h = common::harness_on(dir.path());
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Library settings…").click();
    h.run();
    let screen = h.ctx.content_rect();
    h.get_by_label("Sources the importer was taught (2)").click_accesskit();
    h.run();
    // Its rules, unfolded.
    h.get_by_label("Harbour Fellowship").click_accesskit();
    h.run();
    h.get_by_label_contains("^[[:upper:] ]+$").rect();
    h.get_by_label("Items: one per line.").rect();

    // Renamed: saved under the new name's file, the old one gone.
    h.get_by_label("Name of Harbour Fellowship").click();
    h.run();
    h.key_press(egui::Key::End);
    h.get_by_label("Name of Harbour Fellowship").type_text(" Church");
    h.run();
    let rename = h.get_by_label("Rename Harbour Fellowship");
    assert!(screen.contains_rect(rename.rect()), "Rename lies outside the screen");
    rename.click_accesskit();
    h.run();
    let sources = dir.path().join("sources");
    assert!(sources.join("harbour-fellowship-church.ron").is_file(), "{:?}", h.state().message());
    assert!(!sources.join("harbour-fellowship.ron").exists());

    // Deleted, then put back.
    h.get_by_label("Delete Harbour Fellowship Church").click_accesskit();
    h.run();
    assert!(!sources.join("harbour-fellowship-church.ron").exists());
    assert!(h.query_by_label("Harbour Fellowship Church").is_none(), "no longer listed");
    h.get_by_label("Put back Harbour Fellowship Church").click_accesskit();
    h.run();
    let back = std::fs::read_to_string(sources.join("harbour-fellowship-church.ron")).unwrap();
    assert!(back.contains("^[[:upper:] ]+$") && back.contains("Lines"), "{back}");
    h.get_by_label("Harbour Fellowship Church").rect();
}

#[test]
fn on_a_small_laptop_every_correction_lies_inside_the_screen() {
    let dir = common::sample_copy();
    let mut app =
        prayer_bulletin::app::App::new(Some(dir.path().to_owned()), prayer_bulletin::app::Settings::default());
    app.wait_for_library();
    let mut h = common::app_harness_sized(app, common::SMALL_LAPTOP);
    drop_file(&mut h, common::root().join("tests/fixtures/taught/harbour-week-1.txt"));
    h.get_by_label_contains("Line 14: We are a church").click_accesskit();
    h.run();
    let screen = h.ctx.content_rect();
    for role in prayer_bulletin::import::Role::ALL {
        let label = role.label();
        let button = h.get_by_label(&label);
        assert!(screen.contains_rect(button.rect()), "{} lies outside the screen: {:?}", role.label(), button.rect());
    }
    for label in ["Import 1 bulletin(s)", "Cancel", "Remember how to read sheets from this source"] {
        assert!(screen.contains_rect(h.get_by_label(label).rect()), "{label} lies outside the screen");
    }
}
