//! Telling praise from requests by the wording of a paragraph.

use super::ItemKind;

const PRAISE: &[&str] =
    &["praise god", "thank god", "praise the lord", "join us in thanking", "give thanks", "thank the lord", "rejoice"];
const REQUEST: &[&str] = &["please continue to pray", "continue praying", "continue to pray", "please pray", "pray"];

/// The kind a paragraph's wording suggests: the earliest praise or request phrase in it decides
/// (most paragraphs open with one; some tell a story first), and a paragraph with neither is
/// standing information.
pub fn kind_from_wording(text: &str) -> ItemKind {
    // One pass over the word starts: the first at which a phrase begins decides. The phrases are
    // ASCII, so they are compared byte for byte ignoring ASCII case, in place: no lower-cased copy
    // of the paragraph is made (this runs for every paragraph imported).
    let bytes = text.as_bytes();
    let mut previous_alphanumeric = false;
    for (at, c) in text.char_indices() {
        let word_start = !previous_alphanumeric;
        previous_alphanumeric = c.is_alphanumeric();
        if !word_start || !c.is_ascii_alphabetic() {
            continue;
        }
        let starts = |phrases: &[&str]| {
            phrases.iter().any(|p| {
                // A match is ASCII, so `at + p.len()` is a character boundary.
                bytes.get(at..at + p.len()).is_some_and(|t| t.eq_ignore_ascii_case(p.as_bytes()))
                    && !text[at + p.len()..].chars().next().is_some_and(char::is_alphanumeric)
            })
        };
        if starts(PRAISE) {
            return ItemKind::Praise;
        }
        if starts(REQUEST) {
            return ItemKind::Request;
        }
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
        match (first(PRAISE), first(REQUEST)) {
            (Some(p), Some(r)) if r < p => ItemKind::Request,
            (Some(_), _) => ItemKind::Praise,
            (None, Some(_)) => ItemKind::Request,
            (None, None) => ItemKind::Info,
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
