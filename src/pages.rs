//! What the prerenderer and the browser agree on: the page files and the embed snippet.

use crate::model::Lang;

/// The prerendered files: one per language, for readers and for news pages' iframes.
/// Flat, so every relative asset URL works in all four.
pub const fn page_file(lang: Lang, embedded: bool) -> &'static str {
    match (lang, embedded) {
        (Lang::Fr, false) => "index.html",
        (Lang::En, false) => "en.html",
        (Lang::Fr, true) => "embed.html",
        (Lang::En, true) => "embed-en.html",
    }
}

/// Every prerendered page, in the order the prerenderer writes them.
pub const PAGE_FILES: [&str; 4] = [
    page_file(Lang::Fr, false),
    page_file(Lang::En, false),
    page_file(Lang::Fr, true),
    page_file(Lang::En, true),
];

/// Where the embed snippet points until the browser knows where this copy really lives.
pub const EXAMPLE_BASE: &str = "https://exemple.fr/pegasus/";

/// The snippet a newsroom pastes into its page.
pub fn embed_snippet(base: &str) -> String {
    [
        "<div data-pegasus-timeline data-src=\"",
        base,
        "\"></div>\n<script src=\"",
        base,
        "embed.js\" async></script>",
    ]
    .concat()
}
