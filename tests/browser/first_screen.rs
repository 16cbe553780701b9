//! The story starts on the first screen: the first event's headline is in the first
//! viewport on phones and laptops, French and English, with and without the wasm; the
//! controls keep to one row on phones; wide screens put the days on a rail beside the
//! cards; each date is said once; every target is at least 24 px square.

use crate::support::{dist_dir, text_of, Browser, NO_JAVASCRIPT};
use pegasus_site::static_server::ServerConfig;
use serde_json::{json, Value};

/// Where the first card's headline is, the viewport, the scroll position.
const FIRST_HEADLINE: &str = "const h = document.querySelector('[data-event-id] .tl-card__title').getBoundingClientRect(); \
     return { top: h.top, bottom: h.bottom, left: h.left, right: h.right, height: innerHeight, width: innerWidth, scrolled: scrollY, shown: document.querySelector('[data-event-id] .tl-card__title').checkVisibility() }";

/// A browser whose viewport is `width`×`height` CSS px: phones are emulated at that size;
/// a desktop window is grown by what its own frame takes.
async fn open_with(width: u32, height: u32, args: &[&str]) -> Browser {
    let browser = Browser::with(ServerConfig::new(dist_dir()), width, height, args).await;
    if width >= 500 {
        let frame = browser
            .js("return [outerWidth - innerWidth, outerHeight - innerHeight]")
            .await;
        let extra = |i: usize| u32::try_from(frame[i].as_u64().unwrap_or(0)).unwrap_or(0);
        browser
            .client
            .set_window_size(width + extra(0), height + extra(1))
            .await
            .expect("window size");
    }
    browser
}

async fn open(width: u32, height: u32, scripts: bool) -> Browser {
    let args: &[&str] = if scripts { &[] } else { &[NO_JAVASCRIPT] };
    open_with(width, height, args).await
}

#[tokio::test]
async fn the_first_events_headline_is_inside_the_first_viewport_on_phones_and_laptops() {
    let mut report = Vec::new();
    for (width, height) in [(375, 812), (412, 915), (1280, 800)] {
        for scripts in [true, false] {
            let browser = open(width, height, scripts).await;
            for page in ["/index.html", "/en.html"] {
                if scripts {
                    browser.load(page).await;
                    browser.settle().await;
                } else {
                    // No frame callbacks with the page's scripts off: the HTML is laid
                    // out by the time WebDriver returns from loading it.
                    browser.load_prerendered(page).await;
                }
                let at = browser.js(FIRST_HEADLINE).await;
                let number = |key: &str| at[key].as_f64().unwrap_or(f64::NAN);
                let place = format!(
                    "{width}×{height} {page} scripts {}: headline {:.0}–{:.0} px of {:.0}",
                    if scripts { "on" } else { "off" },
                    number("top"),
                    number("bottom"),
                    number("height"),
                );
                assert_eq!(number("width"), f64::from(width), "{place}: viewport width");
                assert_eq!(
                    number("height"),
                    f64::from(height),
                    "{place}: viewport height"
                );
                assert_eq!(number("scrolled"), 0.0, "{place}: the page opened scrolled");
                assert_eq!(at["shown"], Value::Bool(true), "{place}: not shown");
                assert!(
                    number("top") >= 0.0 && number("bottom") <= number("height"),
                    "{place}: below the fold"
                );
                assert!(
                    number("left") >= 0.0 && number("right") <= number("width"),
                    "{place}: off the side"
                );
                report.push(place);
            }
            browser.close().await;
        }
    }
    // `cargo test -- --nocapture` prints where each headline stands.
    println!("{}", report.join("\n"));
}

