//! A shared link looks like news: told its public address (`PEGASUS_PUBLIC_URL`), the
//! prerenderer gives every page a canonical address, absolute language alternates, a share
//! image and structured data; without it, the pages stay relative and the build says so.
//! The prerenderer runs here into a folder of its own, as the build hook runs it in trunk's.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

const BASE: &str = "https://example.org/actualite/2021/pegasus/";

/// A prerender run into a fresh folder, removed when dropped.
struct Build {
    dir: PathBuf,
    output: Output,
}

impl Build {
    fn run(public_url: Option<&str>) -> Build {
        // Tests run in parallel, in one process: each run its own folder.
        static RUNS: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "tl-sharing-{}-{}",
            std::process::id(),
            RUNS.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let mut command = Command::new(crate::support::site_tool("prerender"));
        command.arg(&dir).args([
            "--stylesheet",
            "./style-1.css",
            "--integrity",
            "sha384-x",
            "--script",
            "./boot-1.js",
        ]);
        match public_url {
            Some(url) => command.env("PEGASUS_PUBLIC_URL", url),
            None => command.env_remove("PEGASUS_PUBLIC_URL"),
        };
        let output = command.output().expect("the prerender binary runs");
        Build { dir, output }
    }

    fn page(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
}

impl Drop for Build {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The `<head>`'s tags, each as the text between `<` and `>`.
fn head_tags(html: &str) -> Vec<&str> {
    let head = html.split("</head>").next().expect("a head");
    head.split('<')
        .filter_map(|t| t.split('>').next())
        .collect()
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[start..].split('"').next()
}

/// The `content` of a `<meta>` named by `property` (Open Graph) or `name`.
fn meta<'a>(html: &'a str, key: &str) -> Vec<&'a str> {
    head_tags(html)
        .into_iter()
        .filter(|t| t.starts_with("meta "))
        .filter(|t| attribute(t, "property") == Some(key) || attribute(t, "name") == Some(key))
        .filter_map(|t| attribute(t, "content"))
        .collect()
}

/// The `href` of every `<link rel=…>` with that `rel`, with its `hreflang` if any.
fn links<'a>(html: &'a str, rel: &str) -> Vec<(Option<&'a str>, &'a str)> {
    head_tags(html)
        .into_iter()
        .filter(|t| t.starts_with("link ") && attribute(t, "rel") == Some(rel))
        .map(|t| {
            (
                attribute(t, "hreflang"),
                attribute(t, "href").expect("href"),
            )
        })
        .collect()
}

fn json_ld(html: &str) -> Option<Value> {
    let (_, rest) = html.split_once("<script type=\"application/ld+json\">")?;
    let (json, _) = rest.split_once("</script>").expect("the block ends");
    Some(serde_json::from_str(json).expect("the JSON-LD parses"))
}

fn png_size(path: &Path) -> (u32, u32, u64) {
    let png = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{}", path.display());
    assert_eq!(&png[12..16], b"IHDR", "{}", path.display());
    let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (be(16), be(20), png.len() as u64)
}

// (page, its full page, the fr and en pages of its kind, its image)
const PAGES: [(&str, &str, &str, &str, &str); 4] = [
    (
        "index.html",
        "index.html",
        "index.html",
        "en.html",
        "share-fr.png",
    ),
    (
        "en.html",
        "en.html",
        "index.html",
        "en.html",
        "share-en.png",
    ),
    (
        "embed.html",
        "index.html",
        "embed.html",
        "embed-en.html",
        "share-fr.png",
    ),
    (
        "embed-en.html",
        "en.html",
        "embed.html",
        "embed-en.html",
        "share-en.png",
    ),
];

#[test]
fn told_its_address_every_page_links_absolutely_to_the_right_files() {
    // Given without its final slash, as a newsroom may well type it.
    let build = Build::run(Some(BASE.trim_end_matches('/')));
    assert!(
        build.output.status.success(),
        "{build:?}",
        build = build.output
    );
    assert!(!build.stdout().contains("is not set"), "{}", build.stdout());
    for (page, full, fr, en, image) in PAGES {
        let html = build.page(page);
        let url = |file: &str| format!("{BASE}{file}");
        assert_eq!(
            links(&html, "canonical"),
            [(None, url(full).as_str())],
            "{page}"
        );
        let alternates = links(&html, "alternate");
        assert_eq!(
            alternates,
            [
                (Some("fr"), url(fr).as_str()),
                (Some("en"), url(en).as_str()),
                (Some("x-default"), url(fr).as_str())
            ],
            "{page}"
        );
        assert_eq!(meta(&html, "og:url"), [url(full)], "{page}");
        assert_eq!(meta(&html, "og:image"), [url(image)], "{page}");
        assert_eq!(meta(&html, "twitter:image"), [url(image)], "{page}");
        assert_eq!(meta(&html, "og:image:type"), ["image/png"], "{page}");
        assert_eq!(meta(&html, "og:image:width"), ["1200"], "{page}");
        assert_eq!(meta(&html, "og:image:height"), ["630"], "{page}");
        assert_eq!(
            meta(&html, "twitter:card"),
            ["summary_large_image"],
            "{page}"
        );
        let alt = meta(&html, "og:image:alt");
        assert!(alt.len() == 1 && alt[0].contains("2021"), "{page}: {alt:?}");
        assert_eq!(meta(&html, "twitter:image:alt"), alt, "{page}");
        // The embed copies are someone else's page: not indexed, and no structured data.
        let embedded = page.starts_with("embed");
        assert_eq!(meta(&html, "robots") == ["noindex"], embedded, "{page}");
        assert_eq!(json_ld(&html).is_some(), !embedded, "{page}");
    }
}

