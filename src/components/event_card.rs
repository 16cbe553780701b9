use super::{CopyButton, QuotePanel, ShareAs};
use crate::hooks::location::permalink;
use crate::i18n::{event_date, live_strings, precision_label, short_date};
use crate::model::{Event, Precision};
use crate::state::expect_page;
use crate::state::Card;
use crate::story;
use crate::story_text::{label, prose, verbatim, StoryText};
use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

/// One event, as an item of its list: its date, headline, summary, actors, a link to
/// copy (or share) and, behind a toggle, its sources. A filter hides the item in place.
/// `under_its_day`: the card hangs under the heading of its (first) day, which has said
/// that day in words already.
#[component]
pub fn EventCard(event: Event, card: Card, #[prop(optional)] under_its_day: bool) -> impl IntoView {
    let page = expect_page();
    let lang = page.lang;
    let Card {
        id,
        open,
        shown,
        item,
        article,
        ..
    } = card;
    let actor_ids = event.actors.join(" ");

    let heading_id = story!("{id}-titre");
    let is_context = event.context;
    let headline = prose(lang, &event.headline);
    // The share sheet's title is the headline the server wrote (the wasm has no words).
    let (h3, h4) = (NodeRef::<html::H3>::new(), NodeRef::<html::H4>::new());
    let share = ShareAs {
        label: live_strings(lang).share_link,
        title: Arc::new(move || {
            let heading = h3.get_untracked().map(web_sys::Element::from);
            let heading = heading.or_else(|| h4.get_untracked().map(web_sys::Element::from));
            heading.and_then(|h| h.text_content()).unwrap_or_default()
        }),
    };
    // Context cards sit under an h2, day cards under a day's h3.
    let heading = if is_context {
        Either::Left(
            view! { <h3 id=heading_id.clone() class="tl-card__title" node_ref=h3>{headline}</h3> },
        )
    } else {
        Either::Right(
            view! { <h4 id=heading_id.clone() class="tl-card__title" node_ref=h4>{headline}</h4> },
        )
    };
    let link_of = id.clone();
    #[cfg_attr(not(pegasus_test_hooks), allow(unused_variables))]
    let link = Arc::new(move || {
        // The test build's deliberate panic (`?panic-test`), for the panic notice's test.
        #[cfg(pegasus_test_hooks)]
        if crate::hooks::location::query_value("panic-test").is_some() {
            panic!("test hook: a deliberate panic");
        }
        permalink(&link_of)
    });
    let s = live_strings(lang);
    view! {
        <li class="tl-item" node_ref=item data-actors=actor_ids hidden=move || !shown.get()>
            <article
                class="tl-card"
                class:tl-card--context=is_context
                id=id.clone()
                node_ref=article
                data-event-id=id.clone()
                data-context=is_context.then_some("")
                aria-labelledby=heading_id
                tabindex="-1"
            >
                <EventDateLine event=event.clone() under_its_day />
                {heading}
                <p class="tl-card__summary">{prose(lang, &event.summary)}</p>
                <ActorList actors=event.actors.clone() />
                <div class="tl-card__actions">
                    <QuotePanel event open />
                    // Shown once the wasm can copy; its room is kept meanwhile.
                    <CopyButton
                        class="tl-card__copy"
                        label=s.copy_link
                        done=s.link_copied
                        text=link
                        share
                    />
                </div>
            </article>
        </li>
    }
}

/// The date in words, its precision when not one exact day, and how it was derived. One
/// known day under that day's heading is only a compact date (« 20 juil. »), which the
/// wide layout leaves to the heading beside it: the date is said once.
#[component]
fn EventDateLine(event: Event, under_its_day: bool) -> impl IntoView {
    let lang = expect_page().lang;
    let date = event.date;
    let end = (!date.is_single_day()).then(|| story!("{}", date.last()));
    let compact = under_its_day && date.precision == Precision::Day && date.is_single_day();
    let text = StoryText::new(|| {
        if compact {
            short_date(lang, date.from)
        } else {
            event_date(lang, &date)
        }
    });
    view! {
        <div class="tl-card__when">
            <time
                class=if compact { "tl-card__date tl-card__date--compact" } else { "tl-card__date" }
                datetime=story!("{}", date.from)
                data-date-end=end.map(StoryText::into_attribute_value)
                data-precision=date.precision.code()
            >
                {text}
            </time>
            // Not one exact day: the precision in words.
            {(date.precision != Precision::Day).then(|| {
                let text = StoryText::new(|| {
                    precision_label(lang, date.precision).unwrap_or_default().to_owned()
                });
                view! { <span class="tl-card__precision">{text}</span> }
            })}
            <details class="tl-card__reasoning">
                <summary>{label(lang, |s| s.how_dated)}</summary>
                <p>{prose(lang, &date.reasoning)}</p>
            </details>
        </div>
    }
}

/// Who the event involves, by name in the reader's language.
#[component]
fn ActorList(actors: Vec<String>) -> impl IntoView {
    let page = expect_page();
    let names: Vec<(String, StoryText)> = actors
        .iter()
        .filter_map(|id| page.timeline.actor(id))
        .map(|actor| (actor.id.clone(), verbatim(actor.name.get(page.lang))))
        .collect();
    view! {
        <div class="tl-card__actors">
            <span class="tl-visually-hidden">{label(page.lang, |s| s.actors_label)}</span>
            <ul class="tl-card__actor-list">
                {names
                    .into_iter()
                    .map(|(id, name)| view! { <li class="tl-actor" data-actor=id>{name}</li> })
                    .collect_view()}
            </ul>
        </div>
    }
}
