use crate::app::expect_reader;
use crate::i18n::{long_date, strings, weekday_abbr};
use leptos::prelude::*;

/// The compact, sticky row of days: where the reader is, and a jump to any day.
/// Plain `#jour-…` links: the browser does the jumping, and Back returns.
#[component]
pub fn DayNav() -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let days: Vec<_> = reader.timeline.with_value(|t| {
        t.days()
            .into_iter()
            .map(|(day, events)| (day, events.len()))
            .collect()
    });
    view! {
        <nav class="tl-daynav" aria-label=move || strings(lang.get()).days_nav_label>
            <ol class="tl-daynav__list">
                {days
                    .into_iter()
                    .map(|(day, count)| {
                        let current = move || reader.current_day.get() == Some(day);
                        view! {
                            <li class="tl-daynav__item">
                                <a
                                    class="tl-daynav__link"
                                    class:tl-daynav__link--quiet=count == 0
                                    href=format!("#jour-{day}")
                                    aria-current=move || current().then_some("location")
                                    title=move || long_date(lang.get(), day)
                                >
                                    <span class="tl-daynav__weekday" aria-hidden="true">
                                        {move || weekday_abbr(lang.get(), day)}
                                    </span>
                                    <span class="tl-daynav__day" aria-hidden="true">{day.day()}</span>
                                    <span class="tl-visually-hidden">{move || long_date(lang.get(), day)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
