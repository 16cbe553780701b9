//! The data file's problems in the page's language, for the editors' preview. English is
//! the checker's own text; French rewords each problem, and the messages serde and
//! serde_json write in English are translated by their known shapes. A message of an
//! unknown shape stays in English, whole, so that nothing an editor needs is lost.

use crate::{DataError, Expected, Lang, Owner, MAX_EXCERPT_CHARS, MAX_WINDOW_DAYS};
use messages::message_fr;

mod messages;

/// Before « : », and between a number and its unit.
const NBSP: char = '\u{A0}';
/// Before « ; ? ! » and inside guillemets.
const NNBSP: char = '\u{202F}';

/// One problem as the editors' preview lists it in `lang`.
pub fn problem_text(lang: Lang, error: &DataError) -> String {
    match lang {
        Lang::En => error.to_string(),
        Lang::Fr => french(error),
    }
}

/// « who, champ `field` : what », the shape of every English message too.
fn at(who: &str, field: &str, what: &str) -> String {
    format!("{who}, champ `{field}`{NBSP}: {what}")
}

fn event(id: &str) -> String {
    format!("événement `{id}`")
}

fn quoted(text: &str) -> String {
    format!("«{NNBSP}{text}{NNBSP}»")
}

fn french(error: &DataError) -> String {
    match error {
        DataError::Syntax {
            line,
            column,
            message,
        } => format!(
            "ligne {line}, colonne {column}{NBSP}: {}",
            message_fr(message)
        ),
        DataError::Field {
            owner,
            field,
            message,
        } if field.is_empty() => format!("{}{NBSP}: {}", owner_fr(owner), message_fr(message)),
        DataError::Field {
            owner,
            field,
            message,
        } => at(&owner_fr(owner), field, &message_fr(message)),
        DataError::DuplicateId { owner } => at(
            &owner_fr(owner),
            "id",
            "l’identifiant est utilisé plus d’une fois",
        ),
        DataError::BadId { owner } => at(
            &owner_fr(owner),
            "id",
            "n’utilisez que des minuscules a-z, des chiffres et des traits d’union",
        ),
        DataError::UnknownSource {
            event: id,
            field,
            source,
        } => at(
            &event(id),
            field,
            &format!("source `{source}` inconnue (absente de `sources`)"),
        ),
        DataError::UnknownActor {
            event: id,
            field,
            actor,
        } => at(
            &event(id),
            field,
            &format!("acteur `{actor}` inconnu (absent de `actors`)"),
        ),
        DataError::OutOfOrder {
            event: id,
            previous,
        } => at(
            &event(id),
            "date.from",
            &format!(
                "il précède `{previous}` dans le temps mais le suit dans le fichier{NNBSP}; \
                 gardez les événements dans l’ordre chronologique"
            ),
        ),
        DataError::DateOutsideRange {
            owner,
            field,
            date,
            expected,
        } => at(
            &owner_fr(owner),
            field,
            &outside_fr(&date.to_string(), expected),
        ),
        DataError::WindowTooLong { days } => at(
            "`window`",
            "window.end",
            &format!(
                "la période dure {days}{NBSP}jours{NNBSP}; la page en montre chaque jour, \
                 limitez-la à {MAX_WINDOW_DAYS}{NBSP}jours"
            ),
        ),
        DataError::MissingText {
            owner,
            field,
            lang: Some(lang),
        } => at(
            &format!("`{}`", owner.key()),
            &format!("{field}.{}", lang.code()),
            "le texte est vide",
        ),
        DataError::MissingText {
            owner,
            field,
            lang: None,
        } => at(&format!("`{}`", owner.key()), field, "le texte est vide"),
        DataError::NoQuote { event: id } => at(
            &event(id),
            "quotes",
            "chaque événement doit citer au moins une source",
        ),
        DataError::QuoteNotInSource {
            event: id,
            quote,
            source,
            file,
        } => at(
            &event(id),
            &format!("quotes[{quote}].text"),
            &format!(
                "la citation ne figure pas telle quelle dans la source `{source}` ({file})\
                 {NNBSP}; copiez-la caractère pour caractère, apostrophes, guillemets et \
                 espaces insécables compris"
            ),
        ),
        DataError::SourceTextMissing { source, file } => at(
            &format!("source `{source}`"),
            "file",
            &format!("le texte archivé `{file}` est introuvable"),
        ),
        DataError::BadUrl { owner, field, url } => at(
            &format!("`{}`", owner.key()),
            field,
            &format!("{} n’est pas une adresse https: ou http:", quoted(url)),
        ),
        DataError::QuoteTooLong {
            event: id,
            field,
            source,
            chars,
        } => at(
            &event(id),
            field,
            &format!(
                "{chars}{NBSP}caractères, c’est trop long pour une citation de `{source}`, \
                 qui ne se cite que par courts extraits ({MAX_EXCERPT_CHARS}{NBSP}au plus)"
            ),
        ),
    }
}

fn outside_fr(date: &str, expected: &Expected) -> String {
    match expected {
        Expected::Window { start, end } => {
            format!("{date} est hors de la période du {start} au {end}")
        }
        Expected::RangeFrom(from) => format!("{date} précède le début de la plage, le {from}"),
        Expected::OneDay(from) => format!(
            "une date d’un seul jour ({from}) ne peut finir le {date}{NNBSP}; \
             utilisez la précision \"range\""
        ),
        Expected::Week(from) => {
            format!("{date} dépasse la semaine qui commence le {from} (sept jours au plus)")
        }
        Expected::ContextBefore(start) => format!(
            "{date} n’est pas avant la période{NNBSP}; le contexte doit précéder le {start}"
        ),
        Expected::AfterWindowStart(start) => format!(
            "{date} précède window.start ({start}){NNBSP}; la période doit finir après son début"
        ),
    }
}

fn owner_fr(owner: &Owner) -> String {
    match owner {
        Owner::File => "le fichier".to_owned(),
        Owner::Window => "`window`".to_owned(),
        Owner::Actor(id) => format!("acteur `{id}`"),
        Owner::Source(id) => format!("source `{id}`"),
        Owner::Event(id) => event(id),
        Owner::Entry { list, index } => format!("{list}[{index}]"),
    }
}

#[cfg(test)]
mod tests;
