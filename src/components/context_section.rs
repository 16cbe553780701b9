use super::EventCard;
use crate::app::expect_page;
use crate::i18n::context_intro;
use crate::story_text::{label, StoryText};
use leptos::prelude::*;

/// Background before the window, set apart from the day-by-day events. Its heading and
/// introduction share a block: the wide layout's rail, where the days' headings stand.
#[component]
pub fn ContextSection() -> impl IntoView {
    let page = expect_page();
    let events: Vec<_> = page.timeline.context_events().cloned().collect();
    view! {
        <section class="tl-context" aria-labelledby="tl-context-heading">
            <div class="tl-context__head">
                <h2 id="tl-context-heading" class="tl-section-title">
                    {label(page.lang, |s| s.context_heading)}
                </h2>
                <p class="tl-context__intro">
                    {StoryText::new(|| context_intro(page.lang, page.timeline.window))}
                </p>
            </div>
            <ol class="tl-context__list" data-event-list="">
                {events.into_iter().map(|event| view! { <EventCard event /> }).collect_view()}
            </ol>
        </section>
    }
}
