//! What the forms do to the opened file: every edit is a step of the history, written
//! back as the repository formats the file, checked and drawn like an opened file, and
//! kept as a draft in this browser until it is saved.

use super::Preview;
use crate::edit_strings::{edit_strings, save_failed, saved_notice};
use crate::model::editing::{file_text, new_timeline, History};
use crate::model::{read, Date, Timeline};
use crate::saving;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Past this size the check waits for a pause in typing: a 1,000-event file takes some
/// 50 ms to check and far longer to draw, and every key must still show at once. Below
/// it, an edit is checked and drawn before the next frame.
pub(super) const LARGE_FILE_BYTES: usize = 256 * 1024;
const TYPING_PAUSE: Duration = Duration::from_millis(300);
/// How long the drawing of a long timeline waits for typing to stop (or the field to be left).
pub(super) const DRAWING_PAUSE: Duration = Duration::from_millis(1500);

/// How many steps back the history keeps for a file of `bytes`: each step is a whole
/// copy of the timeline, so some 64 MB of them, and never fewer than 20.
pub fn history_limit(bytes: usize) -> usize {
    (64 * 1024 * 1024 / bytes.max(1)).clamp(20, 1_000)
}

impl Preview {
    /// Opens `text` in the forms when it reads as a whole timeline (a file that does not
    /// is fixed from its problems first: the forms cannot show what they cannot read).
    pub(super) fn open_in_forms(self, text: &str) {
        self.forms_changed.set_value(false);
        self.restored_draft.set(false);
        self.file_notice.set(None);
        match read(text) {
            Ok(timeline) => {
                let first = (!timeline.events.is_empty()).then_some(0);
                self.history.set(Some(History::with_limit(
                    timeline,
                    history_limit(text.len()),
                )));
                self.selected.set(first);
                self.saved_text.set_value(Some(text.to_owned()));
            }
            Err(_) => {
                self.history.set(None);
                self.selected.set(None);
                self.saved_text.set_value(None);
            }
        }
        self.unsaved.set(false);
        saving::forget_draft();
    }

    /// Applies `edit` to the timeline as one step, or as part of the last one when it is
    /// of the same `group` (typing in one field).
    pub fn edit(self, group: Option<&str>, edit: impl FnOnce(&mut Timeline)) {
        self.edit_with(group, false, edit);
    }

    /// Like [`Preview::edit`]; `replay`: each key's edit is made anew from the state before
    /// the typing began (an id typed, whose uses follow it).
    pub fn edit_with(self, group: Option<&str>, replay: bool, edit: impl FnOnce(&mut Timeline)) {
        let mut changed = false;
        self.history.update(|history| {
            if let Some(history) = history {
                changed = if replay {
                    history.edit_from_step_start(group, edit)
                } else {
                    history.edit_in(group, edit)
                };
            }
        });
        if changed {
            self.after_edit(group.is_some());
        }
    }

    /// Like [`Preview::edit`], then opens the form of the event at the place `edit` returns.
    pub fn edit_and_select(self, edit: impl FnOnce(&mut Timeline) -> Option<usize>) {
        let mut place = None;
        self.edit(None, |timeline| place = edit(timeline));
        self.selected.set(place);
    }

    pub fn undo(self) {
        self.step(History::undo);
    }

    pub fn redo(self) {
        self.step(History::redo);
    }

    fn step(self, step: fn(&mut History<Timeline>) -> bool) {
        // The open event stays open if the step kept it (by its id: an undone move puts
        // it elsewhere); else the one before its place, where it was added or duplicated
        // from; else the first.
        let open_id = self.history.with_untracked(|h| {
            let i = self.selected.get_untracked()?;
            Some(h.as_ref()?.present().events.get(i)?.id.clone())
        });
        let mut moved = false;
        self.history.update(|history| {
            if let Some(history) = history {
                moved = step(history);
            }
        });
        if moved {
            let (count, kept) = self.history.with_untracked(|h| {
                let events = h
                    .as_ref()
                    .map(|h| h.present().events.as_slice())
                    .unwrap_or(&[]);
                let kept = open_id
                    .as_ref()
                    .and_then(|id| events.iter().position(|e| &e.id == id));
                (events.len(), kept)
            });
            let place = kept
                .or(self.selected.get_untracked().map(|i| i.saturating_sub(1)))
                .or(Some(0))
                .map(|i| i.min(count.saturating_sub(1)))
                .filter(|_| count > 0);
            self.selected.set(place);
            self.after_edit(false);
        }
    }

    /// Writes the edited file back now (the page is being left), so that the draft holds
    /// the last keys of a long file too.
    pub fn flush(self) {
        if let Some(waiting) = self.pending_check.get_value() {
            waiting.clear();
        }
        self.write_back();
    }

    /// Ends the step being typed (the field was left): a drawing that waited for typing
    /// to stop is done now.
    pub fn seal_step(self) {
        self.history.update_untracked(|history| {
            if let Some(history) = history {
                history.seal();
            }
        });
        self.typing.set_value(false);
        if self.pending_draw.with_value(Option::is_some) {
            let revision = self
                .outcome
                .with_untracked(|o| o.as_ref().map(|o| o.revision));
            // After the next paint: the focus moves on at once, then the page is drawn.
            if let Some(revision) = revision {
                request_animation_frame(move || self.draw_after(revision, Duration::ZERO));
            }
        }
    }

