//! Build time: renders the page with the same Leptos components the browser uses, once
//! per page file, into complete HTML documents around the asset tags trunk wrote (hashed
//! stylesheets, the start-up script, the wasm). Native only.

use crate::app::{page_file, App};
use crate::i18n::typeset;
use crate::model::{Lang, Timeline};
use leptos::prelude::*;
use std::sync::Arc;

/// The `<link>` and `<script>` tags of trunk's `index.html` that load the app's assets.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssetTags(Vec<String>);

impl AssetTags {
    /// Finds them in trunk's output (or in a page written earlier by this module).
    pub fn from_html(html: &str) -> AssetTags {
        let head = html.split("</head>").next().unwrap_or_default();
        let mut tags = Vec::new();
        let mut rest = head;
        while let Some(start) = rest.find('<') {
            rest = &rest[start..];
            let Some(end) = rest.find('>') else { break };
            let tag = &rest[..=end];
            let lower = tag.to_ascii_lowercase();
            let wanted = if lower.starts_with("<script") {
                let close = rest
                    .find("</script>")
                    .map_or(end, |i| i + "</script>".len() - 1);
                let whole = &rest[..=close];
                // Inline scripts would break a strict CSP; the build hook moves them out.
                lower.contains(" src=").then(|| whole.to_owned())
            } else if lower.starts_with("<link") {
                // Preloads are left to the build hook's judgement (it removes them).
                ["stylesheet", "icon"]
                    .iter()
                    .any(|rel| {
                        lower.contains(&format!("rel={rel} "))
                            || lower.contains(&format!("rel={rel}>"))
                            || lower.contains(&format!("rel=\"{rel}\""))
                    })
                    .then(|| tag.to_owned())
            } else {
                None
            };
            if let Some(wanted) = wanted {
                rest = &rest[wanted.len()..];
                tags.push(wanted);
            } else {
                rest = &rest[1..];
            }
        }
        AssetTags(tags)
    }

    pub fn has_start_script(&self) -> bool {
        self.0.iter().any(|tag| tag.starts_with("<script"))
    }
}

/// One prerendered page.
pub struct PageFile {
    pub name: &'static str,
    pub html: String,
}

/// The four pages: French and English, for readers and for news pages' iframes.
pub fn render_pages(timeline: &Timeline, errors: &[String], assets: &AssetTags) -> Vec<PageFile> {
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

/// The body as Leptos renders it.
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

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A complete document: head (title, description, language alternates, social cards,
/// assets) and the prerendered body.
pub fn document(
    lang: Lang,
    embedded: bool,
    timeline: &Arc<Timeline>,
    errors: &[String],
    assets: &AssetTags,
) -> String {
    let title = attribute(&typeset(lang, timeline.title.get(lang)));
    let description = attribute(&typeset(lang, timeline.intro.get(lang)));
    let class = if embedded {
        " class=\"tl-embedded\""
    } else {
        ""
    };
    let (locale, other_locale) = match lang {
        Lang::Fr => ("fr_FR", "en_GB"),
        Lang::En => ("en_GB", "fr_FR"),
    };
    let mut head = String::new();
    head.push_str("<meta charset=\"utf-8\">");
    head.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    head.push_str("<meta name=\"color-scheme\" content=\"light dark\">");
    head.push_str(&format!("<title>{title}</title>"));
    head.push_str(&format!(
        "<meta name=\"description\" content=\"{description}\">"
    ));
    if embedded {
        // The iframe copy is part of someone else's page; search engines get ours.
        head.push_str("<meta name=\"robots\" content=\"noindex\">");
    }
    for other in [Lang::Fr, Lang::En] {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.code(),
            page_file(other, embedded)
        ));
    }
    head.push_str("<meta property=\"og:type\" content=\"article\">");
    head.push_str(&format!(
        "<meta property=\"og:locale\" content=\"{locale}\">"
    ));
    head.push_str(&format!(
        "<meta property=\"og:locale:alternate\" content=\"{other_locale}\">"
    ));
    head.push_str(&format!("<meta property=\"og:title\" content=\"{title}\">"));
    head.push_str(&format!(
        "<meta property=\"og:description\" content=\"{description}\">"
    ));
    head.push_str("<meta name=\"twitter:card\" content=\"summary\">");
    for tag in &assets.0 {
        head.push_str(tag);
    }
    let body = render_body(lang, embedded, timeline, errors);
    format!(
        "<!DOCTYPE html><html lang=\"{}\"{class}><head>{head}</head><body>{body}</body></html>\n",
        lang.code()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = r#"<!doctype html><html lang=fr><head><meta charset=utf-8><title>x</title><link href=favicon.svg rel=icon type=image/svg+xml><link href=./base-1.css integrity=sha384-a rel=stylesheet><link crossorigin href=./app-1.js integrity=sha384-b rel=modulepreload><link as=fetch crossorigin href=./app-1_bg.wasm rel=preload type=application/wasm><script src=./boot-1.js type=module></script><link rel=alternate hreflang=en href=en.html></head><body></body></html>"#;

    #[test]
    fn trunks_asset_tags_are_kept_and_nothing_else() {
        let tags = AssetTags::from_html(TRUNK);
        assert_eq!(tags.0.len(), 3, "{tags:?}");
        assert!(tags.has_start_script());
        assert!(tags
            .0
            .iter()
            .all(|t| !t.contains("alternate") && !t.contains("<title") && !t.contains("preload")));
    }

    #[test]
    fn every_page_is_a_whole_document_in_its_language() {
        let timeline = crate::model::read(crate::TIMELINE_JSON).expect("valid data");
        let pages = render_pages(&timeline, &[], &AssetTags::from_html(TRUNK));
        let names: Vec<_> = pages.iter().map(|p| p.name).collect();
        assert_eq!(
            names,
            ["index.html", "en.html", "embed.html", "embed-en.html"]
        );
        let english = &pages[1].html;
        assert!(english.starts_with("<!DOCTYPE html><html lang=\"en\"><head>"));
        assert!(english.contains("<script src=./boot-1.js type=module></script>"));
        assert!(pages[2].html.contains("class=\"tl-embedded\""));
        assert!(pages[2].html.contains("noindex"));
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
    fn a_page_written_earlier_gives_the_same_asset_tags() {
        let timeline = Arc::new(crate::model::read(crate::TIMELINE_JSON).expect("valid data"));
        let tags = AssetTags::from_html(TRUNK);
        let page = document(Lang::Fr, false, &timeline, &[], &tags);
        assert_eq!(AssetTags::from_html(&page), tags);
    }
}
