//! E-mail messages: the text body (decoded from quoted-printable or base64 and its charset by
//! `mail-parser`), or the HTML body read as a web page when the message has no plain text.

use mail_parser::{MessageParser, PartType};

/// The readable text of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    /// The subject line, if any.
    pub subject: Option<String>,
    /// The body as plain text with its structure kept.
    pub text: String,
    /// The body was HTML only, and was read as a web page.
    pub from_html: bool,
}

/// The body of an e-mail message; `None` when the bytes are no message or it has no readable body.
pub fn eml_to_text(bytes: &[u8]) -> Option<Mail> {
    let message = MessageParser::default().parse(bytes)?;
    let subject = message.subject().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let mut text = String::new();
    let mut from_html = false;
    // The plain-text parts first: in a multipart/alternative message they say what the HTML says.
    for &id in &message.text_body {
        if let Some(part) = message.parts.get(id as usize) {
            match &part.body {
                PartType::Text(t) => push_block(&mut text, t),
                PartType::Html(h) => {
                    push_block(&mut text, &super::html_to_text(h));
                    from_html = true;
                }
                _ => {}
            }
        }
    }
    if text.trim().is_empty() {
        for &id in &message.html_body {
            if let Some(PartType::Html(h)) = message.parts.get(id as usize).map(|p| &p.body) {
                push_block(&mut text, &super::html_to_text(h));
                from_html = true;
            }
        }
    }
    if text.trim().is_empty() {
        return None;
    }
    Some(Mail { subject, text, from_html })
}

fn push_block(text: &mut String, block: &str) {
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(block.trim_end());
    text.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_plain_text() {
        let mail = b"From: a@example.org\r\nSubject: =?utf-8?q?Pray_for_Lima?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nPray for the team in Lima as they prepare for the hearing=\r\n next week. Caf=C3=A9 meeting.\r\n";
        let got = eml_to_text(mail).unwrap();
        assert_eq!(got.subject.as_deref(), Some("Pray for Lima"));
        assert_eq!(got.text, "Pray for the team in Lima as they prepare for the hearing next week. Café meeting.\n");
        assert!(!got.from_html);
    }

    #[test]
    fn no_message_no_body() {
        assert_eq!(eml_to_text(b""), None);
        assert_eq!(eml_to_text(b"From: a@example.org\r\nSubject: empty\r\n\r\n"), None);
    }
}
