//! The shipped `public/timeline.json` obeys every rule, and each rule catches the mistake
//! it is for, naming the event id and the field.

use pegasus_model::{
    check_quotes, parse, validate, DataError, Date, Owner, Precision, Timeline, MAX_EXCERPT_CHARS,
};
use std::collections::HashMap;
use std::path::Path;

fn fixtures() -> HashMap<String, String> {
    let dir = crate::support::sources_dir();
    std::fs::read_dir(&dir)
        .expect("tests/fixtures/sources exists")
        .map(|entry| {
            let path = entry.expect("readable entry").path();
            let name = path
                .file_name()
                .expect("file name")
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&path).expect("UTF-8 source text");
            (name, text)
        })
        .collect()
}

fn shipped() -> Timeline {
    match parse(pegasus_timeline::TIMELINE_JSON) {
        Ok(timeline) => timeline,
        Err(errors) => panic!("{}", report(&errors)),
    }
}

fn report(errors: &[DataError]) -> String {
    errors.iter().map(|e| format!("\n  - {e}")).collect()
}

fn all_errors(timeline: &Timeline) -> Vec<DataError> {
    let texts = fixtures();
    let mut errors = validate(timeline);
    errors.extend(check_quotes(timeline, |file| {
        texts.get(file).map(String::as_str)
    }));
    errors
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("test date")
}

/// The one error a corruption caused, as the editor would read it.
fn single_error(timeline: &Timeline) -> String {
    let errors = all_errors(timeline);
    assert_eq!(
        errors.len(),
        1,
        "expected one error, got:{}",
        report(&errors)
    );
    errors[0].to_string()
}

#[test]
fn the_shipped_timeline_has_no_error() {
    let errors = all_errors(&shipped());
    assert!(errors.is_empty(), "timeline.json:{}", report(&errors));
}

#[test]
fn every_quote_is_a_byte_exact_substring_of_its_archived_source() {
    let timeline = shipped();
    let texts = fixtures();
    for event in &timeline.events {
        for quote in &event.quotes {
            let source = timeline.source(&quote.source).expect("known source");
            let text = &texts[&source.file];
            assert!(
                text.as_bytes()
                    .windows(quote.text.len())
                    .any(|w| w == quote.text.as_bytes()),
                "{}: {:?}",
                event.id,
                quote.text
            );
        }
    }
}

#[test]
fn the_window_holds_at_least_ten_events_from_20_to_28_july() {
    let timeline = shipped();
    assert_eq!(timeline.window.start, date("2021-07-20"));
    assert_eq!(timeline.window.end, date("2021-07-28"));
    let in_window: Vec<_> = timeline.window_events().collect();
    assert!(in_window.len() >= 10, "{} events", in_window.len());
    assert_eq!(in_window[0].id, "reaction-elysee");
    assert_eq!(in_window[0].date.from, date("2021-07-20"));
    let last = in_window.last().expect("an event");
    assert_eq!(last.date.from, date("2021-07-28"));
}

#[test]
fn the_required_context_entries_come_before_the_window() {
    let timeline = shipped();
    let context: Vec<&str> = timeline.context_events().map(|e| e.id.as_str()).collect();
    for id in [
        "projet-pegasus",
        "liste-50000-numeros",
        "dementi-du-maroc",
        "gabriel-attal-19-juillet",
        "position-de-nso",
    ] {
        assert!(context.contains(&id), "missing context entry {id}");
    }
    assert!(timeline
        .context_events()
        .all(|e| e.date.last() < timeline.window.start));
}

#[test]
fn weekday_dates_resolve_from_the_article_date() {
    let timeline = shipped();
    let event = |id: &str| {
        timeline
            .events
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("event {id}"))
    };
    // Le Desk, Thursday 29 July 2021: « mercredi » is the 28th, « mardi » the 27th.
    assert_eq!(event("gantz-a-paris").date.from, date("2021-07-28"));
    assert_eq!(
        event("parly-annonce-ses-questions").date.from,
        date("2021-07-27")
    );
    // The dispatch's « jeudi » is the only Thursday of the week of 19–25 July.
    assert_eq!(event("conseil-de-defense").date.from, date("2021-07-22"));
    assert_eq!(
        date("2021-07-22").weekday(),
        pegasus_model::Weekday::Thursday
    );
    // Where Le Desk and the ministry disagree, the range says so.
    let visit = event("visite-des-locaux-de-nso");
    assert_eq!(visit.date.precision, Precision::Range);
    assert_eq!(
        (visit.date.from, visit.date.last()),
        (date("2021-07-27"), date("2021-07-28"))
    );
    for event in &timeline.events {
        assert!(!event.date.reasoning.fr.is_empty() && !event.date.reasoning.en.is_empty());
    }
}

/// Le Desk's « Mardi, Parly avait laissé entendre… » is attributed differently elsewhere.
#[test]
fn a_quote_changed_by_one_character_is_reported_with_its_event_and_field() {
    let mut timeline = shipped();
    let event = &mut timeline.events[5];
    // Swap the typographic apostrophe for a straight one: invisible to the eye.
    event.quotes[0].text = event.quotes[0].text.replacen('’', "'", 1);
    let id = event.id.clone();
    let message = single_error(&timeline);
    assert!(message.contains(&format!("event `{id}`")), "{message}");
    assert!(message.contains("field `quotes[0].text`"), "{message}");
    assert!(message.contains("not found verbatim"), "{message}");
}

