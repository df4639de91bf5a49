//! The dialogs: one file per window. At most one is shown at a time (the last of
//! [`crate::app::App::dialog`]), as a modal sized from the screen it is on, so its buttons are always
//! on screen: the body scrolls inside when it is long.

mod confirm_delete;
mod confirm_replace;
mod disk_conflict;
mod export;
mod follows_up;
mod history;
mod import_preview;
mod import_text;
mod library_settings;
mod mark_ready;
mod new_library;
mod not_opened;
mod paste;
mod recovery;
mod rename_region;
mod share;
mod typed_path;
mod unsaved;

use crate::app::{App, Command, Dialog};

/// Room kept between a dialog and the edges of the screen.
const MARGIN: f32 = 24.0;

/// The size a dialog gets on this screen: what it asks for, or less where the screen is smaller.
pub fn fitted(ctx: &egui::Context, wanted: egui::Vec2) -> egui::Vec2 {
    let screen = ctx.content_rect().size();
    egui::vec2(wanted.x.min(screen.x - 2.0 * MARGIN).max(200.0), wanted.y.min(screen.y - 2.0 * MARGIN).max(160.0))
}

/// A modal dialog that fits the screen: a heading, a body that scrolls when it is longer than the
/// screen allows, and a row of buttons below it that is always visible. Its size is fixed from the
/// screen (what it asks for, or less), so nothing in it can make it grow from frame to frame.
///
/// `state` is what both parts work on (the dialog's fields and the commands it queues); the body is
/// told the height it has.
pub fn dialog_ui<S>(
    ctx: &egui::Context,
    title: &str,
    wanted: egui::Vec2,
    state: &mut S,
    body: impl FnOnce(&mut egui::Ui, &mut S, f32),
    buttons: impl FnOnce(&mut egui::Ui, &mut S),
) {
    let size = fitted(ctx, wanted);
    let _response = egui::Modal::new(egui::Id::unique(("dialog", title))).show(ctx, |ui| {
        ui.set_width(size.x);
        ui.set_height(size.y);
        egui::Panel::top(egui::Id::unique(("dialog_title", title)))
            .frame(egui::Frame::NONE)
            .show_separator_line(false)
            .show(ui, |ui| {
                ui.heading(title);
            });
        egui::Panel::bottom(egui::Id::unique(("dialog_buttons", title)))
            .frame(egui::Frame::NONE.inner_margin(egui::Margin::symmetric(0, 6)))
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| buttons(ui, state));
            });
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| {
            let height = ui.available_height();
            egui::ScrollArea::vertical()
                .id_salt(("dialog_body", title))
                .auto_shrink([false, false])
                .show(ui, |ui| body(ui, state, height));
        });
    });
}

