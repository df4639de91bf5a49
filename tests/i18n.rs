//! The interface in the coordinator's language, and spell-check as they type.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use prayer_bulletin::app::{Action, Command};
use prayer_bulletin::i18n::{keys_of, languages};

#[test]
fn every_key_of_the_interface_is_in_every_language() {
    let english: std::collections::BTreeSet<String> = keys_of("en-US").into_iter().collect();
    assert!(english.len() > 100, "{}", english.len());
    for code in languages() {
        let keys: std::collections::BTreeSet<String> = keys_of(code).into_iter().collect();
        let missing: Vec<&String> = english.difference(&keys).collect();
        let extra: Vec<&String> = keys.difference(&english).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        assert!(extra.is_empty(), "{code} has keys English has not: {extra:?}");
    }
}

#[test]
fn the_menus_speak_the_language_chosen_in_the_view_menu() {
    let mut h = common::harness_on(&common::sample_data());
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("한국어").click();
    h.run();
    assert_eq!(h.state().settings.language.as_deref(), Some("ko"));
    h.key_press(Key::Escape);
    h.run();
    // The menus and the toolbar by their Korean labels.
    for label in ["파일", "이동", "보기", "읽기:", "◀ 지난주"] {
        h.get_by_label(label);
    }
    assert!(h.query_by_label("File").is_none());
    h.get_by_label("보기").click();
    h.run();
    h.get_by_label("언어").click();
    h.run();
    h.get_by_label("Español").click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    for label in ["Archivo", "Ver", "Leer:", "Semana siguiente ▶"] {
        h.get_by_label(label);
    }
    // The reader's kind badges and dates follow the interface's language.
    h.get_by_label_contains("de noviembre de 2026");
    assert!(h.query_all_by_label("MOTIVO DE GRATITUD").count() >= 1);
    // The editor and the search too.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Titular");
    h.get_by_label("Añadir un párrafo a Latin America");
    h.get_by_label("Párrafo 1 de Africa & Europe");
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label("Palabras que buscar");
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label("Archivo").click();
    h.run();
    h.get_by_label("Nueva semana");
    h.key_press(Key::Escape);
    h.run();
    // Back to English for the tests that share this thread's language.
    h.state_mut().settings.language = Some("en-US".into());
    h.run();
    h.get_by_label("File");
}

#[test]
fn a_handout_is_written_in_its_bulletins_language_whatever_the_windows() {
    use prayer_bulletin::export::{Audience, Format, Handout, render};
    let library = prayer_bulletin::library::Library::load(common::sample_data()).unwrap();
    let mut bulletin = library.entry("2026-11-14").unwrap().bulletin.clone();
    bulletin.language = Some("ko".into());
    let handout = Handout { format: Format::Html, audience: Audience::Internal, ..Handout::default() };
    prayer_bulletin::i18n::use_language(Some("es"));
    let html = String::from_utf8(render(&[&bulletin], &handout).unwrap()).unwrap();
    prayer_bulletin::i18n::use_language(Some("en-US"));
    assert!(html.contains("2026년 11월 14일"), "a Korean date");
    assert!(html.contains("기도제목") || html.contains("감사"), "Korean kind words");
    assert!(!html.contains("noviembre"), "not the window's Spanish");
    // Without a language of its own, the library's (none here: English).
    bulletin.language = None;
    let html = String::from_utf8(render(&[&bulletin], &handout).unwrap()).unwrap();
    assert!(html.contains("November 14, 2026"));
}

/// The folders with the system's dictionaries, when English is there (else the test says so).
fn english_dictionary() -> bool {
    let found = prayer_bulletin::spelling::find("en-US", &prayer_bulletin::spelling::folders(None)).is_ok();
    if !found {
        eprintln!("skipped: no English Hunspell dictionary on this machine (apt-get install hunspell-en-us)");
    }
    found
}

#[test]
fn a_misspelt_word_is_marked_corrected_and_a_name_added_serves_every_bulletin() {
    if !english_dictionary() {
        return;
    }
    let dir = common::sample_copy();
    let mut h = common::harness_on(dir.path());
    let text = "Familys in Tegucigalpa thank Wambui for her visit.";
    let field = &common::type_new_paragraph(&mut h, "Latin America", text);
    // The dictionary is read off the window's thread; the word is marked once it has come.
    assert!(common::step_until(&mut h, |app| app.spelling.ready("en-US")), "the dictionary arrived");
    let marked: Vec<&str> =
        h.state_mut().spelling.misspelt("en-US", text).into_iter().map(|r| &text[r]).collect::<Vec<_>>();
    assert!(marked.contains(&"Familys"), "{marked:?}");
    assert!(marked.contains(&"Wambui"), "a name not yet in the library: {marked:?}");
    // A right-click on the first word offers suggestions ("Family", "Family's", ...); one replaces it.
    let at = h.get_by_label(field).rect().left_top() + egui::vec2(18.0, 10.0);
    right_click(&mut h, at);
    h.get_by_label("Family").click();
    h.run();
    let draft = &h.state().edit.as_ref().unwrap().draft;
    let latin = draft.sections.iter().find(|s| s.region == "Latin America").unwrap();
    assert!(latin.items[0].text.starts_with("Family in Tegucigalpa"), "{}", latin.items[0].text);
    // The name is added to the library's dictionary, from the right-click menu on it (here at the
    // start of the headline).
    h.get_by_label("Headline").focus();
    h.get_by_label("Headline").type_text("Wambui visits Tegucigalpa");
    h.run();
    let at = h.get_by_label("Headline").rect().left_top() + egui::vec2(18.0, 8.0);
    right_click(&mut h, at);
    h.get_by_label("Add \u{201c}Wambui\u{201d} to the library's dictionary").click();
    h.run();
    let words = std::fs::read_to_string(dir.path().join("words.ron")).unwrap();
    assert!(words.contains("Wambui"), "{words}");
    let text = "Wambui visited again.";
    assert!(h.state_mut().spelling.misspelt("en-US", text).is_empty(), "accepted now");
    // Another bulletin: the week before, edited; the name is known there too.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.state_mut().push(Command::Select("2026-11-07".into()));
    h.state_mut().push(Command::Action(Action::ToggleEdit));
    h.run();
    assert!(h.state_mut().spelling.misspelt("en-US", "Pray for Wambui").is_empty());
    // A second app on the same library reads the word list too.
    let mut other = prayer_bulletin::app::App::new(Some(dir.path().to_owned()), Default::default());
    other.wait_for_library();
    let mut other = common::app_harness(other);
    other.state_mut().push(Command::Action(Action::ToggleEdit));
    other.run();
    assert!(common::step_until(&mut other, |app| app.spelling.ready("en-US")));
    assert!(other.state_mut().spelling.misspelt("en-US", "Pray for Wambui").is_empty());
    assert_eq!(other.state_mut().spelling.misspelt("en-US", "Pray for Wanbui").len(), 1);
}

