//! The outline stage: which lines are a sheet's headings, read from the text itself as a person
//! reads them, in any language, without knowing the sheet's organisation.
//!
//! A person sees at once that `2- Families`, `[Tuesday] Our missionaries`, `Day 3 – Students` or
//! `Pray for our neighbours` are the outline: such a line stands alone, does not end a sentence, has
//! text under it, and has **siblings of the same form** further down. Lines of one form that follow
//! each other with nothing between them are a list, not an outline. A short line ending in a colon
//! with text under it (`Please pray for:`, `Oremos por:`) introduces that text and heads it too.
//!
//! The stage marks the lines it reads as headings (as a Markdown heading would be marked), and the
//! sheet's headline (its first line, when that stands alone above the text and is not itself of the
//! outline), and says what it decided so the report can tell the person.

use super::forms::{Form, form_of};
use super::text::Line;

/// What the stage decided, to be said in the report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decisions {
    /// Groups of sibling headings: the first line's number, its text, and how many siblings it has.
    pub siblings: Vec<(usize, String, usize)>,
    /// Lone labels read as headings (`Please pray for:`): line numbers.
    pub labels: Vec<usize>,
    /// The line taken as the headline, if any.
    pub headline: Option<usize>,
    /// Titles read as one bulletin each (a page listing several sheets): their line numbers.
    pub issues: Vec<usize>,
    /// Runs of short lines read as one item each: the first line's number and how many lines.
    pub lists: Vec<(usize, usize)>,
}

/// Reads the outline of `lines` and marks headings and the headline. `structural(line)` says whether a line
/// is already something else (a date, a reference, a verse, a known region).
pub fn mark(lines: &mut [Line], structural: impl Fn(&Line) -> bool) -> Decisions {
    // Each line is asked at most once.
    let known: Vec<std::cell::Cell<Option<bool>>> = vec![std::cell::Cell::new(None); lines.len()];
    let structural = |l: &Line| {
        let Some(slot) = known.get(l.number.wrapping_sub(1)) else { return structural(l) };
        slot.get().unwrap_or_else(|| {
            let is = structural(l);
            slot.set(Some(is));
            is
        })
    };
    // Only lines that could head anything are looked at closely (most lines end a sentence).
    let loosest = Form::Number("-".to_owned());
    let next_text: Vec<Option<usize>> = next_nonblank(lines);
    let wrap = wrap_width(lines);
    // Looked at closely: lines that could head text (not a sentence, text under them that does not
    // go on from them, not a wrapped paragraph's line).
    // Each line on its own: shared among the cores for a long text.
    let lines_read: &[Line] = lines;
    let (close_look, forms): (Vec<bool>, Vec<Option<Form>>) = super::parallel::map(lines_read, |i, l| {
        let look = is_candidate(l, Some(&loosest))
            && next_text[i].is_some_and(|n| lines_read[n].bulleted || !starts_lower(&lines_read[n].text))
            && (after_break(lines_read, i) || starts_marked(l.source))
            && !cut_by_wrap(lines_read, i, wrap);
        (look, if look { form_of(l.source, &l.text) } else { None })
    })
    .into_iter()
    .unzip();
    let candidate: Vec<bool> = (0..lines.len())
        .map(|i| {
            close_look[i]
                && is_candidate(&lines[i], forms[i].as_ref())
                && (after_break(lines, i) || matches!(forms[i], Some(Form::Number(_) | Form::Bracket)))
                && !structural(&lines[i])
        })
        .collect();
    let mut decisions = Decisions::default();
    let headings = sibling_headings(lines, &forms, &candidate, &next_text, &structural, &mut decisions);
    for &i in &headings {
        lines[i].markdown_heading = true;
        lines[i].bulleted = false;
    }
    // A lone label with text under it.
    for i in 0..lines.len() {
        let l = &lines[i];
        let heads_text = || next_text[i].is_some_and(|n| !structural(&lines[n]));
        if candidate[i] && !l.markdown_heading && is_label(&l.text, l.chars) && heads_text() {
            lines[i].markdown_heading = true;
            lines[i].bulleted = false;
            decisions.labels.push(lines[i].number);
        }
    }
    decisions.issues = super::issues::mark(lines);
    decisions.lists = super::paragraphs::list_lines(lines, &structural);
    // A page's furniture is left out, and named: at the top, where the headline is looked for, and
    // anywhere as a line of its own.
    super::furniture::mark(lines);
    super::furniture::after_the_last_prayer(lines);
    if let Some(h) = headline(lines, &structural).filter(|&h| !lines[h].issue) {
        // What stood above the headline was the page's, not the sheet's.
        // (A date line there is the bulletin's, or the post's.)
        for l in lines[..h].iter_mut().filter(|l| !l.text.is_empty() && super::parse_date_line(&l.text).is_none()) {
            l.furniture = true;
        }
        lines[h].headline = true;
        lines[h].markdown_heading = false;
        decisions.headline = Some(lines[h].number);
    }
    decisions
}

