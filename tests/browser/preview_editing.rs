//! Editing in the preview, through its real controls: the forms, the passage picker, undo
//! and redo (buttons and keys), the save (a real download into a folder of the test's
//! own), the draft kept across a reload, and the keyboard alone. What is saved is then
//! read by `check-timeline` and the prerenderer, as publishing does.

use crate::preview_support::{
    drawn, foreign_resources, open_preview_with, pick_and_draw, pick_source_texts, press_key,
    serious_violations, source_text_files, status, status_after,
};
use crate::support::{project_file, site_tool, sources_dir, text_of, Browser, DOWNLOADS_INTO};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SHIPPED: &str = "public/timeline.json";

/// A folder of the test's own for what the page saves.
fn downloads(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("editing")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a downloads folder");
    dir
}

/// The French preview, saving into `folder`, with the shipped file open in the forms.
async fn open_shipped(folder: &Path, width: u32) -> Browser {
    let arg = format!("{DOWNLOADS_INTO}{}", folder.display());
    let browser = open_preview_with("apercu.html", width, &[&arg]).await;
    pick_and_draw(&browser, SHIPPED).await;
    browser
        .wait_until("document.querySelector('.pv-eventform') !== null")
        .await;
    browser
}

/// Clicks the button that says `label` (its visible text), as a person does.
async fn click_button(browser: &Browser, label: &str) {
    let found = browser
        .client
        .execute(
            "const b = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === arguments[0] && !b.hidden && !b.closest('[hidden]'));
             if (!b) return false; b.scrollIntoView({ block: 'center' }); return true;",
            vec![json!(label)],
        )
        .await
        .expect("a button search");
    assert_eq!(found, json!(true), "no button « {label} »");
    let button = browser
        .client
        .find(fantoccini::Locator::XPath(&format!(
            "//button[normalize-space()={label:?} and not(ancestor-or-self::*[@hidden])]"
        )))
        .await
        .expect("the button");
    button.click().await.expect("a click");
}

/// Opens a part of the forms (« Acteurs », « Sources »…) by its heading, as a click does.
async fn open_part(browser: &Browser, heading: &str) {
    browser
        .client
        .find(fantoccini::Locator::XPath(&format!(
            "//details[contains(@class,'pv-part')]/summary[normalize-space()={heading:?}]"
        )))
        .await
        .unwrap_or_else(|e| panic!("no part « {heading} »: {e}"))
        .click()
        .await
        .expect("a click on the part's heading");
}

/// The field whose label says `label` (its visible text), within `scope`.
async fn field(browser: &Browser, scope: &str, label: &str) -> fantoccini::elements::Element {
    browser
        .client
        .find(fantoccini::Locator::XPath(&format!(
            "//*[contains(concat(' ', @class, ' '), ' {scope} ')]//label[span[normalize-space()={label:?}]]/*[self::input or self::textarea or self::select]"
        )))
        .await
        .unwrap_or_else(|e| panic!("no field « {label} » in .{scope}: {e}"))
}

/// Types `text` at the end of a field, key by key, as a keyboard does.
async fn type_into(browser: &Browser, scope: &str, label: &str, text: &str) {
    let element = field(browser, scope, label).await;
    element.click().await.expect("focus on the field");
    // From the end of what is there (the click put the caret where it landed).
    element
        .send_keys(&format!("\u{E009}\u{E010}\u{E000}{text}"))
        .await
        .expect("typing");
}

/// Waits until the check of the edited file is done and drawn.
async fn checked(browser: &Browser) {
    browser
        .wait_until("!document.querySelector('.pv-status').textContent.startsWith('Vérification')")
        .await;
    drawn(browser, 20).await;
}

