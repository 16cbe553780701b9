//! The preview's own interface strings. Apart from the readers' (`i18n::strings`), so the
//! readers' wasm carries none of them.

use crate::model::editing::Difference;
use crate::model::Lang;

pub struct PreviewStrings {
    pub page_title: &'static str,
    pub kicker: &'static str,
    pub loading: &'static str,
    pub intro: &'static str,
    pub other_language: &'static str,
    pub data_heading: &'static str,
    pub pick_file: &'static str,
    pub drop_hint: &'static str,
    pub drop_here: &'static str,
    pub paste_label: &'static str,
    pub pasted_text: &'static str,
    pub sources_heading: &'static str,
    pub sources_explained: &'static str,
    pub pick_sources: &'static str,
    pub unused_source_text: &'static str,
    pub report_heading: &'static str,
    pub waiting: &'static str,
    pub checking: &'static str,
    pub drawing: &'static str,
    pub quotes_unchecked: &'static str,
    pub show_event: &'static str,
    pub render_heading: &'static str,
    pub render_language: &'static str,
    pub nothing_drawn: &'static str,
    pub failure: &'static str,
}

pub const FR: PreviewStrings = PreviewStrings {
    page_title: "Aperçu de la chronologie",
    kicker: "Outil de la rédaction",
    loading: "Chargement de l’aperçu… Il a besoin de JavaScript et de WebAssembly\u{a0}: si ce message reste, ce navigateur ne les exécute pas.",
    intro: "Ouvrez un fichier timeline.json\u{a0}: vous voyez chacun de ses problèmes, avec les règles de la publication, et la page telle que les lecteurs la verront. Rien n’est envoyé\u{a0}: tout se passe dans ce navigateur.",
    other_language: "English",
    data_heading: "Le fichier de données",
    pick_file: "Choisir un fichier timeline.json",
    drop_hint: "… ou déposez-le n’importe où sur cette page. Choisir à nouveau le même fichier après l’avoir modifié le relit.",
    drop_here: "Déposez le fichier pour le vérifier",
    paste_label: "… ou collez son contenu ici (vérifié pendant la saisie)\u{a0}:",
    pasted_text: "Le texte collé",
    sources_heading: "Les textes des sources",
    sources_explained: "Les citations se vérifient mot pour mot contre les textes archivés des articles, les fichiers que nomme sources[].file. Ils ne sont jamais publiés (un éditeur en interdit la reproduction)\u{a0}: ajoutez-les ici, ils restent dans ce navigateur.",
    pick_sources: "Ajouter les textes des sources (.txt)",
    unused_source_text: "aucune source ne nomme ce fichier",
    report_heading: "Vérification",
    waiting: "Aucun fichier pour l’instant\u{a0}: choisissez, déposez ou collez un timeline.json.",
    checking: "Vérification…",
    drawing: "Dessin de la page…",
    quotes_unchecked: "Les citations n’ont pas été vérifiées\u{a0}: ajoutez les textes des sources pour les comparer mot pour mot.",
    show_event: "Voir l’événement",
    render_heading: "Ce que verront les lecteurs",
    render_language: "Langue de la page",
    nothing_drawn: "Rien à dessiner\u{a0}: le fichier ne peut pas être lu (voir ci-dessus).",
    failure: "L’aperçu a rencontré une erreur et ne répond plus. Rechargez la page et choisissez à nouveau le fichier\u{a0}; si l’erreur revient, transmettez ce fichier à l’équipe technique.",
};

