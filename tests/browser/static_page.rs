//! The prerendered page: complete without JavaScript, the same events once the wasm has
//! taken over, and nothing moves when it does.

use crate::support::{dist_dir, event_ids_in_data, timeline_json, Browser, NO_JAVASCRIPT, PAGES};
use fantoccini::Locator;
use pegasus_site::static_server::ServerConfig;

/// The `data-event-id`s of a prerendered file, in document order.
fn event_ids_in_file(page: &str) -> Vec<String> {
    let html = std::fs::read_to_string(dist_dir().join(page)).expect(page);
    html.split("data-event-id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// WebDriver's visible text of `within`'s `css` child, once the browser has painted it: a
/// card the click has just scrolled to is laid out at the next frame (`content-visibility:
/// auto`), and until then it has no visible text. Empty if it never shows.
async fn shown_text(within: &fantoccini::elements::Element, css: &str) -> String {
    let element = within.find(Locator::Css(css)).await.expect(css);
    for _ in 0..40 {
        let text = element.text().await.expect("text");
        if !text.is_empty() {
            return text;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    String::new()
}

#[tokio::test]
async fn without_javascript_every_event_and_every_quote_is_readable() {
    let browser = Browser::with(ServerConfig::new(dist_dir()), 375, 900, &[NO_JAVASCRIPT]).await;
    browser.load_prerendered("/").await;
    let data = timeline_json();
    let sources = data["sources"].as_array().expect("sources");
    let cards = browser
        .client
        .find_all(Locator::Css("[data-event-id]"))
        .await
        .expect("cards");
    let mut ids = Vec::new();
    for card in &cards {
        ids.push(card.attr("id").await.expect("id").unwrap_or_default());
    }
    assert_eq!(ids, event_ids_in_data());
    // Only WebDriver's own commands here: the page's scripts are off.
    for event in data["events"].as_array().expect("events") {
        let id = event["id"].as_str().expect("id");
        let card = browser
            .client
            .find(Locator::Css(&format!("#{id}")))
            .await
            .expect("card");
        let headline = card.find(Locator::Css(".tl-card__title")).await.expect("h");
        assert!(!headline.text().await.expect("text").is_empty(), "{id}");
        // The sources are a native <details>: a click opens it, no script needed.
        card.find(Locator::Css("summary.tl-quotes__toggle"))
            .await
            .expect("toggle")
            .click()
            .await
            .expect("click");
        let figures = card
            .find_all(Locator::Css("figure"))
            .await
            .expect("figures");
        let quotes = event["quotes"].as_array().expect("quotes");
        assert_eq!(figures.len(), quotes.len(), "{id}");
        for (figure, quote) in figures.iter().zip(quotes) {
            let text = shown_text(figure, "blockquote").await;
            // WebDriver's visible text trims and normalises no-break spaces.
            let expected = quote["text"].as_str().expect("text").replace('\u{a0}', " ");
            assert_eq!(text.replace('\u{a0}', " "), expected.trim(), "{id}");
            let caption = shown_text(figure, "figcaption").await;
            let source = sources
                .iter()
                .find(|s| s["id"] == quote["source"])
                .expect("source");
            let outlet = source["outlet"]["fr"].as_str().expect("outlet");
            assert!(caption.contains(outlet), "{id}: {caption}");
        }
    }
    // The wasm never ran, and the controls that need it are not offered.
    assert!(browser
        .client
        .find(Locator::Css("html.tl-js"))
        .await
        .is_err());
    assert!(!browser
        .client
        .find(Locator::Css(".tl-card__copy"))
        .await
        .expect("copy button")
        .is_displayed()
        .await
        .expect("displayed"));
    assert!(
        !browser
            .server
            .requests()
            .iter()
            .any(|r| r.path.ends_with(".wasm")),
        "the wasm was fetched with scripts off"
    );
    browser.screenshot("no-javascript-375").await;
    browser.close().await;
}

#[tokio::test]
async fn the_prerendered_html_and_the_live_app_show_the_same_events_in_the_same_order() {
    let expected = event_ids_in_data();
    for page in PAGES {
        assert_eq!(event_ids_in_file(page), expected, "{page} as prerendered");
    }
    let browser = Browser::open().await;
    for page in ["index.html", "en.html"] {
        browser.load(&format!("/{page}")).await;
        let live = browser
            .js("return [...document.querySelectorAll('[data-event-id]')].map(e => e.id)")
            .await;
        assert_eq!(
            live,
            serde_json::json!(expected),
            "{page} once the wasm runs"
        );
        // Once each: taking over never adds a second copy of anything.
        let copies = browser
            .js("return ['.tl-daynav', '.tl-tools', '.tl-filters', '#tl-announcement', 'main'].map(s => document.querySelectorAll(s).length)")
            .await;
        assert_eq!(copies, serde_json::json!([1, 1, 1, 1, 1]), "{page}");
    }
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

async fn layout_shift(width: u32, path: &str) -> f64 {
    let browser = Browser::with(ServerConfig::new(dist_dir()), width, 900, &[]).await;
    browser.load(path).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let shift = browser
        .client
        .execute_async(
            "const done = arguments[0]; let sum = 0; new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; }).observe({ type: 'layout-shift', buffered: true }); setTimeout(() => done(sum), 200);",
            vec![],
        )
        .await
        .expect("layout shifts");
    let controls = browser
        .js("return getComputedStyle(document.querySelector('.tl-tools')).visibility")
        .await;
    assert_eq!(controls, "visible", "the controls woke up");
    browser.close().await;
    shift.as_f64().unwrap_or(f64::NAN)
}

#[tokio::test]
async fn nothing_moves_when_the_wasm_takes_over() {
    for (width, path) in [(375, "/"), (1280, "/"), (375, "/en.html")] {
        let shift = layout_shift(width, path).await;
        assert_eq!(shift, 0.0, "cumulative layout shift at {width}px on {path}");
    }
}

#[tokio::test]
async fn the_pages_say_their_language_and_point_to_each_other() {
    for (page, lang, other) in [
        ("index.html", "fr", "en.html"),
        ("en.html", "en", "index.html"),
    ] {
        let html = std::fs::read_to_string(dist_dir().join(page)).expect(page);
        assert!(
            html.starts_with(&format!("<!DOCTYPE html><html lang=\"{lang}\">")),
            "{page}"
        );
        assert!(
            html.contains(&format!("href=\"{other}\" hreflang")),
            "{page}"
        );
        assert!(!html.contains("noindex"), "{page}");
    }
    let embed = std::fs::read_to_string(dist_dir().join("embed.html")).expect("embed.html");
    assert!(embed.contains("class=\"tl-embedded\"") && embed.contains("noindex"));
}
