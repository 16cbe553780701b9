//! The page: reads the timeline once, holds the reader's state, lays out the sections and
//! wires what the browser tells us (the URL, scrolling, keys) to that state.

use crate::browser;
use crate::components::{
    ContextSection, DayAxis, DayNav, ErrorNotice, PageFooter, PageHeader, ReaderTools, SourceList,
};
use crate::i18n::strings;
use crate::model::{self, Date, Lang, Timeline};
use leptos::ev;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

/// What every component may read: the reader's choices and the timeline. Small and `Copy`.
#[derive(Clone, Copy)]
pub struct Reader {
    pub lang: RwSignal<Lang>,
    pub timeline: StoredValue<Arc<Timeline>>,
    /// One signal per event, so opening one card's quotes re-renders that card only.
    open: StoredValue<HashMap<String, RwSignal<bool>>>,
    /// How many cards have their quotes open (drives "tout déplier / tout replier").
    pub open_count: RwSignal<usize>,
    /// Selected actor ids; empty shows every event.
    pub actors: RwSignal<Vec<String>>,
    /// The day at the top of the view, for the day navigator.
    pub current_day: RwSignal<Option<Date>>,
    /// Text for the polite live region (filter results, copied links).
    pub announcement: RwSignal<String>,
}

/// The [`Reader`] provided by [`TimelinePage`]; components are only rendered inside it.
pub fn expect_reader() -> Reader {
    expect_context::<Reader>()
}

impl Reader {
    pub fn new(timeline: Arc<Timeline>, lang: Lang) -> Reader {
        let open = timeline
            .events
            .iter()
            .map(|e| (e.id.clone(), RwSignal::new(false)))
            .collect();
        Reader {
            lang: RwSignal::new(lang),
            timeline: StoredValue::new(timeline),
            open: StoredValue::new(open),
            open_count: RwSignal::new(0),
            actors: RwSignal::new(Vec::new()),
            current_day: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
        }
    }

    pub fn quotes_open(&self, id: &str) -> Option<RwSignal<bool>> {
        self.open.with_value(|open| open.get(id).copied())
    }

    pub fn set_quotes_open(&self, id: &str, value: bool) {
        if let Some(signal) = self.quotes_open(id) {
            if value && browser::is_embedded() {
                browser::post_opened(id);
            }
            if signal.get_untracked() != value {
                signal.set(value);
                self.open_count.update(|n| {
                    *n = if value { *n + 1 } else { n.saturating_sub(1) };
                });
            }
        }
    }

    pub fn set_all_quotes_open(&self, value: bool) {
        let count = self.open.with_value(|open| {
            for signal in open.values() {
                signal.set(value);
            }
            open.len()
        });
        self.open_count.set(if value { count } else { 0 });
    }

    pub fn event_count(&self) -> usize {
        self.timeline.with_value(|t| t.events.len())
    }

    pub fn is_event(&self, id: &str) -> bool {
        self.timeline
            .with_value(|t| t.events.iter().any(|e| e.id == id))
    }

    /// Applies a change that moves content (filters, expand all) while keeping the card
    /// the reader is looking at where it is on screen.
    pub fn keep_place(&self, still_visible: &[String], change: impl FnOnce()) {
        let anchor = browser::first_below_among(still_visible, NAV_CLEARANCE);
        let before = anchor.as_deref().and_then(browser::top_of);
        change();
        if let (Some(anchor), Some(before)) = (anchor, before) {
            browser::after_render(move || {
                if let Some(after) = browser::top_of(&anchor) {
                    browser::scroll_by(after - before);
                }
            });
        }
    }

    /// Opens the event's quotes and brings it into view (deep links, `#id`).
    pub fn reveal(&self, id: &str) {
        if self.is_event(id) {
            self.set_quotes_open(id, true);
            let id = id.to_owned();
            browser::after_render(move || browser::bring_into_view(&id));
        }
    }
}

/// Height under the sticky day navigator, in CSS pixels.
pub const NAV_CLEARANCE: f64 = 64.0;

