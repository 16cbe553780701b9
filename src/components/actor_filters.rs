use crate::hooks::{keep_place, toggle_expanded};
use crate::i18n::decimal;
use crate::model::OutlineActor;
use crate::state::expect_page;
use crate::state::{count_text, is_pressed, toggle_actor, Reader};
use crate::story_text::{label, verbatim, StoryText};
use leptos::prelude::*;

/// Toggle buttons, one per actor; an event shows when it involves any selected actor.
/// Cards hide in place (`hidden`), keeping the reader's card where it is; the count beside
/// the buttons ([`FilterCount`]) and the live region say how many remain. `id`: what the
/// narrow layout's « Filtrer » button opens.
#[component]
pub fn ActorFilters(actors: Vec<OutlineActor>, id: &'static str) -> impl IntoView {
    let page = expect_page();
    let reader = Reader::expect();
    let lang = page.lang;
    let press = move |actor: &str| {
        let mut selected = reader.selected.get_untracked();
        toggle_actor(&mut selected, actor);
        let still_shown = reader.cards_shown_by(&selected);
        let count = still_shown.len();
        keep_place(&still_shown, || reader.selected.set(selected));
        reader
            .announcement
            .set(count_text(lang, count, reader.total));
    };
    let button = move |id: String, name: StoryText| {
        let pressed_id = id.clone();
        let pressed = move || {
            let pressed = reader
                .selected
                .with(|selected| is_pressed(selected, &pressed_id));
            if pressed {
                "true"
            } else {
                "false"
            }
        };
        view! {
            <button
                type="button"
                class="tl-filters__button"
                data-actor=id.clone()
                aria-pressed=pressed
                on:click=move |_| press(&id)
            >
                {name}
            </button>
        }
    };
    let all = button(String::new(), label(lang, |s| s.filter_all));
    let buttons = actors
        .into_iter()
        .map(|actor| button(actor.id.clone(), verbatim(actor.name.get(lang))))
        .collect_view();
    view! {
        <fieldset class="tl-filters" id=id disabled=move || !reader.ready.get()>
            <legend class="tl-filters__legend">{label(lang, |s| s.filter_legend)}</legend>
            <div class="tl-filters__buttons">{all} {buttons}</div>
        </fieldset>
    }
}

/// How many events the filter shows, beside the filters.
#[component]
pub fn FilterCount() -> impl IntoView {
    let page = expect_page();
    let reader = Reader::expect();
    let lang = page.lang;
    let timeline = page.timeline;
    let shown = Memo::new(move |_| {
        reader
            .selected
            .with(|selected| timeline.count_involving(selected))
    });
    view! {
        <p class="tl-filters__count" data-shown=move || decimal(shown.get())>
            {move || count_text(lang, shown.get(), reader.total)}
        </p>
    }
}

/// The narrow layout's « Filtrer »: opens and closes the actor buttons (`controls`, the
/// element right after it, which the stylesheet shows while it is expanded). The button
/// keeps its own state in `aria-expanded`: nothing else reads it, and a signal would cost
/// the wasm more than the attribute. Invisible, hence out of reach, until hydrated.
#[component]
pub fn FilterToggle(controls: &'static str) -> impl IntoView {
    view! {
        <button
            type="button"
            class="tl-tools__filter"
            aria-controls=controls
            aria-expanded="false"
            on:click=|ev| toggle_expanded(&ev)
        >
            {label(expect_page().lang, |s| s.filter_toggle)}
        </button>
    }
}