    /// « Nouvelle chronologie »: an empty file that reads, dated today.
    pub fn start_new_timeline(self) {
        if !self.may_replace_work() {
            return;
        }
        let generation = self.begin_input();
        let today = js_sys::Date::new_0();
        let today = Date::new(
            today.get_full_year() as i32,
            (today.get_month() + 1) as u8,
            today.get_date() as u8,
        )
        .unwrap_or_else(|| Date::from_days(0));
        let text = file_text(&new_timeline(today));
        self.file_handle.set_value(None);
        self.submit(
            generation,
            edit_strings(self.lang).new_timeline_name.to_owned(),
            &text,
        );
        // Nothing of it is saved yet.
        self.saved_text.set_value(None);
    }

    /// `typing`: the edit was typed into a text field (more keys may follow).
    fn after_edit(self, typing: bool) {
        self.typing.set_value(typing);
        self.cancel_drawing();
        self.unsaved.set(true);
        self.file_notice.set(None);
        self.forms_changed.set_value(true);
        let large = self.input.with_value(|input| {
            input
                .as_ref()
                .is_some_and(|(_, t)| t.len() > LARGE_FILE_BYTES)
        });
        if large {
            self.check_after(TYPING_PAUSE);
        } else {
            if let Some(waiting) = self.pending_check.get_value() {
                waiting.clear();
            }
            self.write_back();
            self.run_check();
        }
    }

    /// Writes the edited timeline back as the file's text (the input the check reads), and
    /// keeps it as a draft while it is not saved.
    pub(super) fn write_back(self) {
        if !self.forms_changed.get_value() {
            return;
        }
        self.forms_changed.set_value(false);
        let Some(text) = self
            .history
            .with_untracked(|h| h.as_ref().map(|h| file_text(h.present())))
        else {
            return;
        };
        let unsaved = self
            .saved_text
            .with_value(|saved| saved.as_deref() != Some(text.as_str()));
        self.unsaved.set(unsaved);
        let name = self
            .input
            .with_value(|input| input.as_ref().map(|(name, _)| name.clone()))
            .unwrap_or_else(|| edit_strings(self.lang).new_timeline_name.to_owned());
        if unsaved {
            if !saving::keep_draft(&text) {
                self.file_notice
                    .set(Some(edit_strings(self.lang).draft_not_kept.to_owned()));
            }
        } else {
            saving::forget_draft();
        }
        self.input.set_value(Some((name, Arc::from(text.as_str()))));
    }

    /// The edited file's text, as the check last read it (written back first).
    fn current_text(self) -> Option<Arc<str>> {
        self.write_back();
        self.input
            .with_value(|input| input.as_ref().map(|(_, t)| t.clone()))
    }

    /// « Enregistrer le fichier »: into the opened file where the browser allows it, else
    /// a download of `timeline.json`.
    pub fn save(self) {
        let Some(text) = self.current_text() else {
            return;
        };
        let problems = self
            .outcome
            .with_untracked(|o| o.as_ref().map_or(0, |o| o.problem_count));
        let written = text.clone();
        let done = move |written: Result<bool, String>| match written {
            Ok(into_opened) => {
                // What was typed while the file was being written is still unsaved.
                let now = self.current_text();
                let same = now.as_deref() == Some(&*text);
                self.saved_text.set_value(Some(text.to_string()));
                self.unsaved.set(!same);
                if same {
                    self.restored_draft.set(false);
                    saving::forget_draft();
                }
                self.file_notice
                    .set(Some(saved_notice(self.lang, into_opened, problems)));
            }
            Err(why) => self.file_notice.set(Some(save_failed(self.lang, &why))),
        };
        match self.file_handle.get_value() {
            Some(handle) => {
                leptos::task::spawn_local(async move {
                    done(saving::write_back(&handle, &written).await.map(|()| true));
                });
            }
            None => done(saving::download("timeline.json", &written).map(|()| false)),
        }
    }

    /// Opens a file through the File System Access API, keeping its handle to save back
    /// into it once the file is read.
    pub fn open_with_handle(self) {
        if !self.may_replace_work() {
            return;
        }
        leptos::task::spawn_local(async move {
            if let Some((file, handle)) = saving::pick_file_with_handle().await {
                self.read_data_file_with(file, Some(handle));
            }
        });
    }

    /// Whether the editor lets unsaved changes go for another file (asked only when there
    /// are some: they cannot be undone once another file is open).
    pub fn may_replace_work(self) -> bool {
        !self.unsaved.get_untracked()
            || window()
                .confirm_with_message(edit_strings(self.lang).replace_unsaved)
                .unwrap_or(false)
    }

    /// Opens the event `id` in the forms (a problem's link was followed).
    pub fn select_event(self, id: &str) {
        let place = self.history.with_untracked(|h| {
            h.as_ref()
                .and_then(|h| h.present().events.iter().position(|e| e.id == id))
        });
        if place.is_some() {
            self.selected.set(place);
        }
    }

    /// A pasted text is saved by downloading.
    pub fn forget_file_handle(self) {
        self.file_handle.set_value(None);
    }

    /// Puts back the draft this browser kept, if any, as unsaved work.
    pub fn restore_draft(self) {
        let Some(text) = saving::kept_draft() else {
            return;
        };
        let generation = self.begin_input();
        self.submit(
            generation,
            edit_strings(self.lang).draft_name.to_owned(),
            &text,
        );
        saving::keep_draft(&text);
        self.saved_text.set_value(None);
        self.unsaved.set(true);
        self.restored_draft.set(true);
    }

    /// « Écarter le brouillon »: the draft is forgotten and the page starts again empty.
    pub fn discard_draft(self) {
        saving::forget_draft();
        self.begin_input();
        self.input.set_value(None);
        self.history.set(None);
        self.selected.set(None);
        self.unsaved.set(false);
        self.restored_draft.set(false);
        self.outcome.set(None);
        self.drawing.set(None);
        self.checking.set(false);
        self.file_notice
            .set(Some(edit_strings(self.lang).draft_discarded.to_owned()));
    }
}
