//! Build time: renders the page with the same Leptos components the browser hydrates,
//! once per page file, into complete HTML documents. The head is a view too; trunk's only
//! part is the names of the assets it built, passed on by the build hook. Native only.

use crate::app::{page_file, App};
use crate::i18n::typeset;
use crate::model::{Lang, Timeline};
use leptos::prelude::*;
use std::sync::Arc;

/// The files trunk and the build hook made, by the names the pages load them by.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Assets {
    /// The one stylesheet (`style-<hash>.css`) and its subresource integrity.
    pub stylesheet: String,
    pub stylesheet_integrity: String,
    /// The start-up module (`boot-<hash>.js`), which loads the wasm.
    pub start_script: String,
}

/// One prerendered page.
pub struct PageFile {
    pub name: &'static str,
    pub html: String,
}

/// The four pages: French and English, for readers and for news pages' iframes.
pub fn render_pages(timeline: &Timeline, errors: &[String], assets: &Assets) -> Vec<PageFile> {
    let timeline = Arc::new(timeline.clone());
    let mut pages = Vec::new();
    for embedded in [false, true] {
        for lang in [Lang::Fr, Lang::En] {
            pages.push(PageFile {
                name: page_file(lang, embedded),
                html: document(lang, embedded, &timeline, errors, assets),
            });
        }
    }
    pages
}

/// The body as Leptos renders it, with the markers hydration finds its way by.
pub fn render_body(
    lang: Lang,
    embedded: bool,
    timeline: &Arc<Timeline>,
    errors: &[String],
) -> String {
    let owner = Owner::new();
    let timeline = timeline.clone();
    let errors = errors.to_vec();
    owner.with(move || view! { <App lang embedded timeline errors /> }.to_html())
}

/// The head: title, description, language alternates, social cards, assets.
fn head(lang: Lang, embedded: bool, timeline: &Timeline, assets: &Assets) -> String {
    let title = typeset(lang, timeline.title.get(lang));
    let description = typeset(lang, timeline.intro.get(lang));
    let (locale, other_locale) = match lang {
        Lang::Fr => ("fr_FR", "en_GB"),
        Lang::En => ("en_GB", "fr_FR"),
    };
    let alternates = [Lang::Fr, Lang::En].map(|other| {
        view! { <link rel="alternate" hreflang=other.code() href=page_file(other, embedded) /> }
    });
    let assets = assets.clone();
    view! {
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{title.clone()}</title>
        <meta name="description" content=description.clone() />
        // The iframe copy is part of someone else's page; search engines get ours.
        {embedded.then(|| view! { <meta name="robots" content="noindex" /> })}
        {alternates}
        {open_graph("og:type", "article".into())}
        {open_graph("og:locale", locale.into())}
        {open_graph("og:locale:alternate", other_locale.into())}
        {open_graph("og:title", title)}
        {open_graph("og:description", description)}
        <meta name="twitter:card" content="summary" />
        <link rel="icon" href="favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href=assets.stylesheet integrity=assets.stylesheet_integrity />
        <script type="module" src=assets.start_script></script>
    }
    .to_html()
}

/// An Open Graph tag: `property`, which is not an HTML attribute the view macro knows.
fn open_graph(property: &'static str, content: String) -> impl IntoView {
    use leptos::attr::custom::custom_attribute;
    use leptos::tachys::view::add_attr::AddAnyAttr;
    view! { <meta content=content /> }.add_any_attr(custom_attribute("property", property))
}

/// A complete document: the head and the prerendered body.
pub fn document(
    lang: Lang,
    embedded: bool,
    timeline: &Arc<Timeline>,
    errors: &[String],
    assets: &Assets,
) -> String {
    let class = if embedded {
        " class=\"tl-embedded\""
    } else {
        ""
    };
    format!(
        "<!DOCTYPE html><html lang=\"{}\"{class}><head>{}</head><body>{}</body></html>\n",
        lang.code(),
        head(lang, embedded, timeline, assets),
        render_body(lang, embedded, timeline, errors)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assets() -> Assets {
        Assets {
            stylesheet: "./style-1.css".into(),
            stylesheet_integrity: "sha384-a".into(),
            start_script: "./boot-1.js".into(),
        }
    }

    #[test]
    fn every_page_is_a_whole_document_in_its_language() {
        let timeline = crate::model::read(crate::TIMELINE_JSON).expect("valid data");
        let pages = render_pages(&timeline, &[], &assets());
        let names: Vec<_> = pages.iter().map(|p| p.name).collect();
        assert_eq!(
            names,
            ["index.html", "en.html", "embed.html", "embed-en.html"]
        );
        let english = &pages[1].html;
        assert!(english.starts_with("<!DOCTYPE html><html lang=\"en\"><head>"));
        assert!(english.contains("<script type=\"module\" src=\"./boot-1.js\"></script>"));
        assert!(english
            .contains("<link rel=\"stylesheet\" href=\"./style-1.css\" integrity=\"sha384-a\">"));
        assert!(pages[2].html.contains("class=\"tl-embedded\""));
        assert!(pages[2].html.contains("noindex") && !pages[0].html.contains("noindex"));
        for page in &pages {
            for event in &timeline.events {
                assert!(
                    page.html.contains(&format!("id=\"{}\"", event.id)),
                    "{}",
                    page.name
                );
            }
        }
    }

    #[test]
    fn the_head_escapes_what_it_is_given() {
        let mut timeline = crate::model::read(crate::TIMELINE_JSON).expect("valid data");
        timeline.title.en = "\"><script>alert(1)</script>".into();
        let html = document(Lang::En, false, &Arc::new(timeline), &[], &assets());
        assert!(!html.contains("<script>alert"), "{html}");
    }
}
