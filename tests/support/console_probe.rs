//! Reading a page's console in every engine. Chromium's driver hands over its log;
//! geckodriver and WebKitWebDriver have no such command, so the tests load a copy of
//! `dist/` whose pages first run a small classic script that records every console call
//! and uncaught error (a hydration mismatch or a panic would be one) in
//! `window.__consoleMessages`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const PROBE: &str = r#"window.__consoleMessages = [];
["error", "warn", "log", "info", "debug"].forEach(function (level) {
  var original = console[level];
  console[level] = function () {
    window.__consoleMessages.push(level + ": " + Array.prototype.join.call(arguments, " "));
    return original.apply(console, arguments);
  };
});
addEventListener("error", function (e) { window.__consoleMessages.push("uncaught: " + e.message); });
addEventListener("unhandledrejection", function (e) { window.__consoleMessages.push("unhandled: " + e.reason); });
"#;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("probe copy folder");
    for entry in std::fs::read_dir(from).expect("dist").flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy a dist file");
        }
    }
}

/// `dist/` with the console probe as the first script of every page (made once per test
/// binary). The `.gz`/`.br` copies of the pages are left out, so the probed page is served.
pub fn probed_dist() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| probed_copy("tl-probed-dist", "", |_| {}))
        .clone()
}

/// A probed copy of `dist/` in the temporary folder `name`: every page runs `before` (a
/// classic script, first after the probe), and `change` may alter the copy's files.
pub fn probed_copy(name: &str, before: &str, change: impl FnOnce(&Path)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&super::dist_dir(), &dir);
    std::fs::write(dir.join("console-probe.js"), PROBE).expect("probe script");
    let mut scripts = String::from("<script src=\"console-probe.js\"></script>");
    if !before.is_empty() {
        std::fs::write(dir.join("before-the-page.js"), before).expect("a script of the test's");
        scripts.push_str("<script src=\"before-the-page.js\"></script>");
    }
    let pages = [
        "index.html",
        "en.html",
        "embed.html",
        "embed-en.html",
        "apercu.html",
        "preview.html",
    ];
    for page in pages {
        let path = dir.join(page);
        let html = std::fs::read_to_string(&path).expect("a prerendered page");
        let probed = html.replacen("<head>", &format!("<head>{scripts}"), 1);
        assert_ne!(probed, html, "{page} has a <head>");
        std::fs::write(&path, probed).expect("probed page");
        let _ = std::fs::remove_file(dir.join(format!("{page}.gz")));
        let _ = std::fs::remove_file(dir.join(format!("{page}.br")));
    }
    change(&dir);
    dir
}
