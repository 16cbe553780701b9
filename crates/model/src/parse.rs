//! Reading a data file: its shape through serde, and a syntax error said as editors count
//! lines and columns. The rules are `validate`'s; the whole check is `check`'s.

use super::error::DataError;
use super::timeline::Timeline;
use super::validate::validate;

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
    serde_json::from_str(json).map_err(|error| syntax_error(json, &error))
}

/// A syntax error, its line and column given apart from serde_json's message and the
/// column counted in characters, as editors count them (serde_json counts bytes: « é » is
/// two).
pub fn syntax_error(json: &str, error: &serde_json::Error) -> DataError {
    // serde_json appends " at line L column C".
    let message = error.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map(|(text, _)| text.to_owned())
        .unwrap_or(message);
    let line = error.line();
    let mut column = error.column();
    let text = line.checked_sub(1).and_then(|i| json.lines().nth(i));
    if let (Some(text), true) = (text, column > 0) {
        let bytes = (column - 1).min(text.len());
        // serde_json may stop inside a character: count the ones that begin before.
        column = text
            .char_indices()
            .take_while(|(start, _)| *start < bytes)
            .count()
            + 1;
    }
    DataError::Syntax {
        line,
        column,
        message,
    }
}
