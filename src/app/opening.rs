//! Print and Send by e-mail hand a handout to another program (the PDF viewer, the mail program).
//! Whether that program started is checked, not assumed: when nothing could open the file, the app
//! says so and offers what else can be done: open the folder, copy the path, save the handout where
//! the coordinator chooses, or copy its text (to paste into webmail).

use std::path::{Path, PathBuf};

use super::{App, Dialog};

/// A handout made but not opened, with what it was for.
#[derive(Clone, Debug, PartialEq)]
pub struct NotOpened {
    /// Where the handout was written.
    pub path: PathBuf,
    /// Its kind (PDF for printing, EML for e-mail).
    pub format: crate::export::Format,
    /// Why it could not be opened.
    pub why: String,
}

/// A handout handed to another program, and what came of it.
pub struct Opened {
    /// Where it was written.
    pub path: PathBuf,
    /// Its kind: PDF (to print) or EML (to send).
    pub format: crate::export::Format,
    /// The characters it could not print, or why nothing opened it.
    pub result: Result<Vec<char>, String>,
}

/// What the coordinator does instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instead {
    /// Show the folder the handout is in.
    OpenFolder,
    /// Copy the handout's path.
    CopyPath,
    /// Write the handout where the coordinator chooses (the export window).
    SaveAs,
    /// Copy the week's public text, to paste into a webmail message.
    CopyText,
}

/// Opens `path` in the program the system uses for its kind, and says whether that program
/// started. On Linux and the BSDs `xdg-open` is waited for a moment: with nothing to open the file
/// it fails at once; still running after a second means the program has started. Elsewhere the
/// system's opener answers.
pub fn open_and_check(path: &Path) -> Result<(), String> {
    if cfg!(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd", target_os = "netbsd")) {
        let mut child = std::process::Command::new("xdg-open")
            .arg(path)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| format!("xdg-open could not be started ({e}); the package xdg-utils provides it"))?;
        for _ in 0..20 {
            match child.try_wait() {
                Ok(Some(status)) if status.success() => return Ok(()),
                Ok(Some(status)) => {
                    let kind = path.extension().map(|e| e.to_string_lossy().to_uppercase()).unwrap_or_default();
                    return Err(format!("no program on this computer opens {kind} files (xdg-open: {status})"));
                }
                Ok(None) => std::thread::sleep(std::time::Duration::from_millis(50)),
                Err(e) => return Err(e.to_string()),
            }
        }
        // Still running: the program it started is open.
        return Ok(());
    }
    opener::open(path).map_err(|e| e.to_string())
}

impl App {
    /// Hands the handout at `path` to the system's program for it on a thread of its own (so the
    /// window never waits for the check that the program started); what came of it arrives later.
    pub(super) fn open_in_background(&mut self, path: PathBuf, format: crate::export::Format, unprintable: Vec<char>) {
        let opener = std::sync::Arc::clone(&self.open_with);
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let result = opener(&path).map(|()| unprintable);
            let _gone_if_the_window_closed: Result<(), _> = send.send(Opened { path, format, result });
        });
        self.opening_receiver = Some(receive);
    }

    /// What the other program made of the handout, if it has answered (called every frame).
    pub(super) fn poll_opening(&mut self, ctx: &egui::Context) {
        let Some(receive) = &self.opening_receiver else { return };
        match receive.try_recv() {
            Ok(opened) => {
                self.opening_receiver = None;
                self.push(super::Command::Arrived(super::arrival::Arrival::Opened(super::arrival::Parcel::new(
                    opened,
                ))));
                ctx.request_repaint();
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => self.opening_receiver = None,
        }
    }

    /// Says what came of handing a handout to another program: opened, or not, with what else can
    /// be done.
    pub(super) fn handout_opened(&mut self, opened: Opened) {
        use super::messages::Severity;
        let Opened { path, format, result } = opened;
        let shown = path.display().to_string();
        let printing = format == crate::export::Format::Pdf;
        let (severity, message) = match result {
            Ok(unprintable) if printing => {
                let message = crate::tr!("msg-print-opened", path = shown);
                match crate::export::unprintable_note(&unprintable) {
                    Some(note) => (Severity::Warning, format!("{message} {note}.")),
                    None => (Severity::Info, message),
                }
            }
            Ok(_) => (Severity::Info, crate::tr!("msg-email-opened", path = shown)),
            Err(e) => {
                let message = if printing {
                    crate::tr!("msg-print-not-opened", error = e.clone(), path = shown)
                } else {
                    crate::tr!("msg-email-not-opened", error = e.clone(), path = shown)
                };
                self.not_opened(path, format, e);
                (Severity::Error, message)
            }
        };
        self.messages.say(severity, message);
    }

    /// Says that the handout at `path` could not be opened, and offers what else can be done.
    pub(super) fn not_opened(&mut self, path: PathBuf, format: crate::export::Format, why: String) {
        self.open_dialog(Dialog::NotOpened(NotOpened { path, format, why }));
    }

    /// Does what the coordinator chose instead.
    pub(super) fn instead(&mut self, instead: Instead) {
        let Some(Dialog::NotOpened(not_opened)) = self.dialog().cloned() else { return };
        match instead {
            Instead::OpenFolder => {
                let folder = not_opened.path.parent().map(Path::to_owned).unwrap_or_default();
                match (self.open_with)(&folder) {
                    Ok(()) => self.messages.info(crate::tr!("msg-folder-opened", path = folder.display().to_string())),
                    Err(e) => self.messages.error(crate::tr!(
                        "msg-folder-not-opened",
                        error = e.clone(),
                        path = folder.display().to_string()
                    )),
                }
            }
            Instead::CopyPath => {
                self.to_copy = Some(not_opened.path.display().to_string());
                self.messages.info(crate::tr!("msg-path-copied", path = not_opened.path.display().to_string()));
            }
            Instead::SaveAs => {
                self.close_dialog();
                let choice = super::ExportChoice { format: not_opened.format, public: true, ..Default::default() };
                self.open_dialog(Dialog::Export(choice));
                return;
            }
            Instead::CopyText => {
                let choice =
                    super::ExportChoice { format: crate::export::Format::Text, public: true, ..Default::default() };
                let text = self
                    .handout_bulletins(false, crate::export::Audience::Public)
                    .and_then(|b| crate::export::render(&b, &self.handout(&choice)).map_err(|e| e.to_string()));
                match text {
                    Ok(bytes) => {
                        self.to_copy = Some(String::from_utf8_lossy(&bytes).into_owned());
                        self.messages.info(crate::tr!("msg-text-copied"));
                    }
                    Err(e) => self.messages.error(crate::tr!("msg-text-not-made", error = e.clone())),
                }
            }
        }
        self.close_dialog();
    }
}
