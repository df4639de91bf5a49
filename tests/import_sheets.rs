//! Prayer sheets written by other hands (parish pages, mission updates, bilingual and day-by-day
//! sheets, prayer guides, daily lists, blog posts) import to the bulletins a careful person would make.
//! Each fixture in `tests/fixtures/sheets/` is the team's own text in a shape seen in real sheets;
//! every field of every bulletin is checked, and every warning.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use prayer_bulletin::import::{ImportReport, import_file, import_text, parse_date_line};
use prayer_bulletin::library::LibrarySettings;
use prayer_bulletin::model::ItemKind::{self, Info, Praise, Request};
use prayer_bulletin::model::{Bulletin, Item, Section, Verse};

fn sheet(name: &str) -> String {
    std::fs::read_to_string(common::root().join("tests/fixtures/sheets").join(name)).unwrap()
}

fn import(name: &str) -> ImportReport {
    import_text(&sheet(name), &LibrarySettings::default())
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn item(kind: ItemKind, text: &str) -> Item {
    Item { kind, text: text.into(), sensitive: false, ..Item::default() }
}

fn section(region: &str, items: Vec<Item>) -> Section {
    Section { region: region.into(), items }
}

fn verse(text: &str, reference: &str) -> Option<Verse> {
    Some(Verse { text: text.into(), reference: reference.into() })
}

fn warnings(report: &ImportReport) -> Vec<(usize, String)> {
    report.warnings.iter().map(|w| (w.line, w.message.clone())).collect()
}

fn w(line: usize, message: &str) -> (usize, String) {
    (line, message.to_owned())
}

fn new_region(line: usize, name: &str) -> (usize, String) {
    (line, format!("\u{201c}{name}\u{201d} is not a region of the library; kept as a section of that name"))
}

/// Compares field by field, so a failure says which field of which bulletin differs.
#[track_caller]
fn assert_bulletins(got: &[Bulletin], want: &[Bulletin]) {
    assert_eq!(got.len(), want.len(), "number of bulletins: {got:#?}");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert_eq!(g.title, w.title, "title of bulletin {i}");
        assert_eq!(g.date, w.date, "date of bulletin {i}");
        assert_eq!(g.verse, w.verse, "verse of bulletin {i}");
        let regions = |b: &Bulletin| b.sections.iter().map(|s| s.region.clone()).collect::<Vec<_>>();
        assert_eq!(regions(g), regions(w), "regions of bulletin {i}");
        for (gs, ws) in g.sections.iter().zip(&w.sections) {
            assert_eq!(gs.items, ws.items, "items of {} in bulletin {i}", ws.region);
        }
        assert_eq!(g.closing, w.closing, "closing of bulletin {i}");
        assert_eq!(g, w, "bulletin {i}");
    }
}

#[test]
fn a_parish_page_with_no_date_and_no_verse() {
    let report = import("parish-page.txt");
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            title: "Praying for the nations this month".into(),
            sections: vec![
                section(
                    "South America",
                    vec![
                        item(
                            Info,
                            "\u{201c}Love is shown in deeds more than in words.\u{201d} Saint Ignatius of Loyola",
                        ),
                        item(
                            Request,
                            "Pray for the families of the river towns who lost their homes in the March rains.",
                        ),
                        item(Praise, "Give thanks for the volunteers who cooked for the shelters every night."),
                    ],
                ),
                section(
                    "Southeast Asia",
                    vec![
                        item(Info, "\u{201c}Do small things with great love.\u{201d} Mother Teresa"),
                        item(Request, "Pray for the fishing villages that are still waiting for clean water."),
                        item(Request, "Pray for the young catechists who travel between the islands by boat."),
                    ],
                ),
            ],
            ..Bulletin::default()
        }],
    );
    assert_eq!(
        warnings(&report),
        [
            w(
                1,
                "no date line or verse starts a bulletin; read the text as one bulletin headed \u{201c}Praying for the nations this month\u{201d}"
            ),
            w(1, "no date line; imported as undated"),
            new_region(3, "South America"),
        ]
    );
    assert_eq!(report.new_regions, ["South America"]);
}

