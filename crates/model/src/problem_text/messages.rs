//! The messages serde and serde_json write in English, in French by their known shapes:
//! fixed texts from a table, the rest by the few formats serde builds its messages with.
//! Identifiers and the editor's own text are kept as they are.

use super::{quoted, NBSP};

/// serde_json's syntax messages, which never vary.
pub(super) const SYNTAX: &[(&str, &str)] = &[
    (
        "EOF while parsing a value",
        "le fichier s’arrête avant une valeur",
    ),
    (
        "EOF while parsing a list",
        "le fichier s’arrête dans une liste (`]` manquant)",
    ),
    (
        "EOF while parsing an object",
        "le fichier s’arrête dans un objet (`}` manquant)",
    ),
    (
        "EOF while parsing a string",
        "le fichier s’arrête dans une chaîne (`\"` manquant)",
    ),
    ("expected value", "une valeur est attendue ici"),
    ("expected ident", "`true`, `false` ou `null` attendu"),
    ("expected `,` or `]`", "`,` ou `]` attendu"),
    ("expected `,` or `}`", "`,` ou `}` attendu"),
    ("expected `:`", "`:` attendu"),
    ("expected `\"`", "`\"` attendu"),
    (
        "key must be a string",
        "une clé doit être une chaîne entre guillemets droits",
    ),
    (
        "trailing comma",
        "virgule en trop avant la fin de la liste ou de l’objet",
    ),
    (
        "trailing characters",
        "caractères en trop après la fin du document",
    ),
    ("invalid escape", "séquence d’échappement invalide"),
    ("invalid number", "nombre invalide"),
    ("number out of range", "nombre hors des limites"),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "caractère de contrôle (\\u0000-\\u001F) dans une chaîne",
    ),
    ("recursion limit exceeded", "imbrication trop profonde"),
    (
        "invalid unicode code point",
        "point de code Unicode invalide",
    ),
    (
        "lone leading surrogate in hex escape",
        "demi-codet d’indirection isolé dans un échappement \\u",
    ),
    ("unexpected end of hex escape", "échappement \\u incomplet"),
];

/// A serde, serde_json or `DateError` message in French; the English one when its shape
/// is not known.
pub(super) fn message_fr(message: &str) -> String {
    SYNTAX
        .iter()
        .find(|(en, _)| *en == message)
        .map(|(_, fr)| (*fr).to_owned())
        .or_else(|| shaped_fr(message))
        .unwrap_or_else(|| message.to_owned())
}

/// `text` between `prefix` and `suffix`, when it has both.
fn between<'a>(text: &'a str, prefix: &str, suffix: &str) -> Option<&'a str> {
    text.strip_prefix(prefix)?.strip_suffix(suffix)
}

