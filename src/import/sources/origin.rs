//! Who a file comes from, for the name and mark a taught source is proposed under: an e-mail's
//! sender, a web page's site. Plain text and documents say nothing about it.

use mail_parser::MessageParser;

use super::FileKind;

/// Where a file comes from, as far as it says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    /// A name to know the source by: the sender's name, the site's name, or its host.
    pub name: Option<String>,
    /// What every sheet from it carries: the sender's address, the site's host.
    pub mark: Option<String>,
}

/// The origin of a file named `name` with these bytes.
pub fn origin(name: &str, bytes: &[u8]) -> Origin {
    match FileKind::of(name, bytes) {
        FileKind::Eml => mail_origin(bytes),
        FileKind::Html => page_origin(&String::from_utf8_lossy(&bytes[..bytes.len().min(65_536)])),
        FileKind::Text | FileKind::Docx => Origin::default(),
    }
}

fn mail_origin(bytes: &[u8]) -> Origin {
    let Some(message) = MessageParser::default().parse_headers(bytes) else { return Origin::default() };
    let Some(from) = message.from().and_then(|a| a.first()) else { return Origin::default() };
    let address = from.address().map(|a| a.trim().to_lowercase()).filter(|a| a.contains('@'));
    let shown = from.name().map(|n| n.trim().trim_matches('"').trim().to_owned()).filter(|n| !n.is_empty());
    let domain = address.as_deref().and_then(|a| a.rsplit_once('@')).map(|(_, d)| d.to_owned());
    Origin { name: shown.or(domain), mark: address }
}

fn page_origin(html: &str) -> Origin {
    let site_name = meta_content(html, "og:site_name");
    let url = link_href(html, "canonical").or_else(|| meta_content(html, "og:url"));
    let host = url.as_deref().and_then(host_of);
    Origin { name: site_name.or_else(|| host.clone()), mark: host }
}

/// `www.example.org` of `https://www.example.org/prayer/…`, without `www.`.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?.trim().to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    (host.contains('.') && !host.contains(char::is_whitespace)).then_some(host)
}

/// The `content` of `<meta property="KEY" content="…">` (or `name="KEY"`), in either order.
fn meta_content(html: &str, key: &str) -> Option<String> {
    tags(html, "meta")
        .find(|tag| attribute(tag, "property").or_else(|| attribute(tag, "name")).as_deref() == Some(key))
        .and_then(|tag| attribute(tag, "content"))
        .filter(|c| !c.trim().is_empty())
}

/// The `href` of `<link rel="REL" href="…">`.
fn link_href(html: &str, rel: &str) -> Option<String> {
    tags(html, "link")
        .find(|tag| attribute(tag, "rel").is_some_and(|r| r.eq_ignore_ascii_case(rel)))
        .and_then(|tag| attribute(tag, "href"))
}

/// The insides of each `<NAME …>` tag.
fn tags<'a>(html: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    html.split('<').skip(1).filter_map(move |piece| {
        let tag = piece.split('>').next()?;
        let (first, rest) = tag.split_once(char::is_whitespace)?;
        first.eq_ignore_ascii_case(name).then_some(rest)
    })
}

/// An attribute's value, quoted with `"` or `'`, entities `&amp;` decoded.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(name).map(|i| i + from) {
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = tag[from..].trim_start();
        let Some(value) = rest.strip_prefix('=').map(str::trim_start) else { continue };
        if !before_ok {
            continue;
        }
        let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let inner = &value[1..];
        let end = inner.find(quote)?;
        return Some(inner[..end].replace("&amp;", "&").trim().to_owned());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_emails_sender_names_the_source_and_marks_it() {
        let mail = b"From: \"Harbour Fellowship\" <Prayer@Harbour.example.org>\r\nSubject: This week\r\n\r\nPray.\r\n";
        assert_eq!(
            origin("week.eml", mail),
            Origin { name: Some("Harbour Fellowship".into()), mark: Some("prayer@harbour.example.org".into()) }
        );
        let bare = b"From: prayer@riverside.example.net\r\n\r\nPray.\r\n";
        assert_eq!(origin("week.eml", bare).name.as_deref(), Some("riverside.example.net"));
    }

    #[test]
    fn a_pages_site_names_the_source_and_its_host_marks_it() {
        let page = r#"<html><head><meta content="Grace &amp; Hope Church" property="og:site_name">
            <link rel="canonical" href="https://www.gracehope.example.org/prayer/week-12"></head><body>x</body></html>"#;
        assert_eq!(
            origin("page.html", page.as_bytes()),
            Origin { name: Some("Grace & Hope Church".into()), mark: Some("gracehope.example.org".into()) }
        );
        let only_url = r#"<head><meta property='og:url' content='http://missions.example.com/letters?id=4'></head>"#;
        let got = origin("page.htm", only_url.as_bytes());
        assert_eq!(
            (got.name.as_deref(), got.mark.as_deref()),
            (Some("missions.example.com"), Some("missions.example.com"))
        );
        assert_eq!(origin("sheet.txt", b"Pray for Lima"), Origin::default());
    }
}
