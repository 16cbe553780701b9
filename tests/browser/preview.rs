//! The editors' preview (`apercu.html`, `preview.html`) in headless Chromium, through its
//! real controls: a data file picked, dropped or pasted is checked by the build's rules
//! and drawn by the readers' components; the source texts check the quotes.

use crate::preview_support::*;
use crate::support::{text_of, timeline_json};

const SHIPPED: &str = "public/timeline.json";

fn shipped_event_count() -> usize {
    timeline_json()["events"].as_array().map_or(0, Vec::len)
}

async fn drawn_cards(browser: &crate::support::Browser) -> u64 {
    browser
        .js("return document.querySelectorAll('.pv-page [data-event-id]').length")
        .await
        .as_u64()
        .unwrap_or(0)
}

#[tokio::test]
async fn the_shipped_data_file_picked_draws_every_event_with_no_problem() {
    let browser = open_preview("apercu.html", 1280).await;
    assert!(status(&browser).await.contains("Aucun fichier"));
    pick_data_file(&browser, &project_file(SHIPPED)).await;
    let status = status_after(&browser, "timeline.json", 10).await;
    let events = shipped_event_count();
    assert_eq!(
        status,
        format!("«\u{202f}timeline.json\u{202f}»\u{a0}: Aucun problème\u{a0}: {events}\u{a0}événements dessinés.")
    );
    assert_eq!(problems(&browser).await, Vec::<String>::new());
    drawn(&browser, 10).await;
    assert_eq!(drawn_cards(&browser).await, events as u64);
    // The readers' page, drawn: its title, its day navigator, its toolbar.
    let title = browser
        .js("return document.querySelector('.pv-page h1').textContent")
        .await;
    assert!(
        text_of(&title, "title").starts_with("Affaire Pegasus"),
        "{title}"
    );
    for part in [
        ".pv-page .tl-daynav",
        ".pv-page .tl-tools__expand",
        ".pv-page .tl-sources",
    ] {
        assert_eq!(
            browser
                .js(&format!("return !!document.querySelector('{part}')"))
                .await,
            true,
            "{part}"
        );
    }
    // Until the source texts are added, it says the quotes were not checked.
    let quotes = browser
        .js("return document.querySelector('.pv-quotes').textContent")
        .await;
    assert!(
        text_of(&quotes, "quotes").contains("n’ont pas été vérifiées"),
        "{quotes}"
    );
    let timing = browser
        .js("return document.querySelector('.pv-timing').textContent")
        .await;
    assert!(
        text_of(&timing, "timing").starts_with("Vérifié en"),
        "{timing}"
    );
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    assert_eq!(browser.missing_files(), Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn many_mistakes_lists_what_check_timeline_prints_and_links_each_event() {
    let file = project_file("tests/fixtures/invalid/many-mistakes.json");
    let expected = check_timeline_problems(&file);
    assert_eq!(expected.len(), 12, "{expected:#?}");
    let browser = open_preview("preview.html", 1280).await;
    pick_data_file(&browser, &file).await;
    status_after(&browser, "many-mistakes.json", 10).await;
    pick_source_texts(&browser, &source_text_files()).await;
    browser
        .wait_until("document.querySelector('.pv-quotes').textContent.startsWith('Quotes checked')")
        .await;
    browser
        .wait_until(&format!(
            "document.querySelectorAll('.pv-problem__text').length === {}",
            expected.len()
        ))
        .await;
    assert_eq!(problems(&browser).await, expected);
    let status = status_after(&browser, "many-mistakes.json", 5).await;
    assert!(status.contains("12 problems"), "{status}");
    // The readable events are drawn all the same: 14 read, one dated outside the window.
    drawn(&browser, 10).await;
    assert_eq!(drawn_cards(&browser).await, 13);
    // A problem's link takes the editor to its event, sources open.
    browser
        .click(".pv-problem__link[href='#gantz-a-paris']")
        .await;
    browser
        .wait_until("document.getElementById('gantz-a-paris-sources').open")
        .await;
    browser
        .wait_until("Math.abs(document.getElementById('gantz-a-paris').getBoundingClientRect().top) < innerHeight")
        .await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn a_syntax_error_gives_its_line_and_column_in_the_pages_language() {
    let browser = open_preview("apercu.html", 1280).await;
    pick_data_file(
        &browser,
        &project_file("tests/fixtures/invalid/syntax-error.json"),
    )
    .await;
    status_after(&browser, "syntax-error.json", 10).await;
    let listed = problems(&browser).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(
        listed[0].starts_with("ligne 11, colonne 14\u{a0}:"),
        "{listed:?}"
    );
    let excerpt = browser
        .js("return document.querySelector('.pv-problem__line').textContent")
        .await;
    let line_11 = std::fs::read_to_string(project_file("tests/fixtures/invalid/syntax-error.json"))
        .expect("fixture")
        .lines()
        .nth(10)
        .map(str::to_owned)
        .unwrap_or_default();
    assert_eq!(excerpt, line_11.as_str());
    let nothing = browser
        .js("return document.querySelector('.pv-nothing').textContent")
        .await;
    assert!(
        text_of(&nothing, "nothing").starts_with("Rien à dessiner"),
        "{nothing}"
    );
    browser.close().await;
}

#[tokio::test]
async fn pasted_data_is_checked_as_it_is_typed() {
    let browser = open_preview("apercu.html", 1280).await;
    paste(&browser, pegasus_timeline::TIMELINE_JSON).await;
    let status = status_after(&browser, "Le texte collé", 10).await;
    assert!(status.contains("Aucun problème"), "{status}");
    drawn(&browser, 10).await;
    assert_eq!(drawn_cards(&browser).await, shipped_event_count() as u64);
    // An edit: the first event loses its headline's English.
    let mut data = timeline_json();
    let first = text_of(&data["events"][0]["id"], "data['events'][0]['id']").to_owned();
    data["events"][0]["headline"]["en"] = "".into();
    paste(
        &browser,
        &serde_json::to_string_pretty(&data).expect("json"),
    )
    .await;
    browser
        .wait_until("document.querySelectorAll('.pv-problem__text').length === 1")
        .await;
    let listed = problems(&browser).await;
    assert!(
        listed[0].contains(&format!("`{first}`")) && listed[0].contains("headline.en"),
        "{listed:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_file_dropped_anywhere_is_checked_and_source_texts_dropped_with_it_too() {
    let browser = open_preview("preview.html", 1280).await;
    let texts: Vec<(String, String)> = source_text_files()
        .iter()
        .map(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, std::fs::read_to_string(path).expect("source text"))
        })
        .collect();
    let mut files = vec![(
        "timeline.json",
        "application/json",
        pegasus_timeline::TIMELINE_JSON,
    )];
    files.extend(
        texts
            .iter()
            .map(|(name, text)| (name.as_str(), "text/plain", text.as_str())),
    );
    drop_files(&browser, &files).await;
    let status = status_after(&browser, "timeline.json", 10).await;
    assert!(status.contains("No problem"), "{status}");
    browser
        .wait_until("document.querySelector('.pv-quotes').textContent === 'Quotes checked word for word against 2 source texts.'")
        .await;
    assert_eq!(problems(&browser).await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn a_hand_typed_space_for_a_no_break_space_is_pointed_at_in_the_quote() {
    let mut data = timeline_json();
    let events = data["events"].as_array_mut().expect("events");
    let event = events
        .iter_mut()
        .find(|e| e["id"] == "gantz-a-paris")
        .expect("the shipped event gantz-a-paris");
    let quote = text_of(&event["quotes"][0]["text"], "the quote").to_owned();
    assert!(quote.contains("«\u{a0}"), "{quote:?}");
    // As a quote retyped on an ordinary keyboard has it.
    event["quotes"][0]["text"] = quote.replacen("«\u{a0}", "« ", 1).into();
    let file = scratch_file(
        "espace.json",
        serde_json::to_string_pretty(&data)
            .expect("json")
            .as_bytes(),
    );
    let browser = open_preview("apercu.html", 1280).await;
    pick_source_texts(&browser, &source_text_files()).await;
    pick_data_file(&browser, &file).await;
    browser
        .wait_until("document.querySelectorAll('.pv-problem__detail').length === 1")
        .await;
    let detail = browser
        .js("return document.querySelector('.pv-problem__detail').textContent")
        .await;
    let detail = text_of(&detail, "the difference");
    assert!(
        detail.starts_with("Premier écart après «\u{202f}…") && detail.contains("prend «\u{202f}»"),
        "{detail}"
    );
    assert!(
        detail.ends_with("la citation a une espace ordinaire, la source une espace insécable."),
        "{detail}"
    );
    // The problem itself is still the check's own line, and its event is linked.
    let listed = problems(&browser).await;
    assert!(
        listed[0].starts_with("événement `gantz-a-paris`, champ `quotes[0].text`"),
        "{listed:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_source_texts_catch_a_quote_changed_by_one_character() {
    let mut data = timeline_json();
    let quote = text_of(
        &data["events"][0]["quotes"][0]["text"],
        "data['events'][0]['quotes'][0]['text']",
    )
    .to_owned();
    let id = text_of(&data["events"][0]["id"], "data['events'][0]['id']").to_owned();
    // One letter, as a retyped quote would have it.
    let altered: String = quote.replacen('e', "é", 1);
    assert_ne!(altered, quote);
    data["events"][0]["quotes"][0]["text"] = altered.into();
    let file = scratch_file(
        "one-letter.json",
        serde_json::to_string_pretty(&data)
            .expect("json")
            .as_bytes(),
    );
    let browser = open_preview("preview.html", 1280).await;
    pick_data_file(&browser, &file).await;
    let status = status_after(&browser, "one-letter.json", 10).await;
    assert!(status.contains("No problem"), "before the texts: {status}");
    pick_source_texts(&browser, &source_text_files()).await;
    browser
        .wait_until("document.querySelectorAll('.pv-problem__text').length === 1")
        .await;
    let listed = problems(&browser).await;
    assert!(
        listed[0].starts_with(&format!(
            "event `{id}`, field `quotes[0].text`: the quote is not found verbatim"
        )),
        "{listed:?}"
    );
    // Each text says which source it is.
    let texts = browser
        .js("return document.querySelector('.pv-texts').textContent")
        .await;
    assert!(text_of(&texts, "texts").contains("→ "), "{texts}");
    browser.close().await;
}

#[tokio::test]
async fn the_drawing_switches_language_in_place_and_picking_the_same_file_again_rereads_it() {
    let file = scratch_file("edited.json", pegasus_timeline::TIMELINE_JSON.as_bytes());
    let browser = open_preview("apercu.html", 1280).await;
    pick_data_file(&browser, &file).await;
    status_after(&browser, "edited.json", 10).await;
    let url = browser.client.current_url().await.expect("url").to_string();
    browser.click(".pv-lang[lang='en']").await;
    let english_title = text_of(&timeline_json()["title"]["en"], "the English title").to_owned();
    browser
        .wait_until(&format!(
            "document.querySelector('.pv-page h1').textContent === {english_title:?}"
        ))
        .await;
    // The page's own language link switches in place too, instead of leaving the preview.
    browser.click(".pv-page a.tl-lang").await;
    browser
        .wait_until("document.querySelector('.pv-page').lang === 'fr' && document.querySelector(\".pv-lang[lang='fr']\").getAttribute('aria-pressed') === 'true'")
        .await;
    assert_eq!(
        browser.client.current_url().await.expect("url").to_string(),
        url
    );
    // The editor fixes something in their editor and picks the same file again.
    let mut data = timeline_json();
    data["title"]["fr"] = "Titre revu".into();
    std::fs::write(&file, serde_json::to_string_pretty(&data).expect("json")).expect("edit");
    pick_data_file(&browser, &file).await;
    browser
        .wait_until("document.querySelector('.pv-page h1').textContent === 'Titre revu'")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn the_newest_input_wins_over_a_paste_still_waiting_for_its_pause() {
    let browser = open_preview("preview.html", 1280).await;
    // Typed, then a file chosen before the pause that would check the text.
    paste(&browser, "{ \"not\": \"a timeline\" ").await;
    pick_data_file(&browser, &project_file(SHIPPED)).await;
    let status = status_after(&browser, "timeline.json", 10).await;
    assert!(status.contains("No problem"), "{status}");
    // Well past the pause: the text typed before the file does not replace it.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let status = status_after(&browser, "timeline.json", 1).await;
    assert!(status.contains("No problem"), "{status}");
    browser.close().await;
}
