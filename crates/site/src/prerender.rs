//! Build time: renders the page with the same Leptos components the browser hydrates,
//! once per page file, into complete HTML documents. The head is a view too; trunk's only
//! part is the names of the assets it built, passed on by the build hook. Native only.

use crate::i18n::typeset;
use crate::model::{Lang, Timeline};
use crate::pages::page_file;
use crate::share::{image_alt, image_file, json_ld, PublicUrl, IMAGE_HEIGHT, IMAGE_WIDTH};
use leptos::prelude::*;
use pegasus_timeline::App;
use std::sync::Arc;

/// The files trunk and the build hook made, by the names the pages load them by, and
/// where the newsroom will publish them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Assets {
    /// The one stylesheet (`style-<hash>.css`) and its subresource integrity.
    pub stylesheet: String,
    pub stylesheet_integrity: String,
    /// The start-up module (`boot-<hash>.js`), which loads the wasm.
    pub start_script: String,
    /// The embed pages' first script (`embed-choices-<hash>.js`): the host page's theme
    /// and header, applied before the first paint. None when empty.
    pub embed_script: String,
    /// Where the newsroom publishes `dist/` (`PEGASUS_PUBLIC_URL`), when it said so: the
    /// canonical address, the language alternates and the share image are absolute then.
    pub public_url: Option<PublicUrl>,
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
    let html = owner.with(move || view! { <App lang embedded timeline errors /> }.to_html());
    valid_markers(&html)
}

/// Leptos writes its hydration markers as `<!>`, which browsers read as an empty comment
/// but HTML calls a parse error ("bogus comment"); `<!---->` is the valid spelling of the
/// same node, so hydration finds exactly what it did. Text and attribute values are
/// escaped (`<` becomes `&lt;`), and the body has no raw text (`inner_html`), so every
/// `<!>` in it is a marker.
fn valid_markers(html: &str) -> String {
    html.replace("<!>", "<!---->")
}

/// The head: title, description, language alternates, social cards, assets, and the
/// structured data of a reader's page. Pieced together rather than one view: an optional
/// part of a view leaves a `<!>` marker for hydration, which the head never gets.
fn head(lang: Lang, embedded: bool, timeline: &Timeline, assets: &Assets) -> String {
    let title = typeset(lang, timeline.title.get(lang));
    let description = typeset(lang, timeline.intro.get(lang));
    let (locale, other_locale) = match lang {
        Lang::Fr => ("fr_FR", "en_GB"),
        Lang::En => ("en_GB", "fr_FR"),
    };
    let base = assets.public_url.as_ref();
    let mut head = vec![view! {
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{title.clone()}</title>
        <meta name="description" content=description.clone() />
    }
    .to_html()];
    if embedded {
        // The iframe copy is part of someone else's page; search engines get ours.
        head.push(view! { <meta name="robots" content="noindex" /> }.to_html());
    }
    // Relative links work wherever `dist/` is copied; search engines only follow absolute
    // ones, which need the public address.
    let address = |file: &str| base.map_or_else(|| file.to_owned(), |base| base.join(file));
    if let Some(base) = base {
        let href = base.join(page_file(lang, false));
        head.push(view! { <link rel="canonical" href=href /> }.to_html());
    }
    let mut alternates = vec![
        (Lang::Fr.code(), address(page_file(Lang::Fr, embedded))),
        (Lang::En.code(), address(page_file(Lang::En, embedded))),
    ];
    if base.is_some() {
        alternates.push(("x-default", address(page_file(Lang::Fr, embedded))));
    }
    for (code, href) in alternates {
        head.push(view! { <link rel="alternate" hreflang=code href=href /> }.to_html());
    }
    let card = if base.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    head.push(
        view! {
            {open_graph("og:type", "article".into())}
            {open_graph("og:locale", locale.into())}
            {open_graph("og:locale:alternate", other_locale.into())}
            {open_graph("og:title", title)}
            {open_graph("og:description", description)}
            <meta name="twitter:card" content=card />
        }
        .to_html(),
    );
    if let Some(base) = base {
        head.push(sharing(lang, timeline, base).to_html());
    }
    let assets = assets.clone();
    // `crossorigin`: in a sandboxed frame (an opaque origin) every request is cross-origin,
    // and a stylesheet with an integrity check is then only applied if fetched with CORS.
    head.push(
        view! {
            <link rel="icon" href="favicon.svg" type="image/svg+xml" />
            <link
                rel="stylesheet"
                href=assets.stylesheet
                integrity=assets.stylesheet_integrity
                crossorigin="anonymous"
            />
        }
        .to_html(),
    );
    if embedded && !assets.embed_script.is_empty() {
        head.push(view! { <script src=assets.embed_script></script> }.to_html());
    }
    head.push(view! { <script type="module" async src=assets.start_script></script> }.to_html());
    // Only the pages search engines index describe themselves.
    if !embedded {
        let json = json_ld(lang, timeline, base);
        head.push(view! { <script type="application/ld+json" inner_html=json></script> }.to_html());
    }
    head.concat()
}

