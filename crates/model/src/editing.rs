//! What the editors' forms do to a timeline, as plain functions: the file written back as
//! the repository formats it, an undo history, new and moved events, what uses an actor or
//! a source, and where a hand-typed quote parts from its source. No browser here: the
//! preview's forms call these, and they are tested natively.

use crate::date::Date;
use crate::timeline::{
    Actor, Event, EventDate, Localized, Precision, Quote, Source, Timeline, Window,
};

/// The data file's text, formatted as the repository's `public/timeline.json` is: two-space
/// indentation, the fields in the order of the types, absent optional fields left out, a
/// final newline. Opening the shipped file and writing it back gives the same bytes, so a
/// diff shows only what the editor changed.
pub fn file_text(timeline: &Timeline) -> String {
    // Serialising these plain types cannot fail (no maps with non-string keys, no floats).
    let mut text = serde_json::to_string_pretty(timeline).unwrap_or_default();
    text.push('\n');
    text
}

/// Every state the editor has been through, to step back and forth: each edit is a new
/// state; undoing then editing drops what had been undone, as editors expect. Typing in one
/// field is one step, not one per key: an edit of the same `group` as the step before it
/// replaces that step.
#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    present: T,
    future: Vec<T>,
    /// The group of the last step, while it may still grow.
    group: Option<String>,
    /// How many steps back are kept: each is a whole copy of the timeline.
    limit: usize,
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(present: T) -> History<T> {
        History::with_limit(present, usize::MAX)
    }

    /// A history that keeps at most `limit` steps back (the oldest are let go).
    pub fn with_limit(present: T, limit: usize) -> History<T> {
        History {
            past: Vec::new(),
            present,
            future: Vec::new(),
            group: None,
            limit: limit.max(1),
        }
    }

    pub fn present(&self) -> &T {
        &self.present
    }

    /// Makes `next` the present; an edit that changes nothing is not a step.
    pub fn record(&mut self, next: T) {
        self.record_in(next, None);
    }

    /// Like [`History::record`]; an edit of the same `group` as the last step (the same
    /// field, typed into again) is merged into it.
    pub fn record_in(&mut self, next: T, group: Option<&str>) {
        if next == self.present {
            return;
        }
        if self.grows(group) {
            self.present = next;
        } else {
            self.past.push(std::mem::replace(&mut self.present, next));
            if self.past.len() > self.limit {
                self.past.remove(0);
            }
        }
        self.group = group.map(str::to_owned);
        self.future.clear();
    }

    /// Applies `edit` to a copy of the present and records it in `group`; when it grows
    /// the last step, the present is edited in place (no copy of a large timeline per key).
    /// True when something changed.
    pub fn edit_in(&mut self, group: Option<&str>, edit: impl FnOnce(&mut T)) -> bool {
        if self.grows(group) {
            edit(&mut self.present);
            self.future.clear();
            return true;
        }
        let mut next = self.present.clone();
        edit(&mut next);
        let changed = next != self.present;
        self.record_in(next, group);
        changed
    }

    /// Like [`History::edit_in`], but a step that grows is computed anew from the state
    /// before it began: typing an id renames it from its original value every time, so a
    /// value met on the way (an id another entry has) leaves no trace.
    pub fn edit_from_step_start(&mut self, group: Option<&str>, edit: impl FnOnce(&mut T)) -> bool {
        if self.grows(group) {
            if let Some(start) = self.past.last() {
                let mut next = start.clone();
                edit(&mut next);
                self.present = next;
                self.future.clear();
                return true;
            }
        }
        self.edit_in(group, edit)
    }

    fn grows(&self, group: Option<&str>) -> bool {
        group.is_some() && self.group.as_deref() == group && !self.past.is_empty()
    }

    /// Steps back; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.group = None;
        match self.past.pop() {
            Some(previous) => {
                self.future
                    .push(std::mem::replace(&mut self.present, previous));
                true
            }
            None => false,
        }
    }

    /// Steps forward again; false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.group = None;
        match self.future.pop() {
            Some(next) => {
                self.past.push(std::mem::replace(&mut self.present, next));
                true
            }
            None => false,
        }
    }

    /// Ends the step being typed: the next edit, even of the same field, is a step of its own.
    pub fn seal(&mut self) {
        self.group = None;
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

fn empty() -> Localized {
    Localized {
        fr: String::new(),
        en: String::new(),
    }
}

/// « Nouvelle chronologie »: a file that reads, with nothing written yet. Its window is the
/// one day `today`; the check then lists the texts still to write.
pub fn new_timeline(today: Date) -> Timeline {
    Timeline {
        schema: Some("./timeline.schema.json".to_owned()),
        title: empty(),
        intro: empty(),
        window: Window {
            start: today,
            end: today,
        },
        actors: Vec::new(),
        sources: Vec::new(),
        events: Vec::new(),
    }
}

/// An id not yet used by any event: `base`, else `base-2`, `base-3`…
pub fn unused_event_id(timeline: &Timeline, base: &str) -> String {
    unused_id(|id| timeline.events.iter().any(|e| e.id == id), base)
}

/// A new, empty event after the one at `index` (at the start when there is none), dated
/// like it (or on the window's first day): its texts are empty, so the check lists what
/// the editor still has to write. Returns the new event's place.
pub fn add_event_after(timeline: &mut Timeline, index: Option<usize>) -> usize {
    let place = index.map_or(0, |i| (i + 1).min(timeline.events.len()));
    let from = index
        .and_then(|i| timeline.events.get(i))
        .map_or(timeline.window.start, |e| e.date.from);
    let event = Event {
        id: unused_event_id(timeline, "nouvel-evenement"),
        context: false,
        date: EventDate {
            precision: Precision::Day,
            from,
            to: None,
            reasoning: empty(),
        },
        actors: Vec::new(),
        headline: empty(),
        summary: empty(),
        quotes: Vec::new(),
        notes: Vec::new(),
    };
    timeline.events.insert(place, event);
    place
}

/// A copy of the event at `index` right after it, under an id of its own.
pub fn duplicate_event(timeline: &mut Timeline, index: usize) -> Option<usize> {
    let mut copy = timeline.events.get(index)?.clone();
    copy.id = unused_event_id(timeline, &format!("{}-copie", copy.id));
    timeline.events.insert(index + 1, copy);
    Some(index + 1)
}

/// Moves the event at `index` one place up (`-1`) or down (`1`); its new place, or `None`
/// at either end.
pub fn move_event(timeline: &mut Timeline, index: usize, up: bool) -> Option<usize> {
    let other = if up { index.checked_sub(1)? } else { index + 1 };
    if other >= timeline.events.len() || index >= timeline.events.len() {
        return None;
    }
    timeline.events.swap(index, other);
    Some(other)
}

/// Removes the event at `index`; the place of the one now selected (the next, else the
/// one before), `None` when none is left.
pub fn delete_event(timeline: &mut Timeline, index: usize) -> Option<usize> {
    if index < timeline.events.len() {
        timeline.events.remove(index);
    }
    let left = timeline.events.len();
    (left > 0).then(|| index.min(left - 1))
}

fn unused_id(taken: impl Fn(&str) -> bool, base: &str) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_owned())
}