#[test]
fn the_date_in_the_title_and_the_verse_inside_the_introduction() {
    let report = import("flood-update.txt");
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            title: "Flood Relief Prayer Update".into(),
            date: date(2023, 10, 14),
            verse: verse(
                "When you pass through the waters, I will be with you; and when you pass through the rivers, they will not sweep over you.",
                "Isaiah 43:2",
            ),
            sections: vec![
                section(
                    "Introduction",
                    vec![item(
                        Info,
                        "This month the rivers rose faster than anyone in the valley remembers, and our partners are still counting what was lost.",
                    )],
                ),
                section(
                    "Mozambique",
                    vec![item(
                        Request,
                        "Pray for the three hundred families sleeping in school buildings in Beira, and for the roof repairs to finish before the next rains.",
                    )],
                ),
                section(
                    "Malawi",
                    vec![item(
                        Praise,
                        "Praise God that the cholera clinic in Nsanje has stayed open every day this month.",
                    )],
                ),
                section(
                    "Zimbabwe",
                    vec![item(
                        Request,
                        "Pray for the teachers who hold lessons under the trees while their classrooms dry out.",
                    )],
                ),
            ],
            ..Bulletin::default()
        }],
    );
    let topic = |line, heading: &str, place: &str, words: &str| {
        w(
            line,
            &format!(
                "the heading \u{201c}{heading}\u{201d}: took \u{201c}{place}\u{201d} as the region; \u{201c}{words}\u{201d} is not kept"
            ),
        )
    };
    assert_eq!(
        warnings(&report),
        [
            w(
                1,
                "the line \u{201c}Flood Relief Prayer Update 14 October 2023\u{201d} ends with a date; took it as the bulletin's date and the words before it as the headline"
            ),
            w(
                2,
                "left out (a note about the text): \u{201c}(This update is also sent in French and in Portuguese.)\u{201d}"
            ),
            w(4, "left out (the words leading into the verse): \u{201c}We hold on to the promise:\u{201d}"),
            w(4, "the verse is quoted from the NIV; the reference is kept without it"),
            w(4, "a paragraph before the first heading with no prayer in it; kept under \u{201c}Introduction\u{201d}"),
            topic(6, "Shelter: Mozambique", "Mozambique", "Shelter"),
            new_region(6, "Mozambique"),
            // The outline stage says what it read: the three labelled lines are the sheet's outline.
            w(6, "read \u{201c}Shelter: Mozambique\u{201d} and its 2 siblings of the same form as headings"),
            topic(9, "Health: Malawi", "Malawi", "Health"),
            new_region(9, "Malawi"),
            topic(12, "Schools: Zimbabwe", "Zimbabwe", "Schools"),
            new_region(12, "Zimbabwe"),
        ]
    );
    assert_eq!(report.new_regions, ["Introduction", "Mozambique", "Malawi", "Zimbabwe"]);
}

#[test]
fn inline_region_labels_with_unlabelled_paragraphs_after_them() {
    let report = import("inline-labels.txt");
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            title: "Prayer Points for the Week".into(),
            date: date(2024, 3, 9),
            sections: vec![
                section(
                    "Africa",
                    vec![
                        item(Praise, "Praise God for the safe return of the medical team from the north of Uganda."),
                        item(Request, "Pray for the new volunteers who start in Kampala next month."),
                        item(Request, "Please pray also for the drivers who carry supplies on the long road to Gulu."),
                    ],
                ),
                section(
                    "Middle East",
                    vec![
                        item(Request, "Pray for the families in Amman who are waiting for news of their papers."),
                        item(
                            Praise,
                            "Give thanks for the school that opened its doors to children who had no place to learn.",
                        ),
                    ],
                ),
                section(
                    "Latin America",
                    vec![item(
                        Request,
                        "Pray for the legal team in Guatemala as they prepare for the hearing on Friday.",
                    )],
                ),
            ],
            ..Bulletin::default()
        }],
    );
    assert_eq!(warnings(&report), [new_region(4, "Africa"), new_region(9, "Middle East")]);
    // The same sheet with every paragraph on its own line, and with a blank line between all of them.
    let text = sheet("inline-labels.txt");
    let single: String = text.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join("\n");
    let double: String = text.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join("\n\n");
    for shape in [single, double] {
        assert_bulletins(&import_text(&shape, &LibrarySettings::default()).bulletins, &report.bulletins);
    }
}

