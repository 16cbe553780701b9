//! The card's link button on a device with a share sheet (the Web Share API): it says
//! « Share » once the wasm runs and hands the event's title and address to the sheet;
//! a sheet the reader closes does nothing more, one the browser refuses falls back to
//! copying. Chromium on Linux has no share sheet, so the pages here get a stand-in
//! `navigator.share` that records what it is given, loaded before the page's own scripts.

use crate::support::{dist_dir, timeline_json, Browser};
use pegasus_site::static_server::ServerConfig;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Answers as `window.__shareAnswer` says: shared (unset), `"cancel"` (the reader closed
/// the sheet) or `"refuse"` (the browser declined).
const STAND_IN: &str = r#"window.__shared = [];
Object.defineProperty(Navigator.prototype, "share", {
  configurable: true,
  value: function (data) {
    window.__shared.push({ title: data.title, url: data.url });
    if (window.__shareAnswer === "cancel") return Promise.reject(new DOMException("closed", "AbortError"));
    if (window.__shareAnswer === "refuse") return Promise.reject(new DOMException("no", "NotAllowedError"));
    return Promise.resolve();
  },
});
"#;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("dist").flatten() {
        if entry.path().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
        }
    }
}

/// `dist/` whose pages run the stand-in first (the pages' `.gz`/`.br` copies left out),
/// made once per test binary.
fn dist_with_a_share_sheet() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(make_dist_with_a_share_sheet).clone()
}

fn make_dist_with_a_share_sheet() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tl-share-dist-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&dist_dir(), &dir);
    std::fs::write(dir.join("share-stand-in.js"), STAND_IN).expect("stand-in");
    for page in ["index.html", "en.html"] {
        let html = std::fs::read_to_string(dir.join(page)).expect(page);
        let html = html.replacen(
            "<head>",
            "<head><script src=\"share-stand-in.js\"></script>",
            1,
        );
        std::fs::write(dir.join(page), html).expect(page);
        for suffix in ["gz", "br"] {
            let _ = std::fs::remove_file(dir.join(format!("{page}.{suffix}")));
        }
    }
    dir
}

const BUTTON: &str = "[data-event-id='licences-cyber'] .tl-card__copy";

fn headline(id: &str) -> Value {
    let data = timeline_json();
    let event = data["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["id"] == id)
        .expect("event")
        .clone();
    event["headline"]["en"].clone()
}

#[tokio::test]
async fn on_a_phone_with_a_share_sheet_the_link_button_shares_the_events_title_and_address() {
    let browser = Browser::with(ServerConfig::new(dist_with_a_share_sheet()), 375, 812, &[]).await;
    browser.load("/en.html").await;
    browser
        .wait_until(&format!(
            "document.querySelector(\"{BUTTON}\").textContent === 'Share'"
        ))
        .await;
    browser.click(BUTTON).await;
    browser.wait_until("window.__shared.length === 1").await;
    let shared = browser.js("return window.__shared[0]").await;
    assert_eq!(
        shared,
        json!({ "title": headline("licences-cyber"), "url": browser.server.url("/en.html#licences-cyber") })
    );
    // The sheet says it: no « Link copied » on the button.
    assert!(browser
        .js(&format!(
            "return document.querySelector(\"{BUTTON}\").dataset.copied"
        ))
        .await
        .is_null());
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn a_closed_share_sheet_does_nothing_and_a_refused_one_copies_the_link_instead() {
    let browser = Browser::with(ServerConfig::new(dist_with_a_share_sheet()), 1280, 900, &[]).await;
    browser.load("/en.html").await;
    browser.grant_clipboard().await;
    browser.js("window.__shareAnswer = 'cancel'").await;
    browser.click(BUTTON).await;
    browser.wait_until("window.__shared.length === 1").await;
    browser.settle().await;
    assert!(browser
        .js(&format!(
            "return document.querySelector(\"{BUTTON}\").dataset.copied"
        ))
        .await
        .is_null());
    browser.js("window.__shareAnswer = 'refuse'").await;
    browser.click(BUTTON).await;
    browser
        .wait_until(&format!(
            "document.querySelector(\"{BUTTON}\").dataset.copied === 'true'"
        ))
        .await;
    assert_eq!(
        browser.clipboard_text().await,
        Value::String(browser.server.url("/en.html#licences-cyber"))
    );
    browser.close().await;
}
