//! File → Publish website…: the public bulletins as a church website with a feed, written to a
//! folder the coordinator chooses (the last one remembered).

use std::path::PathBuf;

use super::{App, PathPurpose};

impl App {
    /// Asks for the website's folder with the system's dialog (starting at the last one), or a typed
    /// path where there is none.
    pub(super) fn pick_site_folder(&mut self) {
        let start = self.settings.site_folder.clone();
        let picked = self
            .file_dialogs
            .then(|| {
                let dialog = rfd::FileDialog::new().set_title(crate::tr!("action-publish-site"));
                match start.as_ref().and_then(|s| s.parent()) {
                    Some(dir) if dir.is_dir() => dialog.set_directory(dir),
                    _ => dialog,
                }
                .pick_folder()
            })
            .flatten();
        match picked {
            Some(dir) => self.publish_site(dir),
            None => self.ask_for_path(PathPurpose::Site, start),
        }
    }

    /// Writes the website into `dir` and says what it holds and what it left out.
    pub(super) fn publish_site(&mut self, dir: PathBuf) {
        self.close_typed_path();
        let Some(library) = &self.library else { return };
        let options = crate::export::site::SiteOptions { as_of: Some(self.today()), base_url: None };
        match crate::export::site::publish(library, &dir, &options) {
            Ok(published) => {
                let count = u64::try_from(published.weeks).unwrap_or(0);
                let mut message = crate::tr!("msg-site-published", count = count, path = dir.display().to_string());
                let (paragraphs, regions) = &published.left_out;
                if *paragraphs > 0 {
                    let count = u64::try_from(*paragraphs).unwrap_or(0);
                    message.push(' ');
                    message.push_str(&if regions.is_empty() {
                        crate::tr!("msg-left-out", count = count)
                    } else {
                        crate::tr!("msg-left-out-regions", count = count, regions = regions.join(", "))
                    });
                }
                self.messages.info(message);
                self.settings.site_folder = Some(dir);
            }
            Err(e) => self.messages.error(crate::tr!("msg-site-not-published", error = e.to_string())),
        }
    }
}
