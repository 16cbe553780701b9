//! Every rule an edited `timeline.json` must follow. Validation collects all problems at
//! once, each naming the event id and the field, so an editor can fix them in one pass.

use super::date::Date;
use super::timeline::{Event, Lang, Localized, Precision, Timeline};
use std::collections::HashSet;
use std::fmt;

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
        owner: String,
        field: String,
        message: String,
    },
    DuplicateId {
        kind: &'static str,
        id: String,
    },
    BadId {
        id: String,
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
    DateOutsideRange {
        event: String,
        field: &'static str,
        date: Date,
        expected: String,
    },
    MissingText {
        owner: String,
        field: String,
        lang: Lang,
    },
    NoQuote {
        event: String,
    },
    QuoteNotInSource {
        event: String,
        field: String,
        source: String,
        file: String,
    },
    SourceTextMissing {
        source: String,
        file: String,
    },
    BadUrl {
        owner: String,
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

/// The longest quote, in characters, from a source that may only be quoted in short excerpts.
pub const MAX_EXCERPT_CHARS: usize = 250;

impl DataError {
    /// The event (or source) id the problem belongs to, when there is one.
    pub fn owner(&self) -> Option<&str> {
        match self {
            DataError::Syntax { .. } => None,
            DataError::Field { owner, .. } => Some(owner),
            DataError::DuplicateId { id, .. } | DataError::BadId { id } => Some(id),
            DataError::UnknownSource { event, .. }
            | DataError::UnknownActor { event, .. }
            | DataError::OutOfOrder { event, .. }
            | DataError::DateOutsideRange { event, .. }
            | DataError::NoQuote { event }
            | DataError::QuoteNotInSource { event, .. }
            | DataError::QuoteTooLong { event, .. } => Some(event),
            DataError::MissingText { owner, .. } | DataError::BadUrl { owner, .. } => Some(owner),
            DataError::SourceTextMissing { source, .. } => Some(source),
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
            DataError::DuplicateId { kind, id } => {
                write!(f, "{kind} `{id}`, field `id`: the id is used more than once")
            }
            DataError::BadId { id } => write!(
                f,
                "event `{id}`, field `id`: use only lowercase letters a-z, digits and hyphens"
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
                event,
                field,
                date,
                expected,
            } => write!(f, "event `{event}`, field `{field}`: {date} is outside {expected}"),
            DataError::MissingText { owner, field, lang } => write!(
                f,
                "`{owner}`, field `{field}.{}`: the text is empty",
                lang.code()
            ),
            DataError::NoQuote { event } => write!(
                f,
                "event `{event}`, field `quotes`: every event needs at least one quote from a source"
            ),
            DataError::QuoteNotInSource {
                event,
                field,
                source,
                file,
            } => write!(
                f,
                "event `{event}`, field `{field}`: the quote is not found verbatim in source `{source}` ({file}); copy it character for character (’ « » and no-break spaces included)"
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
                "`{owner}`, field `{field}`: « {url} » is not an https: or http: address"
            ),
        }
    }
}

/// Ids appear in URLs (`#id`), so they stay plain.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// A link a reader may follow: absolute http(s) with a host, nothing that could run code.
pub fn is_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty()
                && !url.chars().any(|c| {
                    c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>'
                })
        }
        None => false,
    }
}

fn check_text(errors: &mut Vec<DataError>, owner: &str, field: &str, text: &Localized) {
    for lang in [Lang::Fr, Lang::En] {
        if text.get(lang).trim().is_empty() {
            errors.push(DataError::MissingText {
                owner: owner.to_owned(),
                field: field.to_owned(),
                lang,
            });
        }
    }
}

fn check_event_date(errors: &mut Vec<DataError>, timeline: &Timeline, event: &Event) {
    let date = &event.date;
    let window = timeline.window;
    let id = &event.id;
    let mut outside = |field: &'static str, day: Date, expected: String| {
        errors.push(DataError::DateOutsideRange {
            event: id.clone(),
            field,
            date: day,
            expected,
        })
    };
    let last = date.last();
    if last < date.from {
        outside(
            "date.to",
            last,
            format!("its range, which starts on {}", date.from),
        );
    }
    match date.precision {
        Precision::Day if last != date.from => outside(
            "date.to",
            last,
            format!("a one-day date ({}); use precision \"range\"", date.from),
        ),
        Precision::Week if date.from.days_until(last) > 6 => outside(
            "date.to",
            last,
            format!("the week that starts on {} (seven days at most)", date.from),
        ),
        _ => {}
    }
    if event.context {
        if date.from >= window.start {
            outside(
                "date.from",
                date.from,
                format!("the context before the window (before {})", window.start),
            );
        }
    } else {
        let expected = format!("the window {} to {}", window.start, window.end);
        if date.from < window.start || date.from > window.end {
            outside("date.from", date.from, expected.clone());
        }
        if date.to.is_some() && last > window.end {
            outside("date.to", last, expected);
        }
    }
}