/// A new actor at the end of the list, under an unused id; its name is to write.
pub fn add_actor(timeline: &mut Timeline) -> usize {
    let id = unused_id(|id| timeline.actor(id).is_some(), "nouvel-acteur");
    timeline.actors.push(Actor { id, name: empty() });
    timeline.actors.len() - 1
}

/// A new source at the end of the list, under an unused id: an article in French that may
/// only be quoted in short excerpts until the editor says otherwise.
pub fn add_source(timeline: &mut Timeline) -> usize {
    let id = unused_id(|id| timeline.source(id).is_some(), "nouvelle-source");
    timeline.sources.push(Source {
        id,
        outlet: empty(),
        headline: String::new(),
        published: None,
        published_label: empty(),
        url: None,
        language: "fr".to_owned(),
        excerpts_only: true,
        file: String::new(),
    });
    timeline.sources.len() - 1
}

/// Removes actor `id` from the list and from every event that names it (the editor has
/// seen which: [`events_with_actor`]).
pub fn remove_actor(timeline: &mut Timeline, id: &str) {
    timeline.actors.retain(|actor| actor.id != id);
    for event in &mut timeline.events {
        event.actors.retain(|actor| actor != id);
    }
}

/// Removes source `id` from the list. The quotes taken from it stay, so that no words are
/// lost unseen: the check lists each as quoting an unknown source.
pub fn remove_source(timeline: &mut Timeline, id: &str) {
    timeline.sources.retain(|source| source.id != id);
}

