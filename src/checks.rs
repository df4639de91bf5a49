//! Advisory checks on one bulletin: what a careful coordinator would look at before sending it.
//! Checks never block saving.

use crate::model::Bulletin;

/// The part of a bulletin a check points at, so the editor can take the user there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The date.
    Date,
    /// The headline.
    Title,
    /// The verse or its reference.
    Verse,
    /// A region (index into `sections`).
    Section(usize),
    /// A paragraph.
    Item(crate::model::Spot),
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// Where.
    pub field: Field,
    /// What to look at, as a sentence.
    pub message: String,
    /// Whether one click can settle it: a detail that could identify a survivor is settled by
    /// marking the paragraph sensitive (or personal).
    pub identifying: bool,
}

/// Runs every check. `other_dates` are the dates of the library's other bulletins.
pub fn check(bulletin: &Bulletin, other_dates: &[chrono::NaiveDate]) -> Vec<Check> {
    let mut out = Vec::new();
    macro_rules! add {
        ($field:expr, $message:expr $(,)?) => {
            out.push(Check { field: $field, message: $message, identifying: false })
        };
    }
    match bulletin.date {
        None => add!(Field::Date, "The bulletin has no date.".into()),
        Some(d) if other_dates.contains(&d) => add!(Field::Date, format!("Another bulletin already has the date {d}.")),
        Some(_) => {}
    }
    if bulletin.title.trim().is_empty() {
        add!(Field::Title, "The headline is empty.".into());
    }
    match &bulletin.verse {
        Some(v) if !v.text.trim().is_empty() && v.reference.trim().is_empty() => {
            add!(Field::Verse, "The verse has no reference.".into());
        }
        Some(v) if v.text.trim().is_empty() && !v.reference.trim().is_empty() => {
            add!(Field::Verse, "The reference has no verse.".into());
        }
        _ => {}
    }
    let mut seen_sentences: std::collections::HashMap<String, Field> = std::collections::HashMap::new();
    for (si, section) in bulletin.sections.iter().enumerate() {
        if section.items.iter().all(|i| i.text.trim().is_empty()) {
            add!(Field::Section(si), format!("{} has no paragraph.", section.region));
        }
        for (ii, item) in section.items.iter().enumerate() {
            let field = Field::Item(crate::model::Spot::new(si, ii));
            for joined in run_together(&item.text) {
                add!(
                    field,
                    format!("{}: two sentences run together in \u{201c}{joined}\u{201d}; add a space.", section.region),
                );
            }
            for sentence in sentences(&item.text) {
                let key: String = sentence.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
                if key.len() < 20 {
                    continue;
                }
                if seen_sentences.insert(key, field).is_some() {
                    add!(field, format!("{}: a sentence is repeated: \u{201c}{sentence}\u{201d}", section.region));
                }
            }
            if !item.sensitive && !item.personal {
                for detail in identifying_details(&item.text) {
                    out.push(Check {
                        field,
                        message: format!(
                            "{}: \u{201c}{detail}\u{201d} could identify a survivor; mark the paragraph sensitive if it does, or personal so that it leaves public handouts after the library's weeks.",
                            section.region
                        ),
                        identifying: true,
                    });
                }
            }
        }
    }
    out
}

/// Places like "Thailand.Please" where a sentence ends and the next begins with no space.
pub fn run_together(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for i in 1..chars.len().saturating_sub(2) {
        if matches!(chars[i], '.' | '!' | '?')
            && chars[i - 1].is_lowercase()
            && chars[i + 1].is_uppercase()
            && chars[i + 2].is_lowercase()
        {
            let start = chars[..i].iter().rposition(|c| c.is_whitespace()).map_or(0, |p| p + 1);
            let end = chars[i + 1..]
                .iter()
                .position(|c| c.is_whitespace() || matches!(c, ',' | '.'))
                .map_or(chars.len(), |p| i + 1 + p);
            out.push(chars[start..end].iter().collect());
        }
    }
    out
}

fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        current.push(c);
        if matches!(c, '.' | '!' | '?') {
            out.push(current.trim().to_owned());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

/// Details that can identify a survivor: an age ("16-year-old", "aged 15", "Lucía, 15,") or a name
/// marked with `*` as a pseudonym ("Ana*").
pub fn identifying_details(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '*');
        let lower = bare.to_lowercase();
        let age = lower.split('-').next().is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            && (lower.contains("-year-old") || lower.contains("-years-old"));
        let aged =
            lower == "aged" && words.get(i + 1).is_some_and(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()));
        let pseudonym = bare.ends_with('*') && bare.chars().next().is_some_and(char::is_uppercase);
        let name_age = word.ends_with(',')
            && bare.chars().next().is_some_and(char::is_uppercase)
            && words.get(i + 1).is_some_and(|w| {
                let n = w.trim_end_matches(',');
                w.ends_with(',') && !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit())
            });
        if age || pseudonym {
            out.push(bare.to_owned());
        } else if aged {
            out.push(format!("aged {}", words[i + 1].trim_end_matches([',', '.'])));
        } else if name_age {
            out.push(format!("{} {}", word, words[i + 1].trim_end_matches(',')));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, Section, Verse};

    #[test]
    fn each_check_fires_and_points_at_its_field() {
        let b = Bulletin {
            title: " ".into(),
            verse: Some(Verse { text: "Be strong.".into(), reference: String::new() }),
            sections: vec![
                Section { region: "Asia".into(), items: vec![] },
                Section {
                    region: "Africa".into(),
                    items: vec![
                        Item::from_text("Pray for the team in Thailand.Please pray for Ana*, a 16-year-old girl."),
                        Item::from_text(
                            "Pray for the hearings next week in court. Pray for the hearings next week in court.",
                        ),
                    ],
                },
            ],
            ..Bulletin::default()
        };
        let checks = check(&b, &[]);
        let fields: Vec<Field> = checks.iter().map(|c| c.field).collect();
        assert!(fields.contains(&Field::Date));
        assert!(fields.contains(&Field::Title));
        assert!(fields.contains(&Field::Verse));
        assert!(fields.contains(&Field::Section(0)));
        let about =
            |needle: &str| checks.iter().filter(|c| c.message.contains(needle)).map(|c| c.field).collect::<Vec<_>>();
        assert_eq!(about("Thailand.Please"), [Field::Item(crate::model::Spot::new(1, 0))]);
        assert_eq!(about("16-year-old"), [Field::Item(crate::model::Spot::new(1, 0))]);
        assert_eq!(about("Ana*"), [Field::Item(crate::model::Spot::new(1, 0))]);
        assert_eq!(about("repeated"), [Field::Item(crate::model::Spot::new(1, 1))]);
    }

    #[test]
    fn sensitive_paragraphs_and_clean_text_raise_nothing() {
        let mut item = Item::from_text("Pray for Lucía, 15, who moves home.");
        assert_eq!(identifying_details(&item.text), ["Lucía, 15"]);
        item.sensitive = true;
        let b = Bulletin {
            date: chrono::NaiveDate::from_ymd_opt(2026, 1, 3),
            title: "Pray".into(),
            sections: vec![Section {
                region: "Asia".into(),
                items: vec![item, Item::from_text("Praise God for the U.S. team. Thank God.")],
            }],
            ..Bulletin::default()
        };
        assert_eq!(check(&b, &[]), []);
        assert_eq!(check(&b, &[chrono::NaiveDate::from_ymd_opt(2026, 1, 3).unwrap()]).len(), 1);
    }
}
