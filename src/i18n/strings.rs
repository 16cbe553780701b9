//! Every interface string, in both languages. Editorial texts live in `timeline.json`.
//! [`Strings`] are fixed labels, rendered once by the server (through `StoryText` in the
//! views, so the readers' wasm has none of them); [`LiveStrings`] are what the controls
//! say at run time, the only interface strings the readers' wasm carries.

use crate::model::Lang;

/// The fixed labels, in one language.
pub struct Strings {
    pub skip_to_timeline: &'static str,
    pub context_heading: &'static str,
    pub no_event_that_day: &'static str,
    pub sources_heading: &'static str,
    pub sources_intro: &'static str,
    pub show_quotes: &'static str,
    pub hide_quotes: &'static str,
    pub quotes_label: &'static str,
    pub how_dated: &'static str,
    pub editors_note: &'static str,
    pub actors_label: &'static str,
    pub published: &'static str,
    pub excerpts_only: &'static str,
    pub the_data: &'static str,
    pub data_explained: &'static str,
    pub data_error_title: &'static str,
    pub data_error_body: &'static str,
    pub precision_range: &'static str,
    pub precision_week: &'static str,
    pub days_nav_label: &'static str,
    pub tools_label: &'static str,
    pub filter_legend: &'static str,
    pub filter_toggle: &'static str,
    pub filter_all: &'static str,
    pub kicker: &'static str,
    pub embed_title: &'static str,
    pub embed_explained: &'static str,
    /// The loader's options, with their attributes.
    pub embed_options: &'static str,
    pub read_article: &'static str,
    pub other_language_name: &'static str,
    pub none_for_filter: &'static str,
    pub keyboard_hint: &'static str,
    pub failure: &'static str,
    pub reload: &'static str,
}

pub const FR: Strings = Strings {
    skip_to_timeline: "Aller à la chronologie",
    context_heading: "Avant la frise\u{a0}: le contexte",
    no_event_that_day: "Aucun événement daté ce jour-là dans les sources.",
    sources_heading: "Sources",
    sources_intro: "Les citations sont de courts extraits, reproduits à l’identique.",
    show_quotes: "Voir les sources",
    hide_quotes: "Masquer les sources",
    quotes_label: "Extraits des sources",
    how_dated: "Comment cette date est établie",
    editors_note: "Note de la rédaction",
    actors_label: "Acteurs",
    published: "publié",
    excerpts_only: "reproduction interdite\u{a0}: extraits courts seulement",
    the_data: "les données",
    data_explained: "Toutes les données de cette chronologie sont publiées telles quelles\u{a0}:",
    data_error_title: "Données à corriger",
    data_error_body: "Le fichier de données contient des erreurs\u{a0}:",
    precision_range: "date incertaine",
    precision_week: "jour non précisé",
    days_nav_label: "Jours",
    tools_label: "Affichage",
    filter_legend: "Filtrer par acteur",
    filter_toggle: "Filtrer",
    filter_all: "Tous",
    kicker: "Chronologie sourcée",
    embed_title: "Intégrer cette chronologie",
    embed_explained: "Collez ce code dans votre page\u{a0}: il crée un cadre qui prend la hauteur de son contenu, sans aucune requête vers un tiers.",
    embed_options: "Options, sur le premier élément\u{a0}: data-theme=\"light\" ou \"dark\" (sinon le thème du lecteur), data-header=\"none\" (sans titre ni introduction, quand votre article a les siens), data-lang=\"en\" (en anglais), data-offset=\"64\" (la hauteur d’un en-tête fixe de votre page, en pixels).",
    read_article: "lire l’article",
    other_language_name: "English",
    none_for_filter: "Aucun événement de ce jour pour ce filtre.",
    keyboard_hint: "Astuce\u{a0}: touches j et k pour passer d’un événement à l’autre.",
    failure: "Une erreur est survenue\u{a0}: la page ne répond plus.",
    reload: "Recharger la page",
};

pub const EN: Strings = Strings {
    skip_to_timeline: "Skip to the timeline",
    context_heading: "Before the timeline: context",
    no_event_that_day: "No event dated to this day in the sources.",
    sources_heading: "Sources",
    sources_intro: "Quotes are short excerpts, reproduced exactly, in their original French.",
    show_quotes: "Show sources",
    hide_quotes: "Hide sources",
    quotes_label: "Source excerpts",
    how_dated: "How this date is established",
    editors_note: "Editor’s note",
    actors_label: "Actors",
    published: "published",
    excerpts_only: "reproduction forbidden: short excerpts only",
    the_data: "the data",
    data_explained: "All the data behind this timeline is published as is:",
    data_error_title: "Data to fix",
    data_error_body: "The data file has errors:",
    precision_range: "uncertain date",
    precision_week: "day not stated",
    days_nav_label: "Days",
    tools_label: "Display",
    filter_legend: "Filter by actor",
    filter_toggle: "Filter",
    filter_all: "All",
    kicker: "Sourced timeline",
    embed_title: "Embed this timeline",
    embed_explained: "Paste this code into your page: it creates a frame that takes the height of its content, with no request to any third party.",
    embed_options: "Options, on the first element: data-theme=\"light\" or \"dark\" (else the reader’s scheme), data-header=\"none\" (no title or introduction, when your article has its own), data-lang=\"en\" (in English), data-offset=\"64\" (the height of your page’s sticky header, in pixels).",
    read_article: "read the article",
    other_language_name: "Français",
    none_for_filter: "No event that day for this filter.",
    keyboard_hint: "Tip: press j and k to move from event to event.",
    failure: "Something went wrong: this page stopped responding.",
    reload: "Reload the page",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// What the controls say as the reader uses them, in one language.
pub struct LiveStrings {
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub copy_link: &'static str,
    pub share_link: &'static str,
    pub link_copied: &'static str,
    pub not_copied: &'static str,
    pub copy_code: &'static str,
    pub code_copied: &'static str,
    pub no_more_events: &'static str,
}

pub const LIVE_FR: LiveStrings = LiveStrings {
    expand_all: "Tout déplier",
    collapse_all: "Tout replier",
    copy_link: "Copier le lien",
    share_link: "Partager",
    link_copied: "Lien copié",
    not_copied: "Copie impossible, à copier à la main\u{a0}:",
    copy_code: "Copier le code",
    code_copied: "Code copié",
    no_more_events: "Pas d’autre événement dans ce sens.",
};

pub const LIVE_EN: LiveStrings = LiveStrings {
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    copy_link: "Copy link",
    share_link: "Share",
    link_copied: "Link copied",
    not_copied: "Could not copy; copy it by hand:",
    copy_code: "Copy the code",
    code_copied: "Code copied",
    no_more_events: "No more events in that direction.",
};

pub fn live_strings(lang: Lang) -> &'static LiveStrings {
    match lang {
        Lang::Fr => &LIVE_FR,
        Lang::En => &LIVE_EN,
    }
}