#[test]
fn a_bilingual_sheet_with_numbered_items() {
    let report = import("bilingual.txt");
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            title: "為宣教士禱告 Praying for Our Missionaries".into(),
            date: date(2024, 5, 12),
            sections: vec![
                section(
                    "泰國 Thailand",
                    vec![
                        item(
                            Request,
                            "請為清邁的兒童營禱告，求主保守孩子們的平安。 Pray for the children's camp in Chiang Mai, that the Lord keeps every child safe.",
                        ),
                        item(Praise, "感謝主，新的聚會點已經開始。 Praise God that the new meeting place has opened."),
                    ],
                ),
                section(
                    "柬埔寨 Cambodia",
                    vec![item(
                        Request,
                        "請為金邊的培訓課程禱告，願同工們有智慧。 Pray for the training course in Phnom Penh, that the workers have wisdom.",
                    )],
                ),
            ],
            ..Bulletin::default()
        }],
    );
    assert_eq!(warnings(&report), [new_region(4, "泰國 Thailand"), new_region(10, "柬埔寨 Cambodia")]);
}

#[test]
fn a_day_by_day_sheet() {
    let report = import("day-by-day.txt");
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            title: "Seven Days of Prayer for the Harbour Mission".into(),
            sections: vec![
                section(
                    "This Week",
                    vec![item(
                        Request,
                        "Thank you for joining us in prayer. Each day has one need; pray for it wherever you are.",
                    )],
                ),
                section("Day 1", vec![item(Request, "Pray for the mission's leaders as they plan the winter meals.")]),
                section("Day 2", vec![item(Request, "Pray for the sailors far from home who visit the centre.")]),
                section(
                    "Day 3",
                    vec![item(Praise, "Give thanks for the churches that lend their halls for the meals.")],
                ),
                section("Day 4", vec![item(Request, "Pray for the new chaplain who starts on the night shift.")]),
            ],
            ..Bulletin::default()
        }],
    );
    assert_eq!(
        warnings(&report),
        [
            w(
                1,
                "no date line or verse starts a bulletin; read the text as one bulletin headed \u{201c}Seven Days of Prayer for the Harbour Mission\u{201d}"
            ),
            w(1, "no date line; imported as undated"),
            new_region(3, "This Week"),
            new_region(6, "Day 1"),
            new_region(7, "Day 2"),
            new_region(8, "Day 3"),
            new_region(9, "Day 4"),
        ]
    );
}

#[test]
fn a_prayer_guide_with_upper_case_countries() {
    let report = import("prayer-guide.txt");
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            title: "PRAYER GUIDE FOR THE PERSECUTED CHURCH".into(),
            sections: vec![
                section(
                    "NIGERIA",
                    vec![item(
                        Request,
                        "Pray for the believers in the middle belt who have lost their farms to raids. Pray for courage for the pastors who stay.",
                    )],
                ),
                section(
                    "ERITREA",
                    vec![item(
                        Request,
                        "Pray for the Christians held without trial. Pray that their families receive word of them.",
                    )],
                ),
                section(
                    "LAOS",
                    vec![item(
                        Praise,
                        "Praise God for village churches that keep meeting in homes, and pray for their protection.",
                    )],
                ),
            ],
            ..Bulletin::default()
        }],
    );
    assert_eq!(
        warnings(&report),
        [
            w(
                1,
                "no date line or verse starts a bulletin; read the text as one bulletin headed \u{201c}PRAYER GUIDE FOR THE PERSECUTED CHURCH\u{201d}"
            ),
            w(1, "no date line; imported as undated"),
            new_region(3, "NIGERIA"),
            new_region(5, "ERITREA"),
            new_region(7, "LAOS"),
        ]
    );
}

