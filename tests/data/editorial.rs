//! Editor's notes reach the prerendered page, on the event they qualify, in French and in
//! English. Only the crate's narrowest entry points are used here (the data as compiled
//! in, `model::read` and `prerender::render_body`), so the view can change around them.

use pegasus_model::{read, Event, Lang, Precision, Timeline};
use pegasus_site::prerender::render_body;
use std::sync::Arc;

const PARLY_QUESTION: &str = "parly-annonce-ses-questions";

/// Text as it reads on the page: French typesetting's no-break spaces are plain spaces.
fn plain(text: &str) -> String {
    text.replace(['\u{A0}', '\u{202F}'], " ")
}

/// Data text as it appears in the page's markup, where text is escaped.
fn as_markup(text: &str) -> String {
    plain(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One event's markup on a prerendered page (reader's or embedded), from its `id` to the
/// end of its `<article>`.
fn event_markup(lang: Lang, embedded: bool, id: &str) -> String {
    let timeline = Arc::new(read(pegasus_timeline::TIMELINE_JSON).expect("the shipped data"));
    let body = render_body(lang, embedded, &timeline, &[]);
    let start = body
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no event {id} on the {lang:?} page (embedded: {embedded})"));
    let end = body[start..]
        .find("</article>")
        .unwrap_or_else(|| panic!("the {lang:?} card of {id} never closes"));
    plain(&body[start..start + end])
}

#[test]
fn parlys_question_shows_its_editors_note_on_its_own_card_in_french_and_english() {
    let timeline = read(pegasus_timeline::TIMELINE_JSON).expect("the shipped data");
    let event = timeline
        .events
        .iter()
        .find(|e| e.id == PARLY_QUESTION)
        .unwrap_or_else(|| panic!("event {PARLY_QUESTION}"));
    let note = event
        .notes
        .iter()
        .find(|note| note.fr.contains("Reuters") && note.en.contains("Reuters"))
        .unwrap_or_else(|| panic!("{PARLY_QUESTION} has no note naming Reuters"));
    for embedded in [false, true] {
        for (lang, text) in [(Lang::Fr, &note.fr), (Lang::En, &note.en)] {
            let card = event_markup(lang, embedded, PARLY_QUESTION);
            assert!(
                card.contains(&as_markup(text)),
                "the {lang:?} card (embedded: {embedded}) lacks the note {text:?}:\n{card}"
            );
        }
    }
}

#[test]
fn parlys_question_says_on_its_card_that_the_attribution_is_disputed() {
    for (lang, words) in [
        (Lang::Fr, "L’attribution de ces mots est contestée"),
        (Lang::En, "The attribution of these words is disputed"),
    ] {
        let card = event_markup(lang, false, PARLY_QUESTION);
        assert!(
            card.contains(words),
            "the {lang:?} card does not say {words:?}:\n{card}"
        );
    }
}

fn parly_question(timeline: &Timeline) -> &Event {
    timeline
        .events
        .iter()
        .find(|e| e.id == PARLY_QUESTION)
        .unwrap_or_else(|| panic!("event {PARLY_QUESTION}"))
}

#[test]
fn parlys_question_has_an_editors_note_naming_the_other_attributions_in_both_languages() {
    let timeline = read(pegasus_timeline::TIMELINE_JSON).expect("the data file");
    let event = parly_question(&timeline);
    let note = event
        .notes
        .iter()
        .find(|note| note.fr.contains("Reuters"))
        .unwrap_or_else(|| {
            panic!(
                "{PARLY_QUESTION} has no note naming Reuters: {:?}",
                event.notes
            )
        });
    for (lang, text, days) in [
        ("fr", &note.fr, ["mardi 27 juillet", "mercredi 28 juillet"]),
        ("en", &note.en, ["Tuesday 27 July", "Wednesday 28 July"]),
    ] {
        for named in [
            "AFP",
            "Le Desk",
            "Reuters",
            "Washington Post",
            "Gabriel Attal",
            "Jerusalem Post",
            days[0],
            days[1],
        ] {
            assert!(
                text.contains(named),
                "the {lang} note does not name {named}: {text}"
            );
        }
    }
}

#[test]
fn parlys_question_keeps_le_desks_day_and_its_reasoning_says_the_attribution_is_disputed() {
    let timeline = read(pegasus_timeline::TIMELINE_JSON).expect("the data file");
    let event = parly_question(&timeline);
    assert_eq!(event.date.precision, Precision::Day);
    assert_eq!(event.date.from.to_string(), "2021-07-27");
    assert!(
        event.quotes[0]
            .text
            .starts_with("Mardi, Parly avait laissé entendre"),
        "{:?}",
        event.quotes[0].text
    );
    let reasoning = &event.date.reasoning;
    assert!(
        reasoning
            .fr
            .contains("attribution de ces mots est contestée")
            && reasoning.fr.contains("Gabriel Attal"),
        "{}",
        reasoning.fr
    );
    assert!(
        reasoning
            .en
            .contains("attribution of these words is disputed")
            && reasoning.en.contains("Gabriel Attal"),
        "{}",
        reasoning.en
    );
}
