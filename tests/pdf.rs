//! The PDF handout, read back with a PDF text extractor (no system packages needed).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use prayer_bulletin::export::{Audience, Format, Handout, Paper, render};
use prayer_bulletin::library::Library;
use prayer_bulletin::model::{Bulletin, Item, Section};

fn handout(audience: Audience, paper: Paper, library: &Library) -> Handout {
    Handout {
        format: Format::Pdf,
        audience,
        width: 72,
        ascii: false,
        paper,
        library_name: library.settings.name.clone(),
        ..Default::default()
    }
}

fn pages(pdf: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf).unwrap()
}

/// The extracted text with every run of white space made one space, so wrapping does not matter.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where `needle` (white space flattened) starts in `hay`; fails the test when it is missing.
fn at(hay: &str, needle: &str) -> usize {
    hay.find(&flat(needle)).unwrap_or_else(|| panic!("{needle:?} is not in the PDF text:\n{hay}"))
}

#[test]
fn one_week_reads_back_in_order_with_accents_and_punctuation() {
    let library = Library::load(common::sample_data()).unwrap();
    let b = &library.entry("2026-10-31").unwrap().bulletin;
    let pdf = render(&[b], &handout(Audience::Internal, Paper::A4, &library)).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let pages = pages(&pdf);
    assert_eq!(pages.len(), 1, "one week fits one page");
    let text = flat(&pages.concat());

    let mut last = 0;
    let mut in_order = |needle: &str| {
        let i = at(&text, needle);
        assert!(i >= last, "{needle:?} comes too early in:\n{text}");
        last = i;
    };
    in_order(&b.title);
    in_order("Saturday, October 31, 2026");
    let verse = b.verse.as_ref().unwrap();
    in_order(&format!("\u{201c}{}", &verse.text[..30]));
    in_order(&format!("\u{2014} {}", verse.reference));
    // The regions in the library's order, each followed by its first paragraph.
    for region in library.settings.regions.iter().filter_map(|r| b.section(&r.name)) {
        in_order(&region.region);
        in_order(&region.items[0].text[..25]);
    }
    in_order(&b.closing.as_ref().unwrap()[..40]);
    in_order("Page 1 of 1");

    assert!(text.contains("Timișoara"), "accented letters survive");
    assert!(text.contains("São Paulo"));
    assert!(text.contains("Not for sharing:"), "the sensitive paragraph is marked");
    // DejaVu has no Korean or Chinese: they print with an installed font that has them, else with
    // the bundled Droid Sans Fallback; never as a stand-in box.
    assert!(text.contains("Seoul (서울), Hong Kong (香港), São Paulo"), "{text}");
    assert!(!text.contains('\u{25a1}'), "no character left as a box");
}

#[test]
fn public_pdf_leaves_out_the_sensitive_paragraph() {
    let library = Library::load(common::sample_data()).unwrap();
    let b = &library.entry("2026-10-31").unwrap().bulletin;
    let sensitive = b.sections.iter().flat_map(|s| &s.items).find(|i| i.sensitive).unwrap();
    let words = flat(&sensitive.text[..40]);
    let internal = flat(&pages(&render(&[b], &handout(Audience::Internal, Paper::A4, &library)).unwrap()).concat());
    let public = flat(&pages(&render(&[b], &handout(Audience::Public, Paper::A4, &library)).unwrap()).concat());
    assert!(internal.contains(&words));
    assert!(!public.contains(&words), "{public}");
    assert!(!public.contains("Not for sharing"));
    assert!(!public.contains("South Asia"), "the region left empty is gone");
    assert!(public.contains(&flat(&b.closing.as_ref().unwrap()[..40])));
}

