use crate::app::expect_reader;
use crate::i18n::{shown_count, strings};
use leptos::prelude::*;

/// Toggle buttons, one per actor; an event shows when it involves any selected actor.
#[component]
pub fn ActorFilters() -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let actors = reader.timeline.with_value(|t| t.actors.clone());
    let shown = Memo::new(move |_| {
        reader
            .actors
            .with(|selected| reader.timeline.with_value(|t| t.count_involving(selected)))
    });
    let total = reader.event_count();
    let count_text = move || shown_count(lang.get(), shown.get(), total);
    let apply = move |selected: Vec<String>| {
        let still_visible = reader.timeline.with_value(|t| t.ids_involving(&selected));
        reader.keep_place(&still_visible, move || reader.actors.set(selected));
        reader.announcement.set(count_text());
    };
    view! {
        <fieldset class="tl-filters">
            <legend class="tl-filters__legend">{move || strings(lang.get()).filter_legend}</legend>
            <div class="tl-filters__buttons">
                <button
                    type="button"
                    class="tl-filters__button"
                    aria-pressed=move || reader.actors.with(Vec::is_empty).to_string()
                    on:click=move |_| apply(Vec::new())
                >
                    {move || strings(lang.get()).filter_all}
                </button>
                {actors
                    .into_iter()
                    .map(|actor| {
                        let id = actor.id.clone();
                        let pressed = {
                            let id = id.clone();
                            move || reader.actors.with(|a| a.contains(&id))
                        };
                        let toggle = move |_| {
                            let mut selected = reader.actors.get_untracked();
                            match selected.iter().position(|a| *a == id) {
                                Some(i) => {
                                    selected.remove(i);
                                }
                                None => selected.push(id.clone()),
                            }
                            apply(selected);
                        };
                        view! {
                            <button
                                type="button"
                                class="tl-filters__button"
                                data-actor=actor.id.clone()
                                aria-pressed=move || pressed().to_string()
                                on:click=toggle
                            >
                                {move || actor.name.get(lang.get()).to_owned()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="tl-filters__count" data-shown=move || shown.get().to_string()>{count_text}</p>
        </fieldset>
    }
}
