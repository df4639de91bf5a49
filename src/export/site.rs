//! A static website of the library's public bulletins, for a church's site: an index by month, a
//! page per week, a page per region across the weeks, the answered prayers, a search that works in
//! the browser with no server (and from a disk), and an Atom feed with one entry per week.
//!
//! Everything on it goes through the one audience filter ([`super::Prepared`], public): no draft,
//! no sensitive paragraph, no personal paragraph past the library's weeks, as of the day it is
//! made. Links are relative, so the folder works on any host or opened from a disk.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::html::escape;
use super::{Audience, Context, ExportError, Prepared};
use crate::entry::Entry;
use crate::library::Library;
use crate::model::{Bulletin, Item};

/// The file that marks a folder as a site this program wrote (so publishing again may replace it).
pub const MARKER: &str = ".prayer-bulletin-site";

/// What publishing wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    /// The folder.
    pub dir: PathBuf,
    /// The weeks on the site.
    pub weeks: usize,
    /// The files written.
    pub files: usize,
    /// What the public filter left out: paragraphs, and regions left with none.
    pub left_out: (usize, Vec<String>),
}

/// How the site is made.
#[derive(Clone, Debug, Default)]
pub struct SiteOptions {
    /// The day it is made as of (personal paragraphs age by it); `None`: today.
    pub as_of: Option<NaiveDate>,
    /// The address the site will be at ("https://example.org/prayer/"), for the feed's links; `None`:
    /// links relative to the feed.
    pub base_url: Option<String>,
}

/// One week as the site shows it.
struct Week {
    stem: String,
    bulletin: Bulletin,
}

/// Writes the site of `library`'s public bulletins into `out` (made if absent). A folder this
/// program published to before is brought up to date in place: each of its files replaced whole,
/// the files it wrote last time and no longer needs removed, anything else left alone (a `.git` the
/// church pushes the site with). A folder holding other files, inside the library or holding it,
/// is refused.
pub fn publish(library: &Library, out: &Path, options: &SiteOptions) -> Result<Published, ExportError> {
    let out = resolved(out)?;
    check_folder(&out, &library.dir)?;
    let context = Context { as_of: options.as_of, ..Context::of_library(library) };
    if let Some(why) = &context.rule_unreadable {
        return Err(ExportError::RuleUnreadable(why.clone()));
    }
    // The weeks that may go out (ready or sent), each with its file's name in the library (two
    // bulletins of one date have two names).
    let chosen: Vec<&Entry> =
        library.entries.iter().filter(|e| super::select::may_go_to(&e.bulletin, Audience::Public, false)).collect();
    let bulletins: Vec<&Bulletin> = chosen.iter().map(|e| &e.bulletin).collect();
    let left_out = super::left_out(&bulletins, &context);
    let prepared = Prepared::new(&bulletins, Audience::Public, &context);
    let weeks: Vec<Week> = chosen
        .iter()
        .zip(prepared.bulletins())
        .map(|(entry, b)| Week { stem: entry.stem.clone(), bulletin: b.clone().into_owned() })
        .filter(|w| w.bulletin.sections.iter().any(|s| !s.items.is_empty()) || !w.bulletin.title.is_empty())
        .collect();
    let files = crate::i18n::in_language(library.settings.language.as_deref(), || {
        pages(library, &weeks, options.base_url.as_deref())
    })?;
    write_in_place(&out, &files)?;
    Ok(Published { dir: out, weeks: weeks.len(), files: files.len(), left_out })
}

/// `path` made absolute, with `.`, `..` and links resolved as far as it exists (a folder not made
/// yet is named by its resolved parent and its own name).
fn resolved(path: &Path) -> Result<PathBuf, ExportError> {
    let unusable = |reason: String| ExportError::NotMade { path: path.to_owned(), reason };
    let absolute = if path.is_absolute() {
        path.to_owned()
    } else {
        std::env::current_dir().map_err(|e| unusable(e.to_string()))?.join(path)
    };
    let mut existing = absolute.clone();
    let mut missing = Vec::new();
    while !existing.exists() {
        let Some(name) = existing.file_name() else {
            return Err(unusable("give the name of a folder".to_owned()));
        };
        missing.push(name.to_owned());
        if !existing.pop() {
            break;
        }
    }
    let mut out = std::fs::canonicalize(&existing).map_err(|e| unusable(e.to_string()))?;
    for name in missing.iter().rev() {
        if name == ".." || name == "." {
            return Err(unusable("give the name of a folder".to_owned()));
        }
        out.push(name);
    }
    Ok(out)
}

