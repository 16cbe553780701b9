use super::ActorFilters;
use crate::app::expect_reader;
use crate::i18n::strings;
use crate::model::Lang;
use leptos::prelude::*;

/// Filters and "expand all", above the timeline.
#[component]
pub fn ReaderTools() -> impl IntoView {
    let lang = expect_reader().lang;
    view! {
        <section class="tl-tools" aria-label=move || strings(lang.get()).tools_label>
            <ActorFilters />
            <div class="tl-tools__row">
                <ExpandAllButton />
                <p class="tl-tools__hint">{move || strings(lang.get()).keyboard_hint}</p>
            </div>
        </section>
    }
}

/// Opens every card's quotes, or closes them all once all are open.
#[component]
pub fn ExpandAllButton() -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let all_open = move || reader.open_count.get() == reader.event_count();
    let toggle = move |_| {
        let open = !all_open();
        let every_id = reader.timeline.with_value(|t| t.ids_involving(&[]));
        reader.keep_place(&every_id, move || reader.set_all_quotes_open(open));
    };
    view! {
        <button
            type="button"
            class="tl-tools__expand"
            aria-pressed=move || all_open().to_string()
            on:click=toggle
        >
            {move || {
                let s = strings(lang.get());
                if all_open() { s.collapse_all } else { s.expand_all }
            }}
        </button>
    }
}

/// A link to the other language (`?lang=en`), which the app follows without reloading.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = expect_reader().lang;
    let other = move || match lang.get() {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    let href = move || match other() {
        Lang::En => "?lang=en".to_owned(),
        Lang::Fr => "?lang=fr".to_owned(),
    };
    view! {
        <a
            class="tl-lang"
            href=href
            hreflang=move || other().code()
            lang=move || other().code()
            on:click=move |event| {
                event.prevent_default();
                lang.set(other());
            }
        >
            {move || strings(lang.get()).other_language_name}
        </a>
    }
}
