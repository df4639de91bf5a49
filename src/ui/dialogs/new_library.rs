//! File → New library…: a name, a folder, an outline from the templates (its sections editable
//! before the library is made), the bulletins' weekday, the language, the closing note, and how long
//! personal paragraphs stay public.

use super::{cancel_button, dialog_ui};
use crate::app::{Command, NewLibraryForm};
use crate::library::templates::TEMPLATES;

const DAYS: [&str; 7] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/// The window.
pub fn new_library_ui(ctx: &egui::Context, form: &mut NewLibraryForm, opened: bool, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        &crate::tr!("new-library-title"),
        egui::vec2(640.0, 700.0),
        &mut (form, commands),
        |ui, (form, _), _| form_ui(ui, form, opened),
        |ui, (form, commands)| {
            let ready = !form.name.trim().is_empty()
                && !form.folder.trim().is_empty()
                && form.regions.lines().any(|l| !l.trim().is_empty());
            if ui
                .add_enabled(ready, egui::Button::new(crate::tr!("new-library-make")))
                .on_disabled_hover_text(crate::tr!("new-library-not-ready"))
                .clicked()
            {
                commands.push(Command::CreateLibrary(form.clone()));
            }
            cancel_button(ui, commands);
        },
    );
}

fn form_ui(ui: &mut egui::Ui, form: &mut NewLibraryForm, opened: bool) {
    let label = ui.label(crate::tr!("new-library-name"));
    let field = ui
        .add(
            egui::TextEdit::singleline(&mut form.name)
                .hint_text(crate::tr!("new-library-name-example"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if opened {
        field.request_focus();
    }
    let label = ui.label(crate::tr!("new-library-folder"));
    ui.add(egui::TextEdit::singleline(&mut form.folder).desired_width(f32::INFINITY)).labelled_by(label.id);
    ui.add_space(6.0);
    ui.label(egui::RichText::new(crate::tr!("new-library-outline")).strong());
    ui.horizontal_wrapped(|ui| {
        for (i, t) in TEMPLATES.iter().enumerate() {
            if ui.radio(form.template == i, t.label).clicked() && form.template != i {
                form.template = i;
                form.regions = t.regions.join("\n");
            }
        }
    });
    let label = ui.label(crate::tr!("new-library-sections"));
    ui.add(egui::TextEdit::multiline(&mut form.regions).desired_rows(5).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    ui.horizontal(|ui| {
        let shown = if form.day.is_empty() { crate::tr!("new-library-any-day") } else { capital(&form.day) };
        egui::ComboBox::from_label(crate::tr!("new-library-day")).selected_text(shown).show_ui(ui, |ui| {
            ui.selectable_value(&mut form.day, String::new(), crate::tr!("new-library-any-day"));
            for day in DAYS {
                ui.selectable_value(&mut form.day, day.to_owned(), capital(day));
            }
        });
        let label = ui.label(crate::tr!("new-library-language"));
        ui.add(egui::TextEdit::singleline(&mut form.language).hint_text("en").desired_width(60.0))
            .labelled_by(label.id);
    });
    let label = ui.label(crate::tr!("new-library-closing"));
    ui.add(egui::TextEdit::multiline(&mut form.closing).desired_rows(2).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    ui.horizontal_wrapped(|ui| {
        let mut ages = form.public_weeks.is_some();
        if ui.checkbox(&mut ages, crate::tr!("settings-ages")).changed() {
            form.public_weeks = ages.then_some(8);
        }
        if let Some(weeks) = &mut form.public_weeks {
            ui.add(egui::DragValue::new(weeks).range(1..=520).suffix(crate::tr!("settings-weeks-suffix")));
        }
    });
}

fn capital(day: &str) -> String {
    let mut chars = day.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The first run: look around the demo library, or make one's own.
pub fn welcome_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    dialog_ui(
        ctx,
        &crate::tr!("welcome-title"),
        egui::vec2(560.0, 260.0),
        commands,
        |ui, _, _| {
            ui.label(crate::tr!("welcome-demo"));
            ui.add_space(6.0);
            ui.label(egui::RichText::new(crate::tr!("welcome-any-time")).weak());
        },
        |ui, commands| {
            if ui.button(crate::tr!("welcome-own")).clicked() {
                commands.push(Command::Action(crate::app::Action::Close));
                commands.push(Command::Action(crate::app::Action::NewLibrary));
            }
            if ui.button(crate::tr!("welcome-demo-look")).clicked() {
                commands.push(Command::Action(crate::app::Action::Close));
            }
        },
    );
}
