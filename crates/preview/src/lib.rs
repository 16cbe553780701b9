//! The editors' preview (`apercu.html`, `preview.html`): a data file checked by the
//! build's own rules and drawn by the readers' own components, in the editor's browser.
//! It is a wasm of its own (`src/main.rs`, built by trunk from `crates/preview/index.html`),
//! so readers never download it. What it decides (sizes, text or not, the report, the
//! wording) is plain Rust, tested natively.

mod components;
pub mod edit_strings;
mod files;
pub mod input;
pub mod report;
mod saving;
mod state;
pub mod strings;

pub use components::PreviewApp;

use pegasus_model as model;

use model::Lang;

/// The preview's page file in each language.
pub fn preview_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "apercu.html",
        Lang::En => "preview.html",
    }
}

/// The preview wasm's entry point: replaces the page's loading notice by the preview.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use leptos::prelude::*;
    pegasus_timeline::hooks::install_panic_notice();
    let lang = document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    if let Some(body) = document().body() {
        body.set_inner_html("");
    }
    leptos::mount::mount_to_body(move || view! { <PreviewApp lang /> });
}