/// The tags a shared link's preview is built from, all absolute: the page's own address
/// (the full page's, for the embed copies) and its image, with what it shows.
fn sharing(lang: Lang, timeline: &Timeline, base: &PublicUrl) -> impl IntoView {
    let image = base.join(image_file(lang));
    let alt = image_alt(lang, timeline);
    view! {
        {open_graph("og:url", base.join(page_file(lang, false)))}
        {open_graph("og:image", image.clone())}
        {open_graph("og:image:type", "image/png".into())}
        {open_graph("og:image:width", IMAGE_WIDTH.to_string())}
        {open_graph("og:image:height", IMAGE_HEIGHT.to_string())}
        {open_graph("og:image:alt", alt.clone())}
        <meta name="twitter:image" content=image />
        <meta name="twitter:image:alt" content=alt />
    }
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

/// The editors' preview pages (`apercu.html`, `preview.html`): a head and a notice that
/// the preview's wasm replaces. Nothing to prerender: all of it depends on the file the
/// editor opens. Never indexed.
pub fn render_preview_pages(assets: &Assets) -> Vec<PageFile> {
    [Lang::Fr, Lang::En]
        .into_iter()
        .map(|lang| {
            let s = pegasus_preview::strings::preview_strings(lang);
            let assets = assets.clone();
            let head = view! {
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <meta name="robots" content="noindex" />
                <title>{s.page_title}</title>
                <link rel="icon" href="favicon.svg" type="image/svg+xml" />
                <link
                    rel="stylesheet"
                    href=assets.stylesheet
                    integrity=assets.stylesheet_integrity
                    crossorigin="anonymous"
                />
                <script type="module" async src=assets.start_script></script>
            }
            .to_html();
            let body = view! {
                <div class="pv-loading">
                    <h1 class="pv-title">{s.page_title}</h1>
                    <p>{s.loading}</p>
                </div>
            }
            .to_html();
            PageFile {
                name: pegasus_preview::preview_file(lang),
                html: format!(
                    "<!DOCTYPE html><html lang=\"{}\"><head>{head}</head><body>{body}</body></html>\n",
                    lang.code()
                ),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assets() -> Assets {
        Assets {
            stylesheet: "./style-1.css".into(),
            stylesheet_integrity: "sha384-a".into(),
            start_script: "./boot-1.js".into(),
            embed_script: "./embed-choices-1.js".into(),
            public_url: None,
        }
    }

    #[test]
    fn every_page_is_a_whole_document_in_its_language() {
        let timeline = crate::model::read(pegasus_timeline::TIMELINE_JSON).expect("valid data");
        let pages = render_pages(&timeline, &[], &assets());
        let names: Vec<_> = pages.iter().map(|p| p.name).collect();
        assert_eq!(
            names,
            ["index.html", "en.html", "embed.html", "embed-en.html"]
        );
        let english = &pages[1].html;
        assert!(english.starts_with("<!DOCTYPE html><html lang=\"en\"><head>"));
        assert!(english.contains("<script type=\"module\" async src=\"./boot-1.js\"></script>"));
        assert!(english.contains(
            "<link rel=\"stylesheet\" href=\"./style-1.css\" integrity=\"sha384-a\" crossorigin=\"anonymous\">"
        ));
        assert!(pages[2].html.contains("class=\"tl-embedded\""));
        // The host's choices are read before the first paint, on the embed copies only.
        let choices = "<script src=\"./embed-choices-1.js\"></script><script type=\"module\"";
        assert!(pages[2].html.contains(choices) && pages[3].html.contains(choices));
        assert!(!pages[0].html.contains("embed-choices") && !english.contains("embed-choices"));
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
    fn told_the_public_address_the_head_links_absolutely_and_embeds_point_at_the_page() {
        let timeline = crate::model::read(pegasus_timeline::TIMELINE_JSON).expect("valid data");
        let addressed = Assets {
            public_url: PublicUrl::parse("https://example.org/p/").expect("url"),
            ..assets()
        };
        let pages = render_pages(&timeline, &[], &addressed);
        let embed_en = &pages[3].html;
        for tag in [
            "<link rel=\"canonical\" href=\"https://example.org/p/en.html\">",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/p/embed.html\">",
            "<meta content=\"https://example.org/p/en.html\" property=\"og:url\">",
            "<meta content=\"https://example.org/p/share-en.png\" property=\"og:image\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        ] {
            assert!(embed_en.contains(tag), "{tag}\n{embed_en}");
        }
        assert!(!embed_en.contains("application/ld+json"));
        assert!(pages[1]
            .html
            .contains("<script type=\"application/ld+json\">{"));
        let unaddressed = render_pages(&timeline, &[], &assets());
        assert!(!unaddressed[0].html.contains("https://example.org"));
        assert!(unaddressed[0]
            .html
            .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"en.html\">"));
    }

    #[test]
    fn the_hydration_markers_are_valid_empty_comments_and_text_cannot_forge_one() {
        let mut timeline = pegasus_timeline::compiled_timeline();
        timeline.events[0].headline.fr = "Un titre avec <!> dedans".into();
        let body = render_body(Lang::Fr, false, &Arc::new(timeline), &[]);
        assert!(!body.contains("<!>"), "a marker left as <!>");
        assert!(body.contains("<!---->"), "Leptos's markers are written");
        assert!(body.contains("Un titre avec &lt;!&gt; dedans"));
    }

    #[test]
    fn the_head_escapes_what_it_is_given() {
        let mut timeline = crate::model::read(pegasus_timeline::TIMELINE_JSON).expect("valid data");
        timeline.title.en = "\"><script>alert(1)</script>".into();
        let html = document(Lang::En, false, &Arc::new(timeline), &[], &assets());
        assert!(!html.contains("<script>alert"), "{html}");
    }
}
