//! The editors' preview with what an editor should not give it, and at scale: a PNG, an
//! empty file, a 20 MB file, JSON nested 10,000 deep, 5,000 events, hostile strings. Each
//! gets a clear message and leaves a usable page. And the page keeps the readers' pages'
//! standards: axe, no overflow at 375 px, nothing from another origin.

use crate::preview_support::*;
use crate::support::{text_of, timeline_json};
use serde_json::{json, Value};
use std::path::PathBuf;

/// The preview still works after a refusal: the shipped file is checked as usual.
async fn still_usable(browser: &crate::support::Browser) {
    pick_data_file(browser, &project_file("public/timeline.json")).await;
    let status = status_after(browser, "timeline.json", 10).await;
    assert!(
        status.contains("Aucun problème") || status.contains("No problem"),
        "{status}"
    );
    assert_eq!(
        browser
            .js("return document.getElementById('tl-failure')?.hidden ?? true")
            .await,
        true,
        "the failure notice is shown"
    );
}

#[tokio::test]
async fn an_image_an_empty_file_and_a_twenty_megabyte_file_are_refused_clearly() {
    let browser = open_preview("apercu.html", 1280).await;
    pick_data_file(&browser, &crate::support::dist_dir().join("share-fr.png")).await;
    let status = status_after(&browser, "share-fr.png", 10).await;
    assert!(
        status.contains("n’est pas du texte mais un fichier PNG"),
        "{status}"
    );

    pick_data_file(&browser, &scratch_file("vide.json", b"")).await;
    let status = status_after(&browser, "vide.json", 10).await;
    assert!(status.ends_with("est vide."), "{status}");

    let big = scratch_file("gros.json", &vec![b' '; 20 * 1024 * 1024]);
    pick_data_file(&browser, &big).await;
    let status = status_after(&browser, "gros.json", 10).await;
    assert!(
        status.contains("fait 20,0\u{a0}Mo, plus que la limite de 10,0\u{a0}Mo"),
        "{status}"
    );
    still_usable(&browser).await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn json_nested_ten_thousand_deep_and_a_flood_of_problems_are_reported_not_a_crash() {
    let deep = format!(
        "{{\"events\": {}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let browser = open_preview("preview.html", 1280).await;
    pick_data_file(&browser, &scratch_file("deep.json", deep.as_bytes())).await;
    status_after(&browser, "deep.json", 10).await;
    let listed = problems(&browser).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(
        listed[0].starts_with("line 1, column ") && listed[0].contains("recursion limit exceeded"),
        "{listed:?}"
    );
    // A flood of problems: 300 events that are empty objects. The first 200 are listed.
    let flood = format!("{{\"title\": 1, \"events\": [{}{{}}]}}", "{}, ".repeat(299));
    pick_data_file(&browser, &scratch_file("flood.json", flood.as_bytes())).await;
    status_after(&browser, "flood.json", 10).await;
    assert_eq!(problems(&browser).await.len(), 200);
    let more = browser
        .js("return document.querySelector('.pv-more').textContent")
        .await;
    assert_eq!(
        more,
        "… and 101 more problems, to see once these are fixed."
    );
    pick_data_file(&browser, &project_file("public/timeline.json")).await;
    let status = status_after(&browser, "timeline.json", 10).await;
    assert!(status.contains("No problem"), "{status}");
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

/// The shipped timeline with `count` events: its window events over and over, new ids,
/// spread over the window's days in order.
pub(crate) fn generated_timeline(count: usize) -> Value {
    let mut data = timeline_json();
    let events: Vec<Value> = data["events"]
        .as_array()
        .map(|events| {
            events
                .iter()
                .filter(|e| e["context"] != true)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let days = [
        "2021-07-20",
        "2021-07-21",
        "2021-07-22",
        "2021-07-23",
        "2021-07-24",
        "2021-07-25",
        "2021-07-26",
        "2021-07-27",
        "2021-07-28",
    ];
    let generated: Vec<Value> = (0..count)
        .map(|i| {
            let mut event = events[i % events.len()].clone();
            let day = days[i * days.len() / count];
            event["id"] = json!(format!("evenement-{i:05}"));
            event["date"] = json!({
                "precision": "day",
                "from": day,
                "reasoning": { "fr": "Généré pour l’essai.", "en": "Generated for the test." }
            });
            event
        })
        .collect();
    data["events"] = Value::Array(generated);
    data
}

#[tokio::test]
async fn five_thousand_events_are_checked_and_drawn() {
    let data = generated_timeline(5_000);
    let text = serde_json::to_string_pretty(&data).expect("json");
    let file = scratch_file("cinq-mille.json", text.as_bytes());
    let browser = open_preview("apercu.html", 1280).await;
    let started = std::time::Instant::now();
    pick_data_file(&browser, &file).await;
    let status = status_after(&browser, "cinq-mille.json", 60).await;
    drawn(&browser, 60).await;
    let took = started.elapsed();
    assert!(
        status.contains("Aucun problème\u{a0}: 5000\u{a0}événements dessinés"),
        "{status}"
    );
    let cards = browser
        .js("return document.querySelectorAll('.pv-page [data-event-id]').length")
        .await;
    assert_eq!(cards, 5_000);
    let timing = browser
        .js("return document.querySelector('.pv-timing').textContent")
        .await;
    println!(
        "5,000 events ({} kB): {timing}; picked to drawn: {} ms",
        text.len() / 1024,
        took.as_millis()
    );
    // The page answers: a filter on 5,000 cards.
    browser
        .click(".pv-page .tl-filters__button[data-actor='nso']")
        .await;
    browser
        .wait_until("document.querySelector('.pv-page .tl-filters__count').textContent.includes('sur 5000')")
        .await;
    assert!(took.as_secs() < 30, "5,000 events took {took:?}");
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn hostile_strings_show_as_text_and_nothing_runs() {
    let browser = open_preview("apercu.html", 1280).await;
    pick_and_draw(&browser, "tests/fixtures/hostile/timeline.json").await;
    browser.js("document.querySelectorAll('.pv-page *').forEach(e => e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })))").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        browser.js("return typeof window.__pwned").await,
        "undefined"
    );
    assert_eq!(
        browser.js("return document.querySelectorAll('.pv-page script, .pv-page iframe, .pv-page img, .pv-page [onerror], .pv-page [onclick]').length").await,
        0
    );
    let links = browser
        .js("return [...document.querySelectorAll('.pv-page .tl-main a[href]')].map(a => a.getAttribute('href')).filter(h => !/^(https?:|#|[a-z-]+\\.html)/.test(h))")
        .await;
    assert_eq!(links, json!([]), "links that are not web addresses");
    // What the data says is shown as text: markup included.
    let text = browser
        .js("return document.querySelector('.pv-page').textContent")
        .await;
    assert!(
        text_of(&text, "text").contains("<script"),
        "markup is shown as text"
    );
    assert!(!problems(&browser).await.is_empty());
    browser.close().await;
}

#[tokio::test]
async fn the_preview_meets_the_readers_pages_standards() {
    for (width, dark) in [(375, false), (1280, true)] {
        let args: &[&str] = if dark { &["--force-dark-mode"] } else { &[] };
        let browser = open_preview_with("apercu.html", width, args).await;
        pick_and_draw(&browser, "tests/fixtures/invalid/many-mistakes.json").await;
        let overflow = browser
            .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert_eq!(overflow, 0, "horizontal overflow at {width} px");
        let violations = serious_violations(&browser, "document").await;
        assert_eq!(violations, json!([]), "axe at {width} px, dark: {dark}");
        // Everything came from the page's own origin.
        assert_eq!(foreign_resources(&browser).await, json!([]));
        assert_eq!(browser.console_errors().await, Vec::<String>::new());
        browser.close().await;
    }
}

#[tokio::test]
async fn the_keyboard_reaches_every_control_and_the_report_is_announced() {
    let browser = open_preview("preview.html", 1280).await;
    pick_and_draw(&browser, "tests/fixtures/invalid/many-mistakes.json").await;
    // The summary and the problems sit in one polite live region.
    assert_eq!(
        browser
            .js("return document.querySelector('.pv-status').closest('[aria-live=polite]') === document.querySelector('.pv-problems').closest('[aria-live=polite]')")
            .await,
        true
    );
    // Tab from the top of the page, as a keyboard user does.
    browser
        .js("document.activeElement?.blur(); window.scrollTo(0, 0)")
        .await;
    let mut reached = Vec::new();
    // Enough presses to pass the problems' seven links and reach the drawing's buttons.
    for _ in 0..16 {
        press_key(&browser, '\u{E004}').await;
        let active = browser
            .js("const e = document.activeElement; return e.className || e.tagName + (e.type ? ':' + e.type : '')")
            .await;
        reached.push(text_of(&active, "active").to_owned());
    }
    let order: Vec<&str> = reached.iter().map(String::as_str).collect();
    let position = |wanted: &str| {
        order
            .iter()
            .position(|r| r.contains(wanted))
            .unwrap_or_else(|| panic!("Tab never reaches {wanted}: {order:?}"))
    };
    // In reading order: the data picker, the text box, the first problem's link, the
    // source texts' picker, then the drawing's language buttons.
    let data = position("INPUT:file");
    let text = position("pv-paste__text");
    let link = position("pv-problem__link");
    let languages = position("pv-lang");
    assert!(data < text && text < link && link < languages, "{order:?}");
    // A problem's link, followed with Enter, opens its event.
    browser
        .js("document.querySelector(\".pv-problem__link[href='#gantz-a-paris']\").focus()")
        .await;
    press_key(&browser, '\u{E007}').await;
    browser
        .wait_until("document.getElementById('gantz-a-paris-sources').open")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn source_texts_past_the_caps_are_refused_and_at_the_cap_the_quotes_are_checked_in_a_moment()
{
    use pegasus_preview::input::{MAX_SOURCE_TEXTS, MAX_SOURCE_TEXT_BYTES};
    // 5,000 events, each quoting its own passage of its article, and one quote the
    // article does not have: the texts are searched to their end.
    let mut data = generated_timeline(5_000);
    let articles: Vec<(String, String)> = source_text_files()
        .iter()
        .map(|path| {
            let name = path
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(path).expect("a source text"))
        })
        .collect();
    let files: Vec<(String, String)> = data["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| {
            (
                text_of(&s["id"], "id").to_owned(),
                text_of(&s["file"], "file").to_owned(),
            )
        })
        .collect();
    for (i, event) in data["events"]
        .as_array_mut()
        .expect("events")
        .iter_mut()
        .enumerate()
    {
        for quote in event["quotes"].as_array_mut().expect("quotes") {
            let source = text_of(&quote["source"], "source").to_owned();
            let file = &files
                .iter()
                .find(|(id, _)| *id == source)
                .expect("its source")
                .1;
            let article = &articles
                .iter()
                .find(|(name, _)| name == file)
                .expect("its text")
                .1;
            let chars: Vec<char> = article.chars().collect();
            let start = (i * 7) % (chars.len() - 80);
            let passage: String = chars[start..start + 60].iter().collect();
            quote["text"] = json!(passage.trim());
        }
    }
    data["events"][0]["quotes"][0]["text"] = json!("Une phrase qu’aucun article n’a écrite.");
    let text = serde_json::to_string_pretty(&data).expect("json");
    let file = scratch_file("cinq-mille-citees.json", text.as_bytes());
    let browser = open_preview("apercu.html", 1280).await;
    pick_data_file(&browser, &file).await;
    status_after(&browser, "cinq-mille-citees.json", 60).await;
    drawn(&browser, 60).await;
    // The two archived articles, each padded to half the cap: 5,000 events' quotes are
    // looked for in 5 MB of text.
    let half = (MAX_SOURCE_TEXT_BYTES / 2) as usize;
    let padded: Vec<PathBuf> = source_text_files()
        .iter()
        .map(|path| {
            let mut text = std::fs::read_to_string(path).expect("a source text");
            let filler = "Une phrase qui n’est dans aucune citation, pour grossir le texte. ";
            while text.len() + filler.len() <= half {
                text.push_str(filler);
            }
            let name = path
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            scratch_file(&name, text.as_bytes())
        })
        .collect();
    pick_source_texts(&browser, &padded).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while browser
        .js("return document.querySelector('.pv-quotes').textContent.includes('contre 2')")
        .await
        != true
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the quotes were not checked against the texts"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let status = status(&browser).await;
    assert!(
        status.contains("1\u{a0}problème"),
        "only the quote no article has: {status}"
    );
    drawn(&browser, 60).await;
    let timing = browser
        .js("return document.querySelector('.pv-timing').textContent")
        .await;
    let timing = text_of(&timing, "the timing").to_owned();
    println!("5,000 events against 2 texts of {half} bytes: {timing}");
    let checked_ms: f64 = timing
        .trim_start_matches("Vérifié en ")
        .split('\u{a0}')
        .next()
        .and_then(|ms| ms.parse().ok())
        .unwrap_or_else(|| panic!("no time in {timing:?}"));
    assert!(
        checked_ms < 2000.0,
        "the check blocked the page for {checked_ms} ms"
    );
    // One byte more than the cap: refused by its size, before it is read, and said so.
    let extra = scratch_file("de-trop.txt", "x".repeat(1024).as_bytes());
    pick_source_texts(&browser, &[extra]).await;
    browser
        .wait_until("[...document.querySelectorAll('.pv-texts li')].some(li => li.textContent.includes('de-trop.txt') && li.textContent.includes('plus que la limite de 5,0\u{a0}Mo'))")
        .await;
    // Past the count: the 51st text is refused, the others are kept.
    let many: Vec<PathBuf> = (0..=MAX_SOURCE_TEXTS)
        .map(|i| scratch_file(&format!("petit-{i:02}.txt"), b"Un petit texte."))
        .collect();
    browser.close().await;
    let browser = open_preview("apercu.html", 1280).await;
    pick_source_texts(&browser, &many).await;
    browser
        .wait_until(&format!(
            "document.querySelectorAll('.pv-texts li').length === {}",
            MAX_SOURCE_TEXTS + 1
        ))
        .await;
    let refused = browser
        .js("return [...document.querySelectorAll('.pv-texts li')].filter(li => li.textContent.includes('50\u{a0}textes sources au plus')).map(li => li.querySelector('code').textContent)")
        .await;
    assert_eq!(refused, json!([format!("petit-{MAX_SOURCE_TEXTS:02}.txt")]));
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}
