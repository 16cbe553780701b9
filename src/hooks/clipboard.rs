//! Copying text to the clipboard.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// A function that copies a text and then tells `done` whether the browser agreed. The
/// promise is awaited on Leptos's own executor, so nothing outlives the answer.
pub fn use_clipboard() -> impl Fn(&str, Box<dyn FnOnce(bool)>) + Copy {
    |text, done| {
        let promise = window().navigator().clipboard().write_text(text);
        leptos::task::spawn_local(async move {
            done(JsFuture::from(promise).await.is_ok());
        });
    }
}
