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
use super::select::{Weeks, select};
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

/// Writes the site of `library`'s public bulletins into `out` (made if absent; a folder this
/// program wrote before is replaced; any other folder with files in it is refused).
pub fn publish(library: &Library, out: &Path, options: &SiteOptions) -> Result<Published, ExportError> {
    check_folder(out, &library.dir)?;
    let context = Context { as_of: options.as_of, ..Context::of_library(library) };
    if let Some(why) = &context.rule_unreadable {
        return Err(ExportError::RuleUnreadable(why.clone()));
    }
    let chosen = match select(library.entries.iter().map(|e| &e.bulletin), Weeks::All, Audience::Public, false) {
        Ok(chosen) => chosen,
        Err(super::select::SelectError::NoneFound(_)) => Vec::new(),
        Err(e) => return Err(ExportError::Unavailable(e.to_string())),
    };
    let left_out = super::left_out(&chosen, &context);
    let prepared = Prepared::new(&chosen, Audience::Public, &context);
    let weeks: Vec<Week> = prepared
        .bulletins()
        .iter()
        .map(|b| Week { stem: b.file_stem(), bulletin: b.clone().into_owned() })
        .filter(|w| w.bulletin.sections.iter().any(|s| !s.items.is_empty()) || !w.bulletin.title.is_empty())
        .collect();
    let files = crate::i18n::in_language(library.settings.language.as_deref(), || {
        pages(library, &weeks, options.base_url.as_deref())
    })?;
    write_all(out, &files)?;
    Ok(Published { dir: out.to_owned(), weeks: weeks.len(), files: files.len(), left_out })
}

/// Refuses a folder inside the library (its own files would be overwritten) and a folder that holds
/// files this program did not write.
fn check_folder(out: &Path, library: &Path) -> Result<(), ExportError> {
    let absolute = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_owned());
    let (out_abs, library_abs) = (absolute(out), absolute(library));
    if out_abs.starts_with(&library_abs) {
        return Err(ExportError::Unavailable(format!(
            "{} is inside the library; choose a folder outside it",
            out.display()
        )));
    }
    if out.is_file() {
        return Err(ExportError::Unavailable(format!("{} is a file, not a folder", out.display())));
    }
    let has_files = std::fs::read_dir(out).is_ok_and(|mut d| d.next().is_some());
    if has_files && !out.join(MARKER).exists() {
        return Err(ExportError::Unavailable(format!(
            "{} already holds other files; choose an empty folder (or one a website was published to before)",
            out.display()
        )));
    }
    Ok(())
}

/// Writes the files into a fresh folder beside `out`, then puts it in `out`'s place, so a failure
/// half-way leaves the site that was there before.
fn write_all(out: &Path, files: &BTreeMap<String, String>) -> Result<(), ExportError> {
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)
        .map_err(|e| ExportError::NotMade { path: parent.to_owned(), reason: e.to_string() })?;
    let fresh = tempfile::Builder::new()
        .prefix(".prayer-bulletin-site-")
        .tempdir_in(parent)
        .map_err(|e| ExportError::NotMade { path: parent.to_owned(), reason: e.to_string() })?;
    for (name, text) in files {
        let path = fresh.path().join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| ExportError::NotMade { path: dir.to_owned(), reason: e.to_string() })?;
        }
        std::fs::write(&path, text).map_err(|e| ExportError::NotMade { path: path.clone(), reason: e.to_string() })?;
    }
    if out.exists() {
        std::fs::remove_dir_all(out)
            .map_err(|e| ExportError::NotMade { path: out.to_owned(), reason: e.to_string() })?;
    }
    let kept = fresh.keep();
    std::fs::rename(&kept, out).map_err(|e| ExportError::NotMade { path: out.to_owned(), reason: e.to_string() })?;
    Ok(())
}

/// Every file of the site, by its path in the folder.
fn pages(library: &Library, weeks: &[Week], base_url: Option<&str>) -> Result<BTreeMap<String, String>, ExportError> {
    let name = &library.settings.name;
    let mut files = BTreeMap::new();
    files.insert(MARKER.to_owned(), "A website written by Prayer Bulletin; publishing again replaces it.\n".to_owned());
    files.insert("style.css".to_owned(), STYLE.to_owned());
    files.insert("search.js".to_owned(), SEARCH_SCRIPT.to_owned());
    files.insert("search-index.js".to_owned(), search_index(weeks));
    files.insert("index.html".to_owned(), index_page(name, weeks, &regions_of(library, weeks)));
    files.insert("search.html".to_owned(), search_page(name));
    for (i, week) in weeks.iter().enumerate() {
        let newer = i.checked_sub(1).and_then(|n| weeks.get(n));
        let older = weeks.get(i + 1);
        files.insert(format!("weeks/{}.html", week.stem), week_page(name, week, newer, older));
    }
    for region in regions_of(library, weeks) {
        files.insert(format!("regions/{}.html", slug(&region)), region_page(name, &region, weeks));
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

/// A file name for a region: letters and digits kept (any script), the rest as dashes.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() { "region".to_owned() } else { out }
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

fn index_page(site: &str, weeks: &[Week], regions: &[String]) -> String {
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
            let _ = writeln!(body, "<li><a href=\"regions/{}.html\">{}</a></li>", slug(region), escape(region));
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

fn week_page(site: &str, week: &Week, newer: Option<&Week>, older: Option<&Week>) -> String {
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
            slug(&section.region),
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
    let id_base = format!("urn:prayer-bulletin:{}", slug(&library.settings.name));
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
