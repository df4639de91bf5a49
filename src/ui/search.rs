//! The search panel: words across all weeks, with filters, and the matches in context.

use crate::app::{App, Command, SearchState};
use crate::model::ItemKind;

/// The search panel at the right. When the query changes, its matches are looked for on another
/// thread and drawn as they arrive (see `app/searching.rs`); only the visible rows are drawn.
pub fn search_panel_ui(ui: &mut egui::Ui, app: &mut App) {
    let Some(library) = &app.library else { return };
    let regions: Vec<String> = library.settings.regions.iter().map(|r| r.name.clone()).collect();
    let Some(search) = &mut app.search else { return };
    let mut commands = Vec::new();
    let mut toggle = None;
    egui::Panel::right("search").resizable(true).default_size(360.0).min_size(260.0).show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.heading(crate::tr!("search-title"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(crate::tr!("action-close")).on_hover_text(crate::tr!("search-close-tip")).clicked() {
                    commands.push(Command::Action(crate::app::Action::Close));
                }
            });
        });
        let label = ui.label(crate::tr!("search-words"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut search.text)
                .hint_text(crate::tr!("search-example"))
                .desired_width(f32::INFINITY),
        );
        let field = field.labelled_by(label.id);
        if search.focus_pending {
            field.request_focus();
            search.focus_pending = false;
        }
        // Down from the field goes to the first match (Enter there opens it).
        if field.has_focus() && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown)) {
            search.focus_hit = Some(0);
        }
        filters_ui(ui, search, &regions);
        // The matches of an older query go now, before anything below is drawn.
        search.note_query();
        ui.separator();
        if search.text.trim().is_empty() {
            ui.label(egui::RichText::new(crate::tr!("search-hint")).weak());
            return;
        }
        if search.is_complete() {
            let count = u64::try_from(search.hits.len()).unwrap_or(0);
            if search.rows().iter().any(|r| r.more > 0) {
                ui.label(crate::tr!("search-matches-grouped", count = count));
            } else {
                ui.label(crate::tr!("search-matches", count = count));
            }
        } else {
            ui.label(crate::tr!("search-searching", count = u64::try_from(search.hits.len()).unwrap_or(0)));
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) * 3.0 + ui.spacing().item_spacing.y * 3.0 + 8.0;
        egui::ScrollArea::vertical().id_salt("search_results").auto_shrink([false, false]).show_rows(
            ui,
            row_height,
            search.rows().len(),
            |ui, range| {
                for index in range {
                    let row = search.rows()[index];
                    let Some(hit) = search.hits[row.hit].resolve(&library.entries) else { continue };
                    let opened = search.is_opened(row.group);
                    let shown = HitRow { row_height, index, row, opened, focus: search.focus_hit };
                    let (command, moved) = hit_ui(ui, library, &hit, &shown);
                    match command {
                        Some(HitAction::Open(command)) => commands.push(command),
                        Some(HitAction::Toggle) => toggle = Some(row.group),
                        None => {}
                    }
                    if let Some(moved) = moved {
                        search.focus_hit = moved;
                    }
                }
            },
        );
        if let Some(group) = toggle {
            search.toggle_group(group);
        }
    });
    for command in commands {
        app.push(command);
    }
}

fn filters_ui(ui: &mut egui::Ui, search: &mut SearchState, regions: &[String]) {
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_label(crate::tr!("search-region"))
            .selected_text(search.region.clone().unwrap_or_else(|| crate::tr!("search-all-regions")))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut search.region, None, crate::tr!("search-all-regions"));
                for region in regions {
                    ui.selectable_value(&mut search.region, Some(region.clone()), region);
                }
            });
        egui::ComboBox::from_label(crate::tr!("editor-kind"))
            .selected_text(search.kind.map_or_else(|| crate::tr!("search-everything"), ItemKind::label))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut search.kind, None, crate::tr!("search-everything"));
                for kind in ItemKind::ALL {
                    ui.selectable_value(&mut search.kind, Some(kind), kind.label());
                }
            });
        let said = match search.status {
            None => crate::tr!("search-any"),
            Some(crate::threads::Status::Open) => crate::tr!("search-open"),
            Some(crate::threads::Status::Answered) => crate::tr!("search-answered"),
        };
        egui::ComboBox::from_label(crate::tr!("search-prayer")).selected_text(said).show_ui(ui, |ui| {
            ui.selectable_value(&mut search.status, None, crate::tr!("search-any"));
            ui.selectable_value(&mut search.status, Some(crate::threads::Status::Open), crate::tr!("search-open"));
            ui.selectable_value(
                &mut search.status,
                Some(crate::threads::Status::Answered),
                crate::tr!("search-answered"),
            );
        });
    });
    ui.horizontal(|ui| {
        let from = ui.label(crate::tr!("search-from"));
        ui.add(egui::TextEdit::singleline(&mut search.from).hint_text("2026-01-01").desired_width(90.0))
            .labelled_by(from.id);
        let to = ui.label(crate::tr!("search-to"));
        ui.add(egui::TextEdit::singleline(&mut search.to).hint_text("2026-12-31").desired_width(90.0))
            .labelled_by(to.id);
    });
    for (label, text) in [(crate::tr!("search-from"), &search.from), (crate::tr!("search-to"), &search.to)] {
        if !text.trim().is_empty() && crate::import::parse_date_line(text).is_none() {
            let said = crate::tr!("search-not-a-date", field = label, text = text.as_str());
            ui.label(egui::RichText::new(said).color(ui.visuals().error_fg_color));
        }
    }
}