#[tokio::test]
async fn on_a_phone_the_controls_take_one_row_and_filtrer_opens_the_actor_buttons() {
    for (width, height) in [(375, 812), (412, 915)] {
        let browser = open(width, height, true).await;
        browser.load("/").await;
        // « Filtrer », the count and « Tout déplier », side by side; the buttons folded.
        let row = browser
            .js("return ['.tl-tools__filter', '.tl-filters__count', '.tl-tools__expand'].map(s => { const r = document.querySelector(s).getBoundingClientRect(); return r.width > 0 ? Math.round(r.top + r.height / 2) : null; })")
            .await;
        let centres: Vec<i64> = row
            .as_array()
            .expect("three boxes")
            .iter()
            .map(|c| c.as_i64().expect("a shown control"))
            .collect();
        assert!(
            centres.iter().all(|c| (c - centres[0]).abs() <= 2),
            "{width}px: not one row: {centres:?}"
        );
        let tools_height = browser
            .js("return document.querySelector('.tl-tools').getBoundingClientRect().height")
            .await;
        assert!(
            tools_height.as_f64().unwrap_or(f64::MAX) <= 48.0,
            "{width}px: the controls are {tools_height} px tall"
        );
        let chips_shown =
            "document.querySelector(\".tl-filters__button[data-actor='maroc']\").checkVisibility()";
        assert_eq!(
            browser.js(&format!("return {chips_shown}")).await,
            Value::Bool(false)
        );
        // A touch screen has no j/k to use.
        assert_eq!(
            browser
                .js("return document.querySelector('.tl-tools__hint').checkVisibility()")
                .await,
            Value::Bool(false),
            "{width}px: the keyboard hint on a touch screen"
        );
        browser.click(".tl-tools__filter").await;
        browser.wait_until(chips_shown).await;
        assert_eq!(
            browser
                .js("return document.querySelector('.tl-tools__filter').getAttribute('aria-expanded')")
                .await,
            "true"
        );
        browser
            .click(".tl-filters__button[data-actor='maroc']")
            .await;
        browser
            .wait_until("document.querySelector('.tl-filters__count').dataset.shown === '4'")
            .await;
        browser.close().await;
    }
}

#[tokio::test]
async fn a_wide_screen_puts_each_day_on_a_rail_beside_its_cards_at_a_reading_measure() {
    let browser = open(1280, 800, true).await;
    browser.load("/").await;
    // The filters, the count and « Tout déplier » in their own column, right of the cards,
    // and the keyboard hint where there is a keyboard (headless Chromium may have no
    // pointer at all).
    let layout = browser
        .js("const card = document.querySelector('#appel-macron-bennett').getBoundingClientRect(); \
             const tools = document.querySelector('.tl-tools').getBoundingClientRect(); \
             const text = document.querySelector('#appel-macron-bennett .tl-card__summary'); \
             const style = getComputedStyle(text); \
             const lines = Math.round(text.getBoundingClientRect().height / parseFloat(style.lineHeight)); \
             return { cardWidth: card.width, toolsRight: tools.left >= card.right, chips: document.querySelector(\"[data-actor='maroc']\").checkVisibility(), toggle: document.querySelector('.tl-tools__filter').checkVisibility(), hint: document.querySelector('.tl-tools__hint').checkVisibility() === matchMedia('(hover: hover) and (pointer: fine)').matches, perLine: text.textContent.length / lines }")
        .await;
    assert_eq!(layout["toolsRight"], Value::Bool(true), "{layout}");
    assert_eq!(layout["chips"], Value::Bool(true), "{layout}");
    assert_eq!(layout["toggle"], Value::Bool(false), "{layout}");
    assert_eq!(layout["hint"], Value::Bool(true), "{layout}");
    let per_line = layout["perLine"]
        .as_f64()
        .unwrap_or_else(|| panic!("perLine: {layout}"));
    assert!(
        (55.0..=80.0).contains(&per_line),
        "{per_line:.0} characters a line in a card"
    );
    // Scrolled to the day's second card, the day's heading stands beside it, left of the
    // cards, below the day navigator.
    browser.js("location.hash = 'appel-macron-bennett'").await;
    browser
        .wait_until("Math.abs(document.getElementById('appel-macron-bennett').getBoundingClientRect().top - parseFloat(getComputedStyle(document.getElementById('appel-macron-bennett')).scrollMarginTop)) < 4")
        .await;
    let heading = browser
        .js("const h = document.querySelector('#jour-2021-07-22 .tl-day__title').getBoundingClientRect(); \
             const card = document.getElementById('appel-macron-bennett').getBoundingClientRect(); \
             const nav = document.querySelector('.tl-daynav').getBoundingClientRect(); \
             return { inView: h.top >= nav.bottom && h.bottom <= innerHeight, leftOfCards: h.right <= card.left }")
        .await;
    assert_eq!(heading, json!({ "inView": true, "leftOfCards": true }));
    browser.close().await;
}