/// For each line, the index of the next line with text.
fn next_nonblank(lines: &[Line]) -> Vec<Option<usize>> {
    let mut next = vec![None; lines.len()];
    let mut after = None;
    for i in (0..lines.len()).rev() {
        next[i] = after;
        if !lines[i].text.is_empty() {
            after = Some(i);
        }
    }
    next
}

/// How wide the text is hard-wrapped, when it is: the longest of the lines that run on into the next
/// line with no blank between, when at least three such lines are long.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let running: Vec<usize> = lines
        .windows(2)
        .filter(|w| !w[0].text.is_empty() && !w[1].text.is_empty() && !w[1].bulleted)
        .map(|w| w[0].chars)
        .collect();
    let long = running.iter().filter(|&&c| c >= 50).count();
    (long >= 3).then(|| running.iter().copied().max().unwrap_or(0))
}

/// A line nearly as wide as the wrap, with more text right under it, is a paragraph's first line cut
/// by the wrap, however much it looks like a heading.
fn cut_by_wrap(lines: &[Line], i: usize, wrap: Option<usize>) -> bool {
    let runs_on = lines.get(i + 1).is_some_and(|n| !n.text.is_empty());
    if runs_on && wrap.is_some_and(|w| lines[i].chars * 5 >= w * 4) {
        return true;
    }
    let t = lines[i].text.as_ref();
    // One phrase: a sentence ending inside the line (`… the United States. IJM`) is not a heading.
    let inner_sentence = t.char_indices().any(|(at, c)| {
        matches!(c, '.' | '!' | '?') && t[at + 1..].starts_with(' ') && t[at + 2..].starts_with(char::is_uppercase)
    });
    inner_sentence || (runs_on && wrap.is_some_and(|w| lines[i].chars * 5 >= w * 4))
}

/// A line that starts with a number or a bracket (`2- Families`, `[Monday]`): such a line may head
/// a section even right under a paragraph.
fn starts_marked(source: &str) -> bool {
    source.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '[' | '(' | '\u{3010}' | '\u{ff08}'))
        || source.starts_with(|c: char| ('\u{2460}'..='\u{2473}').contains(&c) || "一二三四五六七八九十".contains(c))
}

/// A line that goes on from the one before (a hard-wrapped paragraph) starts in lower case.
pub(super) fn starts_lower(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

/// A heading starts after a break: the text's start, a blank line, a line that ended its sentence
/// or a list item; never in the middle of a wrapped paragraph.
fn after_break(lines: &[Line], i: usize) -> bool {
    let Some(before) = i.checked_sub(1).map(|p| &lines[p]) else { return true };
    let t = before.text.as_ref();
    t.is_empty()
        || before.markdown_heading
        || before.bulleted
        || ends_sentence(t)
        || t.ends_with(['!', ':', '\u{ff01}', '\u{ff1a}'])
        // Under the text's first line, a short one (a title).
        || (lines[..i - 1].iter().all(|l| l.text.is_empty()) && before.chars <= 60)
}

/// Sentence ends, in every script (a colon does not end a heading; it introduces what follows).
pub(super) fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\u{201d}', '\u{2019}', ')', '\u{ff09}', '\u{300d}', '*'])
        .ends_with(['.', '?', ';', ',', '\u{3002}', '\u{ff1f}', '\u{ff1b}', '\u{ff0c}'])
}

fn is_candidate(line: &Line, form: Option<&Form>) -> bool {
    let t = line.text.as_ref();
    // A full stop ends a sentence, but `2- Les hésitations des gouvernants.` is a short numbered
    // heading (its siblings decide); `2. Pray for the team.` is an item.
    let dashed = matches!(form, Some(Form::Number(mark)) if mark.contains(['-', '\u{2013}']));
    let short_numbered = dashed && line.chars <= 60 && t.ends_with('.') && !t.ends_with("..");
    if t.is_empty() || line.quoted || (ends_sentence(t) && !short_numbered) {
        return false;
    }
    // A bulleted line is an item; a numbered one may head a section (`1. Families`).
    if line.bulleted && !matches!(form, Some(Form::Number(_))) {
        return false;
    }
    // An exclamation ends a sentence, but `3- Éternel délivre nous!` is a short numbered heading.
    if t.ends_with(['!', '\u{ff01}']) && !(matches!(form, Some(Form::Number(_))) && line.chars <= 50) {
        return false;
    }
    (line.chars <= 80 || (t.ends_with([':', '\u{ff1a}']) && line.chars <= 220)) && !ends_mid_phrase(t)
}

