use crate::app::expect_page;
use crate::i18n::strings;
use crate::pages::{embed_snippet, EXAMPLE_BASE};
use leptos::prelude::*;

/// « Intégrer »: the snippet, with a copy button. The page's listeners put this copy's
/// own address in the snippet once it is known.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let s = strings(expect_page().lang);
    view! {
        <details class="tl-embed">
            <summary>{s.embed_title}</summary>
            <p>{s.embed_explained}</p>
            <pre class="tl-embed__code"><code id="tl-embed-code">{embed_snippet(EXAMPLE_BASE)}</code></pre>
            <button type="button" class="tl-embed__copy" data-copy-from="tl-embed-code" data-needs-script="">
                {s.copy_code}
            </button>
        </details>
    }
}
