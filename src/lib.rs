//! Affaire Pegasus : a sourced, day-by-day timeline of the French–Israeli diplomatic
//! episode of July 2021. The data model (`model`) and the interface strings (`i18n`) are
//! plain Rust; `components` are the Leptos views; `main.rs` only mounts [`App`].

pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_server;

pub use app::App;

/// The timeline as edited in `public/timeline.json`, compiled into the app so the
/// reader's browser needs no second request.
pub const TIMELINE_JSON: &str = include_str!("../public/timeline.json");

/// The browser entry point: readable panics in the console, then the app.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
