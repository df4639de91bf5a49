//! The e-book: EPUB 3, one chapter per bulletin, a table of contents (`nav.xhtml`, and `toc.ncx`
//! for older e-readers), the verse set apart as on paper. A zip written with the zip crate: the
//! `mimetype` entry first and stored, as readers check; every entry dated 1980-01-01 (zip's
//! earliest), so the same bulletins always give the same book.

use std::io::Write as _;

use zip::write::SimpleFileOptions;

use super::{ExportError, Prepared, html};
use crate::model::Bulletin;

/// The book's style sheet: the handout's look, for screens of every size.
const STYLE: &str = "body { font-family: serif; line-height: 1.5; margin: 0 4%; }
h1 { font-size: 1.6em; line-height: 1.2; margin: 0 0 .2em; }
.date { font-style: italic; margin: 0 0 1.2em; }
blockquote { margin: 0 0 1.5em; padding: .4em 1em; border-left: 4px solid #b08d57; }
blockquote p { margin: 0; font-style: italic; }
blockquote footer { margin-top: .3em; text-align: right; font-variant: small-caps; }
h2 { font-size: 1.2em; margin: 1.4em 0 .4em; border-bottom: 1px solid #ccc; page-break-after: avoid; }
section p { margin: 0 0 .8em; }
.kind { font-family: sans-serif; font-size: .75em; text-transform: uppercase; letter-spacing: .05em; margin-right: .5em; }
.sensitive { border-left: 3px solid #b3261e; padding-left: .6em; }
.sensitive .mark { font-family: sans-serif; font-size: .75em; font-weight: bold; color: #b3261e; text-transform: uppercase; margin-right: .5em; }
.closing { margin-top: 1.6em; padding-top: .6em; border-top: 1px solid #ccc; font-style: italic; }
nav ol { list-style: none; padding-left: 0; }
nav li { margin: .5em 0; }
";

const CONTAINER: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"#;

/// A chapter's name in the table of contents: its date and headline.
fn chapter_label(b: &Bulletin) -> String {
    let title = b.printed_title();
    match b.date {
        Some(date) => format!("{}: {title}", date.format("%-d %B %Y")),
        None => title.to_owned(),
    }
}

fn xhtml(title: &str, body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en\" xml:lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>{}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n<body>\n{body}</body>\n</html>\n",
        html::escape(title)
    )
}

/// Writes the prepared bulletins as an EPUB 3 book.
pub(super) fn write(prepared: &Prepared<'_>, library_name: &str) -> Result<Vec<u8>, ExportError> {
    let bulletins = prepared.bulletins();
    if bulletins.is_empty() {
        return Err(ExportError::Unavailable("there is no bulletin to put in the book".to_owned()));
    }
    let escape = html::escape;
    let book_title = html::title(prepared, library_name);
    let book_title = if book_title.trim().is_empty() { crate::model::PRODUCT_NAME.to_owned() } else { book_title };
    let stems: Vec<String> = bulletins.iter().map(|b| b.file_stem()).collect();
    let identifier = match stems.as_slice() {
        [one] => format!("urn:prayer-bulletin:{}:{one}", crate::model::slug(library_name)),
        [first, .., last] => {
            format!("urn:prayer-bulletin:{}:{first}:{last}:{}", crate::model::slug(library_name), stems.len())
        }
        [] => String::new(),
    };
    let modified = bulletins
        .iter()
        .filter_map(|b| b.date)
        .max()
        .map_or_else(|| "2000-01-01T00:00:00Z".to_owned(), |d| format!("{}T00:00:00Z", d.format("%Y-%m-%d")));
    let files: Vec<String> = (1..=bulletins.len()).map(|i| format!("week-{i:03}.xhtml")).collect();

    let mut manifest = String::new();
    let mut spine = String::new();
    let mut nav = String::new();
    let mut ncx = String::new();
    for (i, (b, file)) in bulletins.iter().zip(&files).enumerate() {
        let id = format!("week-{:03}", i + 1);
        manifest.push_str(&format!("    <item id=\"{id}\" href=\"{file}\" media-type=\"application/xhtml+xml\"/>\n"));
        spine.push_str(&format!("    <itemref idref=\"{id}\"/>\n"));
        let label = escape(&chapter_label(b));
        nav.push_str(&format!("<li><a href=\"{file}\">{label}</a></li>\n"));
        ncx.push_str(&format!(
            "    <navPoint id=\"nav-{id}\" playOrder=\"{}\">\n      <navLabel><text>{label}</text></navLabel>\n      <content src=\"{file}\"/>\n    </navPoint>\n",
            i + 1
        ));
    }
    let package = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="en">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">{identifier}</dc:identifier>
    <dc:title>{title}</dc:title>
    <dc:creator>{creator}</dc:creator>
    <dc:language>en</dc:language>
    <meta property="dcterms:modified">{modified}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="style" href="style.css" media-type="text/css"/>
{manifest}  </manifest>
  <spine toc="ncx">
    <itemref idref="nav"/>
{spine}  </spine>
</package>
"#,
        identifier = escape(&identifier),
        title = escape(&book_title),
        creator = escape(if library_name.trim().is_empty() { crate::model::PRODUCT_NAME } else { library_name.trim() }),
    );
    let nav = xhtml(
        "Contents",
        &format!("<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n<ol>\n{nav}</ol>\n</nav>\n"),
    );
    let ncx = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en">
  <head>
    <meta name="dtb:uid" content="{identifier}"/>
    <meta name="dtb:depth" content="1"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle><text>{title}</text></docTitle>
  <navMap>
{ncx}  </navMap>
</ncx>
"#,
        identifier = escape(&identifier),
        title = escape(&book_title),
    );

    let zip_error =
        |e: &dyn std::fmt::Display| ExportError::Unavailable(format!("the e-book could not be written: {e}"));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let fixed = SimpleFileOptions::default().last_modified_time(zip::DateTime::default());
    let stored = fixed.compression_method(zip::CompressionMethod::Stored);
    let deflated = fixed.compression_method(zip::CompressionMethod::Deflated);
    let mut add = |name: &str, options: SimpleFileOptions, data: &[u8]| -> Result<(), ExportError> {
        zip.start_file(name, options).map_err(|e| zip_error(&e))?;
        zip.write_all(data).map_err(|e| zip_error(&e))
    };
    add("mimetype", stored, b"application/epub+zip")?;
    add("META-INF/container.xml", deflated, CONTAINER.as_bytes())?;
    add("EPUB/package.opf", deflated, package.as_bytes())?;
    add("EPUB/nav.xhtml", deflated, nav.as_bytes())?;
    add("EPUB/toc.ncx", deflated, ncx.as_bytes())?;
    add("EPUB/style.css", deflated, STYLE.as_bytes())?;
    for (b, file) in bulletins.iter().zip(&files) {
        let mut body = String::new();
        html::article(&mut body, prepared, b, true);
        // An e-book chapter is a section of the book; the handout's article is its content.
        let body = format!("<section epub:type=\"chapter\">\n{body}</section>\n");
        add(&format!("EPUB/{file}"), deflated, xhtml(&chapter_label(b), &body).as_bytes())?;
    }
    zip.finish().map(std::io::Cursor::into_inner).map_err(|e| zip_error(&e))
}
