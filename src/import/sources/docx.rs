//! Word documents: the paragraphs of `word/document.xml` in order, headings (by their style or outline
//! level) marked `## `, list paragraphs `• `, a blank line between paragraphs. The archive is read
//! with `zip` and the XML with `quick-xml`; nothing else of the document is needed.

use std::io::Read as _;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// The largest document text read; a document that unpacks to more is refused (a zip bomb, not a
/// prayer sheet).
const MAX_XML: u64 = 256 * 1024 * 1024;

/// The document's text, or why it could not be read.
pub fn docx_to_text(bytes: &[u8]) -> Result<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a Word document (the file is not a readable .docx archive: {e})"))?;
    let mut xml = String::new();
    {
        let file = archive
            .by_name("word/document.xml")
            .map_err(|_| "not a Word document (the archive has no word/document.xml)".to_owned())?;
        file.take(MAX_XML + 1)
            .read_to_string(&mut xml)
            .map_err(|e| format!("the Word document's text could not be read: {e}"))?;
    }
    if xml.len() as u64 > MAX_XML {
        return Err("the Word document's text is larger than 256 MB".into());
    }
    document_xml_to_text(&xml)
}

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Explicit1_0).ok())
        .map(|v| v.into_owned())
}

/// The text of `word/document.xml`.
pub fn document_xml_to_text(xml: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut paragraph = String::new();
    let mut heading = false;
    let mut listed = false;
    let mut in_text = false;
    loop {
        let event = reader.read_event().map_err(|e| format!("the Word document's XML is broken: {e}"))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let started = matches!(event, Event::Start(_));
                match local(e.name().as_ref()) {
                    "p" => {
                        paragraph.clear();
                        heading = false;
                        listed = false;
                    }
                    "pStyle" => {
                        let style = attribute(e, "val").unwrap_or_default().to_ascii_lowercase();
                        heading |= style.starts_with("heading") || style == "title" || style == "subtitle";
                        listed |= style.starts_with("list");
                    }
                    "outlineLvl" => heading = true,
                    "numPr" => listed = true,
                    "t" => in_text = started,
                    "tab" => paragraph.push(' '),
                    "br" | "cr" => paragraph.push('\n'),
                    _ => {}
                }
            }
            Event::End(e) => match local(e.name().as_ref()) {
                "t" => in_text = false,
                "p" => {
                    let text = paragraph.trim();
                    if !text.is_empty() {
                        let mark = if heading {
                            "## "
                        } else if listed {
                            "\u{2022} "
                        } else {
                            ""
                        };
                        out.push_str(mark);
                        out.push_str(text);
                        out.push_str("\n\n");
                    }
                    paragraph.clear();
                }
                _ => {}
            },
            Event::Text(t) if in_text => paragraph.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    paragraph.push(c);
                } else {
                    paragraph.push_str(match r.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_headings_lists_and_entities() {
        let xml = r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Pray for Lima</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Africa &amp; Europe</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Pray for </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Kampala</w:t></w:r><w:r><w:t>&#8217;s court.</w:t></w:r></w:p>
            <w:p/><w:p><w:r><w:t>One</w:t><w:tab/><w:t>two</w:t></w:r></w:p>
            </w:body></w:document>"#;
        assert_eq!(
            document_xml_to_text(xml).unwrap(),
            "## Pray for Lima\n\n## Africa & Europe\n\n\u{2022} Pray for Kampala\u{2019}s court.\n\nOne two\n\n"
        );
    }

    #[test]
    fn not_a_document() {
        assert!(docx_to_text(b"PK\x03\x04garbage").unwrap_err().starts_with("not a Word document"));
        assert!(docx_to_text(b"").is_err());
        assert!(document_xml_to_text("<w:p><w:t>x</w:p>").is_err());
    }
}
