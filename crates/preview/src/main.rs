//! The editors' preview's wasm (`apercu.html`, `preview.html`), built by trunk from
//! `crates/preview/index.html`: the data check and the timeline's components, drawn client-side.

fn main() {
    #[cfg(target_arch = "wasm32")]
    pegasus_preview::start();
}
