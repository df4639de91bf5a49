//! Telling praise from requests by the wording of a paragraph.

use super::ItemKind;

/// The kind a paragraph's wording suggests: the earliest praise or request phrase in it decides
/// (most paragraphs open with one; some tell a story first), and a paragraph with neither is
/// standing information.
pub fn kind_from_wording(text: &str) -> ItemKind {
    // One pass over the word starts: the first at which a phrase begins decides. The phrases start
    // with an ASCII letter and are compared byte for byte ignoring ASCII case, in place: no
    // lower-cased copy of the paragraph is made (this runs for every paragraph imported), and at each
    // word start only the phrases that begin with its letter are tried.
    let by_letter = phrases_by_letter();
    let bytes = text.as_bytes();
    let mut previous_alphanumeric = false;
    for (at, c) in text.char_indices() {
        let word_start = !previous_alphanumeric;
        previous_alphanumeric = c.is_alphanumeric();
        if !word_start || !c.is_ascii_alphabetic() {
            continue;
        }
        let letter = usize::from(c.to_ascii_lowercase() as u8 - b'a');
        for (p, kind) in &by_letter[letter] {
            // The bytes matched are the phrase's, so `at + p.len()` is a character boundary.
            if bytes.get(at..at + p.len()).is_some_and(|t| t.eq_ignore_ascii_case(p.as_bytes()))
                && !text[at + p.len()..].chars().next().is_some_and(char::is_alphanumeric)
            {
                return *kind;
            }
        }
    }
    other_languages(text)
}

/// Every phrase of every language by its first letter, praise before requests (so at one word start
/// a praise phrase wins, as it always has).
fn phrases_by_letter() -> &'static [Vec<(&'static str, ItemKind)>; 26] {
    static TABLE: std::sync::OnceLock<[Vec<(&'static str, ItemKind)>; 26]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: [Vec<(&'static str, ItemKind)>; 26] = Default::default();
        // Every language's phrases (`i18n/<language>/reading.ron`), English first.
        let words = &crate::language_data::all().words;
        let all = words
            .praise
            .iter()
            .map(|p| (p.as_str(), ItemKind::Praise))
            .chain(words.requests.iter().map(|p| (p.as_str(), ItemKind::Request)));
        for (p, kind) in all {
            if let Some(first) = p.bytes().next().filter(u8::is_ascii_lowercase) {
                table[usize::from(first - b'a')].push((p, kind));
            }
        }
        table
    })
}

/// [`kind_from_wording`] for a paragraph with no phrase at the start of a word: Korean and Chinese
/// phrases anywhere (their words join without spaces), the earliest deciding; then a prayer list's
/// item that says what it is for (`Por la paz…`, `Pelos missionários…`, `Pour les familles…`).
fn other_languages(text: &str) -> ItemKind {
    if !text.is_ascii() {
        let words = &crate::language_data::all().words;
        let earliest = |joined: &[String]| joined.iter().filter_map(|w| text.find(w.as_str())).min();
        match (earliest(&words.praise_joined), earliest(&words.requests_joined)) {
            (Some(p), Some(r)) if r < p => return ItemKind::Request,
            (Some(_), _) => return ItemKind::Praise,
            (None, Some(_)) => return ItemKind::Request,
            (None, None) => {}
        }
    }
    let opens = |w: &str| text.get(..w.len()).is_some_and(|t| t.eq_ignore_ascii_case(w));
    if crate::language_data::all().words.request_openings.iter().any(|w| opens(w)) {
        return ItemKind::Request;
    }
    ItemKind::Info
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain reading: lower-case the paragraph, then look for the phrases at word starts.
    fn reference(text: &str) -> ItemKind {
        let lower = text.to_lowercase();
        let bounded = |at: usize, len: usize| {
            !lower[..at].chars().next_back().is_some_and(char::is_alphanumeric)
                && !lower[at + len..].chars().next().is_some_and(char::is_alphanumeric)
        };
        let first = |phrases: &[&str]| {
            phrases
                .iter()
                .flat_map(|p| lower.match_indices(p).filter(|(at, _)| bounded(*at, p.len())).map(|(at, _)| at).take(1))
                .min()
        };
        let words = &crate::language_data::all().words;
        let praise: Vec<&str> = words.praise.iter().map(String::as_str).collect();
        let request: Vec<&str> = words.requests.iter().map(String::as_str).collect();
        match (first(&praise), first(&request)) {
            (Some(p), Some(r)) if r < p => ItemKind::Request,
            (Some(_), _) => ItemKind::Praise,
            (None, Some(_)) => ItemKind::Request,
            (None, None) => other_languages(text),
        }
    }

    proptest::proptest! {
        #[test]
        fn reading_in_place_agrees_with_lower_casing_first(
            text in "(praise god|thank GOD|Please Pray|pray|prayer|rejoice|continue praying|give thanks|[a-zA-Z0-9]{1,8}|[éÉ서]|[ .,!-]){0,20}",
        ) {
            proptest::prop_assert_eq!(kind_from_wording(&text), reference(&text));
        }
    }

    #[test]
    fn opening_phrase_decides() {
        assert_eq!(kind_from_wording("Praise God for a rescue. Pray for healing."), ItemKind::Praise);
        assert_eq!(kind_from_wording("Thank God for the team."), ItemKind::Praise);
        assert_eq!(kind_from_wording("Please join us in thanking God for interns."), ItemKind::Praise);
        assert_eq!(kind_from_wording("Please continue to pray for peace."), ItemKind::Request);
        assert_eq!(kind_from_wording("Continue praying for the region."), ItemKind::Request);
        assert_eq!(kind_from_wording("Pray for the team. Praise God too."), ItemKind::Request);
    }

    #[test]
    fn each_language_says_praise_and_requests_its_own_way() {
        for (text, kind) in [
            ("Oremos por los enfermos del hospital.", ItemKind::Request),
            ("Damos gracias a Dios por la nueva escuela.", ItemKind::Praise),
            ("Orem pelos missionários no Vale.", ItemKind::Request),
            ("Prions pour les familles du quartier.", ItemKind::Request),
            ("Remercions Dieu pour les bénévoles.", ItemKind::Praise),
            ("Wir beten für die Gemeinden auf dem Land.", ItemKind::Request),
            ("선교사님들의 건강을 위해", ItemKind::Request),
            ("새 예배당을 주셔서 감사합니다", ItemKind::Praise),
            ("求主預備合適的工作。", ItemKind::Request),
            ("感謝主賜下新的同工。", ItemKind::Praise),
            ("Por la paz en nuestra ciudad.", ItemKind::Request),
            ("Nuestra iglesia está en el centro.", ItemKind::Info),
        ] {
            assert_eq!(kind_from_wording(text), kind, "{text}");
        }
    }

    #[test]
    fn a_story_first_then_the_phrase() {
        assert_eq!(kind_from_wording("In 2018 a case began. Praise God for this conviction."), ItemKind::Praise);
        assert_eq!(kind_from_wording("Continue to ask for healing. Pray for the teams."), ItemKind::Request);
    }

    #[test]
    fn no_phrase_is_information_and_words_must_be_whole() {
        assert_eq!(kind_from_wording("Our headquarters is located in the United States."), ItemKind::Info);
        assert_eq!(kind_from_wording("The prayerful spray of praises."), ItemKind::Info);
    }
}
