//! One frame of the window: keys and dropped files into commands, the panels and dialogs drawn,
//! then the commands (and what came back from other threads) carried out, in that order.

use std::path::PathBuf;

use super::{Action, App, Command, Dialog, Theme, View, fitted_window};

impl App {
    /// Draws one frame: the panels, then the commands they and the keyboard queued.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        self.apply_look(ui);
        self.fit_to_monitor(ui.ctx());
        if self.quit_now {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else if ui.ctx().input(|i| i.viewport().close_requested()) && self.is_dirty() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if !matches!(self.dialog(), Some(Dialog::Unsaved(_))) {
                self.open_dialog(Dialog::Unsaved(Box::new(Command::Quit)));
            }
        }
        // Escape closes an open menu (and does nothing else).
        if egui::Popup::is_any_open(ui.ctx())
            && ui.ctx().input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            egui::Popup::close_all(ui.ctx());
        }
        // Under a dialog, only Esc (close it) reaches the app: the window below waits.
        let dialog_open = self.dialog().is_some();
        for action in Action::pressed(ui.ctx(), self.typing) {
            let allowed = !(self.settings.reading_only && action.edits());
            if allowed && (!dialog_open || action == Action::Close) {
                self.push(Command::Action(action));
            }
        }
        let dropped: Vec<PathBuf> =
            ui.ctx().input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_owned()).collect());
        if !dropped.is_empty() {
            self.push(Command::ImportFiles(dropped));
        }
        self.keyboard_to_a_new_view(ui.ctx());
        crate::ui::menu_bar_ui(ui, self);
        crate::ui::archive::archive_ui(ui, self);
        if self.search.is_some() {
            crate::ui::search::search_panel_ui(ui, self);
        }
        match self.view.clone() {
            View::Reader if self.edit.is_some() => crate::ui::editor::editor_panel_ui(ui, self),
            View::Reader => crate::ui::reader::reader_panel_ui(ui, self),
            View::RegionTimeline(region) => crate::ui::timeline::timeline_panel_ui(ui, self, &region),
            View::Answered => crate::ui::answered::answered_panel_ui(ui, self),
            View::DailyPlan => crate::ui::daily_plan::daily_plan_panel_ui(ui, self),
        }
        crate::ui::dialogs::dialogs_ui(ui, self);
        crate::ui::drop_hint_ui(ui);
        self.focus_ring = crate::ui::focus_ring::focus_ring_ui(ui.ctx(), &mut self.keyboard_focus);

        let dirty = if self.is_dirty() { "● " } else { "" };
        let title = match (&self.library, self.edit.as_ref().map(|e| &e.draft).or(self.current_bulletin())) {
            (Some(l), Some(b)) => format!("{dirty}{} — {} — Prayer Bulletin", b.long_date(), l.settings.name),
            (Some(l), None) => format!("{} — Prayer Bulletin", l.settings.name),
            _ => crate::model::PRODUCT_NAME.to_owned(),
        };
        // Sending the title asks for another frame, so only when it changed.
        if title != self.window_title {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        // Keys pressed before the next frame are typed into the field that has the cursor now.
        self.typing = ui.ctx().text_edit_focused();
        if let Some(text) = self.to_copy.take() {
            ui.ctx().copy_text(text.clone());
            self.copied = Some(text);
        }
        // What came back from work off this thread (a library read, a change on disk, matches,
        // git's answer) joins the queue behind what was clicked this frame: the clicks are done
        // first, on the dialogs they were clicked in; then what arrived may open a dialog of its own.
        self.poll_loading(ui.ctx());
        self.poll_search();
        self.watch_disk(ui.ctx());
        self.poll_sharing(ui.ctx());
        self.poll_history(ui.ctx());
        self.poll_dictionary(ui.ctx());
        self.poll_reading(ui.ctx());
        self.poll_opening(ui.ctx());
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // What the commands changed (a window opened, another week) is drawn in the next frame.
            ui.ctx().request_repaint();
        }
        for command in commands {
            self.apply(command);
        }
        self.retry_after_lock(ui.ctx());
        self.want_dictionary();
        self.search_in_background(ui.ctx());
        self.keep_recovery(ui.ctx());
    }

    /// Makes the first window fit the monitor it opened on: on a screen smaller than the first size
    /// (a 1024×640 netbook), the window shrinks to the screen, less room for a task bar.
    fn fit_to_monitor(&mut self, ctx: &egui::Context) {
        if self.fitted_to_monitor {
            return;
        }
        let (monitor, inner) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().inner_rect));
        let (Some(monitor), Some(inner)) = (monitor, inner) else { return };
        self.fitted_to_monitor = true;
        if let Some(size) = fitted_window(monitor, inner.size()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::pos2(0.0, 0.0)));
        }
    }

    /// Sets zoom and theme on the context when the settings changed them.
    /// Another view: the button that led there keeps no focus, so Space and the arrows read the new
    /// view (Space on "Back" would otherwise leave it at once).
    fn keyboard_to_a_new_view(&mut self, ctx: &egui::Context) {
        if self.shown_view.as_ref() == Some(&self.view) {
            return;
        }
        if self.shown_view.is_some() && !ctx.text_edit_focused() {
            ctx.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            });
        }
        self.shown_view = Some(self.view.clone());
    }

    fn apply_look(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let language = crate::i18n::use_language(self.settings.language.as_deref());
        if self.applied_language != language {
            // What was worked out in words (the archive's months, the stories' dates) is said again.
            self.applied_language = language;
            self.archive_rows = self.library.as_ref().map(|l| crate::ui::archive::rows(&l.entries)).unwrap_or_default();
            self.forget_views();
        }
        let look = (self.settings.effective_zoom(), self.settings.theme, self.settings.large_print);
        if self.applied_look == Some(look) {
            return;
        }
        // The app handles Ctrl +/-/0 itself so the zoom is remembered with the other settings.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        if !self.animations {
            ctx.all_styles_mut(|s| s.animation_time = 0.0);
        }
        ctx.set_zoom_factor(look.0);
        // Every text readable (4.5:1 or more) in both themes; in Large print the small labels (a
        // paragraph's kind, "Not for sharing", story dates) grow more than the rest, to body size.
        let small = if look.2 { crate::ui::theme::LARGE_PRINT_SMALL } else { crate::ui::theme::SMALL };
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            ctx.style_mut_of(theme, |style| {
                crate::ui::theme::readable(&mut style.visuals);
                style.text_styles.insert(egui::TextStyle::Small, egui::FontId::proportional(small));
            });
        }
        ctx.set_theme(match look.1 {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
        // The window is cleared to the panels' colour before each frame (`clear_color`), so the
        // panels need not paint it again. Under software OpenGL (a laptop without a graphics
        // driver, a virtual display) painting the whole window once more made the first frame
        // about 100 ms later than an empty window's, for no visible difference.
        ctx.all_styles_mut(|style| style.visuals.panel_fill = egui::Color32::TRANSPARENT);
        // This frame's panels take their style from this `Ui`, made before the change.
        ui.style_mut().visuals.panel_fill = egui::Color32::TRANSPARENT;
        self.applied_look = Some(look);
    }
}