#[component]
pub fn App() -> impl IntoView {
    // The build refuses invalid data (build.rs); should some reach a reader anyway, the
    // timeline still shows, under a notice that lists what is wrong.
    match model::read(crate::TIMELINE_JSON) {
        Ok(timeline) => {
            let errors = model::validate(&timeline);
            view! {
                {(!errors.is_empty()).then(|| view! { <ErrorNotice errors /> })}
                <TimelinePage timeline=Arc::new(timeline) />
            }
            .into_any()
        }
        Err(error) => view! { <ErrorNotice errors=vec![error] /> }.into_any(),
    }
}

#[component]
pub fn TimelinePage(timeline: Arc<Timeline>) -> impl IntoView {
    let reader = Reader::new(timeline, browser::url_lang().unwrap_or_default());
    provide_context(reader);

    // The language lives in the URL and in <html lang>, and names the page.
    Effect::new(move |_| {
        let lang = reader.lang.get();
        let title = reader.timeline.with_value(|t| t.title.get(lang).to_owned());
        browser::set_document_language(lang, &title);
        browser::remember_lang(lang);
    });

    // Deep link on load, and later ones (links, Back and Forward).
    Effect::new(move |_| reader.reveal(&browser::url_hash()));
    let hash = window_event_listener(ev::hashchange, move |_| reader.reveal(&browser::url_hash()));
    let scroll = window_event_listener(ev::scroll, move |_| track_current_day(reader));
    let keys = window_event_listener(ev::keydown, move |event| {
        move_between_events(reader, &event)
    });
    // Embedded in a news page: report our height, and open what the host page asks for.
    Effect::new(move |_| start_embed_mode());
    let messages = window_event_listener(ev::message, move |event| {
        if let Some(id) = browser::open_request(&event) {
            reader.reveal(&id);
        }
    });
    on_cleanup(move || {
        hash.remove();
        scroll.remove();
        keys.remove();
        messages.remove();
    });

    view! {
        <PageHeader />
        <DayNav />
        <main id="chronologie" class="tl-main" tabindex="-1">
            <ReaderTools />
            <ContextSection />
            <DayAxis />
            <SourceList />
        </main>
        <PageFooter />
        <div class="tl-visually-hidden" role="status" aria-live="polite">
            {move || reader.announcement.get()}
        </div>
    }
}

fn start_embed_mode() {
    if !browser::is_embedded() {
        return;
    }
    browser::mark_embedded();
    let child_id = browser::query_value("childId").unwrap_or_default();
    let last = std::cell::Cell::new(0.0);
    let report = move || {
        let height = browser::content_height();
        if (height - last.get()).abs() >= 1.0 {
            last.set(height);
            browser::post_height(&child_id, height);
        }
    };
    report();
    browser::observe_size(report);
}

fn track_current_day(reader: Reader) {
    let day = browser::last_above("[data-day]", NAV_CLEARANCE + 1.0)
        .and_then(|id| id.strip_prefix("jour-").and_then(|d| Date::parse(d).ok()));
    if reader.current_day.get_untracked() != day {
        reader.current_day.set(day);
    }
}

/// j/k anywhere, and the arrow keys when an event has focus, move from event to event.
fn move_between_events(reader: Reader, event: &web_sys::KeyboardEvent) {
    if event.alt_key() || event.ctrl_key() || event.meta_key() || browser::typing_in_a_field() {
        return;
    }
    let focused = browser::focused_id();
    let on_card = focused.as_ref().is_some_and(|id| reader.is_event(id));
    let step: isize = match event.key().as_str() {
        "j" => 1,
        "k" => -1,
        "ArrowDown" if on_card => 1,
        "ArrowUp" if on_card => -1,
        _ => return,
    };
    let cards = browser::visible_ids(".tl-card");
    let index_of = |id: &String| cards.iter().position(|c| c == id).map(|i| i as isize);
    let position = match focused.as_ref().and_then(index_of) {
        Some(focused) => focused + step,
        // Nothing focused yet: j starts at the card in view, k at the one before it.
        None => {
            let in_view = browser::first_below_among(&cards, NAV_CLEARANCE)
                .as_ref()
                .and_then(index_of)
                .unwrap_or(0);
            if step > 0 {
                in_view
            } else {
                in_view - 1
            }
        }
    };
    if let Some(target) = usize::try_from(position).ok().and_then(|i| cards.get(i)) {
        event.prevent_default();
        browser::bring_into_view(target);
    } else {
        reader.announcement.set(
            strings(reader.lang.get_untracked())
                .no_more_events
                .to_owned(),
        );
    }
}