#[test]
fn every_bulletin_starts_a_new_page_and_pages_are_numbered() {
    let library = Library::load(common::sample_data()).unwrap();
    let all: Vec<&Bulletin> = library.entries.iter().map(|e| &e.bulletin).collect();
    let pdf = render(&all, &handout(Audience::Internal, Paper::Letter, &library)).unwrap();
    let pages = pages(&pdf);
    assert!(pages.len() >= all.len());
    let total = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert!(flat(page).ends_with(&format!("Page {} of {total}", i + 1)), "page {}: {page}", i + 1);
    }
    // Each headline is at the top of some page, in the order given.
    let mut page = 0;
    for b in &all {
        let title = flat(&b.title);
        while page < total && !flat(&pages[page]).starts_with(&title) {
            page += 1;
        }
        assert!(page < total, "{title:?} does not start a page");
        page += 1;
    }
    let source = String::from_utf8_lossy(&pdf);
    assert!(source.contains("/MediaBox [0 0 612 792]"), "Letter paper");
    let a4 = render(&all[..1], &handout(Audience::Internal, Paper::A4, &library)).unwrap();
    assert!(String::from_utf8_lossy(&a4).contains("/MediaBox [0 0 595.27"), "A4 paper");
}

#[test]
fn a_region_heading_is_never_alone_at_the_bottom_of_a_page() {
    let library = Library::load(common::sample_data()).unwrap();
    // Many regions of short paragraphs push headings towards every possible page bottom.
    let mut b = Bulletin { title: "Many regions".into(), ..Bulletin::default() };
    for n in 0..40 {
        let items = (0..=n % 3)
            .map(|k| Item::from_text(format!("Paragraph {k} of region {n}. {}", "Pray. ".repeat(n))))
            .collect();
        b.sections.push(Section { region: format!("Region {n}"), items });
    }
    let pdf = render(&[&b], &handout(Audience::Internal, Paper::A4, &library)).unwrap();
    let pages = pages(&pdf);
    assert!(pages.len() > 2);
    for page in &pages {
        let lines: Vec<&str> = page.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        // The last line is the footer; the one before it must not be a heading.
        let before_footer = lines[lines.len() - 2];
        assert!(!before_footer.starts_with("Region "), "a heading alone at the bottom:\n{page}");
    }
}

#[test]
fn output_is_deterministic_and_odd_input_does_not_crash() {
    let library = Library::load(common::sample_data()).unwrap();
    let b = &library.entries[0].bulletin;
    let h = handout(Audience::Internal, Paper::A4, &library);
    assert_eq!(render(&[b], &h).unwrap(), render(&[b], &h).unwrap(), "no timestamps or random ids");

    let odd = Bulletin {
        title: String::new(),
        sections: vec![Section {
            region: "\u{1f600} Emoji & \u{0}control".into(),
            items: vec![
                Item { text: "x".repeat(500), sensitive: true, ..Item::default() },
                Item {
                    text: "한국어 中文 العربية \u{202e}rtl — “quotes” ‘single’ …".into(), ..Item::default()
                },
                Item::default(),
            ],
        }],
        ..Bulletin::default()
    };
    let text = flat(&pages(&render(&[&odd], &h).unwrap()).concat());
    assert!(text.starts_with("Prayer Bulletin"), "an empty title gets a default headline: {text}");
    assert!(text.contains("“quotes” ‘single’"));
    assert!(!render(&[], &h).unwrap().is_empty(), "no bulletins still makes a valid, empty PDF");
}

#[test]
fn a_long_paragraph_never_leaves_one_line_alone_on_a_page() {
    let library = Library::load(common::sample_data()).unwrap();
    let mut b = Bulletin { title: "Long paragraphs".into(), ..Bulletin::default() };
    for n in 0..12 {
        // Paragraphs of four to about twelve lines, each starting with "Para" and ending with "Amen."
        let items = (0..3)
            .map(|k| {
                Item::from_text(format!("Para {n}.{k} {}Amen.", "Pray for the work. ".repeat(12 + 7 * ((n + k) % 5))))
            })
            .collect();
        b.sections.push(Section { region: format!("Region {n}"), items });
    }
    let pages = pages(&render(&[&b], &handout(Audience::Internal, Paper::A4, &library)).unwrap());
    assert!(pages.len() > 3);
    for page in &pages {
        let lines: Vec<&str> = page.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let body = &lines[..lines.len() - 1];
        assert!(!body[0].ends_with("Amen."), "the last line of a paragraph alone at the top:\n{page}");
        let last = body[body.len() - 1];
        assert!(!last.starts_with("Para") && !last.starts_with("Region"), "a first line alone at the bottom:\n{page}");
    }
}
