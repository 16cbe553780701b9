//! The system's share sheet (the Web Share API), where the device has one: phones mostly.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Whether the browser offers a share sheet. Asked in handlers and effects only: the
/// prerendered HTML cannot know, so what it changes starts the same on both sides.
pub fn can_share() -> bool {
    js_sys::Reflect::has(&window().navigator(), &JsValue::from_str("share")).unwrap_or(false)
}

/// Opens the share sheet for a titled link. `refused` runs if the browser declines (no
/// user gesture, a policy, a missing target), not when the reader closes the sheet.
pub fn share_link(title: &str, url: &str, refused: impl FnOnce() + 'static) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let promise = window().navigator().share_with_data(&data);
    leptos::task::spawn_local(async move {
        let Err(error) = JsFuture::from(promise).await else {
            return;
        };
        let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
            .ok()
            .and_then(|name| name.as_string());
        if name.as_deref() != Some("AbortError") {
            refused();
        }
    });
}
