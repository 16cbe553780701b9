use super::{CopyButton, QuotePanel};
use crate::app::expect_reader;
use crate::browser;
use crate::i18n::{event_date, precision_label, strings, typeset};
use crate::model::Event;
use leptos::prelude::*;
use std::sync::Arc;

/// One event, as an item of its list: its date, headline, summary, actors, a link to
/// copy and, behind a toggle, its sources. Hidden (not removed) when filtered out.
#[component]
pub fn EventCard(event: Arc<Event>) -> impl IntoView {
    let reader = expect_reader();
    let shown = {
        let event = event.clone();
        move || reader.actors.with(|selected| event.involves_any(selected))
    };
    let lang = reader.lang;
    let id = event.id.clone();
    let heading_id = format!("{id}-titre");
    let is_context = event.context;
    let headline = {
        let event = event.clone();
        move || typeset(lang.get(), event.headline.get(lang.get()))
    };
    let summary = {
        let event = event.clone();
        move || typeset(lang.get(), event.summary.get(lang.get()))
    };
    // Context cards sit under an h2, day cards under a day's h3.
    let heading = if is_context {
        view! { <h3 id=heading_id.clone() class="tl-card__title">{headline}</h3> }.into_any()
    } else {
        view! { <h4 id=heading_id.clone() class="tl-card__title">{headline}</h4> }.into_any()
    };
    let copy_id = id.clone();
    view! {
        <li class="tl-item" hidden=move || !shown()>
            <article
                class="tl-card"
                class:tl-card--context=is_context
                id=id.clone()
                data-event-id=id.clone()
                data-context=is_context.then_some("")
                aria-labelledby=heading_id
                tabindex="-1"
            >
                <EventDateLine event=event.clone() />
                {heading}
                <p class="tl-card__summary">{summary}</p>
                <ActorList event=event.clone() />
                <QuotePanel event>
                    <CopyLinkButton id=copy_id.clone() />
                </QuotePanel>
            </article>
        </li>
    }
}

/// Copies the event's address (`…#id`).
#[component]
fn CopyLinkButton(id: String) -> impl IntoView {
    let link = move || {
        #[cfg(pegasus_test_hooks)]
        if browser::query_has("panic-test") {
            panic!("test hook: a deliberate panic");
        }
        browser::permalink(&id)
    };
    view! {
        <CopyButton
            class="tl-card__copy"
            text=link
            label=|s| s.copy_link
            done_label=|s| s.link_copied
        />
    }
}

/// The date in words, its precision when not one exact day, and how it was derived.
#[component]
fn EventDateLine(event: Arc<Event>) -> impl IntoView {
    let lang = expect_reader().lang;
    let date = event.date.clone();
    let precision = date.precision;
    let end = (!date.is_single_day()).then(|| date.last().to_string());
    let text = {
        let date = date.clone();
        move || event_date(lang.get(), &date)
    };
    let reasoning = move || typeset(lang.get(), date.reasoning.get(lang.get()));
    view! {
        <div class="tl-card__when">
            <time
                class="tl-card__date"
                datetime=event.date.from.to_string()
                data-date-end=end
                data-precision=format!("{precision:?}").to_lowercase()
            >
                {text}
            </time>
            {move || {
                precision_label(lang.get(), precision)
                    .map(|label| view! { <span class="tl-card__precision">{label}</span> })
            }}
            <details class="tl-card__reasoning">
                <summary>{move || strings(lang.get()).how_dated}</summary>
                <p>{reasoning}</p>
            </details>
        </div>
    }
}

/// Who the event involves, by name in the reader's language.
#[component]
fn ActorList(event: Arc<Event>) -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let actors = event.actors.clone();
    let names = move || {
        reader.timeline.with_value(|t| {
            actors
                .iter()
                .filter_map(|id| t.actor(id))
                .map(|actor| (actor.id.clone(), actor.name.get(lang.get()).to_owned()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="tl-card__actors">
            <span class="tl-visually-hidden">{move || strings(lang.get()).actors_label}</span>
            <ul class="tl-card__actor-list">
                {move || {
                    names()
                        .into_iter()
                        .map(|(id, name)| {
                            view! {
                                <li class="tl-actor" data-actor=id>
                                    {name}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
