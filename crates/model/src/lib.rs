//! The timeline's data: types that mirror `public/timeline.json`, calendar dates, the page's
//! outline and, with the `check` feature, the rules an edited file must follow and every
//! problem in French and English. No Leptos and no browser here, so all of it is tested
//! natively, and the readers' wasm (which has the timeline compiled in) takes only the
//! types, the dates and the outline.

pub mod date;
pub mod error;
pub mod outline;
pub mod timeline;
mod url;

#[cfg(feature = "check")]
pub mod check;
#[cfg(feature = "check")]
pub mod editing;
#[cfg(feature = "check")]
mod parse;
#[cfg(feature = "check")]
pub mod problem_text;
#[cfg(feature = "check")]
pub mod source_texts;
#[cfg(feature = "check")]
pub mod validate;

pub use date::{Date, DateError, Weekday};
pub use error::{DataError, Expected, Owner, MAX_EXCERPT_CHARS, MAX_WINDOW_DAYS};
pub use outline::{Outline, OutlineActor, OutlineDay};
pub use timeline::{
    involves_any, Actor, Event, EventDate, Lang, Localized, Precision, Quote, Source, Timeline,
    Window,
};
pub use url::is_web_url;

#[cfg(feature = "check")]
pub use check::{check, inspect, Inspection, SourceTextLookup};
#[cfg(feature = "check")]
pub use parse::{parse, read, syntax_error};
#[cfg(feature = "check")]
pub use problem_text::problem_text;
#[cfg(feature = "check")]
pub use validate::{check_quotes, validate};

/// The JSON Schema of the data file, generated from the types.
#[cfg(feature = "schema")]
pub fn timeline_schema() -> String {
    let schema = schemars::schema_for!(Timeline);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The shipped data file, for the tests of the rules against real data.
#[cfg(all(test, feature = "check"))]
pub(crate) const SHIPPED_JSON: &str = include_str!("../../../public/timeline.json");
