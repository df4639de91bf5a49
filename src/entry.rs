//! A bulletin as the library holds it ([`Entry`]), with its texts folded for searching
//! ([`SearchText`]): lower case, accents removed, made once when the bulletin is loaded or saved.
//! Below `library`, `search` and `threads`, which all take entries, so none of them needs another.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization as _;

use crate::model::Bulletin;

/// One bulletin of the library and the file it lives in.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    /// The file's stem inside `bulletins/` (the name without `.ron`).
    pub stem: String,
    /// The bulletin as loaded or last saved.
    pub bulletin: Bulletin,
    /// Fields in the file that this version does not know (written by a newer version). Saving over
    /// such a file would drop them, so it is refused.
    pub unknown_fields: Vec<String>,
    /// The bulletin's texts folded for searching, made when it is loaded or saved (see
    /// [`crate::search`]). The library changes bulletins only through [`crate::library::Library::save_bulletin`],
    /// which folds them again.
    pub search: SearchText,
}

impl Entry {
    /// An entry, with its texts folded for searching.
    pub fn new(stem: String, bulletin: Bulletin, unknown_fields: Vec<String>) -> Self {
        let search = SearchText::new(&bulletin);
        Self { stem, bulletin, unknown_fields, search }
    }
}

/// Text folded for matching, with the way back to the original's byte offsets.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    /// Lower case, accents removed.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original it came from.
    origin: Vec<u32>,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut buf = [0u8; 4];
        for (at, c) in original.char_indices() {
            if c.is_ascii() {
                text.push(c.to_ascii_lowercase());
                origin.push(at as u32);
                continue;
            }
            for d in c.to_lowercase().flat_map(|l| std::iter::once(l).nfd()) {
                if unicode_normalization::char::is_combining_mark(d) {
                    continue;
                }
                let s = d.encode_utf8(&mut buf);
                text.push_str(s);
                origin.extend(std::iter::repeat_n(at as u32, s.len()));
            }
        }
        Self { text, origin }
    }

    /// The byte range in the original for a byte range in the folded text.
    pub fn original_range(&self, original: &str, start: usize, end: usize) -> std::ops::Range<usize> {
        let from = self.origin.get(start).map_or(original.len(), |&o| o as usize);
        let last = end.checked_sub(1).and_then(|e| self.origin.get(e)).map_or(from, |&o| o as usize);
        let to = original[last..].chars().next().map_or(original.len(), |c| last + c.len_utf8());
        from..to.max(from)
    }
}

/// Folds a query the same way as the text it is matched against.
pub fn fold(query: &str) -> String {
    Folded::new(query.trim()).text
}

/// Where a hit is in its bulletin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The headline.
    Title,
    /// The verse or its reference.
    Verse,
    /// A paragraph.
    Item(crate::model::Spot),
    /// The closing note.
    Closing,
}

/// One bulletin's searchable texts, folded once: each text followed by a NUL (which a folded query
/// never holds, so no match runs from one text into the next), and where each text is.
#[derive(Clone, Debug, Default)]
pub struct SearchText {
    pub(crate) folded: String,
    /// For each text, in [`texts`] order: where it starts and ends in `folded`, and where it is.
    pub(crate) spans: Vec<Span>,
}

#[derive(Clone, Debug)]
pub(crate) struct Span {
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) place: Place,
}

impl SearchText {
    /// Folds every text of a bulletin.
    pub fn new(bulletin: &Bulletin) -> Self {
        let mut folded = String::new();
        let mut spans = Vec::new();
        for (place, text) in texts(bulletin) {
            let start = folded.len();
            fold_append(&text, &mut folded);
            spans.push(Span { start: offset(start), end: offset(folded.len()), place });
            folded.push('\0');
        }
        Self { folded, spans }
    }

    /// Whether this was folded from a bulletin with `bulletin`'s texts (a cheap check: the number of
    /// texts, which an entry built without folding, or from another bulletin, would not match).
    pub(crate) fn fits(&self, bulletin: &Bulletin) -> bool {
        let items: usize = bulletin.sections.iter().map(|s| s.items.len()).sum();
        self.spans.len() == 1 + usize::from(bulletin.verse.is_some()) + items + usize::from(bulletin.closing.is_some())
    }

    /// How many bytes it holds (for memory figures).
    pub fn len(&self) -> usize {
        self.folded.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }
}

pub(crate) fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Every text a search looks in, with where it is: headline, verse with its reference, each
/// paragraph, the closing note.
pub fn texts(bulletin: &Bulletin) -> impl Iterator<Item = (Place, Cow<'_, str>)> {
    let verse =
        bulletin.verse.as_ref().map(|v| (Place::Verse, Cow::Owned(format!("{} \u{2013} {}", v.text, v.reference))));
    let items = bulletin.sections.iter().enumerate().flat_map(|(section, s)| {
        s.items
            .iter()
            .enumerate()
            .map(move |(item, i)| (Place::Item(crate::model::Spot::new(section, item)), Cow::Borrowed(i.text.as_str())))
    });
    let closing = bulletin.closing.as_deref().map(|c| (Place::Closing, Cow::Borrowed(c)));
    std::iter::once((Place::Title, Cow::Borrowed(bulletin.title.as_str()))).chain(verse).chain(items).chain(closing)
}

/// General punctuation (dashes, curly quotes, bullets, ellipsis...): characters that fold to
/// themselves, as a test checks, and the most common non-ASCII ones in bulletins.
pub(crate) fn is_plain_punctuation(c: char) -> bool {
    ('\u{2010}'..='\u{205e}').contains(&c)
}

/// Appends `original` folded as [`Folded::new`] folds it, without the offsets: runs of ASCII are
/// copied and lower-cased at once, other characters one by one.
fn fold_append(original: &str, out: &mut String) {
    let mut rest = original;
    while !rest.is_empty() {
        let run = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..run]);
        out[start..].make_ascii_lowercase();
        rest = &rest[run..];
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        if is_plain_punctuation(c) {
            // Dashes, curly quotes, ellipses: no case and no accents to take off.
            out.push(c);
            continue;
        }
        for d in c.to_lowercase().flat_map(|l| std::iter::once(l).nfd()) {
            if !unicode_normalization::char::is_combining_mark(d) {
                out.push(d);
            }
        }
    }
}
