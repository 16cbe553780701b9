//! Property-based tests: calendar arithmetic holds for any day, any valid generated
//! timeline passes, and any single corruption of it is reported with the right id and field.

use pegasus_model::{
    check_quotes, validate, Actor, DataError, Date, Event, EventDate, Localized, Owner, Precision,
    Quote, Source, Timeline, Window,
};
use proptest::prelude::*;

const SOURCE_TEXT: &str =
    "Le 20 juillet, l’Elysée a confié que « si ces faits avérés, ils sont très graves ». \
Mardi, Parly avait laissé entendre qu’elle saisirait l’opportunité de cet entretien.";

fn text(s: &str) -> Localized {
    Localized {
        fr: format!("{s} (fr)"),
        en: format!("{s} (en)"),
    }
}

fn day(offset: i64) -> Date {
    Date::parse("2021-07-20").expect("date").add_days(offset)
}

/// A valid timeline of events on the given window offsets (0..=8), one quote each.
fn timeline(offsets: &[(i64, usize, usize)]) -> Timeline {
    let mut offsets = offsets.to_vec();
    offsets.sort_by_key(|o| o.0);
    let events = offsets
        .iter()
        .enumerate()
        .map(|(i, &(offset, start, len))| {
            let chars: Vec<char> = SOURCE_TEXT.chars().collect();
            let mut start = start % (chars.len() - 1);
            while chars[start].is_whitespace() {
                start += 1;
            }
            let end = (start + 1 + len % 60).min(chars.len());
            Event {
                id: format!("evenement-{i}"),
                context: false,
                date: EventDate {
                    precision: Precision::Day,
                    from: day(offset),
                    to: None,
                    reasoning: text("reasoning"),
                },
                actors: vec!["france".into()],
                headline: text("headline"),
                summary: text("summary"),
                quotes: vec![Quote {
                    source: "s".into(),
                    text: chars[start..end].iter().collect(),
                }],
                notes: Vec::new(),
            }
        })
        .collect();
    Timeline {
        schema: None,
        title: text("title"),
        intro: text("intro"),
        window: Window {
            start: day(0),
            end: day(8),
        },
        actors: vec![Actor {
            id: "france".into(),
            name: text("France"),
        }],
        sources: vec![Source {
            id: "s".into(),
            outlet: text("outlet"),
            headline: "headline".into(),
            published: None,
            published_label: text("label"),
            url: Some("https://example.org/a".into()),
            language: "fr".into(),
            excerpts_only: true,
            file: "s.txt".into(),
        }],
        events,
    }
}

fn errors(timeline: &Timeline) -> Vec<DataError> {
    let mut errors = validate(timeline);
    errors.extend(check_quotes(timeline, |file| {
        (file == "s.txt").then_some(SOURCE_TEXT)
    }));
    errors
}

fn events_strategy() -> impl Strategy<Value = Vec<(i64, usize, usize)>> {
    prop::collection::vec((0i64..=8, 0usize..400, 0usize..200), 1..25)
}

proptest! {
    #[test]
    fn any_day_round_trips_through_text_and_day_numbers(days in -200_000i64..200_000) {
        let date = Date::from_days(days);
        prop_assert_eq!(date.to_days(), days);
        prop_assert_eq!(Date::parse(&date.to_string()).ok(), Some(date));
        prop_assert_eq!(date.add_days(1).days_until(date), -1);
    }

    #[test]
    fn weekdays_follow_each_other(days in -200_000i64..200_000) {
        let (today, tomorrow) = (Date::from_days(days), Date::from_days(days + 1));
        let index = |d: Date| d.weekday() as i64;
        prop_assert_eq!((index(today) + 1) % 7, index(tomorrow));
        prop_assert_eq!(Date::from_days(days + 7).weekday(), today.weekday());
    }

    #[test]
    fn any_valid_generated_timeline_passes(events in events_strategy()) {
        let found = errors(&timeline(&events));
        prop_assert!(found.is_empty(), "{:?}", found);
    }

    #[test]
    fn any_single_corruption_is_reported_with_its_id_and_field(
        events in events_strategy(),
        pick in 0usize..100,
        kind in 0usize..6,
    ) {
        let mut timeline = timeline(&events);
        // A date moved past the window is moved on the last event, so order still holds.
        let index = if kind == 3 { timeline.events.len() - 1 } else { pick % timeline.events.len() };
        let id = timeline.events[index].id.clone();
        let field = {
            let event = &mut timeline.events[index];
            match kind {
                0 => { event.quotes[0].source = "inconnue".into(); "quotes[0].source" }
                1 => { event.summary.en = String::new(); "summary.en" }
                2 => { event.headline.fr = " ".into(); "headline.fr" }
                3 => { event.date.from = day(9); "date.from" }
                4 => { event.quotes[0].text.push('§'); "quotes[0].text" }
                _ => { event.actors.push("personne".into()); "actors[1]" }
            }
        };
        let found = errors(&timeline);
        prop_assert_eq!(found.len(), 1, "{:?}", found);
        let message = found[0].to_string();
        prop_assert_eq!(found[0].owner(), Owner::Event(id), "{}", message);
        prop_assert!(message.contains(&format!("field `{field}`")), "{}", message);
    }

    #[test]
    fn a_duplicated_event_is_reported_by_its_id(events in events_strategy(), pick in 0usize..100) {
        let mut timeline = timeline(&events);
        let index = pick % timeline.events.len();
        let copy = timeline.events[index].clone();
        timeline.events.insert(index + 1, copy.clone());
        let found = errors(&timeline);
        prop_assert!(
            found.iter().any(|e| matches!(e, DataError::DuplicateId { owner: Owner::Event(id) } if *id == copy.id)),
            "{:?}", found
        );
    }

    #[test]
    fn the_one_pass_quote_check_finds_exactly_the_quotes_a_plain_search_finds(
        events in events_strategy(),
        edits in prop::collection::vec((0usize..100, 0usize..4), 0..10),
    ) {
        let mut timeline = timeline(&events);
        for (pick, kind) in edits {
            let index = pick % timeline.events.len();
            let quote = &mut timeline.events[index].quotes[0].text;
            match kind {
                // Off by one character, by a space, emptied, or a quote of another event.
                0 => quote.push('x'),
                1 => *quote = quote.replace('\u{a0}', " ").replace('’', "'"),
                2 => quote.clear(),
                _ => *quote = SOURCE_TEXT[..SOURCE_TEXT.len() / 2].to_owned(),
            }
        }
        let plain: Vec<(String, String)> = timeline
            .events
            .iter()
            .filter(|e| {
                let quote = &e.quotes[0].text;
                quote.is_empty() || !SOURCE_TEXT.contains(quote.as_str())
            })
            .map(|e| (e.id.clone(), "quotes[0].text".to_owned()))
            .collect();
        let checked: Vec<(String, String)> = check_quotes(&timeline, |file| {
            (file == "s.txt").then_some(SOURCE_TEXT)
        })
        .into_iter()
        .map(|error| match error {
            DataError::QuoteNotInSource { event, quote, .. } => {
                (event, format!("quotes[{quote}].text"))
            }
            other => panic!("unexpected: {other}"),
        })
        .collect();
        prop_assert_eq!(checked, plain);
    }
}
