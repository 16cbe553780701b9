//! Scrolling: bringing a card into view, keeping the reader's card in place while the
//! page changes around it, and knowing which day is at the top of the view.

use crate::model::Date;
use crate::state::Card;
use leptos::html;
use leptos::prelude::*;
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// The room the sticky day navigator takes at the top, as the stylesheet says it
/// (`--tl-nav-clearance`, through the card's `scroll-margin-top`): one source for both.
pub fn nav_clearance(element: &Element) -> f64 {
    window()
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value("scroll-margin-top").ok())
        // Whole pixels are precise enough, and integer parsing keeps the float parser out
        // of the wasm.
        .and_then(|px| px.split(['.', 'p']).next()?.parse::<u32>().ok())
        .map_or(0.0, f64::from)
}

/// Scrolls the card to the top of the view (under the day navigator, by its
/// `scroll-margin-top`) and moves keyboard focus to it, so screen readers go on from there.
pub fn bring_into_view(card: &web_sys::HtmlElement) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    options.set_behavior(if super::prefers_reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    card.scroll_into_view_with_scroll_into_view_options(&options);
    focus_without_scrolling(card);
}

/// Moves keyboard focus (and screen readers) to `card` without scrolling for it.
pub fn focus_without_scrolling(card: &web_sys::HtmlElement) {
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = card.focus_with_options(&focus);
}

fn top_of(element: &Element) -> f64 {
    element.get_bounding_client_rect().top()
}

/// Among `cards` (in page order), the first whose card reaches below `from_top` pixels of
/// the viewport. A binary search on the list items, whose boxes the browser knows even
/// for cards it has not laid out (`content-visibility: auto`).
pub fn first_below(cards: &[Card], from_top: f64) -> Option<usize> {
    let bottom = |card: &Card| {
        card.item.get_untracked().map_or(f64::INFINITY, |item| {
            item.get_bounding_client_rect().bottom()
        })
    };
    let first = cards.partition_point(|card| bottom(card) <= from_top);
    // An item's box ends with the gap below its card: when only that gap reaches below
    // `from_top`, the reader is on the next card. This one is at the viewport's edge, laid
    // out already, so asking for its card's box costs nothing.
    let gap_only = cards
        .get(first)
        .and_then(|card| card.article.get_untracked())
        .is_some_and(|article| article.get_bounding_client_rect().bottom() <= from_top);
    let first = first + usize::from(gap_only);
    (first < cards.len()).then_some(first)
}

/// Cards with `content-visibility: auto` that come near the viewport are laid out a frame
/// or two after a change, at their new height; the browser's own scroll anchoring then
/// holds the card above, which grows downwards and pushes the reader's card away. So the
/// place is held for a few frames, not one.
const HOLD_FRAMES: u32 = 8;

/// Applies a change that moves content (filters, expand all) while keeping the card the
/// reader is looking at, among `still_shown` (the cards shown after the change), where it
/// is on screen.
pub fn keep_place(still_shown: &[Card], change: impl FnOnce()) {
    let anchor = still_shown
        .first()
        .and_then(|card| card.article.get_untracked())
        .map(|article| nav_clearance(&article))
        .and_then(|clearance| first_below(still_shown, clearance))
        .and_then(|i| still_shown.get(i)?.article.get_untracked());
    let before = anchor.as_ref().map(|a| top_of(a));
    change();
    if let (Some(anchor), Some(before)) = (anchor, before) {
        hold_place(anchor.into(), before, HOLD_FRAMES, None);
    }
}

fn scroll_y() -> f64 {
    window().scroll_y().unwrap_or_default()
}

fn hold_place(anchor: Element, before: f64, frames_left: u32, scrolled_to: Option<f64>) {
    request_animation_frame(move || {
        // A reader who scrolled in the meantime has chosen a new place: leave it.
        if scrolled_to.is_some_and(|y| (scroll_y() - y).abs() >= 1.0) {
            return;
        }
        let dy = top_of(&anchor) - before;
        if dy.abs() >= 1.0 {
            window().scroll_by_with_x_and_y(0.0, dy);
        }
        if frames_left > 1 {
            hold_place(anchor, before, frames_left - 1, Some(scroll_y()));
        }
    });
}

/// Keeps `current` on the day whose heading is the last to have passed under the day
/// navigator. The days are stacked in page order, so a binary search reads a dozen boxes
/// per scroll event, however long the timeline.
pub fn use_day_in_view(
    days: StoredValue<Vec<(Date, NodeRef<html::Li>)>>,
    current: RwSignal<Option<Date>>,
) {
    let update = move || {
        let day = days.with_value(|days| {
            let clearance = days
                .first()
                .and_then(|(_, li)| li.get_untracked())
                .map_or(0.0, |li| nav_clearance(&li));
            let top =
                |li: &NodeRef<html::Li>| li.get_untracked().map_or(f64::INFINITY, |li| top_of(&li));
            let passed = days.partition_point(|(_, li)| top(li) <= clearance + 1.0);
            passed
                .checked_sub(1)
                .and_then(|i| days.get(i))
                .map(|day| day.0)
        });
        if current.get_untracked() != day {
            current.set(day);
        }
    };
    Effect::new(move |_| update());
    super::use_window_event("scroll", move |_| update());
}
