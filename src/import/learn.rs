//! Teaching a source: what a person corrected on one sheet becomes rules over a line's *shape*,
//! never line numbers, so that the same sender's next sheet (other words, other headings of the same
//! form) comes in right. For each corrected line the importer proposes patterns from the narrowest
//! (this very line) to the widest (its shape: "a number, a dash, words"), and says which other lines
//! of the sheet each one matches.

use std::collections::BTreeMap;

use regex::Regex;

use super::readings::LineReading;
use super::taught::Role;
use crate::library::sources::{Items, Source};

/// A pattern a line's correction could be remembered as, and how the preview describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// The regular expression over one trimmed line.
    pub pattern: String,
    /// What it matches, in words.
    pub describe: String,
}

/// Patterns for the line `text`, narrowest first: the line itself, lines starting with its first
/// word, and (when the line has one) its shape.
pub fn proposals(text: &str) -> Vec<Proposal> {
    let t = text.trim();
    let mut out =
        vec![Proposal { pattern: format!("^{}$", regex::escape(t)), describe: crate::tr!("learn-this-line") }];
    let first: String = t.split_whitespace().next().unwrap_or("").chars().filter(|c| c.is_alphanumeric()).collect();
    if !first.is_empty() && t.split_whitespace().count() > 1 {
        out.push(Proposal {
            pattern: format!("(?i)^{}\\b", regex::escape(&first)),
            describe: crate::tr!("learn-starting", word = first.as_str()),
        });
    }
    if let Some(shape) = shape(t) {
        out.push(shape);
    }
    out
}

/// The widest pattern for a line's form, when it has a recognisable one.
fn shape(t: &str) -> Option<Proposal> {
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let numbered = Regex::new(r"^\d+\s*[-\u{2013}.)]\s*\S").ok()?;
    let (pattern, describe) = if numbered.is_match(t) {
        (r"^\d+\s*[-\u{2013}.)]\s*\S.*$", crate::tr!("learn-numbered"))
    } else if t.starts_with('[') && t.contains(']') {
        (r"^\[[^\]]+\].*$", crate::tr!("learn-brackets"))
    } else if t.ends_with([':', '\u{ff1a}']) && t.chars().count() <= 60 {
        (r"^.{1,60}[:\u{ff1a}]$", crate::tr!("learn-colon"))
    } else if letters.len() >= 3
        && letters.iter().all(|c| !c.is_lowercase())
        && letters.iter().any(|c| c.is_uppercase())
    {
        (r"^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$", crate::tr!("learn-capitals"))
    } else {
        return None;
    };
    Some(Proposal { pattern: pattern.to_owned(), describe })
}

/// The line numbers of `lines` that `pattern` matches (none when it does not compile).
pub fn matching(pattern: &str, lines: &[LineReading]) -> Vec<usize> {
    let Ok(re) = Regex::new(pattern) else { return Vec::new() };
    lines.iter().filter(|l| !l.text.trim().is_empty() && re.is_match(l.text.trim())).map(|l| l.line).collect()
}

/// What a person taught on one sheet.
#[derive(Clone, Debug, Default)]
pub struct Lesson {
    /// The source's name.
    pub name: String,
    /// How its sheets are recognised (a sender, a site, or a line every sheet carries).
    pub known_by: Vec<String>,
    /// The sheet's corrections, each with the pattern chosen for it (for headings and lines left
    /// out; the others need none).
    pub corrections: Vec<(usize, Role, Option<String>)>,
    /// Headings sent to regions of the library.
    pub regions: BTreeMap<String, String>,
}

/// The source a lesson teaches, merged into what the source already held (`before`).
pub fn learn(lesson: &Lesson, before: Option<&Source>) -> Source {
    let mut source = before.cloned().unwrap_or_else(|| Source::new(&lesson.name));
    source.name = lesson.name.trim().to_owned();
    let add = |list: &mut Vec<String>, p: &str| {
        if !list.iter().any(|x| x == p) {
            list.push(p.to_owned());
        }
    };
    for mark in &lesson.known_by {
        add(&mut source.known_by, mark.trim());
    }
    for (_, role, pattern) in &lesson.corrections {
        match (role, pattern) {
            (Role::Heading, Some(p)) => add(&mut source.headings, p),
            (Role::LeftOut, Some(p)) => add(&mut source.leave_out, p),
            (Role::LeftOutFromHere, Some(p)) => add(&mut source.leave_out_from, p),
            (Role::Items, _) => source.items = Some(Items::Lines),
            _ => {}
        }
    }
    source.regions.extend(lesson.regions.iter().map(|(k, v)| (k.clone(), v.clone())));
    source
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Became;

    fn reading(line: usize, text: &str) -> LineReading {
        LineReading { line, text: text.into(), became: Became::Paragraph }
    }

    #[test]
    fn patterns_from_narrow_to_wide_and_what_they_match() {
        let lines = [reading(1, "2- Families"), reading(2, "Pray for them."), reading(3, "3- Students")];
        let p = proposals("2- Families");
        assert_eq!(p.len(), 3);
        assert_eq!(matching(&p[0].pattern, &lines), [1]);
        assert_eq!(p[2].describe, "a number, a mark, words");
        assert_eq!(matching(&p[2].pattern, &lines), [1, 3]);
        let caps = [reading(1, "OUR CITY"), reading(2, "Our city"), reading(3, "OUR WORLD – 2026")];
        let p = proposals("OUR CITY");
        assert_eq!(matching(&p[1].pattern, &caps), [1, 2, 3]);
        assert_eq!(matching(&p[2].pattern, &caps), [1, 3]);
        assert_eq!(proposals("(unclosed [").len(), 2);
        assert!(matching("^(", &caps).is_empty());
    }

    #[test]
    fn a_lesson_becomes_rules_added_to_what_was_taught() {
        let lesson = Lesson {
            name: "Harbour".into(),
            known_by: vec!["Harbour Fellowship".into()],
            corrections: vec![
                (5, Role::Heading, Some("^OUR".into())),
                (6, Role::Items, None),
                (13, Role::LeftOutFromHere, Some("^About Harbour".into())),
                (15, Role::Paragraph, None),
            ],
            regions: BTreeMap::from([("OUR WORLD".into(), "HQ & Global Partners".into())]),
        };
        let first = learn(&lesson, None);
        assert_eq!(first.headings, ["^OUR"]);
        assert_eq!(first.items, Some(Items::Lines));
        assert_eq!(first.leave_out_from, ["^About Harbour"]);
        let again =
            learn(&Lesson { corrections: vec![(2, Role::Heading, Some("^DAY".into()))], ..lesson }, Some(&first));
        assert_eq!(again.headings, ["^OUR", "^DAY"]);
        assert_eq!(again.known_by, ["Harbour Fellowship"]);
    }
}
