//! A bulletin being edited: the draft, what is on disk, and the undo history.

/// A bulletin being edited: the draft, what is on disk, and the undo history.
#[derive(Clone, Debug)]
pub struct EditSession {
    /// The file stem, or `None` for a bulletin never saved.
    pub stem: Option<String>,
    /// The bulletin as edited so far.
    pub draft: crate::model::Bulletin,
    /// The bulletin as last saved (`None`: never saved).
    pub saved: Option<crate::model::Bulletin>,
    /// Earlier states, newest last.
    pub undo: Vec<crate::model::Bulletin>,
    /// States undone, newest last.
    pub redo: Vec<crate::model::Bulletin>,
    /// The date as typed.
    pub date_text: String,
    /// A field to put the cursor in on the next frame.
    pub focus: Option<crate::checks::Field>,
    /// The widget edited last, so typing in one field makes one undo step, not one per letter.
    pub last_edited: Option<egui::Id>,
    /// A new week as it was started (never saved): left untouched, it is nothing to save.
    pub started: Option<crate::model::Bulletin>,
}

impl EditSession {
    /// Starts editing a bulletin.
    pub fn new(stem: Option<String>, bulletin: crate::model::Bulletin, saved: bool) -> Self {
        let date_text = bulletin.date.map(|d| d.to_string()).unwrap_or_default();
        Self {
            stem,
            saved: saved.then(|| bulletin.clone()),
            draft: bulletin,
            undo: Vec::new(),
            redo: Vec::new(),
            date_text,
            focus: None,
            last_edited: None,
            started: None,
        }
    }

    /// Are there changes not yet saved?
    /// (A new week left as it was started is not: leaving it asks nothing.)
    pub fn is_dirty(&self) -> bool {
        match (&self.saved, &self.started) {
            (None, Some(started)) => *started != self.draft,
            (saved, _) => saved.as_ref() != Some(&self.draft),
        }
    }

    /// Records `before` as an undo step for an edit of `widget` (typing in the same widget again
    /// adds no new step).
    pub fn record(&mut self, before: crate::model::Bulletin, widget: Option<egui::Id>) {
        if widget.is_none() || widget != self.last_edited || self.undo.is_empty() {
            self.undo.push(before);
            if self.undo.len() > 500 {
                self.undo.remove(0);
            }
        }
        self.last_edited = widget;
        self.redo.clear();
    }

    /// Goes back one step.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.undo.pop() else { return false };
        self.redo.push(std::mem::replace(&mut self.draft, previous));
        self.after_jump();
        true
    }

    /// Goes forward one step.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else { return false };
        self.undo.push(std::mem::replace(&mut self.draft, next));
        self.after_jump();
        true
    }

    /// What Undo would take back, named for a person ("removing the region “Asia”").
    pub fn undo_names(&self) -> Option<String> {
        self.undo.last().map(|before| change_words(crate::model::describe_change(before, &self.draft)))
    }

    /// What Redo would put back, named for a person.
    pub fn redo_names(&self) -> Option<String> {
        self.redo.last().map(|after| change_words(crate::model::describe_change(&self.draft, after)))
    }

    fn after_jump(&mut self) {
        self.date_text = self.draft.date.map(|d| d.to_string()).unwrap_or_default();
        self.last_edited = None;
    }
}

/// An edit named in the interface's language ("typing in the headline").
pub fn change_words(change: Option<crate::model::Change>) -> String {
    use crate::model::Change;
    match change.unwrap_or(Change::Other) {
        Change::Headline => crate::tr!("change-headline"),
        Change::Date => crate::tr!("change-date"),
        Change::Verse => crate::tr!("change-verse"),
        Change::Closing => crate::tr!("change-closing"),
        Change::Review => crate::tr!("change-review"),
        Change::Language => crate::tr!("change-language"),
        Change::RegionAdded(region) => crate::tr!("change-region-added", region = region),
        Change::RegionRemoved(region) => crate::tr!("change-region-removed", region = region),
        Change::RegionRenamed(old, new) => crate::tr!("change-region-renamed", old = old, new = new),
        Change::RegionMoved(region) => crate::tr!("change-region-moved", region = region),
        Change::ParagraphAdded(region) => crate::tr!("change-paragraph-added", region = region),
        Change::ParagraphRemoved(region) => crate::tr!("change-paragraph-removed", region = region),
        Change::ParagraphText(region) => crate::tr!("change-paragraph-text", region = region),
        Change::ParagraphKind(region) => crate::tr!("change-paragraph-kind", region = region),
        Change::ParagraphSharing(region) => crate::tr!("change-paragraph-sharing", region = region),
        Change::ParagraphLink(region) => crate::tr!("change-paragraph-link", region = region),
        Change::ParagraphMoved(region) => crate::tr!("change-paragraph-moved", region = region),
        Change::Other => crate::tr!("change-other"),
    }
}
