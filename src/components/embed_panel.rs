use super::CopyButton;
use crate::app::expect_reader;
use crate::browser;
use crate::i18n::strings;
use leptos::prelude::*;

/// « Intégrer »: the snippet a newsroom pastes into its page, with a copy button.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let lang = expect_reader().lang;
    // Where this copy of the timeline lives; known only in the browser.
    let base = RwSignal::new("https://exemple.fr/pegasus/".to_owned());
    Effect::new(move |_| {
        if let Some(url) = browser::page_base_url() {
            base.set(url);
        }
    });
    let snippet = move || {
        let base = base.get();
        format!(
            "<div data-pegasus-timeline data-src=\"{base}\"></div>\n<script src=\"{base}embed.js\" async></script>"
        )
    };
    view! {
        <details class="tl-embed">
            <summary>{move || strings(lang.get()).embed_title}</summary>
            <p>{move || strings(lang.get()).embed_explained}</p>
            <pre class="tl-embed__code"><code>{snippet}</code></pre>
            <CopyButton
                class="tl-embed__copy"
                text=snippet
                label=|s| s.copy_code
                done_label=|s| s.code_copied
            />
        </details>
    }
}
