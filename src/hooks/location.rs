//! The page's address: its query string, its `#hash`, the address of one event and the
//! older addresses that now live in another file. Only read in handlers and effects,
//! never while rendering, so the server's HTML and the hydrated page agree.

use crate::model::Lang;
use crate::pages::page_file;
use leptos::prelude::*;

/// The query string's `key=value` pairs (`?flag` alone has an empty value). No decoding:
/// our parameters are plain tokens.
pub fn query_pairs(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// The value of a query parameter of this page's address.
pub fn query_value(key: &str) -> Option<String> {
    query_pairs(&search())
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, value)| value)
}

/// The fragment without `#`.
pub fn current_hash() -> String {
    window()
        .location()
        .hash()
        .map(|hash| hash.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Where an old-style address (`?lang=en`, `?embed=1`, which all served `index.html`
/// before the pages were prerendered) lives now: `path`'s folder, the right file, the
/// other parameters and `hash`; `None` when this page is the right one.
pub fn moved_page(
    here: Lang,
    embedded: bool,
    path: &str,
    search: &str,
    hash: &str,
) -> Option<String> {
    let pairs = query_pairs(search);
    let value = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let lang = value("lang").and_then(Lang::from_code).unwrap_or(here);
    let embed = embedded || value("embed") == Some("1");
    if lang == here && embed == embedded {
        return None;
    }
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let rest: Vec<String> = pairs
        .iter()
        .filter(|(key, _)| key != "lang" && key != "embed")
        .map(|(key, value)| [key, "=", value].concat())
        .collect();
    let query = if rest.is_empty() {
        String::new()
    } else {
        ["?", &rest.join("&")].concat()
    };
    Some([dir, page_file(lang, embed), &query, hash].concat())
}

/// Sends an old-style address to its prerendered file; true when the page is leaving.
pub fn leave_moved_page(lang: Lang, embedded: bool) -> bool {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    match moved_page(lang, embedded, &path, &search(), &hash) {
        Some(url) => location.replace(&url).is_ok(),
        None => false,
    }
}

/// The address of one event: this page, its query and `#id`. Built from the whole address,
/// not from `origin`, which a sandboxed frame's opaque origin makes `"null"`.
pub fn permalink(id: &str) -> String {
    let href = window().location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    [page, "#", id].concat()
}

/// This page's folder as an absolute URL (`https://host/path/`), for the embed snippet.
pub fn page_folder() -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(path.len(), |i| i + 1)];
    [&origin, folder].concat()
}

/// A signal of the address's `#hash`: empty while hydrating (the server knows no hash),
/// then the real one, and every change after (links, Back, Forward).
pub fn use_location_hash(hash: RwSignal<String>) {
    Effect::new(move |_| hash.set(current_hash()));
    super::use_window_event("hashchange", move |_| hash.set(current_hash()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_old_language_address_moves_to_its_file_with_its_other_parameters() {
        assert_eq!(
            moved_page(Lang::Fr, false, "/sub/", "?lang=en&x=1", "#appel-revele").as_deref(),
            Some("/sub/en.html?x=1#appel-revele")
        );
        assert_eq!(
            moved_page(Lang::Fr, false, "/sub/index.html", "?embed=1", "").as_deref(),
            Some("/sub/embed.html")
        );
        assert_eq!(
            moved_page(Lang::En, false, "/en.html", "?lang=en", ""),
            None
        );
        assert_eq!(moved_page(Lang::Fr, false, "/", "?lang=xx", ""), None);
    }

    #[test]
    fn flags_without_values_are_read() {
        assert_eq!(
            query_pairs("?panic-test&childId=a-1"),
            [
                ("panic-test".into(), String::new()),
                ("childId".into(), "a-1".into())
            ]
        );
    }
}