/// Words a phrase does not end on (`Pray for the verdict in`): a line ending so was cut by a wrap.
const OPEN_ENDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that", "who",
    "their", "our", "his", "her", "y", "o", "de", "del", "la", "las", "el", "los", "en", "por", "para", "con", "que",
    "e", "do", "da", "dos", "das", "no", "na", "com", "et", "du", "des", "le", "les", "pour", "avec", "und", "der",
    "die", "das", "für", "mit", "von", "zu",
];

pub(super) fn ends_mid_phrase(text: &str) -> bool {
    let Some((_, last)) = text.rsplit_once(' ') else { return false };
    last.len() <= 5 && OPEN_ENDS.iter().any(|w| w.eq_ignore_ascii_case(last))
}

/// A short line ending in a colon, not a verse's label: it introduces what comes under it.
fn is_label(text: &str, chars: usize) -> bool {
    text.ends_with([':', '\u{ff1a}']) && chars <= 50 && !super::words::is_verse_label(text)
}

/// The lines that are headings because they have siblings of the same form, each with text under it.
fn sibling_headings(
    lines: &[Line],
    forms: &[Option<Form>],
    candidate: &[bool],
    next_text: &[Option<usize>],
    structural: &impl Fn(&Line) -> bool,
    decisions: &mut Decisions,
) -> Vec<usize> {
    // Groups in the order their first member comes (a map finds a line's group at once: a long
    // paste has thousands of lines of their own form).
    let mut groups: Vec<(Form, Vec<usize>)> = Vec::new();
    let mut group_of: std::collections::HashMap<&Form, usize> = std::collections::HashMap::new();
    for (i, form) in forms.iter().enumerate() {
        let Some(form) = form.as_ref().filter(|_| candidate[i]) else { continue };
        match group_of.get(form) {
            Some(&g) => groups[g].1.push(i),
            None => {
                group_of.insert(form, groups.len());
                groups.push((form.clone(), vec![i]));
            }
        }
    }
    let mut headings = Vec::new();
    for (form, members) in groups {
        // A member heads text: the next line with text is not of its own form (then it is a list).
        let heading: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| {
                next_text[i].is_some_and(|n| {
                    // The next line's own form, even when it could head nothing itself (the last line).
                    // A bulleted item under a heading is never the heading's sibling.
                    let next_form = forms[n].clone().or_else(|| form_of(lines[n].source, &lines[n].text));
                    lines[n].bulleted || next_form.as_ref() != Some(&form) || (forms[n].is_some() && !candidate[n])
                })
            })
            // A line above a date, a verse or a region is a bulletin's headline, not a heading.
            .filter(|&i| next_text[i].is_some_and(|n| !lines[n].markdown_heading && !structural(&lines[n])))
            .collect();
        let enough = match form {
            // A shared first two words is weaker evidence: three siblings, or two that are short.
            Form::Lead(_) => {
                heading.len() >= 3 || (heading.len() == 2 && heading.iter().all(|&i| lines[i].chars <= 40))
            }
            _ => heading.len() >= 2,
        };
        // Siblings that are mostly followed by one another are a list of items, not an outline.
        let listed = members.len() >= 2 * heading.len() + 2;
        if enough && !listed {
            let first = heading[0];
            decisions.siblings.push((lines[first].number, lines[first].text.to_string(), heading.len() - 1));
            headings.extend(heading);
        }
    }
    // Lone titles: a short line after a blank one, right over a much longer paragraph. Two or more
    // of them are the sheet's outline (`Kirche auf dem Land`, `Situation der Mitarbeitenden`).
    let lone: Vec<usize> = (1..lines.len())
        .filter(|&i| candidate[i] && !headings.contains(&i) && lines[i - 1].text.is_empty() && lines[i].chars <= 50)
        .filter(|&i| {
            next_text[i] == Some(i + 1) && {
                let body = &lines[i + 1];
                body.chars >= 60.max(2 * lines[i].chars) && !body.markdown_heading && !structural(body)
            }
        })
        .collect();
    if lone.len() >= 2 {
        decisions.siblings.push((lines[lone[0]].number, lines[lone[0]].text.to_string(), lone.len() - 1));
        headings.extend(lone);
    }
    headings.sort_unstable();
    headings
}

