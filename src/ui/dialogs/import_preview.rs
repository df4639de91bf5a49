//! The import preview: the bulletins found, as the reader shows them, with the warnings beside them
//! and a choice per bulletin, per heading the library does not know and per paragraph marked
//! sensitive. Nothing is written before the user confirms. Its three columns share
//! the dialog's width and each scrolls within the height the screen allows, so the buttons below
//! them stay on screen.

use super::dialog_ui;
use crate::app::{Command, ImportChoice, ImportPreview};
use crate::import::RegionChoice;

/// The preview window. `existing[i]`: the library already has bulletin `i`'s week; `regions`: the
/// library's regions, which an unknown heading can be put in.
pub fn import_preview_ui(
    ctx: &egui::Context,
    preview: &mut ImportPreview,
    existing: &[bool],
    regions: &[String],
    commands: &mut Vec<Command>,
) {
    let adding = preview.choices.iter().filter(|c| **c != ImportChoice::Skip).count();
    dialog_ui(
        ctx,
        &crate::tr!("preview-title"),
        egui::vec2(1040.0, 680.0),
        &mut (preview, commands),
        |ui, (preview, commands), height| {
            // One line, however long the file's name: the columns below get the rest of the height.
            ui.add(
                egui::Label::new(crate::tr!(
                    "preview-found",
                    count = u64::try_from(preview.report.bulletins.len()).unwrap_or(0),
                    source = preview.source.as_str(),
                    notes = u64::try_from(preview.report.warnings.len()).unwrap_or(0)
                ))
                .truncate(),
            );
            let mut column_height = (height - 32.0).max(80.0);
            if let Some(teach) = preview.teach.as_mut() {
                ui.checkbox(&mut teach.beside, crate::tr!("preview-beside"));
                column_height = (column_height - 30.0).max(80.0);
                if teach.beside {
                    super::import_text::text_beside_ui(ui, preview, (existing, regions), column_height, commands);
                    return;
                }
            }
            let width = ui.available_width();
            let (list, notes) = ((width * 0.28).clamp(180.0, 300.0), (width * 0.25).clamp(160.0, 280.0));
            let middle = (width - list - notes - 32.0).max(160.0);
            ui.horizontal_top(|ui| {
                column(ui, "import_list", list, column_height, |ui| list_ui(ui, preview, existing));
                ui.add_space(8.0);
                column(ui, "import_bulletin", middle, column_height, |ui| {
                    if let Some(bulletin) = preview.report.bulletins.get(preview.shown) {
                        // The preview's regions are always open; its clicks change nothing.
                        let _clicks_are_ignored_in_the_preview =
                            crate::ui::reader::bulletin_ui(ui, bulletin, &[], None, &Default::default());
                    }
                });
                ui.add_space(8.0);
                column(ui, "import_warnings", notes, column_height, |ui| {
                    links_ui(ui, preview);
                    review_ui(ui, preview, regions);
                    notes_ui(ui, preview);
                });
            });
        },
        |ui, (preview, commands)| {
            if let Some(teach) = preview.teach.as_mut() {
                super::import_text::teach_bar_ui(ui, teach, commands);
            }
            let text = crate::tr!("preview-import", count = u64::try_from(adding).unwrap_or(0));
            if ui.add_enabled(adding > 0, egui::Button::new(text)).clicked() {
                commands.push(Command::ConfirmImport);
            }
            if preview.source == crate::app::ImportPreview::PASTED
                && ui.button(crate::tr!("preview-back")).on_hover_text(crate::tr!("preview-back-tip")).clicked()
            {
                commands.push(Command::BackToText);
            }
            if ui.button(crate::tr!("dialog-cancel")).clicked() {
                commands.push(Command::CancelImport);
            }
        },
    );
}

/// The links suggested for the shown bulletin's paragraphs, each to be ticked to be made.
pub(super) fn links_ui(ui: &mut egui::Ui, preview: &mut crate::app::ImportPreview) {
    let shown = preview.shown;
    let mut links = preview.links.iter_mut().filter(|l| l.bulletin == shown).peekable();
    if links.peek().is_none() {
        return;
    }
    ui.label(egui::RichText::new(crate::tr!("preview-links")).strong()).on_hover_text(crate::tr!("preview-links-tip"));
    for link in links {
        let paragraph: String = link.text.chars().take(50).collect();
        ui.checkbox(&mut link.accepted, format!("{}: \u{201c}{paragraph}…\u{201d}", link.region));
        ui.label(egui::RichText::new(crate::tr!("preview-follows-up", what = link.said.as_str())).small().weak());
        ui.add_space(4.0);
    }
    ui.separator();
}

/// A column of the given size whose content scrolls inside it.
pub(super) fn column(ui: &mut egui::Ui, id: &str, width: f32, height: f32, content: impl FnOnce(&mut egui::Ui)) {
    ui.allocate_ui_with_layout(egui::vec2(width, height), egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_width(width);
        // Never wider than its share: what does not fit is clipped, not pushed into the next column.
        egui::ScrollArea::vertical().id_salt(id).max_width(width).max_height(height).auto_shrink([false, false]).show(
            ui,
            |ui| {
                ui.set_max_width(width);
                content(ui);
            },
        );
    });
}

