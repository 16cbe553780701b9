use super::fields::{
    field_problems, read, selected_event, selected_event_id, selected_event_mut, text_field,
    unique_id, Kind, Place,
};
use crate::edit_strings::{edit_strings, no_source_text, quote_length};
use crate::input::selected_passage;
use crate::model::editing::quote_of;
use crate::model::{DataError, Owner, MAX_EXCERPT_CHARS};
use crate::report::near_miss;
use crate::state::Preview;
use crate::strings::difference_text;
use leptos::html;
use leptos::prelude::*;

/// The loaded text of the archived file `file`, if the editor added it.
fn source_text(preview: Preview, file: &str) -> Option<String> {
    preview.source_texts.with(|texts| {
        texts
            .iter()
            .find(|t| t.name == file)
            .and_then(|t| t.text.as_ref().ok().cloned())
    })
}

/// One quote of the selected event: its source, its words, how long it is against the
/// limit, and, when it is not in the source as it is, where it parts from it.
#[component]
pub fn QuoteFields(index: usize) -> impl IntoView {
    let preview = Preview::expect();
    let lang = preview.lang;
    let s = edit_strings(lang);
    let id = move || selected_event_id(preview);
    let quote = move || {
        read(preview, |t| {
            selected_event(t, preview)?.quotes.get(index).cloned()
        })
    };
    let sources = move || {
        read(preview, |t| {
            Some(
                t.sources
                    .iter()
                    .map(|s| (s.id.clone(), s.outlet.get(lang).to_owned()))
                    .collect::<Vec<_>>(),
            )
        })
        .unwrap_or_default()
    };
    let source = move || {
        let quote = quote()?;
        read(preview, |t| t.source(&quote.source).cloned())
    };
    let length = move || {
        let chars = quote()?.text.chars().count();
        Some(quote_length(
            lang,
            chars,
            source().is_some_and(|s| s.excerpts_only),
        ))
    };
    let over = move || {
        let chars = quote().map_or(0, |q| q.text.chars().count());
        source().is_some_and(|s| s.excerpts_only) && chars > MAX_EXCERPT_CHARS
    };
    // Where a quote typed by hand parts from its source: only when the check found it
    // missing there.
    let difference = move || {
        let missing = preview.outcome.with(|o| {
            o.as_ref()?.problems.iter().find_map(|p| match p {
                DataError::QuoteNotInSource {
                    event, quote, file, ..
                } if *event == id() && *quote == index => Some(file.clone()),
                _ => None,
            })
        })?;
        let text = source_text(preview, &missing)?;
        let miss = near_miss(&quote()?.text, &text)?;
        Some(difference_text(lang, &miss.difference, &miss.matched_tail))
    };
    let source_problems = unique_id("pv-problems");
    let on_source = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        preview.edit(None, move |t| {
            if let Some(q) = selected_event_mut(t, preview).and_then(|e| e.quotes.get_mut(index)) {
                q.source = chosen;
            }
        });
    };
    let remove = move |_| {
        preview.edit(None, move |t| {
            if let Some(e) = selected_event_mut(t, preview) {
                if index < e.quotes.len() {
                    e.quotes.remove(index);
                }
            }
        })
    };
    view! {
        <div class="pv-entry pv-quote">
            <label class="pv-field__label">
                <span>{format!("{} {}", s.quote_source, index + 1)}</span>
                <select class="pv-field__input" aria-describedby=source_problems.clone() on:change=on_source prop:value=move || quote().map(|q| q.source).unwrap_or_default()>
                    <For each=sources key=|source| source.clone() let((id, outlet))>
                        <option value=id.clone()>{format!("{outlet} ({id})")}</option>
                    </For>
                </select>
            </label>
            {field_problems(preview, source_problems, move || Place::new(Owner::Event(id()), format!("quotes[{index}].source")))}
            {text_field(preview, format!("{} {}", s.quote_text, index + 1), Kind::Lines, None,
                move || Place::new(Owner::Event(id()), format!("quotes[{index}].text")),
                move |t| selected_event(t, preview)?.quotes.get(index).map(|q| q.text.clone()),
                move |t, text| if let Some(q) = selected_event_mut(t, preview).and_then(|e| e.quotes.get_mut(index)) { q.text = text })}
            <p class="pv-quote__length" class:pv-quote__length--over=over>{length}</p>
            <p class="pv-quote__difference" hidden=move || difference().is_none()>{difference}</p>
            <button type="button" class="pv-button pv-button--danger" on:click=remove>{s.remove_quote}</button>
        </div>
    }
}

