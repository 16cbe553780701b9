//! The editors' check: every problem in a data file at once. Where serde would stop at the
//! first wrong field, each actor, source and event is read on its own, so one typo does not
//! hide the others.

use super::error::{DataError, Owner};
use super::parse::syntax_error;
use super::timeline::{Actor, Event, Source, Timeline};
use super::validate::{check_quotes, validate};
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
    /// The file's timeline without the actors, sources and events that cannot be read;
    /// `None` when the file itself cannot be (not JSON, or a top-level field missing or
    /// wrong).
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
                problems: vec![syntax_error(json, &error)],
                timeline: None,
            }
        }
    };
    let mut problems = Vec::new();
    // Each entry of the three lists is read on its own: an unreadable one is reported and
    // left out, and the rest is still checked and drawn.
    keep_readable::<Actor>(&mut value, "actors", Owner::Actor, &mut problems);
    keep_readable::<Source>(&mut value, "sources", Owner::Source, &mut problems);
    keep_readable::<Event>(&mut value, "events", Owner::Event, &mut problems);
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
                Owner::File,
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

/// Leaves in `value[list]` only the entries that read as a `T`, reporting the others by
/// their id (or their place in the list).
fn keep_readable<T: serde::de::DeserializeOwned>(
    value: &mut Value,
    list: &'static str,
    owner_of: fn(String) -> Owner,
    problems: &mut Vec<DataError>,
) {
    let Some(entries) = value.get_mut(list).and_then(Value::as_array_mut) else {
        return;
    };
    let mut readable = Vec::with_capacity(entries.len());
    for (index, entry) in entries.drain(..).enumerate() {
        match serde_path_to_error::deserialize::<_, T>(&entry) {
            Ok(_) => readable.push(entry),
            Err(error) => {
                let owner = entry
                    .get("id")
                    .and_then(Value::as_str)
                    .map(|id| owner_of(id.to_owned()))
                    .unwrap_or(Owner::Entry { list, index });
                problems.push(field_error(owner, error.path().to_string(), error.inner()));
            }
        }
    }
    *entries = readable;
}

fn field_error(owner: Owner, field: String, error: &serde_json::Error) -> DataError {
    let message = error.to_string();
    DataError::Field {
        owner,
        field: if field == "." { String::new() } else { field },
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_source_is_reported_and_the_rest_still_checked_and_drawn() {
        let json = crate::SHIPPED_JSON.replacen("\"excerpts_only\"", "\"excerpt_only\"", 1);
        assert_ne!(json, crate::SHIPPED_JSON);
        let inspection = inspect(&json, None);
        let timeline = inspection.timeline.expect("still drawable");
        assert_eq!(timeline.events.len(), 17);
        assert!(matches!(
            &inspection.problems[0],
            DataError::Field { owner: Owner::Source(_), field, .. } if field == "excerpt_only"
        ));
        // The events quoting the left-out source are told so, one by one.
        assert!(inspection
            .problems
            .iter()
            .any(|p| matches!(p, DataError::UnknownSource { .. })));
    }

    #[test]
    fn a_syntax_errors_column_counts_characters_not_bytes() {
        let json = "{\n  \"title\": \"Élysée\" x\n}";
        let problems = check(json, |_| None);
        assert!(
            matches!(
                problems[..],
                [DataError::Syntax {
                    line: 2,
                    column: 21,
                    ..
                }]
            ),
            "{problems:?}"
        );
    }
}