pub const EN: PreviewStrings = PreviewStrings {
    page_title: "Timeline preview",
    kicker: "Newsroom tool",
    loading: "Loading the preview… It needs JavaScript and WebAssembly: if this message stays, this browser does not run them.",
    intro: "Open a timeline.json file: you see every problem in it, by the rules the build applies, and the page as readers will see it. Nothing is uploaded: it all happens in this browser.",
    other_language: "Français",
    data_heading: "The data file",
    pick_file: "Choose a timeline.json file",
    drop_hint: "… or drop it anywhere on this page. Choosing the same file again after editing it reads it again.",
    drop_here: "Drop the file to check it",
    paste_label: "… or paste its content here (checked as you type):",
    pasted_text: "The pasted text",
    sources_heading: "The source texts",
    sources_explained: "Quotes are checked word for word against the archived texts of the articles, the files named by sources[].file. They are never published (one publisher forbids reproduction): add them here; they stay in this browser.",
    pick_sources: "Add the source texts (.txt)",
    unused_source_text: "no source names this file",
    report_heading: "Check",
    waiting: "No file yet: choose, drop or paste a timeline.json.",
    checking: "Checking…",
    drawing: "Drawing the page…",
    quotes_unchecked: "Quotes were not checked: add the source texts to compare them word for word.",
    show_event: "Show the event",
    render_heading: "What readers will see",
    render_language: "Page language",
    nothing_drawn: "Nothing to draw: the file cannot be read (see above).",
    failure: "The preview hit an error and stopped responding. Reload the page and choose the file again; if the error comes back, send this file to the technical team.",
};

pub fn preview_strings(lang: Lang) -> &'static PreviewStrings {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// « Aucun problème » / « 3 problèmes », with what was checked.
pub fn summary(lang: Lang, problems: usize, events: usize) -> String {
    // French counts 0 and 1 as singular; English only 1.
    let s = |n: usize| match lang {
        Lang::Fr if n > 1 => "s",
        Lang::En if n != 1 => "s",
        _ => "",
    };
    match (lang, problems) {
        (Lang::Fr, 0) => format!(
            "Aucun problème\u{a0}: {events}\u{a0}événement{} dessiné{}.",
            s(events),
            s(events)
        ),
        (Lang::En, 0) => format!("No problem: {events} event{} drawn.", s(events)),
        (Lang::Fr, n) => format!(
            "{n}\u{a0}problème{}\u{202f}; {events}\u{a0}événement{} dessiné{}.",
            s(n),
            s(events),
            s(events)
        ),
        (Lang::En, n) => format!("{n} problem{}; {events} event{} drawn.", s(n), s(events)),
    }
}

/// Under the list when it is cut: « … et 12 autres problèmes ».
pub fn more_problems(lang: Lang, rest: usize) -> String {
    let s = if rest > 1 { "s" } else { "" };
    match lang {
        Lang::Fr => {
            format!("… et {rest}\u{a0}autre{s} problème{s}, à voir une fois ceux-ci corrigés.")
        }
        Lang::En => format!("… and {rest} more problem{s}, to see once these are fixed."),
    }
}

/// How long the check and the drawing took, in milliseconds.
pub fn timing(lang: Lang, checked_ms: f64, drawn_ms: f64) -> String {
    match lang {
        Lang::Fr => {
            format!("Vérifié en {checked_ms:.0}\u{a0}ms, dessiné en {drawn_ms:.0}\u{a0}ms.")
        }
        Lang::En => format!("Checked in {checked_ms:.0} ms, drawn in {drawn_ms:.0} ms."),
    }
}

/// « Quotes checked against 2 source texts ».
pub fn quotes_checked(lang: Lang, texts: usize) -> String {
    let s = if texts > 1 { "s" } else { "" };
    match lang {
        Lang::Fr => {
            format!("Citations vérifiées mot pour mot contre {texts}\u{a0}texte{s} de source.")
        }
        Lang::En => format!("Quotes checked word for word against {texts} source text{s}."),
    }
}

/// The file being checked: « Fichier timeline.json (31,2 Ko) ».
pub fn input_name(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{202f}{name}\u{202f}»"),
        Lang::En => format!("“{name}”"),
    }
}

