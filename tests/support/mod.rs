//! Browser-test plumbing: the release build in `dist/` served over HTTP on 127.0.0.1,
//! a WebDriver server (chromedriver today; geckodriver and WebKitWebDriver speak the same
//! protocol) and a fantoccini client driving a fresh headless browser per test.

#![allow(dead_code)]

mod console_probe;
mod driver;
#[allow(unused_imports)]
pub use console_probe::{probed_copy, probed_dist};
pub use driver::Engine;
use driver::{engine_capabilities, Driver};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use pegasus_site::static_server::{ServerConfig, StaticServer};
use serde_json::{json, Value};

use std::path::{Path, PathBuf};

use std::time::{Duration, Instant};

/// The same check in the three engines newsrooms' readers use, one test each:
/// `$name::in_chromium`, `$name::in_firefox_esr`, `$name::in_webkitgtk`, each calling
/// `$check(engine)` (an `async fn` of the module that invokes this).
#[allow(unused_macros)]
macro_rules! in_every_engine {
    ($name:ident, $check:ident) => {
        mod $name {
            use crate::support::Engine;

            #[tokio::test]
            async fn in_chromium() {
                super::$check(Engine::Chromium).await;
            }

            #[tokio::test]
            async fn in_firefox_esr() {
                super::$check(Engine::Firefox).await;
            }

            #[tokio::test]
            async fn in_webkitgtk() {
                super::$check(Engine::WebKit).await;
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use in_every_engine;

/// The release build under test; `scripts/test.sh` builds it before `cargo test`.
pub fn dist_dir() -> PathBuf {
    build_dir("PEGASUS_DIST", "dist")
}

/// A file of the project, by its path from the root.
pub fn project_file(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The archived source articles the quotes are checked against (never shipped).
pub fn sources_dir() -> PathBuf {
    project_file("tests/fixtures/sources")
}

/// One of the site's tools (`prerender`, `check-timeline`), as `scripts/build.sh` built it
/// into the same target folder as this test binary (`target/debug/`). Another package's
/// binaries have no `CARGO_BIN_EXE_…`, and a `cargo build` from inside `cargo test` would
/// wait on cargo's own lock.
pub fn site_tool(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    // target/debug/deps/<test binary>
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test binary sits in target/<profile>/deps");
    let tool = profile_dir.join(name);
    assert!(
        tool.is_file(),
        "{} is missing: run scripts/build.sh (or `cargo build -p pegasus-site`) first",
        tool.display()
    );
    tool
}

/// A release build: the folder named by `env_var`, else `default` in the project.
pub fn build_dir(env_var: &str, default: &str) -> PathBuf {
    let dir = std::env::var_os(env_var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(default));
    assert!(
        dir.join("index.html").is_file(),
        "{} has no index.html: run scripts/test.sh, which builds it",
        dir.display()
    );
    dir
}

/// Chromedriver's log endpoint: the only way to read console errors logged before any
/// script of ours could listen.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

/// W3C Permissions extension, so tests can read back what the page copied.
#[derive(Debug)]
struct GrantPermission(&'static str);

impl WebDriverCompatibleCommand for GrantPermission {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/permissions",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "descriptor": { "name": self.0 }, "state": "granted" });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// One test's world: a server for `dist/`, a WebDriver and a browser window.
pub struct Browser {
    pub client: Client,
    pub server: StaticServer,
    pub engine: Engine,
    _driver: Driver,
}

impl Browser {
    /// A 1280×900 window on the release build served at `/`.
    pub async fn open() -> Browser {
        Browser::with(ServerConfig::new(dist_dir()), 1280, 900, &[]).await
    }

    pub async fn with(
        config: ServerConfig,
        width: u32,
        height: u32,
        extra_args: &[&str],
    ) -> Browser {
        Browser::engine(Engine::Chromium, config, width, height, extra_args).await
    }

    pub async fn engine(
        engine: Engine,
        config: ServerConfig,
        width: u32,
        height: u32,
        extra_args: &[&str],
    ) -> Browser {
        let server = StaticServer::start("127.0.0.1:0", config).expect("static server");
        let driver = Driver::start(engine);
        let client = ClientBuilder::native()
            .capabilities(engine_capabilities(engine, width, height, extra_args))
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .unwrap_or_else(|e| panic!("a {engine:?} WebDriver session: {e}"));
        if engine != Engine::Chromium {
            let _ = client.set_window_size(width, height).await;
        }
        Browser {
            client,
            server,
            engine,
            _driver: driver,
        }
    }

    /// Loads `path` and waits until the app has rendered its events.
    pub async fn load(&self, path: &str) {
        if let Err(error) = self.client.goto(&self.server.url(path)).await {
            panic!(
                "navigation to {path} failed: {error}\nserved: {:?}",
                self.server.requests()
            );
        }
        // A page that sends the reader on (an old `?lang=en` address) navigates while the
        // driver looks: chromedriver then answers "aborted by navigation", and the search
        // starts again on the page it landed on.
        let mut navigations = 0;
        loop {
            match self
                .client
                .wait()
                .at_most(Duration::from_secs(20))
                .for_element(Locator::Css("html.tl-js [data-event-id]"))
                .await
            {
                Ok(_) => return,
                Err(error)
                    if navigations < 3
                        && format!("{error:?}").contains("aborted by navigation") =>
                {
                    navigations += 1;
                }
                Err(error) => panic!("the wasm takes over the prerendered timeline: {error}"),
            }
        }
    }

    /// Loads `path` and waits for the prerendered events only (pages without JavaScript).
    #[allow(dead_code)]
    pub async fn load_prerendered(&self, path: &str) {
        self.client
            .goto(&self.server.url(path))
            .await
            .unwrap_or_else(|e| panic!("navigation to {path} failed: {e}"));
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("[data-event-id]"))
            .await
            .expect("the prerendered events");
    }

    /// Lets the page use the clipboard without a prompt (reading it back included).
    pub async fn grant_clipboard(&self) {
        for name in ["clipboard-read", "clipboard-write"] {
            self.client
                .issue_cmd(GrantPermission(name))
                .await
                .expect("clipboard permission");
        }
    }

    /// Clicks the first element matching `css`, scrolled to the middle of the view first.
    pub async fn click(&self, css: &str) {
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"));
        self.client
            .execute(
                "arguments[0].scrollIntoView({block:'center', behavior:'instant'})",
                vec![serde_json::to_value(&element).expect("element")],
            )
            .await
            .expect("scroll");
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Waits until `condition` (a JS expression) is true, for at most five seconds.
    pub async fn wait_until(&self, condition: &str) {
        let script = format!("return Boolean({condition})");
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            if self.js(&script).await == Value::Bool(true) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for: {condition}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// What the page put on the clipboard (needs [`Browser::grant_clipboard`]).
    pub async fn clipboard_text(&self) -> Value {
        self.client
            .execute_async(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('error: ' + e))",
                vec![],
            )
            .await
            .expect("clipboard")
    }

    /// Waits for two frames to be painted: after a scroll, cards that come into view are
    /// laid out at the next frame (`content-visibility: auto`), as a reader would see them.
    #[allow(dead_code)]
    pub async fn settle(&self) {
        self.client
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(null)))",
                vec![],
            )
            .await
            .expect("two frames");
    }

    /// Opens every quote (without scrolling to the button) and waits until all are shown.
    pub async fn expand_all(&self) {
        self.js(EXPAND_ALL).await;
        self.wait_until(ALL_EXPANDED).await;
    }

    /// Sends keys to whatever has focus (W3C key codes: "\u{E004}" is Tab).
    pub async fn press(&self, keys: &str) {
        let active = self
            .client
            .active_element()
            .await
            .expect("an active element");
        active.send_keys(keys).await.expect("keys");
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Console errors (errors, uncaught exceptions, failed loads, policy violations) since
    /// the last call. Chromium's driver hands over its log; in the other engines the page
    /// must come from [`probed_dist`], whose probe records them, or this panics: a check
    /// that cannot see the console never passes for one that saw nothing.
    pub async fn console_errors(&self) -> Vec<String> {
        if self.engine != Engine::Chromium {
            let recorded = self
                .js("const m = window.__consoleMessages; if (!m) return null; return m.splice(0)")
                .await;
            let Some(list) = recorded.as_array() else {
                panic!(
                    "{:?} cannot show its console to WebDriver: load a page from probed_dist()",
                    self.engine
                );
            };
            return list
                .iter()
                .map(|m| m.as_str().expect("a recorded message is text"))
                .filter(|m| {
                    ["error:", "uncaught:", "unhandled:"]
                        .iter()
                        .any(|p| m.starts_with(p))
                })
                .map(str::to_owned)
                .collect();
        }
        let entries = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("browser log");
        let entries = entries
            .as_array()
            .unwrap_or_else(|| panic!("chromedriver's log is not a list: {entries}"));
        entries
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| text_of(&e["message"], "a log entry's message").to_owned())
            .collect()
    }

    /// Every console message the page logged, warnings included, in any engine (a
    /// hydration mismatch is logged as one): what the console probe recorded (pages from
    /// [`probed_dist`]) and, in Chromium, the driver's log.
    pub async fn console_messages(&self) -> Vec<String> {
        let recorded = self.js("return window.__consoleMessages || null").await;
        let mut messages: Vec<String> = match recorded.as_array() {
            Some(list) => list
                .iter()
                .filter_map(|m| m.as_str())
                .map(str::to_owned)
                .collect(),
            None => {
                assert!(
                    self.engine == Engine::Chromium,
                    "{:?} has no console log: load a page from probed_dist()",
                    self.engine
                );
                Vec::new()
            }
        };
        if self.engine == Engine::Chromium {
            let entries = self
                .client
                .issue_cmd(BrowserLog)
                .await
                .expect("browser log");
            messages.extend(entries.as_array().into_iter().flatten().map(|e| {
                format!(
                    "{} {}",
                    e["level"],
                    e["message"].as_str().unwrap_or_default()
                )
            }));
        }
        messages
    }

    /// Requests the server could not answer.
    pub fn missing_files(&self) -> Vec<String> {
        self.server
            .requests()
            .into_iter()
            .filter(|r| r.status >= 400)
            .map(|r| format!("{} {}", r.status, r.path))
            .collect()
    }

    pub async fn screenshot(&self, name: &str) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
        let _ = std::fs::create_dir_all(&dir);
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(dir.join(format!("{name}.png")), png);
        }
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}

/// `value` as text: a missing or non-text field fails the test, where `as_str()` with a
/// default would turn it into `""`, which every text contains.
pub fn text_of<'a>(value: &'a Value, what: &str) -> &'a str {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{what}: expected text, got {value}"))
}

/// A file of an npm package that `scripts/setup.sh --test` installs into its tools folder
/// (exported as `env_var`, else looked for in the default folder).
pub fn npm_tool(env_var: &str, relative: &str) -> PathBuf {
    let path = std::env::var_os(env_var)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let home = std::env::var_os("HOME")
                .map(PathBuf::from)
                .unwrap_or_default();
            home.join(".cache/pegasus-timeline-tools/node_modules")
                .join(relative)
        });
    assert!(
        path.is_file(),
        "{} is missing: run scripts/test.sh",
        path.display()
    );
    path
}

