//! Driving the editors' preview (`apercu.html`, `preview.html`) through its real controls:
//! the file pickers (WebDriver sends the file's path, as a person choosing it would), a
//! `drop` event carrying a `DataTransfer`, and the text area's `input` events.

use crate::support::{axe_source, dist_dir, Browser};
use fantoccini::Locator;
use pegasus_site::static_server::ServerConfig;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub const DATA_PICKER: &str = "input[type=file][accept^='.json']";
pub const SOURCES_PICKER: &str = "input[type=file][multiple]";

pub use crate::support::project_file;

/// The archived source texts (never shipped), as the editor keeps them.
pub fn source_text_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(crate::support::sources_dir())
        .expect("tests/fixtures/sources")
        .flatten()
        .map(|entry| entry.path())
        .collect();
    files.sort();
    files
}

/// Writes a file for a test to pick, in cargo's scratch folder for integration tests.
pub fn scratch_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("preview");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("scratch file");
    path
}

/// The preview's policy, as docs/hosting.md asks hosts for it: no inline script, no other origin.
pub const CSP: &str = crate::support::PREVIEW_CSP;
/// The preview lives beside the readers' pages, wherever they are published.
pub const MOUNT: &str = "/outils/pegasus/";

/// Opens `page` (`apercu.html` or `preview.html`) `width` px wide, under a sub-path and
/// the strict CSP, once the wasm runs.
pub async fn open_preview(page: &str, width: u32) -> Browser {
    open_preview_with(page, width, &[]).await
}

pub async fn open_preview_with(page: &str, width: u32, extra_args: &[&str]) -> Browser {
    let config = ServerConfig {
        mount: MOUNT.into(),
        headers: vec![("Content-Security-Policy".into(), CSP.into())],
        ..ServerConfig::new(dist_dir())
    };
    let browser = Browser::with(config, width, 900, extra_args).await;
    browser
        .client
        .goto(&browser.server.url(&format!("{MOUNT}{page}")))
        .await
        .expect("the preview page");
    browser
        .client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(".pv-desk .pv-status"))
        .await
        .expect("the preview's wasm draws its page");
    browser
}

/// Chooses `path` with the data file picker.
pub async fn pick_data_file(browser: &Browser, path: &Path) {
    let input = browser
        .client
        .find(Locator::Css(DATA_PICKER))
        .await
        .expect("the data file picker");
    input
        .send_keys(&path.to_string_lossy())
        .await
        .expect("a file chosen");
}

/// Chooses `relative` (a project file) with the data file picker and waits until it is
/// checked and the page drawn.
pub async fn pick_and_draw(browser: &Browser, relative: &str) {
    let path = project_file(relative);
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    pick_data_file(browser, &path).await;
    status_after(browser, &name, 10).await;
    drawn(browser, 10).await;
}

/// Chooses the source text files with their picker.
pub async fn pick_source_texts(browser: &Browser, paths: &[PathBuf]) {
    let input = browser
        .client
        .find(Locator::Css(SOURCES_PICKER))
        .await
        .expect("the source texts picker");
    let list: Vec<String> = paths
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    input
        .send_keys(&list.join("\n"))
        .await
        .expect("files chosen");
}

/// Drops files on the page as a browser does: a `drop` event whose `DataTransfer`
/// carries them (after a `dragover`, which the page must cancel to accept the drop).
pub async fn drop_files(browser: &Browser, files: &[(&str, &str, &str)]) {
    let files: Vec<Value> = files
        .iter()
        .map(|(name, kind, text)| json!({ "name": name, "type": kind, "text": text }))
        .collect();
    let accepted = browser
        .client
        .execute(
            "const transfer = new DataTransfer();
             for (const f of arguments[0]) transfer.items.add(new File([f.text], f.name, { type: f.type }));
             const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
             document.body.dispatchEvent(over);
             const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
             document.querySelector('.pv-desk').dispatchEvent(drop);
             return [over.defaultPrevented, drop.defaultPrevented];",
            vec![Value::Array(files)],
        )
        .await
        .expect("drop");
    assert_eq!(
        accepted,
        json!([true, true]),
        "the page takes the drop instead of letting the browser open the file"
    );
}

/// Types into the text area as a paste does: its whole value, then one `input` event.
pub async fn paste(browser: &Browser, text: &str) {
    let area = browser
        .client
        .find(Locator::Css("textarea"))
        .await
        .expect("the text area");
    browser
        .client
        .execute(
            "arguments[0].focus(); arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));",
            vec![serde_json::to_value(&area).expect("element"), json!(text)],
        )
        .await
        .expect("paste");
}

/// The status line once the check of `name` is done (it names what it checked).
pub async fn status_after(browser: &Browser, name: &str, seconds: u64) -> String {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    loop {
        let status = status(browser).await;
        if status.contains(name) {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "no result for {name} after {seconds} s; the status says: {status}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the readers' page below the report is drawn (the report says how long the
/// drawing took), for at most `seconds`.
pub async fn drawn(browser: &Browser, seconds: u64) {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let done =
        "return /^(Vérifié|Checked) /.test(document.querySelector('.pv-timing').textContent)";
    while browser.js(done).await != Value::Bool(true) {
        assert!(
            Instant::now() < deadline,
            "the page was not drawn within {seconds} s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Presses a key as the keyboard does, whatever has focus: WebDriver's "send keys" to a
/// file input would choose a file named after the key instead.
pub async fn press_key(browser: &Browser, key: char) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    browser
        .client
        .perform_actions(actions)
        .await
        .expect("a key press");
}

pub async fn status(browser: &Browser) -> String {
    browser
        .js("return document.querySelector('.pv-status').textContent")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The problems listed, as the editor reads them.
pub async fn problems(browser: &Browser) -> Vec<String> {
    let texts = browser
        .js("return [...document.querySelectorAll('.pv-problem__text')].map(p => p.textContent)")
        .await;
    serde_json::from_value(texts).expect("problem texts")
}

/// The problems `check-timeline` prints for `file` (with the archived source texts), one
/// per line, without the leading "  - ".
pub fn check_timeline_problems(file: &Path) -> Vec<String> {
    let output = std::process::Command::new(crate::support::site_tool("check-timeline"))
        .arg(file)
        .output()
        .expect("check-timeline runs");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.strip_prefix("  - "))
        .map(str::to_owned)
        .collect()
}

/// axe-core's serious and critical violations within `scope` (a script expression: the
/// `document`, or one part of it), each as "rule: help targets".
pub async fn serious_violations(browser: &Browser, scope: &str) -> Value {
    browser.js(&axe_source()).await;
    browser
        .client
        .execute_async(
            &format!("const done = arguments[0]; axe.run({scope}, {{ resultTypes: ['violations'] }}).then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target).join(' '))))"),
            vec![],
        )
        .await
        .expect("axe")
}

/// Every resource the page loaded from another origin (there should be none).
pub async fn foreign_resources(browser: &Browser) -> Value {
    browser
        .js("return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin))")
        .await
}
