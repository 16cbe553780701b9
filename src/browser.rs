//! Everything that touches the document for `client`: finding cards, reading and writing
//! the URL, scrolling, focus, the clipboard, the embed messages. Off wasm every helper is a
//! no-op (web-sys imports abort when called outside a browser), so `client`'s logic still
//! compiles and unit-tests natively.

use crate::model::Lang;
use crate::pages::NAV_CLEARANCE;
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, HtmlDetailsElement, HtmlElement, ScrollBehavior, ScrollIntoViewOptions,
    ScrollLogicalPosition, Window,
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

/// The prerendered file for old-style addresses (`?lang=en`, `?embed=1`), which all
/// served `index.html` before the pages were prerendered: the address to go to instead,
/// keeping the other parameters and the fragment, or `None` when this page is the right one.
pub fn moved_page(here: Lang, embedded: bool) -> Option<String> {
    let wanted_lang = query_value("lang").and_then(|code| Lang::from_code(&code));
    let wanted_embed = query_value("embed").as_deref() == Some("1");
    let lang = wanted_lang.unwrap_or(here);
    let embed = embedded || wanted_embed;
    if lang == here && embed == embedded {
        return None;
    }
    let location = window()?.location();
    let path = location.pathname().ok()?;
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let rest: Vec<String> = query_pairs()
        .into_iter()
        .filter(|(key, _)| key != "lang" && key != "embed")
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    let query = if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    };
    let hash = location.hash().unwrap_or_default();
    Some(format!(
        "{dir}{}{query}{hash}",
        crate::pages::page_file(lang, embed)
    ))
}

/// The page's language, as the prerenderer wrote it in `<html lang>`.
pub fn page_lang() -> Lang {
    document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

pub fn go_to(url: &str) {
    if let Some(window) = window() {
        let _ = window.location().replace(url);
    }
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

/// Copies `text` to the clipboard, then tells `done` whether the browser agreed. Plain
/// promise callbacks: no async runtime in the wasm for one call.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = window() else { return };
    let promise = window.navigator().clipboard().write_text(text);
    let done = Rc::new(RefCell::new(Some(done)));
    let on_error = done.clone();
    let ok = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| {
        if let Some(done) = done.borrow_mut().take() {
            done(true);
        }
    });
    let failed = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| {
        if let Some(done) = on_error.borrow_mut().take() {
            done(false);
        }
    });
    let _ = promise.then2(&ok, &failed);
    // Called once by the promise, a few bytes each: left to the page's lifetime.
    ok.forget();
    failed.forget();
}

/// Where an element's top is, relative to the viewport.
pub fn top_of(id: &str) -> Option<f64> {
    element(id).map(|e| e.get_bounding_client_rect().top())
}

/// The cards the filter shows (`li.tl-item` without `hidden`), in page order. Attributes
/// only: asking cards out of view for their layout would make the browser lay them out.
fn shown_cards() -> Vec<Element> {
    all("li.tl-item:not([hidden]) > .tl-card")
}

