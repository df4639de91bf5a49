//! The editor: every part of a bulletin, with the checks and a live preview beside it.

use crate::app::{App, Command, EditSession};
use crate::checks::Field;
use crate::model::{Item, ItemKind, Spot, Verse, kind_from_wording};
use crate::ui::editor_parts::{checks_ui, language_ui, state_ui};
use crate::ui::spell_field::{SpellCtx, spelled_ui};
use crate::workspace::draft::{Edit, apply_edit};

/// The central panel in edit mode: the form at the left, checks and preview at the right.
pub fn editor_panel_ui(ui: &mut egui::Ui, app: &mut App) {
    let views = app.editor_views();
    let (regions, links) = (&views.regions, &views.links);
    let mut commands = Vec::new();
    let language = app.draft_language();
    let checking = app.settings.spell_check && app.spelling.ready(&language);
    let mut spell = checking.then(|| SpellCtx { spelling: &mut app.spelling, language, commands: Vec::new() });
    let Some(edit) = &mut app.edit else { return };
    egui::CentralPanel::default().show(ui, |ui| {
        let before = edit.draft.clone();
        let checks = &views.checks;
        let wide = ui.available_width() > 760.0;
        if wide {
            ui.columns(2, |columns| {
                egui::ScrollArea::vertical().id_salt("editor_form").auto_shrink([false, false]).show(
                    &mut columns[0],
                    |ui| {
                        form_ui(ui, edit, (regions, links), &mut spell, &mut commands);
                    },
                );
                egui::ScrollArea::vertical().id_salt("editor_side").auto_shrink([false, false]).show(
                    &mut columns[1],
                    |ui| {
                        checks_ui(ui, edit, checks);
                        ui.separator();
                        ui.label(egui::RichText::new(crate::tr!("editor-preview")).strong());
                        let _preview_clicks_change_nothing =
                            crate::ui::reader::bulletin_ui(ui, &edit.draft, &[], None, &Default::default());
                    },
                );
            });
        } else {
            egui::ScrollArea::vertical().id_salt("editor_form").auto_shrink([false, false]).show(ui, |ui| {
                checks_ui(ui, edit, checks);
                ui.separator();
                form_ui(ui, edit, (regions, links), &mut spell, &mut commands);
            });
        }
        if edit.draft != before {
            let focused = ui.ctx().memory(egui::Memory::focused);
            edit.record(before, focused);
        }
    });
    commands.extend(spell.map(|s| s.commands).unwrap_or_default());
    for command in commands {
        app.push(command);
    }
}

/// A labelled text field; takes the cursor when the checks sent the user here.
fn field_ui(
    ui: &mut egui::Ui,
    (label, text): (&str, &mut String),
    multiline: bool,
    here: bool,
    spell: &mut Option<SpellCtx<'_>>,
) -> egui::Response {
    // A fixed id keeps the cursor in the field while the checks above it come and go.
    let id = egui::Id::unique(("editor_field", label));
    let label = ui.label(label);
    let response = spelled_ui(ui, text, (multiline, id), spell.as_mut()).labelled_by(label.id);
    if here {
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::Center));
    }
    response
}