/// A character as an editor would name it, so that an invisible difference (a space for a
/// no-break space) can be read.
fn character_name(lang: Lang, c: char) -> String {
    let named = match (lang, c) {
        (Lang::Fr, ' ') => "une espace ordinaire",
        (Lang::Fr, '\u{a0}') => "une espace insécable",
        (Lang::Fr, '\u{202f}') => "une espace fine insécable",
        (Lang::Fr, '\'') => "une apostrophe droite (')",
        (Lang::Fr, '’') => "une apostrophe typographique (’)",
        (Lang::Fr, '"') => "un guillemet droit (\")",
        (Lang::Fr, '«') => "un guillemet ouvrant («)",
        (Lang::Fr, '»') => "un guillemet fermant (»)",
        (Lang::Fr, '\n') => "un saut de ligne",
        (Lang::En, ' ') => "an ordinary space",
        (Lang::En, '\u{a0}') => "a no-break space",
        (Lang::En, '\u{202f}') => "a narrow no-break space",
        (Lang::En, '\'') => "a straight apostrophe (')",
        (Lang::En, '’') => "a curly apostrophe (’)",
        (Lang::En, '"') => "a straight double quote (\")",
        (Lang::En, '«') => "an opening guillemet («)",
        (Lang::En, '»') => "a closing guillemet (»)",
        (Lang::En, '\n') => "a line break",
        (Lang::Fr, other) => return format!("«\u{202f}{other}\u{202f}»"),
        (Lang::En, other) => return format!("“{other}”"),
    };
    named.to_owned()
}

/// Where a quote parts from its source, in the page's language: « Premier écart après
/// « …l’affaire » : la citation a une espace ordinaire, la source une espace insécable. »
/// `tail` is the end of what the two share.
pub fn difference_text(lang: Lang, difference: &Difference, tail: &str) -> String {
    let elided = if tail.chars().count() < difference.matching_chars {
        "…"
    } else {
        ""
    };
    let quote_has = difference.quote_has.map(|c| character_name(lang, c));
    let source_has = difference.source_has.map(|c| character_name(lang, c));
    match (lang, difference.matching_chars, quote_has, source_has) {
        (Lang::Fr, 0, _, _) => {
            "Aucun début de la citation ne figure dans le texte de la source.".to_owned()
        }
        (Lang::En, 0, _, _) => "No beginning of the quote is in the source's text.".to_owned(),
        (Lang::Fr, n, Some(quote), Some(source)) => format!(
            "Premier écart après «\u{202f}{elided}{tail}\u{202f}» ({n}\u{a0}caractères identiques)\u{a0}: \
             la citation a {quote}, la source {source}."
        ),
        (Lang::En, n, Some(quote), Some(source)) => format!(
            "First difference after “{elided}{tail}” ({n} matching characters): the quote has \
             {quote} where the source has {source}."
        ),
        (Lang::Fr, n, _, _) => format!(
            "Le texte de la source s’arrête après «\u{202f}{elided}{tail}\u{202f}» \
             ({n}\u{a0}caractères identiques)\u{a0}: la citation va plus loin."
        ),
        (Lang::En, n, _, _) => format!(
            "The source's text ends after “{elided}{tail}” ({n} matching characters); the \
             quote goes on."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::editing::first_difference;

    #[test]
    fn a_space_for_a_no_break_space_is_named_in_both_languages() {
        let source = "Israël prend «\u{a0}au sérieux\u{a0}» les allégations";
        let difference = first_difference("Israël prend « au sérieux", source).expect("differs");
        let tail = "Israël prend «";
        assert_eq!(
            difference_text(Lang::Fr, &difference, tail),
            "Premier écart après «\u{202f}Israël prend «\u{202f}» (14\u{a0}caractères identiques)\u{a0}: \
             la citation a une espace ordinaire, la source une espace insécable."
        );
        assert_eq!(
            difference_text(Lang::En, &difference, tail),
            "First difference after “Israël prend «” (14 matching characters): the quote has an \
             ordinary space where the source has a no-break space."
        );
    }

    #[test]
    fn the_summary_counts_in_both_languages() {
        assert_eq!(
            summary(Lang::Fr, 0, 17),
            "Aucun problème\u{a0}: 17\u{a0}événements dessinés."
        );
        assert_eq!(summary(Lang::En, 1, 1), "1 problem; 1 event drawn.");
        assert_eq!(summary(Lang::En, 1, 0), "1 problem; 0 events drawn.");
        assert_eq!(
            summary(Lang::Fr, 1, 0),
            "1\u{a0}problème\u{202f}; 0\u{a0}événement dessiné."
        );
        assert_eq!(
            summary(Lang::Fr, 12, 14),
            "12\u{a0}problèmes\u{202f}; 14\u{a0}événements dessinés."
        );
    }
}
