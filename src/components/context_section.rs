use super::EventCard;
use crate::app::expect_page;
use crate::i18n::{context_intro, strings};
use leptos::prelude::*;

/// Background before the window, set apart from the day-by-day events. Its heading and
/// introduction share a block: the wide layout's rail, where the days' headings stand.
#[component]
pub fn ContextSection() -> impl IntoView {
    let page = expect_page();
    let s = strings(page.lang);
    let events: Vec<_> = page.timeline.context_events().cloned().collect();
    view! {
        <section class="tl-context" aria-labelledby="tl-context-heading">
            <div class="tl-context__head">
                <h2 id="tl-context-heading" class="tl-section-title">{s.context_heading}</h2>
                <p class="tl-context__intro">{context_intro(page.lang, page.timeline.window)}</p>
            </div>
            <ol class="tl-context__list" data-event-list="">
                {events.into_iter().map(|event| view! { <EventCard event /> }).collect_view()}
            </ol>
        </section>
    }
}
