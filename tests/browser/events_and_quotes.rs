//! The release build, loaded over HTTP in headless Chromium, as a reader gets it.

use crate::support::{text_of, timeline_json, Browser};
use fantoccini::Locator;
use serde_json::Value;

#[tokio::test]
async fn the_page_renders_with_no_console_error_and_no_missing_file() {
    let browser = Browser::open().await;
    browser.load("/").await;
    let title = browser.client.title().await.expect("title");
    assert!(title.starts_with("Affaire Pegasus"), "{title}");
    let heading = browser
        .js("return document.querySelector('h1').textContent")
        .await;
    assert!(text_of(&heading, "the h1").contains("Pegasus"), "{heading}");
    browser.screenshot("home-1280").await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    assert_eq!(browser.missing_files(), Vec::<String>::new());
    let favicon = browser
        .server
        .requests()
        .into_iter()
        .any(|r| r.path.ends_with("favicon.svg") && r.status == 200);
    assert!(
        favicon,
        "the favicon is served: {:?}",
        browser.server.requests()
    );
    browser.close().await;
}

#[tokio::test]
async fn every_event_is_rendered_in_order_with_its_date() {
    let browser = Browser::open().await;
    browser.load("/").await;
    let rendered = browser
        .js(
            r#"return [...document.querySelectorAll('[data-event-id]')].map(e => ({
                id: e.dataset.eventId,
                context: e.hasAttribute('data-context'),
                datetime: e.querySelector('time[datetime]').getAttribute('datetime'),
            }))"#,
        )
        .await;
    let data = timeline_json();
    let expected: Vec<Value> = data["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| {
            serde_json::json!({
                "id": e["id"],
                "context": e["context"].as_bool().unwrap_or(false),
                "datetime": e["date"]["from"],
            })
        })
        .collect();
    assert_eq!(rendered, Value::Array(expected));
    let in_window = browser
        .js("return document.querySelectorAll('[data-event-id]:not([data-context])').length")
        .await;
    assert!(
        in_window.as_u64().unwrap_or(0) >= 10,
        "{in_window} in-window events"
    );
    browser.close().await;
}

#[tokio::test]
async fn every_day_of_the_window_is_on_the_axis_even_without_events() {
    let browser = Browser::open().await;
    browser.load("/").await;
    let days = browser
        .js("return [...document.querySelectorAll('[data-day]')].map(d => d.dataset.day)")
        .await;
    let expected: Vec<String> = (20..=28).map(|d| format!("2021-07-{d}")).collect();
    assert_eq!(days, serde_json::json!(expected));
    browser.close().await;
}

#[tokio::test]
async fn every_quote_is_shown_verbatim_with_outlet_and_date_once_its_toggle_is_pressed() {
    let browser = Browser::open().await;
    browser.load("/").await;
    let data = timeline_json();
    let sources = data["sources"].as_array().expect("sources");
    for event in data["events"].as_array().expect("events") {
        let id = event["id"].as_str().expect("id");
        let card = browser
            .client
            .find(Locator::Css(&format!("[data-event-id='{id}']")))
            .await
            .expect("card");
        let toggle = card
            .find(Locator::Css("summary.tl-quotes__toggle"))
            .await
            .expect("toggle");
        let is_open = |toggle: &fantoccini::elements::Element| {
            let toggle = serde_json::to_value(toggle).expect("element");
            let client = browser.client.clone();
            async move {
                client
                    .execute("return arguments[0].parentElement.open", vec![toggle])
                    .await
                    .expect("details state")
            }
        };
        assert_eq!(is_open(&toggle).await, serde_json::json!(false));
        browser
            .client
            .execute(
                "arguments[0].scrollIntoView({block:'center'})",
                vec![serde_json::to_value(&toggle).expect("element")],
            )
            .await
            .expect("scroll");
        toggle.click().await.expect("click");
        assert_eq!(is_open(&toggle).await, serde_json::json!(true));
        let shown = browser
            .client
            .execute(
                r#"const card = arguments[0];
                   return [...card.querySelectorAll('figure')].filter(f => f.checkVisibility()).map(f => ({
                     text: f.querySelector('blockquote').textContent,
                     cite: f.querySelector('blockquote').getAttribute('cite'),
                     caption: f.querySelector('figcaption').textContent,
                   }))"#,
                vec![serde_json::to_value(&card).expect("element")],
            )
            .await
            .expect("quotes");
        let quotes = event["quotes"].as_array().expect("quotes");
        assert_eq!(
            shown.as_array().map(Vec::len),
            Some(quotes.len()),
            "{id}: {shown}"
        );
        for (quote, figure) in quotes.iter().zip(shown.as_array().expect("array")) {
            assert_eq!(figure["text"], quote["text"], "{id}: the quote is verbatim");
            let source = sources
                .iter()
                .find(|s| s["id"] == quote["source"])
                .expect("source");
            let cite = text_of(&figure["cite"], "the quote's cite");
            let expected_cite = source["url"]
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| format!("#source-{}", text_of(&source["id"], "a source's id")));
            assert_eq!(cite, expected_cite, "{id}");
            let caption = text_of(&figure["caption"], "the quote's caption");
            for needle in [&source["outlet"]["fr"], &source["published_label"]["fr"]] {
                let needle = text_of(needle, "a source's outlet or publication label");
                assert!(
                    caption.contains(needle),
                    "{id}: caption {caption:?} lacks {needle:?}"
                );
            }
            assert!(
                caption.contains(text_of(&source["headline"], "a source's headline")),
                "{id}: {caption}"
            );
        }
    }
    browser.screenshot("all-quotes-open").await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn each_source_quoted_is_listed_with_an_anchor() {
    let browser = Browser::open().await;
    browser.load("/").await;
    for source in timeline_json()["sources"].as_array().expect("sources") {
        let id = source["id"].as_str().expect("id");
        let text = browser
            .js(&format!(
                "return document.getElementById('source-{id}')?.textContent ?? ''"
            ))
            .await;
        let text = text_of(&text, "the source's entry");
        assert!(
            text.contains(text_of(&source["outlet"]["fr"], "a source's outlet")),
            "{id}: {text}"
        );
    }
    let data_link = browser
        .js("return document.querySelector('a[href=\"timeline.json\"]') !== null")
        .await;
    assert_eq!(data_link, Value::Bool(true), "the page links to its data");
    browser.close().await;
}
