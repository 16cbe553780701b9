//! The page. The prerenderer renders [`App`] once per page file at build time; in the
//! browser the wasm hydrates that HTML with the same `App`, so every control's markup and
//! behaviour are written once, in the component that draws it. Without the wasm it is a
//! complete, readable page: every event, every quote (in `<details>`), every day link.

use crate::components::{
    ContextSection, DayAxis, DayNav, ErrorNotice, FailureNotice, PageFooter, PageHeader,
    ReaderTools, SourceList,
};
use crate::hooks::{
    bring_into_view, focus_without_scrolling, parent_url_hash, post_scroll_to, use_embed_messages,
    use_event_keys, use_location_hash, use_scripted,
};
use crate::model::{Date, Lang, Outline, Timeline};
use crate::state::{Page, Reader};
use leptos::prelude::*;
use std::sync::Arc;

/// The whole page in one language. `errors` lists data problems (never in a normal build:
/// `build.rs` refuses invalid data), shown above the timeline. `opened_early`: the
/// positions (in page order) of the cards whose sources the reader opened while the wasm
/// loaded, which only the browser's entry point knows.
#[component]
pub fn App(
    lang: Lang,
    embedded: bool,
    timeline: Arc<Timeline>,
    errors: Vec<String>,
    #[prop(optional)] opened_early: Vec<usize>,
) -> impl IntoView {
    let outline = Outline::of(&timeline);
    let reader = Reader::new(lang, &timeline, &outline);
    let (context_cards, days) = reader.sections(&timeline, &outline);
    let day_links: Vec<(Date, usize)> =
        days.iter().map(|day| (day.date, day.cards.len())).collect();
    provide_context(Page {
        lang,
        timeline,
        embedded,
    });
    provide_context(reader);
    use_scripted(reader.ready);
    use_location_hash(reader.hash);
    use_event_keys(reader);
    // Hydration draws what the server drew (every card closed); what the reader did before
    // follows, through the same signals, so every label and count agrees with it.
    Effect::new(move |_| reader.open_at(&opened_early));
    // `#id` opens that event's sources and brings it into view: on load, and on every
    // hash change (links, Back, Forward).
    Effect::new(move |_| reveal(reader, &reader.hash.get(), embedded));
    if embedded {
        use_embed_messages(move |id| reveal(reader, &id, true));
        // A pym.js parent's `#id` (our own loader puts it in our address instead).
        Effect::new(move |_| {
            if let Some(id) = parent_url_hash().filter(|_| reader.hash.get_untracked().is_empty()) {
                reveal(reader, &id, true);
            }
        });
    }
    view! {
        <FailureNotice />
        {(!errors.is_empty()).then(|| view! { <ErrorNotice errors /> })}
        <PageHeader />
        <DayNav days=day_links />
        <main id="chronologie" class="tl-main" tabindex="-1">
            <ReaderTools actors=outline.actors />
            <ContextSection cards=context_cards />
            <DayAxis days />
            <SourceList />
        </main>
        <PageFooter />
    }
}

/// Opens an event's sources and brings its card into view, once the browser has drawn
/// it open: in the page, or, embedded, in the host page. Ids that are not events
/// (`#jour-…`, `#chronologie`) are left to the browser.
fn reveal(reader: Reader, id: &str, embedded: bool) {
    let Some(card) = (!id.is_empty()).then(|| reader.card(id)).flatten() else {
        return;
    };
    reader.set_open(card.open, true);
    request_animation_frame(move || {
        let Some(article) = card.article.get_untracked() else {
            return;
        };
        if embedded {
            // The host page scrolls; we only move focus.
            post_scroll_to(&article);
            focus_without_scrolling(&article);
        } else {
            bring_into_view(&article);
        }
    });
}