fn right_click(h: &mut egui_kittest::Harness<'static, prayer_bulletin::app::App>, at: egui::Pos2) {
    h.event(egui::Event::PointerMoved(at));
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::default(),
        });
    }
    h.run();
}

#[test]
fn the_everyday_dialogs_ask_in_the_coordinators_language() {
    let dir = common::sample_copy();
    let mut app = prayer_bulletin::app::App::new(Some(dir.path().to_owned()), Default::default());
    app.wait_for_library();
    app.settings.language = Some("es".into());
    let mut h = common::app_harness(app);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Titular").type_text("Oremos por Lima");
    h.run();
    // Leaving the unsaved week asks first, in Spanish; Cancel keeps the week.
    assert!(h.state().is_dirty());
    h.state_mut().push(Command::Action(Action::PreviousWeek));
    h.run();
    h.get_by_label("¿Guardar los cambios?");
    h.get_by_label("Descartar los cambios");
    h.get_by_label("Cancelar").click();
    h.run();
    assert!(h.state().is_dirty(), "nothing lost");
    // The paste box too.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    h.run();
    h.get_by_label("Pegar el texto de un boletín");
    h.get_by_label("Texto del boletín");
    h.key_press(Key::Escape);
    h.run();
    // And the import preview.
    h.state_mut().push(Command::ImportText("Oremos\n\nAugust 1, 2026\n\nLatin America\n\nPray for Lima.\n".into()));
    h.run();
    h.get_by_label("Vista previa de la importación");
    h.get_by_label("Importar 1 boletín(es)");
    h.state_mut().push(Command::CancelImport);
    h.run();
    h.state_mut().settings.language = Some("en-US".into());
    h.run();
}

/// The command line says what it says to a person in the system's language, and what it prints
/// for scripts (standard output) and its exit codes are the same in every language.
#[test]
fn the_command_line_speaks_the_systems_language_and_its_output_stays_the_same() {
    let run = |lang: &str, args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_prayer-bulletin"))
            .args(args)
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .output()
            .unwrap()
    };
    let missing = std::ffi::OsStr::new("/no/such/library");
    let open = [std::ffi::OsStr::new("open"), missing];
    let english = run("en_US.UTF-8", &open);
    let spanish = run("es_ES.UTF-8", &open);
    let korean = run("ko_KR.UTF-8", &open);
    assert_eq!(english.status.code(), Some(1));
    assert_eq!(spanish.status.code(), english.status.code(), "the same exit code");
    assert_eq!(korean.status.code(), english.status.code());
    let said = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(said(&english).contains("no such library folder"), "{}", said(&english));
    assert!(said(&spanish).contains("no existe"), "{}", said(&spanish));
    assert!(said(&korean).contains("보관함"), "{}", said(&korean));
    // Output for scripts: identical in every language.
    let sample = common::sample_data();
    let list = [std::ffi::OsStr::new("list"), sample.as_os_str(), std::ffi::OsStr::new("--json")];
    assert_eq!(run("es_ES.UTF-8", &list).stdout, run("en_US.UTF-8", &list).stdout);
}

/// The toolbar in the longest of the languages (Spanish), while editing, in the window's first size
/// on a laptop: every button and the "Read:" choice are inside the window (it wraps rather than run
/// off the edge).
#[test]
fn the_spanish_toolbar_fits_the_window_while_editing() {
    let settings = prayer_bulletin::app::Settings { language: Some("es".to_owned()), ..Default::default() };
    let mut app = prayer_bulletin::app::App::new(Some(common::sample_data()), settings);
    app.wait_for_library();
    let size = egui::Vec2::from(prayer_bulletin::app::FIRST_WINDOW_SIZE);
    let mut h = common::app_harness_sized(app, size);
    h.state_mut().apply(Command::Action(Action::ToggleEdit));
    h.run();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let combo = h.get_by_value("Una semana").rect();
    assert!(window.contains_rect(combo), "the \"Leer:\" choice at {combo:?} runs off the window");
    for label in ["Semana anterior", "Guardar", "Deshacer", "Rehacer", "Buscar en todas las semanas…", "Leer:"] {
        let rect = h.get_by_label_contains(label).rect();
        assert!(window.contains_rect(rect), "{label:?} at {rect:?} runs off the window");
    }
}
