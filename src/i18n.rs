//! The interface and the handouts' fixed words in the coordinator's language: English, Korean,
//! Spanish and Chinese (simplified and traditional), from Fluent files in `i18n/<language>/`
//! embedded in the program. `tr!("key")` gives a text in the language chosen for this thread (the
//! window's thread: the setting, or the system's language); keys are checked at compile time
//! against the English file, and `tests/i18n.rs` checks every language has every key.
//!
//! A handout is written in its bulletin's language ([`in_language`]), whatever the window's is.

use std::cell::RefCell;

use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Translations;

/// Every language folder's file called `name` (`reading.ron`), as (folder, text).
pub fn files_named(name: &str) -> Vec<(String, String)> {
    Translations::iter()
        .filter_map(|path| {
            let (folder, file) = path.split_once('/')?;
            (file == name).then(|| (folder.to_owned(), path.to_string()))
        })
        .filter_map(|(folder, path)| {
            let file = Translations::get(&path)?;
            Some((folder, String::from_utf8_lossy(&file.data).into_owned()))
        })
        .collect()
}

/// The interface's languages, by folder ("en-US", "es", "ko", "zh-CN", "zh-TW"): every folder of
/// `i18n/` with a `prayer_bulletin.ftl`, English first. Adding a language is adding its folder.
pub fn languages() -> &'static [&'static str] {
    static CODES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CODES.get_or_init(|| {
        let mut codes: Vec<&'static str> = Translations::iter()
            .filter_map(|path| {
                let (folder, file) = path.split_once('/')?;
                (file == DOMAIN_FILE).then(|| &*Box::leak(folder.to_owned().into_boxed_str()))
            })
            .collect();
        codes.sort_by_key(|c| (*c != "en-US", *c));
        codes
    })
}

/// A language's name for itself ("한국어"), from its folder's `reading.ron`; the code when it has none.
pub fn language_name(code: &str) -> String {
    crate::language_data::all()
        .languages
        .iter()
        .find(|(c, r)| c == code && !r.name.is_empty())
        .map_or_else(|| code.to_owned(), |(_, r)| r.name.clone())
}

/// The interface's file in each language's folder.
const DOMAIN_FILE: &str = "prayer_bulletin.ftl";

thread_local! {
    static CURRENT: RefCell<(String, FluentLanguageLoader)> = RefCell::new(loader_for("en-US"));
    /// Languages used for handouts on this thread, kept for the next one.
    static SPARE: RefCell<std::collections::HashMap<String, FluentLanguageLoader>> = RefCell::new(std::collections::HashMap::new());
}

/// A loader for `code` (with English behind it for any key it lacks). Only that language's file is
/// read and parsed: the window's start does not pay for the other four.
fn loader_for(code: &str) -> (String, FluentLanguageLoader) {
    let code = supported(code).unwrap_or("en-US");
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let loader: FluentLanguageLoader = fluent_language_loader!();
    if let Err(e) = loader.load_languages(&Translations, &[id]) {
        log::error!("the interface's translations for {code} could not be read: {e}");
    }
    // No Unicode isolation marks around arguments: they show as boxes in some fonts.
    loader.set_use_isolating(false);
    (code.to_owned(), loader)
}

/// The language of ours that `wanted` asks for ("ko", "ko-KR", "es_MX.UTF-8", "zh-Hant", "zh_TW"),
/// if any: by language, and for Chinese by script or region.
pub fn supported(wanted: &str) -> Option<&'static str> {
    let wanted = wanted.split(['.', '@']).next().unwrap_or("").replace('_', "-").to_lowercase();
    let mut parts = wanted.split('-');
    let language = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    let candidates: Vec<&'static str> = languages()
        .iter()
        .copied()
        .filter(|code| code.split('-').next().is_some_and(|l| l.eq_ignore_ascii_case(language)))
        .collect();
    // Among several of one language (Chinese), the one whose region the wanted region or script
    // names: Hant is written in Taiwan, Hong Kong and Macau, Hans in China and Singapore.
    let regions_of = |part: &str| -> &'static [&'static str] {
        match part {
            "hant" => &["tw", "hk", "mo"],
            // Singapore and Malaysia write the simplified script too.
            "hans" | "sg" | "my" => &["cn", "sg"],
            _ => &[],
        }
    };
    let region = |code: &str| code.split('-').nth(1).map(str::to_lowercase);
    let named = candidates
        .iter()
        .copied()
        .find(|code| region(code).is_some_and(|r| rest.iter().any(|p| *p == r || regions_of(p).contains(&r.as_str()))));
    let hant_near = candidates.iter().copied().find(|code| {
        rest.iter().any(|p| ["hk", "mo"].contains(p))
            && region(code).is_some_and(|r| regions_of("hant").contains(&r.as_str()))
    });
    named.or(hant_near).or_else(|| candidates.first().copied())
}