fn form_ui(
    ui: &mut egui::Ui,
    edit: &mut EditSession,
    (regions, links): (&[String], &std::collections::HashMap<String, String>),
    spell: &mut Option<SpellCtx<'_>>,
    commands: &mut Vec<Command>,
) {
    let focus = edit.focus.take();
    ui.heading(if edit.stem.is_some() {
        crate::tr!("editor-edit-bulletin")
    } else {
        crate::tr!("editor-new-bulletin")
    });
    state_ui(ui, edit, commands);
    field_ui(ui, (&crate::tr!("editor-headline"), &mut edit.draft.title), false, focus == Some(Field::Title), spell);

    date_ui(ui, edit, focus == Some(Field::Date));
    language_ui(ui, &mut edit.draft.language);

    let verse = edit.draft.verse.get_or_insert_with(Verse::default);
    field_ui(ui, (&crate::tr!("editor-verse"), &mut verse.text), true, focus == Some(Field::Verse), spell);
    field_ui(ui, (&crate::tr!("editor-reference"), &mut verse.reference), false, false, &mut None);
    if edit.draft.verse.as_ref().is_some_and(|v| v.text.is_empty() && v.reference.is_empty()) {
        edit.draft.verse = None;
    }

    let mut edits = Vec::new();
    let section_count = edit.draft.sections.len();
    let names: Vec<String> = edit.draft.sections.iter().map(|s| s.region.clone()).collect();
    for (si, section) in edit.draft.sections.iter_mut().enumerate() {
        ui.add_space(10.0);
        ui.separator();
        let written = section.items.iter().filter(|i| !i.text.trim().is_empty()).count();
        section_header_ui(
            ui,
            (&section.region, written),
            (si, section_count),
            focus == Some(Field::Section(si)),
            &mut edits,
        );
        let count = section.items.len();
        for (ii, item) in section.items.iter_mut().enumerate() {
            item_ui(ui, item, Spot::new(si, ii), count, &names, (focus, spell), &mut edits);
            link_ui(ui, item, (si, ii), links, commands);
        }
        if ui.button(crate::tr!("editor-add-paragraph", region = section.region.as_str())).clicked() {
            edits.push(Edit::AddItem(si));
        }
    }
    ui.add_space(10.0);
    ui.separator();
    let missing: Vec<&String> = regions.iter().filter(|r| !names.contains(r)).collect();
    if !missing.is_empty() {
        egui::ComboBox::from_label(crate::tr!("editor-add-region")).selected_text(crate::tr!("editor-choose")).show_ui(
            ui,
            |ui| {
                for region in missing {
                    if ui.selectable_label(false, region).clicked() {
                        edits.push(Edit::AddSection(region.clone()));
                    }
                }
            },
        );
    }
    let mut closing = edit.draft.closing.clone().unwrap_or_default();
    if field_ui(ui, (&crate::tr!("editor-closing"), &mut closing), true, false, spell).changed() {
        edit.draft.closing = (!closing.trim().is_empty()).then_some(closing);
    }
    ui.add_space(30.0);
    for e in edits {
        // The cursor goes where the next keystroke belongs: a new paragraph, a new region's first.
        if let Some(field) = apply_edit(&mut edit.draft.sections, e) {
            edit.focus = Some(field);
        }
    }
}

fn item_ui(
    ui: &mut egui::Ui,
    item: &mut Item,
    at: Spot,
    count: usize,
    regions: &[String],
    (focus, spell): (Option<Field>, &mut Option<SpellCtx<'_>>),
    edits: &mut Vec<Edit>,
) {
    let (si, ii) = (at.section, at.item);
    ui.add_space(6.0);
    let suggested_before = kind_from_wording(&item.text);
    let name = crate::tr!(
        "editor-paragraph",
        number = u64::try_from(ii + 1).unwrap_or(0),
        region = regions.get(si).map_or("", String::as_str)
    );
    let response = field_ui(ui, (&name, &mut item.text), true, focus == Some(Field::Item(at)), spell);
    // The kind follows the wording until the coordinator picks one that differs from it.
    if response.changed() && item.kind == suggested_before {
        item.kind = kind_from_wording(&item.text);
    }
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::new(("kind", si, ii), crate::tr!("editor-kind")).selected_text(item.kind.label()).show_ui(
            ui,
            |ui| {
                for kind in ItemKind::ALL {
                    ui.selectable_value(&mut item.kind, kind, kind.label());
                }
            },
        );
        ui.checkbox(&mut item.sensitive, crate::tr!("editor-sensitive"))
            .on_hover_text(crate::tr!("editor-sensitive-tip"));
        ui.checkbox(&mut item.personal, crate::tr!("editor-personal")).on_hover_text(crate::tr!("editor-personal-tip"));
        if ui.add_enabled(ii > 0, egui::Button::new("↑")).on_hover_text(crate::tr!("editor-paragraph-up")).clicked() {
            edits.push(Edit::MoveItem(at, -1));
        }
        if ui
            .add_enabled(ii + 1 < count, egui::Button::new("↓"))
            .on_hover_text(crate::tr!("editor-paragraph-down"))
            .clicked()
        {
            edits.push(Edit::MoveItem(at, 1));
        }
        if ui.button(crate::tr!("editor-duplicate")).on_hover_text(crate::tr!("editor-duplicate-tip")).clicked() {
            edits.push(Edit::DuplicateItem(at));
        }
        egui::ComboBox::new(("move_to", si, ii), crate::tr!("editor-move-to"))
            .selected_text(crate::tr!("editor-choose"))
            .show_ui(ui, |ui| {
                for (ti, region) in regions.iter().enumerate() {
                    if ti != si && ui.selectable_label(false, region).clicked() {
                        edits.push(Edit::MoveItemTo(at, ti));
                    }
                }
            });
        if ui.button(crate::tr!("editor-remove")).on_hover_text(crate::tr!("editor-remove-tip")).clicked() {
            edits.push(Edit::RemoveItem(at));
        }
    });
}

