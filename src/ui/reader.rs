//! The reader: one bulletin as a volunteer reads it.

use crate::app::{App, Command};
use crate::model::{Bulletin, ItemKind};

/// The widest a line of text gets, for comfortable reading.
const READING_WIDTH: f32 = 680.0;

/// The central panel showing the current bulletin.
pub fn reader_panel_ui(ui: &mut egui::Ui, app: &mut App) {
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(bulletin) = app.current_bulletin().cloned() else {
            ui.centered_and_justified(|ui| ui.label("No bulletin to show."));
            return;
        };
        let collapsed = app.settings.collapsed_regions.clone();
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            let width = ui.available_width().min(READING_WIDTH);
            let margin = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_max_width(width);
                    for command in bulletin_ui(ui, &bulletin, &collapsed) {
                        app.push(command);
                    }
                });
            });
        });
    });
}

/// One bulletin: headline, date, verse, a collapsible panel per region, closing note. Returns the
/// commands the reader's clicks ask for.
pub fn bulletin_ui(ui: &mut egui::Ui, bulletin: &Bulletin, collapsed: &[String]) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.add_space(12.0);
    let title = if bulletin.title.is_empty() { "(no headline)" } else { bulletin.title.as_str() };
    ui.label(egui::RichText::new(title).size(26.0).strong());
    ui.label(egui::RichText::new(bulletin.long_date()).italics().size(15.0));
    ui.add_space(10.0);
    if let Some(verse) = &bulletin.verse {
        egui::Frame::group(ui.style()).fill(ui.visuals().faint_bg_color).inner_margin(egui::Margin::same(14)).show(
            ui,
            |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(format!("\u{201c}{}\u{201d}", verse.text)).italics().size(16.0));
                if !verse.reference.is_empty() {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                        ui.label(egui::RichText::new(format!("\u{2014} {}", verse.reference)).strong());
                    });
                }
            },
        );
        ui.add_space(10.0);
    }
    for section in &bulletin.sections {
        let is_collapsed = collapsed.contains(&section.region);
        let header = egui::RichText::new(&section.region).size(18.0).strong();
        let response = egui::CollapsingHeader::new(header)
            .id_salt(("region", &section.region))
            .open(Some(!is_collapsed))
            .show(ui, |ui| {
                if section.items.is_empty() {
                    ui.label(egui::RichText::new("Nothing this week.").weak());
                }
                for item in &section.items {
                    ui.add_space(4.0);
                    ui.horizontal(|ui| {
                        let (label, color) = kind_badge(ui, item.kind);
                        ui.label(egui::RichText::new(label).small().strong().color(color));
                        if item.sensitive {
                            ui.label(
                                egui::RichText::new("Not for sharing")
                                    .small()
                                    .strong()
                                    .color(ui.visuals().error_fg_color),
                            );
                        }
                    });
                    ui.label(egui::RichText::new(&item.text).size(15.0));
                    ui.add_space(6.0);
                }
            });
        if response.header_response.clicked() {
            commands.push(Command::SetCollapsed { region: section.region.clone(), collapsed: !is_collapsed });
        }
    }
    if let Some(closing) = &bulletin.closing {
        ui.add_space(12.0);
        ui.separator();
        ui.label(egui::RichText::new(closing).italics().weak());
    }
    ui.add_space(24.0);
    commands
}

fn kind_badge(ui: &egui::Ui, kind: ItemKind) -> (&'static str, egui::Color32) {
    let dark = ui.visuals().dark_mode;
    match kind {
        ItemKind::Praise => {
            ("PRAISE", if dark { egui::Color32::from_rgb(230, 190, 90) } else { egui::Color32::from_rgb(150, 100, 0) })
        }
        ItemKind::Request => (
            "PRAYER REQUEST",
            if dark { egui::Color32::from_rgb(140, 180, 255) } else { egui::Color32::from_rgb(30, 80, 170) },
        ),
        ItemKind::Info => ("INFORMATION", ui.visuals().weak_text_color()),
    }
}
