//! What the reader has chosen, as signals shared by the components that show it: the
//! actor filter, which cards have their sources open, the day in view, the address's
//! `#hash`. The rules themselves (which button looks pressed, what a label says) are plain
//! functions below, tested natively; the signals only carry their inputs.

use crate::i18n::{live_strings, shown_count};
use crate::model::{involves_any, Date, Event, Lang, Outline, Timeline};
use leptos::html;
use leptos::prelude::*;

/// One event card as the page's behaviour needs it: its open state and its elements.
#[derive(Clone)]
pub struct Card {
    /// Its event, as an index into `Timeline::events`.
    pub event: usize,
    pub id: String,
    /// The actors a filter looks for.
    pub actors: Vec<String>,
    /// Its sources are shown (the `<details>` is open).
    pub open: RwSignal<bool>,
    /// The actor filter lets it through.
    pub shown: Memo<bool>,
    /// The list item a filter hides; its box exists even when the card is not laid out.
    pub item: NodeRef<html::Li>,
    pub article: NodeRef<html::Article>,
}

/// The reader's state, provided by `App` as context. `Copy`: every field is a handle.
#[derive(Clone, Copy)]
pub struct Reader {
    pub lang: Lang,
    /// How many events the page has.
    pub total: usize,
    /// Selected actor ids; empty shows every event.
    pub selected: RwSignal<Vec<String>>,
    /// How many cards have their sources open; kept by [`Reader::set_open`], so a toggle
    /// costs the same however long the timeline is.
    pub open_count: RwSignal<usize>,
    /// True once the wasm has hydrated the page: the controls that need it wake up.
    pub ready: RwSignal<bool>,
    /// What the polite live region says.
    pub announcement: RwSignal<String>,
    /// The address's fragment, without `#` (empty until the page is hydrated).
    pub hash: RwSignal<String>,
    /// The day whose heading is at the top of the view.
    pub current_day: RwSignal<Option<Date>>,
    /// Every card, in page order (the outline's reading order).
    pub cards: StoredValue<Vec<Card>>,
    /// Every day of the axis with its list item, in page order.
    pub days: StoredValue<Vec<(Date, NodeRef<html::Li>)>>,
}

/// One event as its card's view needs it: what it says and its state.
pub type EventEntry = (Event, Card);

/// One day of the axis as its view needs it: its heading's list item and its cards.
pub struct DayCards {
    pub date: Date,
    pub item: NodeRef<html::Li>,
    pub cards: Vec<EventEntry>,
}

impl Reader {
    /// Every card's and every day's state, built from the timeline before any view
    /// renders: the views get theirs passed down, in the outline's order.
    pub fn new(lang: Lang, timeline: &Timeline, outline: &Outline) -> Reader {
        let selected = RwSignal::new(Vec::<String>::new());
        let cards = outline
            .reading_order()
            .filter_map(|index| {
                let event = timeline.events.get(index)?;
                let actors = event.actors.clone();
                let shown =
                    Memo::new(move |_| selected.with(|selected| involves_any(&actors, selected)));
                Some(Card {
                    event: index,
                    id: event.id.clone(),
                    actors: event.actors.clone(),
                    open: RwSignal::new(false),
                    shown,
                    item: NodeRef::new(),
                    article: NodeRef::new(),
                })
            })
            .collect();
        let days = outline
            .days
            .iter()
            .map(|day| (day.date, NodeRef::new()))
            .collect();
        Reader {
            lang,
            total: timeline.events.len(),
            selected,
            open_count: RwSignal::new(0),
            ready: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            hash: RwSignal::new(String::new()),
            current_day: RwSignal::new(None),
            cards: StoredValue::new(cards),
            days: StoredValue::new(days),
        }
    }

    /// The context's cards, then each day with its own, as the outline lays them out.
    pub fn sections(
        self,
        timeline: &Timeline,
        outline: &Outline,
    ) -> (Vec<EventEntry>, Vec<DayCards>) {
        self.cards.with_value(|cards| {
            // The cards were made from these events, in this order.
            let mut rest = cards
                .iter()
                .filter_map(|card| Some((timeline.events.get(card.event)?.clone(), card.clone())));
            let context = rest.by_ref().take(outline.context.len()).collect();
            let days = self.days.with_value(|items| {
                outline
                    .days
                    .iter()
                    .zip(items)
                    .map(|(day, (_, item))| DayCards {
                        date: day.date,
                        item: *item,
                        cards: rest.by_ref().take(day.events.len()).collect(),
                    })
                    .collect()
            });
            (context, days)
        })
    }

    /// Opens the cards at these positions (in page order), where the reader opened them
    /// before the page was hydrated.
    pub fn open_at(self, positions: &[usize]) {
        let opened: Vec<RwSignal<bool>> = self.cards.with_value(|cards| {
            positions
                .iter()
                .filter_map(|&i| cards.get(i).map(|card| card.open))
                .collect()
        });
        for open in opened {
            self.set_open(open, true);
        }
    }

    /// The reader's state, as provided by `App`.
    pub fn expect() -> Reader {
        expect_context::<Reader>()
    }