#[test]
fn a_daily_list_of_peoples_and_places() {
    let report = import("daily-list.txt");
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            title: "Unreached Peoples Daily Prayer".into(),
            date: date(2024, 4, 1),
            sections: vec![
                section(
                    "Niger",
                    vec![
                        item(Info, "The Tuareg"),
                        item(
                            Request,
                            "The Tuareg move with their herds across the desert. Pray that Bible stories in their language reach the camps.",
                        ),
                    ],
                ),
                section(
                    "Senegal",
                    vec![
                        item(Info, "The Wolof"),
                        item(
                            Request,
                            "Most Wolof families live near the coast. Pray for the radio programme that starts this month.",
                        ),
                    ],
                ),
                section(
                    "Afghanistan",
                    vec![
                        item(Info, "The Hazara"),
                        item(
                            Request,
                            "Pray for Hazara families who have fled their homes, that they find safety and kindness.",
                        ),
                    ],
                ),
            ],
            ..Bulletin::default()
        }],
    );
    let next_day = |line, day: &str| {
        w(line, &format!("the date {day} begins the next day of a daily list; kept in the bulletin of 2024-04-01"))
    };
    assert_eq!(
        warnings(&report),
        [
            new_region(4, "Niger"),
            next_day(6, "2024-04-02"),
            new_region(8, "Senegal"),
            next_day(10, "2024-04-03"),
            new_region(12, "Afghanistan"),
        ]
    );
}

#[test]
fn an_image_name_between_the_headline_and_the_date_is_passed_over() {
    let report = import("headline-image.txt");
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            title: "Pray for the clinic in Tamale".into(),
            date: date(2024, 6, 1),
            verse: verse("The Lord is close to the brokenhearted.", "Psalm 34:18"),
            sections: vec![section(
                "Africa & Europe",
                vec![item(Request, "Pray for the nurses who open the night ward next week.")],
            )],
            ..Bulletin::default()
        }],
    );
    assert_eq!(
        warnings(&report),
        [w(
            2,
            "left out (an image or file name, not bulletin text): \u{201c}IMG_0412 (2).jpg\u{201d}; took \u{201c}Pray for the clinic in Tamale\u{201d} as the headline"
        )]
    );
}

#[test]
fn a_church_motto_is_never_the_headline() {
    let report = import("headline-motto.txt");
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            title: "Weekly Prayer Update".into(),
            date: date(2024, 6, 8),
            verse: verse("Carry each other\u{2019}s burdens.", "Galatians 6:2"),
            sections: vec![section(
                "Latin America",
                vec![item(Request, "Pray for the youth team travelling to Quito on Saturday.")],
            )],
            ..Bulletin::default()
        }],
    );
    assert_eq!(
        warnings(&report),
        [
            w(1, "left out before the first bulletin: \u{201c}Hillside Community Church\u{201d}"),
            w(
                3,
                "left out (a motto, not a headline): \u{201c}Loving God \u{b7} Loving People \u{b7} Serving Our Town\u{201d}; took \u{201c}Weekly Prayer Update\u{201d} as the headline"
            ),
        ]
    );
    // With the motto above the headline instead.
    let text = "Loving God \u{b7} Loving People \u{b7} Serving Our Town\nWeekly Prayer Update\nJune 8, 2024\n\u{201c}Carry each other\u{2019}s burdens.\u{201d} \u{2013} Galatians 6:2\nLatin America\nPray for the youth team travelling to Quito on Saturday.\n";
    let moved = import_text(text, &LibrarySettings::default());
    assert_bulletins(&moved.bulletins, &report.bulletins);
    assert_eq!(
        warnings(&moved),
        [
            w(
                1,
                "left out before the first bulletin: \u{201c}Loving God \u{b7} Loving People \u{b7} Serving Our Town\u{201d}"
            ),
            w(
                1,
                "took \u{201c}Weekly Prayer Update\u{201d} as the headline, not \u{201c}Loving God \u{b7} Loving People \u{b7} Serving Our Town\u{201d} above it (a motto, not a headline)"
            ),
        ]
    );
}