/// For every card under a day's heading: its `<time>`'s datetime and text, the day's
/// heading, whether the text shows, and its precision label.
const DATES: &str = "return [...document.querySelectorAll('[data-day] [data-event-id]')].map(card => { \
     const time = card.querySelector('time[datetime]'); \
     const day = card.closest('[data-day]'); \
     return { id: card.id, datetime: time.getAttribute('datetime'), day: day.dataset.day, \
       precision: time.dataset.precision, single: !time.hasAttribute('data-date-end'), text: time.textContent, \
       heading: day.querySelector('.tl-day__title').textContent.trim(), shown: time.checkVisibility(), \
       line: card.querySelector('.tl-card__when').innerText, \
       label: card.querySelector('.tl-card__precision')?.textContent ?? null }; })";

#[tokio::test]
async fn each_date_is_said_once_a_one_day_card_keeps_only_a_compact_date_under_its_heading() {
    for (width, compact_shown) in [(375, true), (1280, false)] {
        let browser = open(width, 900, true).await;
        browser.load("/").await;
        let cards = browser.js(DATES).await;
        for card in cards.as_array().expect("cards") {
            let text = text_of(&card["text"], "card['text']");
            let heading = text_of(&card["heading"], "card['heading']").to_lowercase();
            let line = text_of(&card["line"], "card['line']").to_lowercase();
            if card["precision"] == "day" && card["single"] == Value::Bool(true) {
                // The day it hangs from, said in full by the heading only.
                assert_eq!(card["datetime"], card["day"], "{card}");
                assert!(!line.contains(&heading), "{width}px: said twice: {card}");
                assert!(text.chars().count() <= 8, "{width}px: not compact: {card}");
                assert_eq!(
                    card["shown"],
                    Value::Bool(compact_shown),
                    "{width}px: {card}"
                );
                assert!(card["label"].is_null(), "{card}");
            } else {
                // Ranges and weeks keep their wording and their precision.
                assert!(text.chars().count() > 20, "{card}");
                assert_eq!(card["shown"], Value::Bool(true), "{card}");
                assert!(card["label"].is_string(), "{card}");
            }
        }
        browser.close().await;
    }
}

#[tokio::test]
async fn every_control_is_at_least_24_px_square() {
    for (width, scripts) in [(375, true), (375, false), (1280, true)] {
        let browser = open(width, 900, scripts).await;
        if scripts {
            browser.load("/").await;
            browser.click(".tl-embed > summary").await;
        } else {
            browser.load_prerendered("/").await;
        }
        // Links inside sentences are exempt (WCAG 2.5.8); everything else that takes a
        // tap is measured where it shows.
        let small = browser
            .js("return [...document.querySelectorAll('button, summary, .tl-daynav__link, .tl-lang')].filter(e => e.checkVisibility({ visibilityProperty: true })).map(e => [e.className || e.tagName, e.getBoundingClientRect()]).filter(([, r]) => r.width < 24 || r.height < 24).map(([name, r]) => `${name} ${r.width}×${r.height}`)")
            .await;
        assert_eq!(small, json!([]), "{width}px, scripts {scripts}");
        browser.close().await;
    }
}

#[tokio::test]
async fn screenshots_of_the_first_screen_and_the_rail_in_light_and_dark() {
    for (width, height) in [(375, 812), (1280, 800)] {
        for scheme in ["light", "dark"] {
            let args: &[&str] = if scheme == "dark" {
                &["--force-dark-mode"]
            } else {
                &[]
            };
            let browser = open_with(width, height, args).await;
            browser.load("/").await;
            browser.settle().await;
            browser
                .screenshot(&format!("first-screen-{width}-{scheme}"))
                .await;
            // A day in the middle, a card of it at the top: its heading in view beside it
            // (wide) or its compact date on the card (phone).
            browser.load("/#appel-macron-bennett").await;
            browser
                .wait_until("document.activeElement.id === 'appel-macron-bennett'")
                .await;
            tokio::time::sleep(std::time::Duration::from_millis(600)).await;
            browser.screenshot(&format!("day-{width}-{scheme}")).await;
            assert_eq!(browser.console_errors().await, Vec::<String>::new());
            browser.close().await;
        }
    }
}
