//! Affaire Pegasus : a sourced, day-by-day timeline of the French–Israeli diplomatic
//! episode of July 2021. The data model (`model`) and the interface strings (`i18n`) are
//! plain Rust; `components` are the Leptos views, rendered to static HTML at build time
//! (`prerender`, native) whose controls come alive in the browser (`client`, wasm).

#[cfg(not(target_arch = "wasm32"))]
pub mod app;
pub mod browser;
pub mod client;
#[cfg(not(target_arch = "wasm32"))]
pub mod components;
pub mod i18n;
pub mod model;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod source_texts;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_server;

#[cfg(not(target_arch = "wasm32"))]
pub use app::App;
pub use client::start;

/// The timeline as edited in `public/timeline.json` (checked and copied by `build.rs`).
/// Only the prerenderer and the native tools read it: the browser gets HTML.
#[cfg(not(target_arch = "wasm32"))]
pub const TIMELINE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/timeline.json"));

/// The JSON Schema of the data file, generated from the model's types.
#[cfg(not(target_arch = "wasm32"))]
pub fn timeline_schema() -> String {
    let schema = schemars::schema_for!(model::Timeline);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