/// Names actor `id` on the event, or no longer, keeping the order of the actors list.
pub fn set_event_actor(timeline: &mut Timeline, index: usize, id: &str, named: bool) {
    let order: Vec<String> = timeline.actors.iter().map(|a| a.id.clone()).collect();
    let Some(event) = timeline.events.get_mut(index) else {
        return;
    };
    event.actors.retain(|actor| actor != id);
    if named {
        event.actors.push(id.to_owned());
        event
            .actors
            .sort_by_key(|actor| order.iter().position(|known| known == actor));
    }
}

/// Changes how precisely a date is known, keeping `to` within what the new precision
/// allows: one day has none, a range ends a day later at least, a week spans seven days.
pub fn set_precision(date: &mut EventDate, precision: Precision) {
    date.precision = precision;
    date.to = match precision {
        Precision::Day => None,
        Precision::Range => Some(
            date.to
                .filter(|to| *to > date.from)
                .unwrap_or(date.from.add_days(1)),
        ),
        Precision::Week => Some(date.from.add_days(6)),
    };
}

/// The ids of the events that name actor `id`: shown before the actor is removed.
pub fn events_with_actor<'t>(timeline: &'t Timeline, id: &str) -> Vec<&'t str> {
    timeline
        .events
        .iter()
        .filter(|e| e.actors.iter().any(|a| a == id))
        .map(|e| e.id.as_str())
        .collect()
}

/// The ids of the events that quote source `id`: shown before the source is removed.
pub fn events_quoting<'t>(timeline: &'t Timeline, id: &str) -> Vec<&'t str> {
    timeline
        .events
        .iter()
        .filter(|e| e.quotes.iter().any(|q| q.source == id))
        .map(|e| e.id.as_str())
        .collect()
}

/// Renames actor `old` to `new`, in the list and in every event that names it.
pub fn rename_actor(timeline: &mut Timeline, old: &str, new: &str) {
    for actor in timeline.actors.iter_mut().filter(|a| a.id == old) {
        actor.id = new.to_owned();
    }
    for event in &mut timeline.events {
        for actor in event.actors.iter_mut().filter(|a| *a == old) {
            *actor = new.to_owned();
        }
    }
}

/// Renames the actor at `index` to `new`; the events follow only when no other actor
/// had its id (two entries with one id are a mistake the check lists, and which of them an
/// event meant cannot be known).
pub fn rename_actor_at(timeline: &mut Timeline, index: usize, new: &str) {
    let Some(old) = timeline.actors.get(index).map(|a| a.id.clone()) else {
        return;
    };
    let shared = timeline.actors.iter().filter(|a| a.id == old).count() > 1;
    if shared {
        timeline.actors[index].id = new.to_owned();
    } else {
        rename_actor(timeline, &old, new);
    }
}

/// Renames source `old` to `new`, in the list and in every quote taken from it.
pub fn rename_source(timeline: &mut Timeline, old: &str, new: &str) {
    for source in timeline.sources.iter_mut().filter(|s| s.id == old) {
        source.id = new.to_owned();
    }
    for quote in timeline.events.iter_mut().flat_map(|e| e.quotes.iter_mut()) {
        if quote.source == old {
            quote.source = new.to_owned();
        }
    }
}

/// Renames the source at `index`, as [`rename_actor_at`] does an actor.
pub fn rename_source_at(timeline: &mut Timeline, index: usize, new: &str) {
    let Some(old) = timeline.sources.get(index).map(|s| s.id.clone()) else {
        return;
    };
    let shared = timeline.sources.iter().filter(|s| s.id == old).count() > 1;
    if shared {
        timeline.sources[index].id = new.to_owned();
    } else {
        rename_source(timeline, &old, new);
    }
}