#[test]
fn a_bloggers_introduction_is_never_the_headline() {
    let report = import("headline-blog-intro.txt");
    let intro = "Here is this week's prayer letter from our friends in Manila:";
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            date: date(2024, 6, 15),
            verse: verse("Be joyful in hope, patient in affliction.", "Romans 12:12"),
            sections: vec![section(
                "Southeast Asia",
                vec![item(Praise, "Praise God for the families who moved into the new homes this week.")],
            )],
            ..Bulletin::default()
        }],
    );
    assert_eq!(
        warnings(&report),
        [
            w(1, &format!("left out before the first bulletin: \u{201c}{intro}\u{201d}")),
            w(
                1,
                &format!("did not take \u{201c}{intro}\u{201d} as the headline (an introduction line, not a headline)")
            ),
            w(2, "no headline before this date; the bulletin has an empty headline"),
        ]
    );
    // Above a real headline, the introduction is passed over and the headline named.
    let text = sheet("headline-blog-intro.txt").replacen('\n', "\nPraise from Manila\n", 1);
    let titled = import_text(&text, &LibrarySettings::default());
    assert_eq!(titled.bulletins.len(), 1);
    assert_eq!(titled.bulletins[0].title, "Praise from Manila");
    assert_eq!(
        warnings(&titled),
        [
            w(1, &format!("left out before the first bulletin: \u{201c}{intro}\u{201d}")),
            w(
                1,
                &format!(
                    "took \u{201c}Praise from Manila\u{201d} as the headline, not \u{201c}{intro}\u{201d} above it (an introduction line, not a headline)"
                )
            ),
        ]
    );
}

#[test]
fn a_blog_date_line_above_a_bulletin_is_no_bulletin_of_its_own() {
    let report = import("blog-date.txt");
    let want = Bulletin {
        title: "Prayer for the Coastal Teams".into(),
        date: date(2015, 3, 3),
        verse: verse("Cast all your anxiety on him because he cares for you.", "1 Peter 5:7"),
        sections: vec![section(
            "South Asia",
            vec![item(Request, "Pray for the teams along the coast as the storm season begins.")],
        )],
        ..Bulletin::default()
    };
    assert_bulletins(&report.bulletins, std::slice::from_ref(&want));
    assert_eq!(warnings(&report), [w(1, "took the date line above the headline as the bulletin's date")]);

    // With the bulletin's own date under its headline, the post's date is left out.
    let text = sheet("blog-date.txt").replace("Teams\n", "Teams\n\nMarch 7, 2015\n");
    let dated = import_text(&text, &LibrarySettings::default());
    assert_bulletins(&dated.bulletins, &[Bulletin { date: date(2015, 3, 7), ..want }]);
    assert_eq!(
        warnings(&dated),
        [w(1, "left out the date line above the headline (2015-03-03); the bulletin's own date is under it")]
    );

    // A date line with nothing under it at the end of a text.
    let trailing = format!("{text}\nWednesday, March 4, 2015\n");
    let report = import_text(&trailing, &LibrarySettings::default());
    assert_eq!(report.bulletins.len(), 1);
    let last = trailing.lines().count();
    assert_eq!(warnings(&report).last(), Some(&w(last, "left out a date line with no bulletin under it (2015-03-04)")));
}

