use crate::app::expect_page;
use crate::hooks::post_opened;
use crate::i18n::{strings, typeset};
use crate::model::{is_web_url, Event, Quote};
use crate::state::Reader;
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
    let s = strings(page.lang);
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
                    <strong>{s.editors_note}</strong>
                    " "
                    {typeset(page.lang, note.get(page.lang))}
                </aside>
            }
        })
        .collect_view();
    view! {
        <details
            class="tl-quotes"
            id=format!("{}-sources", event.id)
            prop:open=move || open.get()
            on:toggle=on_toggle
        >
            <summary class="tl-quotes__toggle">
                <span class="tl-quotes__show">{s.show_quotes}</span>
                <span class="tl-quotes__hide">{s.hide_quotes}</span>
            </summary>
            <div class="tl-quotes__panel" role="region" aria-label=s.quotes_label>
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
    let s = strings(page.lang);
    // Validation guarantees the source exists; never show a quote without attribution.
    let source = page.timeline.source(&quote.source).cloned()?;
    let link = source.url.clone().filter(|url| is_web_url(url));
    // The article itself when it is online, else its entry in the list of sources.
    let (cite, rel, link_text) = match link {
        Some(url) => (url, Some("noopener noreferrer"), s.read_article),
        None => (format!("#source-{}", source.id), None, s.sources_heading),
    };
    Some(view! {
        <figure class="tl-quote">
            <blockquote class="tl-quote__text" cite=cite.clone() lang=source.language.clone()>
                {quote.text}
            </blockquote>
            <figcaption class="tl-quote__source">
                <cite class="tl-quote__outlet">{source.outlet.get(page.lang).to_owned()}</cite>
                ", "
                <span class="tl-quote__headline" lang=source.language.clone()>
                    {source.headline.clone()}
                </span>
                ", "
                <span class="tl-quote__date">
                    {format!("{} {}", s.published, source.published_label.get(page.lang))}
                </span>
                " · "
                <a href=cite.clone() rel=rel>{link_text}</a>
            </figcaption>
        </figure>
    })
}
