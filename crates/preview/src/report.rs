//! What the preview says about a file: the problems as the editor reads them (in the
//! page's language, linked to the event they concern when it is drawn) and the timeline
//! as far as it can be drawn.

use crate::model::editing::{first_difference, Difference};
use crate::model::{inspect, DataError, Lang, Outline, Timeline, MAX_WINDOW_DAYS};
use crate::strings::difference_text;
use std::collections::HashSet;

/// One line of the problem list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemLine {
    pub text: String,
    /// The drawn event the problem is about, for a link to it.
    pub event: Option<String>,
    /// For a syntax error: the line of the file it is on.
    pub excerpt: Option<String>,
    /// For a quote not found in its source: where it parts from it.
    pub detail: Option<String>,
}

/// The outcome of checking one input.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub problems: Vec<DataError>,
    /// The timeline as far as it can be drawn.
    pub timeline: Option<Timeline>,
    /// The ids of the events the page shows, in page order (see [`drawn_ids`]).
    pub drawn: Vec<String>,
    /// The quotes were compared with the archived texts.
    pub quotes_checked: bool,
    /// For each listed problem (the first [`MAX_LISTED`]), in the same order: where a quote
    /// not found in its source parts from the text; `None` for any other problem.
    pub near_misses: Vec<Option<NearMiss>>,
}

/// Where a quote typed by hand parts from its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NearMiss {
    pub difference: Difference,
    /// The last characters the quote and the source share before they differ.
    pub matched_tail: String,
}

/// Checks `json` with the build's own rules; quotes only when `source_texts` has any.
pub fn report(json: &str, source_texts: &[(String, String)]) -> Report {
    let source_text = |name: &str| {
        source_texts
            .iter()
            .find(|(file, _)| file == name)
            .map(|(_, text)| text.as_str())
    };
    let quotes_checked = !source_texts.is_empty();
    let inspection = inspect(
        json,
        quotes_checked.then_some(&source_text as &dyn Fn(&str) -> _),
    );
    let near_misses = inspection
        .timeline
        .as_ref()
        .map(|timeline| near_misses(&inspection.problems, timeline, &source_text))
        .unwrap_or_default();
    let timeline = inspection.timeline.map(drawable);
    let drawn = timeline
        .as_ref()
        .map(|timeline| drawn_ids(timeline).into_iter().map(str::to_owned).collect())
        .unwrap_or_default();
    Report {
        problems: inspection.problems,
        timeline,
        drawn,
        quotes_checked,
        near_misses,
    }
}

/// Where each listed quote that is not verbatim in its source first differs from it. Only
/// the listed problems: each search reads its source text several times over.
fn near_misses<'a>(
    problems: &[DataError],
    timeline: &Timeline,
    source_text: &impl Fn(&str) -> Option<&'a str>,
) -> Vec<Option<NearMiss>> {
    problems
        .iter()
        .take(MAX_LISTED)
        .map(|problem| {
            let DataError::QuoteNotInSource {
                event, quote, file, ..
            } = problem
            else {
                return None;
            };
            let quote = &timeline
                .events
                .iter()
                .find(|e| &e.id == event)?
                .quotes
                .get(*quote)?
                .text;
            near_miss(quote, source_text(file)?)
        })
        .collect()
}

/// Where `quote` parts from `source`, with the end of what they share; `None` when the
/// quote is in it as it is.
pub fn near_miss(quote: &str, source: &str) -> Option<NearMiss> {
    let difference = first_difference(quote, source)?;
    const TAIL_CHARS: usize = 24;
    let matched: Vec<char> = quote.chars().take(difference.matching_chars).collect();
    let matched_tail = matched[matched.len().saturating_sub(TAIL_CHARS)..]
        .iter()
        .collect();
    Some(NearMiss {
        difference,
        matched_tail,
    })
}

/// The timeline with its window cut to the longest the check allows (it reports a longer
/// one): the page lists every day of it, and a typo in `window.end` (2201 for 2021) must
/// not make the browser lay out 65,000 empty days.
fn drawable(mut timeline: Timeline) -> Timeline {
    let window = &mut timeline.window;
    if window.start.days_until(window.end) >= MAX_WINDOW_DAYS {
        window.end = window.start.add_days(MAX_WINDOW_DAYS - 1);
    }
    timeline
}

/// The ids of the events the page shows, in the page's own reading order (the outline the
/// readers' `App` is drawn from): the context, and the events of the window's days (one
/// dated outside the window is in the file, but on no day of the page).
fn drawn_ids(timeline: &Timeline) -> Vec<&str> {
    Outline::of(timeline)
        .reading_order()
        .filter_map(|index| timeline.events.get(index))
        .map(|event| event.id.as_str())
        .collect()
}

