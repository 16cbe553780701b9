//! How the page looks to every reader, in headless Chromium: nothing overflows a small
//! screen, axe finds no serious or critical violation in light or dark mode, and
//! screenshots at phone and desktop widths for a person to look at.

use crate::support::{axe_source, dist_dir, sources_open, Browser};
use pegasus_site::static_server::ServerConfig;
use serde_json::Value;

async fn assert_no_horizontal_overflow(width: u32) {
    let browser = Browser::with(ServerConfig::new(dist_dir()), width, 900, &[]).await;
    browser.load("/").await;
    browser.expand_all().await;
    let inner = browser.js("return window.innerWidth").await;
    assert_eq!(inner.as_u64(), Some(u64::from(width)), "viewport width");
    let overflow = browser
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        .await;
    assert_eq!(
        overflow.as_i64(),
        Some(0),
        "horizontal overflow at {width}px"
    );
    let wide = browser
        .js("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5).map(e => e.className || e.tagName).slice(0, 5)")
        .await;
    assert_eq!(wide, serde_json::json!([]), "elements wider than {width}px");
    browser.close().await;
}

#[tokio::test]
async fn nothing_overflows_a_320_px_screen() {
    assert_no_horizontal_overflow(320).await;
}

#[tokio::test]
async fn nothing_overflows_a_375_px_screen() {
    assert_no_horizontal_overflow(375).await;
}

async fn axe_violations(dark: bool) -> Vec<String> {
    let args: &[&str] = if dark { &["--force-dark-mode"] } else { &[] };
    let browser = Browser::with(ServerConfig::new(dist_dir()), 1280, 900, args).await;
    browser.load("/").await;
    browser.expand_all().await;
    browser.js(&axe_source()).await;
    let result = browser
        .client
        .execute_async(
            "const done = arguments[0]; axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })))).catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e) }]))",
            vec![],
        )
        .await
        .expect("axe.run");
    browser.close().await;
    result
        .as_array()
        .expect("violations")
        .iter()
        .filter(|v| v["impact"] == "serious" || v["impact"] == "critical")
        .map(|v| v.to_string())
        .collect()
}

#[tokio::test]
async fn axe_finds_no_serious_or_critical_violation_in_light_mode() {
    assert_eq!(axe_violations(false).await, Vec::<String>::new());
}

#[tokio::test]
async fn axe_finds_no_serious_or_critical_violation_in_dark_mode() {
    assert_eq!(axe_violations(true).await, Vec::<String>::new());
}

#[tokio::test]
async fn screenshots_at_phone_and_desktop_widths_in_light_and_dark() {
    for (width, dark) in [(375, false), (375, true), (1280, false), (1280, true)] {
        let args: &[&str] = if dark { &["--force-dark-mode"] } else { &[] };
        let browser = Browser::with(ServerConfig::new(dist_dir()), width, 1400, args).await;
        browser.load("/#appel-macron-bennett").await;
        browser
            .wait_until(&sources_open("appel-macron-bennett"))
            .await;
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        let scheme = if dark { "dark" } else { "light" };
        let is_dark = browser
            .js("return matchMedia('(prefers-color-scheme: dark)').matches")
            .await;
        assert_eq!(is_dark, Value::Bool(dark));
        browser
            .screenshot(&format!("reader-{width}-{scheme}"))
            .await;
        browser.js("window.scrollTo(0, 0)").await;
        browser.screenshot(&format!("top-{width}-{scheme}")).await;
        assert_eq!(browser.console_errors().await, Vec::<String>::new());
        browser.close().await;
    }
}
