//! The words of the editing forms, in the preview page's language.

use crate::model::{Lang, MAX_EXCERPT_CHARS};

pub struct EditStrings {
    pub heading: &'static str,
    pub nothing_open: &'static str,
    pub unreadable: &'static str,
    pub new_timeline: &'static str,
    pub new_timeline_name: &'static str,
    pub draft_name: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub save: &'static str,
    pub open_write_back: &'static str,
    pub unsaved: &'static str,
    pub all_saved: &'static str,
    pub draft_restored: &'static str,
    pub discard_draft: &'static str,
    pub draft_discarded: &'static str,
    pub draft_not_kept: &'static str,
    pub page_heading: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub window_start: &'static str,
    pub window_end: &'static str,
    pub french: &'static str,
    pub english: &'static str,
    pub actors_heading: &'static str,
    pub sources_heading: &'static str,
    pub events_heading: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    pub add_actor: &'static str,
    pub add_source: &'static str,
    pub remove: &'static str,
    pub confirm_remove: &'static str,
    pub keep: &'static str,
    pub outlet: &'static str,
    pub headline_as_published: &'static str,
    pub published: &'static str,
    pub published_label: &'static str,
    pub url: &'static str,
    pub language: &'static str,
    pub excerpts_only: &'static str,
    pub file: &'static str,
    pub event_list: &'static str,
    pub add_event: &'static str,
    pub duplicate: &'static str,
    pub delete_event: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub event_id: &'static str,
    pub context: &'static str,
    pub date_heading: &'static str,
    pub precision: &'static str,
    pub precision_day: &'static str,
    pub precision_range: &'static str,
    pub precision_week: &'static str,
    pub date_from: &'static str,
    pub date_to: &'static str,
    pub reasoning: &'static str,
    pub actors: &'static str,
    pub headline: &'static str,
    pub summary: &'static str,
    pub quotes: &'static str,
    pub quote_source: &'static str,
    pub quote_text: &'static str,
    pub remove_quote: &'static str,
    pub notes: &'static str,
    pub add_note: &'static str,
    pub remove_note: &'static str,
    pub pick_heading: &'static str,
    pub pick_source: &'static str,
    pub pick_text: &'static str,
    pub quote_this: &'static str,
    pub no_selection: &'static str,
    pub no_sources: &'static str,
    pub replace_unsaved: &'static str,
    pub unknown_actor: &'static str,
}