/// One match: its week and region with the paragraph's marks, two lines of context with the words
/// marked; a click opens the week at the match.
///
/// By keyboard: the match `focus` names takes the focus (Down from the field); egui's Up and Down
/// move it between matches; the focused one comes into view, with a ring. Returns the command, and
/// the focus request done.
fn hit_ui(
    ui: &mut egui::Ui,
    library: &crate::library::Library,
    hit: &crate::search::Found,
    shown: &HitRow,
) -> (Option<HitAction>, Option<Option<usize>>) {
    let HitRow { row_height, index, row, opened, focus } = *shown;
    let (snippet, marked) = hit.snippet(70);
    let mut toggled = false;
    let response = ui
        .scope(|ui| {
            ui.set_height(row_height - ui.spacing().item_spacing.y);
            ui.horizontal(|ui| {
                if row.member {
                    ui.add_space(18.0);
                }
                ui.label(egui::RichText::new(format!("{} · {}", hit.date_text, hit.region)).small().strong());
                if let crate::search::Place::Item(spot) = hit.place
                    && let Some(item) = library.entry(&hit.stem).and_then(|e| spot.get(&e.bulletin))
                {
                    crate::ui::widgets::item_marks_ui(ui, item);
                }
                if row.more > 0 {
                    let count = u64::try_from(row.more).unwrap_or(0);
                    let words = if opened {
                        crate::tr!("search-fewer-weeks")
                    } else {
                        crate::tr!("search-more-weeks", count = count)
                    };
                    toggled = ui.small_button(words).on_hover_text(crate::tr!("search-more-weeks-tip")).clicked();
                }
            });
            let mut job = egui::text::LayoutJob::default();
            let normal = egui::TextFormat {
                font_id: egui::FontId::proportional(13.0),
                color: ui.visuals().text_color(),
                ..Default::default()
            };
            job.append(&snippet[..marked.start], 0.0, normal.clone());
            job.append(
                &snippet[marked.clone()],
                0.0,
                egui::TextFormat { background: ui.visuals().selection.bg_fill, ..normal.clone() },
            );
            job.append(&snippet[marked.end..], 0.0, normal);
            job.wrap.max_rows = 2;
            ui.add(egui::Label::new(job).sense(egui::Sense::click()))
        })
        .inner;
    let mut moved = None;
    if focus == Some(index) {
        response.request_focus();
        response.scroll_to_me(None);
        moved = Some(None);
    }
    if response.gained_focus() {
        // egui moves the focus between matches with Up and Down; the one reached comes into view.
        response.scroll_to_me(None);
    }
    let clicked = response.clicked();
    response.on_hover_text(crate::tr!("search-open-match"));
    ui.separator();
    let command = if toggled {
        Some(HitAction::Toggle)
    } else {
        clicked.then(|| {
            HitAction::Open(Command::OpenHit {
                stem: hit.stem.clone(),
                place: hit.place.clone(),
                range: hit.range.clone(),
            })
        })
    };
    (command, moved)
}

/// How one row of results is drawn.
struct HitRow {
    row_height: f32,
    /// Its place in the rows.
    index: usize,
    row: crate::app::ResultRow,
    /// Whether its group shows all its weeks.
    opened: bool,
    /// The row the keyboard is to move to.
    focus: Option<usize>,
}

/// What a click on a row asks.
enum HitAction {
    /// Open the week at the match.
    Open(Command),
    /// Show or hide the other weeks that say the same.
    Toggle,
}
