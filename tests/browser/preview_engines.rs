//! The editors' preview in the three engines newsrooms' editors use: Chromium, Firefox
//! ESR and WebKitGTK (Safari's engine). The shipped data file chosen with the picker is
//! checked and drawn, the language switches in place, and not one console message.

use crate::preview_support::{pick_data_file, project_file, status_after};
use crate::support::{probed_dist, text_of, timeline_json, Browser, Engine};
use pegasus_site::static_server::ServerConfig;

async fn preview_smoke(engine: Engine) {
    let browser = Browser::engine(engine, ServerConfig::new(probed_dist()), 1280, 900, &[]).await;
    browser
        .client
        .goto(&browser.server.url("/preview.html"))
        .await
        .expect("the preview page");
    browser
        .client
        .wait()
        .at_most(std::time::Duration::from_secs(20))
        .for_element(fantoccini::Locator::Css(".pv-desk .pv-status"))
        .await
        .unwrap_or_else(|e| panic!("{engine:?}: the preview's wasm draws its page: {e}"));
    pick_data_file(&browser, &project_file("public/timeline.json")).await;
    let status = status_after(&browser, "timeline.json", 20).await;
    assert!(status.contains("No problem"), "{engine:?}: {status}");
    let events = timeline_json()["events"].as_array().map_or(0, Vec::len);
    browser
        .wait_until(&format!(
            "document.querySelectorAll('.pv-page [data-event-id]').length === {events}"
        ))
        .await;
    browser.click(".pv-lang[lang='fr']").await;
    let french_title = text_of(&timeline_json()["title"]["fr"], "the French title").to_owned();
    browser
        .wait_until(&format!(
            "document.querySelector('.pv-page h1').textContent.replace(/\\s/g, ' ') === {:?}.replace(/\\s/g, ' ')",
            french_title
        ))
        .await;
    assert_eq!(browser.missing_files(), Vec::<String>::new(), "{engine:?}");
    assert_eq!(
        browser.console_messages().await,
        Vec::<String>::new(),
        "{engine:?}"
    );
    browser.close().await;
}

crate::support::in_every_engine!(a_picked_file_is_checked_and_drawn, preview_smoke);
