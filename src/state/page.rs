//! What every component reads about the page: its language, its timeline and whether it is
//! the embed copy. Built by `App` from its props and provided once, before any component.

use crate::model::{Lang, Timeline};
use leptos::prelude::*;
use std::sync::Arc;

/// What every component reads: fixed for the page's lifetime.
#[derive(Clone)]
pub struct Page {
    pub lang: Lang,
    pub timeline: Arc<Timeline>,
    /// The copy made for news pages' iframes (no page chrome).
    pub embedded: bool,
}

/// The [`Page`] provided by [`App`]; components are only rendered inside it.
pub fn expect_page() -> Page {
    expect_context::<Page>()
}
