//! The preview's state: what the editor gave (a data file or a paste, source texts), the
//! last check's outcome, and the language the page is drawn in. Every way in ends in
//! [`Preview::submit`], so a picked, dropped or pasted file is checked the same way.

use super::files::read_file;
use super::input::{is_data_file_name, refusal_text, Refusal};
use super::report::{drawn_ids, problem_lines, report, ProblemLine, Report};
use super::strings::input_name;
use crate::model::{Lang, Timeline};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// A checked input.
#[derive(Clone)]
pub struct Outcome {
    /// « timeline.json » or « le texte collé ».
    pub name: String,
    pub lines: Vec<ProblemLine>,
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
}

impl Preview {
    pub fn new(lang: Lang) -> Preview {
        Preview {
            lang,
            render_lang: RwSignal::new(lang),
            input: StoredValue::new(None),
            source_texts: RwSignal::new(Vec::new()),
            refusal: RwSignal::new(None),
            checking: RwSignal::new(false),
            outcome: RwSignal::new(None),
            drawing: RwSignal::new(None),
            drawn_ms: RwSignal::new(None),
            dragging: RwSignal::new(false),
        }
    }

    pub fn expect() -> Preview {
        expect_context::<Preview>()
    }

    /// Checks `text` as the data file `name` (already quoted for display).
    pub fn submit(self, name: String, text: &str) {
        self.refusal.set(None);
        self.input.set_value(Some((name, Arc::from(text))));
        self.check();
    }

    /// Shows why an input was refused; the last good outcome stays on screen.
    pub fn refuse(self, name: &str, refusal: &Refusal) {
        self.refusal
            .set(Some(refusal_text(self.lang, refusal, name)));
    }

    /// Reads a picked or dropped data file.
    pub fn read_data_file(self, file: web_sys::File) {
        let name = input_name(self.lang, &file.name());
        self.checking.set(true);
        read_file(file, move |result| {
            self.checking.set(false);
            match result {
                Ok(text) => self.submit(name, &text),
                Err(refusal) => self.refuse(&name, &refusal),
            }
        });
    }

    /// Reads source texts; the data is checked again with them.
    pub fn read_source_files(self, files: Vec<web_sys::File>) {
        for file in files {
            let name = file.name();
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

    /// Sorts dropped files: `.json` is the data, the rest source texts; a single file of
    /// another kind is taken for the data, so that the editor hears what is wrong with it.
    pub fn receive_dropped(self, files: Vec<web_sys::File>) {
        let (data, others): (Vec<_>, Vec<_>) = files
            .into_iter()
            .partition(|file| is_data_file_name(&file.name()));
        match (data.into_iter().next(), others.len()) {
            (Some(data), _) => {
                self.read_data_file(data);
                if !others.is_empty() {
                    self.read_source_files(others);
                }
            }
            (None, 1) => {
                if let Some(file) = others.into_iter().next() {
                    self.read_data_file(file);
                }
            }
            (None, _) => self.read_source_files(others),
        }
    }

    /// Checks the current input again, after the browser has painted « Checking… ».
    fn check(self) {
        if self.input.with_value(Option::is_none) {
            return;
        }
        self.checking.set(true);
        set_timeout(
            move || {
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
                self.outcome.set(Some(Outcome {
                    name,
                    problem_count: lines.len(),
                    drawn: checked.timeline.as_ref().map_or(0, |t| drawn_ids(t).len()),
                    lines,
                    timeline: checked.timeline.map(Arc::new),
                    quotes_checked: checked.quotes_checked,
                    checked_ms,
                }));
                self.checking.set(false);
                // The report is painted first; the page after it.
                request_animation_frame(move || {
                    set_timeout(
                        move || {
                            self.drawing.set(self.outcome.get_untracked());
                            self.time_drawing();
                        },
                        Duration::ZERO,
                    )
                });
            },
            Duration::ZERO,
        );
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

/// A problem's link (`#event-id`) opens and scrolls to its event; the next file must not
/// do it again, so the address loses that `#` before the page is drawn anew.
fn forget_event_link() {
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