    /// Opens or closes one card's sources, keeping the count of open cards.
    pub fn set_open(self, open: RwSignal<bool>, now: bool) {
        if open.get_untracked() != now {
            open.set(now);
            self.open_count.update(|count| {
                *count = if now {
                    *count + 1
                } else {
                    count.saturating_sub(1)
                }
            });
        }
    }

    /// Opens or closes every card's sources.
    pub fn set_all_open(self, now: bool) {
        self.cards.with_value(|cards| {
            for card in cards {
                self.set_open(card.open, now);
            }
        });
    }

    pub fn card(self, id: &str) -> Option<Card> {
        self.cards
            .with_value(|cards| cards.iter().find(|card| card.id == id).cloned())
    }

    /// The cards a filter on `selected` would show, in page order.
    pub fn cards_shown_by(self, selected: &[String]) -> Vec<Card> {
        self.cards.with_value(|cards| {
            cards
                .iter()
                .filter(|card| involves_any(&card.actors, selected))
                .cloned()
                .collect()
        })
    }

    /// The cards the filter shows now, in page order.
    pub fn shown_cards(self) -> Vec<Card> {
        self.cards.with_value(|cards| {
            cards
                .iter()
                .filter(|card| card.shown.get_untracked())
                .cloned()
                .collect()
        })
    }
}

/// The selection after a press on one actor's button; `""` (« Tous ») clears it.
pub fn toggle_actor(selected: &mut Vec<String>, id: &str) {
    if id.is_empty() {
        selected.clear();
    } else if let Some(i) = selected.iter().position(|a| a == id) {
        selected.remove(i);
    } else {
        selected.push(id.to_owned());
    }
}

/// Whether a filter button (by actor id, `""` for « Tous ») shows as pressed.
pub fn is_pressed(selected: &[String], id: &str) -> bool {
    if id.is_empty() {
        selected.is_empty()
    } else {
        selected.iter().any(|a| a == id)
    }
}

pub fn all_open(open: usize, total: usize) -> bool {
    total > 0 && open >= total
}

/// « Tout déplier » until every card is open, then « Tout replier ».
pub fn expand_label(lang: Lang, open: usize, total: usize) -> &'static str {
    let s = live_strings(lang);
    if all_open(open, total) {
        s.collapse_all
    } else {
        s.expand_all
    }
}

/// The count under the filters.
pub fn count_text(lang: Lang, shown: usize, total: usize) -> String {
    shown_count(lang, shown, total)
}

/// What the live region says after a copy: done, or the text to copy by hand.
pub fn copied_message(lang: Lang, ok: bool, done: &str, text: &str) -> String {
    if ok {
        // French sets a no-break space before the colon; English none.
        let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
        [done, colon, " ", text].concat()
    } else {
        [live_strings(lang).not_copied, " ", text].concat()
    }
}

/// Where `j` (`step` 1) or `k` (-1) goes among `len` cards: from the focused card, or,
/// when none has focus, from the card in view (`j` to it, `k` to the one before it).
/// `None` past either end.
pub fn next_card(focused: Option<usize>, in_view: usize, step: isize, len: usize) -> Option<usize> {
    let position = match focused {
        Some(focused) => focused as isize + step,
        None if step > 0 => in_view as isize,
        None => in_view as isize - 1,
    };
    usize::try_from(position).ok().filter(|&i| i < len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_buttons_add_and_remove_actors_and_tous_clears_them() {
        let mut selected = Vec::new();
        assert!(is_pressed(&selected, ""));
        toggle_actor(&mut selected, "maroc");
        toggle_actor(&mut selected, "nso");
        assert_eq!(selected, ["maroc", "nso"]);
        assert!(is_pressed(&selected, "maroc") && !is_pressed(&selected, ""));
        toggle_actor(&mut selected, "maroc");
        assert_eq!(selected, ["nso"]);
        toggle_actor(&mut selected, "");
        assert!(selected.is_empty() && is_pressed(&selected, ""));
    }

    #[test]
    fn expand_all_turns_into_collapse_all_once_every_card_is_open() {
        assert_eq!(
            expand_label(Lang::En, 1, 2),
            live_strings(Lang::En).expand_all
        );
        assert_eq!(
            expand_label(Lang::En, 2, 2),
            live_strings(Lang::En).collapse_all
        );
        assert!(!all_open(0, 0));
    }

    #[test]
    fn a_refused_copy_gives_the_text_to_copy_by_hand() {
        let done = live_strings(Lang::Fr).link_copied;
        assert_eq!(
            copied_message(Lang::Fr, true, done, "https://x/#a"),
            format!("{done}\u{a0}: https://x/#a")
        );
        assert!(copied_message(Lang::Fr, false, done, "https://x/#a").ends_with(" https://x/#a"));
    }

    #[test]
    fn j_and_k_move_one_card_and_stop_at_either_end() {
        assert_eq!(next_card(Some(3), 0, 1, 5), Some(4));
        assert_eq!(next_card(Some(4), 0, 1, 5), None);
        assert_eq!(next_card(Some(0), 0, -1, 5), None);
        // Nothing focused: j lands on the card in view, k on the one before it.
        assert_eq!(next_card(None, 2, 1, 5), Some(2));
        assert_eq!(next_card(None, 2, -1, 5), Some(1));
        assert_eq!(next_card(None, 0, -1, 5), None);
    }
}
