//! The page described for search engines as schema.org JSON-LD: a news article, its
//! headline, language, the days it covers and the articles it quotes. It goes into a
//! `<script type="application/ld+json">`, a data block that never runs, which the strict
//! CSP allows.

use super::{image_file, PublicUrl, IMAGE_HEIGHT, IMAGE_WIDTH};
use crate::i18n::typeset;
use crate::model::{is_web_url, Lang, Timeline};
use crate::pages::page_file;
use serde_json::{json, Map, Value};

/// The JSON-LD of a reader's page, ready to sit inside `<script>`: `<`, `>` and `&` are
/// written `\u003c`, `\u003e`, `\u0026`, so no text from the data can close the element.
/// The address, the image and the other language's page are named only when the public
/// address is known (schema.org wants them absolute).
pub fn json_ld(lang: Lang, timeline: &Timeline, public_url: Option<&PublicUrl>) -> String {
    let citations: Vec<Value> = timeline
        .sources
        .iter()
        .map(|source| {
            let mut article = Map::new();
            article.insert("@type".into(), "NewsArticle".into());
            article.insert("headline".into(), source.headline.clone().into());
            article.insert(
                "publisher".into(),
                json!({ "@type": "Organization", "name": source.outlet.get(lang) }),
            );
            if let Some(published) = &source.published {
                article.insert("datePublished".into(), published.clone().into());
            }
            if let Some(url) = source.url.as_ref().filter(|u| is_web_url(u)) {
                article.insert("url".into(), url.clone().into());
            }
            article.insert("inLanguage".into(), source.language.clone().into());
            Value::Object(article)
        })
        .collect();
    let window = timeline.window;
    let mut page = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": typeset(lang, timeline.title.get(lang)),
        "description": typeset(lang, timeline.intro.get(lang)),
        "inLanguage": lang.code(),
        "temporalCoverage": format!("{}/{}", window.start, window.end),
        "isAccessibleForFree": true,
        "citation": citations,
    });
    if let Some(base) = public_url {
        let url = base.join(page_file(lang, false));
        let other = match lang {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        };
        page["url"] = url.clone().into();
        page["mainEntityOfPage"] = json!({ "@type": "WebPage", "@id": url });
        page["image"] = json!([{
            "@type": "ImageObject",
            "url": base.join(image_file(lang)),
            "width": IMAGE_WIDTH,
            "height": IMAGE_HEIGHT,
        }]);
        let translation = json!({
            "@type": "NewsArticle",
            "url": base.join(page_file(other, false)),
            "inLanguage": other.code(),
        });
        let relation = match lang {
            Lang::Fr => "workTranslation",
            Lang::En => "translationOfWork",
        };
        page[relation] = translation;
    }
    let text = serde_json::to_string(&page).unwrap_or_else(|_| "{}".to_owned());
    text.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_parses_and_names_the_page_and_both_sources() {
        let timeline = crate::model::read(pegasus_timeline::TIMELINE_JSON).expect("valid data");
        let base = PublicUrl::parse("https://example.org/pegasus/").expect("url");
        let text = json_ld(Lang::En, &timeline, base.as_ref());
        let data: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(data["@type"], "NewsArticle");
        assert_eq!(
            data["headline"],
            "The Pegasus affair: Paris asks Israel for answers"
        );
        assert_eq!(data["inLanguage"], "en");
        assert_eq!(data["temporalCoverage"], "2021-07-20/2021-07-28");
        assert_eq!(data["url"], "https://example.org/pegasus/en.html");
        assert_eq!(
            data["image"][0]["url"],
            "https://example.org/pegasus/share-en.png"
        );
        assert_eq!(
            data["translationOfWork"]["url"],
            "https://example.org/pegasus/index.html"
        );
        let citations = data["citation"].as_array().expect("citations");
        assert_eq!(citations.len(), 2);
        assert_eq!(citations[0]["publisher"]["name"], "Le Desk");
        assert_eq!(citations[0]["datePublished"], "2021-07-29T11:11:00+01:00");
        assert!(citations[1].get("datePublished").is_none());
        let unaddressed = json_ld(Lang::Fr, &timeline, None);
        let data: Value = serde_json::from_str(&unaddressed).expect("JSON");
        assert!(data.get("url").is_none() && data.get("image").is_none());
    }

    #[test]
    fn no_text_from_the_data_can_close_the_script_element() {
        let mut timeline = crate::model::read(pegasus_timeline::TIMELINE_JSON).expect("valid data");
        timeline.title.en = "</script><script>alert(1)</script> & <!--".into();
        let text = json_ld(Lang::En, &timeline, None);
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        let data: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(
            data["headline"],
            "</script><script>alert(1)</script> & <!--"
        );
    }
}
