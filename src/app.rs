//! The page. The prerenderer renders [`App`] once per page file at build time; in the
//! browser, `client` brings its controls to life. Without the wasm it is a complete,
//! readable page: every event, every quote (in `<details>`), every day link.

use crate::components::{
    ContextSection, DayAxis, DayNav, ErrorNotice, PageFooter, PageHeader, ReaderTools, SourceList,
};
use crate::model::{Lang, Outline, Timeline};
pub use crate::pages::{page_file, NAV_CLEARANCE};
use leptos::prelude::*;
use std::sync::Arc;

/// What the static components read while the page is prerendered.
#[derive(Clone)]
pub struct Page {
    pub lang: Lang,
    pub timeline: Arc<Timeline>,
    /// The copy made for news pages' iframes (no page chrome).
    pub embedded: bool,
}

/// The [`Page`] provided by [`App`]; static components are only rendered inside it.
pub fn expect_page() -> Page {
    expect_context::<Page>()
}

/// The whole page in one language. `errors` lists data problems (never in a normal build:
/// `build.rs` refuses invalid data), shown above the timeline.
#[component]
pub fn App(
    lang: Lang,
    embedded: bool,
    timeline: Arc<Timeline>,
    errors: Vec<String>,
) -> impl IntoView {
    let outline = Outline::of(&timeline);
    provide_context(Page {
        lang,
        timeline,
        embedded,
    });
    view! {
        {(!errors.is_empty()).then(|| view! { <ErrorNotice errors /> })}
        <PageHeader />
        <DayNav days=outline.days />
        <main id="chronologie" class="tl-main" tabindex="-1">
            <ReaderTools actors=outline.actors total=outline.event_count />
            <ContextSection />
            <DayAxis />
            <SourceList />
        </main>
        <PageFooter />
    }
}