/// Refuses a folder inside the library (its own files would be overwritten), one the library is in,
/// a file, and a folder that holds files this program did not publish.
fn check_folder(out: &Path, library: &Path) -> Result<(), ExportError> {
    let library = std::fs::canonicalize(library).unwrap_or_else(|_| library.to_owned());
    let refuse = |why: String| Err(ExportError::Unavailable(why));
    if out.starts_with(&library) {
        return refuse(format!("{} is inside the library; choose a folder outside it", out.display()));
    }
    if library.starts_with(out) {
        return refuse(format!("the library is inside {}; choose a folder of its own for the website", out.display()));
    }
    if out.is_file() {
        return refuse(format!("{} is a file, not a folder", out.display()));
    }
    let has_files = std::fs::read_dir(out).is_ok_and(|mut d| d.next().is_some());
    if has_files && !out.join(MARKER).exists() {
        return refuse(format!(
            "{} already holds other files; choose an empty folder (or one a website was published to before)",
            out.display()
        ));
    }
    Ok(())
}

/// Writes the files into `out`, each replaced whole (a visitor never sees half a page), removes the
/// files the last publishing wrote that are not wanted now, and lists what was written in the marker.
fn write_in_place(out: &Path, files: &BTreeMap<String, String>) -> Result<(), ExportError> {
    let failed =
        |path: &Path, e: &dyn std::fmt::Display| ExportError::NotMade { path: path.to_owned(), reason: e.to_string() };
    std::fs::create_dir_all(out).map_err(|e| failed(out, &e))?;
    let before = written_before(out);
    for (name, text) in files.iter().filter(|(name, _)| name.as_str() != MARKER) {
        let path = out.join(name);
        crate::library::write_atomically(&path, text.as_bytes()).map_err(|e| failed(&path, &e))?;
    }
    for name in before.iter().filter(|n| !files.contains_key(n.as_str())) {
        let path = out.join(name);
        match std::fs::remove_file(&path) {
            Ok(()) => {
                // A folder the site no longer uses goes too, when nothing else is in it.
                if let Some(dir) = path.parent().filter(|d| *d != out) {
                    let _kept_when_not_empty: std::io::Result<()> = std::fs::remove_dir(dir);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(failed(&path, &e)),
        }
    }
    let mut marker = String::from("A website published by Prayer Bulletin: publishing again replaces these files.\n");
    for name in files.keys().filter(|n| n.as_str() != MARKER) {
        marker.push_str(name);
        marker.push('\n');
    }
    let path = out.join(MARKER);
    crate::library::write_atomically(&path, marker.as_bytes()).map_err(|e| failed(&path, &e))
}

/// The files the last publishing wrote, from the marker: relative paths only, never out of the folder.
fn written_before(out: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(out.join(MARKER)) else { return Vec::new() };
    text.lines()
        .skip(1)
        .filter(|line| {
            let path = Path::new(line);
            !line.is_empty()
                && path.components().all(|c| matches!(c, std::path::Component::Normal(_)))
                && path
                    .extension()
                    .is_some_and(|e| ["html", "css", "js", "xml"].contains(&e.to_string_lossy().as_ref()))
        })
        .map(str::to_owned)
        .collect()
}

/// Every file of the site, by its path in the folder.
fn pages(library: &Library, weeks: &[Week], base_url: Option<&str>) -> Result<BTreeMap<String, String>, ExportError> {
    let name = &library.settings.name;
    let mut files = BTreeMap::new();
    files.insert("style.css".to_owned(), STYLE.to_owned());
    files.insert("search.js".to_owned(), SEARCH_SCRIPT.to_owned());
    files.insert("search-index.js".to_owned(), search_index(weeks));
    let regions = regions_of(library, weeks);
    let slugs = region_slugs(&regions);
    files.insert("index.html".to_owned(), index_page(name, weeks, &regions, &slugs));
    files.insert("search.html".to_owned(), search_page(name));
    for (i, week) in weeks.iter().enumerate() {
        let newer = i.checked_sub(1).and_then(|n| weeks.get(n));
        let older = weeks.get(i + 1);
        files.insert(format!("weeks/{}.html", week.stem), week_page(name, week, (newer, older), &slugs));
    }
    for region in &regions {
        files.insert(format!("regions/{}.html", slugs[region]), region_page(name, region, weeks));
    }
    files.insert("answered.html".to_owned(), answered_page(name, weeks));
    files.insert("feed.xml".to_owned(), feed(library, weeks, base_url)?);
    Ok(files)
}

/// The regions on the site, in the library's order, then any others the weeks have.
fn regions_of(library: &Library, weeks: &[Week]) -> Vec<String> {
    let mut regions: Vec<String> = Vec::new();
    let used = |r: &str| weeks.iter().any(|w| w.bulletin.sections.iter().any(|s| s.region == r && !s.items.is_empty()));
    for r in library.settings.regions.iter().map(|r| r.name.clone()) {
        if used(&r) && !regions.contains(&r) {
            regions.push(r);
        }
    }
    for w in weeks {
        for s in &w.bulletin.sections {
            if !s.items.is_empty() && !regions.contains(&s.region) {
                regions.push(s.region.clone());
            }
        }
    }
    regions
}

/// Each region's file name, unique even when two names make the same one ("Asia / Pacific" and
/// "Asia Pacific"): the later ones get "-2", "-3".
fn region_slugs(regions: &[String]) -> BTreeMap<String, String> {
    let mut taken = std::collections::HashSet::new();
    let mut out = BTreeMap::new();
    for region in regions {
        let base = slug(region);
        let mut name = base.clone();
        let mut n = 1;
        while !taken.insert(name.clone()) {
            n += 1;
            name = format!("{base}-{n}");
        }
        out.insert(region.clone(), name);
    }
    out
}

/// A file name for a region: the model's slug (ASCII, as every web host takes it), "region" for a
/// name it has no letters of (a Korean or Chinese name; [`region_slugs`] numbers those apart).
fn slug(text: &str) -> String {
    let slug = crate::model::slug(text);
    if slug.is_empty() { "region".to_owned() } else { slug }
}

/// A page: the shared head, the site's name linking home, the body, a footer.
fn page(site: &str, title: &str, depth: usize, body: &str) -> String {
    let up = "../".repeat(depth);
    let lang = crate::i18n::current();
    // The page's name, then the site's when both fit a browser's tab (70 characters).
    let full = format!("{title} \u{2014} {site}");
    let title = if full.chars().count() <= 70 { full } else { title.chars().take(70).collect() };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"{up}style.css\">\n\
         <link rel=\"alternate\" type=\"application/atom+xml\" title=\"{site}\" href=\"{up}feed.xml\">\n</head>\n\
         <body>\n<header><a class=\"site\" href=\"{up}index.html\">{site}</a>\n<nav aria-label=\"{site}\">\
         <a href=\"{up}index.html\">{weeks}</a> <a href=\"{up}answered.html\">{answered}</a> \
         <a href=\"{up}search.html\">{search}</a> <a href=\"{up}feed.xml\">{feed}</a></nav></header>\n\
         <main>\n{body}</main>\n</body>\n</html>\n",
        title = escape(&title),
        site = escape(site),
        weeks = escape(&crate::tr!("site-weeks")),
        answered = escape(&crate::tr!("site-answered")),
        search = escape(&crate::tr!("site-search")),
        feed = escape(&crate::tr!("site-feed")),
    )
}

fn index_page(site: &str, weeks: &[Week], regions: &[String], slugs: &BTreeMap<String, String>) -> String {
    let mut body = format!("<h1>{}</h1>\n", escape(site));
    if weeks.is_empty() {
        let _ = writeln!(body, "<p>{}</p>", escape(&crate::tr!("site-nothing-yet")));
    }
    let mut month = String::new();
    for week in weeks {
        let this = week.bulletin.date.map_or_else(|| crate::tr!("undated"), month_heading);
        if this != month {
            if !month.is_empty() {
                body.push_str("</ul>\n");
            }
            let _ = writeln!(body, "<h2>{}</h2>\n<ul class=\"weeks\">", escape(&this));
            month = this;
        }
        let _ = writeln!(
            body,
            "<li><a href=\"weeks/{}.html\"><span class=\"when\">{}</span> {}</a></li>",
            week.stem,
            escape(&week.bulletin.long_date()),
            escape(&week.bulletin.title)
        );
    }
    if !month.is_empty() {
        body.push_str("</ul>\n");
    }
    if !regions.is_empty() {
        let _ = writeln!(body, "<h2>{}</h2>\n<ul class=\"regions\">", escape(&crate::tr!("site-regions")));
        for region in regions {
            let _ = writeln!(body, "<li><a href=\"regions/{}.html\">{}</a></li>", slugs[region], escape(region));
        }
        body.push_str("</ul>\n");
    }
    page(site, &crate::tr!("site-weeks"), 0, &body)
}

fn month_heading(date: NaiveDate) -> String {
    date.format_localized(&crate::tr!("date-month"), crate::i18n::chrono_locale()).to_string()
}

/// A paragraph: its kind, then its words.
fn paragraph(item: &Item) -> String {
    format!("<p><span class=\"kind\">{}</span> {}</p>\n", escape(&item.kind.label()), escape(&item.text))
}

fn week_page(
    site: &str,
    week: &Week,
    (newer, older): (Option<&Week>, Option<&Week>),
    slugs: &BTreeMap<String, String>,
) -> String {
    let b = &week.bulletin;
    let mut body =
        format!("<article>\n<h1>{}</h1>\n<p class=\"date\">{}</p>\n", escape(&b.title), escape(&b.long_date()));
    if let Some(verse) = &b.verse {
        let _ = writeln!(
            body,
            "<blockquote><p>\u{201c}{}\u{201d}</p><footer>\u{2014} {}</footer></blockquote>",
            escape(&verse.text),
            escape(&verse.reference)
        );
    }
    for section in b.sections.iter().filter(|s| !s.items.is_empty()) {
        let _ = writeln!(
            body,
            "<section>\n<h2><a href=\"../regions/{}.html\">{}</a></h2>",
            slugs.get(&section.region).cloned().unwrap_or_else(|| slug(&section.region)),
            escape(&section.region)
        );
        for item in &section.items {
            body.push_str(&paragraph(item));
        }
        body.push_str("</section>\n");
    }
    if let Some(closing) = &b.closing {
        let _ = writeln!(body, "<p class=\"closing\">{}</p>", escape(closing));
    }
    let _ = write!(body, "</article>\n<nav class=\"pages\" aria-label=\"{}\">", escape(&crate::tr!("site-around")));
    if let Some(older) = older {
        let _ = write!(
            body,
            "<a rel=\"prev\" href=\"{}.html\">\u{2190} {}</a> ",
            older.stem,
            escape(&older.bulletin.long_date())
        );
    }
    if let Some(newer) = newer {
        let _ = write!(
            body,
            "<a rel=\"next\" href=\"{}.html\">{} \u{2192}</a>",
            newer.stem,
            escape(&newer.bulletin.long_date())
        );
    }
    body.push_str("</nav>\n");
    page(site, &b.long_date(), 1, &body)
}

fn region_page(site: &str, region: &str, weeks: &[Week]) -> String {
    let title = crate::tr!("site-region-weeks", region = region);
    let mut body = format!("<h1>{}</h1>\n", escape(&title));
    for week in weeks {
        let Some(section) = week.bulletin.sections.iter().find(|s| s.region == region && !s.items.is_empty()) else {
            continue;
        };
        let _ = writeln!(
            body,
            "<section>\n<h2><a href=\"../weeks/{}.html\">{}</a></h2>",
            week.stem,
            escape(&week.bulletin.long_date())
        );
        for item in &section.items {
            body.push_str(&paragraph(item));
        }
        body.push_str("</section>\n");
    }
    page(site, &title, 1, &body)
}

/// The answered prayers among the public weeks: each story from its request to the praise that
/// answered it (only paragraphs the public may see take part).
fn answered_page(site: &str, weeks: &[Week]) -> String {
    let entries: Vec<Entry> =
        weeks.iter().map(|w| Entry::new(w.stem.clone(), w.bulletin.clone(), Vec::new())).collect();
    let threads = crate::threads::Threads::new(&entries);
    let mut answered: Vec<&crate::threads::Thread> =
        threads.all().iter().filter(|t| t.status == crate::threads::Status::Answered).collect();
    answered.sort_by_key(|t| std::cmp::Reverse(t.last));
    let title = crate::tr!("site-answered");
    let mut body = format!("<h1>{}</h1>\n", escape(&title));
    if answered.is_empty() {
        let _ = writeln!(body, "<p>{}</p>", escape(&crate::tr!("site-none-answered")));
    }
    for thread in answered {
        let _ = writeln!(body, "<section class=\"story\">\n<h2>{}</h2>", escape(&thread.region));
        for at in &thread.items {
            let (Some(entry), Some((_, item))) = (entries.get(at.entry), at.get(&entries)) else { continue };
            let _ = writeln!(
                body,
                "<p><a class=\"when\" href=\"weeks/{}.html\">{}</a> <span class=\"kind\">{}</span> {}</p>",
                entry.stem,
                escape(&entry.bulletin.long_date()),
                escape(&item.kind.label()),
                escape(&item.text)
            );
        }
        body.push_str("</section>\n");
    }
    page(site, &title, 0, &body)
}

fn search_page(site: &str) -> String {
    let title = crate::tr!("site-search");
    let body = format!(
        "<h1>{title}</h1>\n<form id=\"search\" role=\"search\" action=\"search.html\">\
         <label for=\"q\">{words}</label> <input id=\"q\" name=\"q\" type=\"search\" autofocus> \
         <button type=\"submit\">{title}</button></form>\n\
         <p id=\"count\" data-none=\"{none}\" data-one=\"{one}\" data-some=\"{some}\"></p>\n<ol id=\"results\"></ol>\n\
         <script src=\"search-index.js\"></script>\n<script src=\"search.js\"></script>\n",
        title = escape(&title),
        words = escape(&crate::tr!("search-words")),
        none = escape(&crate::tr!("site-no-match")),
        one = escape(&crate::tr!("site-one-match")),
        some = escape(&crate::tr!("site-matches")),
    );
    page(site, &title, 0, &body)
}

/// The words of every public paragraph, for the search page: a script that sets one variable, so
/// it loads from a disk too (a browser will not fetch a file from a page opened from a disk).
fn search_index(weeks: &[Week]) -> String {
    let mut rows = Vec::new();
    for week in weeks {
        let b = &week.bulletin;
        let date = b.long_date();
        let mut add = |place: &str, text: &str| {
            rows.push(serde_json::json!({
                "u": format!("weeks/{}.html", week.stem),
                "d": date,
                "p": place,
                "t": text,
                "f": crate::search::fold(text),
            }));
        };
        add(&crate::tr!("role-headline"), &b.title);
        for section in &b.sections {
            for item in &section.items {
                add(&section.region, &item.text);
            }
        }
    }
    format!("var PRAYER_INDEX = {};\n", serde_json::Value::Array(rows))
}

/// The Atom feed: one entry per week, newest first, its content the week's public text.
fn feed(library: &Library, weeks: &[Week], base_url: Option<&str>) -> Result<String, ExportError> {
    use atom_syndication::{Content, Entry as AtomEntry, Feed, FixedDateTime, Link, Text};
    let base = base_url.map(|u| if u.ends_with('/') { u.to_owned() } else { format!("{u}/") }).unwrap_or_default();
    let when = |date: Option<NaiveDate>| -> FixedDateTime {
        // An undated week is given the start of 1970 (a feed needs a time; it sorts last).
        let day =
            date.or(NaiveDate::from_ymd_opt(1970, 1, 1)).unwrap_or_default().and_hms_opt(0, 0, 0).unwrap_or_default();
        FixedDateTime::from_naive_utc_and_offset(day, chrono::Offset::fix(&chrono::Utc))
    };
    let name = crate::model::slug(&library.settings.name);
    let id_base = format!("urn:prayer-bulletin:{}", if name.is_empty() { "library" } else { &name });
    let entries: Vec<AtomEntry> = weeks
        .iter()
        .map(|w| {
            let b = &w.bulletin;
            let mut html = String::new();
            for section in b.sections.iter().filter(|s| !s.items.is_empty()) {
                let _ = write!(html, "<h2>{}</h2>", escape(&section.region));
                for item in &section.items {
                    html.push_str(&paragraph(item));
                }
            }
            AtomEntry {
                id: format!("{id_base}:{}", w.stem),
                title: Text::plain(format!("{} \u{2014} {}", b.long_date(), b.title)),
                updated: when(b.sent_on.or(b.date)),
                links: vec![Link { href: format!("{base}weeks/{}.html", w.stem), ..Link::default() }],
                content: Some(Content {
                    value: Some(html),
                    content_type: Some("html".to_owned()),
                    ..Content::default()
                }),
                ..AtomEntry::default()
            }
        })
        .collect();
    let feed = Feed {
        id: id_base,
        title: Text::plain(library.settings.name.clone()),
        updated: entries.iter().map(|e| e.updated).max().unwrap_or_else(|| when(None)),
        links: vec![
            Link { href: format!("{base}index.html"), ..Link::default() },
            Link { href: format!("{base}feed.xml"), rel: "self".to_owned(), ..Link::default() },
        ],
        lang: Some(crate::i18n::current()),
        entries,
        ..Feed::default()
    };
    let mut out = Vec::new();
    feed.write_to(&mut out).map_err(|e| ExportError::Unavailable(format!("the feed could not be written: {e}")))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

const STYLE: &str = r#":root { color-scheme: light; --ink: #1d1d1f; --soft: #555; --line: #ddd; --accent: #7a5a22; }
* { box-sizing: border-box; }
body { font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.55; color: var(--ink);
       max-width: 42em; margin: 0 auto; padding: 0 1rem 3rem; }
header { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: baseline; padding: .8rem 0;
         border-bottom: 1px solid var(--line); margin-bottom: 1rem; }
header .site { font-weight: bold; color: var(--ink); text-decoration: none; }
nav a { margin-right: .8rem; }
a { color: #1a4f8b; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .4rem 0; }
h2 { font-size: 1.15rem; margin: 1.4rem 0 .4rem; }
.date, .when { color: var(--soft); }
.date { font-style: italic; }
blockquote { margin: 1rem 0; padding: .6rem 1rem; border-left: 4px solid #b08d57; background: #faf6ef; }
blockquote p { margin: 0; font-style: italic; }
blockquote footer { text-align: right; }
.kind { font-family: Helvetica, Arial, sans-serif; font-size: .75em; text-transform: uppercase;
        letter-spacing: .04em; color: var(--accent); margin-right: .3em; }
.closing { margin-top: 1.6rem; padding-top: .6rem; border-top: 1px solid var(--line); font-style: italic; }
ul.weeks, ul.regions { padding-left: 1.1rem; }
ul.weeks li { margin: .25rem 0; }
.pages { display: flex; justify-content: space-between; margin-top: 2rem; }
input[type=search] { font-size: 1rem; padding: .35rem; width: min(100%, 22rem); }
button { font-size: 1rem; padding: .35rem .8rem; }
#results li { margin: .6rem 0; }
mark { background: #fde58a; }
@media (max-width: 30em) { body { font-size: 1rem; } h1 { font-size: 1.35rem; } }
@media print { header, nav, .pages, form { display: none; } body { max-width: none; font-size: 11pt; } a { color: inherit; text-decoration: none; } }
"#;

/// The search page's script: finds every word typed (case and accents ignored, as the app does) in
/// the public paragraphs, and lists the matches with links to their weeks.
const SEARCH_SCRIPT: &str = r#"(function () {
  "use strict";
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var form = document.getElementById("search");
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  var count = document.getElementById("count");
  function show(query) {
    list.textContent = "";
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) { count.textContent = ""; return; }
    var found = (window.PRAYER_INDEX || []).filter(function (row) {
      return words.every(function (w) { return row.f.indexOf(w) >= 0; });
    });
    count.textContent = found.length === 0 ? count.dataset.none
      : found.length === 1 ? count.dataset.one : count.dataset.some.replace("{n}", found.length);
    found.slice(0, 200).forEach(function (row) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = row.u; a.textContent = row.d + " \u00b7 " + row.p;
      var p = document.createElement("p"); p.textContent = row.t;
      li.appendChild(a); li.appendChild(p); list.appendChild(li);
    });
  }
  var q = new URLSearchParams(window.location.search).get("q") || "";
  input.value = q;
  show(q);
  input.addEventListener("input", function () { show(input.value); });
  form.addEventListener("submit", function (e) { e.preventDefault(); show(input.value); });
})();
"#;
