//! The reader's experience in headless Chromium: toggles, expand all, deep links, copying
//! a link, the keyboard, filters, the language switch. Every test waits
//! for the wasm to hydrate the prerendered page (`html.tl-js`).

use crate::support::{
    event_ids_in_data, sources_open, text_of, timeline_json, Browser, ALL_EXPANDED,
};
use serde_json::Value;

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";

#[tokio::test]
async fn a_toggle_reveals_its_quotes_and_announces_its_state() {
    let browser = Browser::open().await;
    browser.load("/").await;
    let card = "[data-event-id='gantz-a-paris']";
    let toggle_css = format!("{card} summary.tl-quotes__toggle");
    let toggle = browser
        .client
        .find(fantoccini::Locator::Css(&toggle_css))
        .await
        .expect("toggle");
    let open = "return document.getElementById('gantz-a-paris-sources').open";
    let panel_shown =
        format!("document.querySelector(\"{card} .tl-quotes__panel\").checkVisibility()");
    let top =
        format!("return document.querySelector(\"{toggle_css}\").getBoundingClientRect().top");
    let label = format!("return document.querySelector(\"{toggle_css}\").innerText.trim()");
    // Cards that come into view are laid out a frame later (`content-visibility: auto`)
    // and can move the toggle: scroll again once they are, as a reader's page has
    // settled before they press anything.
    for _ in 0..2 {
        browser
            .js(&format!("document.querySelector(\"{toggle_css}\").scrollIntoView({{block:'center', behavior:'instant'}})"))
            .await;
        browser.settle().await;
    }
    assert_eq!(
        browser.js(&format!("return {panel_shown}")).await,
        Value::Bool(false)
    );
    assert_eq!(browser.js(open).await, Value::Bool(false));
    assert_eq!(browser.js(&label).await, "Voir les sources");
    let closed_top = browser.js(&top).await;

    toggle.click().await.expect("click");
    browser.wait_until(&panel_shown).await;
    // A native <details>: the browser tells assistive technology it is expanded.
    assert_eq!(browser.js(open).await, Value::Bool(true));
    assert_eq!(browser.js(&label).await, "Masquer les sources");
    let quote = browser
        .js(&format!(
            "return document.querySelector(\"{card} blockquote\").textContent"
        ))
        .await;
    assert!(text_of(&quote, "quote").contains("au sérieux"), "{quote}");
    assert_eq!(
        browser.js(&top).await,
        closed_top,
        "opening the panel moved the page"
    );
    // "Expand all" knows one card is open.
    assert_eq!(
        browser
            .js("return document.querySelector('.tl-tools__expand').textContent")
            .await,
        "Tout déplier"
    );

    toggle.click().await.expect("click");
    browser.wait_until(&format!("!({panel_shown})")).await;
    assert_eq!(browser.js(open).await, Value::Bool(false));
    assert_eq!(
        browser.js(&top).await,
        closed_top,
        "closing the panel moved the page"
    );
    browser.close().await;
}