#[test]
fn a_quote_with_an_ordinary_space_for_a_no_break_space_is_reported() {
    let mut timeline = shipped();
    let event = timeline
        .events
        .iter_mut()
        .find(|e| e.quotes.iter().any(|q| q.text.contains('\u{A0}')))
        .expect("a quote with a no-break space");
    let index = event
        .quotes
        .iter()
        .position(|q| q.text.contains('\u{A0}'))
        .expect("index");
    event.quotes[index].text = event.quotes[index].text.replace('\u{A0}', " ");
    let message = single_error(&timeline);
    assert!(
        message.contains(&format!("field `quotes[{index}].text`")),
        "{message}"
    );
}

#[test]
fn an_unknown_source_id_is_reported() {
    let mut timeline = shipped();
    timeline.events[2].quotes[0].source = "le-monde".into();
    let id = timeline.events[2].id.clone();
    let message = single_error(&timeline);
    assert!(
        message.contains(&format!("event `{id}`, field `quotes[0].source`")),
        "{message}"
    );
    assert!(
        message.contains("unknown source id `le-monde`"),
        "{message}"
    );
}

#[test]
fn a_duplicate_id_is_reported() {
    let mut timeline = shipped();
    let copy = timeline.events[7].clone();
    timeline.events.insert(8, copy);
    let id = timeline.events[7].id.clone();
    let message = single_error(&timeline);
    assert!(
        message.contains(&format!("event `{id}`, field `id`")),
        "{message}"
    );
}

#[test]
fn events_out_of_order_are_reported() {
    let mut timeline = shipped();
    let last = timeline.events.len() - 1;
    timeline.events.swap(last, 6);
    let errors = validate(&timeline);
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, DataError::OutOfOrder { .. })
                && e.to_string().contains("field `date.from`")),
        "{}",
        report(&errors)
    );
}

#[test]
fn a_date_outside_the_window_is_reported() {
    let mut timeline = shipped();
    let index = timeline
        .events
        .iter()
        .position(|e| !e.context)
        .expect("window event");
    timeline.events[index].date.from = date("2021-07-19");
    let id = timeline.events[index].id.clone();
    let message = single_error(&timeline);
    assert!(
        message.contains(&format!("event `{id}`, field `date.from`")),
        "{message}"
    );
    assert!(message.contains("outside the window"), "{message}");
}

#[test]
fn a_week_longer_than_seven_days_and_a_one_day_date_with_an_end_are_reported() {
    let mut timeline = shipped();
    let week = timeline
        .events
        .iter()
        .position(|e| e.date.precision == Precision::Week)
        .expect("a week event");
    timeline.events[week].date.from = date("2021-07-20");
    timeline.events[week].date.to = Some(date("2021-07-28"));
    let message = single_error(&timeline);
    assert!(
        message.contains("field `date.to`") && message.contains("seven days"),
        "{message}"
    );

    let mut timeline = shipped();
    let day = timeline
        .events
        .iter()
        .rposition(|e| e.date.precision == Precision::Day)
        .expect("a day event");
    let from = timeline.events[day].date.from;
    timeline.events[day].date.to = Some(from.add_days(1).min(timeline.window.end));
    if timeline.events[day].date.to == Some(from) {
        timeline.events[day].date.to = Some(from.add_days(-1));
    }
    let errors = validate(&timeline);
    assert!(
        errors
            .iter()
            .any(|e| e.to_string().contains("field `date.to`")),
        "{}",
        report(&errors)
    );
}

#[test]
fn a_context_entry_inside_the_window_is_reported() {
    let mut timeline = shipped();
    let first = &mut timeline.events[0];
    assert!(first.context);
    first.date.from = date("2021-07-21");
    let errors = validate(&timeline);
    assert!(
        errors
            .iter()
            .any(|e| e.owner() == Owner::Event("projet-pegasus".into())
                && e.to_string().contains("field `date.from`")),
        "{}",
        report(&errors)
    );
}

#[test]
fn missing_french_or_english_text_is_reported() {
    let mut timeline = shipped();
    timeline.events[3].summary.en = "  ".into();
    timeline.events[4].headline.fr = String::new();
    let (a, b) = (timeline.events[3].id.clone(), timeline.events[4].id.clone());
    let errors: Vec<String> = all_errors(&timeline)
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&format!("`{a}`, field `summary.en`"))),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&format!("`{b}`, field `headline.fr`"))),
        "{errors:?}"
    );
}

#[test]
fn an_overlong_excerpt_is_reported() {
    let mut timeline = shipped();
    let index = timeline.events.len() - 1;
    let long = "x".repeat(MAX_EXCERPT_CHARS + 1);
    timeline.events[index].quotes[0].text = long;
    let errors = validate(&timeline);
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, DataError::QuoteTooLong { .. })),
        "{}",
        report(&errors)
    );
}

#[test]
fn unknown_fields_and_impossible_dates_stop_parsing_with_a_line_number() {
    let typo = pegasus_timeline::TIMELINE_JSON.replacen("\"summary\"", "\"sumary\"", 1);
    match parse(&typo) {
        Err(errors) => {
            let message = errors[0].to_string();
            assert!(message.starts_with("line "), "{message}");
            assert!(message.contains("sumary"), "{message}");
        }
        Ok(_) => panic!("a misspelt field must not pass"),
    }
    let impossible = pegasus_timeline::TIMELINE_JSON.replacen("2021-07-20", "2021-07-32", 1);
    assert!(matches!(parse(&impossible), Err(e) if e[0].to_string().contains("2021-07-32")));
}

#[test]
fn the_archived_sources_never_reach_the_public_folder() {
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("public");
    let texts = fixtures();
    for entry in std::fs::read_dir(&public).expect("public/") {
        let path = entry.expect("entry").path();
        let content = std::fs::read(&path).unwrap_or_default();
        for (name, text) in &texts {
            assert!(
                !content.windows(text.len()).any(|w| w == text.as_bytes()),
                "{} contains the whole of {name}",
                path.display()
            );
        }
    }
}
