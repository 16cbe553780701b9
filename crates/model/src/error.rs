//! One problem of an edited data file, as editors read it: what it belongs to (a typed
//! [`Owner`]), the field and what is wrong. Words come only at the edge: `Display` is the
//! checker's English, `problem_text` the French.

use super::date::Date;
use super::timeline::Lang;
use std::fmt;

/// What a problem belongs to. Actors, sources and events each have ids of their own, so
/// an id alone does not say which.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Owner {
    /// The file as a whole: its syntax, a top-level field, the title or the introduction.
    File,
    Window,
    Actor(String),
    Source(String),
    Event(String),
    /// An entry of `list` (`actors`, `sources`, `events`) that has no readable id.
    Entry {
        list: &'static str,
        index: usize,
    },
}

impl Owner {
    /// The event's id, when the problem belongs to an event (the preview links to it).
    pub fn event(&self) -> Option<&str> {
        match self {
            Owner::Event(id) => Some(id),
            _ => None,
        }
    }

    /// The name the data file itself gives the owner: an id, `window`, `timeline` for the
    /// file's own texts, `events[3]` for an entry without a readable id.
    pub fn key(&self) -> String {
        match self {
            Owner::File => "timeline".to_owned(),
            Owner::Window => "window".to_owned(),
            Owner::Actor(id) | Owner::Source(id) | Owner::Event(id) => id.clone(),
            Owner::Entry { list, index } => format!("{list}[{index}]"),
        }
    }
}

/// In the checker's English: « event `id` », « the file ».
impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Owner::File => f.write_str("the file"),
            Owner::Window => f.write_str("`window`"),
            Owner::Actor(id) => write!(f, "actor `{id}`"),
            Owner::Source(id) => write!(f, "source `{id}`"),
            Owner::Event(id) => write!(f, "event `{id}`"),
            Owner::Entry { list, index } => write!(f, "{list}[{index}]"),
        }
    }
}

/// One problem in the data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// The file is not JSON.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// A field of the wrong shape: unknown (a typo?), missing, wrong type, impossible date.
    Field {
        owner: Owner,
        field: String,
        message: String,
    },
    /// `owner` is the actor, source or event whose id is taken.
    DuplicateId {
        owner: Owner,
    },
    BadId {
        owner: Owner,
    },
    UnknownSource {
        event: String,
        field: String,
        source: String,
    },
    UnknownActor {
        event: String,
        field: String,
        actor: String,
    },
    OutOfOrder {
        event: String,
        previous: String,
    },
    /// `owner` is an event, or the window for `window.end`.
    DateOutsideRange {
        owner: Owner,
        field: &'static str,
        date: Date,
        expected: Expected,
    },
    /// The page has one section per day of the window, so a typo in a year would make it
    /// endless.
    WindowTooLong {
        days: i64,
    },
    /// An empty text: `lang` names the language of a two-language text, `None` a quote.
    MissingText {
        owner: Owner,
        field: String,
        lang: Option<Lang>,
    },
    NoQuote {
        event: String,
    },
    /// The event's quote at place `quote` (its field `quotes[quote].text`).
    QuoteNotInSource {
        event: String,
        quote: usize,
        source: String,
        file: String,
    },
    SourceTextMissing {
        source: String,
        file: String,
    },
    BadUrl {
        owner: Owner,
        field: String,
        url: String,
    },
    QuoteTooLong {
        event: String,
        field: String,
        source: String,
        chars: usize,
    },
}

/// Where a date out of place should have been. Dates rather than sentences, so that each
/// language words it its own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// Within the window, `start` to `end`.
    Window { start: Date, end: Date },
    /// Not before the event's own `date.from`.
    RangeFrom(Date),
    /// On the day itself, for precision "day".
    OneDay(Date),
    /// Within the seven days from `date.from`, for precision "week".
    Week(Date),
    /// Before the window's start, for a context entry.
    ContextBefore(Date),
    /// Not before `window.start`, for `window.end`.
    AfterWindowStart(Date),
}

/// The longest quote, in characters, from a source that may only be quoted in short excerpts.
pub const MAX_EXCERPT_CHARS: usize = 250;

/// The longest window, in days (both ends included): four years. Long enough for any
/// day-by-day chronicle (the benchmark draws 1,250 days), short enough to catch a mistyped
/// year (2201 for 2021 would list 65,000 days).
pub const MAX_WINDOW_DAYS: i64 = 1_461;

impl DataError {
    /// What the problem belongs to.
    pub fn owner(&self) -> Owner {
        match self {
            DataError::Syntax { .. } => Owner::File,
            DataError::Field { owner, .. }
            | DataError::DuplicateId { owner }
            | DataError::BadId { owner }
            | DataError::DateOutsideRange { owner, .. }
            | DataError::MissingText { owner, .. }
            | DataError::BadUrl { owner, .. } => owner.clone(),
            DataError::UnknownSource { event, .. }
            | DataError::UnknownActor { event, .. }
            | DataError::OutOfOrder { event, .. }
            | DataError::NoQuote { event }
            | DataError::QuoteNotInSource { event, .. }
            | DataError::QuoteTooLong { event, .. } => Owner::Event(event.clone()),
            DataError::SourceTextMissing { source, .. } => Owner::Source(source.clone()),
            DataError::WindowTooLong { .. } => Owner::Window,
        }
    }

