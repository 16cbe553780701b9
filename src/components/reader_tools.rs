use super::ActorFilters;
use crate::app::expect_page;
use crate::i18n::strings;
use crate::model::{Lang, OutlineActor};
use leptos::prelude::*;

/// Filters, "expand all" and the live region, above the timeline. Rendered inert and
/// invisible (`data-ready="false"`, room kept): the wasm wakes them up, so a reader
/// without it never meets a control that does nothing.
#[component]
pub fn ReaderTools(actors: Vec<OutlineActor>, total: usize) -> impl IntoView {
    let s = strings(expect_page().lang);
    view! {
        <section class="tl-tools" aria-label=s.tools_label data-ready="false">
            <ActorFilters actors total />
            <div class="tl-tools__row">
                <ExpandAllButton />
                <p class="tl-tools__hint">{s.keyboard_hint}</p>
            </div>
            <div id="tl-announcement" class="tl-visually-hidden" role="status" aria-live="polite"></div>
        </section>
    }
}

/// Opens every card's sources, or closes them all once all are open.
#[component]
pub fn ExpandAllButton() -> impl IntoView {
    let s = strings(expect_page().lang);
    view! {
        <button type="button" class="tl-tools__expand" aria-pressed="false" disabled>
            {s.expand_all}
        </button>
    }
}

/// A link to the same page in the other language. Plain HTML, so it works without the
/// wasm; with it, the reader's place (`#id`) comes along.
#[component]
pub fn LanguageSwitch(lang: Lang, href: &'static str) -> impl IntoView {
    let other = match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    view! {
        <a class="tl-lang" href=href hreflang=other.code() lang=other.code()>
            {strings(lang).other_language_name}
        </a>
    }
}
