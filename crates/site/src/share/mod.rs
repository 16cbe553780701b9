//! What a shared link is built from: the public address the newsroom gives the build
//! (`PEGASUS_PUBLIC_URL`), the share images (`card`) and the structured data (`json_ld`).
//! Native only: the prerenderer writes all of it into the pages' `<head>` and into `dist/`.

mod card;
mod json_ld;

pub use card::{render_png, ShareImage};
pub use json_ld::json_ld;

use crate::i18n::month_name;
use crate::model::{Lang, Timeline, Window};

/// The environment variable the prerenderer reads the public address from.
pub const PUBLIC_URL_VAR: &str = "PEGASUS_PUBLIC_URL";

/// The share image's size: the 1.91:1 that Facebook, LinkedIn, X and the messaging apps
/// crop least.
pub const IMAGE_WIDTH: u32 = 1200;
pub const IMAGE_HEIGHT: u32 = 630;

/// The one line the build prints when it cannot make absolute links.
pub const NO_PUBLIC_URL: &str = "prerender: PEGASUS_PUBLIC_URL is not set, so the pages have \
no canonical address, no absolute language links and no share image (og:image); set it to \
the address the site will have, e.g. PEGASUS_PUBLIC_URL=https://example.org/actualite/2021/pegasus/ \
(docs/hosting.md)";

/// The share image of each language, next to the pages in `dist/`.
pub fn image_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "share-fr.png",
        Lang::En => "share-en.png",
    }
}

/// The folder the site is published at, absolute and ending with `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    /// `None` for an empty value (no address given). Only an `http(s)` folder address is
    /// accepted: a query or a fragment would end up in the middle of every file's address.
    pub fn parse(raw: &str) -> Result<Option<PublicUrl>, String> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        let invalid = |why: &str| Err(format!("{PUBLIC_URL_VAR}={raw:?} {why}"));
        let Some(rest) = raw
            .strip_prefix("https://")
            .or_else(|| raw.strip_prefix("http://"))
        else {
            return invalid("is not an absolute https:// (or http://) address");
        };
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty() {
            return invalid("has no host name");
        }
        if let Some(c) = raw
            .chars()
            .find(|c| c.is_whitespace() || c.is_control() || "\"'<>\\?#`".contains(*c))
        {
            return invalid(&format!(
                "contains {c:?}: give the folder's address, with no query or fragment"
            ));
        }
        if raw.ends_with(".html") {
            return invalid("names a page: give the folder the pages are in");
        }
        let mut base = raw.to_owned();
        if !base.ends_with('/') {
            base.push('/');
        }
        Ok(Some(PublicUrl(base)))
    }

    /// Reads [`PUBLIC_URL_VAR`]; unset or empty is `None`.
    pub fn from_env() -> Result<Option<PublicUrl>, String> {
        match std::env::var(PUBLIC_URL_VAR) {
            Ok(value) => PublicUrl::parse(&value),
            Err(std::env::VarError::NotPresent) => Ok(None),
            Err(std::env::VarError::NotUnicode(_)) => {
                Err(format!("{PUBLIC_URL_VAR} is not valid UTF-8"))
            }
        }
    }

    /// The absolute address of a file of `dist/`.
    pub fn join(&self, file: &str) -> String {
        format!("{}{file}", self.0)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// « 20–28 juillet 2021 » / « 20–28 July 2021 »: the window, each part said once.
pub fn date_span(lang: Lang, window: Window) -> String {
    let (start, end) = (window.start, window.end);
    let day = |d: crate::model::Date| match (lang, d.day()) {
        (Lang::Fr, 1) => "1er".to_owned(),
        (_, n) => n.to_string(),
    };
    let day_month = |d| format!("{} {}", day(d), month_name(lang, d.month()));
    let last = format!("{} {}", day_month(end), end.year());
    if start == end {
        last
    } else if start.year() != end.year() {
        format!("{} {} – {last}", day_month(start), start.year())
    } else if start.month() != end.month() {
        format!("{} – {last}", day_month(start))
    } else {
        format!("{}–{last}", day(start))
    }
}

/// « 17 événements » / « 17 events ».
pub fn event_count(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 0 | 1) => format!("{count} événement"),
        (Lang::Fr, _) => format!("{count} événements"),
        (Lang::En, 1) => "1 event".to_owned(),
        (Lang::En, _) => format!("{count} events"),
    }
}

/// What the image says, for those who cannot see it (`og:image:alt`).
pub fn image_alt(lang: Lang, timeline: &Timeline) -> String {
    let strings = crate::i18n::strings(lang);
    format!(
        "{} — {}, {}, {}",
        crate::i18n::typeset(lang, timeline.title.get(lang)),
        strings.kicker.to_lowercase(),
        date_span(lang, timeline.window),
        event_count(lang, timeline.events.len())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    fn window(start: &str, end: &str) -> Window {
        Window {
            start: Date::parse(start).expect("date"),
            end: Date::parse(end).expect("date"),
        }
    }

    #[test]
    fn the_address_is_a_folder_ending_with_a_slash() {
        let url = |raw| PublicUrl::parse(raw).map(|u| u.map(|u| u.as_str().to_owned()));
        assert_eq!(url(""), Ok(None));
        assert_eq!(url("  "), Ok(None));
        assert_eq!(
            url("https://example.org/actualite/2021/pegasus"),
            Ok(Some("https://example.org/actualite/2021/pegasus/".into()))
        );
        assert_eq!(
            url("http://127.0.0.1:8080/"),
            Ok(Some("http://127.0.0.1:8080/".into()))
        );
        for wrong in [
            "example.org/pegasus/",
            "ftp://example.org/",
            "https:///pegasus/",
            "https://example.org/pegasus/?utm=1",
            "https://example.org/pegasus/#top",
            "https://example.org/a b/",
            "https://example.org/\"><script>/",
            "https://example.org/pegasus/index.html",
            "javascript:alert(1)",
        ] {
            let error = url(wrong).expect_err(wrong);
            assert!(error.starts_with("PEGASUS_PUBLIC_URL="), "{error}");
        }
    }

    #[test]
    fn the_dates_say_each_part_once() {
        let span = |lang, a, b| date_span(lang, window(a, b));
        assert_eq!(
            span(Lang::Fr, "2021-07-20", "2021-07-28"),
            "20–28 juillet 2021"
        );
        assert_eq!(
            span(Lang::En, "2021-07-20", "2021-07-28"),
            "20–28 July 2021"
        );
        assert_eq!(
            span(Lang::Fr, "2021-06-30", "2021-07-01"),
            "30 juin – 1er juillet 2021"
        );
        assert_eq!(
            span(Lang::En, "2021-12-30", "2022-01-02"),
            "30 December 2021 – 2 January 2022"
        );
        assert_eq!(
            span(Lang::Fr, "2021-07-20", "2021-07-20"),
            "20 juillet 2021"
        );
    }

    #[test]
    fn the_count_agrees_with_its_number() {
        assert_eq!(event_count(Lang::Fr, 17), "17 événements");
        assert_eq!(event_count(Lang::Fr, 1), "1 événement");
        assert_eq!(event_count(Lang::En, 17), "17 events");
        assert_eq!(event_count(Lang::En, 1), "1 event");
    }

    #[test]
    fn the_alt_text_says_what_the_image_shows() {
        let timeline = crate::model::read(pegasus_timeline::TIMELINE_JSON).expect("valid data");
        assert_eq!(
            image_alt(Lang::En, &timeline),
            "The Pegasus affair: Paris asks Israel for answers — sourced timeline, \
             20–28 July 2021, 17 events"
        );
    }
}
