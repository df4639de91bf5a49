//! Telling praise from requests by the wording of a paragraph.

use super::ItemKind;

const PRAISE: &[&str] =
    &["praise god", "thank god", "praise the lord", "join us in thanking", "give thanks", "thank the lord", "rejoice"];
const REQUEST: &[&str] = &["please continue to pray", "continue praying", "continue to pray", "please pray", "pray"];

/// The kind a paragraph's wording suggests: the earliest praise or request phrase in it decides
/// (most paragraphs open with one; some tell a story first), and a paragraph with neither is
/// standing information.
pub fn kind_from_wording(text: &str) -> ItemKind {
    let lower = text.to_lowercase();
    // One pass over the word starts: the first at which a phrase begins decides.
    let mut previous_alphanumeric = false;
    for (at, c) in lower.char_indices() {
        let word_start = !previous_alphanumeric;
        previous_alphanumeric = c.is_alphanumeric();
        if !word_start || !c.is_alphabetic() {
            continue;
        }
        let starts = |phrases: &[&str]| {
            phrases.iter().any(|p| lower[at..].starts_with(p) && is_word_bounded(&lower, at, p.len()))
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

fn is_word_bounded(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

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
