//! Everything that touches `window`: reading and writing the URL, scrolling, focus, the
//! clipboard. Components call these only from effects and event handlers, never while
//! rendering, so the same components render natively (tests, static HTML). Off wasm every
//! helper is a no-op, because web-sys imports abort when called outside a browser.

use crate::model::Lang;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, Window,
};

pub fn window() -> Option<Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

fn document() -> Option<Document> {
    window().and_then(|w| w.document())
}

fn element(id: &str) -> Option<HtmlElement> {
    document()?
        .get_element_by_id(id)?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// `lang` from the query string (`?lang=en`), if it names a language we have.
pub fn url_lang() -> Option<Lang> {
    query_value("lang").and_then(|code| Lang::from_code(&code))
}

/// The query string's `key=value` pairs (`?flag` alone has an empty value). No decoding:
/// our parameters are plain tokens.
fn query_pairs() -> Vec<(String, String)> {
    let search = window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

/// Whether the query string carries `flag` (as `?flag` or `&flag=…`).
pub fn query_has(flag: &str) -> bool {
    query_pairs().iter().any(|(key, _)| key == flag)
}

/// The value of a query parameter.
pub fn query_value(key: &str) -> Option<String> {
    query_pairs()
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, value)| value)
}

/// The fragment without `#`.
pub fn url_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Remembers the language in the URL without adding a history entry: French, the
/// default, leaves no parameter.
pub fn remember_lang(lang: Lang) {
    let Some(window) = window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) =
        (location.pathname(), location.search(), location.hash())
    else {
        return;
    };
    let mut params: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .map(str::to_owned)
        .collect();
    if lang != Lang::Fr {
        params.push(format!("lang={}", lang.code()));
    }
    let query = if params.is_empty() {
        String::new()
    } else {
        format!("?{}", params.join("&"))
    };
    let url = format!("{path}{query}{hash}");
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// `<html lang>` and the document title follow the reader's language.
pub fn set_document_language(lang: Lang, title: &str) {
    let Some(document) = document() else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(title);
}

/// The address of one event: this page, its query (language) and `#id`.
pub fn permalink(id: &str) -> String {
    let Some(window) = window() else {
        return format!("#{id}");
    };
    let location = window.location();
    let base = format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    format!("{base}#{id}")
}

pub fn prefers_reduced_motion() -> bool {
    window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .map(|query| query.matches())
        .unwrap_or(true)
}

/// Scrolls the element to the top of the view (under the sticky day navigator) and moves
/// keyboard focus to it, so screen readers continue from there.
pub fn bring_into_view(id: &str) {
    let Some(target) = element(id) else { return };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    options.set_behavior(if prefers_reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    target.scroll_into_view_with_scroll_into_view_options(&options);
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = target.focus_with_options(&focus);
}

/// Copies text to the clipboard; `false` when the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Where an element's top is, relative to the viewport.
pub fn top_of(id: &str) -> Option<f64> {
    element(id).map(|e| e.get_bounding_client_rect().top())
}

/// Ids of the visible elements matching `selector`, in document order.
pub fn visible_ids(selector: &str) -> Vec<String> {
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|e| e.offset_parent().is_some())
        .map(|e| e.id())
        .collect()
}

/// Scrolls by `dy` pixels at once (keeping the reader's place after a layout change).
pub fn scroll_by(dy: f64) {
    if let Some(window) = window() {
        if dy.abs() >= 1.0 {
            window.scroll_by_with_x_and_y(0.0, dy);
        }
    }
}

/// The id of the focused element, if any.
pub fn focused_id() -> Option<String> {
    let active = document()?.active_element()?;
    Some(active.id())
}

/// Runs `f` on the next animation frame, after Leptos has applied pending DOM changes.
pub fn after_render(f: impl FnOnce() + 'static) {
    let Some(window) = window() else { return };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window.request_animation_frame(callback.unchecked_ref());
}

/// Among `ids` (in document order), the first whose element is shown and reaches below
/// `from_top` pixels of the viewport.
pub fn first_below_among(ids: &[String], from_top: f64) -> Option<String> {
    ids.iter()
        .find(|id| {
            element(id)
                .filter(|e| e.offset_parent().is_some())
                .is_some_and(|e| e.get_bounding_client_rect().bottom() > from_top)
        })
        .cloned()
}