/// The paragraph's link to the earlier one it follows up, and the button that sets it.
fn link_ui(
    ui: &mut egui::Ui,
    item: &Item,
    (section, index): (usize, usize),
    links: &std::collections::HashMap<String, String>,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let button =
            if item.follows.is_some() { crate::tr!("editor-change-link") } else { crate::tr!("editor-follows-up") };
        if ui.add(egui::Button::new(button)).on_hover_text(crate::tr!("editor-follows-up-tip")).clicked() {
            commands.push(Command::FollowsUp(crate::model::Spot::new(section, index)));
        }
        if let Some(said) = item.follows.as_ref().and_then(|f| links.get(f)) {
            ui.label(egui::RichText::new(crate::tr!("editor-follows", said = said.as_str())).small().weak());
        }
    });
}

/// The week's date as typed, a week earlier or later, and what it reads as (or why it is no date).
fn date_ui(ui: &mut egui::Ui, edit: &mut EditSession, here: bool) {
    ui.horizontal(|ui| {
        let label = ui.label(crate::tr!("editor-date"));
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut edit.date_text)
                    .hint_text("2026-11-21")
                    .desired_width(110.0)
                    .id(egui::Id::unique("editor_date")),
            )
            .labelled_by(label.id);
        if here {
            response.request_focus();
        }
        if response.changed() {
            edit.draft.date = crate::import::parse_date_line(&edit.date_text);
        }
        // A week earlier or later; the button is greyed out where that would leave the calendar.
        for (weeks, label, hover) in [
            (-1, crate::tr!("editor-week-earlier"), crate::tr!("editor-week-earlier-tip")),
            (1, crate::tr!("editor-week-later"), crate::tr!("editor-week-later-tip")),
        ] {
            let moved = edit.draft.date.and_then(|d| crate::model::weeks_after(d, weeks));
            if ui.add_enabled(moved.is_some(), egui::Button::new(label)).on_hover_text(hover).clicked()
                && let Some(moved) = moved
            {
                edit.draft.date = Some(moved);
                edit.date_text = moved.to_string();
            }
        }
    });
    if !edit.date_text.trim().is_empty() && edit.draft.date.is_none() {
        ui.label(
            egui::RichText::new(format!("\u{201c}{}\u{201d} is not a date; write it as 2026-11-21.", edit.date_text))
                .color(ui.visuals().error_fg_color),
        );
    } else if edit.draft.date.is_some() {
        ui.label(egui::RichText::new(edit.draft.long_date()).weak());
    }
}

/// A region's name with its buttons: up, down, remove from this bulletin.
/// A region with written paragraphs is removed only when asked a second time, in place (so the next
/// region's button never slides under the pointer of a second click).
fn section_header_ui(
    ui: &mut egui::Ui,
    (region, written): (&str, usize),
    (si, section_count): (usize, usize),
    here: bool,
    edits: &mut Vec<Edit>,
) {
    let asking = egui::Id::unique(("remove_region_asked", region));
    if ui.data(|d| d.get_temp::<bool>(asking)).unwrap_or(false) {
        ui.horizontal_wrapped(|ui| {
            let count = u64::try_from(written).unwrap_or(0);
            ui.label(
                egui::RichText::new(crate::tr!("editor-remove-region-ask", region = region, count = count)).strong(),
            );
            if ui.button(crate::tr!("editor-remove-region-yes", region = region)).clicked() {
                edits.push(Edit::RemoveSection(si));
                ui.data_mut(|d| d.remove::<bool>(asking));
            }
            if ui.button(crate::tr!("editor-keep-it")).clicked() {
                ui.data_mut(|d| d.remove::<bool>(asking));
            }
        });
        return;
    }
    ui.horizontal(|ui| {
        let heading = ui.label(egui::RichText::new(region).size(18.0).strong());
        if here {
            heading.scroll_to_me(Some(egui::Align::Center));
        }
        if ui
            .add_enabled(si > 0, egui::Button::new("↑"))
            .on_hover_text(crate::tr!("editor-region-up", region = region))
            .clicked()
        {
            edits.push(Edit::MoveSection(si, -1));
        }
        if ui
            .add_enabled(si + 1 < section_count, egui::Button::new("↓"))
            .on_hover_text(crate::tr!("editor-region-down", region = region))
            .clicked()
        {
            edits.push(Edit::MoveSection(si, 1));
        }
        if ui
            .button(crate::tr!("editor-remove-region"))
            .on_hover_text(crate::tr!("editor-remove-region-tip", region = region))
            .clicked()
        {
            if written == 0 {
                edits.push(Edit::RemoveSection(si));
            } else {
                ui.data_mut(|d| d.insert_temp(asking, true));
            }
        }
    });
}
