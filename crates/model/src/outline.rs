//! What the page is built from, before any view exists: the actors to filter by, and the
//! order the events are read in (the context first, then every day of the window with the
//! events that start on it). The reader's state and the views both follow this one order.

use super::{Date, Localized, Timeline};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outline {
    pub actors: Vec<OutlineActor>,
    /// The background events, as indices into `Timeline::events`.
    pub context: Vec<usize>,
    /// Every day of the window, in order, with the events that start on it.
    pub days: Vec<OutlineDay>,
    pub event_count: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineActor {
    pub id: String,
    pub name: Localized,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineDay {
    pub date: Date,
    /// Indices into `Timeline::events`, in the data file's order.
    pub events: Vec<usize>,
}

impl Outline {
    pub fn of(timeline: &Timeline) -> Outline {
        let mut days: Vec<OutlineDay> = timeline
            .window
            .start
            .days_through(timeline.window.end)
            .map(|date| OutlineDay {
                date,
                events: Vec::new(),
            })
            .collect();
        let mut context = Vec::new();
        let first = timeline.window.start.to_days();
        for (index, event) in timeline.events.iter().enumerate() {
            if event.context {
                context.push(index);
                continue;
            }
            // One pass over the events, however many days: the day is found by its offset.
            let offset = event.date.from.to_days().checked_sub(first);
            let day = offset
                .and_then(|offset| usize::try_from(offset).ok())
                .and_then(|offset| days.get_mut(offset));
            if let Some(day) = day {
                day.events.push(index);
            }
        }
        Outline {
            actors: timeline
                .actors
                .iter()
                .map(|actor| OutlineActor {
                    id: actor.id.clone(),
                    name: actor.name.clone(),
                })
                .collect(),
            context,
            days,
            event_count: timeline.events.len(),
        }
    }

    /// Every event on the page, as indices into `Timeline::events`, in the order a reader
    /// meets them.
    pub fn reading_order(&self) -> impl Iterator<Item = usize> + '_ {
        let days = self.days.iter().flat_map(|day| day.events.iter().copied());
        self.context.iter().copied().chain(days)
    }
}

#[cfg(all(test, feature = "check"))]
mod tests {
    use super::*;
    use crate::read;

    #[test]
    fn the_outline_lists_every_day_of_the_window_with_its_events() {
        let timeline = read(crate::SHIPPED_JSON).expect("the compiled-in timeline parses");
        let outline = Outline::of(&timeline);
        assert_eq!(outline.days.len(), 9);
        for (day, events) in timeline.days() {
            let listed = outline
                .days
                .iter()
                .find(|d| d.date == day)
                .expect("every day of the window");
            let ids: Vec<&str> = listed
                .events
                .iter()
                .map(|&i| timeline.events[i].id.as_str())
                .collect();
            let expected: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
            assert_eq!(ids, expected, "{day}");
        }
        assert_eq!(outline.event_count, timeline.events.len());
    }

    #[test]
    fn the_reading_order_is_the_context_then_the_days_and_holds_every_event_once() {
        let timeline = read(crate::SHIPPED_JSON).expect("the compiled-in timeline parses");
        let outline = Outline::of(&timeline);
        let order: Vec<usize> = outline.reading_order().collect();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..timeline.events.len()).collect::<Vec<_>>());
        let first_in_window = order
            .iter()
            .position(|&i| !timeline.events[i].context)
            .expect("events in the window");
        assert!(order[..first_in_window]
            .iter()
            .all(|&i| timeline.events[i].context));
        assert!(order[first_in_window..]
            .iter()
            .all(|&i| !timeline.events[i].context));
    }
}
