//! Embedded in a news page (`embed.html`): the host page learns our height and the event
//! the reader opened, and may ask us to open one. Heights go in the formats newsrooms'
//! parents understand: pym.js (`pymxPYMx<childId>xPYMxheightxPYMx<px>`, also read by our
//! `embed.js`) and AMP's `embed-size` for `<amp-iframe>`.

use super::location::query_value;
use crate::i18n::decimal;
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn parent() -> Option<web_sys::Window> {
    let parent = window().parent().ok().flatten()?;
    // A page that is not in a frame is its own parent: it has no host to talk to.
    (!Object::is(&parent, &window())).then_some(parent)
}

fn message(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object
}

fn post_height(child_id: &str, height: f64) {
    let Some(parent) = parent() else { return };
    // Whole pixels (already rounded up): integer formatting keeps the float formatter
    // out of the wasm.
    let pixels = decimal(height.max(0.0) as usize);
    let pym = ["pymxPYMx", child_id, "xPYMxheightxPYMx", &pixels].concat();
    let _ = parent.post_message(&pym.into(), "*");
    let amp = message(&[
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
        ("height", height.into()),
    ]);
    let _ = parent.post_message(&amp, "*");
}

/// The pym.js child id the host gave us (`?childId=…`), empty when there is none.
fn child_id() -> String {
    query_value("childId").unwrap_or_default()
}

/// Asks the host page to scroll to `element` (its top, in our document): an iframe as tall
/// as its content scrolls nothing itself. pym.js's `scrollToChildPos` message, which pym.js
/// parents and our `embed.js` both act on (the latter below the host's sticky header).
pub fn post_scroll_to(element: &web_sys::Element) {
    let Some(parent) = parent() else { return };
    // The height first: a parent that has not grown the iframe yet (pym.js scrolls at
    // once, on a page still too short) gets it before the position, in the same order.
    if let Some(root) = document().document_element() {
        post_height(&child_id(), root.get_bounding_client_rect().height().ceil());
    }
    let top = element.get_bounding_client_rect().top() + window().scroll_y().unwrap_or_default();
    // Whole pixels: integer formatting keeps the float formatter out of the wasm.
    let pixels = decimal(top.max(0.0) as usize);
    let message = [
        "pymxPYMx",
        &child_id(),
        "xPYMxscrollToChildPosxPYMx",
        &pixels,
    ]
    .concat();
    let _ = parent.post_message(&message.into(), "*");
}

/// The event a pym.js parent's own address points at: pym.js passes that address as
/// `?parentUrl=…`, so a host page's `#id` reaches us even without our loader.
pub fn parent_url_hash() -> Option<String> {
    let url = js_sys::decode_uri_component(&query_value("parentUrl")?).ok()?;
    let url = String::from(url);
    let (_, hash) = url.split_once('#')?;
    (!hash.is_empty()).then(|| hash.to_owned())
}

/// Tells the host page which event the reader opened, so its address can follow.
pub fn post_opened(id: &str) {
    if let Some(parent) = parent() {
        let opened = message(&[
            ("type", "pegasus-timeline:opened".into()),
            ("id", id.into()),
        ]);
        let _ = parent.post_message(&opened, "*");
    }
}

/// The `id` of a `{type: "pegasus-timeline:open", id}` message from our own parent
/// window; anything else (other windows, other shapes) is ignored.
fn open_request(event: &web_sys::MessageEvent) -> Option<String> {
    let parent = parent()?;
    if !Object::is(&event.source()?.into(), &parent) {
        return None;
    }
    let data = event.data();
    let kind = Reflect::get(&data, &"type".into()).ok()?.as_string()?;
    if kind != "pegasus-timeline:open" {
        return None;
    }
    Reflect::get(&data, &"id".into()).ok()?.as_string()
}

/// A resize observer at work, and its callback: dropping it stops both.
struct Observing {
    observer: web_sys::ResizeObserver,
    _report: Closure<dyn Fn()>,
}

impl Drop for Observing {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Reports the page's height whenever it changes (quotes opened, filters, fonts), and
/// calls `open` with the event the host page asks for.
pub fn use_embed_messages(open: impl Fn(String) + 'static) {
    Effect::new(move |_| {
        let Some(root) = document().document_element() else {
            return;
        };
        let child_id = child_id();
        let last = Cell::new(0.0);
        let measured = root.clone();
        let report = Closure::<dyn Fn()>::new(move || {
            let height = measured.get_bounding_client_rect().height().ceil();
            if (height - last.get()).abs() >= 1.0 {
                last.set(height);
                post_height(&child_id, height);
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
            observer.observe(&root);
            // Disconnected and freed with the page's owner.
            StoredValue::new_local(Observing {
                observer,
                _report: report,
            });
        }
    });
    super::use_window_event("message", move |event| {
        if let Some(id) = event
            .dyn_ref::<web_sys::MessageEvent>()
            .and_then(open_request)
        {
            open(id);
        }
    });
}