    /// The field of its owner the problem is about, as the data file names it
    /// (`headline.fr`, `date.from`, `quotes[0].text`; empty for the file or an entry as a
    /// whole): the editors' forms show each problem beside that field.
    pub fn field(&self) -> String {
        match self {
            DataError::Syntax { .. } => String::new(),
            DataError::Field { field, .. }
            | DataError::UnknownSource { field, .. }
            | DataError::UnknownActor { field, .. }
            | DataError::BadUrl { field, .. }
            | DataError::QuoteTooLong { field, .. }
            | DataError::MissingText {
                field, lang: None, ..
            } => field.clone(),
            DataError::MissingText {
                field,
                lang: Some(lang),
                ..
            } => format!("{field}.{}", lang.code()),
            DataError::DuplicateId { .. } | DataError::BadId { .. } => "id".to_owned(),
            DataError::OutOfOrder { .. } => "date.from".to_owned(),
            DataError::DateOutsideRange { field, .. } => (*field).to_owned(),
            DataError::WindowTooLong { .. } => "window.end".to_owned(),
            DataError::NoQuote { .. } => "quotes".to_owned(),
            DataError::QuoteNotInSource { quote, .. } => format!("quotes[{quote}].text"),
            DataError::SourceTextMissing { .. } => "file".to_owned(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Syntax {
                line,
                column,
                message,
            } => write!(f, "line {line}, column {column}: {message}"),
            DataError::Field {
                owner,
                field,
                message,
            } if field.is_empty() => write!(f, "{owner}: {message}"),
            DataError::Field {
                owner,
                field,
                message,
            } => write!(f, "{owner}, field `{field}`: {message}"),
            DataError::DuplicateId { owner } => {
                write!(f, "{owner}, field `id`: the id is used more than once")
            }
            DataError::BadId { owner } => write!(
                f,
                "{owner}, field `id`: use only lowercase letters a-z, digits and hyphens"
            ),
            DataError::UnknownSource {
                event,
                field,
                source,
            } => write!(
                f,
                "event `{event}`, field `{field}`: unknown source id `{source}` (not in `sources`)"
            ),
            DataError::UnknownActor {
                event,
                field,
                actor,
            } => write!(
                f,
                "event `{event}`, field `{field}`: unknown actor id `{actor}` (not in `actors`)"
            ),
            DataError::OutOfOrder { event, previous } => write!(
                f,
                "event `{event}`, field `date.from`: comes before `{previous}` in time but after it in the file; keep events in chronological order"
            ),
            DataError::DateOutsideRange {
                owner,
                field,
                date,
                expected,
            } => write!(f, "{owner}, field `{field}`: {date} is outside {expected}"),
            DataError::WindowTooLong { days } => write!(
                f,
                "`window`, field `window.end`: the window lasts {days} days; the page lists every day of it, so keep it to {MAX_WINDOW_DAYS} days at most"
            ),
            DataError::MissingText {
                owner,
                field,
                lang: Some(lang),
            } => write!(
                f,
                "`{}`, field `{field}.{}`: the text is empty",
                owner.key(),
                lang.code()
            ),
            DataError::MissingText {
                owner,
                field,
                lang: None,
            } => write!(f, "`{}`, field `{field}`: the text is empty", owner.key()),
            DataError::NoQuote { event } => write!(
                f,
                "event `{event}`, field `quotes`: every event needs at least one quote from a source"
            ),
            DataError::QuoteNotInSource {
                event,
                quote,
                source,
                file,
            } => write!(
                f,
                "event `{event}`, field `quotes[{quote}].text`: the quote is not found verbatim in source `{source}` ({file}); copy it character for character (’ « » and no-break spaces included)"
            ),
            DataError::SourceTextMissing { source, file } => write!(
                f,
                "source `{source}`, field `file`: the archived text `{file}` is missing"
            ),
            DataError::QuoteTooLong {
                event,
                field,
                source,
                chars,
            } => write!(
                f,
                "event `{event}`, field `{field}`: {chars} characters is too long a quote from `{source}`, which may only be quoted in short excerpts ({MAX_EXCERPT_CHARS} at most)"
            ),
            DataError::BadUrl { owner, field, url } => write!(
                f,
                "`{}`, field `{field}`: « {url} » is not an https: or http: address",
                owner.key()
            ),
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Window { start, end } => write!(f, "the window {start} to {end}"),
            Expected::RangeFrom(from) => write!(f, "its range, which starts on {from}"),
            Expected::OneDay(from) => {
                write!(f, "a one-day date ({from}); use precision \"range\"")
            }
            Expected::Week(from) => {
                write!(f, "the week that starts on {from} (seven days at most)")
            }
            Expected::ContextBefore(start) => {
                write!(f, "the context before the window (before {start})")
            }
            Expected::AfterWindowStart(start) => {
                write!(f, "the days after window.start ({start})")
            }
        }
    }
}
