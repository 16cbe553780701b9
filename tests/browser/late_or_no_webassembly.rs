//! A reader faster than the wasm, and a browser that runs no WebAssembly at all (Safari's
//! Lockdown Mode, managed browsers, old engines): what they did before hydration is kept
//! and every label agrees with it; without the wasm the page reads as the prerendered one,
//! with no error, no room kept for controls, and event addresses that still work.

use crate::support::{dist_dir, probed_copy, sources_open, text_of, Browser, Engine};
use pegasus_site::static_server::{Gate, ServerConfig, StaticServer};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

#[tokio::test]
async fn cards_opened_before_the_wasm_arrives_stay_open_and_the_first_press_closes_them_all() {
    let gate = Gate::default();
    let config = ServerConfig {
        hold: Some(("_bg.wasm".into(), gate.clone())),
        ..ServerConfig::new(dist_dir())
    };
    let browser = Browser::with(config, 1280, 900, &[]).await;
    browser.load_prerendered("/").await;
    // The reader opens every card's sources while the wasm is on its way.
    let opened = browser
        .js(
            "const all = [...document.querySelectorAll('details.tl-quotes')];\
             all.forEach(d => { d.open = true; });\
             return [all.length, document.documentElement.classList.contains('tl-js')]",
        )
        .await;
    let total = opened[0].as_u64().expect("a count of cards");
    assert!(total > 10, "{opened}");
    assert_eq!(opened[1], false, "the wasm was held back");
    gate.open();
    browser
        .wait_until("document.documentElement.classList.contains('tl-js')")
        .await;
    // Once hydrated, the button knows every card is open: it offers to close them.
    let expand = ".tl-tools__expand";
    browser
        .wait_until(&format!(
            "document.querySelector('{expand}').textContent === 'Tout replier'"
        ))
        .await;
    let state = browser
        .js(&format!(
            "const b = document.querySelector('{expand}');\
             return [b.getAttribute('aria-pressed'), b.disabled,\
                     [...document.querySelectorAll('details.tl-quotes')].every(d => d.open),\
                     document.querySelector('.tl-filters__count').dataset.shown]"
        ))
        .await;
    assert_eq!(state, json!(["true", false, true, total.to_string()]));
    // One press closes every card, and the button says so.
    browser.click(expand).await;
    browser
        .wait_until("[...document.querySelectorAll('details.tl-quotes')].every(d => !d.open)")
        .await;
    let after = browser
        .js(&format!(
            "const b = document.querySelector('{expand}');\
             return [b.textContent, b.getAttribute('aria-pressed')]"
        ))
        .await;
    assert_eq!(after, json!(["Tout déplier", "false"]));
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

/// `dist/` whose pages run in a browser without WebAssembly.
fn without_webassembly() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| probed_copy("tl-no-wasm", "delete window.WebAssembly;\n", |_| {}))
        .clone()
}

/// `dist/` whose readers' wasm is not WebAssembly at all: it fails to compile.
fn with_a_broken_wasm() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        probed_copy("tl-broken-wasm", "", |dir: &Path| {
            for entry in std::fs::read_dir(dir).expect("the copy").flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with("pegasus-timeline-") && name.contains("_bg.wasm") {
                    if name.ends_with(".wasm") {
                        std::fs::write(entry.path(), b"\0asm not really").expect("broken wasm");
                    } else {
                        std::fs::remove_file(entry.path()).expect("its compressed copies");
                    }
                }
            }
        })
    })
    .clone()
}

/// What a page left without its wasm must show: no error, no control and no room for
/// one, and `id`'s sources open with its card at the top of the view.
async fn assert_reads_cleanly_with_open(browser: &Browser, id: &str) {
    // The card opens, or the page says why not.
    browser
        .wait_until(&format!(
            "({}) || window.__consoleMessages.length > 0",
            sources_open(id)
        ))
        .await;
    let messages = browser.js("return window.__consoleMessages").await;
    assert_eq!(messages, json!([]), "the console");
    browser.wait_until(&sources_open(id)).await;
    let page = browser
        .js(&format!(
            "const card = document.getElementById('{id}').getBoundingClientRect();\
             return {{\
               tools: document.querySelector('.tl-tools').getBoundingClientRect().height,\
               controls: [...document.querySelectorAll('[data-needs-script]')]\
                 .filter(e => e.getBoundingClientRect().height > 0).length,\
               top: card.top, height: innerHeight,\
               focused: document.activeElement.id,\
               hydrated: document.documentElement.classList.contains('tl-js'),\
               messages: window.__consoleMessages }}"
        ))
        .await;
    assert_eq!(page["tools"], 0.0, "room kept for the tools: {page}");
    assert_eq!(page["controls"], 0, "controls that cannot work: {page}");
    assert_eq!(page["hydrated"], false, "{page}");
    assert_eq!(page["focused"], id, "{page}");
    let top = page["top"].as_f64().expect("the card's top");
    let height = page["height"].as_f64().expect("the view's height");
    assert!(
        (0.0..height / 3.0).contains(&top),
        "{id} is not at the top of the view: {page}"
    );
    assert_eq!(page["messages"], json!([]), "the console");
}

