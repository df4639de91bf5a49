//! Handouts: the weeks and the audience chosen, written to a file, printed or put in an e-mail.

use std::path::{Path, PathBuf};

use super::{App, Dialog, ExportChoice, PathPurpose, Severity};
use crate::model::Bulletin;

impl App {
    /// The bulletins a handout of the current week (or of every week) holds: the draft when editing.
    /// The one rule of the command line decides (`export::select`): a public handout takes only
    /// weeks marked ready or sent, and refuses a week still in draft, saying so. Empty when there is
    /// no bulletin at all.
    pub(super) fn handout_bulletins(
        &self,
        all: bool,
        audience: crate::export::Audience,
    ) -> Result<Vec<&Bulletin>, String> {
        use crate::export::select::{SelectError, Weeks, may_go_to, select};
        let Some(library) = &self.library else { return Ok(Vec::new()) };
        if all {
            return match select(library.entries.iter().map(|e| &e.bulletin), Weeks::All, audience, false) {
                Ok(chosen) => Ok(chosen),
                Err(SelectError::NoneFound(_)) => Ok(Vec::new()),
                Err(_) => Err(crate::tr!("export-all-drafts")),
            };
        }
        let week = self.edit.as_ref().map(|e| &e.draft).or(self.current_bulletin());
        match week {
            Some(b) if !may_go_to(b, audience, false) => Err(crate::tr!("export-draft")),
            week => Ok(week.into_iter().collect()),
        }
    }

    pub(super) fn handout(&self, choice: &ExportChoice) -> crate::export::Handout {
        let settings = self.library.as_ref().map(|l| l.settings.clone()).unwrap_or_default();
        crate::export::Handout {
            format: choice.format,
            audience: choice.audience(),
            width: settings.export.width,
            ascii: false,
            paper: crate::export::Paper::default(),
            library_name: settings.name,
            context: self.library.as_ref().map(crate::export::Context::of_library).unwrap_or_default(),
            layout: choice.layout_applied(),
            plan: choice.plan_applied(),
            start: None,
        }
    }

    /// Writes a handout through the same exporter as the command line, to `path` or where the save
    /// dialog (or, without one, a typed path) says.
    pub(super) fn export(&mut self, choice: &ExportChoice, path: Option<PathBuf>) {
        let (format, all) = (choice.format, choice.all);
        let bulletins = match self.handout_bulletins(all, choice.audience()) {
            Ok(bulletins) => bulletins,
            Err(why) => {
                self.messages.error(crate::tr!("msg-not-exported-why", why = why));
                return;
            }
        };
        let Some(first) = bulletins.first() else {
            self.messages.warn(crate::tr!("msg-nothing-to-export"));
            return;
        };
        let name = if all { "all-bulletins".to_owned() } else { first.file_stem() };
        let plan = if choice.plan && format != crate::export::Format::Ics { "-day-by-day" } else { "" };
        let suffix = if choice.public { "-public" } else { "" };
        let file_name = format!("{name}{plan}{suffix}.{}", format.extension());
        let start = self.settings.last_folder.clone().or_else(dirs_documents);
        // A path from the system's save dialog was confirmed there if it replaces a file; one typed
        // or given is asked about here.
        let (path, confirmed) = match path {
            Some(path) => (path, false),
            None => {
                let picked = self
                    .file_dialogs
                    .then(|| {
                        let dialog = rfd::FileDialog::new()
                            .set_title(crate::tr!("export-dialog-title"))
                            .set_file_name(&file_name)
                            .add_filter(format.label(), &[format.extension()]);
                        match &start {
                            Some(dir) => dialog.set_directory(dir),
                            None => dialog,
                        }
                        .save_file()
                    })
                    .flatten();
                match picked {
                    Some(path) => (path, true),
                    None => {
                        let start = start.map(|d| d.join(&file_name));
                        let text = start.map(|p| p.display().to_string()).unwrap_or(file_name);
                        self.open_dialog(Dialog::TypedPath { purpose: PathPurpose::Export(choice.clone()), text });
                        return;
                    }
                }
            }
        };
        self.export_to(choice, path, confirmed);
    }

