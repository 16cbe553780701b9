//! The WebDriver side of the browser tests: one driver process per test (chromedriver,
//! geckodriver or WebKitWebDriver under Xvfb) and the capabilities that start each engine
//! headless, at a given size, with or without JavaScript.

use super::{DOWNLOADS_INTO, NO_JAVASCRIPT};
use fantoccini::wd::Capabilities;
use serde_json::{json, Value};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

/// The browser engines the suite can drive, each through its own WebDriver server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Debian's Chromium through chromedriver.
    Chromium,
    /// Firefox ESR through geckodriver.
    Firefox,
    /// WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual X display.
    WebKit,
}

/// A WebDriver server process (and its children), stopped when dropped.
pub struct Driver {
    child: Child,
    pub port: u16,
}

impl Driver {
    pub fn start(engine: Engine) -> Driver {
        use std::os::unix::process::CommandExt;
        let port = free_port();
        let mut command = match engine {
            Engine::Chromium => Command::new("chromedriver"),
            Engine::Firefox => Command::new("geckodriver"),
            Engine::WebKit => {
                // MiniBrowser has no headless mode: give it a virtual display.
                let mut command = Command::new("xvfb-run");
                command.args(["-a", "WebKitWebDriver"]);
                command.env("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
                command
            }
        };
        let program = format!("{engine:?} driver");
        let child = command
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start the {program}: {e} (scripts/test.sh installs it)")
            });
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "{program} did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver { child, port }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The whole process group: xvfb-run leaves Xvfb and the driver behind otherwise.
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn engine_capabilities(
    engine: Engine,
    width: u32,
    height: u32,
    extra_args: &[&str],
) -> Capabilities {
    let caps = match engine {
        Engine::Chromium => return chromium_capabilities(width, height, extra_args),
        Engine::Firefox => json!({
            "browserName": "firefox",
            "moz:firefoxOptions": {
                "binary": "/usr/bin/firefox-esr",
                "args": ["-headless", "-width", width.to_string(), "-height", height.to_string()],
                "prefs": { "dom.events.asyncClipboard.readText": true }
            },
        }),
        Engine::WebKit => json!({
            "browserName": "MiniBrowser",
            "webkitgtk:browserOptions": {
                "binary": "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                "args": ["--automation"]
            },
        }),
    };
    match caps {
        Value::Object(map) => map,
        _ => unreachable!(),
    }
}

pub fn chromium_capabilities(width: u32, height: u32, extra_args: &[&str]) -> Capabilities {
    let binary = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .unwrap_or("/usr/bin/chromium");
    let profile = std::env::temp_dir().join(format!(
        "tl-chromium-{}-{}",
        std::process::id(),
        free_port()
    ));
    let mut args = vec![
        "--headless=new".to_owned(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-dev-shm-usage".into(),
        "--disable-crash-reporter".into(),
        "--disable-breakpad".into(),
        "--hide-scrollbars".into(),
        format!("--window-size={width},{height}"),
        format!("--user-data-dir={}", profile.display()),
    ];
    // `NO_JAVASCRIPT` is ours, not Chromium's: the page's scripts are blocked by the content
    // setting, which leaves WebDriver's own scripts working (a Blink switch would not).
    let no_javascript = extra_args.contains(&NO_JAVASCRIPT);
    let downloads = extra_args
        .iter()
        .find_map(|a| a.strip_prefix(DOWNLOADS_INTO));
    args.extend(
        extra_args
            .iter()
            .filter(|a| **a != NO_JAVASCRIPT && !a.starts_with(DOWNLOADS_INTO))
            .map(|a| a.to_string()),
    );
    let mut chrome_options = json!({ "binary": binary, "args": args, "prefs": {} });
    if no_javascript {
        chrome_options["prefs"]["profile.managed_default_content_settings.javascript"] = json!(2);
    }
    if let Some(folder) = downloads {
        chrome_options["prefs"]["download.default_directory"] = json!(folder);
        chrome_options["prefs"]["download.prompt_for_download"] = json!(false);
    }
    // Desktop Chromium will not make a window narrower than 500 px: emulate a phone instead.
    // With scripts off, chromedriver's emulated tap never returns: mouse clicks then.
    if width < 500 {
        let touch = !no_javascript;
        chrome_options["mobileEmulation"] = json!({
            "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": touch }
        });
    }
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": chrome_options,
        "goog:loggingPrefs": { "browser": "ALL" },
        // Fail fast: a hung page must fail its test, not stall the suite for five minutes.
        "timeouts": { "pageLoad": 30000, "script": 30000, "implicit": 0 },
    });
    match caps {
        Value::Object(map) => map,
        _ => unreachable!(),
    }
}