/// The sheet's headline: its first line with text, when that stands alone above the rest (a short
/// line, not a sentence, not a heading of the outline, not a date or reference or region).
fn headline(lines: &[Line], structural: &impl Fn(&Line) -> bool) -> Option<usize> {
    // Past a page's furniture and lower-case leftovers of its images (`beten kw29`).
    let leftover = |l: &Line| {
        l.furniture || (l.text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase) && !structural(l))
    };
    // A blog's date line may stand above the headline: the headline is the line after it.
    let dated = |l: &Line| super::parse_date_line(&l.text).is_some();
    let mut first = lines.iter().take(40).position(|l| !l.text.is_empty() && !leftover(l))?;
    if dated(&lines[first])
        && let Some(next) = lines[first + 1..].iter().take(4).position(|l| !l.text.is_empty()).map(|k| first + 1 + k)
        && !dated(&lines[next])
    {
        first = next;
    }
    let l = &lines[first];
    let rest = lines[first + 1..].iter().any(|l| !l.text.is_empty());
    // Alone on its line: a blank line under it, or a date, verse or reference (a sheet with no
    // blank lines at all).
    // In a sheet with no blank lines at its top, a short first line over longer text stands alone too.
    let no_blanks =
        lines[first..].iter().take(12).all(|l| !l.text.is_empty()) && lines[first..].iter().take(3).count() == 3;
    // A line over a verse whose reference stands on the line under it stands alone too.
    let over_a_verse = lines.get(first + 2).is_some_and(|r| super::verse::standalone_reference(&r.text).is_some());
    // A title that carries its date (`20220814 宣教关怀/Missionary Care`) is the sheet's whatever
    // stands under it.
    let dated_title = l.chars <= 100 && super::dated::date_within(&l.text, true).is_some();
    let stands_alone = over_a_verse
        || dated_title
        || lines.get(first + 1).is_none_or(|n| {
            n.text.is_empty()
                || structural(n)
                || super::verse::opens_with_quote(&n.text)
                || n.markdown_heading
                || n.furniture
                || n.bulleted
                || (no_blanks && l.chars <= 60 && n.chars > l.chars)
            // A short title right over a long paragraph.
            || (l.chars <= 60 && n.chars >= 2 * l.chars && n.chars > 80 && lines[first..].iter().filter(|x| !x.text.is_empty()).nth(2).is_some())
        });
    (rest
        && stands_alone
        && !l.markdown_heading
        && !l.bulleted
        && !l.quoted
        && l.chars <= 100
        && !ends_sentence(&l.text)
        && !l.text.ends_with([':', '\u{ff1a}'])
        // A headline may start with its date (`2026년 3월 8일 주간기도제목`).
        && (!structural(l) || super::dates::leading_cjk_date(&l.text).is_some()))
    .then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Vec<(String, bool, bool)>, Decisions) {
        let mut lines = super::super::text::clean_lines(text);
        let decisions = mark(&mut lines, |_| false);
        let shown = lines
            .iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| (l.text.to_string(), l.markdown_heading, l.headline))
            .collect();
        (shown, decisions)
    }

    fn headings(text: &str) -> Vec<String> {
        read(text).0.into_iter().filter(|(_, h, _)| *h).map(|(t, _, _)| t).collect()
    }

    #[test]
    fn numbered_bracketed_and_weekday_siblings_are_the_outline() {
        let sheet = "Prayer points\n\n1- Families\nPray for the families of our town as school starts again.\n\n\
                     2- Nurses\nPray for the nurses at the county hospital.\n\n3- Our leaders\nPray for wisdom.\n";
        assert_eq!(headings(sheet), ["1- Families", "2- Nurses", "3- Our leaders"]);
        let (lines, decisions) = read(sheet);
        assert!(lines[0].2, "the first line is the headline");
        assert_eq!(decisions.siblings, [(3, "1- Families".to_owned(), 2)]);

        let korean =
            "[월요일] 선교를 위한 기도\n선교사님들의 건강을 위해\n\n[화요일] 나라를 위한 기도\n지도자들을 위해\n";
        assert_eq!(headings(korean), ["[월요일] 선교를 위한 기도", "[화요일] 나라를 위한 기도"]);

        let days = "Spiritual life Sunday\nThat they grow in prayer.\n\nMinistry Monday\nThat doors open.\n";
        assert_eq!(headings(days), ["Spiritual life Sunday", "Ministry Monday"]);
    }

    #[test]
    fn lines_of_one_form_that_follow_each_other_are_a_list() {
        let list = "This week\n\nPray for the youth camp on Saturday\nPray for the nurses at the hospital\n\
                    Pray for the new families in town\nPray for the mission team in Peru\n";
        assert!(headings(list).is_empty(), "{:?}", headings(list));
    }

    #[test]
    fn a_label_with_text_under_it_heads_it_and_a_verse_label_does_not() {
        let sheet = "Our week\n\nPlease pray for:\nThe youth camp\nThe nurses\n\nVerse:\n\u{201c}Be still.\u{201d}\n";
        assert_eq!(headings(sheet), ["Please pray for:"]);
    }

    #[test]
    fn a_sentence_is_never_a_heading_nor_a_headline() {
        let (lines, _) = read("Pray for rain this week.\n\nThe farmers need it.\n");
        assert!(lines.iter().all(|(_, h, t)| !h && !t));
    }
}