#[test]
fn a_heading_cut_off_at_the_end_of_a_paste_is_no_paragraph() {
    let base = sheet("headline-image.txt");
    let clean = import_text(&base, &LibrarySettings::default());
    for (cut, whole) in
        [("Latin", Some("Latin America")), ("HQ & Glo", Some("IJM HQ & Global Partners")), ("Middle E", None)]
    {
        for separator in ["\n\n", "\n"] {
            let text = format!("{}{separator}{cut}\n", base.trim_end());
            let report = import_text(&text, &LibrarySettings::default());
            assert_bulletins(&report.bulletins, &clean.bulletins);
            let line = text.lines().count();
            let mut want = warnings(&clean);
            want.push(w(line, &format!("left out (a heading cut off at the end of the text): \u{201c}{cut}\u{201d}")));
            if let Some(whole) = whole {
                want.push(w(line, &format!("\u{201c}{cut}\u{201d} may be the start of \u{201c}{whole}\u{201d}")));
            }
            assert_eq!(warnings(&report), want, "{text}");
        }
    }
}

#[test]
fn identifying_details_come_in_marked_sensitive() {
    let report = import_file("sensitive.txt", sheet("sensitive.txt").as_bytes(), &LibrarySettings::default()).unwrap();
    // Read without the door's marking (the parser alone), nothing is marked.
    assert!(import("sensitive.txt").bulletins[0].sections[0].items.iter().all(|i| !i.sensitive));
    let marked = |kind, text: &str| Item { sensitive: true, ..item(kind, text) };
    assert_bulletins(
        &report.bulletins,
        &[Bulletin {
            title: "Pray for the shelter in Cebu".into(),
            date: date(2024, 6, 22),
            sections: vec![section(
                "Southeast Asia",
                vec![
                    marked(Request, "Pray for Maria*, who told her story in court this week."),
                    marked(Praise, "Praise God for the staff who cared for a 14-year-old girl through the night."),
                    item(Request, "Pray for the new case workers as they finish their training."),
                ],
            )],
            ..Bulletin::default()
        }],
    );
    let flagged = |line, detail: &str| {
        w(
            line,
            &format!(
                "marked sensitive: \u{201c}{detail}\u{201d} could identify a survivor; unmark it in the preview if it may be shared"
            ),
        )
    };
    assert_eq!(warnings(&report), [flagged(6, "Maria*"), flagged(8, "14-year-old")]);
}

#[test]
fn text_with_prayer_paragraphs_always_gives_a_bulletin() {
    for text in [
        "Pray for rain in the north.",
        "Please pray for the team in Lima as they prepare.\nPraise God for the new volunteers.",
        "Middle East\nPray for peace.",
        "IMG_1.jpg\n\nThank God for the harvest.",
    ] {
        let report = import_text(text, &LibrarySettings::default());
        assert_eq!(report.bulletins.len(), 1, "{text}");
        let items: Vec<&str> =
            report.bulletins[0].sections.iter().flat_map(|s| &s.items).map(|i| i.text.as_str()).collect();
        assert!(!items.is_empty(), "{text}");
        assert!(report.warnings.iter().any(|w| w.message.contains("headline")), "{text}: {:?}", report.warnings);
    }
}

// ---------------------------------------------------------------------------------------------------
// No line of the source vanishes.

