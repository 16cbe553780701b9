//! The page: reads the timeline once, holds the reader's state, lays out the sections.

use crate::components::{ContextSection, DayAxis, ErrorNotice, PageFooter, PageHeader, SourceList};
use crate::model::{self, Lang, Timeline};
use leptos::prelude::*;
use std::sync::Arc;

/// What every component may read: the reader's language and the timeline.
#[derive(Clone, Copy)]
pub struct Reader {
    pub lang: RwSignal<Lang>,
    pub timeline: StoredValue<Arc<Timeline>>,
}

/// The [`Reader`] provided by [`App`]; components are only ever rendered inside it.
pub fn expect_reader() -> Reader {
    expect_context::<Reader>()
}

#[component]
pub fn App() -> impl IntoView {
    match model::parse(crate::TIMELINE_JSON) {
        Ok(timeline) => view! { <TimelinePage timeline=Arc::new(timeline) /> }.into_any(),
        Err(errors) => view! { <ErrorNotice errors /> }.into_any(),
    }
}

#[component]
pub fn TimelinePage(timeline: Arc<Timeline>) -> impl IntoView {
    let reader = Reader {
        lang: RwSignal::new(Lang::Fr),
        timeline: StoredValue::new(timeline),
    };
    provide_context(reader);
    view! {
        <PageHeader />
        <main id="chronologie" class="tl-main" tabindex="-1">
            <ContextSection />
            <DayAxis />
            <SourceList />
        </main>
        <PageFooter />
    }
}