#[test]
fn the_share_images_are_small_1200_by_630_pngs_in_dist() {
    let build = Build::run(Some(BASE));
    for (page, ..) in PAGES {
        let html = build.page(page);
        let image = meta(&html, "og:image")[0];
        let file = image
            .strip_prefix(BASE)
            .expect("an image in the site's folder");
        let (width, height, bytes) = png_size(&build.dir.join(file));
        assert_eq!((width, height), (1200, 630), "{file}");
        assert!(bytes < 100_000, "{file}: {bytes} bytes");
    }
    // The release build has them too: they are made whether or not the address is known.
    for file in ["share-fr.png", "share-en.png"] {
        let (width, height, bytes) = png_size(&crate::support::dist_dir().join(file));
        assert_eq!((width, height), (1200, 630), "dist/{file}");
        assert!(bytes < 100_000, "dist/{file}: {bytes} bytes");
    }
}

#[test]
fn the_structured_data_parses_and_names_the_page_and_both_sources() {
    let build = Build::run(Some(BASE));
    let data = crate::support::timeline_json();
    for (page, lang) in [("index.html", "fr"), ("en.html", "en")] {
        let html = build.page(page);
        let ld = json_ld(&html).expect("a JSON-LD block");
        assert_eq!(ld["@context"], "https://schema.org", "{page}");
        assert_eq!(ld["@type"], "NewsArticle", "{page}");
        assert_eq!(ld["inLanguage"], lang, "{page}");
        assert_eq!(
            ld["headline"].as_str(),
            meta(&html, "og:title").first().copied(),
            "{page}"
        );
        assert_eq!(ld["url"], format!("{BASE}{page}"), "{page}");
        assert_eq!(ld["mainEntityOfPage"]["@id"], ld["url"], "{page}");
        assert_eq!(ld["image"][0]["url"], meta(&html, "og:image")[0], "{page}");
        assert_eq!(ld["temporalCoverage"], "2021-07-20/2021-07-28", "{page}");
        let cited = ld["citation"].as_array().expect("citations");
        let sources = data["sources"].as_array().expect("sources");
        assert_eq!(cited.len(), sources.len(), "{page}");
        assert_eq!(sources.len(), 2);
        for (citation, source) in cited.iter().zip(sources) {
            assert_eq!(citation["headline"], source["headline"], "{page}");
            assert_eq!(
                citation["publisher"]["name"], source["outlet"][lang],
                "{page}"
            );
            assert_eq!(
                citation.get("datePublished"),
                source.get("published"),
                "{page}"
            );
        }
    }
}

#[test]
fn without_the_address_the_pages_stay_relative_and_the_build_says_what_is_missing() {
    let build = Build::run(None);
    assert!(build.output.status.success(), "{:?}", build.output);
    let stdout = build.stdout();
    let notices: Vec<_> = stdout
        .lines()
        .filter(|l| l.contains("PEGASUS_PUBLIC_URL"))
        .collect();
    assert_eq!(notices.len(), 1, "{stdout}");
    assert!(
        notices[0].contains("is not set") && notices[0].contains("og:image"),
        "{stdout}"
    );
    for (page, _, fr, en, _) in PAGES {
        let html = build.page(page);
        assert_eq!(links(&html, "canonical"), [], "{page}");
        assert_eq!(
            links(&html, "alternate"),
            [(Some("fr"), fr), (Some("en"), en)],
            "{page}"
        );
        for absolute in ["og:url", "og:image", "twitter:image"] {
            assert_eq!(meta(&html, absolute), Vec::<&str>::new(), "{page}");
        }
        assert_eq!(meta(&html, "twitter:card"), ["summary"], "{page}");
        if let Some(ld) = json_ld(&html) {
            assert!(ld.get("url").is_none() && ld.get("image").is_none());
            assert_eq!(ld["citation"].as_array().map(Vec::len), Some(2));
        }
    }
    assert!(build.dir.join("share-fr.png").is_file());
}

#[test]
fn an_address_that_is_not_an_absolute_folder_stops_the_build() {
    for wrong in ["example.org/pegasus/", "https://example.org/pegasus/?a=1"] {
        let build = Build::run(Some(wrong));
        assert_eq!(build.output.status.code(), Some(2), "{wrong}");
        let stderr = String::from_utf8_lossy(&build.output.stderr);
        assert!(stderr.contains("PEGASUS_PUBLIC_URL="), "{stderr}");
        assert!(!build.dir.join("index.html").exists(), "{wrong}");
    }
}
