//! A web page's or a blog's furniture among a sheet's lines: skip links, menus, image placeholders,
//! bylines, comment counts, share prompts, "see also" links, and what follows the sheet's last
//! prayer on a page. Such lines are left out, each named in the report.

use super::text::Line;

/// Marks the lines that are furniture wherever they stand.
pub(super) fn mark(lines: &mut [Line]) {
    let read: &[Line] = lines;
    // Each line on its own: shared among the cores for a long text.
    let furniture = super::parallel::map(read, |i, l| {
        // Furniture is short, or stands alone: a wrapped paragraph's long lines are passed over.
        let blank = |k: Option<usize>| k.and_then(|k| read.get(k)).is_none_or(|l| l.text.is_empty());
        // A byline (`Publicado por … em …, Geral - 07/07/2014`) may be longer.
        let looked_at = !l.text.is_empty()
            && !l.markdown_heading
            && (l.text.len() <= 64 || (blank(i.checked_sub(1)) && blank(Some(i + 1))));
        if looked_at {
            is_furniture(&l.text)
        } else {
            !l.markdown_heading && l.text.len() <= 100 && opens_as_furniture(l.text.trim())
        }
    });
    for (l, furniture) in lines.iter_mut().zip(furniture) {
        l.furniture |= furniture;
    }
}

/// A page's furniture after the sheet's last prayer (`0 commentaires`, `Nos sujets précédent et
/// suivant`, a list of the week's events): when a line of furniture follows the last line that
/// prays, praises or gives the verse, the short lines after that line are the page's too.
pub(super) fn after_the_last_prayer(lines: &mut [Line]) {
    let prays = |l: &Line| {
        super::words::is_verse_label(l.text.split([':', '\u{ff1a}']).next().unwrap_or_default())
            || crate::model::kind_from_wording(&l.text) != crate::model::ItemKind::Info
    };
    // Most texts have no furniture at all: nothing to look for then.
    if !lines.iter().any(|l| l.furniture) {
        return;
    }
    let Some(last) = lines.iter().rposition(|l| !l.text.is_empty() && !l.furniture && prays(l)) else { return };
    let Some(first) = lines[last + 1..].iter().position(|l| l.furniture).map(|k| last + 1 + k) else { return };
    // The lines between the last prayer and the furniture are the page's too when they are few (a
    // "previous and next" link); many lines there are the sheet's own (a list that names no prayer).
    let between = lines[last + 1..first].iter().filter(|l| !l.text.is_empty()).count();
    let from = if between <= 2 { last + 1 } else { first };
    for l in &mut lines[from..] {
        if !l.text.is_empty() && l.chars <= 80 && !super::outline::ends_sentence(&l.text) {
            l.furniture = true;
        }
    }
}

/// Whole lines that are a page's menu or prompts.
const WHOLE: &[&str] = &[
    "home",
    "menu",
    "search",
    "slider",
    "share",
    "reply",
    "delete",
    "replydelete",
    "read more",
    "leer más",
    "leia mais",
    "lire la suite",
    "weiterlesen",
    "mehr lesen",
    "subscribe",
    "print",
    "email",
    "facebook",
    "twitter",
    "whatsapp",
    "share this:",
    "like this:",
    "comments",
    "comentarios",
    "commentaires",
    "kommentare",
    "댓글",
    "공유",
    "목록",
    "더 보기",
    "더보기",
    "阅读更多",
    "閱讀更多",
    "回复",
    "回覆",
    "分享",
];

/// How a page's links, bylines and prompts begin.
const OPENING: &[&str] = &[
    "skip to content",
    "skip to main content",
    "pasar al contenido",
    "saltar al contenido",
    "ir para o conteúdo",
    "aller au contenu",
    "zum inhalt",
    "bild ist nicht verfügbar",
    "image not available",
    "posted by ",
    "posted in ",
    "posted on ",
    "filed under",
    "tagged ",
    "labels:",
    "etiquetas:",
    "publicado por",
    "publié par",
    "veröffentlicht",
    "share on ",
    "compartir en",
    "partager sur",
    "teilen auf",
    "subscribe to",
    "suscríbete",
    "inscreva-se",
    "abonnez-vous",
    "leave a comment",
    "deja un comentario",
    "laisser un commentaire",
    "no comments",
    "page info",
    "페이지 정보",
    "작성일",
    "조회수",
    "nenhum comentário",
    "sin comentarios",
    "aucun commentaire",
    "keine kommentare",
    "see also",
    "veja também",
    "ver también",
    "voir aussi",
    "siehe auch",
    "related posts",
    "entradas relacionadas",
    "articles similaires",
];

/// Words of a byline or an avatar in Chinese.
const INSIDE: &[&str] = &["发表于", "發表於", "的头像", "的頭像", "阅读次数", "閱讀次數"];

/// A line of a web page's or a blog's furniture, not of the sheet: a skip link, a menu item, an
/// image's placeholder, a byline, a share or comment prompt (in the languages the importer reads).
pub(super) fn is_furniture(text: &str) -> bool {
    let t = text.trim();
    // Asked of every line: no copy is made, and each list is looked at only where it can match.
    if t.is_empty() || t.len() > 240 {
        return false;
    }
    // Only a line with a Chinese character (its first byte 0xE4 to 0xE9) is searched for Chinese
    // words.
    (t.len() <= 24 && WHOLE.iter().any(|w| w.eq_ignore_ascii_case(t)))
        || opens_as_furniture(t)
        || (t.bytes().any(|b| (0xE4..=0xE9).contains(&b)) && INSIDE.iter().any(|w| t.contains(w)))
        || (t.len() <= 32 && t.bytes().any(|b| b.is_ascii_digit()) && comment_count(&t.to_lowercase()))
}

/// The openings of [`OPENING`] by their first byte (lower case), so that a line is compared only
/// with those starting as it does (asked of every line of a paste).
static OPENING_BY_FIRST: std::sync::LazyLock<Vec<Vec<&'static str>>> = std::sync::LazyLock::new(|| {
    let mut by_first = vec![Vec::new(); 256];
    for o in OPENING {
        by_first[usize::from(o.as_bytes()[0].to_ascii_lowercase())].push(*o);
    }
    by_first
});

/// A line opening as a page's link, byline or prompt does (`Posted by`, `Publicado por`).
fn opens_as_furniture(t: &str) -> bool {
    let Some(&first) = t.as_bytes().first() else { return false };
    OPENING_BY_FIRST[usize::from(first.to_ascii_lowercase())]
        .iter()
        .any(|o| t.get(..o.len()).is_some_and(|p| p.eq_ignore_ascii_case(o)))
}

/// `3 comments`, `12 Comentarios`, `Comments (4)`.
fn comment_count(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let counted = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).chars().all(|c| c.is_ascii_digit());
    let comment =
        |w: &str| ["comment", "comments", "comentario", "comentarios", "commentaire", "commentaires"].contains(&w);
    matches!(words.as_slice(), [n, w] if counted(n) && comment(w))
        || matches!(words.as_slice(), [w, n] if comment(w) && counted(n) && n.starts_with('('))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pages_furniture_is_known_in_each_language() {
        for line in [
            "Pasar al contenido principal",
            "Bild ist nicht verfügbar",
            "Slider",
            "ReplyDelete",
            "Read More",
            "3 comments",
            "0 commentaires",
            "Posted by Anna at 9:14 PM",
            "Veja também o Projeto",
            "郑姊妹的头像",
            "郑姊妹 发表于 2022年09月16日 星期五 14:21",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "Pray for our homes",
            "Home group leaders",
            "Comments from the field were encouraging.",
            "Menu planning for the camp",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }
}
