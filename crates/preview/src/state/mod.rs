//! The preview's state: what the editor gave (a data file or a paste, source texts), the
//! last check's outcome, and the language the page is drawn in. Every way in ends in
//! [`Preview::submit`], so a picked, dropped or pasted file is checked the same way. What
//! the forms do to the file is in `editing`.

mod editing;

use crate::files::read_file;
use crate::input::{
    is_data_file_name, is_source_text_name, refusal_text, refuse_source_text, Refusal,
};
use crate::model::editing::History;
use crate::model::{DataError, Lang, Timeline};
use crate::report::{problem_lines, report, ProblemLine, Report};
use crate::strings::input_name;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// A checked input.
#[derive(Clone)]
pub struct Outcome {
    /// « timeline.json » or « le texte collé ».
    pub name: String,
    /// Counts the checks, so that only the newest is drawn.
    pub revision: u64,
    pub lines: Vec<ProblemLine>,
    /// Every problem, for the forms to show each beside its field.
    pub problems: Arc<Vec<DataError>>,
    pub problem_count: usize,
    /// How many events the page shows.
    pub drawn: usize,
    pub timeline: Option<Arc<Timeline>>,
    pub quotes_checked: bool,
    pub checked_ms: f64,
}

/// A source text the editor added, and the source that names it, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceText {
    pub name: String,
    /// The text, or why it was refused.
    pub text: Result<String, String>,
}

#[derive(Clone, Copy)]
pub struct Preview {
    /// The preview page's own language (`apercu.html` or `preview.html`).
    pub lang: Lang,
    /// The language the timeline is drawn in; switched in place.
    pub render_lang: RwSignal<Lang>,
    /// The data being checked: its name and text.
    input: StoredValue<Option<(String, Arc<str>)>>,
    /// Counts the editor's inputs (a file picked or dropped, a pause in typing): a read
    /// or a paste that finishes after a newer input began is dropped, so the newest wins.
    generation: StoredValue<u64>,
    /// The check waiting to run (it reads the newest input when it does): a newer call
    /// replaces it, so a burst of inputs is checked once.
    pending_check: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// The forms changed the timeline since its text was last written.
    forms_changed: StoredValue<bool>,
    /// The drawing waiting for typing to stop (a long timeline only).
    pending_draw: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// The editor is typing in a field of a long timeline: its drawing waits.
    typing: StoredValue<bool>,
    pub source_texts: RwSignal<Vec<SourceText>>,
    /// Why the last input was not checked.
    pub refusal: RwSignal<Option<String>>,
    pub checking: RwSignal<bool>,
    pub outcome: RwSignal<Option<Outcome>>,
    /// The outcome whose timeline the page below draws: set a frame after `outcome`, so
    /// that the report shows before a long timeline is drawn.
    pub drawing: RwSignal<Option<Outcome>>,
    /// How long the browser took to draw the last outcome.
    pub drawn_ms: RwSignal<Option<f64>>,
    /// Dragging a file over the page.
    pub dragging: RwSignal<bool>,
    /// What the forms edit: the opened timeline and every step since; `None` while no
    /// input reads as a whole timeline.
    pub history: RwSignal<Option<History<Timeline>>>,
    /// The file's text as last opened or saved (`None` for a restored draft).
    saved_text: StoredValue<Option<String>>,
    /// The edited file differs from what was opened or saved: leaving warns.
    pub unsaved: RwSignal<bool>,
    /// The event whose form is open, by its place in the file.
    pub selected: RwSignal<Option<usize>>,
    /// What became of the file last: saved, draft restored, draft not kept…
    pub file_notice: RwSignal<Option<String>>,
    /// The draft on screen came from this browser's storage, not from a file.
    pub restored_draft: RwSignal<bool>,
    /// The opened file's handle (File System Access API), to save back into it.
    file_handle: StoredValue<Option<wasm_bindgen::JsValue>, LocalStorage>,
}

