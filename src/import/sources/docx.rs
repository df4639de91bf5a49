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
        .map(std::borrow::Cow::into_owned)
}

/// A paragraph being read.
#[derive(Default)]
struct Paragraph {
    text: String,
    heading: bool,
    listed: bool,
}

/// The text of `word/document.xml`.
///
/// A text box sits inside a paragraph, with paragraphs of its own: they are written out when they
/// end, and the paragraph around them goes on where it was. Word stores each text box twice, the
/// second time for old readers (`mc:Fallback`); that copy is skipped.
pub fn document_xml_to_text(xml: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut paragraph = Paragraph::default();
    let mut around: Vec<Paragraph> = Vec::new();
    let mut in_text = false;
    let mut fallback = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| format!("the Word document's XML is broken: {e}"))?;
        match event {
            Event::Start(ref e) if local(e.name().as_ref()) == "Fallback" => fallback += 1,
            Event::End(ref e) if local(e.name().as_ref()) == "Fallback" => fallback = fallback.saturating_sub(1),
            _ if fallback > 0 => {}
            Event::Start(ref e) | Event::Empty(ref e) => {
                let started = matches!(event, Event::Start(_));
                match local(e.name().as_ref()) {
                    // An empty `<w:p/>` holds nothing and has no end.
                    "p" if started => around.push(std::mem::take(&mut paragraph)),
                    "pStyle" => {
                        let style = attribute(e, "val").unwrap_or_default().to_ascii_lowercase();
                        paragraph.heading |= style.starts_with("heading") || style == "title" || style == "subtitle";
                        paragraph.listed |= style.starts_with("list");
                    }
                    "outlineLvl" => paragraph.heading |= attribute(e, "val").is_none_or(|level| level != "9"),
                    "numPr" => paragraph.listed = true,
                    "t" => in_text = started,
                    "tab" => paragraph.text.push(' '),
                    "br" | "cr" => paragraph.text.push('\n'),
                    _ => {}
                }
            }
            Event::End(e) => match local(e.name().as_ref()) {
                "t" => in_text = false,
                "p" => {
                    let text = paragraph.text.trim();
                    if !text.is_empty() {
                        let mark = if paragraph.heading {
                            "## "
                        } else if paragraph.listed {
                            "\u{2022} "
                        } else {
                            ""
                        };
                        out.push_str(mark);
                        out.push_str(text);
                        out.push_str("\n\n");
                    }
                    paragraph = around.pop().unwrap_or_default();
                }
                _ => {}
            },
            Event::Text(t) if in_text => paragraph.text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    paragraph.text.push(c);
                } else {
                    paragraph.text.push_str(match r.as_ref() {
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
    fn a_text_box_keeps_the_words_around_it_and_is_read_once() {
        // As Word writes a text box: in a run of the paragraph, once for new readers (mc:Choice)
        // and again for old ones (mc:Fallback).
        let text_box = |p: &str| {
            format!(
                "<w:txbxContent><w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr><w:r><w:t>Verse</w:t></w:r></w:p>\
                 <w:p><w:r><w:t>{p}</w:t></w:r></w:p></w:txbxContent>"
            )
        };
        let xml = format!(
            r#"<w:document xmlns:w="x" xmlns:mc="m" xmlns:wps="s" xmlns:v="v"><w:body>
            <w:p><w:r><w:t xml:space="preserve">Pray for the team in Kampala </w:t></w:r><w:r><mc:AlternateContent>
            <mc:Choice Requires="wps"><w:drawing><wps:txbx>{}</wps:txbx></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><v:textbox>{}</v:textbox></w:pict></mc:Fallback>
            </mc:AlternateContent></w:r><w:r><w:t>as the hearings begin.</w:t></w:r></w:p>
            <w:p><w:r><w:t>Next.</w:t></w:r></w:p>
            </w:body></w:document>"#,
            text_box("Be strong."),
            text_box("Be strong.")
        );
        assert_eq!(
            document_xml_to_text(&xml).unwrap(),
            "## Verse\n\nBe strong.\n\nPray for the team in Kampala as the hearings begin.\n\nNext.\n\n"
        );
    }

    #[test]
    fn not_a_document() {
        assert!(docx_to_text(b"PK\x03\x04garbage").unwrap_err().starts_with("not a Word document"));
        assert!(docx_to_text(b"").is_err());
        assert!(document_xml_to_text("<w:p><w:t>x</w:p>").is_err());
    }
}
