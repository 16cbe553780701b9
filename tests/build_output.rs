//! What `trunk build --release` writes to `dist/` is fit for any static host.

mod support;

use std::fs;

#[test]
fn every_page_references_its_assets_with_relative_urls() {
    for page in support::PAGES {
        let html = fs::read_to_string(support::dist_dir().join(page)).expect(page);
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
    let dist = support::dist_dir();
    assert!(dist.join("timeline.json").is_file());
    assert!(dist.join("favicon.svg").is_file());
    let sources = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources");
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
        let bytes = fs::read(&path).unwrap_or_default();
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
