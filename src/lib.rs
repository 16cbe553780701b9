//! Affaire Pegasus : a sourced, day-by-day timeline of the French–Israeli diplomatic
//! episode of July 2021. The data model (`model`) and the interface strings (`i18n`) are
//! plain Rust; `components` are the Leptos views; `main.rs` only mounts [`App`].

pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod source_texts;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_server;

pub use app::App;

/// The timeline as edited in `public/timeline.json` (checked and copied by `build.rs`),
/// compiled into the app so the reader's browser needs no second request.
pub const TIMELINE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/timeline.json"));

/// The JSON Schema of the data file, generated from the model's types.
#[cfg(not(target_arch = "wasm32"))]
pub fn timeline_schema() -> String {
    let schema = schemars::schema_for!(model::Timeline);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The browser entry point: a panic hook that tells the reader, then the app.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_failure_notice();
    }));
    leptos::mount::mount_to_body(App);
}
