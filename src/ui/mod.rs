//! The panels. Each `*_ui` function draws from the app's state and queues commands; none does I/O.

// Functions of the app and its panels stay short enough to read at once (80 lines, clippy.toml).
#![warn(clippy::too_many_lines)]

pub mod answered;
pub mod archive;
pub mod daily_plan;
pub mod dialogs;
pub mod editor;
mod editor_parts;
pub mod focus_ring;
pub mod reader;
pub mod rows;
pub mod search;
pub mod spell_field;
pub mod theme;
pub mod timeline;
pub mod welcome;
pub mod widgets;

use crate::app::{Action, App, Command, Theme, View};

/// A button for a named action, with its tooltip and shortcut.
pub fn action_button(ui: &mut egui::Ui, action: Action) -> Option<Command> {
    let response = ui.button(action.label()).on_hover_text(action.hover_text(ui.ctx()));
    response.clicked().then_some(Command::Action(action))
}

/// Undo or Redo, its tooltip naming what it takes back or puts back, greyed when there is nothing.
fn undo_button(ui: &mut egui::Ui, app: &App, action: Action) -> Option<Command> {
    let response = ui.add_enabled(can_undo(app, action), egui::Button::new(action.label()));
    let shortcut = action.shortcut().map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
    let tip = |ui: &mut egui::Ui| {
        ui.label(format!("{} ({shortcut})", undo_tip(app, action)));
    };
    let response = response.on_hover_ui(tip).on_disabled_hover_ui(tip);
    response.clicked().then_some(Command::Action(action))
}

/// Whether there is a step for Undo (or Redo) to take.
fn can_undo(app: &App, action: Action) -> bool {
    app.edit.as_ref().is_some_and(|e| if action == Action::Undo { !e.undo.is_empty() } else { !e.redo.is_empty() })
}

/// What Undo (or Redo) would take back (put back), for its tooltip: worked out only when the
/// tooltip shows, not every frame.
fn undo_tip(app: &App, action: Action) -> String {
    let names = app.edit.as_ref().and_then(|e| if action == Action::Undo { e.undo_names() } else { e.redo_names() });
    match names {
        Some(what) if action == Action::Undo => crate::tr!("undo-what", change = what),
        Some(what) => crate::tr!("redo-what", change = what),
        None => action.tooltip(),
    }
}

/// A menu item for a named action, with its shortcut shown at the right.
fn action_menu_item(ui: &mut egui::Ui, action: Action, reading_only: bool) -> Option<Command> {
    if reading_only && action.edits() {
        return None;
    }
    // A shortcut's text only when there is one (an empty one would end the item's name with a space).
    let mut button = egui::Button::new(action.label());
    if let Some(shortcut) = action.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    let response = ui.add(button).on_hover_text(action.tooltip());
    response.clicked().then_some(Command::Action(action))
}

/// The menu bar, the toolbar and, below them, the message bar when there is something to say.
pub fn menu_bar_ui(ui: &mut egui::Ui, app: &mut App) {
    let reading = app.settings.reading_only;
    let mut commands = Vec::new();
    let mut rename = None;
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            let file = ui.menu_button(crate::tr!("menu-file"), |ui| file_menu_ui(ui, app, &mut commands));
            // F10 opens the menu bar (its File menu), as on other desktops.
            if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::F10)) {
                egui::Popup::open_id(ui.ctx(), egui::Popup::default_response_id(&file.response));
            }
            if !reading {
                ui.menu_button(crate::tr!("menu-edit"), |ui| edit_menu_ui(ui, app, &mut rename, &mut commands));
            }
            ui.menu_button(crate::tr!("menu-go"), |ui| {
                for action in
                    [Action::PreviousWeek, Action::NextWeek, Action::LatestWeek, Action::DayByDay, Action::Search]
                {
                    commands.extend(action_menu_item(ui, action, reading));
                }
            });
            ui.menu_button(crate::tr!("menu-view"), |ui| view_menu_ui(ui, app, &mut commands));
        });
    });
    egui::Panel::top("toolbar").show(ui, |ui| {
        // Wraps onto a second line where the words are long (Spanish, large print) rather than run
        // off the window.
        ui.horizontal_wrapped(|ui| toolbar_ui(ui, app, &mut commands));
    });
    if !app.messages.shown().is_empty() {
        egui::Panel::top("message_bar").show(ui, |ui| messages_ui(ui, app.messages.shown(), &mut commands));
    }
    if let Some(region) = rename {
        app.open_dialog(crate::app::Dialog::RenameRegion { from: region.clone(), to: region });
    }
    for command in commands {
        app.push(command);
    }
}

