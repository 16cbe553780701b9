//! Copying text to the clipboard.

use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

/// A function that copies a text and then tells `done` whether the browser agreed. Plain
/// promise callbacks: no async runtime in the wasm for one call.
pub fn use_clipboard() -> impl Fn(&str, Box<dyn FnOnce(bool)>) + Copy {
    |text, done| {
        let promise = window().navigator().clipboard().write_text(text);
        let done = Rc::new(Cell::new(Some(done)));
        let on_error = done.clone();
        let ok = Closure::once(move |_: JsValue| {
            if let Some(done) = done.take() {
                done(true);
            }
        });
        let failed = Closure::once(move |_: JsValue| {
            if let Some(done) = on_error.take() {
                done(false);
            }
        });
        let _ = promise.then2(&ok, &failed);
        // Each is called at most once, a few bytes: left to the page's lifetime.
        ok.forget();
        failed.forget();
    }
}
