//! The same smoke test in the three engines newsrooms' readers use: Chromium, Firefox ESR
//! and WebKitGTK (Safari's engine). Load the release build, let the wasm hydrate it, see
//! every event, open a quote, filter, expand all, follow a deep link, move with j, copy a
//! link; and not one console message (a hydration mismatch would be one).

use crate::support::{probed_dist, text_of, timeline_json, Browser, Engine};
use pegasus_site::static_server::ServerConfig;

async fn smoke(engine: Engine) {
    let browser = Browser::engine(engine, ServerConfig::new(probed_dist()), 1280, 900, &[]).await;
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
        text_of(&quote, "quote").contains("Benny Gantz"),
        "{engine:?}: {quote}"
    );
    // Hydrated, and the controls answer: the filter hides what it should.
    let involving_maroc = timeline_json()["events"]
        .as_array()
        .map(|events| {
            events
                .iter()
                .filter(|e| {
                    e["actors"]
                        .as_array()
                        .is_some_and(|a| a.contains(&"maroc".into()))
                })
                .count()
        })
        .unwrap_or(0);
    browser
        .click(".tl-filters__button[data-actor='maroc']")
        .await;
    browser
        .wait_until(&format!(
            "document.querySelector('.tl-filters__count').dataset.shown === '{involving_maroc}' && document.querySelectorAll('li.tl-item[hidden]').length === {}",
            expected - involving_maroc
        ))
        .await;
    browser.click(".tl-filters__button[data-actor='']").await;
    browser
        .wait_until("document.querySelectorAll('li.tl-item[hidden]').length === 0")
        .await;
    // « Tout déplier », then « Tout replier ».
    browser
        .js("document.querySelector('.tl-tools__expand').click()")
        .await;
    browser
        .wait_until("[...document.querySelectorAll('details.tl-quotes')].every(d => d.open) && document.querySelector('.tl-tools__expand').textContent === 'Tout replier'")
        .await;
    browser
        .js("document.querySelector('.tl-tools__expand').click()")
        .await;
    browser
        .wait_until("[...document.querySelectorAll('details.tl-quotes')].every(d => !d.open)")
        .await;
    // A deep link (a hash change): the card opens and takes focus; j moves to the next.
    browser.js("location.hash = 'appel-revele'").await;
    browser
        .wait_until("document.getElementById('appel-revele-sources').open && document.activeElement.id === 'appel-revele'")
        .await;
    // Under a loaded machine geckodriver's first key press can land before Firefox has
    // settled the deep link's smooth scroll; a reader would press again, and so does this.
    let moved = "document.activeElement.id !== 'appel-revele' && document.activeElement.hasAttribute('data-event-id')";
    for _ in 0..3 {
        browser.press("j").await;
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
        if browser.js(&format!("return Boolean({moved})")).await == true {
            break;
        }
    }
    browser.wait_until(moved).await;
    // Copy link: done or, where the browser refuses, the address to copy by hand.
    browser.click("#licences-cyber .tl-card__copy").await;
    browser
        .wait_until("document.querySelector('#licences-cyber .tl-card__copy').dataset.copied !== undefined && document.querySelector('[role=status]').textContent.includes('#licences-cyber')")
        .await;
    assert_eq!(
        browser
            .js("return document.getElementById('tl-failure').checkVisibility()")
            .await,
        false,
        "{engine:?}: no panic"
    );
    assert_eq!(browser.missing_files(), Vec::<String>::new(), "{engine:?}");
    assert_eq!(
        browser.console_messages().await,
        Vec::<String>::new(),
        "{engine:?}"
    );
    // The console is really read in this engine: a message of ours shows up.
    browser.js("console.warn('tl-probe')").await;
    let messages = browser.console_messages().await;
    assert!(
        messages.iter().any(|m| m.contains("tl-probe")),
        "{engine:?}: the console capture saw {messages:?}"
    );
    browser
        .screenshot(&format!("engine-{engine:?}").to_lowercase())
        .await;
    browser.close().await;
}

crate::support::in_every_engine!(every_event_shows_and_every_control_answers, smoke);