    /// Writes the handout to `path`; a file already there is replaced only when `replace` (else the
    /// person is asked first).
    pub(super) fn export_to(&mut self, choice: &ExportChoice, path: PathBuf, replace: bool) {
        if !replace && std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            self.open_dialog(Dialog::ConfirmReplace { choice: choice.clone(), path });
            return;
        }
        let format = choice.format;
        let bulletins = match self.handout_bulletins(choice.all, choice.audience()) {
            Ok(bulletins) => bulletins,
            Err(why) => {
                self.messages.error(format!("Not exported. {why}"));
                return;
            }
        };
        if bulletins.is_empty() {
            self.messages.warn("There is no bulletin to export.".to_owned());
            return;
        }
        let handout = self.handout(choice);
        // Never into the library folder (its own files would be overwritten) nor onto a device or a
        // link. (Replacing a file was asked about above, or in the system's save dialog.)
        let library_dir = self.library.as_ref().map(|l| l.dir.as_path());
        if let Err(e) = crate::export::select::check_output(&path, library_dir, true) {
            self.messages.error(crate::tr!("msg-not-exported", error = e.to_string()));
            return;
        }
        match crate::export::write_handout(&bulletins, &handout, &path) {
            Ok(written) => {
                let mut message =
                    crate::tr!("msg-exported", format = format.label(), path = path.display().to_string());
                // A public handout says what it left out, so nobody wonders where a region went.
                if choice.public {
                    let (paragraphs, regions) = crate::export::left_out(&bulletins, &handout.context);
                    if paragraphs > 0 {
                        let count = u64::try_from(paragraphs).unwrap_or(0);
                        message.push(' ');
                        message.push_str(&if regions.is_empty() {
                            crate::tr!("msg-left-out", count = count)
                        } else {
                            crate::tr!("msg-left-out-regions", count = count, regions = regions.join(", "))
                        });
                    }
                }
                let severity = match crate::export::unprintable_note(&written.unprintable) {
                    Some(note) => {
                        message.push_str(&format!(" {note}."));
                        Severity::Warning
                    }
                    None => Severity::Info,
                };
                self.messages.say(severity, message);
                self.settings.last_folder = path.parent().map(Path::to_owned);
                // The export window and a typed path that led here are done.
                while matches!(
                    self.dialog(),
                    Some(Dialog::Export(_) | Dialog::TypedPath { .. } | Dialog::ConfirmReplace { .. })
                ) {
                    self.close_dialog();
                }
            }
            Err(e) => self.messages.error(crate::tr!("msg-not-exported", error = e.to_string())),
        }
    }

    /// Writes this week's public handout in `format` to the temporary folder and hands it to the
    /// system's program for it (on a thread of its own); `None` when there is no week to write.
    pub(super) fn open_public_handout(&mut self, format: crate::export::Format) -> Option<()> {
        let bulletins = self.handout_bulletins(false, crate::export::Audience::Public).ok()?;
        let first = bulletins.first()?;
        let folder = std::env::temp_dir().join("prayer-bulletin");
        let path = folder.join(format!("{}-public.{}", first.file_stem(), format.extension()));
        let handout = self.handout(&ExportChoice { format, ..ExportChoice::default() });
        let written = std::fs::create_dir_all(&folder)
            .map_err(|e| format!("{}: {e}", folder.display()))
            .and_then(|()| crate::export::write_handout(&bulletins, &handout, &path).map_err(|e| e.to_string()));
        match written {
            Ok(written) => {
                self.messages.info(crate::tr!("msg-opening", path = path.display().to_string()));
                self.open_in_background(path, format, written.unprintable);
            }
            Err(e) => self.handout_opened(super::opening::Opened { path, format, result: Err(e) }),
        }
        Some(())
    }

    /// Why this week's public handout cannot be made, if it cannot: the week is a draft, or the
    /// rule that ages personal paragraphs (`library.ron`) cannot be read (public handouts fail closed).
    pub(super) fn public_refusal(&self) -> Option<String> {
        if let Err(why) = self.handout_bulletins(false, crate::export::Audience::Public) {
            return Some(why);
        }
        let why = self.library.as_ref()?.settings_unreadable()?;
        Some(crate::export::ExportError::RuleUnreadable(why).to_string())
    }

    /// Writes this week's public PDF handout to a temporary file and opens it in the system's viewer,
    /// where the user prints.
    pub(super) fn print(&mut self) {
        if let Some(why) = self.public_refusal() {
            self.messages.error(crate::tr!("msg-not-printed-why", why = why));
            return;
        }
        if self.open_public_handout(crate::export::Format::Pdf).is_none() {
            self.messages.warn(crate::tr!("msg-nothing-to-print"));
        }
    }

    /// Writes this week's public handout as an e-mail draft to a temporary file and opens it in the
    /// system's mail program, where the user adds the recipients and sends it.
    pub(super) fn send_by_email(&mut self) {
        if let Some(why) = self.public_refusal() {
            self.messages.error(crate::tr!("msg-not-sent-why", why = why));
            return;
        }
        if self.open_public_handout(crate::export::Format::Eml).is_none() {
            self.messages.warn(crate::tr!("msg-nothing-to-send"));
        }
    }
}

/// The user's documents folder, where a first export is offered to go.
pub(super) fn dirs_documents() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from).map(|home| {
        let documents = home.join("Documents");
        if documents.is_dir() { documents } else { home }
    })
}
