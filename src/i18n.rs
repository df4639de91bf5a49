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

/// The languages, by code, with each one's own name.
pub const LANGUAGES: &[(&str, &str)] =
    &[("en-US", "English"), ("ko", "한국어"), ("es", "Español"), ("zh-CN", "中文（简体）"), ("zh-TW", "中文（繁體）")];

thread_local! {
    static CURRENT: RefCell<(String, FluentLanguageLoader)> = RefCell::new(loader_for("en-US"));
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
    let language = wanted.split('-').next().unwrap_or("");
    match language {
        "en" => Some("en-US"),
        "ko" => Some("ko"),
        "es" => Some("es"),
        "zh" if ["hant", "tw", "hk", "mo"].iter().any(|t| wanted.split('-').any(|p| p == *t)) => Some("zh-TW"),
        "zh" => Some("zh-CN"),
        _ => None,
    }
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
    let before = CURRENT.with(|c| std::mem::replace(&mut *c.borrow_mut(), loader_for(code)));
    let result = f();
    CURRENT.with(|c| *c.borrow_mut() = before);
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
    fn system_language_names_are_read_as_a_person_means_them() {
        assert_eq!(supported("ko_KR.UTF-8"), Some("ko"));
        assert_eq!(supported("es-MX"), Some("es"));
        assert_eq!(supported("zh-Hant-HK"), Some("zh-TW"));
        assert_eq!(supported("zh_TW"), Some("zh-TW"));
        assert_eq!(supported("zh-Hans"), Some("zh-CN"));
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