fn shaped_fr(m: &str) -> Option<String> {
    if let Some(name) = between(m, "missing field `", "`") {
        return Some(format!("champ `{name}` manquant"));
    }
    if let Some(name) = between(m, "duplicate field `", "`") {
        return Some(format!("champ `{name}` en double"));
    }
    if let Some(rest) = m.strip_prefix("unknown field `") {
        return Some(match rest.strip_suffix("`, there are no fields") {
            Some(name) => format!("champ `{name}` inconnu{NBSP}: cet objet n’a aucun champ"),
            None => {
                // The list has no "`, expected ", the name typed by the editor might.
                let (name, list) = rest.rsplit_once("`, expected ")?;
                format!("champ `{name}` inconnu, attendu{NBSP}: {}", one_of_fr(list))
            }
        });
    }
    if let Some(rest) = m.strip_prefix("unknown variant `") {
        return Some(match rest.strip_suffix("`, there are no variants") {
            Some(name) => format!("valeur `{name}` inconnue{NBSP}: aucune n’est possible"),
            None => {
                let (name, list) = rest.rsplit_once("`, expected ")?;
                format!(
                    "valeur `{name}` inconnue, attendu{NBSP}: {}",
                    one_of_fr(list)
                )
            }
        });
    }
    // The found value may quote the editor's text; what is expected never does.
    if let Some(rest) = m.strip_prefix("invalid type: ") {
        let (found, wanted) = rest.rsplit_once(", expected ")?;
        let (found, wanted) = (found_fr(found)?, wanted_fr(wanted)?);
        return Some(format!(
            "type incorrect{NBSP}: {found} là où il faut {wanted}"
        ));
    }
    if let Some(rest) = m.strip_prefix("invalid value: ") {
        let (found, wanted) = rest.rsplit_once(", expected ")?;
        let (found, wanted) = (found_fr(found)?, wanted_fr(wanted)?);
        return Some(format!(
            "valeur incorrecte{NBSP}: {found} là où il faut {wanted}"
        ));
    }
    if let Some(rest) = m.strip_prefix("invalid length ") {
        let (len, wanted) = rest.split_once(", expected ")?;
        let wanted = wanted_fr(wanted)?;
        return Some(format!(
            "nombre d’éléments incorrect ({len}) là où il faut {wanted}"
        ));
    }
    if let Some(text) = between(m, "« ", " » does not exist in the calendar") {
        return Some(format!("{} n’existe pas dans le calendrier", quoted(text)));
    }
    if let Some(text) = between(m, "« ", " » is not a date in the form YYYY-MM-DD") {
        return Some(format!(
            "{} n’est pas une date de la forme AAAA-MM-JJ",
            quoted(text)
        ));
    }
    None
}

/// serde's "`a`", "`a` or `b`", "one of `a`, `b`, `c`" as "`a`", "`a` ou `b`",
/// "`a`, `b` ou `c`" (names never hold a backtick).
fn one_of_fr(list: &str) -> String {
    let list = list.strip_prefix("one of ").unwrap_or(list);
    match list
        .rsplit_once("`, `")
        .or_else(|| list.rsplit_once("` or `"))
    {
        Some((head, last)) => format!("{head}` ou `{last}"),
        None => list.to_owned(),
    }
}

/// What serde (through serde_json) says it found.
fn found_fr(found: &str) -> Option<String> {
    let exact = match found {
        "null" => Some("null"),
        "sequence" => Some("une liste"),
        "map" => Some("un objet"),
        "unit value" => Some("une valeur vide"),
        _ => None,
    };
    if let Some(exact) = exact {
        return Some(exact.to_owned());
    }
    [
        ("boolean ", "le booléen "),
        ("integer ", "l’entier "),
        ("floating point ", "le nombre décimal "),
        ("character ", "le caractère "),
        ("string ", "la chaîne "),
    ]
    .iter()
    .find_map(|(en, fr)| found.strip_prefix(en).map(|value| format!("{fr}{value}")))
}

/// What the model's types expect, as serde names it.
fn wanted_fr(wanted: &str) -> Option<String> {
    let exact = match wanted {
        "a string" | "a borrowed string" => Some("une chaîne"),
        "a boolean" => Some("un booléen"),
        "a sequence" => Some("une liste"),
        "an empty array" => Some("une liste vide"),
        "a map" => Some("un objet"),
        "string or map" => Some("une chaîne ou un objet"),
        "option" => Some("une valeur ou null"),
        "a character" => Some("un caractère"),
        _ => None,
    };
    if let Some(exact) = exact {
        return Some(exact.to_owned());
    }
    if let Some(name) = wanted.strip_prefix("enum ") {
        return Some(format!("une valeur de {name}"));
    }
    // A struct may also be written as an array of its fields, hence the length.
    let name = wanted.strip_prefix("struct ")?;
    match name.split_once(" with ") {
        None => Some(format!("un objet {name}")),
        Some((name, count)) => {
            let count = count.strip_suffix(" elements")?;
            let unit = if count == "1" {
                "élément"
            } else {
                "éléments"
            };
            Some(format!("un objet {name} ({count}{NBSP}{unit})"))
        }
    }
}
