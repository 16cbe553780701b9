//! The hosting guide's nginx recipe, run as written: its `nginx` blocks are taken from docs/hosting.md
//! (so the two cannot drift), put into a full configuration for Debian's nginx on a loopback
//! port, checked with `nginx -t` and served. Every file of `dist/` must come back with its
//! type, the CSP and `nosniff`, the cache rule docs/hosting.md promises and the headers of
//! `public/_headers`; the precompressed copies with `Vary: Accept-Encoding`; the address
//! without its slash redirected; and the page and the embed must run in Chromium.

use crate::nginx_support::*;
use crate::support::{csp_for, dist_dir, Browser};
use fantoccini::Locator;
use pegasus_site::static_server::ServerConfig;
use std::path::Path;
use std::time::Duration;

/// The rules of `public/_headers`: (path pattern, headers).
fn headers_file_rules() -> Vec<(String, Vec<(String, String)>)> {
    let text = std::fs::read_to_string(project_file("public/_headers")).expect("public/_headers");
    let mut rules: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            let (name, value) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("_headers: not a header: {line}"));
            rules
                .last_mut()
                .expect("a header under a path")
                .1
                .push((name.trim().to_owned(), value.trim().to_owned()));
        } else {
            rules.push((line.trim().to_owned(), Vec::new()));
        }
    }
    rules
}

/// `_headers` path matching: `*` stands for any run of characters.
fn pattern_matches(pattern: &str, path: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == path,
        Some((head, tail)) => {
            path.starts_with(head)
                && (0..=path.len() - head.len()).any(|skip| {
                    path.is_char_boundary(head.len() + skip)
                        && pattern_matches(tail, &path[head.len() + skip..])
                })
        }
    }
}

/// The headers `_headers` gives `path` (relative to the site's root), each from one rule.
fn headers_file_headers(path: &str) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for (pattern, rule) in headers_file_rules() {
        if !pattern_matches(&pattern, path) {
            continue;
        }
        for (name, value) in rule {
            assert!(
                !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(&name)),
                "_headers gives {path} {name} twice (Cloudflare Pages would join the values)"
            );
            headers.push((name, value));
        }
    }
    headers
}

/// Every file of `dist/` a browser may ask for, relative to it (not the `.gz`/`.br` copies
/// nor `_headers`).
fn served_files(dist: &Path) -> Vec<String> {
    fn walk(dir: &Path, prefix: &str, files: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("dist") {
            let path = entry.expect("entry").path();
            let name = format!(
                "{prefix}{}",
                path.file_name().and_then(|n| n.to_str()).expect("name")
            );
            if path.is_dir() {
                walk(&path, &format!("{name}/"), files);
            } else if !(name.ends_with(".gz") || name.ends_with(".br") || name == "_headers") {
                files.push(name);
            }
        }
    }
    let mut files = Vec::new();
    walk(dist, "", &mut files);
    files.sort();
    files
}

fn media_type(file: &str) -> &'static [&'static str] {
    match file.rsplit('.').next().unwrap_or_default() {
        "html" => &["text/html"],
        "js" => &["application/javascript", "text/javascript"],
        "css" => &["text/css"],
        "wasm" => &["application/wasm"],
        "json" => &["application/json"],
        "svg" => &["image/svg+xml"],
        "png" => &["image/png"],
        other => panic!("{file}: which type for .{other}?"),
    }
}

