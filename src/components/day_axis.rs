use super::EventCard;
use crate::app::expect_reader;
use crate::i18n::{long_date, strings};
use crate::model::Date;
use leptos::prelude::*;
use std::sync::Arc;

/// Every day of the window, in order, with the events that start on it.
#[component]
pub fn DayAxis() -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let days: Vec<(Date, Vec<Arc<crate::model::Event>>)> = reader.timeline.with_value(|t| {
        t.days()
            .into_iter()
            .map(|(day, events)| (day, events.into_iter().cloned().map(Arc::new).collect()))
            .collect()
    });
    view! {
        <section class="tl-axis" aria-labelledby="tl-axis-heading">
            <h2 id="tl-axis-heading" class="tl-section-title">
                {move || strings(lang.get()).days_heading}
            </h2>
            <ol class="tl-axis__days">
                {days
                    .into_iter()
                    .map(|(day, events)| view! { <DaySection day events /> })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// One day on the axis: its date as a heading, then its events (or a quiet line).
#[component]
fn DaySection(day: Date, events: Vec<Arc<crate::model::Event>>) -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let is_empty = events.is_empty();
    let all_filtered_out = {
        let events = events.clone();
        move || {
            !events.is_empty()
                && reader
                    .actors
                    .with(|selected| events.iter().all(|e| !e.involves_any(selected)))
        }
    };
    let id = format!("jour-{day}");
    view! {
        <li class="tl-day" class:tl-day--empty=is_empty id=id data-day=day.to_string()>
            <h3 class="tl-day__title">
                <time datetime=day.to_string()>{move || long_date(lang.get(), day)}</time>
            </h3>
            {if is_empty {
                view! { <p class="tl-day__none">{move || strings(lang.get()).no_event_that_day}</p> }
                    .into_any()
            } else {
                view! {
                    <p class="tl-day__none" hidden=move || !all_filtered_out()>
                        {move || strings(lang.get()).none_for_filter}
                    </p>
                    <ol class="tl-day__events">
                        {events.into_iter().map(|event| view! { <EventCard event /> }).collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </li>
    }
}