pub const FR: EditStrings = EditStrings {
    heading: "Modifier la chronologie",
    nothing_open: "Ouvrez un fichier ci-dessus pour le modifier ici, ou partez d’une chronologie vide. Chaque modification est vérifiée et dessinée aussitôt\u{a0}; rien ne quitte ce navigateur.",
    unreadable: "Les formulaires ont besoin d’un fichier qui se lit en entier\u{a0}: corrigez d’abord dans le fichier les problèmes listés dans la vérification, puis choisissez-le à nouveau.",
    new_timeline: "Nouvelle chronologie",
    new_timeline_name: "«\u{202f}nouvelle chronologie\u{202f}»",
    draft_name: "«\u{202f}le brouillon\u{202f}»",
    undo: "Annuler",
    redo: "Rétablir",
    save: "Enregistrer le fichier",
    open_write_back: "Ouvrir un fichier pour y réenregistrer",
    unsaved: "Modifications non enregistrées (gardées en brouillon dans ce navigateur).",
    all_saved: "Aucune modification non enregistrée.",
    draft_restored: "Brouillon rétabli\u{a0}: les modifications non enregistrées de votre dernière visite.",
    discard_draft: "Écarter le brouillon",
    draft_discarded: "Brouillon écarté.",
    draft_not_kept: "Le brouillon n’a pas pu être gardé dans ce navigateur (stockage plein ou désactivé)\u{a0}: enregistrez le fichier avant de partir.",
    page_heading: "Titre, introduction et période",
    title: "Titre",
    intro: "Introduction",
    window_start: "Premier jour de la période",
    window_end: "Dernier jour de la période",
    french: "français",
    english: "anglais",
    actors_heading: "Acteurs",
    sources_heading: "Sources",
    events_heading: "Événements",
    id: "Identifiant",
    name: "Nom",
    add_actor: "Ajouter un acteur",
    add_source: "Ajouter une source",
    remove: "Supprimer",
    confirm_remove: "Confirmer la suppression",
    keep: "Garder",
    outlet: "Média",
    headline_as_published: "Titre de l’article, tel que publié",
    published: "Publication (date et heure ISO 8601, si connue)",
    published_label: "Date de publication montrée aux lecteurs",
    url: "Adresse de l’article",
    language: "Langue de l’article (fr, en…)",
    excerpts_only: "L’éditeur interdit la reproduction\u{a0}: extraits courts seulement",
    file: "Fichier du texte archivé",
    event_list: "Les événements, dans l’ordre du fichier",
    add_event: "Ajouter un événement",
    duplicate: "Dupliquer",
    delete_event: "Supprimer l’événement",
    move_up: "Monter",
    move_down: "Descendre",
    event_id: "Identifiant (l’adresse #… de l’événement)",
    context: "Contexte\u{a0}: avant la période, à part des jours",
    date_heading: "Date",
    precision: "Précision de la date",
    precision_day: "Un jour",
    precision_range: "Une période, du… au…",
    precision_week: "Un jour inconnu d’une semaine",
    date_from: "Le jour (ou le premier)",
    date_to: "Le dernier jour",
    reasoning: "Comment la date est établie",
    actors: "Acteurs",
    headline: "Titre",
    summary: "Résumé",
    quotes: "Citations",
    quote_source: "Source",
    quote_text: "Texte cité, tel que dans la source",
    remove_quote: "Retirer la citation",
    notes: "Notes de vérification",
    add_note: "Ajouter une note",
    remove_note: "Retirer la note",
    pick_heading: "Citer depuis le texte de la source",
    pick_source: "Texte archivé de",
    pick_text: "Sélectionnez un passage dans le texte archivé",
    quote_this: "Citer ce passage",
    no_selection: "Sélectionnez d’abord un passage dans le texte.",
    no_sources: "Ajoutez d’abord une source (ci-dessus).",
    replace_unsaved: "Les modifications non enregistrées de ce fichier seront perdues. Ouvrir l’autre fichier quand même\u{a0}?",
    unknown_actor: "inconnu de la liste des acteurs",
};

pub const EN: EditStrings = EditStrings {
    heading: "Edit the timeline",
    nothing_open: "Open a file above to edit it here, or start from an empty timeline. Every edit is checked and drawn at once; nothing leaves this browser.",
    unreadable: "The forms need a file that reads as a whole: first fix the problems the check lists in the file, then choose it again.",
    new_timeline: "New timeline",
    new_timeline_name: "“new timeline”",
    draft_name: "“the draft”",
    undo: "Undo",
    redo: "Redo",
    save: "Save the file",
    open_write_back: "Open a file to save back into",
    unsaved: "Unsaved changes (kept as a draft in this browser).",
    all_saved: "No unsaved changes.",
    draft_restored: "Draft restored: the unsaved changes of your last visit.",
    discard_draft: "Discard the draft",
    draft_discarded: "Draft discarded.",
    draft_not_kept: "The draft could not be kept in this browser (storage full or turned off): save the file before leaving.",
    page_heading: "Title, introduction and dates",
    title: "Title",
    intro: "Introduction",
    window_start: "First day of the timeline",
    window_end: "Last day of the timeline",
    french: "French",
    english: "English",
    actors_heading: "Actors",
    sources_heading: "Sources",
    events_heading: "Events",
    id: "Id",
    name: "Name",
    add_actor: "Add an actor",
    add_source: "Add a source",
    remove: "Remove",
    confirm_remove: "Confirm the removal",
    keep: "Keep",
    outlet: "Outlet",
    headline_as_published: "Article headline, as published",
    published: "Published (ISO 8601 date and time, when known)",
    published_label: "Publication date shown to readers",
    url: "Article address",
    language: "Article language (fr, en…)",
    excerpts_only: "The publisher forbids reproduction: short excerpts only",
    file: "Archived text file",
    event_list: "The events, in the file’s order",
    add_event: "Add an event",
    duplicate: "Duplicate",
    delete_event: "Delete the event",
    move_up: "Move up",
    move_down: "Move down",
    event_id: "Id (the event’s #… address)",
    context: "Context: before the timeline, apart from the days",
    date_heading: "Date",
    precision: "Date precision",
    precision_day: "One day",
    precision_range: "A range, from… to…",
    precision_week: "An unknown day in a week",
    date_from: "The day (or the first)",
    date_to: "The last day",
    reasoning: "How the date is known",
    actors: "Actors",
    headline: "Headline",
    summary: "Summary",
    quotes: "Quotes",
    quote_source: "Source",
    quote_text: "Quoted text, as in the source",
    remove_quote: "Remove the quote",
    notes: "Fact-check notes",
    add_note: "Add a note",
    remove_note: "Remove the note",
    pick_heading: "Quote from the source’s text",
    pick_source: "Archived text of",
    pick_text: "Select a passage in the archived text",
    quote_this: "Quote this passage",
    no_selection: "First select a passage in the text.",
    no_sources: "First add a source (above).",
    replace_unsaved: "The unsaved changes to this file will be lost. Open the other file anyway?",
    unknown_actor: "not in the actors list",
};