/// A quote taken from a passage of its source: verbatim by construction.
pub fn quote_of(source: &str, passage: &str) -> Quote {
    Quote {
        source: source.to_owned(),
        text: passage.to_owned(),
    }
}

/// Where a quote that is not in its source parts from it: the longest beginning of the
/// quote that the source has, and the characters that differ right after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// How many characters of the quote the source has, in order, from its start.
    pub matching_chars: usize,
    /// The quote's next character (`None`: the quote ends there, the source goes on).
    pub quote_has: Option<char>,
    /// The source's character at that place (`None`: the source ends there).
    pub source_has: Option<char>,
}

/// `None` when `quote` is in `source` as it is; else where it first differs.
pub fn first_difference(quote: &str, source: &str) -> Option<Difference> {
    if source.contains(quote) {
        return None;
    }
    let ends: Vec<usize> = quote
        .char_indices()
        .map(|(at, _)| at)
        .skip(1)
        .chain([quote.len()])
        .collect();
    // A longer beginning is found only where a shorter one is: search for the longest.
    let (mut found, mut missing) = (0, ends.len());
    while found < missing {
        let middle = (found + missing).div_ceil(2);
        if source.contains(&quote[..ends[middle - 1]]) {
            found = middle;
        } else {
            missing = middle - 1;
        }
    }
    let matched = if found == 0 { 0 } else { ends[found - 1] };
    let source_has = source
        .find(&quote[..matched])
        .and_then(|at| source[at + matched..].chars().next());
    Some(Difference {
        matching_chars: found,
        quote_has: quote[matched..].chars().next(),
        source_has: if found == 0 { None } else { source_has },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{read, SHIPPED_JSON};

    fn shipped() -> Timeline {
        read(SHIPPED_JSON).expect("the shipped file parses")
    }

    #[test]
    fn the_shipped_file_written_back_unchanged_is_the_same_bytes() {
        assert_eq!(file_text(&shipped()), SHIPPED_JSON);
    }

    #[test]
    fn undo_goes_back_to_the_opened_file_and_redo_forward_again() {
        let opened = shipped();
        let mut history = History::new(opened.clone());
        let mut edited = opened.clone();
        edited.events[0].headline.fr.push_str(" (modifié)");
        history.record(edited.clone());
        history.record(edited.clone());
        assert!(history.undo());
        assert_eq!(file_text(history.present()), SHIPPED_JSON);
        assert!(!history.undo());
        assert!(history.redo());
        assert_eq!(history.present(), &edited);
        assert!(!history.can_redo());
    }

    #[test]
    fn an_edit_after_an_undo_drops_what_was_undone() {
        let mut history = History::new(1);
        history.record(2);
        history.undo();
        history.record(3);
        assert!(!history.redo());
        assert_eq!(*history.present(), 3);
    }

    #[test]
    fn a_new_event_gets_an_unused_id_after_the_one_it_follows() {
        let mut timeline = shipped();
        assert_eq!(add_event_after(&mut timeline, Some(2)), 3);
        assert_eq!(timeline.events[3].id, "nouvel-evenement");
        // A second one in the same place comes first, under the next free id.
        assert_eq!(add_event_after(&mut timeline, Some(2)), 3);
        assert_eq!(timeline.events[3].id, "nouvel-evenement-2");
        assert_eq!(timeline.events[4].id, "nouvel-evenement");
        assert_eq!(timeline.events[3].date.from, timeline.events[2].date.from);
        assert_eq!(add_event_after(&mut timeline, None), 0);
    }

    #[test]
    fn a_duplicated_event_follows_its_original_under_another_id() {
        let mut timeline = shipped();
        let id = timeline.events[5].id.clone();
        let place = duplicate_event(&mut timeline, 5).expect("an event there");
        assert_eq!(place, 6);
        assert_eq!(timeline.events[6].id, format!("{id}-copie"));
        assert_eq!(timeline.events[6].quotes, timeline.events[5].quotes);
    }

    #[test]
    fn events_move_by_one_place_and_not_past_either_end() {
        let mut timeline = shipped();
        let (a, b) = (timeline.events[0].id.clone(), timeline.events[1].id.clone());
        assert_eq!(move_event(&mut timeline, 0, false), Some(1));
        assert_eq!((&timeline.events[0].id, &timeline.events[1].id), (&b, &a));
        assert_eq!(move_event(&mut timeline, 0, true), None);
        let last = timeline.events.len() - 1;
        assert_eq!(move_event(&mut timeline, last, false), None);
    }

    #[test]
    fn renaming_an_actor_or_a_source_follows_every_use() {
        let mut timeline = shipped();
        let users = events_with_actor(&timeline, "nso").len();
        let quoting = events_quoting(&timeline, "ledesk").len();
        assert!(users > 0 && quoting > 0);
        rename_actor(&mut timeline, "nso", "nso-group");
        rename_source(&mut timeline, "ledesk", "le-desk");
        assert_eq!(events_with_actor(&timeline, "nso-group").len(), users);
        assert_eq!(events_quoting(&timeline, "le-desk").len(), quoting);
        assert!(events_with_actor(&timeline, "nso").is_empty());
        assert!(crate::validate(&timeline).is_empty());
    }

    #[test]
    fn typing_in_one_field_is_one_step_and_another_field_starts_the_next() {
        let mut history = History::new(String::new());
        for typed in ["G", "Ga", "Gan"] {
            history.record_in(typed.to_owned(), Some("headline.fr"));
        }
        history.record_in("Gantz".to_owned(), Some("summary.fr"));
        assert!(history.undo());
        assert_eq!(history.present(), "Gan");
        assert!(history.undo());
        assert_eq!(history.present(), "");
        assert!(!history.can_undo());
    }

    #[test]
    fn a_history_with_a_limit_lets_the_oldest_steps_go() {
        let mut history = History::with_limit(0, 2);
        for n in 1..=5 {
            history.record(n);
        }
        assert!(history.undo() && history.undo());
        assert_eq!(*history.present(), 3);
        assert!(!history.undo());
    }

    #[test]
    fn a_new_timeline_reads_back_and_lists_only_the_texts_to_write() {
        let today = Date::new(2026, 12, 2).expect("a date");
        let text = file_text(&new_timeline(today));
        let timeline = read(&text).expect("the skeleton reads");
        let fields: Vec<String> = crate::validate(&timeline)
            .iter()
            .map(|p| p.field())
            .collect();
        assert_eq!(fields, ["title.fr", "title.en", "intro.fr", "intro.en"]);
    }

    #[test]
    fn removing_an_actor_takes_it_off_its_events_and_a_source_leaves_its_quotes_flagged() {
        let mut timeline = shipped();
        let users = events_with_actor(&timeline, "nso").len();
        remove_actor(&mut timeline, "nso");
        assert!(timeline.actor("nso").is_none());
        assert!(events_with_actor(&timeline, "nso").is_empty());
        assert!(users > 0 && crate::validate(&timeline).is_empty());
        let quoting = events_quoting(&timeline, "ledesk").len();
        remove_source(&mut timeline, "ledesk");
        let unknown = crate::validate(&timeline)
            .iter()
            .filter(|p| matches!(p, crate::DataError::UnknownSource { .. }))
            .count();
        assert!(unknown >= quoting && quoting > 0);
    }

    #[test]
    fn new_actors_and_sources_get_unused_ids_and_an_actor_ticked_keeps_the_lists_order() {
        let mut timeline = shipped();
        let place = add_actor(&mut timeline);
        assert_eq!(timeline.actors[place].id, "nouvel-acteur");
        add_actor(&mut timeline);
        assert_eq!(timeline.actors[place + 1].id, "nouvel-acteur-2");
        let source = add_source(&mut timeline);
        assert_eq!(timeline.sources[source].id, "nouvelle-source");
        let first = timeline.actors[0].id.clone();
        set_event_actor(&mut timeline, 0, "nouvel-acteur", true);
        set_event_actor(&mut timeline, 0, &first, true);
        let actors = &timeline.events[0].actors;
        assert_eq!(actors.first(), Some(&first));
        assert_eq!(actors.last().map(String::as_str), Some("nouvel-acteur"));
        set_event_actor(&mut timeline, 0, "nouvel-acteur", false);
        assert!(!timeline.events[0]
            .actors
            .iter()
            .any(|a| a == "nouvel-acteur"));
    }

    #[test]
    fn a_deleted_event_hands_the_selection_to_the_next_or_the_one_before() {
        let mut timeline = shipped();
        let count = timeline.events.len();
        assert_eq!(delete_event(&mut timeline, 0), Some(0));
        assert_eq!(delete_event(&mut timeline, count - 2), Some(count - 3));
        timeline.events.truncate(1);
        assert_eq!(delete_event(&mut timeline, 0), None);
    }

    #[test]
    fn a_new_precision_keeps_the_end_of_the_date_within_what_it_allows() {
        let from = Date::new(2021, 7, 20).expect("a date");
        let mut date = EventDate {
            precision: Precision::Day,
            from,
            to: None,
            reasoning: empty(),
        };
        set_precision(&mut date, Precision::Range);
        assert_eq!(date.to, Some(from.add_days(1)));
        set_precision(&mut date, Precision::Week);
        assert_eq!(date.to, Some(from.add_days(6)));
        set_precision(&mut date, Precision::Day);
        assert_eq!(date.to, None);
    }

    #[test]
    fn every_problem_names_the_field_a_form_shows_it_beside() {
        let mut timeline = shipped();
        timeline.events[1].headline.en.clear();
        timeline.events[1].quotes[0].source = "inconnue".into();
        let fields: Vec<(String, String)> = crate::validate(&timeline)
            .iter()
            .map(|p| (p.owner().key(), p.field()))
            .collect();
        let id = timeline.events[1].id.clone();
        assert!(
            fields.contains(&(id.clone(), "headline.en".into())),
            "{fields:?}"
        );
        assert!(
            fields.contains(&(id, "quotes[0].source".into())),
            "{fields:?}"
        );
    }

    #[test]
    fn an_id_typed_through_another_entrys_id_does_not_take_that_entrys_uses() {
        let mut timeline = shipped();
        let first = add_actor(&mut timeline);
        let second = add_actor(&mut timeline);
        set_event_actor(&mut timeline, 0, "nouvel-acteur", true);
        set_event_actor(&mut timeline, 1, "nouvel-acteur-2", true);
        let mut history = History::new(timeline);
        // Backspacing the second id down to the first's, then typing on.
        for typed in ["nouvel-acteur-", "nouvel-acteur", "nouvel-acteur-3"] {
            history
                .edit_from_step_start(Some("actors[1].id"), |t| rename_actor_at(t, second, typed));
        }
        let t = history.present();
        assert_eq!(t.actors[first].id, "nouvel-acteur");
        assert_eq!(t.actors[second].id, "nouvel-acteur-3");
        assert!(t.events[0].actors.iter().any(|a| a == "nouvel-acteur"));
        assert!(t.events[1].actors.iter().any(|a| a == "nouvel-acteur-3"));
        assert!(!t.events[1].actors.iter().any(|a| a == "nouvel-acteur"));
        // One step: undo goes back to before the renaming.
        assert!(history.undo());
        assert_eq!(history.present().actors[second].id, "nouvel-acteur-2");
    }

    #[test]
    fn an_ordinary_space_for_a_no_break_space_is_pointed_at() {
        let source = "Israël prend l’affaire «\u{a0}au sérieux\u{a0}», la France";
        let typed = "Israël prend l’affaire « au sérieux";
        let difference = first_difference(typed, source).expect("not verbatim");
        assert_eq!(difference.matching_chars, 24);
        assert_eq!(difference.quote_has, Some(' '));
        assert_eq!(difference.source_has, Some('\u{a0}'));
        assert_eq!(first_difference("prend l’affaire", source), None);
    }

    #[test]
    fn a_quote_that_runs_past_the_source_or_shares_nothing_is_said_so() {
        let past = first_difference("la France attend", "la France").expect("longer");
        assert_eq!((past.matching_chars, past.source_has), (9, None));
        assert_eq!(past.quote_has, Some(' '));
        let none = first_difference("zzz", "abc").expect("nothing shared");
        assert_eq!(
            (none.matching_chars, none.quote_has, none.source_has),
            (0, Some('z'), None)
        );
    }
}
