use super::messages::SYNTAX;
use super::*;
use crate::{check, Date};
use std::collections::HashSet;

fn date(text: &str) -> Date {
    Date::parse(text).expect("test date")
}

fn field(owner: Owner, field: &str, message: &str) -> DataError {
    DataError::Field {
        owner,
        field: field.into(),
        message: message.into(),
    }
}

fn outside(field: &'static str, day: &str, expected: Expected) -> DataError {
    DataError::DateOutsideRange {
        owner: Owner::Event("appel-revele".into()),
        field,
        date: date(day),
        expected,
    }
}

/// One problem of each kind, with two things its French text must keep: the id and the
/// field, or the line and the column.
fn samples() -> Vec<(DataError, [&'static str; 2])> {
    let from = date("2021-07-22");
    let start = date("2021-07-20");
    vec![
        (
            DataError::Syntax {
                line: 11,
                column: 14,
                message: "key must be a string".into(),
            },
            ["ligne 11", "colonne 14"],
        ),
        (
            field(
                Owner::Event("reponse-de-bennett".into()),
                "date.from",
                "« 2021-02-30 » does not exist in the calendar",
            ),
            ["`reponse-de-bennett`", "`date.from`"],
        ),
        (
            field(
                Owner::Event("licences-cyber".into()),
                "",
                "missing field `headline`",
            ),
            ["`licences-cyber`", "`headline`"],
        ),
        (
            DataError::DuplicateId {
                owner: Owner::Event("appel-macron-bennett".into()),
            },
            ["`appel-macron-bennett`", "`id`"],
        ),
        (
            DataError::BadId {
                owner: Owner::Actor("ong et médias".into()),
            },
            ["acteur `ong et médias`", "`id`"],
        ),
        (
            DataError::UnknownSource {
                event: "commission-israelienne".into(),
                field: "quotes[0].source".into(),
                source: "le-monde".into(),
            },
            ["`commission-israelienne`", "`quotes[0].source`"],
        ),
        (
            DataError::UnknownActor {
                event: "parly-annonce-ses-questions".into(),
                field: "actors[3]".into(),
                actor: "russie".into(),
            },
            ["`parly-annonce-ses-questions`", "`actors[3]`"],
        ),
        (
            DataError::OutOfOrder {
                event: "gantz-a-paris".into(),
                previous: "visite-des-locaux-de-nso".into(),
            },
            ["`gantz-a-paris`", "`date.from`"],
        ),
        (
            outside(
                "date.from",
                "2021-08-02",
                Expected::Window {
                    start,
                    end: date("2021-07-28"),
                },
            ),
            ["`appel-revele`", "`date.from`"],
        ),
        (
            outside("date.to", "2021-07-21", Expected::RangeFrom(from)),
            ["`appel-revele`", "`date.to`"],
        ),
        (
            outside("date.to", "2021-07-23", Expected::OneDay(from)),
            ["`appel-revele`", "`date.to`"],
        ),
        (
            outside("date.to", "2021-07-30", Expected::Week(from)),
            ["`appel-revele`", "`date.to`"],
        ),
        (
            outside("date.from", "2021-07-21", Expected::ContextBefore(start)),
            ["`appel-revele`", "`date.from`"],
        ),
        (
            DataError::DateOutsideRange {
                owner: Owner::Window,
                field: "window.end",
                date: date("2021-07-02"),
                expected: Expected::AfterWindowStart(start),
            },
            ["`window`", "`window.end`"],
        ),
        (
            DataError::WindowTooLong { days: 65_754 },
            ["`window`", "`window.end`"],
        ),
        (
            DataError::MissingText {
                owner: Owner::Event("reaction-elysee".into()),
                field: "summary".into(),
                lang: Some(Lang::En),
            },
            ["`reaction-elysee`", "`summary.en`"],
        ),
        (
            DataError::MissingText {
                owner: Owner::Event("reaction-elysee".into()),
                field: "quotes[0].text".into(),
                lang: None,
            },
            ["`reaction-elysee`", "`quotes[0].text`"],
        ),
        (
            DataError::NoQuote {
                event: "licences-cyber".into(),
            },
            ["`licences-cyber`", "`quotes`"],
        ),
        (
            DataError::QuoteNotInSource {
                event: "reaction-elysee".into(),
                quote: 0,
                source: "ledesk".into(),
                file: "001_63dc68f2ca8f1435.txt".into(),
            },
            ["`reaction-elysee`", "`quotes[0].text`"],
        ),
        (
            DataError::SourceTextMissing {
                source: "ledesk".into(),
                file: "001_63dc68f2ca8f1435.txt".into(),
            },
            ["source `ledesk`", "`file`"],
        ),
        (
            DataError::BadUrl {
                owner: Owner::Source("ledesk".into()),
                field: "url".into(),
                url: "javascript:alert(1)".into(),
            },
            ["`ledesk`", "`url`"],
        ),
        (
            DataError::QuoteTooLong {
                event: "reaction-elysee".into(),
                field: "quotes[1].text".into(),
                source: "lemonde".into(),
                chars: 312,
            },
            ["`reaction-elysee`", "`quotes[1].text`"],
        ),
    ]
}

/// Exhaustive, so that a new kind of problem cannot be added without a sample (and a
/// French text).
fn kind(error: &DataError) -> &'static str {
    match error {
        DataError::Syntax { .. } => "Syntax",
        DataError::Field { .. } => "Field",
        DataError::DuplicateId { .. } => "DuplicateId",
        DataError::BadId { .. } => "BadId",
        DataError::UnknownSource { .. } => "UnknownSource",
        DataError::UnknownActor { .. } => "UnknownActor",
        DataError::OutOfOrder { .. } => "OutOfOrder",
        DataError::DateOutsideRange { expected, .. } => match expected {
            Expected::Window { .. } => "Window",
            Expected::RangeFrom(_) => "RangeFrom",
            Expected::OneDay(_) => "OneDay",
            Expected::Week(_) => "Week",
            Expected::ContextBefore(_) => "ContextBefore",
            Expected::AfterWindowStart(_) => "AfterWindowStart",
        },
        DataError::WindowTooLong { .. } => "WindowTooLong",
        DataError::MissingText { .. } => "MissingText",
        DataError::NoQuote { .. } => "NoQuote",
        DataError::QuoteNotInSource { .. } => "QuoteNotInSource",
        DataError::SourceTextMissing { .. } => "SourceTextMissing",
        DataError::BadUrl { .. } => "BadUrl",
        DataError::QuoteTooLong { .. } => "QuoteTooLong",
    }
}