/// How many problems the page lists: enough for any real edit; a file of a million broken
/// events must not make a million list items.
pub const MAX_LISTED: usize = 200;

/// The problem list, in `lang`: the first [`MAX_LISTED`].
pub fn problem_lines(lang: Lang, report: &Report, json: &str) -> Vec<ProblemLine> {
    let drawn: HashSet<&str> = report.drawn.iter().map(String::as_str).collect();
    report
        .problems
        .iter()
        .take(MAX_LISTED)
        .enumerate()
        .map(|(place, problem)| ProblemLine {
            text: pegasus_model::problem_text(lang, problem),
            detail: report
                .near_misses
                .get(place)
                .and_then(Option::as_ref)
                .map(|miss| difference_text(lang, &miss.difference, &miss.matched_tail)),
            event: problem
                .owner()
                .event()
                .filter(|id| drawn.contains(id))
                .map(str::to_owned),
            excerpt: match problem {
                DataError::Syntax { line, .. } => line_of(json, *line),
                _ => None,
            },
        })
        .collect()
}

/// Line `number` (from 1) of `text`, cut to a readable length.
fn line_of(text: &str, number: usize) -> Option<String> {
    const MAX_CHARS: usize = 160;
    let line = text.lines().nth(number.checked_sub(1)?)?;
    let cut: String = line.chars().take(MAX_CHARS).collect();
    Some(if cut.len() < line.len() {
        format!("{cut}…")
    } else {
        cut
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use pegasus_model::source_texts::SourceTexts;
    use std::path::Path;

    fn fixture(name: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures")
            .join(name);
        std::fs::read_to_string(path).expect("fixture")
    }

    fn archived_texts() -> Vec<(String, String)> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/sources");
        let texts = SourceTexts::read(&dir);
        ["000_e36350f09d85de25.txt", "001_63dc68f2ca8f1435.txt"]
            .iter()
            .filter_map(|name| Some((name.to_string(), texts.get(name)?.to_owned())))
            .collect()
    }

    #[test]
    fn with_the_archived_texts_the_preview_lists_what_check_timeline_prints() {
        let json = fixture("invalid/many-mistakes.json");
        let texts = archived_texts();
        assert_eq!(texts.len(), 2);
        let checked = report(&json, &texts);
        assert!(checked.quotes_checked);
        let expected = crate::model::check(&json, |name| {
            texts
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, t)| t.as_str())
        });
        assert_eq!(checked.problems, expected);
        // Without them, every other problem, and the quotes said to be unchecked.
        let unchecked = report(&json, &[]);
        assert!(!unchecked.quotes_checked);
        assert_eq!(unchecked.problems.len(), expected.len() - 1);
    }

    #[test]
    fn problems_link_to_the_events_that_are_drawn_only() {
        let json = fixture("invalid/many-mistakes.json");
        let checked = report(&json, &[]);
        let lines = problem_lines(Lang::En, &checked, &json);
        let linked: Vec<_> = lines.iter().filter_map(|l| l.event.as_deref()).collect();
        // Dated outside the window: on no day of the page, so not linked.
        assert!(!linked.contains(&"appel-revele"), "{linked:?}");
        assert!(linked.contains(&"gantz-a-paris"), "{linked:?}");
        // `licences-cyber` lacks its headline: not drawn, so not linked.
        let unreadable = lines
            .iter()
            .find(|l| l.text.contains("licences-cyber"))
            .expect("listed");
        assert_eq!(unreadable.event, None);
        let timeline = checked.timeline.expect("drawable");
        assert!(timeline.events.iter().all(|e| e.id != "licences-cyber"));
    }

    #[test]
    fn a_syntax_error_names_its_line_and_shows_it() {
        let json = fixture("invalid/syntax-error.json");
        let checked = report(&json, &[]);
        assert_eq!(checked.timeline, None);
        let lines = problem_lines(Lang::En, &checked, &json);
        assert_eq!(lines.len(), 1);
        assert!(
            lines[0].text.starts_with("line 11, column 14"),
            "{}",
            lines[0].text
        );
        assert!(lines[0].excerpt.is_some());
    }

    #[test]
    fn hostile_nesting_and_a_far_window_end_are_reported_not_drawn_to_death() {
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let checked = report(&deep, &[]);
        assert_eq!(checked.timeline, None);
        assert!(matches!(checked.problems[..], [DataError::Syntax { .. }]));
        let json = pegasus_timeline::TIMELINE_JSON.replacen(
            "\"end\": \"2021-07-28\"",
            "\"end\": \"2201-07-28\"",
            1,
        );
        assert_ne!(json, pegasus_timeline::TIMELINE_JSON);
        let timeline = report(&json, &[]).timeline.expect("drawable");
        assert!(timeline.days().len() as i64 <= MAX_WINDOW_DAYS);
    }
}
