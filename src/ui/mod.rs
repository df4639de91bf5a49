//! The panels. Each `*_ui` function draws from the app's state and queues commands; none does I/O.

// Functions of the app and its panels stay short enough to read at once (80 lines, clippy.toml).
#![warn(clippy::too_many_lines)]

pub mod answered;
pub mod archive;
pub mod daily_plan;
pub mod dialogs;
pub mod editor;
pub mod reader;
pub mod rows;
pub mod search;
pub mod timeline;
pub mod welcome;
pub mod widgets;

use crate::app::{Action, App, Command, Theme, View};

/// A button for a named action, with its tooltip and shortcut.
pub fn action_button(ui: &mut egui::Ui, action: Action) -> Option<Command> {
    let response = ui.button(action.label()).on_hover_text(action.hover_text(ui.ctx()));
    response.clicked().then_some(Command::Action(action))
}

/// A menu item for a named action, with its shortcut shown at the right.
fn action_menu_item(ui: &mut egui::Ui, action: Action) -> Option<Command> {
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
    let mut commands = Vec::new();
    let mut rename = None;
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| file_menu_ui(ui, app, &mut commands));
            ui.menu_button("Edit", |ui| {
                for action in [Action::ToggleEdit, Action::Undo, Action::Redo] {
                    commands.extend(action_menu_item(ui, action));
                }
                ui.separator();
                ui.menu_button("Rename a region…", |ui| {
                    for region in region_names(app) {
                        if ui.button(&region).clicked() {
                            rename = Some(region);
                        }
                    }
                });
            });
            ui.menu_button("Go", |ui| {
                for action in
                    [Action::PreviousWeek, Action::NextWeek, Action::LatestWeek, Action::DayByDay, Action::Search]
                {
                    commands.extend(action_menu_item(ui, action));
                }
            });
            ui.menu_button("View", |ui| view_menu_ui(ui, app, &mut commands));
        });
    });
    egui::Panel::top("toolbar").show(ui, |ui| {
        ui.horizontal(|ui| toolbar_ui(ui, app, &mut commands));
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
                Severity::Info => ("", ui.visuals().strong_text_color()),
                Severity::Warning => ("Note: ", ui.visuals().warn_fg_color),
                Severity::Error => ("Problem: ", ui.visuals().error_fg_color),
            };
            if !mark.is_empty() {
                ui.label(egui::RichText::new(mark).strong().color(colour));
            }
            ui.label(egui::RichText::new(&message.text).strong());
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::DismissMessage(index));
            }
        });
    }
}

/// The library's regions, by name.
fn region_names(app: &App) -> Vec<String> {
    app.library.as_ref().map(|l| l.settings.regions.iter().map(|r| r.name.clone()).collect()).unwrap_or_default()
}

/// File: weeks, libraries (with the recent ones), import, handouts, settings, delete.
fn file_menu_ui(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    for action in
        [Action::NewWeek, Action::Save, Action::NewLibrary, Action::OpenLibrary, Action::OpenShared, Action::Share]
    {
        commands.extend(action_menu_item(ui, action));
    }
    ui.checkbox(&mut app.settings.share_automatically, "Share every 5 minutes")
        .on_hover_text("While the app is open, a shared library is shared by itself every five minutes");
    for action in [Action::Decisions, Action::History] {
        commands.extend(action_menu_item(ui, action));
    }
    ui.menu_button("Recent libraries", |ui| {
        let recent: Vec<_> = app.settings.recent_libraries.iter().filter(|d| d.is_dir()).cloned().collect();
        if recent.is_empty() {
            ui.label("None yet");
        }
        for dir in recent {
            if ui.button(dir.display().to_string()).clicked() {
                commands.push(Command::OpenLibrary(dir));
            }
        }
    });
    ui.separator();
    for action in [Action::PasteBulletin, Action::ImportFile] {
        commands.extend(action_menu_item(ui, action));
    }
    ui.separator();
    for action in [Action::Print, Action::SendByEmail, Action::Export, Action::LibrarySettings] {
        commands.extend(action_menu_item(ui, action));
    }
    ui.separator();
    commands.extend(action_menu_item(ui, Action::DeleteBulletin));
    ui.separator();
    commands.extend(action_menu_item(ui, Action::Quit));
}

/// View: folding, zoom, large print, theme.
fn view_menu_ui(ui: &mut egui::Ui, app: &mut App, commands: &mut Vec<Command>) {
    for action in [Action::ExpandAll, Action::CollapseAll, Action::ZoomIn, Action::ZoomOut, Action::ZoomReset] {
        commands.extend(action_menu_item(ui, action));
    }
    ui.separator();
    ui.checkbox(&mut app.settings.large_print, "Large print");
    ui.separator();
    ui.label("Theme");
    ui.radio_value(&mut app.settings.theme, Theme::System, "Follow the system");
    ui.radio_value(&mut app.settings.theme, Theme::Light, "Light");
    ui.radio_value(&mut app.settings.theme, Theme::Dark, "Dark");
}

/// The toolbar: weeks, edit, new week (save, undo, redo while editing), search, what to read.
fn toolbar_ui(ui: &mut egui::Ui, app: &App, commands: &mut Vec<Command>) {
    for action in [Action::PreviousWeek, Action::NextWeek, Action::LatestWeek] {
        commands.extend(action_button(ui, action));
    }
    ui.separator();
    let editing = app.edit.is_some();
    let label = if editing { "Read" } else { "Edit" };
    let response =
        ui.add(egui::Button::selectable(editing, label)).on_hover_text(Action::ToggleEdit.hover_text(ui.ctx()));
    if response.clicked() {
        commands.push(Command::Action(Action::ToggleEdit));
    }
    commands.extend(action_button(ui, Action::NewWeek));
    if editing {
        commands.extend(action_button(ui, Action::Save));
        commands.extend(action_button(ui, Action::Undo));
        commands.extend(action_button(ui, Action::Redo));
    }
    ui.separator();
    commands.extend(action_button(ui, Action::Search));
    ui.separator();
    let current = match &app.view {
        View::RegionTimeline(region) => region.clone(),
        View::Reader => "One week".to_owned(),
        View::Answered => "Answered prayer".to_owned(),
        View::DailyPlan => "This week, day by day".to_owned(),
    };
    ui.label("Read:");
    egui::ComboBox::from_id_salt("timeline_region")
        .selected_text(current)
        .show_ui(ui, |ui| {
            if ui.selectable_label(app.view == View::Reader, "One week").clicked() {
                commands.push(Command::ShowRegionTimeline(None));
            }
            if ui.selectable_label(app.view == View::Answered, "Answered prayer").clicked() {
                commands.push(Command::ShowAnswered);
            }
            for region in region_names(app) {
                let selected = app.view == View::RegionTimeline(region.clone());
                if ui.selectable_label(selected, format!("{region}, every week")).clicked() {
                    commands.push(Command::ShowRegionTimeline(Some(region)));
                }
            }
        })
        .response
        .on_hover_text("Read one region's paragraphs from every week as one timeline");
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
        "Drop the files to preview their import",
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}
