//! `j`/`k` anywhere, and ↓/↑ once an event has focus, move from event to event.

use super::scroll::{bring_into_view, first_below, nav_clearance};
use crate::i18n::live_strings;
use crate::state::{next_card, Reader};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

/// Whether keys are going into a text field, where j and k are letters.
fn typing_in_a_field(active: &web_sys::Element) -> bool {
    let tag = active.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || active.has_attribute("contenteditable")
}

pub fn use_event_keys(reader: Reader) {
    super::use_window_event_with("keydown", true, move |event| {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        let active = document().active_element();
        if event.alt_key()
            || event.ctrl_key()
            || event.meta_key()
            || active.as_ref().is_some_and(typing_in_a_field)
        {
            return;
        }
        let cards = reader.shown_cards();
        let focused = active.and_then(|active| {
            cards.iter().position(|card| {
                card.article
                    .get_untracked()
                    .is_some_and(|article| *article == active)
            })
        });
        let step = match event.key().as_str() {
            "j" => 1,
            "k" => -1,
            "ArrowDown" if focused.is_some() => 1,
            "ArrowUp" if focused.is_some() => -1,
            _ => return,
        };
        let in_view = cards
            .first()
            .and_then(|card| card.article.get_untracked())
            .and_then(|article| first_below(&cards, nav_clearance(&article)))
            .unwrap_or(0);
        let target = next_card(focused, in_view, step, cards.len())
            .and_then(|i| cards.get(i)?.article.get_untracked());
        match target {
            Some(article) => {
                event.prevent_default();
                bring_into_view(&article);
            }
            None => reader
                .announcement
                .set(live_strings(reader.lang).no_more_events.to_owned()),
        }
    });
}