/// French typography, checked on text with no editor's words in it.
fn assert_french_spacing(text: &str) {
    for wrong in [" :", " ;", " ?", " !", " »", "« ", "'"] {
        assert!(!text.contains(wrong), "«{wrong}» in {text:?}");
    }
}

#[test]
fn every_kind_of_problem_has_a_french_text_naming_its_id_and_field() {
    let samples = samples();
    let kinds: HashSet<&str> = samples.iter().map(|(error, _)| kind(error)).collect();
    assert_eq!(kinds.len(), 20, "one sample of each kind: {kinds:?}");
    for (error, names) in &samples {
        let french = problem_text(Lang::Fr, error);
        assert_ne!(french, error.to_string());
        for name in names {
            assert!(french.contains(name), "{name} not in {french:?}");
        }
        assert!(!french.contains("field `"), "{french}");
        assert_french_spacing(&french);
    }
}

#[test]
fn english_is_the_checkers_own_text() {
    for (error, _) in samples() {
        assert_eq!(problem_text(Lang::En, &error), error.to_string());
    }
}

#[test]
fn french_reads_who_field_what_with_french_spacing() {
    let texts: Vec<String> = samples()
        .iter()
        .map(|(error, _)| problem_text(Lang::Fr, error))
        .collect();
    assert!(texts.contains(
        &"événement `appel-revele`, champ `date.from`\u{A0}: 2021-08-02 est hors de la \
          période du 2021-07-20 au 2021-07-28"
            .to_owned()
    ));
    assert!(texts.contains(
        &"`ledesk`, champ `url`\u{A0}: «\u{202F}javascript:alert(1)\u{202F}» n’est pas une \
          adresse https: ou http:"
            .to_owned()
    ));
    assert!(texts.contains(
        &"`window`, champ `window.end`\u{A0}: la période dure 65754\u{A0}jours\u{202F}; la \
          page en montre chaque jour, limitez-la à 1461\u{A0}jours"
            .to_owned()
    ));
    assert!(
        texts.contains(&"événement `licences-cyber`\u{A0}: champ `headline` manquant".to_owned())
    );
}