/// Ids of the cards the filter shows, in page order.
pub fn shown_card_ids() -> Vec<String> {
    shown_cards().iter().map(Element::id).collect()
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

/// Runs `f` on the next animation frame, when the browser is about to show the change.
pub fn after_render(f: impl FnOnce() + 'static) {
    let Some(window) = window() else { return };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window.request_animation_frame(callback.unchecked_ref());
}

/// Among `ids` (cards, in page order), the first that is shown and reaches below
/// `from_top` pixels of the viewport. A binary search on the cards' list items, whose
/// boxes the browser knows even for cards it has not laid out.
pub fn first_below_among(ids: &[String], from_top: f64) -> Option<String> {
    let items: Vec<(String, Element)> = ids
        .iter()
        .filter_map(|id| {
            let item = element_by_id(id)?.parent_element()?;
            (!item.has_attribute("hidden")).then(|| (id.clone(), item))
        })
        .collect();
    let first =
        items.partition_point(|(_, item)| item.get_bounding_client_rect().bottom() <= from_top);
    // An item's box ends with the gap below its card: when only that gap reaches below
    // `from_top`, the reader is on the next card. This one is at the viewport's edge, laid
    // out already, so asking for its card's box costs nothing.
    let gap_only = items
        .get(first)
        .and_then(|(id, _)| element_by_id(id))
        .is_some_and(|card| card.get_bounding_client_rect().bottom() <= from_top);
    let first = first + usize::from(gap_only);
    items.into_iter().nth(first).map(|(id, _)| id)
}

/// The elements are stacked in document order, so a binary search reads a dozen
/// positions per scroll event, however long the timeline.
pub fn last_above(selector: &str, from_top: f64) -> Option<String> {
    let list = document()?.query_selector_all(selector).ok()?;
    let top = |i: u32| {
        list.item(i)
            .and_then(|node| node.dyn_into::<Element>().ok())
            .map_or(f64::INFINITY, |e| e.get_bounding_client_rect().top())
    };
    let (mut low, mut high) = (0, list.length());
    while low < high {
        let middle = low + (high - low) / 2;
        if top(middle) <= from_top {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    let last = list.item(low.checked_sub(1)?)?;
    Some(last.dyn_into::<Element>().ok()?.id())
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

/// The page made for news pages' iframes (`embed.html`, `embed-en.html`).
pub fn is_embedded() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.class_list().contains("tl-embedded"))
}

/// Tells the stylesheet the wasm runs: controls that need it become visible, in place
/// (their room is kept while hidden, so nothing moves).
pub fn mark_scripted() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("tl-js");
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
    // Whole pixels (the height is already rounded up): integer formatting keeps Rust's
    // float formatter, several kilobytes, out of the wasm.
    let pixels = height.max(0.0) as u64;
    let pym = format!("pymxPYMx{child_id}xPYMxheightxPYMx{pixels}");
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

fn all(selector: &str) -> Vec<Element> {
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

pub fn element_by_id(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// The sources panel of an event (`<details id="<id>-sources">`).
fn sources_of(id: &str) -> Option<HtmlDetailsElement> {
    element_by_id(&format!("{id}-sources"))?.dyn_into().ok()
}

/// Whether `id` names an event card on this page.
pub fn is_event(id: &str) -> bool {
    !id.is_empty() && element_by_id(id).is_some_and(|e| e.has_attribute("data-event-id"))
}

/// Opens the event's sources and brings it into view (deep links, `#id`).
pub fn reveal(id: &str) {
    if !is_event(id) {
        return;
    }
    if let Some(details) = sources_of(id) {
        details.set_open(true);
    }
    let id = id.to_owned();
    after_render(move || bring_into_view(&id));
}

/// Opens or closes every card's sources; each change fires the browser's `toggle` event,
/// which keeps the reader's count of open cards.
pub fn set_all_sources_open(open: bool) {
    for details in all("details.tl-quotes") {
        if let Ok(details) = details.dyn_into::<HtmlDetailsElement>() {
            if details.open() != open {
                details.set_open(open);
            }
        }
    }
}

/// How many cards have their sources open now.
pub fn open_sources_count() -> usize {
    all("details.tl-quotes[open]").len()
}

fn involves_any(item: &Element, selected: &[String]) -> bool {
    selected.is_empty()
        || item
            .get_attribute("data-actors")
            .is_some_and(|actors| actors.split(' ').any(|a| selected.iter().any(|s| s == a)))
}

/// Ids of the cards that pass an actor filter, in page order.
pub fn card_ids_involving(selected: &[String]) -> Vec<String> {
    all("li.tl-item")
        .iter()
        .filter(|item| involves_any(item, selected))
        .filter_map(|item| item.first_element_child().map(|card| card.id()))
        .collect()
}

/// Hides the cards that do not pass the filter, in place (attributes only, nothing is
/// re-rendered), and says so under each day whose events are all hidden.
pub fn filter_cards(selected: &[String]) {
    for list in all("[data-event-list]") {
        let mut shown = 0;
        let mut next = list.first_element_child();
        while let Some(item) = next {
            next = item.next_element_sibling();
            let show = involves_any(&item, selected);
            shown += usize::from(show);
            if item.has_attribute("hidden") == show {
                let _ = item.toggle_attribute_with_force("hidden", !show);
            }
        }
        if let Some(none) = list
            .previous_element_sibling()
            .filter(|e| e.has_attribute("data-none-for-filter"))
        {
            let _ = none.toggle_attribute_with_force("hidden", shown > 0);
        }
    }
}

/// Applies a change that moves content (filters, expand all) while keeping the card
/// the reader is looking at where it is on screen.
pub fn keep_place(still_visible: &[String], change: impl FnOnce()) {
    let anchor = first_below_among(still_visible, NAV_CLEARANCE);
    let before = anchor.as_deref().and_then(top_of);
    change();
    if let (Some(anchor), Some(before)) = (anchor, before) {
        hold_place(anchor, before, HOLD_FRAMES, None);
    }
}

/// Cards with `content-visibility: auto` that come near the viewport are laid out a
/// frame or two after a change, at their new (opened) height; the browser's own scroll
/// anchoring then holds the top of the card above, which grows downwards and pushes the
/// reader's card away. So the place is held for a few frames, not one.
const HOLD_FRAMES: u32 = 8;

fn hold_place(anchor: String, before: f64, frames_left: u32, scrolled_to: Option<f64>) {
    after_render(move || {
        // A reader who scrolled in the meantime has chosen a new place: leave it.
        if scrolled_to.is_some_and(|y| (scroll_y() - y).abs() >= 1.0) {
            return;
        }
        if let Some(after) = top_of(&anchor) {
            scroll_by(after - before);
        }
        if frames_left > 1 {
            hold_place(anchor, before, frames_left - 1, Some(scroll_y()));
        }
    });
}

fn scroll_y() -> f64 {
    window().and_then(|w| w.scroll_y().ok()).unwrap_or_default()
}

/// Puts this copy's own address into the embed snippet.
pub fn set_embed_snippet(text: &str) {
    if let Some(code) = element_by_id("tl-embed-code") {
        code.set_text_content(Some(text));
    }
}

pub fn text_of(id: &str) -> Option<String> {
    element_by_id(id)?.text_content()
}

/// Listens on the document for the page's lifetime (delegation: one listener for every
/// card). `capture` for events that do not bubble (`toggle`).
pub fn on_document(
    name: &'static str,
    capture: bool,
    handler: impl FnMut(&web_sys::Event) + 'static,
) {
    if let Some(document) = document() {
        listen_on(&document, name, capture, handler);
    }
}

/// Listens on the window for the page's lifetime; `cancelable` when the handler may
/// call `prevent_default`.
pub fn on_window(
    name: &'static str,
    cancelable: bool,
    handler: impl FnMut(&web_sys::Event) + 'static,
) {
    if let Some(window) = window() {
        let options = if cancelable {
            EventListenerOptions::enable_prevent_default()
        } else {
            EventListenerOptions::default()
        };
        EventListener::new_with_options(&window, name, options, handler).forget();
    }
}

fn listen_on(
    target: &web_sys::EventTarget,
    name: &'static str,
    capture: bool,
    handler: impl FnMut(&web_sys::Event) + 'static,
) {
    let options = if capture {
        EventListenerOptions::run_in_capture_phase()
    } else {
        EventListenerOptions::default()
    };
    EventListener::new_with_options(target, name, options, handler).forget();
}

/// How many event cards the page has.
pub fn card_count() -> usize {
    all(".tl-card").len()
}

/// The filters and "expand all" were rendered inert and invisible: wake them up.
pub fn wake_controls() {
    for control in all(".tl-filters, .tl-tools__expand") {
        control.remove_attribute("disabled").ok();
    }
    for tools in all(".tl-tools") {
        let _ = tools.set_attribute("data-ready", "true");
    }
    mark_scripted();
}

pub fn press_filter_buttons(is_pressed: impl Fn(&str) -> bool) {
    for button in all(".tl-filters__button") {
        let actor = button.get_attribute("data-actor").unwrap_or_default();
        let pressed = if is_pressed(&actor) { "true" } else { "false" };
        let _ = button.set_attribute("aria-pressed", pressed);
    }
}

pub fn show_count(text: &str, shown: usize) {
    for count in all(".tl-filters__count") {
        count.set_text_content(Some(text));
        let _ = count.set_attribute("data-shown", &shown.to_string());
    }
}

pub fn show_expand_button(label: &str, pressed: bool) {
    for button in all(".tl-tools__expand") {
        button.set_text_content(Some(label));
        let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
    }
}

/// Says `text` in the polite live region.
pub fn announce(text: &str) {
    if let Some(region) = element_by_id("tl-announcement") {
        region.set_text_content(Some(text));
    }
}

/// Marks the day navigator's link to `day` (`jour-…`) as the current location.
pub fn mark_current_day(day: Option<&str>) {
    for link in all(".tl-daynav__link[aria-current]") {
        let _ = link.remove_attribute("aria-current");
    }
    if let Some(day) = day {
        let selector = format!(".tl-daynav__link[href=\"#{day}\"]");
        if let Some(link) = document().and_then(|d| d.query_selector(&selector).ok().flatten()) {
            let _ = link.set_attribute("aria-current", "location");
            keep_in_sideways_view(&link);
        }
    }
}

/// A long timeline's day row scrolls sideways: keep the current day in its middle.
fn keep_in_sideways_view(link: &Element) {
    let Some(list) = link.closest(".tl-daynav__list--many").ok().flatten() else {
        return;
    };
    let (Ok(link), Ok(list)) = (
        link.clone().dyn_into::<HtmlElement>(),
        list.dyn_into::<HtmlElement>(),
    ) else {
        return;
    };
    // Both offsets are measured from the sticky <nav>, the nearest positioned ancestor.
    let centre = link.offset_left() - list.offset_left() + link.offset_width() / 2;
    list.set_scroll_left(centre - list.client_width() / 2);
}