/// Draws the dialog shown, if any, and queues what its buttons ask for.
pub fn dialogs_ui(ui: &mut egui::Ui, app: &mut App) {
    let ctx = ui.ctx().clone();
    let mut commands = Vec::new();
    let library = app.library.as_ref();
    let current = app.current.as_deref().and_then(|s| library?.entry(s)).map(|e| e.bulletin.clone());
    let existing: Vec<bool> = match (app.import_preview(), library) {
        (Some(preview), Some(library)) => {
            preview.report.bulletins.iter().map(|b| b.date.and_then(|d| library.entry_for_date(d)).is_some()).collect()
        }
        _ => Vec::new(),
    };
    let opened = opened_this_frame(&ctx, app.dialog());
    let regions: Vec<String> =
        library.map(|l| l.settings.regions.iter().map(|r| r.name.clone()).collect()).unwrap_or_default();
    let decisions = app.sharing.decisions.clone();
    match app.dialog_mut() {
        None => {}
        Some(Dialog::ShareSetup { remote, name, email }) => {
            share::share_setup_ui(&ctx, (remote, name, email), opened, &mut commands);
        }
        Some(Dialog::OpenShared { address, folder, name, email }) => {
            share::open_shared_ui(&ctx, (address, folder, name, email), opened, &mut commands);
        }
        Some(Dialog::Decisions) => share::decisions_ui(&ctx, &decisions, &mut commands),
        Some(Dialog::Welcome) => new_library::welcome_ui(&ctx, &mut commands),
        Some(Dialog::NewLibrary(form)) => new_library::new_library_ui(&ctx, form, opened, &mut commands),
        Some(Dialog::History(view)) => history::history_ui(&ctx, view, &mut commands),
        Some(Dialog::Paste(text)) => paste::paste_ui(&ctx, text, opened, &mut commands),
        Some(Dialog::ImportPreview(preview)) => {
            import_preview::import_preview_ui(&ctx, preview, &existing, &regions, &mut commands);
        }
        Some(Dialog::TypedPath { purpose, text }) => {
            typed_path::typed_path_ui(&ctx, purpose, text, opened, &mut commands);
        }
        Some(Dialog::Unsaved(_)) => unsaved::unsaved_ui(&ctx, &mut commands),
        Some(Dialog::ConfirmDelete) => confirm_delete::confirm_delete_ui(&ctx, current.as_ref(), &mut commands),
        Some(Dialog::ConfirmReplace { choice, path }) => {
            confirm_replace::confirm_replace_ui(&ctx, choice, path, &mut commands);
        }
        Some(Dialog::RenameRegion { from, to }) => {
            rename_region::rename_region_ui(&ctx, from, to, opened, &mut commands);
        }
        Some(Dialog::Export(choice)) => export::export_ui(&ctx, choice, &mut commands),
        Some(Dialog::LibrarySettings { edited, sources, .. }) => {
            library_settings::library_settings_dialog_ui(&ctx, edited, sources, &mut commands);
        }
        Some(Dialog::Recovery(offer)) => recovery::recovery_ui(&ctx, offer, &mut commands),
        Some(Dialog::DiskConflict) => disk_conflict::disk_conflict_ui(&ctx, &mut commands),
        Some(Dialog::FollowsUp(state)) => follows_up::follows_up_ui(&ctx, state, opened, &mut commands),
        Some(Dialog::MarkReady(checks)) => mark_ready::mark_ready_ui(&ctx, checks, &mut commands),
        Some(Dialog::NotOpened(not_opened)) => not_opened::not_opened_ui(&ctx, not_opened, &mut commands),
    }
    for command in commands {
        app.push(command);
    }
}

/// Whether `dialog` is shown for the first frame (opened, or shown again after the one above it
/// closed): its field then takes the cursor. Only then, so that Esc, which leaves a text field,
/// can close the dialog the second time it is pressed.
fn opened_this_frame(ctx: &egui::Context, dialog: Option<&Dialog>) -> bool {
    let key = egui::Id::unique("dialog_shown_last_frame");
    let now = dialog.map(|d| egui::Id::unique(std::mem::discriminant(d)));
    let before = ctx.data_mut(|data| {
        let before = data.get_temp::<egui::Id>(key);
        match now {
            Some(id) => {
                data.insert_temp(key, id);
            }
            None => data.remove::<egui::Id>(key),
        }
        before
    });
    now.is_some() && now != before
}

/// A question with one button per answer, each with its tooltip and the command it queues.
pub fn question_ui(
    ctx: &egui::Context,
    title: &str,
    wanted: egui::Vec2,
    question: &str,
    answers: &[(String, String, Command)],
    commands: &mut Vec<Command>,
) {
    dialog_ui(
        ctx,
        title,
        wanted,
        commands,
        |ui, _, _| {
            ui.label(question);
        },
        |ui, commands| {
            for (label, hover, command) in answers {
                let button = ui.button(label);
                let button = if hover.is_empty() { button } else { button.on_hover_text(hover) };
                if button.clicked() {
                    commands.push(command.clone());
                }
            }
        },
    );
}

/// A "Cancel" button that closes the dialog.
fn cancel_button(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    if ui.button(crate::tr!("dialog-cancel")).clicked() {
        commands.push(Command::Action(crate::app::Action::Close));
    }
}