/// The message bar: each message with its severity's mark and colour, and Dismiss beside it.
fn messages_ui(ui: &mut egui::Ui, messages: &[crate::app::Message], commands: &mut Vec<Command>) {
    use crate::app::Severity;
    for (index, message) in messages.iter().enumerate() {
        ui.horizontal(|ui| {
            let (mark, colour) = match message.severity {
                Severity::Info => (String::new(), ui.visuals().strong_text_color()),
                Severity::Warning => (crate::tr!("message-note"), ui.visuals().warn_fg_color),
                Severity::Error => (crate::tr!("message-problem"), ui.visuals().error_fg_color),
            };
            if !mark.is_empty() {
                ui.label(egui::RichText::new(mark).strong().color(colour));
            }
            ui.label(egui::RichText::new(&message.text).strong());
            if ui.small_button(crate::tr!("message-dismiss")).clicked() {
                commands.push(Command::DismissMessage(index));
            }
        });
    }
}

/// Edit: read or edit, undo, redo, rename a region (not in reading mode).
fn edit_menu_ui(ui: &mut egui::Ui, app: &App, rename: &mut Option<String>, commands: &mut Vec<Command>) {
    commands.extend(action_menu_item(ui, Action::ToggleEdit, false));
    for action in [Action::Undo, Action::Redo] {
        let mut button = egui::Button::new(action.label());
        if let Some(shortcut) = action.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        let response = ui.add(button).on_hover_ui(|ui| {
            ui.label(undo_tip(app, action));
        });
        if response.clicked() {
            commands.push(Command::Action(action));
        }
    }
    ui.separator();
    ui.menu_button(crate::tr!("menu-rename-region"), |ui| {
        for region in region_names(app) {
            if ui.button(&region).clicked() {
                *rename = Some(region);
            }
        }
    });
}

/// The library's regions, by name.
fn region_names(app: &App) -> Vec<String> {
    app.library.as_ref().map(|l| l.settings.regions.iter().map(|r| r.name.clone()).collect()).unwrap_or_default()
}

/// File: weeks, libraries (with the recent ones), import, handouts, settings, delete.
fn file_menu_ui(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    let reading = app.settings.reading_only;
    for action in
        [Action::NewWeek, Action::Save, Action::NewLibrary, Action::OpenLibrary, Action::OpenShared, Action::Share]
    {
        commands.extend(action_menu_item(ui, action, reading));
    }
    ui.checkbox(&mut app.settings.share_automatically, crate::tr!("menu-share-every"))
        .on_hover_text(crate::tr!("menu-share-every-tip"));
    for action in [Action::Decisions, Action::History] {
        commands.extend(action_menu_item(ui, action, reading));
    }
    ui.menu_button(crate::tr!("menu-recent"), |ui| {
        let recent: Vec<_> = app.settings.recent_libraries.iter().filter(|d| d.is_dir()).cloned().collect();
        if recent.is_empty() {
            ui.label(crate::tr!("menu-none-yet"));
        }
        for dir in recent {
            if ui.button(dir.display().to_string()).clicked() {
                commands.push(Command::OpenLibrary(dir));
            }
        }
    });
    ui.separator();
    for action in [Action::PasteBulletin, Action::ImportFile] {
        commands.extend(action_menu_item(ui, action, reading));
    }
    ui.separator();
    for action in [Action::Print, Action::SendByEmail, Action::Export, Action::PublishSite, Action::LibrarySettings] {
        commands.extend(action_menu_item(ui, action, reading));
    }
    ui.separator();
    commands.extend(action_menu_item(ui, Action::DeleteBulletin, reading));
    ui.separator();
    commands.extend(action_menu_item(ui, Action::Quit, reading));
}

