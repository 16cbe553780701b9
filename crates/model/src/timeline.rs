//! The shape of `public/timeline.json`, field for field. Documented in docs/editing.md
//! ("Data format"); unknown fields are errors so that an editor's typo is never ignored.

use super::date::Date;
use serde::{Deserialize, Serialize};

/// The two languages of the interface and of every editorial text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// An editorial text written in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub fr: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    /// Path of the JSON Schema, for editors' tools; ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub title: Localized,
    pub intro: Localized,
    /// The days the timeline tells; context entries come before it.
    pub window: Window,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
    pub events: Vec<Event>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Window {
    pub start: Date,
    pub end: Date,
}

/// Someone events can be filtered by (France, Israël, NSO…).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub name: Localized,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub outlet: Localized,
    /// The headline as published, verbatim.
    pub headline: String,
    /// Publication time as ISO 8601 with offset, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The publication date as shown to readers (and how it is known, when it is not stated).
    pub published_label: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// BCP 47 language tag of the article.
    pub language: String,
    /// The publisher forbids reproduction: quote short excerpts only.
    pub excerpts_only: bool,
    /// Name of the archived article text the quotes are checked against
    /// (`tests/fixtures/sources/<file>`; never shipped to readers).
    pub file: String,
}

/// How precisely an event's date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// It happened on `from` (`to`, if given, is the same day).
    Day,
    /// It happened over, or at an uncertain point of, the days `from`…`to`.
    Range,
    /// Undated: one day, unknown, within the week `from`…`to` (at most seven days).
    Week,
}

impl Precision {
    /// As written in the data file (and in the card's `data-precision`).
    pub fn code(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Range => "range",
            Precision::Week => "week",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EventDate {
    pub precision: Precision,
    pub from: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    /// How the date was derived, for the reader ("« mardi » in an article published…").
    pub reasoning: Localized,
}

impl EventDate {
    /// The last day the event may fall on.
    pub fn last(&self) -> Date {
        self.to.unwrap_or(self.from)
    }

    /// True when the event is pinned to one day (a range is shown as two `<time>`s).
    pub fn is_single_day(&self) -> bool {
        self.last() == self.from
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable, URL-safe id: lowercase letters, digits and hyphens. Used in `#links`.
    pub id: String,
    /// Background before the window, shown apart from the day-by-day events.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub context: bool,
    pub date: EventDate,
    /// Actor ids from `actors`.
    pub actors: Vec<String>,
    pub headline: Localized,
    pub summary: Localized,
    pub quotes: Vec<Quote>,
    /// Fact-check notes: where public reporting differs from a quote.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Localized>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// A source id from `sources`.
    pub source: String,
    /// The quoted words, byte for byte as in the source (’ « » and no-break spaces included).
    pub text: String,
}

/// Whether an event with these actors passes an actor filter: an empty selection lets
/// everything through. The one rule behind the count, each card and each day's notice.
pub fn involves_any(actors: &[String], selected: &[String]) -> bool {
    selected.is_empty() || actors.iter().any(|actor| selected.contains(actor))
}

impl Event {
    /// Whether the event passes an actor filter.
    pub fn involves_any(&self, selected: &[String]) -> bool {
        involves_any(&self.actors, selected)
    }
}

impl Timeline {
    /// How many events pass an actor filter.
    pub fn count_involving(&self, selected: &[String]) -> usize {
        self.events
            .iter()
            .filter(|e| e.involves_any(selected))
            .count()
    }

    /// Ids of the events that pass an actor filter, in order.
    pub fn ids_involving(&self, selected: &[String]) -> Vec<String> {
        self.events
            .iter()
            .filter(|e| e.involves_any(selected))
            .map(|e| e.id.clone())
            .collect()
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|actor| actor.id == id)
    }

    pub fn context_events(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|event| event.context)
    }

    pub fn window_events(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|event| !event.context)
    }

    /// Every day of the window, with the events that start on it (days without events too).
    pub fn days(&self) -> Vec<(Date, Vec<&Event>)> {
        self.window
            .start
            .days_through(self.window.end)
            .map(|day| {
                let events = self
                    .window_events()
                    .filter(|e| e.date.from == day)
                    .collect();
                (day, events)
            })
            .collect()
    }
}
