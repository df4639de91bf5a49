//! The e-mail draft: a message a mail program opens ready to send (`X-Unsent: 1`), with the
//! bulletin as plain text and as HTML (`multipart/alternative`) and the closing note as the footer
//! of both. Built with mail-builder, which encodes headers and bodies as mail programs expect.

use mail_builder::MessageBuilder;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;

use super::{ExportError, PageLayout, Paper, Prepared, html, text};

/// Plain-text width of the draft's text part: what mail programs show without wrapping again.
const WIDTH: usize = 72;

/// Writes the prepared bulletins as one e-mail draft.
pub(super) fn write(prepared: &Prepared<'_>, library_name: &str) -> Result<Vec<u8>, ExportError> {
    let bulletins = prepared.bulletins();
    let subject = match bulletins {
        [one] if !one.title.trim().is_empty() => one.title.trim().to_owned(),
        [_] | [] => crate::model::PRODUCT_NAME.to_owned(),
        many => format!("{}: {} bulletins", library_name.trim(), many.len()),
    };
    // The closing notes, each once, in order: the footer of both parts.
    let mut footer: Vec<&str> = Vec::new();
    for closing in bulletins.iter().filter_map(|b| b.closing.as_deref()).map(str::trim) {
        if !closing.is_empty() && !footer.contains(&closing) {
            footer.push(closing);
        }
    }

    let mut plain = text::write_bulletins(prepared, WIDTH, false, false);
    let mut body = String::new();
    for b in bulletins {
        html::article(&mut body, prepared, b, false);
    }
    if !footer.is_empty() {
        while plain.ends_with('\n') {
            plain.pop();
        }
        plain.push_str("\n\n---\n");
        body.push_str("<footer class=\"closing\">\n");
        for note in &footer {
            let mut wrapped = String::new();
            text::fill_into(&mut wrapped, note, WIDTH);
            plain.push_str(&wrapped);
            plain.push('\n');
            body.push_str(&format!("<p>{}</p>\n", html::escape(note)));
        }
        body.push_str("</footer>\n");
    }
    let page = html::page(&subject, Paper::A4, PageLayout::Standard, "", &body);

    // A fixed boundary keeps the draft the same for the same bulletins. "=_" cannot occur in a
    // quoted-printable or base64 body; the check covers a body sent as plain 7-bit text.
    let mut boundary = "=_prayer-bulletin-alternative".to_owned();
    while plain.contains(&boundary) || page.contains(&boundary) {
        boundary.push('_');
    }
    let parts = MimePart::new(
        ContentType::new("multipart/alternative").attribute("boundary", boundary),
        vec![MimePart::new("text/plain", plain), MimePart::new("text/html", page)],
    );

    let stems: Vec<String> = bulletins.iter().map(|b| b.file_stem()).collect();
    let mut message = MessageBuilder::new()
        .subject(subject)
        .message_id(format!("{}@prayer-bulletin.invalid", stems.join(".")))
        .header("X-Unsent", Raw::new("1"))
        .body(parts);
    // The newest week's date, so the same bulletins make the same draft; a mail program sets the
    // real date when it sends. Undated bulletins get the moment the draft was made.
    if let Some(date) = bulletins.iter().filter_map(|b| b.date).max()
        && let Some(midnight) = date.and_hms_opt(0, 0, 0)
    {
        message = message.date(midnight.and_utc().timestamp());
    }
    message.write_to_vec().map_err(|e| ExportError::Unavailable(format!("the e-mail draft could not be written: {e}")))
}

#[cfg(test)]
mod tests {
    use mail_parser::MimeHeaders as _;

    use super::*;
    use crate::export::{Audience, Context};
    use crate::model::{Bulletin, Item, ItemKind, Section};

    #[test]
    fn a_draft_reads_back_with_both_bodies_and_the_closing_as_their_footer() {
        let b = Bulletin {
            date: chrono::NaiveDate::from_ymd_opt(2026, 10, 31),
            title: "Praise for São Paulo — and Seoul (서울)".into(),
            sections: vec![Section {
                region: "Latin America".into(),
                items: vec![
                    Item {
                        kind: ItemKind::Praise,
                        text: "Praise God for the new shelter.".into(),
                        sensitive: false,
                        ..Item::default()
                    },
                    Item {
                        kind: ItemKind::Request,
                        text: "Pray for Ana at the shelter.".into(),
                        sensitive: true,
                        ..Item::default()
                    },
                ],
            }],
            closing: Some("Please do not post these requests online.".into()),
            ..Bulletin::default()
        };
        for audience in [Audience::Internal, Audience::Public] {
            let bytes = write(&Prepared::new(&[&b], audience, &Context::default()), "Harvest Light").unwrap();
            let mail = mail_parser::MessageParser::default().parse(&bytes).unwrap();
            assert_eq!(mail.subject(), Some(b.title.as_str()));
            assert_eq!(mail.header_raw("X-Unsent").map(str::trim), Some("1"));
            let alternative = mail.content_type().unwrap();
            assert_eq!((alternative.ctype(), alternative.subtype()), ("multipart", Some("alternative")));
            let plain = mail.body_text(0).unwrap();
            let html = mail.body_html(0).unwrap();
            for body in [&plain, &html] {
                assert!(body.contains("Praise God for the new shelter."), "{body}");
                let footer = body.rfind("Please do not post these requests online.").unwrap();
                let last_paragraph = body.rfind("shelter.").unwrap();
                assert!(footer > last_paragraph, "the closing note comes last: {body}");
                assert_eq!(body.contains("Pray for Ana"), audience == Audience::Internal, "{audience:?}: {body}");
            }
            assert!(html.contains("<footer class=\"closing\">"), "{html}");
        }
    }
}
