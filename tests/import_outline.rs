//! Sheets of shapes seen in real prayer sheets from many organisations and languages (the field
//! corpus, kept out of the repository), each rewritten in the team's own words in
//! `tests/fixtures/outline/`: the importer reads each as a careful person would, checked field by
//! field, and every line of each is in a bulletin or named in the report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use prayer_bulletin::import::{ImportReport, import_text};
use prayer_bulletin::library::LibrarySettings;
use prayer_bulletin::model::ItemKind::{self, Info, Praise, Request};
use prayer_bulletin::model::{Bulletin, Verse};

fn import(name: &str) -> ImportReport {
    let text = std::fs::read_to_string(common::root().join("tests/fixtures/outline").join(name)).unwrap();
    import_text(&text, &LibrarySettings::default())
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn verse(text: &str, reference: &str) -> Option<Verse> {
    Some(Verse { text: text.into(), reference: reference.into() })
}

/// One bulletin, field by field, so a failure says which field differs.
#[track_caller]
fn assert_bulletin(
    report: &ImportReport,
    title: &str,
    date: Option<NaiveDate>,
    verse: Option<Verse>,
    closing: Option<String>,
    sections: &[(&str, &[(ItemKind, &str)])],
) {
    assert_eq!(report.bulletins.len(), 1, "{:#?}", report.bulletins);
    let b: &Bulletin = &report.bulletins[0];
    assert_eq!(b.title, title, "headline");
    assert_eq!(b.date, date, "date");
    assert_eq!(b.verse, verse, "verse");
    assert_eq!(b.closing, closing, "closing note");
    let got: Vec<&str> = b.sections.iter().map(|s| s.region.as_str()).collect();
    let want: Vec<&str> = sections.iter().map(|(r, _)| *r).collect();
    assert_eq!(got, want, "sections");
    for (s, (region, items)) in b.sections.iter().zip(sections) {
        let got: Vec<(ItemKind, &str)> = s.items.iter().map(|i| (i.kind, i.text.as_str())).collect();
        assert_eq!(got, items.to_vec(), "paragraphs of {region}");
    }
}

/// Chinese weekday headings (`星期日(…)`), a verse in corner brackets with its reference after it, requests in Chinese.
#[test]
fn chinese_weekday_headings_with_a_verse_in_corner_brackets() {
    let got = import("days-zh.txt");
    assert_bulletin(
        &got,
        "本週代禱事項",
        None,
        verse("耶和華是我的牧者,我必不致缺乏。", "詩篇23:1"),
        None,
        &[
            ("星期日(教會事工)", &[(Request, "求主帶領新一年的同工會議,賜下合一的心。")]),
            ("星期一(信徒需要)", &[(Request, "為失業的弟兄姊妹代禱,求主預備合適的工作。")]),
            ("星期二(宣教)", &[(Request, "記念在泰北服事的宣教士一家,身體健康,出入平安。")]),
        ],
    );
}

/// Labels ending in a colon head the bulleted list under them; the last words thank the reader: the closing note.
#[test]
fn labels_with_a_list_under_them_and_a_closing_thanks() {
    let got = import("label-lists-en.txt");
    assert_bulletin(
        &got,
        "Prayer Requests",
        None,
        None,
        Some("Thank you for praying with us this week!".into()),
        &[
            (
                "Introduction",
                &[(
                    Info,
                    "These are the requests shared at our Sunday gathering and left in the prayer box this week.",
                )],
            ),
            // Items that say nothing of their kind take their label's.
            (
                "Please pray for",
                &[
                    (Request, "the youth camp on Saturday"),
                    (Request, "the nurses at the county hospital"),
                    (Request, "Maria, who starts a new job on Monday"),
                ],
            ),
            ("We give thanks for", &[(Praise, "the new roof on the food bank"), (Praise, "safe travel for the choir")]),
        ],
    );
}

/// Two short lines over longer paragraphs are the outline; `07. - 13. März 2026` is the first day of the range, not item 7.
#[test]
fn lone_titles_over_paragraphs_and_a_range_of_days() {
    let got = import("lone-titles-de.txt");
    assert_bulletin(
        &got,
        "",
        day(2026, 3, 7),
        None,
        None,
        &[
            (
                "Kirche im Dorf",
                &[(
                    Request,
                    "Viele kleine Gemeinden auf dem Land fragen sich, wie es weitergehen soll. Wir beten um Mut und neue Ideen für sie.",
                )],
            ),
            (
                "Menschen im Ehrenamt",
                &[(
                    Request,
                    "Viele Ehrenamtliche tragen seit Jahren eine große Last und sind müde geworden. Wir bitten um Kraft, Ruhe und Anerkennung für sie.",
                )],
            ),
        ],
    );
}

/// No heading at all: one untitled section, no region of the library invented.
#[test]
fn a_sheet_with_no_headings_is_not_filed_under_a_region_it_never_names() {
    let got = import("no-headings-es.txt");
    assert_bulletin(
        &got,
        "",
        None,
        None,
        None,
        &[(
            "Introduction",
            &[
                (Request, "Por la paz en nuestra ciudad y por las familias que han perdido a un ser querido."),
                (Request, "Por los enfermos del hospital regional y por el personal que los cuida."),
                (Request, "Por los jóvenes que terminan sus estudios este mes."),
            ],
        )],
    );
}

/// `1- …` lines with text under them are headings; a verse after `Verset :`; `Prions`/`Remercions` are requests and praise.
#[test]
fn numbered_headings_a_labelled_verse_and_french_requests() {
    let got = import("numbered-fr.txt");
    assert_bulletin(
        &got,
        "Sujets de prière – mars 2026",
        None,
        verse("L'Éternel est mon berger : je ne manquerai de rien.", "Psaume 23:1"),
        None,
        &[
            (
                "1- La rentrée des classes",
                &[
                    (Request, "Prions pour les enfants du quartier qui reprennent le chemin de l'école."),
                    (Request, "Prions aussi pour les enseignants, souvent épuisés."),
                ],
            ),
            (
                "2- Les familles en difficulté",
                &[(Request, "Prions pour les familles qui ont perdu leur travail cet hiver.")],
            ),
            (
                "3- Notre équipe",
                &[
                    (Praise, "Remercions Dieu pour les trois bénévoles arrivés ce mois-ci."),
                    (Request, "Prions pour la santé de Marc et de Julie."),
                ],
            ),
        ],
    );
}

/// Two lists of the same days: each heading where it stands, nothing moved.
#[test]
fn repeated_headings_keep_the_sources_order() {
    let got = import("repeated-days-en.txt");
    assert_bulletin(
        &got,
        "Pray for Your Missionaries",
        None,
        None,
        None,
        &[
            ("Pray for the missionaries", &[]),
            ("Spiritual life Sunday", &[(Info, "That they grow in prayer and in the Word.")]),
            ("Family Monday", &[(Info, "That their marriages stay strong.")]),
            ("Pray for the missionaries' children", &[]),
            ("Spiritual life Sunday", &[(Info, "That they know God for themselves.")]),
            ("Family Monday", &[(Info, "That they make good friends at school.")]),
        ],
    );
}

/// `[월요일] …` siblings are the outline; short lines under them are one item each; the date at the start of the headline.
#[test]
fn bracketed_korean_weekdays_and_one_item_per_line() {
    let got = import("weekdays-ko.txt");
    assert_bulletin(
        &got,
        "2026년 3월 8일 주간기도제목",
        day(2026, 3, 8),
        None,
        None,
        &[
            (
                "[월요일] 선교를 위한 기도",
                &[(Request, "선교사님들의 건강과 안전을 위해"), (Request, "현지 교회의 성장을 위해")],
            ),
            ("[화요일] 나라를 위한 기도", &[(Request, "지도자들에게 지혜를 주시도록")]),
            (
                "[수요일] 다음 세대를 위한 기도",
                &[(Request, "주일학교 교사들을 위해"), (Request, "청년부 수련회를 위해")],
            ),
        ],
    );
}

/// A blog page's furniture (skip link, menu, byline, comment count, share prompt) is left out, and
/// each such line is named in the report.
#[test]
fn a_blogs_furniture_is_left_out_and_named() {
    let got = import("blog-furniture-en.txt");
    assert_bulletin(
        &got,
        "Prayer for the week of March 8",
        None,
        None,
        None,
        &[(
            "Introduction",
            &[
                (Request, "Pray for the families who joined the food bank this winter, that they find steady work."),
                (Praise, "Praise God for the twelve volunteers who painted the youth hall on Saturday."),
            ],
        )],
    );
    let furniture: Vec<usize> =
        got.warnings.iter().filter(|w| w.message.contains("a web page's furniture")).map(|w| w.line).collect();
    assert_eq!(furniture, [1, 2, 3, 11, 12, 13]);
}

/// Numbered headings that end with a full stop, a verse after its label with the reference first,
/// and after the sheet's last prayer a page's links and its week of events: left out, each named.
#[test]
fn a_verse_at_the_end_and_the_pages_furniture_after_it() {
    let got = import("verse-last-fr.txt");
    let verse = verse("Le secours me vient de l'Éternel, qui a fait les cieux et la terre.", "Psaume 121:2");
    assert_bulletin(
        &got,
        "Nos sujets de prière",
        None,
        verse,
        None,
        &[
            ("1- Les malades de l'hôpital.", &[(Request, "Prions pour les malades et pour leurs familles.")]),
            (
                "2- Les jeunes de la paroisse.",
                &[
                    (Request, "Prions pour le camp d'été des jeunes."),
                    (Praise, "Remercions Dieu pour les deux nouveaux animateurs."),
                ],
            ),
        ],
    );
    let furniture: Vec<usize> =
        got.warnings.iter().filter(|w| w.message.contains("a web page's furniture")).map(|w| w.line).collect();
    assert_eq!(furniture, [12, 14, 16, 17, 18]);
}

/// A bracketed week as the headline, the week's date at the start of the next line with words after
/// it, a verse at the top with its reference in brackets, and numbered items one per line.
#[test]
fn a_korean_week_with_its_date_and_verse_at_the_top() {
    let got = import("date-verse-ko.txt");
    let verse = verse("항상 기뻐하라 쉬지 말고 기도하라", "살전 5:16-17");
    assert_bulletin(
        &got,
        "[2026.3.9-15] 주간기도제목",
        day(2026, 3, 8),
        verse,
        None,
        &[
            (
                "[월요일] 교회를 위한 기도",
                &[(Request, "새로 오신 성도들이 교회에 잘 정착하도록"), (Request, "부활절 준비를 위해")],
            ),
            ("[화요일] 나라를 위한 기도", &[(Request, "지도자들에게 지혜를 주시도록"), (Request, "다음 세대를 위해")]),
        ],
    );
}

/// A page listing a church's monthly letters: one title repeated under a changing month is one
/// bulletin per letter (not one bulletin with sections of the same name), the page's name above the
/// first is the page's, and each "more" link is left out and named.
#[test]
fn a_listing_of_monthly_letters_is_one_bulletin_each() {
    let got = import("monthly-listing-ko.txt");
    let titles: Vec<&str> = got.bulletins.iter().map(|b| b.title.as_str()).collect();
    assert_eq!(titles, ["3월: 선교사님을 위한 기도", "2월: 선교사님을 위한 기도"]);
    let sections: Vec<Vec<(&str, usize)>> =
        got.bulletins.iter().map(|b| b.sections.iter().map(|s| (s.region.as_str(), s.items.len())).collect()).collect();
    assert_eq!(sections, [vec![("Introduction", 1)], vec![("Introduction", 1)]]);
    assert!(got.bulletins[1].sections[0].items[0].text.starts_with("겨울 캠프"));
    let furniture: Vec<usize> =
        got.warnings.iter().filter(|w| w.message.contains("a web page's furniture")).map(|w| w.line).collect();
    assert_eq!(furniture, [1, 7, 13]);
    assert!(got.warnings.iter().any(|w| w.line == 3 && w.message.contains("one bulletin each (lines 9)")));
}

/// A headline with its date written inside it, under a byline with another date: the headline's
/// own date is the bulletin's, said in the report, and the byline is left out.
#[test]
fn a_date_written_inside_the_headline() {
    let got = import("dates-inside-lines.txt");
    assert_bulletin(
        &got,
        "Prière pour le dimanche 14 septembre 2025",
        day(2025, 9, 14),
        None,
        None,
        &[(
            "Introduction",
            &[
                (Request, "Prions pour les familles de la paroisse qui déménagent cette semaine."),
                (Praise, "Remercions Dieu pour la rentrée paisible des enfants."),
            ],
        )],
    );
    assert!(got.warnings.iter().any(|w| w.line == 2 && w.message.starts_with("took the date written in")));
    assert!(!got.warnings.iter().any(|w| w.message.contains("imported as undated")));
}

/// A sheet with no headline and no headings: its introduction (ending in a colon) is its first
/// paragraph, a request line with no full stop stays a paragraph of its own, a quotation with no
/// reference after the paragraphs is one of them, and the verse at the end, with its reference on
/// the next line, is the sheet's verse (not a new bulletin under the line above it).
#[test]
fn a_list_with_its_verse_at_the_end_and_no_headline() {
    let got = import("verse-after-list-es.txt");
    assert_bulletin(
        &got,
        "",
        None,
        verse("Venid a mí todos los que estáis trabajados y cargados, y yo os haré descansar.", "Mateo 11:28"),
        None,
        &[(
            "Introduction",
            &[
                (
                    Info,
                    "La oración cambia corazones y barrios enteros. Te invitamos a ti y a tu grupo a orar esta semana por las siguientes necesidades de nuestro barrio:",
                ),
                (
                    Request,
                    "Por los niños que empiezan la escuela el lunes, y por sus maestros, que tengan paciencia y alegría.",
                ),
                (Request, "Por los padres que buscan trabajo — que Dios abra puertas y provea para cada familia."),
                (Info, "\u{201c}Dios ha sido fiel con nuestro barrio, y lo seguirá siendo.\u{201d}"),
                (Request, "Por consuelo a quienes están enfermos en casa o en el hospital, y por quienes los cuidan"),
            ],
        )],
    );
}

/// A title with its date written in it is the sheet's headline and date, whatever stands under it;
/// a very short Chinese line under it, over a long prayer, heads that prayer as a title-cased line
/// would.
#[test]
fn a_dated_title_over_a_short_chinese_heading() {
    let got = import("dated-title-zh.txt");
    assert_bulletin(
        &got,
        "20251109 代祷事项/Prayer Items",
        day(2025, 11, 9),
        None,
        None,
        &[
            (
                "宣教 关怀",
                &[(
                    Request,
                    "求主保守在山区服事的王弟兄一家,出入平安,身体健康,也使当地的孩子们愿意来参加主日学。奉主耶稣的名求,阿们。",
                )],
            ),
            (
                "Missionary Care",
                &[(
                    Info,
                    "Lord, keep Brother Wang and his family safe as they serve in the hills, and open the children's hearts to come to Sunday school. In Jesus' name, amen.",
                )],
            ),
        ],
    );
}

/// A list of requests with no title above it: no request is taken for the headline (a full stop
/// and a request's wording say it is an item), and the introduction stays the first paragraph.
#[test]
fn requests_with_no_title_leave_the_headline_empty() {
    let got = import("requests-no-title-es.txt");
    assert_bulletin(
        &got,
        "",
        None,
        None,
        None,
        &[(
            "Introduction",
            &[
                (Request, "Aprovecha esta semana de oración para orar por las siguientes peticiones:"),
                (Request, "Por los enfermos del barrio."),
                (Info, "Los maestros de la escuela dominical."),
                (Request, "Oramos por nuestro gobierno local."),
            ],
        )],
    );
}
