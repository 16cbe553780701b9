//! The few places the page needs the browser itself (scrolling, focus, the clipboard, the
//! share sheet, observers, messages to a host page), each a small `use_…` function called
//! by the component that needs it, in the manner of leptos-use. They act in effects and
//! event handlers only: the prerenderer runs the same components natively, where nothing
//! here is called.

mod clipboard;
mod embed;
mod failure;
mod keys;
pub mod location;
mod scroll;
mod share;

pub use clipboard::use_clipboard;
pub use embed::{parent_url_hash, post_opened, post_scroll_to, use_embed_messages};
pub use failure::{install_panic_notice, use_failure_notice};
pub use keys::use_event_keys;
pub use location::use_location_hash;
pub use scroll::{bring_into_view, focus_without_scrolling, keep_place, use_day_in_view};
pub use share::{can_share, share_link};

use gloo::events::{EventListener, EventListenerOptions};
use leptos::prelude::*;

/// Listens on the window for as long as the calling component lives, once hydrated.
/// Passive: the browser need not wait for us to scroll.
pub fn use_window_event(name: &'static str, handler: impl Fn(&web_sys::Event) + 'static) {
    use_window_event_with(name, false, handler);
}

/// [`use_window_event`] for a handler that may cancel the event (`keydown` for the keys
/// it handles, a file dropped on the preview).
pub fn use_window_event_with(
    name: &'static str,
    cancelable: bool,
    handler: impl Fn(&web_sys::Event) + 'static,
) {
    let handler = std::cell::Cell::new(Some(handler));
    Effect::new(move |_| {
        let Some(handler) = handler.take() else {
            return;
        };
        let options = if cancelable {
            EventListenerOptions::enable_prevent_default()
        } else {
            EventListenerOptions::default()
        };
        let listener = EventListener::new_with_options(&window(), name, options, handler);
        // Dropped, and so removed, with the component's owner.
        StoredValue::new_local(listener);
    });
}

/// True once the page is hydrated. Also marks `<html>` (`tl-js`), for the stylesheet: the
/// controls that need the wasm are in the HTML from the start, their room kept, and show
/// only now, so nothing moves.
pub fn use_scripted(ready: RwSignal<bool>) {
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().add_1("tl-js");
        }
        ready.set(true);
        // The benchmark's sign that the page is live.
        let _ = window()
            .performance()
            .map(|p| p.mark("pegasus-timeline:ready"));
    });
}

/// Whether the reader asked for less motion (or the browser cannot say).
pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_none_or(|query| query.matches())
}

/// Flips the clicked disclosure button's `aria-expanded`, which the stylesheet reads to
/// show what it controls.
pub fn toggle_expanded(click: &web_sys::MouseEvent) {
    let button = event_target::<web_sys::Element>(click);
    let open = button.get_attribute("aria-expanded").as_deref() != Some("true");
    let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
}
