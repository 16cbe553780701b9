use crate::app::expect_page;
use crate::i18n::{shown_count, strings};
use crate::model::OutlineActor;
use leptos::prelude::*;

/// Toggle buttons, one per actor; an event shows when it involves any selected actor.
/// The wasm hides the cards in place (`hidden`), it never re-renders them.
#[component]
pub fn ActorFilters(actors: Vec<OutlineActor>, total: usize) -> impl IntoView {
    let lang = expect_page().lang;
    let s = strings(lang);
    view! {
        <fieldset class="tl-filters" disabled>
            <legend class="tl-filters__legend">{s.filter_legend}</legend>
            <div class="tl-filters__buttons">
                <button type="button" class="tl-filters__button" data-actor="" aria-pressed="true">
                    {s.filter_all}
                </button>
                {actors
                    .into_iter()
                    .map(|actor| {
                        view! {
                            <button
                                type="button"
                                class="tl-filters__button"
                                data-actor=actor.id.clone()
                                aria-pressed="false"
                            >
                                {actor.name.get(lang).to_owned()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="tl-filters__count" data-shown=total>{shown_count(lang, total, total)}</p>
        </fieldset>
    }
}
