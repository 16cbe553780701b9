//! The browser side: takes over the prerendered page. The HTML already holds every event
//! and works without us (links, `<details>`); this adds what it cannot do alone: filters,
//! "expand all", the day in view, deep links that open their card, copying links,
//! keyboard moves and the embed protocol. The page's state is a plain [`ReaderState`];
//! `browser` reflects it into the document. No Leptos runtime here: it would cost more
//! than the whole first-view budget allows (README, "Architecture").

use crate::browser;
use crate::i18n::{shown_count, strings, Strings};
use crate::model::Lang;
use crate::pages::NAV_CLEARANCE;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// What the reader has chosen, and what the controls show for it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReaderState {
    pub lang: Lang,
    /// How many events the page has.
    pub total: usize,
    /// Selected actor ids; empty shows every event.
    pub actors: Vec<String>,
    /// How many cards have their sources open.
    pub open: usize,
    /// The `#jour-…` id of the day at the top of the view.
    pub current_day: Option<String>,
}

impl ReaderState {
    pub fn new(lang: Lang, total: usize) -> ReaderState {
        ReaderState {
            lang,
            total,
            actors: Vec::new(),
            open: 0,
            current_day: None,
        }
    }

    /// Presses or releases one actor's filter; `""` (the « Tous » button) clears them all.
    pub fn toggle_actor(&mut self, id: &str) {
        if id.is_empty() {
            self.actors.clear();
        } else if let Some(i) = self.actors.iter().position(|a| a == id) {
            self.actors.remove(i);
        } else {
            self.actors.push(id.to_owned());
        }
    }

    /// Whether a filter button (by its `data-actor`) shows as pressed.
    pub fn is_pressed(&self, id: &str) -> bool {
        if id.is_empty() {
            self.actors.is_empty()
        } else {
            self.actors.iter().any(|a| a == id)
        }
    }

    pub fn all_open(&self) -> bool {
        self.total > 0 && self.open >= self.total
    }

    pub fn expand_label(&self) -> &'static str {
        let s = strings(self.lang);
        if self.all_open() {
            s.collapse_all
        } else {
            s.expand_all
        }
    }

    pub fn count_text(&self, shown: usize) -> String {
        shown_count(self.lang, shown, self.total)
    }

    /// What the live region says after a copy.
    pub fn copied_message(&self, ok: bool, done: fn(&Strings) -> &str, text: &str) -> String {
        let s = strings(self.lang);
        if ok {
            // French sets a no-break space before the colon; English none.
            let colon = if self.lang == Lang::Fr {
                "\u{a0}:"
            } else {
                ":"
            };
            format!("{}{colon} {text}", done(s))
        } else {
            format!("{} {text}", s.not_copied)
        }
    }
}

type Shared = Rc<RefCell<ReaderState>>;

/// The wasm entry point: a panic hook that tells the reader, then the take-over.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_failure_notice();
    }));
    let lang = browser::page_lang();
    if let Some(url) = browser::moved_page(lang, browser::is_embedded()) {
        browser::go_to(&url);
        return;
    }
    let mut state = ReaderState::new(lang, browser::card_count());
    // Cards the reader opened before the wasm arrived count too.
    state.open = browser::open_sources_count();
    let state: Shared = Rc::new(RefCell::new(state));
    listen(&state);
    show_expand_button(&state.borrow());
    browser::wake_controls();
    if let Some(base) = browser::page_base_url() {
        browser::set_embed_snippet(&crate::pages::embed_snippet(&base));
    }
    browser::reveal(&browser::url_hash());
    track_current_day(&state);
    start_embed_mode();
}

fn listen(state: &Shared) {
    let on = state.clone();
    browser::on_document("click", false, move |event| on_click(&on, event));
    let on = state.clone();
    // `toggle` does not bubble: listen while it goes down.
    browser::on_document("toggle", true, move |event| on_toggle(&on, event));
    browser::on_window("hashchange", false, |_| {
        browser::reveal(&browser::url_hash())
    });
    let on = state.clone();
    browser::on_window("scroll", false, move |_| track_current_day(&on));
    let on = state.clone();
    browser::on_window("keydown", true, move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
            move_between_events(&on, event);
        }
    });
    // Embedded in a news page: open what the host page asks for.
    browser::on_window("message", false, |event| {
        if let Some(id) = event
            .dyn_ref::<web_sys::MessageEvent>()
            .and_then(browser::open_request)
        {
            browser::reveal(&id);
        }
    });
}

fn on_click(state: &Shared, event: &web_sys::Event) {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let closest = |selector: &str| target.closest(selector).ok().flatten();
    if let Some(button) = closest(".tl-filters__button") {
        let actor = button.get_attribute("data-actor").unwrap_or_default();
        apply_filter(state, &actor);
    } else if closest(".tl-tools__expand").is_some() {
        let open = !state.borrow().all_open();
        let visible = browser::shown_card_ids();
        browser::keep_place(&visible, move || browser::set_all_sources_open(open));
    } else if let Some(button) = closest("[data-copy-link]") {
        let id = button.get_attribute("data-copy-link").unwrap_or_default();
        #[cfg(pegasus_test_hooks)]
        if browser::query_has("panic-test") {
            panic!("test hook: a deliberate panic");
        }
        copy(state, button, browser::permalink(&id), |s| s.link_copied);
    } else if let Some(button) = closest("[data-copy-from]") {
        let from = button.get_attribute("data-copy-from").unwrap_or_default();
        let text = browser::text_of(&from).unwrap_or_default();
        copy(state, button, text, |s| s.code_copied);
    } else if let Some(link) = closest("a.tl-lang") {
        // Same place in the other language.
        let hash = browser::url_hash();
        if let Some(href) = link.get_attribute("href") {
            let page = href.split('#').next().unwrap_or_default().to_owned();
            let href = if hash.is_empty() {
                page
            } else {
                format!("{page}#{hash}")
            };
            let _ = link.set_attribute("href", &href);
        }
    }
}

