//! This week, day by day: the current bulletin spread over seven days, as the daily-plan handouts
//! print it, with the ways to take it away (a card, a page, a calendar).

use crate::app::{App, Command, ExportChoice};
use crate::export::{Audience, Format, Prepared, plan};
use crate::ui::widgets::{item_ui, reading_column, text_with_highlight};

/// The central panel in day-by-day mode. The coordinator's view: sensitive paragraphs are shown,
/// marked, as in the reader; the exports ask which audience.
pub fn daily_plan_panel_ui(ui: &mut egui::Ui, app: &mut App) {
    let mut commands = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        let Some(bulletin) = app.current_bulletin() else {
            ui.centered_and_justified(|ui| ui.label(crate::tr!("reader-no-bulletin")));
            return;
        };
        let context = crate::export::Context::default();
        let prepared = Prepared::new(&[bulletin], Audience::Internal, &context);
        let Ok(plans) = plan::daily_plans(&prepared, None) else { return };
        let keys = app.dialog().is_none();
        egui::ScrollArea::vertical().id_salt("daily_plan").auto_shrink([false, false]).show(ui, |ui| {
            crate::ui::widgets::keyboard_scroll(ui, keys);
            reading_column(ui, |ui| {
                ui.add_space(12.0);
                ui.horizontal_wrapped(|ui| {
                    if ui.button(crate::tr!("reader-back")).clicked() {
                        commands.push(Command::ShowRegionTimeline(None));
                    }
                    for (label, format, hint) in [
                        (crate::tr!("plan-export"), Format::Pdf, crate::tr!("plan-export-tip")),
                        (crate::tr!("plan-calendar"), Format::Ics, crate::tr!("plan-calendar-tip")),
                    ] {
                        if ui.button(label).on_hover_text(hint).clicked() {
                            let choice = ExportChoice {
                                format,
                                plan: true,
                                public: format.public_by_default(),
                                ..Default::default()
                            };
                            commands.push(Command::OpenExport(choice));
                        }
                    }
                });
                for plan in &plans {
                    plan_ui(ui, plan);
                }
            });
        });
    });
    for command in commands {
        app.push(command);
    }
}

fn plan_ui(ui: &mut egui::Ui, plan: &plan::DailyPlan<'_>) {
    let b = plan.bulletin;
    ui.add_space(8.0);
    let title = b.shown_title();
    ui.label(egui::RichText::new(title).size(26.0));
    ui.label(egui::RichText::new(plan::subtitle(plan)).italics().size(15.0));
    for day in &plan.days {
        ui.add_space(14.0);
        ui.label(egui::RichText::new(day.heading()).size(19.0).strong());
        ui.separator();
        if let Some(verse) = day.verse {
            let reference =
                if verse.reference.is_empty() { String::new() } else { format!(" \u{2014} {}", verse.reference) };
            ui.label(egui::RichText::new(format!("\u{201c}{}\u{201d}{reference}", verse.text)).italics());
            ui.add_space(6.0);
        }
        if day.readings.is_empty() {
            ui.label(egui::RichText::new(plan::NOTHING_NEW).weak());
        }
        for (region, items) in day.by_region() {
            ui.add_space(4.0);
            ui.label(egui::RichText::new(region).strong());
            for item in items {
                let text = text_with_highlight(ui, &item.text, egui::FontId::proportional(15.0), None);
                item_ui(ui, item, text, None);
                ui.add_space(4.0);
            }
        }
    }
    if let Some(closing) = &b.closing {
        ui.add_space(12.0);
        ui.separator();
        ui.label(egui::RichText::new(closing).italics().weak());
    }
    ui.add_space(24.0);
}
