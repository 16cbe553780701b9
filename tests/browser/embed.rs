//! Embedding in a news page on another origin: with our `embed.js` loader and with the
//! pym.js parent newsrooms already use, the iframe takes the content's height (again after
//! quotes open), and a deep link travels both ways between the host's URL and the iframe.

use crate::support::{
    npm_tool, probed_copy, sources_open, text_of, Browser, ALL_EXPANDED, EXPAND_ALL,
};
use fantoccini::Locator;
use pegasus_site::static_server::{ServerConfig, StaticServer};
use std::time::{Duration, Instant};

/// A host page on its own origin (another port), embedding the timeline served by `browser`.
fn host(browser: &Browser, body: &str) -> StaticServer {
    let dir = std::env::temp_dir().join(format!(
        "tl-host-{}-{}",
        std::process::id(),
        browser.server.addr.port()
    ));
    std::fs::create_dir_all(&dir).expect("host dir");
    let pym = npm_tool("PEGASUS_PYM", "pym.js/dist/pym.v1.min.js");
    std::fs::copy(&pym, dir.join("pym.v1.min.js")).expect("copy pym.js");
    let timeline = browser.server.url("/");
    let body = body.replace("{TIMELINE}", &timeline);
    let page = format!(
        "<!doctype html><html lang=fr><head><meta charset=utf-8><meta name=viewport content=\"width=device-width, initial-scale=1\"><title>Page hôte</title><link rel=icon href=\"data:,\"></head>\
         <body><h1>Un article</h1><p>Avant la chronologie.</p>{body}<p>Après.</p></body></html>"
    );
    std::fs::write(dir.join("index.html"), page).expect("host page");
    StaticServer::start("127.0.0.1:0", ServerConfig::new(dir)).expect("host server")
}

async fn open_host(browser: &Browser, host: &StaticServer, hash: &str) {
    browser
        .client
        .goto(&host.url(&format!("/{hash}")))
        .await
        .expect("host page");
    browser
        .wait_until("document.querySelector('iframe') !== null")
        .await;
}

/// Inside the iframe, waits for the app; returns the content height.
async fn frame_content_height(browser: &Browser) -> f64 {
    browser.client.enter_frame(0).await.expect("enter frame");
    browser
        .wait_until("document.querySelector('[data-event-id]') !== null")
        .await;
    let height = browser
        .js("return Math.ceil(document.documentElement.getBoundingClientRect().height)")
        .await
        .as_f64()
        .expect("height");
    browser
        .client
        .enter_parent_frame()
        .await
        .expect("leave frame");
    height
}

