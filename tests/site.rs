//! The church website and its feed (`prayer-bulletin site`, File → Publish website…): built from the
//! demo library, every page valid HTML, every link found, the feed an Atom feed with one entry per
//! week, and nothing that is not for the public anywhere in the folder.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use prayer_bulletin::export::site::{SiteOptions, publish};
use prayer_bulletin::library::Library;

/// The day the demo library's site is made as of: its newest week is the week before, so its
/// personal paragraphs are still public and older ones have aged out.
const AS_OF: &str = "2026-11-20";

fn as_of() -> chrono::NaiveDate {
    AS_OF.parse().unwrap()
}

/// Every file of a folder, by its path.
fn files_of(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_of(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The demo library with one week turned back into a draft, and its site.
fn published() -> (tempfile::TempDir, tempfile::TempDir, Library) {
    let library_dir = common::sample_copy();
    let draft = library_dir.path().join("bulletins/2026-11-07.ron");
    let text = std::fs::read_to_string(&draft).unwrap();
    std::fs::write(&draft, text.replacen("  date:", "  state: Draft,\n  date:", 1)).unwrap();
    let library = Library::load(library_dir.path()).unwrap();
    assert_eq!(
        library.entry("2026-11-07").unwrap().bulletin.state,
        prayer_bulletin::model::ReviewState::Draft,
        "the draft is read as one"
    );
    let out = tempfile::tempdir().unwrap();
    let options = SiteOptions { as_of: Some(as_of()), base_url: None };
    publish(&library, &out.path().join("site"), &options).unwrap();
    (library_dir, out, library)
}

/// The longest stretch of a text made of letters, digits and spaces only (what any file format
/// writes as it is): if a paragraph is anywhere in the site, this is.
fn telltale(text: &str) -> String {
    text.split(|c: char| !(c.is_alphanumeric() || c == ' '))
        .max_by_key(|s| s.chars().count())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

#[test]
fn nothing_sensitive_aged_or_draft_is_anywhere_in_the_site() {
    let (_library_dir, out, library) = published();
    let site = out.path().join("site");
    let everything: String = files_of(&site).iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let context = prayer_bulletin::export::Context {
        as_of: Some(as_of()),
        ..prayer_bulletin::export::Context::of_library(&library)
    };
    let hidden_of = |b: &prayer_bulletin::model::Bulletin, item: &prayer_bulletin::model::Item| {
        b.state == prayer_bulletin::model::ReviewState::Draft
            || item.sensitive
            || (item.personal && !context.personal_is_public(b.date))
    };
    let paragraphs = || {
        library
            .entries
            .iter()
            .flat_map(|e| e.bulletin.sections.iter().flat_map(move |s| s.items.iter().map(move |i| (&e.bulletin, i))))
    };
    // A paragraph also in a week the public may read (a standing paragraph a draft carries too) is public.
    let public: std::collections::HashSet<&str> =
        paragraphs().filter(|(b, i)| !hidden_of(b, i)).map(|(_, i)| i.text.as_str()).collect();
    let (mut withheld, mut shown) = (0, 0);
    for (b, item) in paragraphs() {
        let words = telltale(&item.text);
        assert!(words.chars().count() >= 20, "a telltale long enough to be sure: {words:?}");
        if hidden_of(b, item) && !public.contains(item.text.as_str()) {
            withheld += 1;
            assert!(!everything.contains(&words), "not for the public, yet on the site: {words:?}");
        } else {
            shown += 1;
            assert!(everything.contains(&words), "public, yet not on the site: {words:?}");
        }
    }
    assert!(withheld >= 5, "the demo has sensitive, aged personal and draft paragraphs to leave out: {withheld}");
    assert!(shown >= 10, "and public ones to show: {shown}");
    assert!(!everything.contains("2026-11-07"), "the draft week has no page and no link");
}

#[test]
fn the_pages_link_to_each_other_and_the_feed_has_a_week_per_entry() {
    let (_library_dir, out, library) = published();
    let site = out.path().join("site");
    let weeks = files_of(&site.join("weeks"));
    let public_weeks =
        library.entries.iter().filter(|e| e.bulletin.state != prayer_bulletin::model::ReviewState::Draft).count();
    assert_eq!(weeks.len(), public_weeks, "a page per week that is ready or sent");
    assert!(
        site.join("index.html").exists() && site.join("answered.html").exists() && site.join("search.html").exists()
    );
    assert!(files_of(&site.join("regions")).len() >= 4, "a page per region");
    // Every relative link of every page leads to a file of the site.
    let href = regex::Regex::new(r##"(?:href|src)="([^"#?]+)""##).unwrap();
    let mut links = 0;
    for page in files_of(&site).into_iter().filter(|p| p.extension().is_some_and(|e| e == "html")) {
        let html = std::fs::read_to_string(&page).unwrap();
        for found in href.captures_iter(&html) {
            let target = &found[1];
            assert!(
                !target.contains("://") && !target.starts_with('/'),
                "{}: {target} is not relative",
                page.display()
            );
            assert!(page.parent().unwrap().join(target).exists(), "{}: {target} leads nowhere", page.display());
            links += 1;
        }
    }
    assert!(links > 100, "{links} links followed");
    // The feed: Atom, read back by the feed crate's own parser, newest week first.
    let feed_text = std::fs::read(site.join("feed.xml")).unwrap();
    let feed = atom_syndication::Feed::read_from(&feed_text[..]).expect("feed.xml is an Atom feed");
    assert_eq!(feed.title().as_str(), library.settings.name);
    assert_eq!(feed.entries().len(), public_weeks);
    let first = &feed.entries()[0];
    assert!(first.links()[0].href().starts_with("weeks/2026-11-14"), "{}", first.links()[0].href());
    assert!(first.content().and_then(|c| c.value()).is_some_and(|v| v.contains("Latin America")));
}

/// Turns every week of a library back into a draft but `keep`.
fn drafts_but(library_dir: &Path, keep: &[&str]) {
    for file in std::fs::read_dir(library_dir.join("bulletins")).unwrap() {
        let file = file.unwrap().path();
        if keep.iter().any(|k| file.file_stem().is_some_and(|s| s == *k)) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap().replace("  state: Ready,\n", "");
        std::fs::write(&file, text.replacen("  title:", "  state: Draft,\n  title:", 1)).unwrap();
    }
}

#[test]
fn a_folder_with_other_files_inside_the_library_or_holding_it_is_refused() {
    let library_dir = common::sample_copy();
    let library = Library::load(library_dir.path()).unwrap();
    let options = SiteOptions { as_of: Some(as_of()), base_url: None };
    let inside = publish(&library, &library_dir.path().join("site"), &options).unwrap_err();
    assert!(inside.to_string().contains("inside the library"), "{inside}");
    let holding = publish(&library, library_dir.path().parent().unwrap(), &options).unwrap_err();
    assert!(holding.to_string().contains("library is inside"), "{holding}");
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("thesis.docx"), "mine").unwrap();
    let taken = publish(&library, out.path(), &options).unwrap_err();
    assert!(taken.to_string().contains("other files"), "{taken}");
    assert_eq!(std::fs::read_to_string(out.path().join("thesis.docx")).unwrap(), "mine", "nothing touched");
}

/// Publishing again brings the site up to date in place: a week taken back as a draft loses its
/// page (through a link to the folder too), files the church keeps there (a `.git`, a `CNAME`) stay,
/// a folder named with `.` is the folder it names, and a library of drafts only leaves an empty site.
#[test]
fn publishing_again_takes_down_what_is_no_longer_public_and_leaves_the_churchs_own_files() {
    let library_dir = common::sample_copy();
    let options = SiteOptions { as_of: Some(as_of()), base_url: None };
    let out = tempfile::tempdir().unwrap();
    let real = out.path().join("real");
    // Through `real/.`: the folder `real` itself (never a folder made inside it).
    std::fs::create_dir(&real).unwrap();
    publish(&Library::load(library_dir.path()).unwrap(), &real.join("."), &options).unwrap();
    assert!(real.join("weeks/2026-11-14.html").exists());
    std::fs::create_dir(real.join(".git")).unwrap();
    std::fs::write(real.join(".git/config"), "[core]").unwrap();
    std::fs::write(real.join("CNAME"), "prayer.example.org").unwrap();
    // Through a link to it, after the newest week went back to being a draft.
    #[cfg(unix)]
    let target = {
        let link = out.path().join("link");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        link
    };
    #[cfg(not(unix))]
    let target = real.clone();
    drafts_but(library_dir.path(), &["2026-11-07", "2026-10-31"]);
    let again = publish(&Library::load(library_dir.path()).unwrap(), &target, &options).unwrap();
    assert_eq!(again.weeks, 2);
    assert!(!real.join("weeks/2026-11-14.html").exists(), "the draft's page is taken down");
    assert!(real.join("weeks/2026-11-07.html").exists());
    assert_eq!(std::fs::read_to_string(real.join("CNAME")).unwrap(), "prayer.example.org");
    assert!(real.join(".git/config").exists(), "the church's own files stay");
    // Every week a draft: an empty site, not an error.
    drafts_but(library_dir.path(), &[]);
    let empty = publish(&Library::load(library_dir.path()).unwrap(), &target, &options).unwrap();
    assert_eq!(empty.weeks, 0);
    assert!(!real.join("weeks").exists(), "no week's page is left");
    assert!(std::fs::read_to_string(real.join("index.html")).unwrap().contains("No bulletin has been published yet."));
}

#[test]
fn the_command_line_publishes_the_site_and_says_where() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("public");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_prayer-bulletin"))
        .args(["site"])
        .arg(common::sample_data())
        .arg("-o")
        .arg(&site)
        .args(["--as-of", AS_OF, "--base-url", "https://example.org/prayer"])
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(String::from_utf8_lossy(&run.stdout).trim(), site.display().to_string());
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("published 10 weeks"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let feed = std::fs::read_to_string(site.join("feed.xml")).unwrap();
    assert!(feed.contains("https://example.org/prayer/weeks/2026-11-14.html"), "the feed's links are absolute");
}

/// The pages pass a real HTML validator (`html-validate`, its recommended rules). CI installs it
/// with npm; where it is absent the test says so and passes.
#[test]
fn every_page_is_valid_html() {
    let Some(validator) = common::tool(&["html-validate"], "HTML_VALIDATE") else {
        eprintln!("skipped: html-validate is not installed (npm install -g html-validate)");
        return;
    };
    let (_library_dir, out, _) = published();
    let site = out.path().join("site");
    let pages: Vec<PathBuf> =
        files_of(&site).into_iter().filter(|p| p.extension().is_some_and(|e| e == "html")).collect();
    let run = std::process::Command::new(validator).args(&pages).output().unwrap();
    assert!(run.status.success(), "{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
}

/// In a real browser (headless Chromium): the index links to a week, the week to its region, and
/// the search page, run from the disk, finds a paragraph by a word typed without its accent. Where
/// no Chromium is installed the test says so and passes.
#[test]
fn a_browser_follows_the_links_and_runs_the_search() {
    let Some(browser) = common::tool(&["chromium", "chromium-browser", "google-chrome"], "CHROMIUM") else {
        eprintln!("skipped: no Chromium is installed (apt-get install chromium)");
        return;
    };
    let (_library_dir, out, _) = published();
    let site = out.path().join("site");
    // Each page in a fresh profile, its DOM written to a file; a browser that hangs is stopped after
    // a minute and a crash is reported as one.
    let profile = tempfile::tempdir().unwrap();
    let dom = |url: &str| -> String {
        let dumped = profile.path().join("dom.html");
        let mut child = std::process::Command::new(&browser)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
            .arg(format!("--user-data-dir={}", profile.path().join("profile").display()))
            .args(["--virtual-time-budget=3000", "--dump-dom", url])
            .stdout(std::fs::File::create(&dumped).unwrap())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > std::time::Duration::from_secs(60) {
                let _stopped = child.kill();
                panic!("Chromium did not finish {url} in a minute");
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        assert!(status.success(), "Chromium failed on {url}: {status}");
        std::fs::read_to_string(&dumped).unwrap()
    };
    let url = |path: &Path| format!("file://{}", path.display());
    let first_link = |html: &str, prefix: &str| -> String {
        let at = html.find(&format!("href=\"{prefix}")).unwrap_or_else(|| panic!("a link to {prefix}: {html}"));
        let rest = &html[at + 6..];
        rest[..rest.find('"').unwrap()].to_owned()
    };
    let index = dom(&url(&site.join("index.html")));
    let week = site.join(first_link(&index, "weeks/"));
    let week_dom = dom(&url(&week));
    assert!(week_dom.contains("<h1>Praise God for new partners in Guatemala</h1>"), "{week_dom}");
    let region = week.parent().unwrap().join(first_link(&week_dom, "../regions/"));
    let region_dom = dom(&url(&region));
    assert!(region_dom.contains("every week"), "{region_dom}");
    // The search runs in the page: "quetzaltenango" finds the paragraph, typed without accents, and
    // "andres" finds "Andrés".
    let search = dom(&format!("{}?q=andres+quetzaltenango", url(&site.join("search.html"))));
    assert!(search.contains("<li><a href=\"weeks/2026-11-14.html\">"), "the match and its week: {search}");
    assert!(search.contains(">1 match<"), "the count said: {search}");
}

/// File → Publish website… in the real window: the menu item is on the screen, publishing writes
/// the site, says so and what it left out, and remembers the folder for next time.
#[test]
fn the_app_publishes_the_website_from_the_file_menu() {
    use egui_kittest::kittest::Queryable as _;
    let library = common::sample_copy();
    let mut h = common::harness_on(library.path());
    h.get_by_label("File").click();
    h.run();
    let item = h.get_by_label("Publish website…");
    assert!(h.ctx.content_rect().contains_rect(item.rect()), "the menu item is on the screen");
    h.key_press(egui::Key::Escape);
    h.run();
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("church-site");
    h.state_mut().push(prayer_bulletin::app::Command::PublishSite(site.clone()));
    h.run();
    assert!(site.join("index.html").exists() && site.join("feed.xml").exists());
    let message = h.state().message().unwrap();
    assert!(message.starts_with("Published 10 weeks as a website in"), "{message}");
    assert!(message.contains("Left out as not for sharing"), "it says what it left out: {message}");
    assert_eq!(h.state().settings.site_folder.as_deref(), Some(site.as_path()), "the folder is remembered");
}

/// Clicked through in a real browser as a person on a phone would (headless Chromium driven by
/// puppeteer-core, `tests/browser/site.cjs`): the index's first week, that week's first region, the
/// search from the page's header with a word typed without its accent, and the match opening its
/// week. Where Node, puppeteer-core or Chromium is absent the test says so and passes.
#[test]
fn a_person_clicks_from_the_index_to_a_week_to_a_region_and_searches() {
    let (Some(browser), Some(node)) =
        (common::tool(&["chromium", "chromium-browser", "google-chrome"], "CHROMIUM"), common::tool(&["node"], "NODE"))
    else {
        eprintln!("skipped: Chromium or Node is not installed");
        return;
    };
    // Where npm puts what is installed with --global (puppeteer-core).
    let modules = std::process::Command::new("npm")
        .args(["root", "--global"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    if !Path::new(&modules).join("puppeteer-core").is_dir() {
        eprintln!("skipped: puppeteer-core is not installed (npm install --global puppeteer-core)");
        return;
    }
    let (_library_dir, out, _) = published();
    let site = out.path().join("site");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/site.cjs");
    let run = std::process::Command::new(node)
        .arg(script)
        .arg(&browser)
        .arg(&site)
        .env("NODE_PATH", &modules)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let seen: serde_json::Value = serde_json::from_slice(&run.stdout).expect("what the browser saw");
    assert_eq!(seen["week"], "Praise God for new partners in Guatemala", "{seen}");
    assert_eq!(seen["region"], "Africa & Europe, every week", "{seen}");
    assert_eq!(seen["count"], "1 match", "\"andres\" finds Andrés: {seen}");
    assert_eq!(seen["results"][0], "weeks/2026-11-14.html", "{seen}");
    assert!(seen["opened"].as_str().unwrap().ends_with("/weeks/2026-11-14.html"), "{seen}");
}
