//! What one edit changed in a bulletin, worked out from the bulletin before and after it, so that
//! Undo and Redo can name what they take back ("Undo: removing the region “Latin America”").

use super::{Bulletin, Item, Section};

/// One edit, as a person would name it. Region names are carried for the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The headline was typed in.
    Headline,
    /// The date was changed.
    Date,
    /// The verse or its reference.
    Verse,
    /// The closing note.
    Closing,
    /// The review state (draft, ready, sent).
    Review,
    /// The bulletin's language.
    Language,
    /// A region was added.
    RegionAdded(String),
    /// A region was removed.
    RegionRemoved(String),
    /// A region was renamed (old name, new name).
    RegionRenamed(String, String),
    /// The regions were put in another order (the region that moved).
    RegionMoved(String),
    /// A paragraph was added to a region.
    ParagraphAdded(String),
    /// A paragraph was removed from a region.
    ParagraphRemoved(String),
    /// A paragraph's text was typed in.
    ParagraphText(String),
    /// A paragraph's kind (praise, request, standing).
    ParagraphKind(String),
    /// Whether a paragraph may be shared (sensitive, personal).
    ParagraphSharing(String),
    /// What an earlier paragraph a paragraph follows up.
    ParagraphLink(String),
    /// The paragraphs of a region were put in another order.
    ParagraphMoved(String),
    /// Something else (nothing a person would name apart).
    Other,
}

/// What changed from `before` to `after`; `None` when nothing did. Where an edit changed several
/// things, the first in reading order names it.
pub fn describe(before: &Bulletin, after: &Bulletin) -> Option<Change> {
    if before == after {
        return None;
    }
    let change = if before.title != after.title {
        Change::Headline
    } else if before.date != after.date {
        Change::Date
    } else if before.verse != after.verse {
        Change::Verse
    } else if before.sections != after.sections {
        sections_change(&before.sections, &after.sections)
    } else if before.closing != after.closing {
        Change::Closing
    } else if before.state != after.state || before.sent_on != after.sent_on {
        Change::Review
    } else if before.language != after.language {
        Change::Language
    } else {
        Change::Other
    };
    Some(change)
}

fn sections_change(before: &[Section], after: &[Section]) -> Change {
    let has = |list: &[Section], name: &str| list.iter().any(|s| s.region == name);
    if after.len() > before.len()
        && let Some(added) = after.iter().find(|s| !has(before, &s.region))
    {
        return Change::RegionAdded(added.region.clone());
    }
    if after.len() < before.len()
        && let Some(removed) = before.iter().find(|s| !has(after, &s.region))
    {
        return Change::RegionRemoved(removed.region.clone());
    }
    if before.len() == after.len() {
        let renamed: Vec<_> = before.iter().zip(after).filter(|(b, a)| b.region != a.region).collect();
        if let [(old, new)] = renamed.as_slice() {
            return Change::RegionRenamed(old.region.clone(), new.region.clone());
        }
        if !renamed.is_empty() && before.iter().all(|b| has(after, &b.region)) {
            // The one that moved: the first whose neighbour changed from one list to the other.
            let moved = renamed.iter().map(|(b, _)| b).find(|b| {
                let at = |list: &[Section]| list.iter().position(|s| s.region == b.region);
                at(before).zip(at(after)).is_some_and(|(x, y)| x.abs_diff(y) == 1)
            });
            return Change::RegionMoved(moved.map_or_else(|| renamed[0].1.region.clone(), |b| b.region.clone()));
        }
    }
    for b in before {
        if let Some(a) = after.iter().find(|a| a.region == b.region)
            && a.items != b.items
        {
            return items_change(&b.region, &b.items, &a.items);
        }
    }
    Change::Other
}

fn items_change(region: &str, before: &[Item], after: &[Item]) -> Change {
    let region = region.to_owned();
    match after.len().cmp(&before.len()) {
        std::cmp::Ordering::Greater => return Change::ParagraphAdded(region),
        std::cmp::Ordering::Less => return Change::ParagraphRemoved(region),
        std::cmp::Ordering::Equal => {}
    }
    let differ: Vec<_> = before.iter().zip(after).filter(|(b, a)| b != a).collect();
    if differ.len() > 1 {
        let mut sorted_before: Vec<_> = before.iter().map(|i| &i.text).collect();
        let mut sorted_after: Vec<_> = after.iter().map(|i| &i.text).collect();
        sorted_before.sort();
        sorted_after.sort();
        if sorted_before == sorted_after {
            return Change::ParagraphMoved(region);
        }
    }
    let Some((b, a)) = differ.first() else { return Change::Other };
    if b.text != a.text {
        Change::ParagraphText(region)
    } else if b.kind != a.kind {
        Change::ParagraphKind(region)
    } else if b.sensitive != a.sensitive || b.personal != a.personal {
        Change::ParagraphSharing(region)
    } else if b.follows != a.follows {
        Change::ParagraphLink(region)
    } else {
        Change::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ItemKind;

    fn week() -> Bulletin {
        let item = |text: &str| Item { text: text.to_owned(), ..Item::default() };
        Bulletin {
            title: "Week".to_owned(),
            sections: vec![
                Section { region: "Africa".to_owned(), items: vec![item("one"), item("two")] },
                Section { region: "Asia".to_owned(), items: vec![item("three")] },
            ],
            ..Bulletin::default()
        }
    }

    #[test]
    fn names_each_kind_of_edit() {
        let before = week();
        assert_eq!(describe(&before, &before), None);
        let mut after = before.clone();
        after.title.push('!');
        assert_eq!(describe(&before, &after), Some(Change::Headline));

        let mut after = before.clone();
        after.sections.remove(0);
        assert_eq!(describe(&before, &after), Some(Change::RegionRemoved("Africa".into())));
        assert_eq!(describe(&after, &before), Some(Change::RegionAdded("Africa".into())));

        let mut after = before.clone();
        after.sections.swap(0, 1);
        assert_eq!(describe(&before, &after), Some(Change::RegionMoved("Africa".into())));

        let mut after = before.clone();
        after.sections[1].region = "South Asia".into();
        assert_eq!(describe(&before, &after), Some(Change::RegionRenamed("Asia".into(), "South Asia".into())));

        let mut after = before.clone();
        after.sections[0].items.pop();
        assert_eq!(describe(&before, &after), Some(Change::ParagraphRemoved("Africa".into())));

        let mut after = before.clone();
        after.sections[1].items[0].kind = ItemKind::Praise;
        assert_eq!(describe(&before, &after), Some(Change::ParagraphKind("Asia".into())));

        let mut after = before.clone();
        after.sections[0].items[1].sensitive = true;
        assert_eq!(describe(&before, &after), Some(Change::ParagraphSharing("Africa".into())));

        let mut after = before.clone();
        after.sections[0].items.swap(0, 1);
        assert_eq!(describe(&before, &after), Some(Change::ParagraphMoved("Africa".into())));

        let mut after = before.clone();
        after.sections[0].items[0].text.push_str(" more");
        assert_eq!(describe(&before, &after), Some(Change::ParagraphText("Africa".into())));

        let mut after = before.clone();
        after.closing = Some("Thanks".into());
        assert_eq!(describe(&before, &after), Some(Change::Closing));
    }
}