#[test]
fn serde_and_serde_json_messages_read_in_french() {
    let cases = [
        ("missing field `headline`", "champ `headline` manquant"),
        (
            "unknown field `sumary`, expected one of `id`, `summary`, `notes`",
            "champ `sumary` inconnu, attendu\u{A0}: `id`, `summary` ou `notes`",
        ),
        (
            "unknown field `sumary`, expected `fr` or `en`",
            "champ `sumary` inconnu, attendu\u{A0}: `fr` ou `en`",
        ),
        (
            "unknown field `x`, there are no fields",
            "champ `x` inconnu\u{A0}: cet objet n’a aucun champ",
        ),
        (
            "unknown variant `days`, expected one of `day`, `range`, `week`",
            "valeur `days` inconnue, attendu\u{A0}: `day`, `range` ou `week`",
        ),
        (
            "invalid type: string \"yes\", expected a boolean",
            "type incorrect\u{A0}: la chaîne \"yes\" là où il faut un booléen",
        ),
        (
            "invalid type: integer `1`, expected struct Localized",
            "type incorrect\u{A0}: l’entier `1` là où il faut un objet Localized",
        ),
        (
            "invalid type: null, expected a sequence",
            "type incorrect\u{A0}: null là où il faut une liste",
        ),
        (
            "invalid value: string \"x, expected y\", expected a string",
            "valeur incorrecte\u{A0}: la chaîne \"x, expected y\" là où il faut une chaîne",
        ),
        (
            "invalid length 1, expected struct Localized with 2 elements",
            "nombre d’éléments incorrect (1) là où il faut un objet Localized (2\u{A0}éléments)",
        ),
        (
            "« 2021-02-30 » does not exist in the calendar",
            "«\u{202F}2021-02-30\u{202F}» n’existe pas dans le calendrier",
        ),
        (
            "« 2021-7-20 » is not a date in the form YYYY-MM-DD",
            "«\u{202F}2021-7-20\u{202F}» n’est pas une date de la forme AAAA-MM-JJ",
        ),
        ("expected `,` or `}`", "`,` ou `}` attendu"),
        (
            "EOF while parsing an object",
            "le fichier s’arrête dans un objet (`}` manquant)",
        ),
    ];
    for (english, french) in cases {
        assert_eq!(message_fr(english), french);
    }
    for (english, french) in SYNTAX {
        assert_ne!(english, french);
        assert_french_spacing(french);
    }
}

#[test]
fn a_message_of_unknown_shape_stays_in_english_whole() {
    for message in [
        "",
        "something serde will say one day",
        "invalid type: byte array, expected a string",
        "invalid type: integer `1`, expected u32",
        "invalid type: integer `1`",
        "invalid length 3",
        "unknown field `",
        "unknown variant `x`",
        "missing field `",
        "« ",
        "« »",
    ] {
        assert_eq!(message_fr(message), message);
    }
    assert_eq!(
        problem_text(
            Lang::Fr,
            &field(
                Owner::Entry {
                    list: "events",
                    index: 3
                },
                "date",
                "a new message"
            )
        ),
        "events[3], champ `date`\u{A0}: a new message"
    );
    assert_eq!(
        problem_text(Lang::Fr, &field(Owner::File, "", "a new message")),
        "le fichier\u{A0}: a new message"
    );
}

#[test]
fn every_mistake_of_the_invalid_fixture_reads_in_french() {
    let json = include_str!("../../../../tests/fixtures/invalid/many-mistakes.json");
    let sources = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/sources");
    let texts = crate::source_texts::SourceTexts::read(std::path::Path::new(sources));
    let errors = check(json, |name| texts.get(name));
    assert_eq!(errors.len(), 12, "{errors:?}");
    for error in &errors {
        let french = problem_text(Lang::Fr, error);
        assert!(!french.trim().is_empty());
        assert_ne!(french, error.to_string());
        for english in [
            "event `",
            "field `",
            "does not exist",
            "unknown field",
            "missing field",
            "expected",
            "is outside",
            "the text is empty",
            "verbatim",
        ] {
            assert!(!french.contains(english), "«{english}» in {french:?}");
        }
    }

    let json = include_str!("../../../../tests/fixtures/invalid/syntax-error.json");
    let errors = check(json, |_| None);
    let french: Vec<String> = errors.iter().map(|e| problem_text(Lang::Fr, e)).collect();
    assert_eq!(
        french,
        ["ligne 11, colonne 14\u{A0}: une clé doit être une chaîne entre guillemets droits"]
    );
}
