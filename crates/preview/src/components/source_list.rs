use super::fields::{check_field, id_field, localized_field, read, text_field, Kind, Place};
use super::removal::UsesAndRemoval;
use crate::edit_strings::edit_strings;
use crate::model::editing::{add_source, events_quoting, remove_source, rename_source_at};
use crate::model::{Owner, Source, Timeline};
use crate::state::Preview;
use leptos::prelude::*;

/// The articles quoted: each one's attribution as readers see it, the archived text its
/// quotes are checked against, what quotes it, a way to remove it; and a way to add one.
#[component]
pub fn SourceList() -> impl IntoView {
    let preview = Preview::expect();
    let s = edit_strings(preview.lang);
    let count = move || read(preview, |t| Some(t.sources.len())).unwrap_or(0);
    view! {
        <details class="pv-part">
            <summary><h3>{s.sources_heading}</h3></summary>
            <For each=move || 0..count() key=|i| *i let(index)>
                <SourceFields index />
            </For>
            <button type="button" class="pv-button" on:click=move |_| preview.edit(None, |t| { add_source(t); })>
                {s.add_source}
            </button>
        </details>
    }
}

fn source(t: &Timeline, index: usize) -> Option<&Source> {
    t.sources.get(index)
}

fn source_mut(t: &mut Timeline, index: usize) -> Option<&mut Source> {
    t.sources.get_mut(index)
}

#[component]
fn SourceFields(index: usize) -> impl IntoView {
    let preview = Preview::expect();
    let lang = preview.lang;
    let s = edit_strings(lang);
    let id = move || read(preview, |t| source(t, index).map(|s| s.id.clone())).unwrap_or_default();
    let owner = move || Owner::Source(id());
    let at = move |field: &'static str| move || Place::new(owner(), field);
    // An optional text emptied is left out of the file, as the repository's file does.
    let optional = |text: String| (!text.is_empty()).then_some(text);
    view! {
        <fieldset class="pv-entry">
            <legend>{move || id()}</legend>
            {id_field(preview, s.id.to_owned(), at("id"),
                move |t| source(t, index).map(|s| s.id.clone()),
                move |t, new| rename_source_at(t, index, &new))}
            {localized_field(preview, s.outlet, Kind::Line, owner, || "outlet".into(),
                move |t| source(t, index).map(|s| s.outlet.clone()),
                move |t| source_mut(t, index).map(|s| &mut s.outlet))}
            {text_field(preview, s.headline_as_published.to_owned(), Kind::Line, None, at("headline"),
                move |t| source(t, index).map(|s| s.headline.clone()),
                move |t, text| if let Some(s) = source_mut(t, index) { s.headline = text })}
            {text_field(preview, s.published.to_owned(), Kind::Code, None, at("published"),
                move |t| source(t, index).map(|s| s.published.clone().unwrap_or_default()),
                move |t, text| if let Some(s) = source_mut(t, index) { s.published = optional(text) })}
            {localized_field(preview, s.published_label, Kind::Line, owner, || "published_label".into(),
                move |t| source(t, index).map(|s| s.published_label.clone()),
                move |t| source_mut(t, index).map(|s| &mut s.published_label))}
            {text_field(preview, s.url.to_owned(), Kind::Url, None, at("url"),
                move |t| source(t, index).map(|s| s.url.clone().unwrap_or_default()),
                move |t, text| if let Some(s) = source_mut(t, index) { s.url = optional(text) })}
            {text_field(preview, s.language.to_owned(), Kind::Code, None, at("language"),
                move |t| source(t, index).map(|s| s.language.clone()),
                move |t, text| if let Some(s) = source_mut(t, index) { s.language = text })}
            {check_field(preview, s.excerpts_only.to_owned(),
                move |t| source(t, index).map(|s| s.excerpts_only),
                move |t, on| if let Some(s) = source_mut(t, index) { s.excerpts_only = on })}
            {text_field(preview, s.file.to_owned(), Kind::Code, None, at("file"),
                move |t| source(t, index).map(|s| s.file.clone()),
                move |t, text| if let Some(s) = source_mut(t, index) { s.file = text })}
            <UsesAndRemoval of=Signal::derive(id) uses=events_quoting remove=remove_source is_source=true />
        </fieldset>
    }
}
