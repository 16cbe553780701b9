//! Affaire Pegasus : a sourced, day-by-day timeline of the French–Israeli diplomatic
//! episode of July 2021: the readers' app. The data model is its own crate
//! (`pegasus-model`, re-exported as `model`); `state` is built from it and passed down;
//! `components` are the Leptos views, rendered to static HTML at build time (by the
//! `pegasus-site` prerenderer, natively) and hydrated in the browser (`hydrate`, wasm);
//! `hooks` hold the few browser calls they need.

#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod hooks;
pub mod i18n;
pub mod pages;
pub mod state;
pub mod story_text;

pub use pegasus_model as model;

pub use app::App;

mod compiled;

pub use compiled::{compiled_timeline, DATA_ERRORS};

/// The timeline as edited in `public/timeline.json` (checked and copied by `build.rs`),
/// for the native tools and tests.
#[cfg(not(target_arch = "wasm32"))]
pub const TIMELINE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/timeline.json"));

/// The wasm's entry point: hydrates the prerendered `<body>` with the same [`App`] and
/// the same props, read from the page (`<html lang>`, the embed copy's class).
#[cfg(target_arch = "wasm32")]
pub fn hydrate() {
    use leptos::prelude::*;
    hooks::install_panic_notice();
    let root = document().document_element();
    let lang = root
        .as_ref()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| model::Lang::from_code(&code))
        .unwrap_or_default();
    let embedded = root.is_some_and(|root| root.class_list().contains("tl-embedded"));
    if hooks::location::leave_moved_page(lang, embedded) {
        return;
    }
    let opened_early = opened_before_hydration();
    let timeline = std::sync::Arc::new(compiled_timeline());
    let errors: Vec<String> = DATA_ERRORS.iter().map(|e| (*e).to_owned()).collect();
    // The benchmark reads the hydration's duration between these two marks.
    let performance = window().performance();
    let mark = |name| performance.as_ref().map(|p| p.mark(name));
    mark("pegasus-timeline:hydrate-start");
    leptos::mount::hydrate_body(
        move || view! { <App lang embedded timeline errors opened_early /> },
    );
    mark("pegasus-timeline:hydrated");
}

/// The positions, in page order, of the cards whose sources the reader opened while the
/// wasm loaded: each card has one such `<details>`, in the same order as the cards.
#[cfg(target_arch = "wasm32")]
fn opened_before_hydration() -> Vec<usize> {
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;
    // Before hydration no component exists, so no NodeRef: the document is all there is.
    let Ok(panels) = document().query_selector_all("details.tl-quotes") else {
        return Vec::new();
    };
    (0..panels.length())
        .filter(|&i| {
            panels
                .item(i)
                .and_then(|node| node.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                .is_some_and(|details| details.open())
        })
        .map(|i| i as usize)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_browsers_compiled_in_timeline_is_the_data_file() {
        let from_json = pegasus_model::read(crate::TIMELINE_JSON).expect("the data file parses");
        assert_eq!(crate::compiled_timeline(), from_json);
        assert!(crate::DATA_ERRORS.is_empty());
    }
}
