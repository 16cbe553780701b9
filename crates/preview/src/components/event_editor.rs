use super::fields::read;
use super::EventForm;
use crate::edit_strings::{edit_strings, problem_count};
use crate::model::editing::{add_event_after, delete_event, duplicate_event, move_event};
use crate::model::Owner;
use crate::state::Preview;
use leptos::prelude::*;
use std::collections::HashMap;

/// The events: the list in the file's order (Move up and down stay focusable at either end,
/// `aria-disabled`, so that moving an event all the way keeps the focus) (with each one's problems counted), what can be
/// done to the selected one, and its form.
#[component]
pub fn EventEditor() -> impl IntoView {
    let preview = Preview::expect();
    let s = edit_strings(preview.lang);
    let selected = preview.selected;
    let count = move || read(preview, |t| Some(t.events.len())).unwrap_or(0);
    let none = move || selected.get().is_none();
    let add = move |_| {
        preview.edit_and_select(|t| {
            Some(add_event_after(
                t,
                selected.get_untracked().or(t.events.len().checked_sub(1)),
            ))
        })
    };
    let duplicate = move |_| {
        if let Some(i) = selected.get_untracked() {
            preview.edit_and_select(|t| duplicate_event(t, i));
        }
    };
    let shift = move |up: bool| {
        if let Some(i) = selected.get_untracked() {
            preview.edit_and_select(|t| move_event(t, i, up).or(Some(i)));
        }
    };
    let delete = move |_| {
        if let Some(i) = selected.get_untracked() {
            preview.edit_and_select(|t| delete_event(t, i));
        }
    };
    view! {
        <details class="pv-part" open>
            <summary><h3>{s.events_heading}</h3></summary>
            <div class="pv-events">
                <EventList />
                <div class="pv-events__edit">
                    <div class="pv-eventbar" role="toolbar" aria-label=s.events_heading>
                        <button type="button" class="pv-button pv-button--main" on:click=add>{s.add_event}</button>
                        <button type="button" class="pv-button" disabled=none on:click=duplicate>{s.duplicate}</button>
                        <button type="button" class="pv-button" aria-disabled=move || selected.get().is_none_or(|i| i == 0).to_string() on:click=move |_| shift(true)>{s.move_up}</button>
                        <button type="button" class="pv-button" aria-disabled=move || selected.get().is_none_or(|i| i + 1 >= count()).to_string() on:click=move |_| shift(false)>{s.move_down}</button>
                        <button type="button" class="pv-button pv-button--danger" disabled=none on:click=delete>{s.delete_event}</button>
                    </div>
                    <Show when=move || !none()>
                        <EventForm />
                    </Show>
                </div>
            </div>
        </details>
    }
}

/// One row per event: its date and headline, how many problems it has; the selected one
/// is marked. Rows are keyed by what they show, so typing redraws one row, not all.
#[component]
fn EventList() -> impl IntoView {
    let preview = Preview::expect();
    let lang = preview.lang;
    let s = edit_strings(lang);
    let rows = move || {
        let problems: HashMap<String, usize> = preview.outcome.with(|o| {
            let mut counts = HashMap::new();
            if let Some(o) = o {
                for p in o.problems.iter() {
                    if let Owner::Event(id) = p.owner() {
                        *counts.entry(id).or_insert(0) += 1;
                    }
                }
            }
            counts
        });
        read(preview, |t| {
            Some(
                t.events
                    .iter()
                    .enumerate()
                    .map(|(i, e)| {
                        let headline = match e.headline.get(lang) {
                            "" => e.id.clone(),
                            text => text.to_owned(),
                        };
                        let label = format!("{} · {headline}", e.date.from);
                        let count = problems.get(&e.id).copied().unwrap_or(0);
                        (i, label, count)
                    })
                    .collect::<Vec<_>>(),
            )
        })
        .unwrap_or_default()
    };
    view! {
        <ol class="pv-eventlist" aria-label=s.event_list>
            <For each=rows key=|row| row.clone() let((index, label, count))>
                <li>
                    <button
                        type="button"
                        class="pv-eventlist__item"
                        aria-current=move || (preview.selected.get() == Some(index)).then_some("true")
                        on:click=move |_| preview.selected.set(Some(index))
                    >
                        <span>{label}</span>
                        {(count > 0).then(|| view! { <span class="pv-eventlist__problems">{problem_count(lang, count)}</span> })}
                    </button>
                </li>
            </For>
        </ol>
    }
}
