//! The eframe app: persisted settings, runtime state, the command queue and its handler.
//!
//! Panels in [`crate::ui`] draw from [`App`]'s state and push [`Command`]s; [`App::apply`] carries them
//! out after the frame. Dialogs and file I/O happen only there.

mod command;

pub use command::Command;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::cli::Failure;
use crate::library::Library;

/// What the app remembers between runs (eframe storage). Unknown or unreadable values fall back to
/// the defaults.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The library open last.
    pub last_library: Option<PathBuf>,
    /// The bulletin (file stem) open last.
    pub last_bulletin: Option<String>,
    /// Regions the reader has collapsed.
    pub collapsed_regions: Vec<String>,
}

const SETTINGS_KEY: &str = "prayer-bulletin-settings";

/// The app.
pub struct App {
    /// Remembered between runs.
    pub settings: Settings,
    /// The open library, if one could be opened.
    pub library: Option<Library>,
    /// The bulletin shown (its file stem).
    pub current: Option<String>,
    /// A message for the user (an error, or what just happened).
    pub message: Option<String>,
    /// Commands pushed by the panels this frame.
    commands: Vec<Command>,
    /// The window title last sent.
    pub window_title: String,
}

impl App {
    /// An app on `dir`, or on the library remembered in `settings`, or on the sample library.
    pub fn new(dir: Option<PathBuf>, settings: Settings) -> Self {
        let mut app = Self {
            settings,
            library: None,
            current: None,
            message: None,
            commands: Vec::new(),
            window_title: String::new(),
        };
        let dir = dir.or_else(|| app.settings.last_library.clone().filter(|d| d.is_dir())).or_else(sample_library);
        match dir {
            Some(dir) => app.open_library(&dir),
            None => app.message = Some("No library open. Use File → Open library… to choose a folder.".to_owned()),
        }
        app
    }

    /// Queues a command for after this frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The bulletin shown, if any.
    pub fn current_bulletin(&self) -> Option<&crate::model::Bulletin> {
        let library = self.library.as_ref()?;
        library.entry(self.current.as_deref()?).map(|e| &e.bulletin)
    }

    fn open_library(&mut self, dir: &Path) {
        match Library::load(dir) {
            Ok(library) => {
                let remembered = self
                    .settings
                    .last_bulletin
                    .clone()
                    .filter(|stem| library.entry(stem).is_some())
                    .filter(|_| self.settings.last_library.as_deref() == Some(dir));
                self.current = remembered.or_else(|| library.entries.first().map(|e| e.stem.clone()));
                self.message = (!library.problems.is_empty()).then(|| {
                    format!(
                        "{} file(s) of this library could not be read; see the list at the left.",
                        library.problems.len()
                    )
                });
                self.settings.last_library = Some(dir.to_owned());
                self.library = Some(library);
            }
            Err(e) => self.message = Some(format!("Could not open the library: {e}")),
        }
    }

    /// Draws one frame: the panels, then the commands they queued.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        crate::ui::menu_bar_ui(ui, self);
        crate::ui::archive::archive_ui(ui, self);
        crate::ui::reader::reader_panel_ui(ui, self);
        let title = match (&self.library, self.current_bulletin()) {
            (Some(l), Some(b)) => format!("{} — {} — Prayer Bulletin", b.long_date(), l.settings.name),
            (Some(l), None) => format!("{} — Prayer Bulletin", l.settings.name),
            _ => "Prayer Bulletin".to_owned(),
        };
        // Sending the title asks for another frame, so only when it changed.
        if title != self.window_title {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        for command in std::mem::take(&mut self.commands) {
            self.apply(command);
        }
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Select(stem) => {
                self.current = Some(stem);
                self.settings.last_bulletin = self.current.clone();
            }
            Command::OpenLibrary(dir) => self.open_library(&dir),
            Command::PickLibrary => match rfd::FileDialog::new().set_title("Open a library folder").pick_folder() {
                Some(dir) => self.open_library(&dir),
                None => self.message = Some("No folder chosen.".to_owned()),
            },
            Command::SetCollapsed { region, collapsed } => {
                self.settings.collapsed_regions.retain(|r| *r != region);
                if collapsed {
                    self.settings.collapsed_regions.push(region);
                }
            }
            Command::DismissMessage => self.message = None,
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}

/// Reads the remembered settings; ones that do not parse (after an upgrade, say) are replaced by
/// the defaults, with a line on stderr.
pub fn load_settings(storage: Option<&dyn eframe::Storage>) -> Settings {
    let Some(text) = storage.and_then(|s| s.get_string(SETTINGS_KEY)) else { return Settings::default() };
    match ron::from_str(&text) {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("prayer-bulletin: stored settings could not be read ({e}); using the defaults");
            Settings::default()
        }
    }
}

/// The demo library shipped with the app: `sample-data/` in the working directory, beside the
/// executable (or a few folders above it, as in `target/release`), or in the source tree.
pub fn sample_library() -> Option<PathBuf> {
    let mut candidates = vec![PathBuf::from("sample-data")];
    if let Ok(exe) = std::env::current_exe() {
        candidates.extend(exe.ancestors().skip(1).take(4).map(|d| d.join("sample-data")));
    }
    candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data"));
    candidates.into_iter().find(|d| d.join(crate::library::BULLETINS_DIR).is_dir())
}

/// Opens the window.
pub fn run(dir: Option<PathBuf>) -> Result<std::process::ExitCode, Failure> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Prayer Bulletin")
            .with_inner_size([1180.0, 780.0])
            .with_min_inner_size([560.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Prayer Bulletin",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(dir, load_settings(cc.storage))))),
    )
    .map_err(|e| Failure(format!("could not open the window: {e}")))?;
    Ok(std::process::ExitCode::SUCCESS)
}