/// One filter button pressed: hide the cards in place, keeping the reader's card where
/// it is on screen, then say how many remain.
fn apply_filter(state: &Shared, actor: &str) {
    state.borrow_mut().toggle_actor(actor);
    let current = state.borrow().clone();
    let still_visible = browser::card_ids_involving(&current.actors);
    let shown = still_visible.len();
    browser::keep_place(&still_visible, || {
        browser::filter_cards(&current.actors);
        browser::press_filter_buttons(|id| current.is_pressed(id));
        browser::show_count(&current.count_text(shown), shown);
    });
    browser::announce(&current.count_text(shown));
}

/// Copies `text` and says so on the button and in the live region; if the browser
/// refuses, the live region gives the text to copy by hand.
fn copy(state: &Shared, button: web_sys::Element, text: String, done: fn(&Strings) -> &str) {
    let state = state.clone();
    browser::copy_text(&text.clone(), move |ok| {
        let state = state.borrow();
        let _ = button.set_attribute("data-copied", if ok { "true" } else { "false" });
        if ok {
            button.set_text_content(Some(done(strings(state.lang))));
        }
        browser::announce(&state.copied_message(ok, done, &text));
    });
}

/// One card's sources opened or closed (by the reader, "expand all" or a deep link).
fn on_toggle(state: &Shared, event: &web_sys::Event) {
    let Some(details) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .filter(|d| d.class_list().contains("tl-quotes"))
    else {
        return;
    };
    let open = details.open();
    let changed = {
        let mut state = state.borrow_mut();
        let before = state.all_open();
        state.open = if open {
            state.open + 1
        } else {
            state.open.saturating_sub(1)
        };
        before != state.all_open()
    };
    if changed {
        show_expand_button(&state.borrow());
    }
    if open && browser::is_embedded() {
        let id = details.id();
        browser::post_opened(id.trim_end_matches("-sources"));
    }
}

fn show_expand_button(state: &ReaderState) {
    browser::show_expand_button(state.expand_label(), state.all_open());
}

/// Embedded in a news page: report our height whenever it changes.
fn start_embed_mode() {
    if !browser::is_embedded() {
        return;
    }
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

fn track_current_day(state: &Shared) {
    let day = browser::last_above("[data-day]", NAV_CLEARANCE + 1.0);
    if state.borrow().current_day != day {
        browser::mark_current_day(day.as_deref());
        state.borrow_mut().current_day = day;
    }
}

/// j/k anywhere, and the arrow keys when an event has focus, move from event to event.
fn move_between_events(state: &Shared, event: &web_sys::KeyboardEvent) {
    if event.alt_key() || event.ctrl_key() || event.meta_key() || browser::typing_in_a_field() {
        return;
    }
    let focused = browser::focused_id();
    let on_card = focused.as_deref().is_some_and(browser::is_event);
    let step: isize = match event.key().as_str() {
        "j" => 1,
        "k" => -1,
        "ArrowDown" if on_card => 1,
        "ArrowUp" if on_card => -1,
        _ => return,
    };
    let cards = browser::shown_card_ids();
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
        browser::announce(strings(state.borrow().lang).no_more_events);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_buttons_add_and_remove_actors_and_tous_clears_them() {
        let mut state = ReaderState::new(Lang::Fr, 17);
        assert!(state.is_pressed(""));
        state.toggle_actor("maroc");
        state.toggle_actor("nso");
        assert_eq!(state.actors, ["maroc", "nso"]);
        assert!(state.is_pressed("maroc") && !state.is_pressed(""));
        state.toggle_actor("maroc");
        assert_eq!(state.actors, ["nso"]);
        state.toggle_actor("");
        assert!(state.actors.is_empty() && state.is_pressed(""));
    }

    #[test]
    fn expand_all_turns_into_collapse_all_once_every_card_is_open() {
        let mut state = ReaderState::new(Lang::En, 2);
        assert_eq!(state.expand_label(), strings(Lang::En).expand_all);
        state.open = 2;
        assert!(state.all_open());
        assert_eq!(state.expand_label(), strings(Lang::En).collapse_all);
        assert!(!ReaderState::new(Lang::Fr, 0).all_open());
    }

    #[test]
    fn a_refused_copy_gives_the_text_to_copy_by_hand() {
        let state = ReaderState::new(Lang::Fr, 1);
        let done = |s: &Strings| s.link_copied;
        assert_eq!(
            state.copied_message(true, done, "https://x/#a"),
            format!("{}\u{a0}: https://x/#a", strings(Lang::Fr).link_copied)
        );
        assert!(state
            .copied_message(false, done, "https://x/#a")
            .ends_with(" https://x/#a"));
    }
}
