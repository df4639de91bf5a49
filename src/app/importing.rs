//! Importing: a file or pasted text read into the preview (with the links it suggests), and the
//! preview's choices written through the workspace.

use std::path::Path;

use super::{App, Command, Dialog, ImportChoice, Severity};

impl App {
    /// The import commands: text or files to preview, the preview confirmed or cancelled (then the
    /// next file waiting is previewed).
    pub(super) fn importing(&mut self, command: Command) {
        match command {
            Command::ImportText(text) => {
                self.close_if(|d| matches!(d, Dialog::Paste(_)));
                self.preview_import(text.as_bytes(), super::ImportPreview::PASTED.to_owned());
            }
            Command::ImportFile(path) => {
                self.close_typed_path();
                self.import_file(&path);
            }
            Command::ImportFiles(paths) => {
                self.import_queue.extend(paths);
                if self.import_preview().is_none() {
                    self.next_import();
                }
            }
            Command::ConfirmImport => {
                self.confirm_import();
                self.next_import();
            }
            Command::BackToText => {
                let Some(text) = self.import_preview().and_then(super::ImportPreview::pasted_text) else { return };
                self.close_dialog();
                self.open_dialog(super::Dialog::Paste(text));
            }
            Command::CancelImport => {
                if self.import_preview().is_some() {
                    self.close_dialog();
                }
                self.next_import();
            }
            _ => {}
        }
    }

    pub(super) fn import_file(&mut self, path: &Path) {
        self.settings.last_folder = path.parent().map(Path::to_owned);
        match crate::import::read_file_bounded(path) {
            Ok(bytes) => self.preview_import(&bytes, path.display().to_string()),
            Err(e) => self.messages.error(crate::tr!("msg-not-imported", error = e.to_string())),
        }
    }

    /// Opens the preview of the next file waiting, if any (and no preview is open).
    pub(super) fn next_import(&mut self) {
        while self.import_preview().is_none() {
            let Some(path) = self.import_queue.pop_front() else { return };
            self.import_file(&path);
        }
    }

    pub(super) fn preview_import(&mut self, bytes: &[u8], source: String) {
        // Text, e-mails, web pages and Word documents alike, by name or content, read with the
        // library's taught sources.
        self.preview_with_teaching(bytes, source);
    }

    /// The links the preview suggests for `report` (the workspace ranks them).
    pub(super) fn suggest_links(&self, report: &crate::import::ImportReport) -> Vec<crate::app::SuggestedLink> {
        let entries = self.library.as_ref().map_or(&[][..], |l| &l.entries[..]);
        crate::workspace::suggest_links(entries, &self.threads, report)
    }

    pub(super) fn confirm_import(&mut self) {
        let Some(Dialog::ImportPreview(preview)) = self.dialog().cloned() else { return };
        // Written under the library's lock, as the command line writes: never waited for long on the
        // window's thread; while another program holds it, the preview stays open to try again.
        let lock = match self.library.as_ref().map(crate::library::Library::lock) {
            None => return,
            Some(Ok(lock)) => lock,
            Some(Err(e)) => {
                self.messages.error(crate::tr!("msg-not-imported-yet", error = e.to_string()));
                return;
            }
        };
        self.close_dialog();
        // What the person taught, saved first (under the same lock) for the source's next sheet.
        let remembered = self.remember_source(&preview);
        let Some(library) = self.library.as_mut() else { return };
        let links: Vec<crate::workspace::PlannedLink> = preview
            .links
            .iter()
            .filter(|l| l.accepted)
            .map(|l| crate::workspace::PlannedLink {
                bulletin: l.bulletin,
                at: l.at,
                target: l.target.clone(),
                said: l.said.clone(),
            })
            .collect();
        let plan = crate::workspace::ImportPlan {
            report: &preview.report,
            choices: &preview.choices,
            review: &preview.review,
            links: &links,
            drafts_from: preview.drafts_from,
        };
        let crate::workspace::ImportOutcome { applied, not_linked } = crate::workspace::import(library, &lock, &plan);
        drop(lock);
        let written = applied.written().count();
        let errors = applied.errors();
        let mut message = if errors.is_empty() {
            crate::tr!("msg-imported", count = u64::try_from(written).unwrap_or(0), source = preview.source.as_str())
        } else {
            crate::tr!("msg-imported-errors", count = u64::try_from(written).unwrap_or(0), errors = errors.join("; "))
        };
        if !not_linked.is_empty() {
            message.push(' ');
            let count = u64::try_from(not_linked.len()).unwrap_or(0);
            message.push_str(&crate::tr!("msg-links-not-made", count = count, links = not_linked.join("; ")));
        }
        if let Some(remembered) = remembered {
            message.push(' ');
            message.push_str(&remembered);
        }
        let severity = if !errors.is_empty() {
            Severity::Error
        } else if not_linked.is_empty() {
            Severity::Info
        } else {
            Severity::Warning
        };
        self.messages.say(severity, message);
        let last = applied.written().last().map(str::to_owned);
        if !errors.is_empty() {
            // Keep what could not be written in the window rather than losing it; what was written
            // is skipped if the user tries again.
            let mut preview = preview;
            for (choice, outcome) in preview.choices.iter_mut().zip(&applied.outcomes) {
                if matches!(outcome, crate::library::Outcome::Written(_)) {
                    *choice = ImportChoice::Skip;
                }
            }
            self.open_dialog(Dialog::ImportPreview(preview));
        }
        self.library_changed();
        if let Some(stem) = last {
            self.select(stem);
        }
    }
}
