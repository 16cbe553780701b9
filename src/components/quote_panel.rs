use crate::app::expect_reader;
use crate::i18n::{strings, typeset};
use crate::model::{is_web_url, Event, Quote};
use leptos::prelude::*;
use std::sync::Arc;

/// The toggle and the panel of verbatim quotes, with attribution and editor's notes.
/// The panel is always in the document (hidden when closed), so the quotes exist for
/// search, printing and readers without the toggle.
#[component]
pub fn QuotePanel(
    event: Arc<Event>,
    /// Other actions shown beside the toggle (the card's "copy link").
    children: Children,
) -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let id = event.id.clone();
    let open = reader
        .quotes_open(&id)
        .unwrap_or_else(|| RwSignal::new(false));
    let panel_id = format!("{id}-sources");
    let quotes = event
        .quotes
        .iter()
        .cloned()
        .map(|quote| view! { <SourceQuote quote /> })
        .collect_view();
    let notes = event
        .notes
        .iter()
        .cloned()
        .map(|note| {
            view! {
                <aside class="tl-quotes__note">
                    <strong>{move || strings(lang.get()).editors_note}</strong>
                    " "
                    {move || typeset(lang.get(), note.get(lang.get()))}
                </aside>
            }
        })
        .collect_view();
    view! {
        <div class="tl-quotes">
            <div class="tl-quotes__buttons">
            <button
                type="button"
                class="tl-quotes__toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| reader.set_quotes_open(&id, !open.get_untracked())
            >
                {move || {
                    let s = strings(lang.get());
                    if open.get() { s.hide_quotes } else { s.show_quotes }
                }}
            </button>
            {children()}
            </div>
            <div
                id=panel_id
                class="tl-quotes__panel"
                role="region"
                aria-label=move || strings(lang.get()).quotes_label
                hidden=move || !open.get()
            >
                {quotes}
                {notes}
            </div>
        </div>
    }
}

/// One quote: the words as published, then who published them and when.
#[component]
fn SourceQuote(quote: Quote) -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let Some(source) = reader
        .timeline
        .with_value(|t| t.source(&quote.source).cloned())
    else {
        // Validation guarantees the source exists; never show a quote without attribution.
        return ().into_any();
    };
    let anchor = format!("#source-{}", source.id);
    let link = source.url.clone().filter(|url| is_web_url(url));
    let cite = link.clone().unwrap_or_else(|| anchor.clone());
    let outlet = source.outlet.clone();
    let published = source.published_label.clone();
    view! {
        <figure class="tl-quote">
            <blockquote class="tl-quote__text" cite=cite lang=source.language.clone()>
                {quote.text}
            </blockquote>
            <figcaption class="tl-quote__source">
                <cite class="tl-quote__outlet">{move || outlet.get(lang.get()).to_owned()}</cite>
                ", "
                <span class="tl-quote__headline" lang=source.language.clone()>
                    {source.headline.clone()}
                </span>
                ", "
                <span class="tl-quote__date">
                    {move || format!("{} {}", strings(lang.get()).published, published.get(lang.get()))}
                </span>
                " · "
                {match link {
                    Some(url) => view! { <a href=url rel="noopener noreferrer">{move || strings(lang.get()).read_article}</a> }.into_any(),
                    None => view! { <a href=anchor>{move || strings(lang.get()).sources_heading}</a> }.into_any(),
                }}
            </figcaption>
        </figure>
    }
    .into_any()
}