/// The bulletins found, each with its choice.
pub(super) fn list_ui(ui: &mut egui::Ui, preview: &mut ImportPreview, existing: &[bool]) {
    for (i, bulletin) in preview.report.bulletins.iter().enumerate() {
        let title = bulletin.shown_title();
        let label = format!("{}  {title}", bulletin.date.map_or_else(|| crate::tr!("undated"), |d| d.to_string()));
        if ui.add(egui::Button::selectable(preview.shown == i, label).truncate()).clicked() {
            preview.shown = i;
        }
        let exists = existing.get(i).copied().unwrap_or(false);
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut preview.choices[i],
                ImportChoice::Add,
                if exists { crate::tr!("preview-add-copy") } else { crate::tr!("preview-add") },
            );
            ui.add_enabled_ui(exists, |ui| {
                ui.radio_value(&mut preview.choices[i], ImportChoice::Replace, crate::tr!("replace-yes"))
                    .on_hover_text(crate::tr!("preview-replace-tip"))
                    .on_disabled_hover_text(crate::tr!("preview-replace-none"));
            });
            ui.radio_value(&mut preview.choices[i], ImportChoice::Skip, crate::tr!("preview-skip"));
        });
        if exists {
            ui.label(egui::RichText::new(crate::tr!("preview-exists")).small().weak());
        }
        let said = if crate::workspace::comes_in_as_draft(bulletin, preview.drafts_from) {
            crate::tr!("preview-as-draft")
        } else {
            crate::tr!("preview-as-sent")
        };
        ui.label(egui::RichText::new(said).small().weak());
        ui.add_space(6.0);
    }
}

/// What the importer assumed or left out, for the bulletin shown.
pub(super) fn notes_ui(ui: &mut egui::Ui, preview: &ImportPreview) {
    ui.label(egui::RichText::new(crate::tr!("preview-notes")).strong());
    let shown = preview.shown;
    let notes: Vec<_> = preview.report.warnings.iter().filter(|w| w.bulletin.is_none_or(|b| b == shown)).collect();
    if notes.is_empty() {
        ui.label(crate::tr!("preview-notes-none"));
    }
    for w in notes {
        ui.label(crate::tr!("teach-line", line = u64::try_from(w.line).unwrap_or(0), text = w.message.as_str()));
        ui.add_space(4.0);
    }
}

/// The choices made before anything is written: where each heading the library does not know goes,
/// and which paragraphs marked sensitive at the door may be shared. Only recorded here; applied by
/// [`crate::import::Review::apply`] when the import is confirmed.
pub(super) fn review_ui(ui: &mut egui::Ui, preview: &mut ImportPreview, regions: &[String]) {
    if !preview.review.regions.is_empty() {
        ui.label(egui::RichText::new(crate::tr!("preview-headings")).strong());
        let headings: Vec<String> = preview.review.regions.iter().map(|(h, _)| h.clone()).collect();
        for heading in headings {
            let current = preview.review.regions.iter().find(|(h, _)| *h == heading).map(|(_, c)| c.clone());
            let shown = match &current {
                Some(RegionChoice::MapTo(region)) => crate::tr!("preview-put-in", region = region.as_str()),
                Some(RegionChoice::NewRegion) => crate::tr!("preview-add-to-library"),
                _ => crate::tr!("preview-only-here"),
            };
            let label = crate::tr!("preview-region-for", heading = heading.as_str());
            egui::ComboBox::new(("import_region", &heading), label).selected_text(shown).show_ui(ui, |ui| {
                if ui
                    .selectable_label(current == Some(RegionChoice::OnlyHere), crate::tr!("preview-only-here"))
                    .clicked()
                {
                    preview.review.choose_region(&heading, RegionChoice::OnlyHere);
                }
                if ui
                    .selectable_label(current == Some(RegionChoice::NewRegion), crate::tr!("preview-add-to-library"))
                    .on_hover_text(crate::tr!("preview-add-to-library-tip"))
                    .clicked()
                {
                    preview.review.choose_region(&heading, RegionChoice::NewRegion);
                }
                for region in regions {
                    let choice = RegionChoice::MapTo(region.clone());
                    if ui
                        .selectable_label(
                            current.as_ref() == Some(&choice),
                            crate::tr!("preview-put-in", region = region.as_str()),
                        )
                        .clicked()
                    {
                        preview.review.choose_region(&heading, choice);
                    }
                }
            });
        }
        ui.separator();
    }
    let shown = preview.shown;
    let Some(bulletin) = preview.report.bulletins.get(shown) else { return };
    let marked: Vec<((usize, usize, usize), String)> = bulletin
        .sections
        .iter()
        .enumerate()
        .flat_map(|(s, section)| {
            section.items.iter().enumerate().filter(|(_, item)| item.sensitive).map(move |(i, item)| {
                let words: String = item.text.chars().take(60).collect();
                ((shown, s, i), format!("{}: {words}\u{2026}", section.region))
            })
        })
        .collect();
    if !marked.is_empty() {
        ui.label(egui::RichText::new(crate::tr!("preview-sensitive")).strong());
        for (at, label) in marked {
            let mut sensitive = preview.review.is_sensitive(&preview.report, at);
            if ui.checkbox(&mut sensitive, label).changed() {
                preview.review.set_sensitive(at, sensitive);
            }
        }
        ui.separator();
    }
}