/// A source's archived text, to select a passage in and quote it: the quote is the text's
/// own characters, so it is verbatim by construction.
#[component]
pub fn PassagePicker() -> impl IntoView {
    let preview = Preview::expect();
    let lang = preview.lang;
    let s = edit_strings(lang);
    let sources = move || {
        read(preview, |t| {
            Some(
                t.sources
                    .iter()
                    .map(|s| (s.id.clone(), s.outlet.get(lang).to_owned(), s.file.clone()))
                    .collect::<Vec<_>>(),
            )
        })
        .unwrap_or_default()
    };
    // The source chosen here; at first the first one whose text is loaded.
    let chosen = RwSignal::new(None::<String>);
    let picked = move || {
        let all = sources();
        chosen
            .get()
            .and_then(|id| all.iter().find(|(i, _, _)| *i == id).cloned())
            .or_else(|| {
                all.iter()
                    .find(|(_, _, file)| source_text(preview, file).is_some())
                    .cloned()
            })
            .or_else(|| all.first().cloned())
    };
    let text = move || picked().and_then(|(_, _, file)| source_text(preview, &file));
    let area = NodeRef::<html::Textarea>::new();
    let said = RwSignal::new(None::<&'static str>);
    let quote_this = move |_| {
        let Some((id, _, _)) = picked() else { return };
        let Some(area) = area.get_untracked() else {
            return;
        };
        let start = area.selection_start().ok().flatten().unwrap_or(0);
        let end = area.selection_end().ok().flatten().unwrap_or(0);
        // Cut from the text as loaded, not from the text box's copy of it (which turns
        // CRLF line ends into LF).
        let Some(text) = text() else { return };
        match selected_passage(&text, start, end) {
            Some(passage) => {
                said.set(None);
                preview.edit(None, move |t| {
                    if let Some(e) = selected_event_mut(t, preview) {
                        e.quotes.push(quote_of(&id, &passage));
                    }
                });
            }
            None => said.set(Some(s.no_selection)),
        }
    };
    view! {
        <div class="pv-picker">
            <h5>{s.pick_heading}</h5>
            <Show when=move || !sources().is_empty() fallback=move || view! { <p class="pv-hint">{s.no_sources}</p> }>
                <label class="pv-field__label">
                    <span>{s.pick_source}</span>
                    <select class="pv-field__input" prop:value=move || picked().map(|(id, _, _)| id).unwrap_or_default() on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                        <For each=sources key=|source| source.clone() let((id, outlet, _file))>
                            <option value=id.clone()>{format!("{outlet} ({id})")}</option>
                        </For>
                    </select>
                </label>
                <p class="pv-hint" hidden=move || text().is_some()>
                    {move || picked().map(|(_, _, file)| no_source_text(lang, &file))}
                </p>
                <div hidden=move || text().is_none()>
                    <label class="pv-field__label">
                        <span>{s.pick_text}</span>
                        <textarea class="pv-picker__text" readonly rows="10" node_ref=area prop:value=move || text().unwrap_or_default()></textarea>
                    </label>
                    <button type="button" class="pv-button pv-button--main" on:click=quote_this>{s.quote_this}</button>
                    <p class="pv-hint" role="status">{move || said.get()}</p>
                </div>
            </Show>
        </div>
    }
}