/// Waits until the iframe's height is within 3 px of its content's.
async fn assert_iframe_fits(browser: &Browser) {
    let deadline = Instant::now() + Duration::from_secs(8);
    loop {
        let content = frame_content_height(browser).await;
        let frame = browser
            .js("return document.querySelector('iframe').getBoundingClientRect().height")
            .await
            .as_f64()
            .expect("height");
        if (frame - content).abs() <= 3.0 {
            assert!(
                content > 1000.0,
                "the content is the whole timeline: {content}"
            );
            return;
        }
        assert!(
            Instant::now() < deadline,
            "iframe {frame}px for content {content}px"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Runs `script` inside the timeline's iframe (the host page's first).
async fn in_frame(browser: &Browser, script: &str) -> serde_json::Value {
    in_frame_of(browser, "iframe", script).await
}

async fn wait_in_frame(browser: &Browser, condition: &str) {
    browser.client.enter_frame(0).await.expect("enter frame");
    browser.wait_until(condition).await;
    browser
        .client
        .enter_parent_frame()
        .await
        .expect("leave frame");
}

const LOADER: &str = "<div data-pegasus-timeline data-src=\"{TIMELINE}\" data-title=\"Chronologie de l’affaire Pegasus\"></div>\
                      <script src=\"{TIMELINE}embed.js\" async></script>";

#[tokio::test]
async fn the_loader_gives_a_titled_lazy_iframe_that_fits_its_content() {
    let browser = Browser::open().await;
    let host = host(&browser, LOADER);
    open_host(&browser, &host, "").await;
    let frame = browser
        .js("const f = document.querySelector('iframe'); return [f.title, f.loading, new URL(f.src).pathname.endsWith('/embed.html') ? '1' : '0']")
        .await;
    assert_eq!(
        frame,
        serde_json::json!(["Chronologie de l’affaire Pegasus", "lazy", "1"])
    );
    assert_iframe_fits(&browser).await;
    // No page chrome inside.
    let footer = in_frame(
        &browser,
        "return document.querySelector('.tl-footer').offsetParent === null",
    )
    .await;
    assert_eq!(footer, true);
    // Quotes open: the iframe grows with them.
    let before = browser
        .js("return document.querySelector('iframe').getBoundingClientRect().height")
        .await;
    in_frame(&browser, EXPAND_ALL).await;
    wait_in_frame(&browser, ALL_EXPANDED).await;
    assert_iframe_fits(&browser).await;
    let after = browser
        .js("return document.querySelector('iframe').getBoundingClientRect().height")
        .await;
    assert!(after.as_f64() > before.as_f64(), "{before} → {after}");
    browser.close().await;
}

#[tokio::test]
async fn a_deep_link_travels_both_ways_through_the_loader() {
    let browser = Browser::open().await;
    let host = host(&browser, LOADER);
    // Host URL → iframe.
    open_host(&browser, &host, "#gantz-a-paris").await;
    frame_content_height(&browser).await;
    wait_in_frame(&browser, &sources_open("gantz-a-paris")).await;
    // Iframe → host URL.
    browser.client.enter_frame(0).await.expect("frame");
    browser.click("#licences-cyber .tl-quotes__toggle").await;
    browser.client.enter_parent_frame().await.expect("parent");
    browser
        .wait_until("location.hash === '#licences-cyber'")
        .await;
    // A malformed request is ignored, a later host hash change → iframe.
    browser
        .js("document.querySelector('iframe').contentWindow.postMessage({ type: 'pegasus-timeline:open', id: 42 }, '*')")
        .await;
    // A later host hash change → iframe.
    browser.js("location.hash = 'appel-revele'").await;
    wait_in_frame(&browser, &sources_open("appel-revele")).await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn the_pym_js_parent_sizes_the_iframe_unchanged() {
    let browser = Browser::open().await;
    let host = host(
        &browser,
        "<div id=\"pym-container\"></div><script src=\"pym.v1.min.js\"></script>\
         <script>new pym.Parent('pym-container', '{TIMELINE}embed.html', { title: 'Chronologie' });</script>",
    );
    open_host(&browser, &host, "").await;
    assert_iframe_fits(&browser).await;
    in_frame(&browser, EXPAND_ALL).await;
    wait_in_frame(&browser, ALL_EXPANDED).await;
    assert_iframe_fits(&browser).await;
    browser.close().await;
}

/// A page on a third origin, framed by the host page beside the timeline: what a hostile
/// ad or widget of the news site could post.
fn third_origin() -> StaticServer {
    let dir = std::env::temp_dir().join(format!("tl-third-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("third origin's folder");
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><html lang=fr><head><meta charset=utf-8><title>Autre cadre</title>\
         <link rel=icon href=\"data:,\"></head><body>Publicité</body></html>",
    )
    .expect("third origin's page");
    StaticServer::start("127.0.0.1:0", ServerConfig::new(dir)).expect("third origin")
}

/// Runs `script` inside the host page's frame that `css` selects.
async fn in_frame_of(browser: &Browser, css: &str, script: &str) -> serde_json::Value {
    browser
        .client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no frame {css}: {e}"))
        .enter_frame()
        .await
        .expect("enter the frame");
    let value = browser.js(script).await;
    browser
        .client
        .enter_parent_frame()
        .await
        .expect("leave the frame");
    value
}

#[tokio::test]
async fn the_iframe_ignores_an_open_request_forged_by_another_frame_of_the_host_page() {
    let browser = Browser::open().await;
    let third = third_origin();
    let forger = format!(
        "<iframe id=\"forger\" title=\"Autre cadre\" src=\"{}\"></iframe>",
        third.url("/")
    );
    let host = host(&browser, &format!("{LOADER}{forger}"));
    open_host(&browser, &host, "").await;
    wait_in_frame(
        &browser,
        "document.documentElement.classList.contains('tl-js')",
    )
    .await;
    // The sibling frame, a real window that is not the timeline's parent, asks for an event.
    in_frame_of(
        &browser,
        "#forger",
        "const timeline = [...Array(parent.frames.length).keys()].map(i => parent.frames[i]).find(f => f !== window);\
         timeline.postMessage({ type: 'pegasus-timeline:open', id: 'gantz-a-paris' }, '*');",
    )
    .await;
    // Then the host page asks for another, through the loader: once that one is open, the
    // forged request (posted earlier, in the same process) has been dealt with too.
    browser.js("location.hash = 'appel-revele'").await;
    wait_in_frame(&browser, &sources_open("appel-revele")).await;
    let forged = in_frame(
        &browser,
        "return document.getElementById('gantz-a-paris-sources').open",
    )
    .await;
    assert_eq!(forged, false, "a request from a sibling frame was obeyed");
    browser.close().await;
}

#[tokio::test]
async fn the_loader_ignores_a_height_forged_by_another_frame_of_the_timelines_origin() {
    // The forger is served beside the timeline, so its messages have the timeline's
    // origin: only the loader's check of the sending window stops them.
    let dist = probed_copy("tl-forger-dist", "", |dir| {
        std::fs::write(
            dir.join("forger.html"),
            "<!doctype html><html lang=fr><head><meta charset=utf-8><title>Faux</title>\
             <link rel=icon href=\"data:,\"></head><body>Faux</body></html>",
        )
        .expect("forger page");
    });
    let browser = Browser::with(ServerConfig::new(dist), 1280, 900, &[]).await;
    let host = host(
        &browser,
        &format!(
            "{LOADER}<iframe id=\"forger\" title=\"Faux\" src=\"{{TIMELINE}}forger.html\"></iframe>\
             <script>addEventListener('message', (e) => {{ if (e.data === 'forger-done') document.body.dataset.forgerDone = '1'; }});</script>"
        ),
    );
    open_host(&browser, &host, "").await;
    assert_iframe_fits(&browser).await;
    let child = browser
        .js("return new URL(document.querySelector('iframe[src*=\"childId\"]').src).searchParams.get('childId')")
        .await;
    let child = text_of(&child, "the loader's childId").to_owned();
    in_frame_of(
        &browser,
        "#forger",
        &format!(
            "parent.postMessage('pymxPYMx{child}xPYMxheightxPYMx54321', '*');\
             parent.postMessage('pymxPYMx{child}xPYMxscrollToChildPosxPYMx40000', '*');\
             parent.postMessage('forger-done', '*');"
        ),
    )
    .await;
    browser
        .wait_until("document.body.dataset.forgerDone === '1'")
        .await;
    let placed = browser
        .js("return [document.querySelector('iframe[src*=\"childId\"]').getBoundingClientRect().height, scrollY]")
        .await;
    assert_ne!(placed[0], 54321.0, "the forged height was taken");
    assert_eq!(placed[1], 0.0, "the forged scroll was obeyed: {placed}");
    assert_iframe_fits(&browser).await;
    browser.close().await;
}

#[tokio::test]
async fn a_host_address_with_a_malformed_or_unrelated_hash_still_gets_a_sized_timeline() {
    let browser = Browser::open().await;
    let host = host(&browser, LOADER);
    for hash in ["#100%", "#%E0%A4%A", "#commentaires"] {
        // A fresh load each time: only the fragment changing would not reload the page.
        browser
            .client
            .goto("about:blank")
            .await
            .expect("a blank page");
        open_host(&browser, &host, hash).await;
        assert_iframe_fits(&browser).await;
        let state = in_frame(
            &browser,
            "return [location.hash, document.querySelectorAll('details.tl-quotes[open]').length]",
        )
        .await;
        // An id-shaped hash goes on (only the timeline knows its events) and opens nothing.
        let passed_on = if hash == "#commentaires" { hash } else { "" };
        assert_eq!(state, serde_json::json!([passed_on, 0]), "{hash}");
        assert_eq!(
            browser.console_errors().await,
            Vec::<String>::new(),
            "{hash}"
        );
    }
    browser.close().await;
}

/// Where `selector` (inside the iframe) is in the host page's viewport: its top, and the
/// viewport's height.
async fn place_in_host(browser: &Browser, selector: &str) -> (f64, f64) {
    let frame_top = browser
        .js("return document.querySelector('iframe').getBoundingClientRect().top")
        .await
        .as_f64()
        .expect("iframe top");
    let inner = in_frame(
        browser,
        &format!("return document.querySelector(\"{selector}\").getBoundingClientRect().top"),
    )
    .await
    .as_f64()
    .expect("top in the iframe");
    let viewport = browser
        .js("return window.innerHeight")
        .await
        .as_f64()
        .expect("viewport");
    (frame_top + inner, viewport)
}

/// Waits until `selector`, inside the iframe, is in the upper part of the host's viewport
/// and below the host's sticky header (`offset` px).
async fn assert_in_host_view(browser: &Browser, selector: &str, offset: f64) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (top, viewport) = place_in_host(browser, selector).await;
        if top >= offset && top < viewport * 0.6 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{selector} is at {top}px in a {viewport}px host viewport (header {offset}px)"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The host page's sticky header in the scrolling tests: 60 px, said with `data-offset`.
const LOADER_WITH_HEADER: &str =
    "<header style=\"position:sticky;top:0;height:60px;background:#ddd\">Le Journal</header>\
     <div data-pegasus-timeline data-src=\"{TIMELINE}\" data-offset=\"60\"></div>\
     <script src=\"{TIMELINE}embed.js\" async></script>";

async fn host_deep_link_scrolls_there(width: u32, height: u32) {
    let browser = Browser::with(
        pegasus_site::static_server::ServerConfig::new(crate::support::dist_dir()),
        width,
        height,
        &[],
    )
    .await;
    let host = host(&browser, LOADER_WITH_HEADER);
    let last = crate::support::event_ids_in_data().pop().expect("events");
    open_host(&browser, &host, &format!("#{last}")).await;
    assert_eq!(
        browser
            .js("return document.querySelector('iframe').loading")
            .await,
        "eager",
        "a deep link does not wait for the reader to scroll"
    );
    assert_in_host_view(&browser, &format!("#{last}"), 60.0).await;
    // A later hash change on the host page: to the first day's first event.
    let first_in_window = "reaction-elysee";
    browser
        .js(&format!("location.hash = '{first_in_window}'"))
        .await;
    wait_in_frame(&browser, &sources_open(first_in_window)).await;
    assert_in_host_view(&browser, &format!("#{first_in_window}"), 60.0).await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn a_host_deep_link_scrolls_the_host_page_to_the_event_on_a_desktop() {
    host_deep_link_scrolls_there(1280, 900).await;
}

#[tokio::test]
async fn a_host_deep_link_scrolls_the_host_page_to_the_event_on_a_phone() {
    host_deep_link_scrolls_there(375, 812).await;
}

#[tokio::test]
async fn the_embedded_day_navigator_scrolls_the_host_page_to_the_day() {
    let browser = Browser::open().await;
    let host = host(&browser, LOADER_WITH_HEADER);
    open_host(&browser, &host, "").await;
    assert_iframe_fits(&browser).await;
    let day = "jour-2021-07-27";
    let sticks = in_frame(
        &browser,
        "return getComputedStyle(document.querySelector('.tl-daynav')).position",
    )
    .await;
    assert_eq!(
        sticks, "static",
        "it cannot stick in the iframe: it does not pretend to"
    );
    browser
        .js("document.querySelector('iframe').scrollIntoView()")
        .await;
    browser.client.enter_frame(0).await.expect("frame");
    browser
        .click(&format!(".tl-daynav__link[href='#{day}']"))
        .await;
    browser.client.enter_parent_frame().await.expect("parent");
    assert_in_host_view(&browser, &format!("#{day}"), 60.0).await;
    browser.close().await;
}

#[tokio::test]
async fn a_deep_link_through_a_pym_js_parent_scrolls_to_the_event() {
    let browser = Browser::open().await;
    let host = host(
        &browser,
        "<div id=\"pym-container\"></div><script src=\"pym.v1.min.js\"></script>\
         <script>new pym.Parent('pym-container', '{TIMELINE}embed.html', { title: 'Chronologie' });</script>",
    );
    let last = crate::support::event_ids_in_data().pop().expect("events");
    open_host(&browser, &host, &format!("#{last}")).await;
    assert_eq!(
        browser
            .js("return document.querySelector('iframe').title")
            .await,
        "Chronologie"
    );
    wait_in_frame(&browser, &sources_open(&last)).await;
    assert_in_host_view(&browser, &format!("#{last}"), 0.0).await;
    browser.close().await;
}

#[tokio::test]
async fn the_embed_panel_offers_the_snippet_for_this_address_and_copies_it() {
    let browser = Browser::open().await;
    browser.load("/").await;
    browser.grant_clipboard().await;
    browser.click(".tl-embed > summary").await;
    let base = browser.server.url("/");
    let expected = format!(
        "<div data-pegasus-timeline data-src=\"{base}\"></div>\n<script src=\"{base}embed.js\" async></script>"
    );
    let shown = browser
        .js("return document.querySelector('.tl-embed__code').textContent")
        .await;
    assert_eq!(shown, serde_json::Value::String(expected.clone()));
    browser.click(".tl-embed__copy").await;
    browser
        .wait_until("document.querySelector('.tl-embed__copy').dataset.copied === 'true'")
        .await;
    let copied = browser.clipboard_text().await;
    assert_eq!(copied, serde_json::Value::String(expected));
    browser.close().await;
}

/// The loader's snippet with more attributes on its container.
fn loader_with(attributes: &str) -> String {
    LOADER.replacen(
        "<div data-pegasus-timeline",
        &format!("<div data-pegasus-timeline {attributes}"),
        1,
    )
}

/// The colours the timeline uses inside the iframe: its paper, and its body's background
/// and text as painted.
async fn frame_colours(browser: &Browser) -> serde_json::Value {
    in_frame(browser, COLOURS).await
}

/// JavaScript: the page's paper, and its body's background and text as painted.
const COLOURS: &str = "const body = getComputedStyle(document.body);\
     return [getComputedStyle(document.documentElement).getPropertyValue('--tl-paper').trim(),\
             body.backgroundColor, body.color]";

const DARK: [&str; 3] = ["#151513", "rgb(21, 21, 19)", "rgb(236, 235, 230)"];
const LIGHT: [&str; 3] = ["#fbfaf7", "rgb(251, 250, 247)", "rgb(29, 29, 27)"];

#[tokio::test]
async fn the_host_page_chooses_the_embeds_colour_scheme_whatever_the_system_says() {
    // A light system, a host page that wants the timeline dark.
    let browser = Browser::open().await;
    let host_page = host(&browser, &loader_with("data-theme=\"dark\""));
    open_host(&browser, &host_page, "").await;
    frame_content_height(&browser).await;
    assert_eq!(
        frame_colours(&browser).await,
        serde_json::json!(DARK),
        "dark on a light system"
    );
    browser.close().await;

    // A dark system, a host page that wants it light; then a value that means nothing.
    let browser = Browser::with(
        ServerConfig::new(crate::support::dist_dir()),
        1280,
        900,
        &["--force-dark-mode"],
    )
    .await;
    let host_page = host(&browser, &loader_with("data-theme=\"light\""));
    open_host(&browser, &host_page, "").await;
    let system = browser
        .js("return matchMedia('(prefers-color-scheme: dark)').matches")
        .await;
    assert_eq!(system, true, "the system scheme is dark");
    frame_content_height(&browser).await;
    assert_eq!(
        frame_colours(&browser).await,
        serde_json::json!(LIGHT),
        "light on a dark system"
    );

    browser
        .client
        .goto("about:blank")
        .await
        .expect("a blank page");
    let host_page = host(&browser, &loader_with("data-theme=\"violet\""));
    open_host(&browser, &host_page, "").await;
    let src = browser
        .js("return new URL(document.querySelector('iframe').src).searchParams.has('theme')")
        .await;
    assert_eq!(src, false, "an invalid theme is not passed on");
    frame_content_height(&browser).await;
    assert_eq!(
        frame_colours(&browser).await,
        serde_json::json!(DARK),
        "the system's scheme"
    );

    // The parameter itself, on the embed page framed or opened directly (pym.js, AMP).
    for (query, expected) in [("?theme=light", LIGHT), ("?theme=violet", DARK)] {
        browser.load(&format!("/embed.html{query}")).await;
        let colours = browser.js(COLOURS).await;
        assert_eq!(colours, serde_json::json!(expected), "{query}");
    }
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn a_plain_embed_leaves_out_its_title_and_introduction_and_its_first_event_rises() {
    let first_event =
        "return document.querySelector('[data-event-id]').getBoundingClientRect().top + scrollY";
    let browser = Browser::open().await;
    let host_page = host(&browser, LOADER);
    open_host(&browser, &host_page, "").await;
    frame_content_height(&browser).await;
    let with_header = in_frame(&browser, first_event).await;
    let with_header = with_header.as_f64().expect("a position");

    browser
        .client
        .goto("about:blank")
        .await
        .expect("a blank page");
    let host_page = host(&browser, &loader_with("data-header=\"none\""));
    open_host(&browser, &host_page, "").await;
    frame_content_height(&browser).await;
    let plain = in_frame(
        &browser,
        "const title = document.querySelector('.tl-header__title');\
         const box = title.getBoundingClientRect();\
         return { titleHidden: box.width <= 1 && box.height <= 1,\
                  titleRead: title.textContent.length > 0,\
                  intro: getComputedStyle(document.querySelector('.tl-header__intro')).display,\
                  days: document.querySelector('.tl-daynav').getBoundingClientRect().height > 0,\
                  tools: document.querySelector('.tl-tools').getBoundingClientRect().height > 0,\
                  first: document.querySelector('[data-event-id]').getBoundingClientRect().top + scrollY }",
    )
    .await;
    assert_eq!(plain["titleHidden"], true, "{plain}");
    assert_eq!(
        plain["titleRead"], true,
        "the title stays for screen readers: {plain}"
    );
    assert_eq!(plain["intro"], "none", "{plain}");
    assert_eq!(
        (&plain["days"], &plain["tools"]),
        (&serde_json::json!(true), &serde_json::json!(true)),
        "{plain}"
    );
    let plain_first = plain["first"].as_f64().expect("a position");
    assert!(
        plain_first < with_header - 40.0,
        "the first event at {plain_first} px, {with_header} px with the header"
    );
    let frame = browser
        .js("const f = document.querySelector('iframe'); return [f.title, new URL(f.src).searchParams.get('header')]")
        .await;
    assert_eq!(
        frame,
        serde_json::json!(["Chronologie de l’affaire Pegasus", "none"])
    );
    browser.close().await;
}
