//! The same smoke test in the three engines newsrooms' readers use: Chromium, Firefox ESR
//! and WebKitGTK (Safari's engine). Load the release build, see every event, open a quote.

mod support;

use pegasus_timeline::static_server::ServerConfig;
use support::{dist_dir, timeline_json, Browser, Engine};

async fn smoke(engine: Engine) {
    let browser = Browser::engine(engine, ServerConfig::new(dist_dir()), 1280, 900, &[]).await;
    browser.load("/").await;
    let expected = timeline_json()["events"]
        .as_array()
        .map(Vec::len)
        .unwrap_or(0);
    let count = browser
        .js("return document.querySelectorAll('[data-event-id]').length")
        .await;
    assert_eq!(
        count.as_u64(),
        Some(expected as u64),
        "{engine:?}: every event"
    );
    let card = "#gantz-a-paris";
    browser.click(&format!("{card} .tl-quotes__toggle")).await;
    browser
        .wait_until(&format!(
            "document.querySelector('{card} details.tl-quotes').open && document.querySelector('{card} blockquote').offsetParent !== null"
        ))
        .await;
    let quote = browser
        .js(&format!(
            "return document.querySelector('{card} blockquote').textContent"
        ))
        .await;
    assert!(
        quote.as_str().unwrap_or_default().contains("Benny Gantz"),
        "{engine:?}: {quote}"
    );
    assert_eq!(browser.missing_files(), Vec::<String>::new(), "{engine:?}");
    assert_eq!(
        browser.console_errors().await,
        Vec::<String>::new(),
        "{engine:?}"
    );
    browser
        .screenshot(&format!("engine-{engine:?}").to_lowercase())
        .await;
    browser.close().await;
}

#[tokio::test]
async fn chromium_shows_every_event_and_opens_a_quote() {
    smoke(Engine::Chromium).await;
}

#[tokio::test]
async fn firefox_esr_shows_every_event_and_opens_a_quote() {
    smoke(Engine::Firefox).await;
}

#[tokio::test]
async fn webkitgtk_shows_every_event_and_opens_a_quote() {
    smoke(Engine::WebKit).await;
}
