use crate::app::expect_reader;
use crate::browser;
use crate::i18n::strings;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// « Intégrer »: the snippet a newsroom pastes into its page, with a copy button.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
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
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let text = snippet();
        spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            copied.set(ok);
            let s = strings(lang.get_untracked());
            reader
                .announcement
                .set(if ok { s.code_copied } else { s.link_not_copied }.to_owned());
        });
    };
    view! {
        <details class="tl-embed">
            <summary>{move || strings(lang.get()).embed_title}</summary>
            <p>{move || strings(lang.get()).embed_explained}</p>
            <pre class="tl-embed__code"><code>{snippet}</code></pre>
            <button type="button" class="tl-embed__copy" on:click=copy data-copied=move || copied.get().to_string()>
                {move || {
                    let s = strings(lang.get());
                    if copied.get() { s.code_copied } else { s.copy_code }
                }}
            </button>
        </details>
    }
}