/// Checks every rule that needs only the file itself.
pub fn validate(timeline: &Timeline) -> Vec<DataError> {
    let mut errors = Vec::new();
    check_text(&mut errors, "timeline", "title", &timeline.title);
    check_text(&mut errors, "timeline", "intro", &timeline.intro);
    if timeline.window.end < timeline.window.start {
        errors.push(DataError::DateOutsideRange {
            event: "window".into(),
            field: "window.end",
            date: timeline.window.end,
            expected: format!("the days after window.start ({})", timeline.window.start),
        });
    }

    let mut seen = HashSet::new();
    for actor in &timeline.actors {
        if !seen.insert(actor.id.as_str()) {
            errors.push(DataError::DuplicateId {
                kind: "actor",
                id: actor.id.clone(),
            });
        }
        check_text(&mut errors, &actor.id, "name", &actor.name);
    }
    let mut seen = HashSet::new();
    for source in &timeline.sources {
        if !seen.insert(source.id.as_str()) {
            errors.push(DataError::DuplicateId {
                kind: "source",
                id: source.id.clone(),
            });
        }
        check_text(&mut errors, &source.id, "outlet", &source.outlet);
        check_text(
            &mut errors,
            &source.id,
            "published_label",
            &source.published_label,
        );
        if let Some(url) = &source.url {
            if !is_web_url(url) {
                errors.push(DataError::BadUrl {
                    owner: source.id.clone(),
                    field: "url".into(),
                    url: url.clone(),
                });
            }
        }
    }

    let mut seen = HashSet::new();
    let mut previous: Option<&Event> = None;
    for event in &timeline.events {
        let id = &event.id;
        if !is_valid_id(id) {
            errors.push(DataError::BadId { id: id.clone() });
        }
        if !seen.insert(id.as_str()) {
            errors.push(DataError::DuplicateId {
                kind: "event",
                id: id.clone(),
            });
        }
        if let Some(before) = previous {
            let key = |e: &Event| (!e.context, e.date.from, e.date.last());
            if key(event) < key(before) {
                errors.push(DataError::OutOfOrder {
                    event: id.clone(),
                    previous: before.id.clone(),
                });
            }
        }
        previous = Some(event);
        check_event_date(&mut errors, timeline, event);
        check_text(&mut errors, id, "headline", &event.headline);
        check_text(&mut errors, id, "summary", &event.summary);
        check_text(&mut errors, id, "date.reasoning", &event.date.reasoning);
        for (i, note) in event.notes.iter().enumerate() {
            check_text(&mut errors, id, &format!("notes[{i}]"), note);
        }
        for (i, actor) in event.actors.iter().enumerate() {
            if timeline.actor(actor).is_none() {
                errors.push(DataError::UnknownActor {
                    event: id.clone(),
                    field: format!("actors[{i}]"),
                    actor: actor.clone(),
                });
            }
        }
        if event.quotes.is_empty() {
            errors.push(DataError::NoQuote { event: id.clone() });
        }
        for (i, quote) in event.quotes.iter().enumerate() {
            match timeline.source(&quote.source) {
                None => errors.push(DataError::UnknownSource {
                    event: id.clone(),
                    field: format!("quotes[{i}].source"),
                    source: quote.source.clone(),
                }),
                Some(source) if source.excerpts_only => {
                    let chars = quote.text.chars().count();
                    if chars > MAX_EXCERPT_CHARS {
                        errors.push(DataError::QuoteTooLong {
                            event: id.clone(),
                            field: format!("quotes[{i}].text"),
                            source: source.id.clone(),
                            chars,
                        });
                    }
                }
                Some(_) => {}
            }
            if quote.text.trim().is_empty() {
                errors.push(DataError::MissingText {
                    owner: id.clone(),
                    field: format!("quotes[{i}].text"),
                    lang: Lang::Fr,
                });
            }
        }
    }
    errors
}

/// Checks that every quote is a byte-exact substring of its archived source text.
/// `source_text` returns the text of a source file by its name, or `None` when absent.
pub fn check_quotes<'a>(
    timeline: &Timeline,
    source_text: impl Fn(&str) -> Option<&'a str>,
) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut missing = HashSet::new();
    for event in &timeline.events {
        for (i, quote) in event.quotes.iter().enumerate() {
            let Some(source) = timeline.source(&quote.source) else {
                continue;
            };
            match source_text(&source.file) {
                Some(text) if text.contains(quote.text.as_str()) && !quote.text.is_empty() => {}
                Some(_) => errors.push(DataError::QuoteNotInSource {
                    event: event.id.clone(),
                    field: format!("quotes[{i}].text"),
                    source: source.id.clone(),
                    file: source.file.clone(),
                }),
                None => {
                    if missing.insert(source.id.as_str()) {
                        errors.push(DataError::SourceTextMissing {
                            source: source.id.clone(),
                            file: source.file.clone(),
                        });
                    }
                }
            }
        }
    }
    errors
}

/// Reads the file: either the timeline, or every problem found in it.
pub fn parse(json: &str) -> Result<Timeline, Vec<DataError>> {
    let timeline = read(json).map_err(|error| vec![error])?;
    let errors = validate(&timeline);
    if errors.is_empty() {
        Ok(timeline)
    } else {
        Err(errors)
    }
}

/// Reads the file's shape only, leaving the rules to [`validate`].
pub fn read(json: &str) -> Result<Timeline, DataError> {
    serde_json::from_str(json).map_err(|error| super::check::syntax_error(&error))
}