/// View: folding, zoom, large print, theme.
fn view_menu_ui(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    let reading = app.settings.reading_only;
    for action in
        [Action::ToBulletin, Action::ExpandAll, Action::CollapseAll, Action::ZoomIn, Action::ZoomOut, Action::ZoomReset]
    {
        commands.extend(action_menu_item(ui, action, reading));
    }
    ui.separator();
    ui.checkbox(&mut app.settings.large_print, crate::tr!("menu-large-print"));
    ui.checkbox(&mut app.settings.reading_only, crate::tr!("menu-reading-only"))
        .on_hover_text(crate::tr!("menu-reading-only-tip"));
    ui.checkbox(&mut app.settings.spell_check, crate::tr!("menu-spelling"))
        .on_hover_text(crate::tr!("menu-spelling-tip"));
    ui.separator();
    ui.label(crate::tr!("menu-theme"));
    ui.radio_value(&mut app.settings.theme, Theme::System, crate::tr!("menu-theme-system"));
    ui.radio_value(&mut app.settings.theme, Theme::Light, crate::tr!("menu-theme-light"));
    ui.radio_value(&mut app.settings.theme, Theme::Dark, crate::tr!("menu-theme-dark"));
    ui.separator();
    ui.menu_button(crate::tr!("menu-language"), |ui| {
        ui.radio_value(&mut app.settings.language, None, crate::tr!("menu-language-system"));
        for &code in crate::i18n::languages() {
            let name = crate::i18n::language_name(code);
            ui.radio_value(&mut app.settings.language, Some(code.to_owned()), name);
        }
    });
}

/// The toolbar: weeks, edit, new week (save, undo, redo while editing), search, what to read.
fn toolbar_ui(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    for action in [Action::PreviousWeek, Action::NextWeek, Action::LatestWeek] {
        commands.extend(action_button(ui, action));
    }
    ui.separator();
    let editing = app.edit.is_some();
    if !app.settings.reading_only {
        // Read | Edit: the mode the bulletin is in is the one shown selected.
        for (label, selected) in [(crate::tr!("toolbar-read"), !editing), (crate::tr!("toolbar-edit"), editing)] {
            let response = ui
                .add(egui::Button::selectable(selected, label))
                .on_hover_text(Action::ToggleEdit.hover_text(ui.ctx()));
            if response.clicked() && !selected {
                commands.push(Command::Action(Action::ToggleEdit));
            }
        }
        commands.extend(action_button(ui, Action::NewWeek));
        ui.separator();
    }
    if editing {
        commands.extend(action_button(ui, Action::Save));
        commands.extend(undo_button(ui, app, Action::Undo));
        commands.extend(undo_button(ui, app, Action::Redo));
        ui.separator();
    }
    commands.extend(action_button(ui, Action::Search));
    ui.separator();
    let current = match &app.view {
        View::RegionTimeline(region) => region.clone(),
        View::Reader => crate::tr!("toolbar-one-week"),
        View::Answered => crate::tr!("toolbar-answered"),
        View::DailyPlan => Action::DayByDay.label(),
    };
    // "Read:" and its choice stay together when the toolbar wraps: on the next line when the two do
    // not fit on this one.
    if ui.max_rect().right() - ui.cursor().min.x < 240.0 {
        ui.end_row();
    }
    ui.horizontal(|ui| {
        ui.label(crate::tr!("toolbar-read-what"));
        egui::ComboBox::from_id_salt("timeline_region")
            .selected_text(current)
            .show_ui(ui, |ui| {
                if ui.selectable_label(app.view == View::Reader, crate::tr!("toolbar-one-week")).clicked() {
                    commands.push(Command::ShowRegionTimeline(None));
                }
                if ui.selectable_label(app.view == View::Answered, crate::tr!("toolbar-answered")).clicked() {
                    commands.push(Command::ShowAnswered);
                }
                for region in region_names(app) {
                    let selected = app.view == View::RegionTimeline(region.clone());
                    if ui
                        .selectable_label(selected, crate::tr!("toolbar-region-every-week", region = region.as_str()))
                        .clicked()
                    {
                        commands.push(Command::ShowRegionTimeline(Some(region)));
                    }
                }
            })
            .response
            .on_hover_text(crate::tr!("toolbar-read-what-tip"));
    });
}

/// While files are dragged over the window, says that dropping them imports them.
pub fn drop_hint_ui(ui: &mut egui::Ui) {
    let hovering = ui.ctx().input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let screen = ui.ctx().content_rect();
    let painter = ui.ctx().layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop_hint")));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        crate::tr!("drop-hint"),
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}
