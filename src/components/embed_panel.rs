use super::CopyButton;
use crate::hooks::location::page_folder;
use crate::i18n::live_strings;
use crate::pages::{embed_snippet, EXAMPLE_BASE};
use crate::state::expect_page;
use crate::state::Reader;
use crate::story_text::label;
use leptos::prelude::*;
use std::sync::Arc;

/// « Intégrer »: the snippet, with a copy button. Once hydrated, the snippet names this
/// copy's own address.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let lang = expect_page().lang;
    let s = live_strings(lang);
    let reader = Reader::expect();
    let base = RwSignal::new(EXAMPLE_BASE.to_owned());
    Effect::new(move |_| {
        if reader.ready.get() {
            base.set(page_folder());
        }
    });
    let snippet = move || base.with(|base| embed_snippet(base));
    view! {
        <details class="tl-embed">
            <summary>{label(lang, |s| s.embed_title)}</summary>
            <p>{label(lang, |s| s.embed_explained)}</p>
            <p class="tl-embed__options">{label(lang, |s| s.embed_options)}</p>
            <pre class="tl-embed__code"><code>{snippet}</code></pre>
            <CopyButton
                class="tl-embed__copy"
                label=s.copy_code
                done=s.code_copied
                text=Arc::new(snippet)
            />
        </details>
    }
}