fn is_hashed(file: &str) -> bool {
    let stem = file
        .rsplit_once('.')
        .map(|(s, _)| s.trim_end_matches("_bg"))
        .unwrap_or(file);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// What every file must be served with: its type, the security headers, the hosting guide's cache
/// rule, and every header `_headers` gives it, with the same value.
fn assert_served_as_promised(response: &Response, file: &str, site_path: &str) {
    let path = &response.path;
    assert_eq!(response.status, 200, "{path}\n{}", response.text());
    let content_type = response.header("Content-Type").unwrap_or_default();
    let (media, params) = content_type.split_once(';').unwrap_or((content_type, ""));
    assert!(
        media_type(file).contains(&media.trim()),
        "{path}: Content-Type {content_type}"
    );
    assert!(
        params.is_empty() || params.trim().eq_ignore_ascii_case("charset=utf-8"),
        "{path}: Content-Type {content_type}"
    );
    let cache = if is_hashed(file) {
        IMMUTABLE
    } else {
        "no-cache"
    };
    assert_eq!(
        response.header("Cache-Control"),
        Some(cache),
        "{path}: Cache-Control"
    );
    assert_eq!(
        response.header("X-Content-Type-Options"),
        Some("nosniff"),
        "{path}"
    );
    let policy = csp_for(file.rsplit('/').next().unwrap_or(file));
    assert_eq!(
        response.header("Content-Security-Policy"),
        Some(policy),
        "{path}: its policy"
    );
    let expected = headers_file_headers(site_path);
    for name in [
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cache-Control",
        "Access-Control-Allow-Origin",
    ] {
        assert!(
            expected.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)),
            "public/_headers gives {site_path} no {name}"
        );
    }
    for (name, value) in &expected {
        assert_eq!(
            response.header(name),
            Some(value.as_str()),
            "{path}: {name} differs from public/_headers"
        );
    }
}

#[test]
fn the_readme_nginx_configuration_serves_every_file_with_its_type_and_headers() {
    let nginx = Nginx::start();
    let dist = dist_dir();
    let files = served_files(&dist);
    assert!(files.iter().any(|f| f.ends_with(".wasm")), "{files:?}");
    for file in &files {
        let response = nginx.get(&format!("{MOUNT}{file}"), None);
        assert_served_as_promised(&response, file, &format!("/{file}"));
        let on_disk = std::fs::read(dist.join(file)).expect("file");
        assert!(response.body == on_disk, "{file}: not the file");
    }
    // The folder's address is the page.
    let page = nginx.get(MOUNT, None);
    assert_served_as_promised(&page, "index.html", "/");
    assert!(page.body == std::fs::read(dist.join("index.html")).expect("index.html"));
    // An error still carries the security headers, and is never cached for a year.
    for missing in ["absent.html", "boot-0123456789abcdef.js"] {
        let response = nginx.get(&format!("{MOUNT}{missing}"), None);
        assert_eq!(response.status, 404, "{missing}");
        assert_eq!(
            response.header("X-Content-Type-Options"),
            Some("nosniff"),
            "{missing}"
        );
        assert!(
            response.header("Content-Security-Policy").is_some(),
            "{missing}"
        );
        assert_eq!(response.header("Cache-Control"), None, "{missing}");
    }
}

#[test]
fn the_precompressed_copies_go_out_as_brotli_or_gzip_with_vary_accept_encoding() {
    let nginx = Nginx::start();
    let dist = dist_dir();
    let mut checked = 0;
    for file in served_files(&dist) {
        let Ok(gz) = std::fs::read(dist.join(format!("{file}.gz"))) else {
            continue;
        };
        let br = std::fs::read(dist.join(format!("{file}.br")))
            .unwrap_or_else(|_| panic!("{file} has a .gz copy but no .br copy"));
        let path = format!("{MOUNT}{file}");
        // What every current browser asks for: the brotli copy.
        let brotli = nginx.get(&path, Some("gzip, deflate, br"));
        assert_served_as_promised(&brotli, &file, &format!("/{file}"));
        assert_eq!(brotli.header("Content-Encoding"), Some("br"), "{path}");
        assert_eq!(brotli.header("Vary"), Some("Accept-Encoding"), "{path}");
        assert!(brotli.body == br, "{path}: not the .br copy");
        // A client without brotli gets the gzip copy.
        let zipped = nginx.get(&path, Some("gzip, deflate"));
        assert_served_as_promised(&zipped, &file, &format!("/{file}"));
        assert_eq!(zipped.header("Content-Encoding"), Some("gzip"), "{path}");
        assert_eq!(zipped.header("Vary"), Some("Accept-Encoding"), "{path}");
        assert!(zipped.body == gz, "{path}: not the .gz copy");
        // A client that does not take gzip gets the file itself, with the same Vary.
        let plain = nginx.get(&path, None);
        assert_eq!(plain.header("Content-Encoding"), None, "{path}");
        assert_eq!(plain.header("Vary"), Some("Accept-Encoding"), "{path}");
        assert!(plain.body == std::fs::read(dist.join(&file)).expect("file"));
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} files have a .gz copy");
}

