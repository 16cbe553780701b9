//! `dist/` as a static host serves it: under a sub-path, with a strict Content-Security-Policy
//! as a real header, `.wasm` with a generic MIME type, and not one request to another origin.

use crate::support::{dist_dir, text_of, timeline_json, Browser, PAGES, READERS_CSP};
use pegasus_site::static_server::ServerConfig;
use std::io::Read;

/// The readers' pages' policy, Trusted Types included, on every file.
const CSP: &str = READERS_CSP;
const MOUNT: &str = "/actualite/2021/pegasus/";

fn strict_sub_path_host(generic_wasm_mime: bool) -> ServerConfig {
    ServerConfig {
        mount: MOUNT.into(),
        headers: vec![("Content-Security-Policy".into(), CSP.into())],
        generic_wasm_mime,
        ..ServerConfig::new(dist_dir())
    }
}

#[tokio::test]
async fn the_build_runs_under_a_sub_path_with_a_strict_csp_and_a_generic_wasm_type() {
    let browser = Browser::with(strict_sub_path_host(true), 1280, 900, &[]).await;
    browser.load(MOUNT).await;
    let count = browser
        .js("return document.querySelectorAll('[data-event-id]').length")
        .await;
    let expected = timeline_json()["events"]
        .as_array()
        .map(Vec::len)
        .unwrap_or(0);
    assert_eq!(count.as_u64(), Some(expected as u64));
    // Interaction works too: a toggle opens its quotes.
    browser.click(".tl-quotes__toggle").await;
    browser
        .wait_until("document.querySelector('details.tl-quotes').open")
        .await;
    assert_eq!(
        browser.console_errors().await,
        Vec::<String>::new(),
        "CSP violations or errors"
    );
    assert_eq!(browser.missing_files(), Vec::<String>::new());
    assert!(browser
        .server
        .requests()
        .iter()
        .all(|r| r.path.starts_with(MOUNT)));
    browser.close().await;
}

#[tokio::test]
async fn a_whole_session_requests_nothing_from_another_origin() {
    let browser = Browser::with(strict_sub_path_host(false), 1280, 900, &[]).await;
    browser.load(&format!("{MOUNT}en.html#gantz-a-paris")).await;
    browser.click(".tl-tools__expand").await;
    browser.click(".tl-filters__button[data-actor='nso']").await;
    browser.click("a.tl-lang[hreflang='fr']").await;
    browser
        .wait_until("document.documentElement.lang === 'fr' && document.documentElement.classList.contains('tl-js')")
        .await;
    browser
        .click(".tl-daynav__link[href='#jour-2021-07-24']")
        .await;
    browser.click("details.tl-card__reasoning > summary").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let origin = browser.js("return location.origin").await;
    let resources = browser
        .js("return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)]")
        .await;
    let resources = resources.as_array().expect("list");
    // The page, its stylesheet, the start-up script, the glue and the wasm at least.
    let loaded = |ending: &str| {
        resources
            .iter()
            .any(|u| u.as_str().is_some_and(|u| u.ends_with(ending)))
    };
    assert!(
        resources.len() >= 5 && loaded(".css") && loaded(".wasm"),
        "{resources:?}"
    );
    for url in resources {
        assert!(
            text_of(url, "url").starts_with(origin.as_str().unwrap_or("?")),
            "a request left the page's origin: {url}"
        );
    }
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[test]
fn big_assets_ship_with_gzip_and_brotli_copies() {
    let dist = dist_dir();
    let mut checked = 0;
    for entry in std::fs::read_dir(&dist).expect("dist") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let big = std::fs::metadata(&path)
            .map(|m| m.len() >= 1024)
            .unwrap_or(false);
        if !(name.ends_with(".wasm")
            || name.ends_with(".js")
            || name.ends_with(".css")
            || name.ends_with(".html"))
            || !big
        {
            continue;
        }
        let original = std::fs::read(&path).expect("asset");
        let gz =
            std::fs::read(format!("{}.gz", path.display())).unwrap_or_else(|_| panic!("{name}.gz"));
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut unzipped)
            .expect("gunzip");
        assert!(unzipped == original, "{name}.gz does not match {name}");
        let br = std::fs::metadata(format!("{}.br", path.display()))
            .unwrap_or_else(|_| panic!("{name}.br"));
        assert!(br.len() < original.len() as u64, "{name}.br is not smaller");
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} assets checked");
}

#[test]
fn no_page_has_an_inline_script_or_style() {
    for page in PAGES {
        let html = std::fs::read_to_string(dist_dir().join(page)).expect(page);
        for (i, part) in html.split("<script").enumerate().skip(1) {
            let tag = part.split('>').next().unwrap_or_default();
            // JSON-LD is a data block: it never runs, and the CSP does not forbid it.
            assert!(
                tag.contains("src=") || tag == " type=\"application/ld+json\"",
                "{page}: inline script #{i}: <script{tag}>"
            );
        }
        assert!(!html.contains("<style"), "{page}: inline <style>");
        assert!(!html.contains(" style="), "{page}: inline style attribute");
    }
}

#[tokio::test]
async fn every_readers_page_runs_under_trusted_types_with_no_violation() {
    let browser = Browser::with(strict_sub_path_host(false), 1280, 900, &[]).await;
    for page in PAGES {
        browser.load(&format!("{MOUNT}{page}")).await;
        // What a reader does: every card open, a filter, one card closed, a link copied.
        browser.click(".tl-tools__expand").await;
        browser
            .wait_until("[...document.querySelectorAll('details.tl-quotes')].every(d => d.open)")
            .await;
        browser.click(".tl-filters__button[data-actor='nso']").await;
        browser
            .click(".tl-item:not([hidden]) .tl-quotes__toggle")
            .await;
        browser.click(".tl-item:not([hidden]) .tl-card__copy").await;
        browser
            .wait_until("document.querySelector('#tl-announcement').textContent !== ''")
            .await;
        assert_eq!(
            browser.console_errors().await,
            Vec::<String>::new(),
            "{page}"
        );
    }
    // The policy is in force: a string cannot become markup.
    let sink = browser
        .js("try { document.body.insertAdjacentHTML('beforeend', '<b>x</b>'); return 'written'; } catch (e) { return e.name; }")
        .await;
    assert_eq!(sink, "TypeError", "Trusted Types are not enforced");
    browser.close().await;
}