/// Words of a text: runs of letters and digits, lower-cased; each Chinese or Japanese character is a
/// word of its own.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        let unspaced = matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}');
        if c.is_alphanumeric() && !unspaced {
            word.extend(c.to_lowercase());
            continue;
        }
        if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        if unspaced {
            out.push(c.to_string());
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn contains_run(field: &[String], run: &[String]) -> bool {
    run.is_empty() || field.windows(run.len()).any(|w| w == run)
}

/// Fails naming every non-empty source line whose words are not found, in order, in the bulletins
/// or the warnings: each line must be read into some field (a headline, verse, reference, region,
/// paragraph, closing) or be named in a warning. A line may be split across fields (a region label
/// and its paragraph), in pieces of three words or more, or whole fields, or pieces a warning names.
#[track_caller]
fn assert_no_line_vanishes(name: &str, text: &str, report: &ImportReport) {
    let settings = LibrarySettings::default();
    let mut fields: Vec<Vec<String>> = Vec::new();
    let mut dates = Vec::new();
    for b in &report.bulletins {
        fields.push(words(&b.title));
        if let Some(v) = &b.verse {
            fields.push(words(&v.text));
            fields.push(words(&v.reference));
        }
        for s in &b.sections {
            fields.push(words(&s.region));
            // A heading read as a region by one of its other names.
            let aliases = settings.region(&s.region).map(|r| r.aliases.clone()).unwrap_or_default();
            fields.extend(aliases.iter().map(|a| words(a)));
            fields.extend(s.items.iter().map(|i| words(&i.text)));
        }
        fields.extend(b.closing.iter().map(|c| words(c)));
        dates.extend(b.date);
    }
    let named: Vec<Vec<String>> = report.warnings.iter().map(|w| words(&w.message)).collect();
    let messages: String = report.warnings.iter().map(|w| w.message.as_str()).collect();
    let mut lost = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(d) = parse_date_line(line) {
            if !dates.contains(&d) && !messages.contains(&d.to_string()) {
                lost.push(format!("{}: {line}", n + 1));
            }
            continue;
        }
        // An item's or section's number (`1.`, `一、`) is a mark, like a bullet, not text.
        let digits =
            line.trim_start().chars().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c));
        let numbered =
            line.trim_start().chars().nth(digits.count()).is_some_and(|c| matches!(c, '.' | ')' | '\u{3001}'));
        let line_words = if numbered { words(line).split_off(1) } else { words(line) };
        let mut at = 0;
        while at < line_words.len() {
            let rest = &line_words[at..];
            let longest = (1..=rest.len()).rev().find(|&len| {
                let run = &rest[..len];
                let piece_ok = len >= 3 || len == rest.len() || fields.iter().any(|f| f.as_slice() == run);
                (piece_ok && fields.iter().any(|f| contains_run(f, run))) || named.iter().any(|f| contains_run(f, run))
            });
            match longest {
                Some(len) => at += len,
                None => {
                    lost.push(format!("{}: {line}", n + 1));
                    break;
                }
            }
        }
    }
    assert!(lost.is_empty(), "{name}: lines neither imported nor named in the report:\n{}", lost.join("\n"));
}

#[test]
fn no_line_of_any_fixture_vanishes() {
    let settings = LibrarySettings::default();
    let mut texts: Vec<(String, String)> = Vec::new();
    // The sheets of other shapes, and those read by their outline (`tests/import_outline.rs`).
    for folder in ["tests/fixtures/sheets", "tests/fixtures/outline"] {
        for entry in std::fs::read_dir(common::root().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            texts.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
    texts.push((
        "sample-source".into(),
        std::fs::read_to_string(common::root().join("tests/fixtures/sample-source.txt")).unwrap(),
    ));
    for prefix in ["000", "001"] {
        for path in common::shaped_like(prefix) {
            texts.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
    assert!(texts.len() >= 15);
    for (name, text) in &texts {
        let report = import_text(text, &settings);
        assert!(!report.bulletins.is_empty(), "{name}");
        assert_no_line_vanishes(name, text, &report);
    }
}

#[test]
fn the_vanishing_check_notices_a_lost_line() {
    let text = sheet("inline-labels.txt");
    let mut report = import_text(&text, &LibrarySettings::default());
    report.bulletins[0].sections[1].items.pop();
    let result = std::panic::catch_unwind(|| assert_no_line_vanishes("edited", &text, &report));
    let message = *result.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("Give thanks for the school"), "{message}");
}
