//! The timeline's data: types that mirror `public/timeline.json`, calendar dates and the
//! rules an edited file must follow. No Leptos here, so all of it is tested natively.

pub mod check;
pub mod date;
pub mod error;
pub mod outline;
pub mod timeline;
pub mod validate;

pub use check::{check, inspect, Inspection};
pub use date::{Date, DateError, Weekday};
pub use outline::{Outline, OutlineActor, OutlineDay};
pub use timeline::{
    involves_any, Actor, Event, EventDate, Lang, Localized, Precision, Quote, Source, Timeline,
    Window,
};
pub use validate::{
    check_quotes, is_web_url, parse, read, validate, DataError, Expected, MAX_EXCERPT_CHARS,
    MAX_WINDOW_DAYS,
};
