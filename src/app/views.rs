//! What the app keeps worked out from the library (a region's weeks, the reader's stories), its
//! clock, and the test mode that stops it.

use super::{App, Clock};

impl App {
    /// Forgets the views worked out from the library (it changed).
    pub(super) fn forget_views(&mut self) {
        self.region_weeks = None;
        self.around = None;
        self.editor_views = None;
    }

    /// Today, by the app's clock.
    pub fn today(&self) -> chrono::NaiveDate {
        match self.clock {
            Clock::System => chrono::Local::now().date_naive(),
            Clock::Fixed(day) => day,
        }
    }

    /// A test's app: the clock stopped at `today`, no animation (a window or a panel is at its
    /// place in the frame it opens in), English, an empty clipboard, so a test's frames show the
    /// same thing on any machine.
    pub fn deterministic(mut self, today: chrono::NaiveDate) -> Self {
        self.clock = Clock::Fixed(today);
        self.animations = false;
        // In English unless the test chooses: the machine's language is not the test's.
        self.settings.language.get_or_insert_with(|| "en-US".to_owned());
        // Nor is its clipboard.
        self.read_clipboard = Box::new(|| None);
        self
    }

    /// The stories and aging marks of the bulletin shown (kept until something they come from
    /// changes).
    pub fn around(&mut self) -> std::sync::Arc<crate::ui::reader::Around> {
        let today = self.today();
        let (Some(library), Some(stem)) = (&self.library, &self.current) else { return std::sync::Arc::default() };
        if let Some((shown, day, around)) = &self.around
            && shown == stem
            && *day == today
            && around.reading_only == self.settings.reading_only
        {
            return around.clone();
        }
        let around = crate::ui::reader::Around::of(library, &self.threads, stem, today);
        let around =
            std::sync::Arc::new(crate::ui::reader::Around { reading_only: self.settings.reading_only, ..around });
        self.around = Some((stem.clone(), today, around.clone()));
        around
    }

    /// The weeks that have `region`, newest first (kept until the library changes).
    pub fn region_weeks(&mut self, region: &str) -> std::sync::Arc<Vec<crate::ui::timeline::RegionWeek>> {
        if let Some((shown, weeks)) = &self.region_weeks
            && shown == region
        {
            return weeks.clone();
        }
        let entries = self.library.as_ref().map_or(&[][..], |l| &l.entries[..]);
        let weeks = std::sync::Arc::new(crate::ui::timeline::region_weeks(entries, region));
        self.region_weeks = Some((region.to_owned(), weeks.clone()));
        weeks
    }

    /// The latest message's text, if any (what a person reads first in the message bar).
    pub fn message(&self) -> Option<String> {
        self.messages.latest().map(|m| m.text.clone())
    }
}
