//! The editors' check: every problem in a data file at once. Where serde would stop at the
//! first wrong field, each event is read on its own, so one typo does not hide the others.

use super::timeline::{Event, Timeline};
use super::validate::{check_quotes, validate, DataError};
use serde_json::Value;

/// Everything wrong with `json`, checked against the archived source texts that
/// `source_text` returns by file name. Empty when the file is good.
pub fn check<'a>(json: &str, source_text: impl Fn(&str) -> Option<&'a str>) -> Vec<DataError> {
    inspect(json, Some(&source_text)).problems
}

/// What the editors' preview needs from a file: its problems, and as much of the
/// timeline as can be drawn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inspection {
    pub problems: Vec<DataError>,
    /// The file's timeline without the events that cannot be read; `None` when the file
    /// itself cannot be (not JSON, or a top-level field missing or wrong).
    pub timeline: Option<Timeline>,
}

/// The archived text of a source file, by its name.
pub type SourceTextLookup<'f, 'a> = &'f dyn Fn(&str) -> Option<&'a str>;

/// Like [`check`], keeping the readable part of the timeline. Without `source_text`
/// (the preview before the editor adds the archived texts) quotes are not checked.
pub fn inspect<'a>(json: &str, source_text: Option<SourceTextLookup<'_, 'a>>) -> Inspection {
    let mut value: Value = match serde_json::from_str(json) {
        Ok(value) => value,
        Err(error) => {
            return Inspection {
                problems: vec![syntax_error(&error)],
                timeline: None,
            }
        }
    };
    let mut problems = Vec::new();
    if let Some(events) = value.get_mut("events").and_then(Value::as_array_mut) {
        let mut readable = Vec::with_capacity(events.len());
        for (index, event) in events.drain(..).enumerate() {
            match serde_path_to_error::deserialize::<_, Event>(&event) {
                Ok(_) => readable.push(event),
                Err(error) => {
                    let owner = event
                        .get("id")
                        .and_then(Value::as_str)
                        .map(|id| format!("event `{id}`"))
                        .unwrap_or_else(|| format!("events[{index}]"));
                    problems.push(field_error(owner, error.path().to_string(), error.inner()));
                }
            }
        }
        *events = readable;
    }
    match serde_path_to_error::deserialize::<_, Timeline>(&value) {
        Ok(timeline) => {
            problems.extend(validate(&timeline));
            if let Some(source_text) = source_text {
                problems.extend(check_quotes(&timeline, source_text));
            }
            Inspection {
                problems,
                timeline: Some(timeline),
            }
        }
        Err(error) => {
            problems.push(field_error(
                "the file".into(),
                error.path().to_string(),
                error.inner(),
            ));
            Inspection {
                problems,
                timeline: None,
            }
        }
    }
}

pub fn syntax_error(error: &serde_json::Error) -> DataError {
    // serde_json appends " at line L column C"; the line and column are given apart.
    let message = error.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map(|(text, _)| text.to_owned())
        .unwrap_or(message);
    DataError::Syntax {
        line: error.line(),
        column: error.column(),
        message,
    }
}

fn field_error(owner: String, field: String, error: &serde_json::Error) -> DataError {
    let message = error.to_string();
    DataError::Field {
        owner,
        field: if field == "." { String::new() } else { field },
        message,
    }
}