async fn no_webassembly(engine: Engine, page: &str, first: &str, then: &str) {
    let (width, height) = if engine == Engine::Chromium {
        (390, 800)
    } else {
        (1280, 900)
    };
    let config = ServerConfig::new(without_webassembly());
    let browser = Browser::engine(engine, config, width, height, &[]).await;
    browser.load_prerendered(&format!("/{page}#{first}")).await;
    assert_reads_cleanly_with_open(&browser, first).await;
    // A link to another event, followed in the page (a hash change).
    browser.js(&format!("location.hash = '{then}'")).await;
    assert_reads_cleanly_with_open(&browser, then).await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    let wasm: Vec<String> = browser
        .server
        .requests()
        .into_iter()
        .filter(|r| r.path.ends_with(".wasm"))
        .map(|r| r.path)
        .collect();
    assert_eq!(
        wasm,
        Vec::<String>::new(),
        "nothing is fetched that cannot run"
    );
    browser.close().await;
}

#[tokio::test]
async fn without_webassembly_the_french_page_reads_cleanly_and_event_addresses_open_their_sources()
{
    no_webassembly(
        Engine::Chromium,
        "index.html",
        "gantz-a-paris",
        "appel-revele",
    )
    .await;
}

#[tokio::test]
async fn without_webassembly_the_english_page_reads_cleanly_and_event_addresses_open_their_sources()
{
    no_webassembly(Engine::Chromium, "en.html", "appel-revele", "gantz-a-paris").await;
}

/// Safari's engine, where Lockdown Mode turns WebAssembly off.
#[tokio::test]
async fn without_webassembly_the_page_reads_cleanly_in_webkit_too() {
    no_webassembly(
        Engine::WebKit,
        "index.html",
        "gantz-a-paris",
        "appel-revele",
    )
    .await;
}

#[tokio::test]
async fn a_wasm_that_fails_to_compile_leaves_the_prerendered_page_as_clean_as_without_it() {
    let browser = Browser::with(ServerConfig::new(with_a_broken_wasm()), 1280, 900, &[]).await;
    browser.load_prerendered("/index.html#gantz-a-paris").await;
    assert_reads_cleanly_with_open(&browser, "gantz-a-paris").await;
    let fetched = browser
        .server
        .requests()
        .into_iter()
        .any(|r| r.path.ends_with("_bg.wasm") && r.status == 200);
    assert!(fetched, "the broken wasm was tried");
    let errors = browser.console_errors().await;
    assert_eq!(errors, Vec::<String>::new());
    let title: Value = browser.js("return document.title").await;
    assert!(text_of(&title, "the title").starts_with("Affaire Pegasus"));
    browser.close().await;
}

#[tokio::test]
async fn without_webassembly_an_embed_still_takes_the_height_of_its_timeline() {
    let browser = Browser::with(ServerConfig::new(without_webassembly()), 1280, 900, &[]).await;
    let dir = std::env::temp_dir().join(format!("tl-no-wasm-host-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("host dir");
    let timeline = browser.server.url("/");
    std::fs::write(
        dir.join("index.html"),
        format!(
            "<!doctype html><html lang=fr><head><meta charset=utf-8><title>Page hôte</title>\
             <link rel=icon href=\"data:,\"></head><body><h1>Un article</h1>\
             <div data-pegasus-timeline data-src=\"{timeline}\"></div>\
             <script src=\"{timeline}embed.js\" async></script></body></html>"
        ),
    )
    .expect("host page");
    let host = StaticServer::start("127.0.0.1:0", ServerConfig::new(dir)).expect("host");
    browser
        .client
        .goto(&host.url("/"))
        .await
        .expect("host page");
    browser
        .wait_until("document.querySelector('iframe') !== null")
        .await;
    // The loader's first guess is 600 px; the timeline is far taller.
    browser
        .wait_until("document.querySelector('iframe').getBoundingClientRect().height > 1000")
        .await;
    let frame = browser
        .js("return document.querySelector('iframe').getBoundingClientRect().height")
        .await
        .as_f64()
        .expect("the frame's height");
    browser
        .client
        .enter_frame(0)
        .await
        .expect("enter the frame");
    let content = browser
        .js("return [document.documentElement.classList.contains('tl-no-wasm'), Math.ceil(document.documentElement.getBoundingClientRect().height)]")
        .await;
    assert_eq!(content[0], true, "the embed runs without its wasm");
    let content = content[1].as_f64().expect("the content's height");
    assert!(
        (frame - content).abs() <= 3.0,
        "frame {frame} px for {content} px"
    );
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}