/// The file the page saved into `folder`, once the download is complete.
fn saved_file(folder: &Path) -> String {
    let path = folder.join("timeline.json");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let partial = std::fs::read_dir(folder)
            .map(|entries| {
                entries
                    .flatten()
                    .any(|e| e.file_name().to_string_lossy().ends_with(".crdownload"))
            })
            .unwrap_or(false);
        if path.is_file() && !partial {
            return std::fs::read_to_string(&path).expect("the saved file");
        }
        assert!(
            Instant::now() < deadline,
            "nothing saved into {}",
            folder.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

async fn save(browser: &Browser, folder: &Path) -> String {
    save_as(browser, folder, "Enregistrer le fichier").await
}

/// Presses the save button (`label`, in the page's language) and reads what was saved.
async fn save_as(browser: &Browser, folder: &Path, label: &str) -> String {
    let _ = std::fs::remove_file(folder.join("timeline.json"));
    click_button(browser, label).await;
    browser
        .wait_until("/^(Enregistré|Saved)/.test(document.querySelector('.pv-filestate__notice').textContent)")
        .await;
    saved_file(folder)
}

/// Adds the archived source texts and waits until the quotes are checked against them.
async fn add_source_texts(browser: &Browser) {
    pick_source_texts(browser, &source_text_files()).await;
    browser
        .wait_until(
            "document.querySelector('.pv-quotes').textContent.startsWith('Citations vérifiées')",
        )
        .await;
}

fn shipped_text() -> String {
    std::fs::read_to_string(project_file(SHIPPED)).expect("the shipped file")
}

#[tokio::test]
async fn the_shipped_file_opened_and_saved_unchanged_is_the_same_bytes() {
    let folder = downloads("unchanged");
    let browser = open_shipped(&folder, 1280).await;
    let state = browser
        .js("return document.querySelector('.pv-filestate__saved').textContent")
        .await;
    assert_eq!(
        text_of(&state, "the file's state"),
        "Aucune modification non enregistrée. Aucun problème\u{a0}: la publication acceptera ce fichier."
    );
    assert!(
        save(&browser, &folder).await == shipped_text(),
        "the saved bytes differ from the shipped file"
    );
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn undo_back_to_the_opened_file_saves_the_same_bytes_and_redo_brings_the_edits_back() {
    let folder = downloads("undo");
    let browser = open_shipped(&folder, 1280).await;
    type_into(&browser, "pv-eventform", "Titre (français)", " (modifié)").await;
    checked(&browser).await;
    // The drawn page follows the edit.
    browser
        .wait_until("document.querySelector('.pv-page').textContent.includes('(modifié)')")
        .await;
    // Another field, then an actor unticked: three steps in all (typing is one step).
    type_into(&browser, "pv-eventform", "Résumé (anglais)", " Edited.").await;
    let france = field(&browser, "pv-eventform", "France (france)").await;
    france.click().await.expect("unticked");
    checked(&browser).await;
    let edited = save(&browser, &folder).await;
    assert_ne!(edited, shipped_text());
    assert!(edited.contains("(modifié)") && edited.contains(" Edited."));
    // Ctrl+Z twice from the keyboard, once with the button.
    for _ in 0..2 {
        browser.press("\u{E009}z\u{E000}").await;
    }
    click_button(&browser, "Annuler").await;
    checked(&browser).await;
    assert_eq!(
        browser
            .js("return [...document.querySelectorAll('.pv-filebar button')].find(b => b.textContent === 'Annuler').getAttribute('aria-disabled') === 'true'")
            .await,
        true,
        "nothing left to undo"
    );
    assert!(
        save(&browser, &folder).await == shipped_text(),
        "undone, the file is not the opened one"
    );
    // Ctrl+Shift+Z brings the first edit back.
    browser.press("\u{E009}\u{E008}z\u{E000}").await;
    checked(&browser).await;
    let redone = save(&browser, &folder).await;
    assert!(redone.contains("(modifié)") && !redone.contains(" Edited."));
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

/// A passage of the Le Desk text with no-break spaces in it, as the editor would pick it.
fn le_desk_passage() -> (String, String) {
    let data: Value = serde_json::from_str(&shipped_text()).expect("json");
    let file = data["sources"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["id"] == "ledesk"))
        .and_then(|s| s["file"].as_str())
        .expect("the ledesk source's file")
        .to_owned();
    let text = std::fs::read_to_string(sources_dir().join(file)).expect("the Le Desk text");
    let quoted: Vec<String> = serde_json::from_str::<Value>(&shipped_text()).expect("json")
        ["events"]
        .as_array()
        .expect("events")
        .iter()
        .flat_map(|e| e["quotes"].as_array().cloned().unwrap_or_default())
        .filter_map(|q| q["text"].as_str().map(str::to_owned))
        .collect();
    // A sentence with a no-break space that no event quotes yet.
    let sentence = text
        .split_inclusive(['.', '\n'])
        .map(str::trim)
        .find(|s| {
            s.contains('\u{a0}')
                && (60..200).contains(&s.chars().count())
                && !quoted
                    .iter()
                    .any(|q| q.contains(*s) || s.contains(q.as_str()))
        })
        .expect("a sentence of the Le Desk text with a no-break space")
        .to_owned();
    (text, sentence)
}

#[tokio::test]
async fn a_new_event_quoting_a_passage_picked_in_le_desk_is_saved_and_accepted_for_publishing() {
    let folder = downloads("new-event");
    let browser = open_shipped(&folder, 1280).await;
    add_source_texts(&browser).await;
    // After the last event, so that the new one is dated within the days, in order.
    browser
        .js("const items = document.querySelectorAll('.pv-eventlist__item'); items[items.length - 1].click()")
        .await;
    click_button(&browser, "Ajouter un événement").await;
    browser
        .wait_until(
            "document.querySelector('.pv-eventform h4').textContent.endsWith('nouvel-evenement')",
        )
        .await;
    let id = field(
        &browser,
        "pv-eventform",
        "Identifiant (l’adresse #… de l’événement)",
    )
    .await;
    id.click().await.expect("focus");
    id.send_keys("\u{E009}a\u{E000}essai-citation")
        .await
        .expect("the id");
    for (label, text) in [
        (
            "Comment la date est établie (français)",
            "Daté par l’article.",
        ),
        (
            "Comment la date est établie (anglais)",
            "Dated by the article.",
        ),
        ("Titre (français)", "Un passage cité"),
        ("Titre (anglais)", "A quoted passage"),
        ("Résumé (français)", "Ce que dit Le Desk."),
        ("Résumé (anglais)", "What Le Desk says."),
    ] {
        type_into(&browser, "pv-eventform", label, text).await;
    }
    let france = field(&browser, "pv-eventform", "France (france)").await;
    france.click().await.expect("ticked");
    // Select the passage in the archived text, then « Citer ce passage ».
    let (_, passage) = le_desk_passage();
    let picker = field(&browser, "pv-picker", "Texte archivé de").await;
    picker
        .select_by_value("ledesk")
        .await
        .expect("the Le Desk text chosen");
    let selected = browser
        .client
        .execute(
            "const area = document.querySelector('.pv-picker__text');
             const at = area.value.indexOf(arguments[0]);
             if (at < 0) return false;
             area.focus();
             area.setSelectionRange(at, at + arguments[0].length);
             return true;",
            vec![json!(passage)],
        )
        .await
        .expect("a selection");
    assert_eq!(selected, json!(true), "the passage is in the text shown");
    click_button(&browser, "Citer ce passage").await;
    checked(&browser).await;
    let status = status_after(&browser, "timeline.json", 10).await;
    assert!(status.contains("Aucun problème"), "{status}");
    let count = browser
        .js("return [...document.querySelectorAll('.pv-quote .pv-quote__length')].pop().textContent")
        .await;
    let chars = passage.chars().count();
    assert_eq!(
        text_of(&count, "the quote's length"),
        format!("{chars}\u{a0}/ 250\u{a0}caractères (extraits courts seulement)")
    );
    let saved = save(&browser, &folder).await;
    let data: Value = serde_json::from_str(&saved).expect("the saved file is JSON");
    let event = data["events"]
        .as_array()
        .and_then(|events| events.iter().find(|e| e["id"] == "essai-citation"))
        .expect("the new event saved");
    assert_eq!(
        event["quotes"],
        json!([{ "source": "ledesk", "text": passage }])
    );
    assert_eq!(event["actors"], json!(["france"]));
    // Publishing's own checks: check-timeline, then the prerenderer reads it.
    let path = folder.join("timeline.json");
    let check = std::process::Command::new(site_tool("check-timeline"))
        .arg(&path)
        .output()
        .expect("check-timeline runs");
    let said = String::from_utf8_lossy(&check.stdout).into_owned();
    assert!(
        check.status.success() && said.ends_with("no problem found.\n"),
        "{said}"
    );
    let out = folder.join("pages");
    std::fs::create_dir_all(&out).expect("a folder for the pages");
    let pages = std::process::Command::new(site_tool("prerender"))
        .arg(&out)
        .args([
            "--stylesheet",
            "s.css",
            "--integrity",
            "sha384-x",
            "--script",
            "s.js",
        ])
        .arg("--timeline")
        .arg(&path)
        .arg("--sources")
        .arg(sources_dir())
        .output()
        .expect("the prerenderer runs");
    assert!(
        pages.status.success(),
        "{}",
        String::from_utf8_lossy(&pages.stderr)
    );
    let page = std::fs::read_to_string(out.join("index.html")).expect("the page");
    assert!(page.contains("id=\"essai-citation\"") && !page.contains("class=\"tl-error\""));
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn a_quote_typed_with_an_ordinary_space_for_a_no_break_space_is_pointed_at_beside_it() {
    let folder = downloads("typed-quote");
    let browser = open_shipped(&folder, 1280).await;
    add_source_texts(&browser).await;
    browser
        .js("[...document.querySelectorAll('.pv-eventlist__item')].find(b => b.textContent.includes('Gantz')).click()")
        .await;
    let quote = browser
        .js("return document.querySelector('.pv-quote textarea').value")
        .await;
    let quote = text_of(&quote, "the first quote").to_owned();
    assert!(quote.contains("«\u{a0}"), "{quote:?}");
    let retyped = quote.replacen("«\u{a0}", "« ", 1);
    let area = field(&browser, "pv-quote", "Texte cité, tel que dans la source 1").await;
    area.click().await.expect("focus");
    area.send_keys(&format!("\u{E009}a\u{E000}{retyped}"))
        .await
        .expect("typing the quote");
    checked(&browser).await;
    browser
        .wait_until("!document.querySelector('.pv-quote .pv-quote__difference').hidden")
        .await;
    let beside = browser
        .js("const q = document.querySelector('.pv-quote'); return [q.querySelector('.pv-quote__difference').textContent, q.querySelector('textarea').getAttribute('aria-invalid'), document.getElementById(q.querySelector('textarea').getAttribute('aria-describedby')).textContent]")
        .await;
    let detail = text_of(&beside[0], "the difference");
    assert!(
        detail.ends_with("la citation a une espace ordinaire, la source une espace insécable."),
        "{detail}"
    );
    assert_eq!(beside[1], json!("true"), "the field is marked invalid");
    assert!(
        text_of(&beside[2], "the field's problems").contains("champ `quotes[0].text`"),
        "{beside}"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_reload_keeps_the_draft_until_it_is_discarded_and_leaving_unsaved_asks_first() {
    let folder = downloads("draft");
    let browser = open_shipped(&folder, 1280).await;
    type_into(&browser, "pv-edit", "Titre (français)", " — brouillon").await;
    checked(&browser).await;
    assert_eq!(
        browser
            .js("const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented")
            .await,
        true,
        "leaving with unsaved changes asks first"
    );
    let url = browser.client.current_url().await.expect("the address");
    browser.client.goto(url.as_str()).await.expect("a reload");
    browser
        .wait_until("document.querySelector('.pv-filestate__draft') && !document.querySelector('.pv-filestate__draft').hidden")
        .await;
    let title = field(&browser, "pv-edit", "Titre (français)").await;
    let value = title
        .prop("value")
        .await
        .expect("the title")
        .unwrap_or_default();
    assert!(value.ends_with(" — brouillon"), "{value}");
    assert!(status(&browser).await.contains("le brouillon"));
    click_button(&browser, "Écarter le brouillon").await;
    browser
        .wait_until("document.querySelector('.pv-eventform') === null")
        .await;
    browser.client.goto(url.as_str()).await.expect("a reload");
    browser
        .wait_until("document.querySelector('.pv-status')?.textContent.startsWith('Aucun fichier')")
        .await;
    assert_eq!(
        browser
            .js("return document.querySelector('.pv-page')")
            .await,
        Value::Null,
        "nothing comes back once discarded"
    );
    browser.close().await;
}

/// The element that has focus, as a short description.
async fn focused(browser: &Browser) -> String {
    let active = browser
        .js("const e = document.activeElement; return (e.tagName + ' ' + (e.closest('label')?.querySelector('span')?.textContent || e.textContent || '')).trim()")
        .await;
    text_of(&active, "the focused element").to_owned()
}

/// Presses Tab (or Shift+Tab) until `wanted` has focus.
async fn tab_to(browser: &Browser, wanted: &str, backwards: bool) {
    let mut seen = Vec::new();
    for _ in 0..200 {
        if backwards {
            browser.press("\u{E008}\u{E004}\u{E000}").await;
        } else {
            press_key(browser, '\u{E004}').await;
        }
        let now = focused(browser).await;
        if now == wanted {
            return;
        }
        seen.push(now);
    }
    panic!("Tab never reaches « {wanted} »: {seen:?}");
}

#[tokio::test]
async fn the_keyboard_alone_adds_an_event_and_saves_the_file() {
    let folder = downloads("keyboard");
    let browser = open_shipped(&folder, 1280).await;
    browser.js("document.activeElement?.blur()").await;
    tab_to(&browser, "BUTTON Ajouter un événement", false).await;
    let outline = browser
        .js("return getComputedStyle(document.activeElement).outlineStyle")
        .await;
    assert_ne!(outline, json!("none"), "the focus is visible");
    press_key(&browser, '\u{E007}').await;
    browser
        .wait_until(
            "document.querySelector('.pv-eventform h4').textContent.endsWith('nouvel-evenement')",
        )
        .await;
    tab_to(&browser, "INPUT Titre (français)", false).await;
    browser.press("Au clavier").await;
    tab_to(&browser, "BUTTON Enregistrer le fichier", true).await;
    press_key(&browser, '\u{E007}').await;
    let saved = saved_file(&folder);
    let data: Value = serde_json::from_str(&saved).expect("JSON");
    assert!(
        data["events"]
            .as_array()
            .expect("events")
            .iter()
            .any(|e| e["id"] == "nouvel-evenement" && e["headline"]["fr"] == "Au clavier"),
        "the new event is in the saved file"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_forms_meet_the_pages_standards_on_a_phone_and_in_dark_mode() {
    for (width, dark) in [(375, false), (1280, true)] {
        let folder = downloads(&format!("standards-{width}"));
        let arg = format!("{DOWNLOADS_INTO}{}", folder.display());
        let mut args = vec![arg.as_str()];
        if dark {
            args.push("--force-dark-mode");
        }
        let browser = open_preview_with("apercu.html", width, &args).await;
        pick_and_draw(&browser, SHIPPED).await;
        pick_source_texts(&browser, &source_text_files()).await;
        // Every part open, an event with a problem beside a field.
        browser
            .js("document.querySelectorAll('.pv-part').forEach(d => d.open = true)")
            .await;
        type_into(
            &browser,
            "pv-eventform",
            "Identifiant (l’adresse #… de l’événement)",
            " X",
        )
        .await;
        checked(&browser).await;
        browser
            .wait_until("document.querySelector('.pv-eventform .pv-field__problems li') !== null")
            .await;
        let overflow = browser
            .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert_eq!(overflow, 0, "horizontal overflow at {width} px");
        let violations = serious_violations(&browser, "document.querySelector('.pv-edit')").await;
        assert_eq!(violations, json!([]), "axe at {width} px, dark: {dark}");
        let unlabelled = browser
            .js("return [...document.querySelectorAll('.pv-edit input, .pv-edit textarea, .pv-edit select')].filter(e => !e.labels || e.labels.length === 0 || !e.labels[0].textContent.trim()).length")
            .await;
        assert_eq!(unlabelled, 0, "every field has a visible label");
        assert_eq!(foreign_resources(&browser).await, json!([]));
        assert_eq!(browser.console_errors().await, Vec::<String>::new());
        browser.close().await;
    }
}

/// Types `text` into whatever has focus as a person does: a key every `gap`, and a longer
/// `pause` (a person thinking) after the first half.
async fn type_like_a_person(browser: &Browser, text: &str, gap: Duration, pause: Duration) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let chars: Vec<char> = text.chars().collect();
    let mut actions = KeyActions::new("keyboard".into());
    for (i, c) in chars.iter().enumerate() {
        actions = actions
            .then(KeyAction::Down { value: *c })
            .then(KeyAction::Up { value: *c })
            .then(KeyAction::Pause {
                duration: if i == chars.len() / 2 { pause } else { gap },
            });
    }
    browser
        .client
        .perform_actions(actions)
        .await
        .expect("typing");
}

#[tokio::test]
async fn typing_in_a_thousand_event_file_never_waits_for_the_drawing() {
    let data = crate::preview_limits::generated_timeline(1000);
    let file = crate::preview_support::scratch_file(
        "mille.json",
        format!("{}\n", serde_json::to_string_pretty(&data).expect("json")).as_bytes(),
    );
    let folder = downloads("thousand");
    let arg = format!("{DOWNLOADS_INTO}{}", folder.display());
    let browser = open_preview_with("apercu.html", 1280, &[&arg]).await;
    crate::preview_support::pick_data_file(&browser, &file).await;
    status_after(&browser, "mille.json", 30).await;
    drawn(&browser, 30).await;
    browser
        .wait_until("document.querySelector('.pv-eventform') !== null")
        .await;
    // Each typed character, from the key press to the next paint (the Event Timing API's
    // `input` entries); and whether the page was drawn again while typing went on.
    browser
        .js("window.keyTimes = []; new PerformanceObserver(l => { for (const e of l.getEntries()) if (e.name === 'input') window.keyTimes.push(Math.round(e.duration)); }).observe({ type: 'event', durationThreshold: 16 });
             window.redrawnWhileTyping = false; const page = document.querySelector('.pv-drawn');
             window.typingWatch = new MutationObserver(() => { if (document.activeElement?.closest('.pv-eventform')) window.redrawnWhileTyping = true; });
             window.typingWatch.observe(page, { childList: true, subtree: true });")
        .await;
    let title = field(&browser, "pv-eventform", "Titre (français)").await;
    title.click().await.expect("focus on the title");
    title
        .send_keys("\u{E009}\u{E010}\u{E000}")
        .await
        .expect("to its end");
    // A key every 60 ms, and a second's thought halfway: long enough for the check to run
    // (it waits 0.3 s), too short for the drawing (it waits for typing to stop).
    type_like_a_person(
        &browser,
        " tapé pendant que la page attend",
        Duration::from_millis(60),
        Duration::from_millis(1000),
    )
    .await;
    assert_eq!(
        browser.js("return window.redrawnWhileTyping").await,
        json!(false),
        "the page was drawn while the editor typed"
    );
    // The page is drawn once the field is left.
    press_key(&browser, '\u{E004}').await;
    browser
        .wait_until("document.querySelector('.pv-page').textContent.includes('tapé pendant que la page attend')")
        .await;
    let times = browser.js("return window.keyTimes").await;
    let slowest = times
        .as_array()
        .map(|t| t.iter().filter_map(Value::as_f64).fold(0.0, f64::max))
        .unwrap_or(0.0);
    // Drawing 1,000 events takes 0.7 s and more: a key that waited for it would show here.
    // Each key takes some 20 ms of work; the rest is the paint, slower on a loaded machine.
    assert!(slowest < 400.0, "a key waited {slowest} ms: {times}");
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn a_file_opened_to_save_back_into_is_written_in_place_not_downloaded() {
    let folder = downloads("write-back");
    let arg = format!("{DOWNLOADS_INTO}{}", folder.display());
    let browser = open_preview_with("apercu.html", 1280, &[&arg]).await;
    // The browser's own file picker cannot be driven headless: a stand-in for the File
    // System Access API hands over the shipped file and records what is written into it.
    browser
        .client
        .execute(
            "const opened = new File([arguments[0]], 'timeline.json', { type: 'application/json' });
             window.written = null;
             window.showOpenFilePicker = async () => [{
               getFile: async () => opened,
               createWritable: async () => { let text = ''; return {
                 write: async (part) => { text += part; },
                 close: async () => { window.written = text; },
               }; },
             }];",
            vec![json!(shipped_text())],
        )
        .await
        .expect("the stand-in picker");
    click_button(&browser, "Ouvrir un fichier pour y réenregistrer").await;
    status_after(&browser, "timeline.json", 10).await;
    browser
        .wait_until("document.querySelector('.pv-eventform') !== null")
        .await;
    type_into(&browser, "pv-eventform", "Titre (anglais)", " (saved back)").await;
    checked(&browser).await;
    click_button(&browser, "Enregistrer le fichier").await;
    browser
        .wait_until("document.querySelector('.pv-filestate__notice').textContent === 'Enregistré dans le fichier ouvert.'")
        .await;
    let written = browser.js("return window.written").await;
    let written = text_of(&written, "the file written back");
    assert_eq!(
        written,
        shipped_text().replacen(
            "French numbers on a list of potential targets\"",
            "French numbers on a list of potential targets (saved back)\"",
            1
        )
    );
    assert!(
        std::fs::read_dir(&folder).map_or(0, |d| d.count()) == 0,
        "nothing downloaded"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_new_timeline_starts_empty_and_lists_what_is_left_to_write_beside_each_field() {
    let folder = downloads("new-timeline");
    let arg = format!("{DOWNLOADS_INTO}{}", folder.display());
    let browser = open_preview_with("preview.html", 1280, &[&arg]).await;
    click_button(&browser, "New timeline").await;
    status_after(&browser, "new timeline", 10).await;
    let beside = browser
        .js("return [...document.querySelectorAll('.pv-part')[0].querySelectorAll('.pv-field__problems li')].map(li => li.textContent)")
        .await;
    assert_eq!(beside.as_array().map_or(0, Vec::len), 4, "{beside}");
    assert!(
        text_of(&beside[0], "a problem").contains("`title.fr`"),
        "{beside}"
    );
    open_part(&browser, "Actors").await;
    click_button(&browser, "Add an actor").await;
    open_part(&browser, "Sources").await;
    click_button(&browser, "Add a source").await;
    click_button(&browser, "Add an event").await;
    browser
        .wait_until(
            "document.querySelector('.pv-eventform h4')?.textContent.endsWith('nouvel-evenement')",
        )
        .await;
    let saved = save_as(&browser, &folder, "Save the file").await;
    let data: Value = serde_json::from_str(&saved).expect("JSON");
    assert_eq!(data["actors"][0]["id"], "nouvel-acteur");
    assert_eq!(data["sources"][0]["id"], "nouvelle-source");
    assert_eq!(data["events"][0]["id"], "nouvel-evenement");
    // Saved with problems, and the page says the build will refuse it.
    let notice = browser
        .js("return document.querySelector('.pv-filestate__notice').textContent")
        .await;
    assert!(
        text_of(&notice, "the notice").contains("publishing will refuse this file"),
        "{notice}"
    );
    let check = std::process::Command::new(site_tool("check-timeline"))
        .arg(folder.join("timeline.json"))
        .output()
        .expect("check-timeline runs");
    assert!(!check.status.success(), "the build's check refuses it too");
    browser.close().await;
}

#[tokio::test]
async fn undoing_an_added_event_reopens_the_one_before_and_moving_to_the_end_keeps_the_focus() {
    let folder = downloads("selection");
    let browser = open_shipped(&folder, 1280).await;
    let data: Value = serde_json::from_str(&shipped_text()).expect("json");
    let id = text_of(&data["events"][2]["id"], "the third event's id").to_owned();
    browser
        .js("document.querySelectorAll('.pv-eventlist__item')[2].click()")
        .await;
    browser
        .wait_until(&format!(
            "document.querySelector('.pv-eventform h4').textContent.endsWith({id:?})"
        ))
        .await;
    click_button(&browser, "Ajouter un événement").await;
    browser
        .wait_until(
            "document.querySelector('.pv-eventform h4').textContent.endsWith('nouvel-evenement')",
        )
        .await;
    browser.press("\u{E009}z\u{E000}").await;
    browser
        .wait_until(&format!(
            "document.querySelector('.pv-eventform h4').textContent.endsWith({id:?})"
        ))
        .await;
    // « Descendre » pressed with Enter down to the end of the list: the focus stays on it.
    browser
        .js("[...document.querySelectorAll('.pv-eventbar button')].find(b => b.textContent === 'Descendre').focus()")
        .await;
    let count = browser
        .js("return document.querySelectorAll('.pv-eventlist__item').length")
        .await
        .as_u64()
        .unwrap_or(0);
    for _ in 0..count {
        press_key(&browser, '\u{E007}').await;
    }
    browser
        .wait_until(&format!(
            "document.querySelector('.pv-eventform h4').textContent.startsWith('Événement {count} sur {count}')"
        ))
        .await;
    assert_eq!(
        focused(&browser).await,
        "BUTTON Descendre",
        "the focus stays on the button"
    );
    browser.close().await;
}