/// The system's language, if it is one of ours.
pub fn system_language() -> Option<&'static str> {
    i18n_embed::DesktopLanguageRequester::requested_languages().iter().find_map(|l| supported(&l.to_string()))
}

/// Uses `code` (or, with `None`, the system's language, else English) on this thread from now on.
/// Returns the language used.
pub fn use_language(code: Option<&str>) -> &'static str {
    let chosen = code.and_then(supported).or_else(system_language).unwrap_or("en-US");
    CURRENT.with(|c| {
        if c.borrow().0 != chosen {
            *c.borrow_mut() = loader_for(chosen);
        }
    });
    chosen
}

/// The language in use on this thread.
pub fn current() -> String {
    CURRENT.with(|c| c.borrow().0.clone())
}

/// Runs `f` with this thread's loader (what `tr!` expands to).
pub fn with<R>(f: impl FnOnce(&FluentLanguageLoader) -> R) -> R {
    CURRENT.with(|c| f(&c.borrow().1))
}

/// Runs `f` with `code` as this thread's language (a handout in its bulletin's language), then
/// goes back to the language before.
pub fn in_language<R>(code: Option<&str>, f: impl FnOnce() -> R) -> R {
    let Some(code) = code.and_then(supported) else { return f() };
    if CURRENT.with(|c| c.borrow().0 == code) {
        return f();
    }
    // A language used for a handout before is kept for the next one (each is read and parsed once
    // per thread, not once per handout).
    let loader = SPARE
        .with(|s| s.borrow_mut().remove(code))
        .map_or_else(|| loader_for(code), |loader| (code.to_owned(), loader));
    let before = CURRENT.with(|c| std::mem::replace(&mut *c.borrow_mut(), loader));
    let result = f();
    let (used, loader) = CURRENT.with(|c| std::mem::replace(&mut *c.borrow_mut(), before));
    SPARE.with(|s| s.borrow_mut().insert(used, loader));
    result
}

/// chrono's locale for this thread's language (month and weekday names in dates).
pub fn chrono_locale() -> chrono::Locale {
    match current().as_str() {
        "ko" => chrono::Locale::ko_KR,
        "es" => chrono::Locale::es_ES,
        "zh-CN" => chrono::Locale::zh_CN,
        "zh-TW" => chrono::Locale::zh_TW,
        _ => chrono::Locale::en_US,
    }
}

/// Every key of the language `code`'s file, and the file's text (for the test that no language
/// lacks a key).
pub fn keys_of(code: &str) -> Vec<String> {
    let Some(file) = Translations::get(&format!("{code}/prayer_bulletin.ftl")) else { return Vec::new() };
    String::from_utf8_lossy(&file.data)
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

/// A text of the interface in this thread's language, checked against `i18n/en-US` at compile
/// time: `tr!("menu-file")`, `tr!("saved", path = p)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::with(|loader| i18n_embed_fl::fl!(loader, $id))
    };
    ($id:literal, $($args:tt)*) => {
        $crate::i18n::with(|loader| i18n_embed_fl::fl!(loader, $id, $($args)*))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handouts_language_is_kept_for_the_next_one_and_the_windows_comes_back() {
        use_language(Some("es"));
        let first = in_language(Some("ko"), || crate::tr!("kind-praise"));
        assert!(SPARE.with(|s| s.borrow().contains_key("ko")), "Korean kept for the next handout");
        let again = in_language(Some("ko"), || crate::tr!("kind-praise"));
        assert_eq!((first.as_str(), again.as_str()), ("감사", "감사"));
        assert_eq!(current(), "es", "the window's language is back");
        assert_eq!(crate::tr!("kind-praise"), in_language(Some("es"), || crate::tr!("kind-praise")));
    }

    #[test]
    fn system_language_names_are_read_as_a_person_means_them() {
        assert_eq!(supported("ko_KR.UTF-8"), Some("ko"));
        assert_eq!(supported("es-MX"), Some("es"));
        assert_eq!(supported("zh-Hant-HK"), Some("zh-TW"));
        assert_eq!(supported("zh_TW"), Some("zh-TW"));
        assert_eq!(supported("zh-Hans"), Some("zh-CN"));
        assert_eq!(supported("zh_SG.UTF-8"), Some("zh-CN"));
        assert_eq!(supported("zh_HK.UTF-8"), Some("zh-TW"));
        assert_eq!(supported("zh_MO"), Some("zh-TW"));
        assert_eq!(supported("fr-FR"), None);
    }

    #[test]
    fn a_handout_in_its_own_language_leaves_the_window_in_its() {
        use_language(Some("es"));
        assert_eq!(tr!("menu-file"), "Archivo");
        let inside = in_language(Some("ko"), || tr!("menu-file"));
        assert_eq!(inside, "파일");
        assert_eq!(tr!("menu-file"), "Archivo");
        use_language(Some("en-US"));
        assert_eq!(tr!("menu-file"), "File");
    }
}