#[tokio::test]
async fn expand_all_opens_every_quote_without_moving_the_reader_and_closes_them_again() {
    let browser = Browser::open().await;
    browser.load("/").await;
    // Read from the middle of the page: the card at the top (the first whose bottom shows
    // below the sticky day navigator, often the end of the card above « appel-revele »)
    // must stay where it is while every card above it grows.
    browser
        .js("document.querySelector('[data-event-id=\"appel-revele\"]').scrollIntoView({block:'start', behavior:'instant'}); window.scrollBy(0, -100)")
        .await;
    // A reader presses the button at least a frame after scrolling, once what came into
    // view is laid out.
    browser.settle().await;
    // Safari has no scroll anchoring: with Chromium's turned off too, what keeps the
    // reader's place is the app's own code.
    browser
        .js("document.documentElement.style.overflowAnchor = 'none'; document.body.style.overflowAnchor = 'none'")
        .await;
    let reader_card = browser
        .js("const nav = document.querySelector('.tl-daynav').getBoundingClientRect().bottom; return [...document.querySelectorAll('.tl-card')].find(c => c.getBoundingClientRect().bottom > nav + 20).id")
        .await;
    let reader_card = reader_card.as_str().expect("a card at the top");
    let top =
        format!("return document.getElementById('{reader_card}').getBoundingClientRect().top");
    let top = top.as_str();
    let before = browser.js(top).await.as_f64().expect("top");
    // Pressed where it is, without scrolling to it: the reader is mid-page.
    browser
        .js("document.querySelector('.tl-tools__expand').click()")
        .await;
    browser.wait_until(ALL_EXPANDED).await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let after = browser.js(top).await.as_f64().expect("top");
    assert!(
        (after - before).abs() < 3.0,
        "the reader's card moved from {before} to {after}"
    );
    browser
        .wait_until("document.querySelector('.tl-tools__expand').textContent === 'Tout replier'")
        .await;
    assert_eq!(
        browser
            .js("return document.querySelector('.tl-tools__expand').getAttribute('aria-pressed')")
            .await,
        "true"
    );
    browser
        .js("document.querySelector('.tl-tools__expand').click()")
        .await;
    browser
        .wait_until("[...document.querySelectorAll('details.tl-quotes')].every(d => !d.open) && document.querySelector('.tl-tools__expand').textContent === 'Tout déplier'")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn a_deep_link_scrolls_to_its_event_and_opens_its_quotes() {
    let browser = Browser::open().await;
    browser.load("/#visite-des-locaux-de-nso").await;
    let card = "document.getElementById('visite-des-locaux-de-nso')";
    browser
        .wait_until(&sources_open("visite-des-locaux-de-nso"))
        .await;
    // Just below the sticky day navigator: the card's scroll-margin-top, which the
    // stylesheet sets from its one `--tl-nav-clearance`.
    browser
        .wait_until(&format!(
            "Math.abs({card}.getBoundingClientRect().top - parseFloat(getComputedStyle({card}).scrollMarginTop)) < 40 && parseFloat(getComputedStyle({card}).scrollMarginTop) > 40"
        ))
        .await;
    assert_eq!(
        browser.js("return document.activeElement.id").await,
        "visite-des-locaux-de-nso"
    );
    // A later hash change (a link, Back, Forward) does the same.
    browser.js("location.hash = 'conseil-de-defense'").await;
    browser
        .wait_until(&sources_open("conseil-de-defense"))
        .await;
    browser.client.back().await.expect("back");
    browser
        .wait_until("location.hash === '#visite-des-locaux-de-nso'")
        .await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn copy_link_puts_the_events_address_on_the_clipboard() {
    let browser = Browser::open().await;
    browser.load("/en.html").await;
    browser.grant_clipboard().await;
    browser
        .click("[data-event-id='licences-cyber'] .tl-card__copy")
        .await;
    browser
        .wait_until("document.querySelector(\"[data-event-id='licences-cyber'] .tl-card__copy\").dataset.copied === 'true'")
        .await;
    let expected = browser.server.url("/en.html#licences-cyber");
    let copied = browser.clipboard_text().await;
    assert_eq!(copied, Value::String(expected.clone()));
    let status = browser
        .js("return document.querySelector('[role=status]').textContent")
        .await;
    assert!(text_of(&status, "status").contains(&expected), "{status}");
    browser.close().await;
}

#[tokio::test]
async fn the_keyboard_reaches_a_toggle_and_moves_between_events() {
    let browser = Browser::open().await;
    browser.load("/").await;
    browser
        .js("document.activeElement.blur(); window.scrollTo(0, 0)")
        .await;
    let mut reached = false;
    for _ in 0..40 {
        browser.press(TAB).await;
        let class = browser.js("return document.activeElement.className").await;
        if text_of(&class, "class").contains("tl-quotes__toggle") {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reached a quote toggle");
    let outline = browser
        .js("return getComputedStyle(document.activeElement).outlineStyle")
        .await;
    assert_ne!(outline, "none", "focus is visible");
    browser.press(ENTER).await;
    browser
        .wait_until("document.activeElement.parentElement.open === true")
        .await;
    browser.press(" ").await;
    browser
        .wait_until("document.activeElement.parentElement.open === false")
        .await;

    let ids = event_ids_in_data();
    browser
        .js("document.activeElement.blur(); window.scrollTo(0, 0)")
        .await;
    browser.press("j").await;
    browser
        .wait_until(&format!("document.activeElement.id === '{}'", ids[0]))
        .await;
    browser.press("j").await;
    browser
        .wait_until(&format!("document.activeElement.id === '{}'", ids[1]))
        .await;
    browser.press("\u{E015}").await; // ArrowDown
    browser
        .wait_until(&format!("document.activeElement.id === '{}'", ids[2]))
        .await;
    browser.press("k").await;
    browser
        .wait_until(&format!("document.activeElement.id === '{}'", ids[1]))
        .await;
    browser.close().await;
}

#[tokio::test]
async fn an_actor_filter_hides_other_events_and_says_how_many_are_shown() {
    let browser = Browser::open().await;
    browser.load("/").await;
    let data = timeline_json();
    let events = data["events"].as_array().expect("events");
    let involving = |actor: &str| -> Vec<String> {
        events
            .iter()
            .filter(|e| {
                e["actors"]
                    .as_array()
                    .is_some_and(|a| a.iter().any(|x| x == actor))
            })
            .map(|e| text_of(&e["id"], "e['id']").to_owned())
            .collect()
    };
    let shown = "return [...document.querySelectorAll('[data-event-id]')].filter(e => e.offsetParent !== null).map(e => e.id)";
    browser
        .click(".tl-filters__button[data-actor='maroc']")
        .await;
    browser
        .wait_until(&format!(
            "document.querySelector('.tl-filters__count').dataset.shown === '{}'",
            involving("maroc").len()
        ))
        .await;
    assert_eq!(
        browser.js(shown).await,
        serde_json::json!(involving("maroc"))
    );
    let count = browser
        .js("return document.querySelector('.tl-filters__count').textContent")
        .await;
    assert!(
        text_of(&count, "count").contains(&format!("sur {}", events.len())),
        "{count}"
    );
    assert_eq!(
        browser.js("return document.querySelector(\".tl-filters__button[data-actor='maroc']\").getAttribute('aria-pressed')").await,
        "true"
    );
    // Adding an actor widens the selection.
    browser.click(".tl-filters__button[data-actor='nso']").await;
    let mut either = involving("maroc");
    either.extend(involving("nso"));
    let ids = event_ids_in_data();
    let expected: Vec<&String> = ids.iter().filter(|id| either.contains(id)).collect();
    browser
        .wait_until(&format!(
            "document.querySelector('.tl-filters__count').dataset.shown === '{}'",
            expected.len()
        ))
        .await;
    assert_eq!(browser.js(shown).await, serde_json::json!(expected));
    // Every day stays on the axis.
    assert_eq!(
        browser
            .js("return document.querySelectorAll('[data-day]').length")
            .await,
        9
    );
    browser.click(".tl-filters__button[data-actor='']").await;
    browser
        .wait_until(&format!(
            "document.querySelector('.tl-filters__count').dataset.shown === '{}'",
            events.len()
        ))
        .await;
    browser.close().await;
}

#[tokio::test]
async fn the_language_switch_goes_to_the_same_place_in_the_other_language() {
    let browser = Browser::open().await;
    browser.load("/#gantz-a-paris").await;
    assert_eq!(
        browser.js("return document.documentElement.lang").await,
        "fr"
    );
    let quote_before = browser
        .js("return document.querySelector('blockquote').textContent")
        .await;
    browser.click("a[hreflang='en'][lang='en']").await;
    browser
        .wait_until("document.documentElement.lang === 'en' && document.documentElement.classList.contains('tl-js')")
        .await;
    assert_eq!(browser.js("return location.pathname").await, "/en.html");
    assert_eq!(browser.js("return location.hash").await, "#gantz-a-paris");
    browser.wait_until(&sources_open("gantz-a-paris")).await;
    let heading = browser
        .js("return document.querySelector('#gantz-a-paris h4').textContent")
        .await;
    assert!(
        text_of(&heading, "heading").starts_with("In Paris, Benny Gantz"),
        "{heading}"
    );
    // The day in words is its heading's; the card under it keeps a compact date.
    let date = browser
        .js("return document.querySelector('#jour-2021-07-28 .tl-day__title').textContent")
        .await;
    assert_eq!(date, "Wednesday 28 July 2021");
    // Quotes stay in their original French.
    assert_eq!(
        browser
            .js("return document.querySelector('blockquote').textContent")
            .await,
        quote_before
    );
    assert_eq!(
        browser
            .js("return document.querySelector('blockquote').lang")
            .await,
        "fr"
    );
    assert!(
        text_of(&browser.js("return document.title").await, "the title")
            .starts_with("The Pegasus affair")
    );
    assert_eq!(
        browser
            .js("return document.querySelector('a[hreflang=fr]').lang")
            .await,
        "fr"
    );
    browser.click("a[hreflang='fr'].tl-lang").await;
    browser
        .wait_until("document.querySelector('#jour-2021-07-28 .tl-day__title').textContent === 'mercredi 28 juillet 2021'")
        .await;
    assert_eq!(browser.js("return location.pathname").await, "/index.html");
    // Addresses from before the pages were prerendered still reach the right one.
    browser.load("/?lang=en#licences-cyber").await;
    browser
        .wait_until("location.pathname === '/en.html' && location.hash === '#licences-cyber' && document.documentElement.classList.contains('tl-js')")
        .await;
    browser.wait_until(&sources_open("licences-cyber")).await;
    browser.close().await;
}