impl Preview {
    pub fn new(lang: Lang) -> Preview {
        Preview {
            lang,
            render_lang: RwSignal::new(lang),
            input: StoredValue::new(None),
            generation: StoredValue::new(0),
            pending_check: StoredValue::new_local(None),
            forms_changed: StoredValue::new(false),
            pending_draw: StoredValue::new_local(None),
            typing: StoredValue::new(false),
            source_texts: RwSignal::new(Vec::new()),
            refusal: RwSignal::new(None),
            checking: RwSignal::new(false),
            outcome: RwSignal::new(None),
            drawing: RwSignal::new(None),
            drawn_ms: RwSignal::new(None),
            dragging: RwSignal::new(false),
            history: RwSignal::new(None),
            saved_text: StoredValue::new(None),
            unsaved: RwSignal::new(false),
            selected: RwSignal::new(None),
            file_notice: RwSignal::new(None),
            restored_draft: RwSignal::new(false),
            file_handle: StoredValue::new_local(None),
        }
    }

    pub fn expect() -> Preview {
        expect_context::<Preview>()
    }

    /// A new input begins: whatever an older one was still reading will be dropped.
    pub fn begin_input(self) -> u64 {
        self.generation.update_value(|generation| *generation += 1);
        self.generation.get_value()
    }

    fn is_current(self, generation: u64) -> bool {
        self.generation.get_value() == generation
    }

    /// Checks `text` as the data file `name` (already quoted for display), unless a newer
    /// input has begun since `generation`.
    pub fn submit(self, generation: u64, name: String, text: &str) {
        if !self.is_current(generation) {
            return;
        }
        self.refusal.set(None);
        self.open_in_forms(text);
        self.input.set_value(Some((name, Arc::from(text))));
        self.check();
    }

    /// Shows why an input was refused; the last good outcome stays on screen.
    pub fn refuse(self, generation: u64, name: &str, refusal: &Refusal) {
        if self.is_current(generation) {
            self.checking.set(false);
            self.refusal
                .set(Some(refusal_text(self.lang, refusal, name)));
        }
    }

    /// Reads a picked or dropped data file (saved by downloading).
    pub fn read_data_file(self, file: web_sys::File) {
        if self.may_replace_work() {
            self.read_data_file_with(file, None);
        }
    }

    /// Reads a data file; `handle` (File System Access) is where saving writes, once the
    /// file is read and checked, unless a newer input came first.
    fn read_data_file_with(self, file: web_sys::File, handle: Option<wasm_bindgen::JsValue>) {
        let generation = self.begin_input();
        let name = input_name(self.lang, &file.name());
        self.checking.set(true);
        read_file(file, move |result| match result {
            Ok(text) => {
                if self.is_current(generation) {
                    self.file_handle.set_value(handle);
                }
                self.submit(generation, name, &text)
            }
            Err(refusal) => self.refuse(generation, &name, &refusal),
        });
    }

    /// Reads source texts; the data is checked again with them.
    pub fn read_source_files(self, files: Vec<web_sys::File>) {
        // What is kept, and what this batch adds, by size: a text past the caps is refused
        // before it is read.
        let mut kept: Vec<(String, u64)> = self.source_texts.with_untracked(|texts| {
            texts
                .iter()
                .filter_map(|t| Some((t.name.clone(), t.text.as_ref().ok()?.len() as u64)))
                .collect()
        });
        for file in files {
            let name = file.name();
            let bytes = file.size() as u64;
            if let Some(refusal) = refuse_source_text(&kept, &name, bytes) {
                let why = refusal_text(self.lang, &refusal, &input_name(self.lang, &name));
                self.source_texts.update(|texts| {
                    texts.retain(|known| known.name != name);
                    texts.push(SourceText {
                        name,
                        text: Err(why),
                    });
                });
                continue;
            }
            kept.retain(|(known, _)| *known != name);
            kept.push((name.clone(), bytes));
            read_file(file, move |result| {
                let text = result.map_err(|refusal| {
                    refusal_text(self.lang, &refusal, &input_name(self.lang, &name))
                });
                self.source_texts.update(|texts| {
                    texts.retain(|known| known.name != name);
                    texts.push(SourceText { name, text });
                });
                self.check();
            });
        }
    }

