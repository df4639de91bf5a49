//! Prayer Bulletin: prepare, read, search and print the weekly prayer bulletin, offline.
//!
//! The core (`model`, `library`, `import`, `export`, `search`) knows nothing of windows; `app` and
//! `ui` draw it with egui; `cli` is the command line.

pub mod app;
pub mod bundled_fonts;
pub mod checks;
pub mod cli;
pub mod entry;
pub mod export;
pub mod fixtures;
pub mod i18n;
pub mod import;
pub mod language_data;
pub mod library;
pub mod model;
pub mod search;
pub mod sharing;
pub mod spelling;
pub mod threads;
pub mod ui;
pub mod workspace;
