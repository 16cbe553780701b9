//! What the controls are built from: the actors to filter by, the days to jump to, how
//! many events there are.

use super::{Date, Localized, Timeline};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outline {
    pub actors: Vec<OutlineActor>,
    /// Every day of the window, with how many events start on it.
    pub days: Vec<(Date, usize)>,
    pub event_count: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineActor {
    pub id: String,
    pub name: Localized,
}

impl Outline {
    pub fn of(timeline: &Timeline) -> Outline {
        Outline {
            actors: timeline
                .actors
                .iter()
                .map(|actor| OutlineActor {
                    id: actor.id.clone(),
                    name: actor.name.clone(),
                })
                .collect(),
            days: timeline
                .days()
                .into_iter()
                .map(|(day, events)| (day, events.len()))
                .collect(),
            event_count: timeline.events.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::read;

    #[test]
    fn the_outline_lists_every_day_of_the_window_with_its_event_count() {
        let timeline = read(crate::TIMELINE_JSON).expect("the compiled-in timeline parses");
        let outline = Outline::of(&timeline);
        assert_eq!(outline.days.len(), 9);
        let in_window: usize = outline.days.iter().map(|(_, n)| n).sum();
        assert_eq!(in_window, timeline.window_events().count());
        assert_eq!(outline.event_count, timeline.events.len());
    }
}
