use super::EventCard;
use crate::i18n::context_intro;
use crate::state::expect_page;
use crate::state::EventEntry;
use crate::story_text::{label, StoryText};
use leptos::prelude::*;

/// Background before the window, set apart from the day-by-day events. Its heading and
/// introduction share a block: the wide layout's rail, where the days' headings stand.
#[component]
pub fn ContextSection(cards: Vec<EventEntry>) -> impl IntoView {
    let page = expect_page();
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
                {cards.into_iter().map(|(event, card)| view! { <EventCard event card /> }).collect_view()}
            </ol>
        </section>
    }
}
