//! Hostile data (markup, scripts, event handlers, bidi controls, endless words, empty and
//! huge strings, `javascript:` and `data:` links) in a release build made from
//! `tests/fixtures/hostile/timeline.json`: nothing runs, text shows as written, the layout
//! holds, and a panic leaves a readable page that says what happened.

use crate::support::{build_dir, text_of, Browser};
use pegasus_site::static_server::ServerConfig;
use serde_json::Value;
use std::path::PathBuf;

fn hostile_dist() -> PathBuf {
    build_dir("PEGASUS_HOSTILE_DIST", "target/hostile-dist")
}

fn hostile_data() -> Value {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/timeline.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("json")
}

async fn open(width: u32) -> Browser {
    let browser = Browser::with(ServerConfig::new(hostile_dist()), width, 900, &[]).await;
    browser.load("/").await;
    browser.expand_all().await;
    browser
}

#[tokio::test]
async fn no_markup_or_link_from_the_data_ever_runs() {
    let browser = open(1280).await;
    // Give handlers every chance: hover everything, focus everything.
    browser
        .js("document.querySelectorAll('main *').forEach(e => { e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); })")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        browser.js("return typeof window.__pwned").await,
        "undefined"
    );
    let injected = browser
        .js("return document.querySelectorAll('main img, main script, main iframe, main svg, main b, [onmouseover], [onerror], [onload]').length")
        .await;
    assert_eq!(injected, 0);
    let links = browser
        .js("return [...document.querySelectorAll('[href], [src], [cite]')].map(e => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('cite'))")
        .await;
    for link in links.as_array().expect("links") {
        let link = text_of(link, "link").trim().to_ascii_lowercase();
        assert!(
            !link.starts_with("javascript:") && !link.starts_with("data:text"),
            "a dangerous link reached the page: {link}"
        );
    }
    browser.close().await;
}

#[tokio::test]
async fn hostile_text_is_shown_exactly_as_written() {
    let browser = open(1280).await;
    let data = hostile_data();
    let normalize = "replace(/[\\u00a0\\u202f]/g, ' ')";
    let first = &data["events"][0];
    let id = first["id"].as_str().expect("id");
    let shown = browser
        .js(&format!("const c = document.getElementById('{id}'); return [c.querySelector('.tl-card__title').textContent.{normalize}, c.querySelector('.tl-card__summary').textContent.{normalize}]"))
        .await;
    assert_eq!(shown[0], first["headline"]["fr"]);
    assert_eq!(shown[1], first["summary"]["fr"]);
    let second = &data["events"][1];
    let id = second["id"].as_str().expect("id");
    let bidi = browser
        .js(&format!(
            "return document.getElementById('{id}').querySelector('.tl-card__title').textContent"
        ))
        .await;
    assert_eq!(
        bidi, second["headline"]["fr"],
        "bidi controls kept, not dropped or reordered"
    );
    let long = browser
        .js(&format!("return document.getElementById('{id}').querySelector('.tl-card__summary').textContent.length"))
        .await;
    assert_eq!(long, 3000);
    let handler_id = data["events"][7]["id"].as_str().expect("id");
    let found = browser
        .js(&format!("return document.querySelectorAll('[data-event-id]').length === {} && [...document.querySelectorAll('[data-event-id]')].some(e => e.dataset.eventId === {})", data["events"].as_array().map(Vec::len).unwrap_or(0), serde_json::to_string(handler_id).expect("json")))
        .await;
    assert_eq!(
        found,
        Value::Bool(true),
        "an id full of quotes stays an attribute value"
    );
    let notice = browser
        .js("return document.querySelector('.tl-error[role=alert]').textContent")
        .await;
    let notice = text_of(&notice, "notice");
    assert!(notice.contains("javascript:window.__pwned=3"), "{notice}");
    assert!(
        notice.contains("field `summary.en`: the text is empty"),
        "{notice}"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_layout_holds_on_a_phone() {
    let browser = open(375).await;
    let overflow = browser
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        .await;
    assert_eq!(overflow.as_i64(), Some(0), "horizontal overflow");
    browser.screenshot("hostile-375").await;
    browser.close().await;
}

#[tokio::test]
async fn a_panic_keeps_the_content_and_tells_the_reader() {
    let browser = Browser::with(ServerConfig::new(hostile_dist()), 1280, 900, &[]).await;
    browser.load("/?panic-test").await;
    let cards = browser
        .js("return document.querySelectorAll('[data-event-id]').length")
        .await;
    // The notice is in the page from the start, hidden: a panic only shows it.
    assert_eq!(
        browser
            .js("return document.getElementById('tl-failure').checkVisibility()")
            .await,
        false
    );
    browser.click(".tl-card__copy").await;
    browser
        .wait_until("document.getElementById('tl-failure').checkVisibility()")
        .await;
    let notice = browser
        .js("return document.getElementById('tl-failure').textContent")
        .await;
    assert!(
        text_of(&notice, "notice").starts_with("Une erreur est survenue"),
        "{notice}"
    );
    assert_eq!(
        browser
            .js("return document.getElementById('tl-failure').getAttribute('role')")
            .await,
        "alert"
    );
    assert_eq!(
        browser
            .js("return document.querySelectorAll('[data-event-id]').length")
            .await,
        cards
    );
    browser.close().await;
}
