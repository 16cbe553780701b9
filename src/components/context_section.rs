use super::EventCard;
use crate::app::expect_reader;
use crate::i18n::strings;
use leptos::prelude::*;
use std::sync::Arc;

/// Background before the window, set apart from the day-by-day events.
#[component]
pub fn ContextSection() -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let events: Vec<_> = reader
        .timeline
        .with_value(|t| t.context_events().cloned().map(Arc::new).collect());
    view! {
        <section class="tl-context" aria-labelledby="tl-context-heading">
            <h2 id="tl-context-heading" class="tl-section-title">
                {move || strings(lang.get()).context_heading}
            </h2>
            <p class="tl-context__intro">{move || strings(lang.get()).context_intro}</p>
            <ol class="tl-context__list">
                {events
                    .into_iter()
                    .map(|event| view! { <EventCard event /> })
                    .collect_view()}
            </ol>
        </section>
    }
}
