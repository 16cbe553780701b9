//! What `trunk build --release` writes to `dist/` is fit for any static host.

use std::fs;

#[test]
fn every_page_references_its_assets_with_relative_urls() {
    for page in crate::support::PAGES {
        let html = fs::read_to_string(crate::support::dist_dir().join(page)).expect(page);
        assert_relative(page, &html);
    }
}

fn assert_relative(page: &str, html: &str) {
    for absolute in [
        "href=/",
        "src=/",
        "href=\"/",
        "src=\"/",
        "from '/",
        "module_or_path: '/",
    ] {
        assert!(
            !html.contains(absolute),
            "{page} has an absolute URL ({absolute})"
        );
    }
    assert!(html.contains("./"), "{page}: expected relative asset URLs");
}

#[test]
fn the_build_ships_the_data_and_the_favicon_but_no_source_article() {
    let dist = crate::support::dist_dir();
    assert!(dist.join("timeline.json").is_file());
    assert!(dist.join("favicon.svg").is_file());
    let sources = crate::support::sources_dir();
    let articles: Vec<Vec<u8>> = fs::read_dir(sources)
        .expect("fixtures")
        .map(|e| fs::read(e.expect("entry").path()).expect("article"))
        .collect();
    for entry in fs::read_dir(&dist).expect("dist") {
        let path = entry.expect("entry").path();
        assert_ne!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt"),
            "{}",
            path.display()
        );
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for article in &articles {
            // No 300-byte stretch of an article: quotes are short excerpts only.
            let stretch = &article[article.len() / 3..article.len() / 3 + 300];
            assert!(
                !bytes.windows(stretch.len()).any(|w| w == stretch),
                "{} carries a long stretch of a source article",
                path.display()
            );
        }
    }
}

/// The readers' wasm, named in the page's start-up tags.
fn readers_wasm() -> (String, Vec<u8>) {
    let dist = crate::support::dist_dir();
    let name = fs::read_dir(&dist)
        .expect("dist")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .find(|name| name.starts_with("pegasus-timeline-") && name.ends_with("_bg.wasm"))
        .expect("dist/ has the readers' wasm");
    let bytes = fs::read(dist.join(&name)).expect("the readers' wasm");
    (name, bytes)
}

/// Every text of the data file a reader only reads: in both languages, quotes included.
fn story_texts() -> Vec<String> {
    let timeline =
        pegasus_model::read(pegasus_timeline::TIMELINE_JSON).expect("the data file parses");
    let mut texts = vec![
        timeline.title.fr,
        timeline.title.en,
        timeline.intro.fr,
        timeline.intro.en,
    ];
    for source in timeline.sources {
        texts.extend([source.headline, source.outlet.fr, source.outlet.en]);
        texts.extend([source.published_label.fr, source.published_label.en]);
    }
    for event in timeline.events {
        texts.extend([
            event.headline.fr,
            event.headline.en,
            event.summary.fr,
            event.summary.en,
        ]);
        texts.extend([event.date.reasoning.fr, event.date.reasoning.en]);
        texts.extend(event.quotes.into_iter().map(|quote| quote.text));
        texts.extend(event.notes.into_iter().flat_map(|note| [note.fr, note.en]));
    }
    texts
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    // An empty text is in everything, and `windows(0)` would panic.
    !needle.is_empty()
        && haystack
            .windows(needle.len())
            .any(|w| w == needle.as_bytes())
}

#[test]
fn the_readers_wasm_holds_none_of_the_story_the_page_already_shows() {
    let (name, wasm) = readers_wasm();
    let page = fs::read(crate::support::dist_dir().join("index.html")).expect("index.html");
    let texts = story_texts();
    assert!(
        texts.len() > 100,
        "only {} texts read from the data file",
        texts.len()
    );
    // Quotes are verbatim in the page (no typesetting): the search finds them where they are.
    let timeline = pegasus_model::read(pegasus_timeline::TIMELINE_JSON).expect("data");
    let quotes: Vec<&String> = timeline
        .events
        .iter()
        .flat_map(|e| &e.quotes)
        .map(|q| &q.text)
        .collect();
    let quote = quotes
        .iter()
        .find(|t| t.contains('’'))
        .expect("a quote with an apostrophe");
    assert!(
        contains(&page, quote),
        "index.html lacks the quote {quote:?}"
    );
    assert!(
        quotes.iter().all(|quote| texts.contains(quote)),
        "every quote is searched for"
    );
    let in_wasm: Vec<&String> = texts.iter().filter(|text| contains(&wasm, text)).collect();
    assert!(
        in_wasm.is_empty(),
        "{name} carries {} story texts, first {:?}",
        in_wasm.len(),
        in_wasm[0]
    );
    // Nor the interface's fixed labels: only what the controls say at run time.
    for lang in [pegasus_model::Lang::Fr, pegasus_model::Lang::En] {
        let labels = pegasus_timeline::i18n::strings(lang);
        for label in [
            labels.sources_intro,
            labels.keyboard_hint,
            labels.embed_explained,
        ] {
            assert!(
                !contains(&wasm, label),
                "{name} carries the label {label:?}"
            );
        }
        let live = pegasus_timeline::i18n::live_strings(lang);
        assert!(
            contains(&wasm, live.collapse_all),
            "{name} lacks {:?}",
            live.collapse_all
        );
    }
}

#[test]
fn every_page_of_the_build_passes_the_nu_html_checker() {
    let dist = crate::support::dist_dir();
    let mut pages: Vec<_> = fs::read_dir(&dist)
        .expect("dist")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "html"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 6, "the six pages: {pages:?}");
    let checker = crate::support::npm_tool("PEGASUS_VNU", "vnu-jar/build/dist/vnu.jar");
    let output = std::process::Command::new("java")
        .arg("-jar")
        .arg(&checker)
        .args(["--errors-only", "--format", "json"])
        .args(&pages)
        .output()
        .expect("java runs the Nu Html Checker (scripts/setup.sh --test installs both)");
    // The checker writes its report to stderr, and exits 1 when it found errors.
    let report: serde_json::Value = serde_json::from_slice(&output.stderr).unwrap_or_else(|e| {
        panic!(
            "the checker's report is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let messages = report["messages"]
        .as_array()
        .expect("the report's messages");
    let errors: Vec<String> = messages
        .iter()
        .map(|m| {
            let page = crate::support::text_of(&m["url"], "the page")
                .rsplit('/')
                .next()
                .unwrap_or("?");
            format!(
                "{page}:{} {}",
                m["lastLine"],
                crate::support::text_of(&m["message"], "the message")
            )
        })
        .collect();
    assert_eq!(errors, Vec::<String>::new(), "{} errors", errors.len());
    assert!(output.status.success(), "the checker failed: {report}");
}