#[test]
fn the_address_without_its_trailing_slash_redirects_to_the_page() {
    let nginx = Nginx::start();
    let bare = MOUNT.trim_end_matches('/');
    for (asked, target) in [
        (bare.to_owned(), MOUNT.to_owned()),
        (format!("{bare}?lang=en"), format!("{MOUNT}?lang=en")),
    ] {
        let response = nginx.get(&asked, None);
        assert_eq!(response.status, 301, "{asked}\n{}", response.text());
        let location = response.header("Location").unwrap_or_default();
        assert!(
            location == target || location == nginx.url(&target),
            "{asked} → {location}"
        );
    }
}

/// Goes to `url` and waits for the wasm to take over the prerendered timeline.
async fn open(browser: &Browser, url: &str) {
    browser
        .client
        .goto(url)
        .await
        .unwrap_or_else(|e| panic!("{url}: {e}"));
    browser
        .client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("html.tl-js [data-event-id]"))
        .await
        .unwrap_or_else(|e| panic!("{url}: the app did not start: {e}"));
}

/// A news page's folder (`name`, in the temporary folder) whose `index.html` has `body`
/// after its headline: served on another origin by the test's own static server.
fn host_page(name: &str, body: &str) -> std::path::PathBuf {
    let host = std::env::temp_dir().join(name);
    std::fs::create_dir_all(&host).expect("host dir");
    std::fs::write(
        host.join("index.html"),
        format!(
            "<!doctype html><html lang=fr><head><meta charset=utf-8><title>Page hôte</title>\
             <link rel=icon href=\"data:,\"></head><body><h1>Un article</h1>{body}</body></html>"
        ),
    )
    .expect("host page");
    host
}

