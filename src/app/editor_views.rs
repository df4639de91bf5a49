//! What the editor shows beside the draft (the library's regions, what each linked paragraph
//! follows, the checks), worked out when the draft or the library changes rather than every frame.

use std::collections::HashMap;
use std::sync::Arc;

use super::App;
use crate::checks::Check;
use crate::model::Bulletin;

/// What the editor shows beside the draft.
#[derive(Clone, Debug, Default)]
pub struct EditorViews {
    /// The draft (its stem and bulletin) these were worked out for.
    of: Option<(Option<String>, Bulletin)>,
    /// The library's regions, by name.
    pub regions: Vec<String>,
    /// What each linked paragraph of the draft follows, as "June 5, 2026: Pray for…", by its id.
    pub links: HashMap<String, String>,
    /// The checks of the draft.
    pub checks: Vec<Check>,
}

impl App {
    /// The editor's views of the draft being edited (kept while neither it nor the library
    /// changes).
    pub fn editor_views(&mut self) -> Arc<EditorViews> {
        let (Some(library), Some(edit)) = (&self.library, &self.edit) else { return Arc::default() };
        if let Some(views) = &self.editor_views
            && views.of.as_ref().is_some_and(|(stem, draft)| *stem == edit.stem && *draft == edit.draft)
        {
            return views.clone();
        }
        let regions = library.settings.regions.iter().map(|r| r.name.clone()).collect();
        let other_dates: Vec<chrono::NaiveDate> = library
            .entries
            .iter()
            .filter(|x| Some(&x.stem) != edit.stem.as_ref())
            .filter_map(|x| x.bulletin.date)
            .collect();
        let mut links = HashMap::new();
        for follows in edit.draft.sections.iter().flat_map(|s| &s.items).filter_map(|i| i.follows.as_ref()) {
            let said = match self.threads.find(follows).and_then(|at| at.get(&library.entries)) {
                Some((b, i)) => format!(
                    "{}: {}",
                    b.date.map_or_else(|| crate::tr!("undated"), crate::model::medium_date),
                    i.text.chars().take(90).collect::<String>()
                ),
                None => "a paragraph no longer in the library".to_owned(),
            };
            links.insert(follows.clone(), said);
        }
        let views = Arc::new(EditorViews {
            of: Some((edit.stem.clone(), edit.draft.clone())),
            regions,
            links,
            checks: crate::checks::check(&edit.draft, &other_dates),
        });
        self.editor_views = Some(views.clone());
        views
    }
}