pub fn edit_strings(lang: Lang) -> &'static EditStrings {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

fn plural(lang: Lang, n: usize) -> &'static str {
    // French counts 0 and 1 as singular; English only 1.
    let singular = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    if singular {
        ""
    } else {
        "s"
    }
}

/// What a save did, and, for a file with problems, that the build will refuse it.
pub fn saved_notice(lang: Lang, into_opened: bool, problems: usize) -> String {
    let s = plural(lang, problems);
    let done = match (lang, into_opened) {
        (Lang::Fr, true) => "Enregistré dans le fichier ouvert.",
        (Lang::Fr, false) => "Enregistré\u{a0}: timeline.json est dans vos téléchargements.",
        (Lang::En, true) => "Saved into the opened file.",
        (Lang::En, false) => "Saved: timeline.json is in your downloads.",
    };
    match (lang, problems) {
        (_, 0) => done.to_owned(),
        (Lang::Fr, n) => format!("{done} Avec {n}\u{a0}problème{s}, la publication refusera ce fichier\u{a0}: gardez-le pour y revenir, ne le transmettez pas encore."),
        (Lang::En, n) => format!("{done} With {n} problem{s}, publishing will refuse this file: keep it to come back to, do not hand it over yet."),
    }
}

/// Before saving: what the build will make of the file as it is.
pub fn build_verdict(lang: Lang, problems: usize) -> String {
    let s = plural(lang, problems);
    match (lang, problems) {
        (Lang::Fr, 0) => "Aucun problème\u{a0}: la publication acceptera ce fichier.".to_owned(),
        (Lang::En, 0) => "No problem: publishing will accept this file.".to_owned(),
        (Lang::Fr, n) => format!("{n}\u{a0}problème{s}\u{a0}: la publication refusera ce fichier tant qu’il{} reste{}. Il peut être enregistré pour y revenir.", if n > 1 { "s" } else { "" }, if n > 1 { "nt" } else { "" }),
        (Lang::En, n) => format!("{n} problem{s}: publishing will refuse this file while {} remain{}. It can still be saved to come back to.", if n > 1 { "they" } else { "it" }, if n > 1 { "" } else { "s" }),
    }
}

pub fn save_failed(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Fr => format!("Le fichier n’a pas été enregistré ({why})\u{a0}: réessayez, ou ouvrez le fichier de la façon ordinaire pour l’enregistrer par téléchargement."),
        Lang::En => format!("The file was not saved ({why}): try again, or open the file the ordinary way to save it as a download."),
    }
}