#[tokio::test]
async fn the_page_and_the_embed_run_through_nginx_with_no_console_error() {
    let nginx = Nginx::start();
    // A news page on another origin (the test's own static server) embedding the timeline
    // served by nginx with embed.js, as docs/embedding.md shows.
    let timeline = nginx.url(MOUNT);
    let host = host_page(
        &format!("tl-nginx-host-{}", nginx.port),
        &format!(
            "<div data-pegasus-timeline data-src=\"{timeline}\" data-title=\"Chronologie\"></div>\
             <script src=\"{timeline}embed.js\" async></script>"
        ),
    );
    let browser = Browser::with(ServerConfig::new(host.clone()), 1280, 900, &[]).await;

    open(&browser, &timeline).await;
    browser.click(".tl-quotes__toggle").await;
    browser
        .wait_until("document.querySelector('details.tl-quotes').open")
        .await;
    // The wasm the page loaded, as the browser sees it: streaming compilation needs this type.
    let wasm_type = browser
        .client
        .execute_async(
            "const done = arguments[0];\
             const wasm = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm'));\
             fetch(wasm.name).then(r => done(r.status + ' ' + r.headers.get('content-type')), e => done(String(e)))",
            vec![],
        )
        .await
        .expect("the wasm's type");
    assert_eq!(wasm_type, "200 application/wasm");
    assert_eq!(browser.console_errors().await, Vec::<String>::new(), "page");

    open(&browser, &nginx.url(&format!("{MOUNT}embed.html"))).await;
    assert_eq!(
        browser.console_errors().await,
        Vec::<String>::new(),
        "embed"
    );

    browser
        .client
        .goto(&browser.server.url("/"))
        .await
        .expect("host page");
    browser
        .wait_until("document.querySelector('iframe') !== null")
        .await;
    browser.client.enter_frame(0).await.expect("enter frame");
    browser
        .wait_until("document.querySelector('html.tl-js [data-event-id]') !== null")
        .await;
    let frame = browser
        .js("return location.origin + location.pathname")
        .await;
    assert_eq!(frame, format!("{timeline}embed.html").as_str());
    browser.client.enter_parent_frame().await.expect("parent");
    assert_eq!(
        browser.console_errors().await,
        Vec::<String>::new(),
        "embed.js host"
    );

    // The readers' page itself may not be framed by another site: Chromium refuses it,
    // and says so in the console.
    std::fs::write(
        host.join("framed.html"),
        format!(
            "<!doctype html><html lang=fr><head><meta charset=utf-8><title>Cadre</title>\
             <link rel=icon href=\"data:,\"></head><body>\
             <iframe src=\"{timeline}index.html\" title=\"Chronologie\"></iframe></body></html>"
        ),
    )
    .expect("framing page");
    browser
        .client
        .goto(&browser.server.url("/framed.html"))
        .await
        .expect("framing page");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut seen = Vec::new();
    while !seen
        .iter()
        .any(|m: &String| m.contains("frame-ancestors 'self'"))
    {
        assert!(
            std::time::Instant::now() < deadline,
            "index.html was framed by another origin: {seen:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
        seen.extend(browser.console_errors().await);
    }
    browser.close().await;
    let _ = std::fs::remove_dir_all(&host);
}

#[tokio::test]
async fn a_sandboxed_embed_on_another_origin_hydrates_filters_and_reports_its_height() {
    let nginx = Nginx::start();
    // What a CMS does with an embed from a site it does not know: a frame that may run
    // scripts but has no origin of its own (no allow-same-origin).
    let timeline = nginx.url(MOUNT);
    let host = host_page(
        &format!("tl-nginx-sandbox-{}", nginx.port),
        &format!(
            "<script>window.heights = []; addEventListener('message', (e) => {{\
               const prefix = 'pymxPYMxbac-a-sablexPYMxheightxPYMx';\
               if (typeof e.data === 'string' && e.data.startsWith(prefix)) heights.push(Number(e.data.slice(prefix.length)));\
             }});</script>\
             <iframe sandbox=\"allow-scripts\" title=\"Chronologie\" width=\"400\" height=\"600\"\
               src=\"{timeline}embed.html?childId=bac-a-sable\"></iframe>"
        ),
    );
    let browser = Browser::with(ServerConfig::new(host.clone()), 1280, 900, &[]).await;
    browser
        .client
        .goto(&browser.server.url("/"))
        .await
        .expect("host page");
    browser.wait_until("window.heights.length > 0").await;
    let first_height = browser.js("return heights[heights.length - 1]").await;
    browser
        .client
        .find(Locator::Css("iframe"))
        .await
        .expect("the frame")
        .enter_frame()
        .await
        .expect("enter the frame");
    browser
        .wait_until("document.querySelector('html.tl-js [data-event-id]') !== null")
        .await;
    let origin = browser.js("return origin").await;
    assert_eq!(origin, "null", "the frame has an opaque origin");
    // Its stylesheet, integrity-checked, applies: fetched with CORS (`crossorigin`).
    let paper = browser
        .js("return getComputedStyle(document.body).backgroundColor")
        .await;
    assert_eq!(paper, "rgb(251, 250, 247)", "the stylesheet is not applied");
    let total = browser
        .js("return document.querySelector('.tl-filters__count').dataset.shown")
        .await;
    browser.click(".tl-tools__filter").await;
    browser.click(".tl-filters__button[data-actor='nso']").await;
    browser
        .wait_until(&format!(
            "document.querySelector('.tl-filters__count').dataset.shown !== '{}'",
            crate::support::text_of(&total, "the count")
        ))
        .await;
    browser.client.enter_parent_frame().await.expect("parent");
    // Fewer events shown, a shorter timeline: the host page hears it.
    browser
        .wait_until(&format!("heights[heights.length - 1] < {first_height}"))
        .await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
    let _ = std::fs::remove_dir_all(&host);
}