    /// Sorts dropped files: the first `.json` is the data, `.txt` files are source texts;
    /// without a `.json`, a file of another kind is taken for the data, so that the editor
    /// hears what is wrong with it.
    pub fn receive_dropped(self, files: Vec<web_sys::File>) {
        let (texts, others): (Vec<_>, Vec<_>) = files
            .into_iter()
            .partition(|file| is_source_text_name(&file.name()));
        let data = others
            .iter()
            .position(|file| is_data_file_name(&file.name()))
            .or((!others.is_empty()).then_some(0))
            .and_then(|i| others.into_iter().nth(i));
        if let Some(data) = data {
            self.read_data_file(data);
        }
        if !texts.is_empty() {
            self.read_source_files(texts);
        }
    }

    /// Checks the current input again, after the browser has painted « Checking… ». Calls
    /// that come while a check waits (several source texts read at once) join it.
    fn check(self) {
        self.check_after(Duration::ZERO);
    }

    /// Checks the newest input once `pause` has passed without another call.
    fn check_after(self, pause: Duration) {
        let forms = self.forms_changed.get_value();
        if self.input.with_value(Option::is_none) && !forms {
            return;
        }
        if let Some(waiting) = self.pending_check.get_value() {
            waiting.clear();
        }
        self.checking.set(true);
        let handle = set_timeout_with_handle(
            move || {
                self.pending_check.set_value(None);
                self.write_back();
                self.run_check();
            },
            pause,
        );
        self.pending_check.set_value(handle.ok());
    }

    fn run_check(self) {
        let Some((name, text)) = self.input.get_value() else {
            return;
        };
        let texts: Vec<(String, String)> = self.source_texts.with_untracked(|texts| {
            texts
                .iter()
                .filter_map(|t| Some((t.name.clone(), t.text.clone().ok()?)))
                .collect()
        });
        let started = now();
        let checked: Report = report(&text, &texts);
        let lines = problem_lines(self.lang, &checked, &text);
        let checked_ms = now() - started;
        forget_event_link();
        self.drawn_ms.set(None);
        let revision = self
            .outcome
            .with_untracked(|o| o.as_ref().map_or(0, |o| o.revision + 1));
        self.outcome.set(Some(Outcome {
            name,
            revision,
            problem_count: checked.problems.len(),
            problems: Arc::new(checked.problems),
            drawn: checked.drawn.len(),
            lines,
            timeline: checked.timeline.map(Arc::new),
            quotes_checked: checked.quotes_checked,
            checked_ms,
        }));
        self.checking.set(false);
        if text.len() <= editing::LARGE_FILE_BYTES {
            self.drawing.set(self.outcome.get_untracked());
            self.time_drawing();
            return;
        }
        // A long timeline: the report is painted first; the page after it, unless a newer
        // check has come meanwhile (its own drawing follows). While the editor types, the
        // drawing (most of a second) waits until typing stops, so that no key waits for it.
        let pause = if self.typing.get_value() {
            editing::DRAWING_PAUSE
        } else {
            Duration::ZERO
        };
        request_animation_frame(move || self.draw_after(revision, pause));
    }

    /// Draws the outcome of check `revision` once `pause` has passed, unless a newer check
    /// or an edit comes first.
    fn draw_after(self, revision: u64, pause: Duration) {
        self.cancel_drawing();
        let handle = set_timeout_with_handle(
            move || {
                self.pending_draw.set_value(None);
                let newest = self.outcome.get_untracked();
                if newest.as_ref().map(|o| o.revision) == Some(revision) {
                    self.drawing.set(newest);
                    self.time_drawing();
                }
            },
            pause,
        );
        self.pending_draw.set_value(handle.ok());
    }

    fn cancel_drawing(self) {
        if let Some(waiting) = self.pending_draw.get_value() {
            waiting.clear();
        }
        self.pending_draw.set_value(None);
    }

    /// Times the drawing of the last outcome: the views update in effects, before the
    /// next frame; its layout is forced by reading the page's height.
    pub fn time_drawing(self) {
        let started = now();
        request_animation_frame(move || {
            if let Some(body) = document().body() {
                let _ = body.offset_height();
            }
            self.drawn_ms.set(Some(now() - started));
        });
    }
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// A problem's link (`#event-id`) opens and scrolls to its event; the next drawing must not
/// do it again, so the address loses that `#` before the page is drawn anew.
pub fn forget_event_link() {
    let location = window().location();
    if location.hash().is_ok_and(|hash| !hash.is_empty()) {
        let address = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        if let Ok(history) = window().history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
        }
    }
}
