use super::EventCard;
use crate::i18n::{day_month_year, days_heading, weekday_name};
use crate::model::involves_any;
use crate::state::expect_page;
use crate::state::{DayCards, Reader};
use crate::story;
use crate::story_text::{label, StoryText};
use leptos::either::Either;
use leptos::prelude::*;

/// Every day of the window, in order, with the events that start on it.
#[component]
pub fn DayAxis(days: Vec<DayCards>) -> impl IntoView {
    let page = expect_page();
    view! {
        <section class="tl-axis" aria-labelledby="tl-axis-heading">
            <h2 id="tl-axis-heading" class="tl-section-title">
                {StoryText::new(|| days_heading(page.lang, page.timeline.window))}
            </h2>
            <ol class="tl-axis__days">
                {days
                    .into_iter()
                    .map(|day| view! { <DaySection day /> })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// One day on the axis: its date as a heading, then its events (or a quiet line). The
/// second quiet line shows when a filter hides all of the day's events. The heading's two
/// parts stack in the wide layout's rail (weekday over date) and read as one line elsewhere.
#[component]
fn DaySection(day: DayCards) -> impl IntoView {
    let lang = expect_page().lang;
    let reader = Reader::expect();
    let DayCards {
        date: day,
        item: heading,
        cards,
    } = day;
    let is_empty = cards.is_empty();
    let actors: Vec<Vec<String>> = cards.iter().map(|(_, card)| card.actors.clone()).collect();
    let none_shown = Memo::new(move |_| {
        reader
            .selected
            .with(|selected| !actors.iter().any(|actors| involves_any(actors, selected)))
    });
    view! {
        <li
            class="tl-day"
            class:tl-day--empty=is_empty
            id=story!("jour-{day}")
            data-day=story!("{day}")
            node_ref=heading
        >
            <h3 class="tl-day__title">
                <time datetime=story!("{day}")>
                    <span class="tl-day__weekday">
                        {StoryText::new(|| weekday_name(lang, day.weekday()).to_owned())}
                    </span>
                    " "
                    <span class="tl-day__date">{StoryText::new(|| day_month_year(lang, day))}</span>
                </time>
            </h3>
            {if is_empty {
                Either::Left(view! { <p class="tl-day__none">{label(lang, |s| s.no_event_that_day)}</p> })
            } else {
                Either::Right(view! {
                    <p class="tl-day__none" hidden=move || !none_shown.get()>
                        {label(lang, |s| s.none_for_filter)}
                    </p>
                    <ol class="tl-day__events" data-event-list="">
                        {cards
                            .into_iter()
                            .map(|(event, card)| view! { <EventCard event card under_its_day=true /> })
                            .collect_view()}
                    </ol>
                })
            }}
        </li>
    }
}
