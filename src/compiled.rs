//! The timeline compiled in by `build.rs`: a static table of `&'static str`s, turned into
//! the model's types at start-up. A table rather than code per event, so the wasm grows by
//! the text alone as editors add events; and no JSON parser in the reader's wasm.

use crate::model::{
    Actor, Date, Event, EventDate, Localized, Precision, Quote, Source, Timeline, Window,
};

type Text = [&'static str; 2];

struct Table {
    schema: Option<&'static str>,
    title: Text,
    intro: Text,
    /// Days since 1970-01-01 (`Date::to_days`).
    window: (i64, i64),
    actors: &'static [(&'static str, Text)],
    sources: &'static [SourceRow],
    events: &'static [EventRow],
}

struct SourceRow {
    id: &'static str,
    outlet: Text,
    headline: &'static str,
    published: Option<&'static str>,
    published_label: Text,
    url: Option<&'static str>,
    language: &'static str,
    excerpts_only: bool,
    file: &'static str,
}

struct EventRow {
    id: &'static str,
    context: bool,
    precision: Precision,
    from: i64,
    to: Option<i64>,
    reasoning: Text,
    actors: &'static [&'static str],
    headline: Text,
    summary: Text,
    /// (source id, words)
    quotes: &'static [(&'static str, &'static str)],
    notes: &'static [Text],
}

include!(concat!(env!("OUT_DIR"), "/timeline_data.rs"));

fn text([fr, en]: &Text) -> Localized {
    Localized {
        fr: (*fr).to_owned(),
        en: (*en).to_owned(),
    }
}

fn owned(text: &Option<&'static str>) -> Option<String> {
    text.map(str::to_owned)
}

/// The timeline compiled in: the data file the build checked (or, in the hostile-data
/// test build, let through with the problems in [`DATA_ERRORS`]).
pub fn compiled_timeline() -> Timeline {
    let table = &DATA;
    Timeline {
        schema: owned(&table.schema),
        title: text(&table.title),
        intro: text(&table.intro),
        window: Window {
            start: Date::from_days(table.window.0),
            end: Date::from_days(table.window.1),
        },
        actors: table
            .actors
            .iter()
            .map(|(id, name)| Actor {
                id: (*id).to_owned(),
                name: text(name),
            })
            .collect(),
        sources: table
            .sources
            .iter()
            .map(|row| Source {
                id: row.id.to_owned(),
                outlet: text(&row.outlet),
                headline: row.headline.to_owned(),
                published: owned(&row.published),
                published_label: text(&row.published_label),
                url: owned(&row.url),
                language: row.language.to_owned(),
                excerpts_only: row.excerpts_only,
                file: row.file.to_owned(),
            })
            .collect(),
        events: table.events.iter().map(event).collect(),
    }
}

fn event(row: &EventRow) -> Event {
    Event {
        id: row.id.to_owned(),
        context: row.context,
        date: EventDate {
            precision: row.precision,
            from: Date::from_days(row.from),
            to: row.to.map(Date::from_days),
            reasoning: text(&row.reasoning),
        },
        actors: row.actors.iter().map(|a| (*a).to_owned()).collect(),
        headline: text(&row.headline),
        summary: text(&row.summary),
        quotes: row
            .quotes
            .iter()
            .map(|(source, words)| Quote {
                source: (*source).to_owned(),
                text: (*words).to_owned(),
            })
            .collect(),
        notes: row.notes.iter().map(text).collect(),
    }
}
