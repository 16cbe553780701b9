use super::actor_filters::{FilterCount, FilterToggle};
use super::ActorFilters;
use crate::hooks::keep_place;
use crate::model::{Lang, OutlineActor};
use crate::state::expect_page;
use crate::state::{all_open, expand_label, Reader};
use crate::story_text::label;
use leptos::prelude::*;

/// Filters, "expand all" and the live region. Narrow screens get one row (« Filtrer »,
/// which opens the actor buttons below it, the count, « Tout déplier »); wide ones a
/// column beside the cards with the buttons always out. In that order in the document
/// for both, so focus follows what the eye sees. Rendered inert and invisible
/// (`data-ready="false"`, room kept) until the page is hydrated, so a reader without the
/// wasm never meets a control that does nothing.
#[component]
pub fn ReaderTools(actors: Vec<OutlineActor>) -> impl IntoView {
    let reader = Reader::expect();
    let lang = expect_page().lang;
    view! {
        <section
            class="tl-tools"
            aria-label=label(lang, |s| s.tools_label)
            data-ready=move || if reader.ready.get() { "true" } else { "false" }
        >
            <FilterToggle controls="tl-filters" />
            <ActorFilters actors id="tl-filters" />
            <FilterCount />
            <ExpandAllButton />
            // Only where there is a keyboard and a fine pointer (the stylesheet decides).
            <p class="tl-tools__hint">{label(lang, |s| s.keyboard_hint)}</p>
            <div id="tl-announcement" class="tl-visually-hidden" role="status" aria-live="polite">
                {move || reader.announcement.get()}
            </div>
        </section>
    }
}

/// Opens every card's sources, or closes them all once all are open, keeping the card
/// the reader is on where it is.
#[component]
pub fn ExpandAllButton() -> impl IntoView {
    let reader = Reader::expect();
    let lang = expect_page().lang;
    let everything_open = Memo::new(move |_| all_open(reader.open_count.get(), reader.total));
    let on_click = move |_| {
        let open = !everything_open.get_untracked();
        keep_place(&reader.shown_cards(), || reader.set_all_open(open));
    };
    view! {
        <button
            type="button"
            class="tl-tools__expand"
            aria-pressed=move || if everything_open.get() { "true" } else { "false" }
            disabled=move || !reader.ready.get()
            on:click=on_click
        >
            {move || expand_label(lang, reader.open_count.get(), reader.total)}
        </button>
    }
}

/// A link to the same page in the other language. Plain HTML, so it works without the
/// wasm; once hydrated, the reader's place (`#id`) comes along.
#[component]
pub fn LanguageSwitch(lang: Lang, href: &'static str) -> impl IntoView {
    let reader = Reader::expect();
    let other = match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    let href = move || {
        reader.hash.with(|hash| {
            if hash.is_empty() {
                href.to_owned()
            } else {
                [href, "#", hash].concat()
            }
        })
    };
    view! {
        <a class="tl-lang" href=href hreflang=other.code() lang=other.code()>
            {label(lang, |s| s.other_language_name)}
        </a>
    }
}
