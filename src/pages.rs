//! What the prerenderer and the browser code agree on: the page files and the room the
//! sticky day navigator takes.

use crate::model::Lang;

/// The prerendered files: one per language, for readers and for news pages' iframes.
/// Flat, so every relative asset URL works in all four.
pub fn page_file(lang: Lang, embedded: bool) -> &'static str {
    match (lang, embedded) {
        (Lang::Fr, false) => "index.html",
        (Lang::En, false) => "en.html",
        (Lang::Fr, true) => "embed.html",
        (Lang::En, true) => "embed-en.html",
    }
}

/// Height under the sticky day navigator, in CSS pixels.
pub const NAV_CLEARANCE: f64 = 64.0;

/// Where the embed snippet points until the browser knows where this copy really lives.
pub const EXAMPLE_BASE: &str = "https://exemple.fr/pegasus/";

/// The snippet a newsroom pastes into its page.
pub fn embed_snippet(base: &str) -> String {
    format!(
        "<div data-pegasus-timeline data-src=\"{base}\"></div>\n<script src=\"{base}embed.js\" async></script>"
    )
}
