//! The "New library" window's fields, as typed.

/// The "New library" window's answers so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewLibraryForm {
    /// The library's name.
    pub name: String,
    /// Its folder, as typed.
    pub folder: String,
    /// The template chosen (index into [`crate::library::templates::TEMPLATES`]).
    pub template: usize,
    /// The sections, one per line.
    pub regions: String,
    /// The weekday ("sunday"; empty: any day).
    pub day: String,
    /// The language.
    pub language: String,
    /// The closing note.
    pub closing: String,
    /// After how many weeks personal paragraphs stop being public.
    pub public_weeks: Option<u32>,
}

impl NewLibraryForm {
    /// The form as it opens: the first template's sections, bulletins for Sunday, in `folder`.
    pub fn new(folder: String) -> Self {
        let first = &crate::library::templates::TEMPLATES[0];
        Self { folder, regions: first.regions.join("\n"), day: "sunday".into(), ..Self::default() }
    }

    /// What the library is made of.
    pub fn library(&self) -> crate::library::templates::NewLibrary {
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        crate::library::templates::NewLibrary {
            name: self.name.trim().to_owned(),
            regions: self.regions.lines().map(str::to_owned).collect(),
            day: text(&self.day),
            language: text(&self.language),
            closing: text(&self.closing),
            public_weeks: self.public_weeks,
        }
    }
}