/// The id of the last element matching `selector` whose top is above `from_top`.
pub fn last_above(selector: &str, from_top: f64) -> Option<String> {
    let list = document()?.query_selector_all(selector).ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .take_while(|e| e.get_bounding_client_rect().top() <= from_top)
        .last()
        .map(|e| e.id())
}

/// Whether keys are going into a text field, where j and k are letters.
pub fn typing_in_a_field() -> bool {
    document()
        .and_then(|d| d.active_element())
        .map(|e| {
            let tag = e.tag_name().to_ascii_lowercase();
            matches!(tag.as_str(), "input" | "textarea" | "select")
                || e.get_attribute("contenteditable").is_some()
        })
        .unwrap_or(false)
}

/// After a panic the app can no longer respond: say so at the top of the page, in the
/// page's language, with a way to reload. Whatever content is already shown stays.
pub fn show_failure_notice() {
    let Some(document) = document() else { return };
    if document.get_element_by_id("tl-failure").is_some() {
        return;
    }
    let english = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .is_some_and(|lang| lang.starts_with("en"));
    let (message, reload) = if english {
        (
            "Something went wrong: this page stopped responding. ",
            "Reload the page",
        )
    } else {
        (
            "Une erreur est survenue\u{a0}: la page ne répond plus. ",
            "Recharger la page",
        )
    };
    let Ok(notice) = document.create_element("div") else {
        return;
    };
    notice.set_id("tl-failure");
    notice.set_class_name("tl-failure");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(message));
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", "");
        link.set_text_content(Some(reload));
        let _ = notice.append_child(&link);
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}

/// `?embed=1`: the page runs inside a news page's iframe.
pub fn is_embedded() -> bool {
    query_value("embed").as_deref() == Some("1")
}

/// Marks the document for embed styles (no page chrome).
pub fn mark_embedded() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("tl-embedded");
    }
}

/// The page's height in CSS pixels, as the host page's iframe should be.
pub fn content_height() -> f64 {
    document()
        .and_then(|d| d.document_element())
        .map(|root| root.get_bounding_client_rect().height().ceil())
        .unwrap_or(0.0)
}

/// Tells the host page our height, in the formats newsrooms' parents understand: pym.js
/// (`pymxPYMx<childId>xPYMxheightxPYMx<px>`, also read by our `embed.js`) and AMP's
/// `embed-size` for `<amp-iframe>`.
pub fn post_height(child_id: &str, height: f64) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let pym = format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}");
    let _ = parent.post_message(&pym.into(), "*");
    let amp = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
    let _ = parent.post_message(&amp, "*");
}

/// Tells the host page which event the reader opened, so its address can follow.
pub fn post_opened(id: &str) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"pegasus-timeline:opened".into());
    let _ = js_sys::Reflect::set(&message, &"id".into(), &id.into());
    let _ = parent.post_message(&message, "*");
}

/// Calls `on_resize` whenever the page's size changes (quotes opened, filters, fonts).
pub fn observe_size(on_resize: impl Fn() + 'static) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(on_resize);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // The observer lives as long as the page.
        callback.forget();
        std::mem::forget(observer);
    }
}

/// A `{type: "pegasus-timeline:open", id}` message from our own parent window, if that is
/// what `event` is; anything else (other windows, other shapes) is ignored.
pub fn open_request(event: &web_sys::MessageEvent) -> Option<String> {
    let window = window()?;
    let parent = window.parent().ok().flatten()?;
    // A page that is not in a frame is its own parent: it takes no orders by message.
    if js_sys::Object::is(&parent, &window) {
        return None;
    }
    let source = event.source()?;
    let from_parent = js_sys::Object::is(&source, &parent);
    if !from_parent {
        return None;
    }
    let data = event.data();
    let kind = js_sys::Reflect::get(&data, &"type".into())
        .ok()?
        .as_string()?;
    if kind != "pegasus-timeline:open" {
        return None;
    }
    js_sys::Reflect::get(&data, &"id".into()).ok()?.as_string()
}

/// This page's folder as an absolute URL (`https://host/path/`), for the embed snippet.
pub fn page_base_url() -> Option<String> {
    let location = window()?.location();
    let origin = location.origin().ok()?;
    let path = location.pathname().ok()?;
    let folder = &path[..path.rfind('/').map(|i| i + 1).unwrap_or(path.len())];
    Some(format!("{origin}{folder}"))
}