/// « Utilisé par 2 événements : a, b. » shown before an actor or a source is removed.
pub fn used_by(lang: Lang, events: &[&str]) -> String {
    let n = events.len();
    let s = plural(lang, n);
    let list = events.join(", ");
    match (lang, n) {
        (Lang::Fr, 0) => "Aucun événement ne l’utilise.".to_owned(),
        (Lang::En, 0) => "No event uses it.".to_owned(),
        (Lang::Fr, n) => format!("Utilisé par {n}\u{a0}événement{s}\u{a0}: {list}."),
        (Lang::En, n) => format!("Used by {n} event{s}: {list}."),
    }
}

/// What removing a used source does to its quotes, or an actor to its events.
pub fn removal_effect(lang: Lang, is_source: bool, n: usize) -> String {
    let s = plural(lang, n);
    match (lang, is_source) {
        (Lang::Fr, false) => format!("L’acteur sera retiré de {n}\u{a0}événement{s}."),
        (Lang::En, false) => format!("The actor will be taken off {n} event{s}."),
        (Lang::Fr, true) => format!("Les citations de {n}\u{a0}événement{s} resteront, sans source\u{a0}: la vérification les listera."),
        (Lang::En, true) => format!("The quotes of {n} event{s} will stay, without a source: the check will list them."),
    }
}

/// « 182 / 250 caractères » for a source quoted in short excerpts only, else « 182 caractères ».
pub fn quote_length(lang: Lang, chars: usize, excerpts_only: bool) -> String {
    let s = plural(lang, chars);
    match (lang, excerpts_only) {
        (Lang::Fr, true) => format!(
            "{chars}\u{a0}/ {MAX_EXCERPT_CHARS}\u{a0}caractères (extraits courts seulement)"
        ),
        (Lang::En, true) => {
            format!("{chars} / {MAX_EXCERPT_CHARS} characters (short excerpts only)")
        }
        (Lang::Fr, false) => format!("{chars}\u{a0}caractère{s}"),
        (Lang::En, false) => format!("{chars} character{s}"),
    }
}

/// « Événement 3 sur 17 ».
pub fn event_position(lang: Lang, place: usize, count: usize) -> String {
    match lang {
        Lang::Fr => format!("Événement {place} sur {count}"),
        Lang::En => format!("Event {place} of {count}"),
    }
}

pub fn problem_count(lang: Lang, n: usize) -> String {
    let s = plural(lang, n);
    match lang {
        Lang::Fr => format!("{n}\u{a0}problème{s}"),
        Lang::En => format!("{n} problem{s}"),
    }
}

/// « Pas de texte archivé pour le_desk.txt : ajoutez-le (Les textes des sources). »
pub fn no_source_text(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Fr => format!("Le texte archivé «\u{202f}{file}\u{202f}» n’est pas chargé\u{a0}: ajoutez-le dans «\u{202f}Les textes des sources\u{202f}» pour y choisir un passage."),
        Lang::En => format!("The archived text “{file}” is not loaded: add it under “The source texts” to pick a passage from it."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_with_problems_is_said_to_be_refused_by_the_build_in_both_languages() {
        assert!(build_verdict(Lang::Fr, 2)
            .starts_with("2\u{a0}problèmes\u{a0}: la publication refusera"));
        assert!(build_verdict(Lang::En, 1).contains("while it remains"));
        assert!(build_verdict(Lang::Fr, 0).contains("acceptera"));
        assert!(saved_notice(Lang::En, false, 3).contains("publishing will refuse"));
        assert!(!saved_notice(Lang::Fr, true, 0).contains("refusera"));
    }

    #[test]
    fn a_quotes_length_is_told_against_the_limit_only_for_short_excerpt_sources() {
        assert_eq!(
            quote_length(Lang::En, 182, true),
            "182 / 250 characters (short excerpts only)"
        );
        assert_eq!(quote_length(Lang::Fr, 1, false), "1\u{a0}caractère");
        assert_eq!(
            used_by(Lang::Fr, &["a", "b"]),
            "Utilisé par 2\u{a0}événements\u{a0}: a, b."
        );
    }
}
