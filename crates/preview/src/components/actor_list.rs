use super::fields::{id_field, localized_field, read, Kind, Place};
use super::removal::UsesAndRemoval;
use crate::edit_strings::edit_strings;
use crate::model::editing::{add_actor, events_with_actor, remove_actor, rename_actor_at};
use crate::model::Owner;
use crate::state::Preview;
use leptos::prelude::*;

/// The actors readers filter by: each one's id and name, what uses it, a way to remove it;
/// and a way to add one.
#[component]
pub fn ActorList() -> impl IntoView {
    let preview = Preview::expect();
    let s = edit_strings(preview.lang);
    let count = move || read(preview, |t| Some(t.actors.len())).unwrap_or(0);
    view! {
        <details class="pv-part">
            <summary><h3>{s.actors_heading}</h3></summary>
            <For each=move || 0..count() key=|i| *i let(index)>
                <ActorFields index />
            </For>
            <button type="button" class="pv-button" on:click=move |_| preview.edit(None, |t| { add_actor(t); })>
                {s.add_actor}
            </button>
        </details>
    }
}

#[component]
fn ActorFields(index: usize) -> impl IntoView {
    let preview = Preview::expect();
    let lang = preview.lang;
    let s = edit_strings(lang);
    let id =
        move || read(preview, |t| t.actors.get(index).map(|a| a.id.clone())).unwrap_or_default();
    let owner = move || Owner::Actor(id());
    view! {
        <fieldset class="pv-entry">
            <legend>{move || id()}</legend>
            {id_field(preview, s.id.to_owned(),
                move || Place::new(owner(), "id"),
                move |t| t.actors.get(index).map(|a| a.id.clone()),
                move |t, new| rename_actor_at(t, index, &new))}
            {localized_field(preview, s.name, Kind::Line, owner, || "name".into(),
                move |t| t.actors.get(index).map(|a| a.name.clone()),
                move |t| t.actors.get_mut(index).map(|a| &mut a.name))}
            <UsesAndRemoval of=Signal::derive(id) uses=events_with_actor remove=remove_actor is_source=false />
        </fieldset>
    }
}