/// axe-core's browser build.
pub fn axe_source() -> String {
    let path = npm_tool("PEGASUS_AXE", "axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The policy of the readers' pages and of every asset (docs/hosting.md, "Content-Security-Policy";
/// `tests/nginx.rs` checks that `public/_headers` and the nginx recipe send exactly these).
pub const READERS_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
/// The embed copies': any site may frame them.
pub const EMBED_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *; require-trusted-types-for 'script'; trusted-types 'none'";
/// The editors' preview's: no Trusted Types (its client-side renderer parses templates
/// with `innerHTML`).
pub const PREVIEW_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/// The policy a file of `dist/` (its name) is served with.
pub fn csp_for(file: &str) -> &'static str {
    match file {
        "embed.html" | "embed-en.html" => EMBED_CSP,
        "apercu.html" | "preview.html" => PREVIEW_CSP,
        _ => READERS_CSP,
    }
}

/// The script that presses « Tout déplier » where it is, and the condition that it worked.
/// An `extra_args` entry for Chromium: run with the page's JavaScript turned off.
#[allow(dead_code)]
pub const NO_JAVASCRIPT: &str = "pegasus:no-javascript";

/// An `extra_args` entry for Chromium, before a folder: downloads go there, unasked.
#[allow(dead_code)]
pub const DOWNLOADS_INTO: &str = "pegasus:downloads-into=";

/// The prerendered pages in `dist/`, from the one place that names them.
pub use pegasus_timeline::pages::PAGE_FILES as PAGES;

pub const EXPAND_ALL: &str = "document.querySelector('.tl-tools__expand').click()";
pub const ALL_EXPANDED: &str =
    "[...document.querySelectorAll('details.tl-quotes')].every(d => d.open && d.querySelector('blockquote').checkVisibility())";

/// JavaScript: whether the card `#id`'s sources are open and its quotes on screen.
pub fn sources_open(id: &str) -> String {
    format!("document.getElementById('{id}-sources').open && document.querySelector('#{id} blockquote').checkVisibility()")
}

/// The data file as shipped, for comparing the page with what editors wrote.
pub fn timeline_json() -> Value {
    serde_json::from_str(pegasus_timeline::TIMELINE_JSON).expect("timeline.json is JSON")
}

/// Every event's id, in the data file's order.
#[allow(dead_code)]
pub fn event_ids_in_data() -> Vec<String> {
    timeline_json()["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["id"].as_str().expect("id").to_owned())
        .collect()
}
