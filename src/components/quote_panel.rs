use crate::hooks::post_opened;
use crate::i18n::strings;
use crate::model::{is_web_url, Event, Quote};
use crate::state::expect_page;
use crate::state::Reader;
use crate::story;
use crate::story_text::{label, prose, verbatim, StoryText};
use leptos::prelude::*;

/// The event's verbatim quotes, with attribution and editor's notes, in a `<details>`:
/// the browser opens and closes it by itself (keyboard and screen readers included), with
/// or without the wasm, and the quotes are in the document for search and printing. Once
/// hydrated it follows `open` (expand all, deep links) and tells it when the reader
/// toggles it.
#[component]
pub fn QuotePanel(event: Event, open: RwSignal<bool>) -> impl IntoView {
    let page = expect_page();
    let reader = Reader::expect();
    let lang = page.lang;
    let id = event.id.clone();
    let embedded = page.embedded;
    let on_toggle = move |ev: leptos::ev::Event| {
        let now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        reader.set_open(open, now);
        if now && embedded {
            post_opened(&id);
        }
    };
    let quotes = event
        .quotes
        .into_iter()
        .map(|quote| view! { <SourceQuote quote /> })
        .collect_view();
    let notes = event
        .notes
        .into_iter()
        .map(|note| {
            view! {
                <aside class="tl-quotes__note">
                    <strong>{label(lang, |s| s.editors_note)}</strong>
                    " "
                    {prose(lang, &note)}
                </aside>
            }
        })
        .collect_view();
    view! {
        <details
            class="tl-quotes"
            id=story!("{}-sources", event.id)
            prop:open=move || open.get()
            on:toggle=on_toggle
        >
            <summary class="tl-quotes__toggle">
                <span class="tl-quotes__show">{label(lang, |s| s.show_quotes)}</span>
                <span class="tl-quotes__hide">{label(lang, |s| s.hide_quotes)}</span>
            </summary>
            <div
                class="tl-quotes__panel"
                role="region"
                aria-label=label(lang, |s| s.quotes_label)
            >
                {quotes}
                {notes}
            </div>
        </details>
    }
}

/// One quote: the words as published, then who published them and when.
#[component]
fn SourceQuote(quote: Quote) -> impl IntoView {
    let page = expect_page();
    let lang = page.lang;
    // Validation guarantees the source exists; never show a quote without attribution.
    let source = page.timeline.source(&quote.source).cloned()?;
    let link = source.url.as_deref().filter(|url| is_web_url(url));
    // The article itself when it is online, else its entry in the list of sources.
    let cite = StoryText::new(|| match link {
        Some(url) => url.to_owned(),
        None => format!("#source-{}", source.id),
    });
    let (rel, link_text) = match link {
        Some(_) => (Some("noopener noreferrer"), label(lang, |s| s.read_article)),
        None => (None, label(lang, |s| s.sources_heading)),
    };
    Some(view! {
        <figure class="tl-quote">
            <blockquote class="tl-quote__text" cite=cite.clone() lang=verbatim(&source.language)>
                {verbatim(&quote.text)}
            </blockquote>
            <figcaption class="tl-quote__source">
                <cite class="tl-quote__outlet">{verbatim(source.outlet.get(lang))}</cite>
                ", "
                <span class="tl-quote__headline" lang=verbatim(&source.language)>
                    {verbatim(&source.headline)}
                </span>
                ", "
                <span class="tl-quote__date">
                    {story!("{} {}", strings(lang).published, source.published_label.get(lang))}
                </span>
                " · "
                <a href=cite.clone() rel=rel>{link_text}</a>
            </figcaption>
        </figure>
    })
}
