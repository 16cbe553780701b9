use super::fields::{
    check_field, date_field, field_problems, localized_field, read, selected_event,
    selected_event_id, selected_event_mut, text_field, unique_id, Kind, Place,
};
use super::{PassagePicker, QuoteFields};
use crate::edit_strings::{edit_strings, event_position};
use crate::model::editing::{set_event_actor, set_precision};
use crate::model::{Localized, Owner, Precision};
use crate::state::Preview;
use leptos::prelude::*;

/// Every field of the selected event. One form for whichever event is selected: its
/// fields take the new event's values, so focus stays where it was.
#[component]
pub fn EventForm() -> impl IntoView {
    let preview = Preview::expect();
    let lang = preview.lang;
    let s = edit_strings(lang);
    let id = move || selected_event_id(preview);
    let owner = move || Owner::Event(id());
    let at = move |field: &'static str| move || Place::new(owner(), field);
    let heading = move || {
        let count = read(preview, |t| Some(t.events.len())).unwrap_or(0);
        let place = preview.selected.get().map_or(0, |i| i + 1);
        format!("{} · {}", event_position(lang, place, count), id())
    };
    let precision = move || {
        read(preview, |t| {
            selected_event(t, preview).map(|e| e.date.precision)
        })
    };
    let set = move |p: Precision| {
        preview.edit(None, move |t| {
            if let Some(e) = selected_event_mut(t, preview) {
                set_precision(&mut e.date, p);
            }
        })
    };
    let on_precision = move |ev: leptos::ev::Event| match event_target_value(&ev).as_str() {
        "day" => set(Precision::Day),
        "range" => set(Precision::Range),
        "week" => set(Precision::Week),
        _ => {}
    };
    let heading_id = unique_id("pv-event-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="pv-eventform" aria-labelledby=labelled_by>
            <h4 id=heading_id>{heading}</h4>
            {text_field(preview, s.event_id.to_owned(), Kind::Code, None, at("id"),
                move |t| selected_event(t, preview).map(|e| e.id.clone()),
                move |t, text| if let Some(e) = selected_event_mut(t, preview) { e.id = text })}
            {check_field(preview, s.context.to_owned(),
                move |t| selected_event(t, preview).map(|e| e.context),
                move |t, on| if let Some(e) = selected_event_mut(t, preview) { e.context = on })}
            <fieldset class="pv-group">
                <legend>{s.date_heading}</legend>
                <label class="pv-field__label">
                    <span>{s.precision}</span>
                    <select class="pv-field__input" on:change=on_precision prop:value=move || precision().map(Precision::code).unwrap_or("day")>
                        <option value="day">{s.precision_day}</option>
                        <option value="range">{s.precision_range}</option>
                        <option value="week">{s.precision_week}</option>
                    </select>
                </label>
                <div class="pv-pair">
                    {date_field(preview, s.date_from, false, at("date.from"),
                        move |t| selected_event(t, preview).map(|e| e.date.from),
                        // The end keeps to what the precision allows (a week moves with its start).
                        move |t, d| if let (Some(e), Some(d)) = (selected_event_mut(t, preview), d) {
                            e.date.from = d;
                            let precision = e.date.precision;
                            set_precision(&mut e.date, precision);
                        },
                        || false)}
                    {date_field(preview, s.date_to, true, at("date.to"),
                        move |t| selected_event(t, preview).and_then(|e| e.date.to),
                        move |t, d| if let Some(e) = selected_event_mut(t, preview) { e.date.to = d },
                        move || precision() == Some(Precision::Day))}
                </div>
                {localized_field(preview, s.reasoning, Kind::Lines, owner, || "date.reasoning".into(),
                    move |t| selected_event(t, preview).map(|e| e.date.reasoning.clone()),
                    move |t| selected_event_mut(t, preview).map(|e| &mut e.date.reasoning))}
            </fieldset>
            <EventActors />
            {localized_field(preview, s.headline, Kind::Line, owner, || "headline".into(),
                move |t| selected_event(t, preview).map(|e| e.headline.clone()),
                move |t| selected_event_mut(t, preview).map(|e| &mut e.headline))}
            {localized_field(preview, s.summary, Kind::Lines, owner, || "summary".into(),
                move |t| selected_event(t, preview).map(|e| e.summary.clone()),
                move |t| selected_event_mut(t, preview).map(|e| &mut e.summary))}
            <EventQuotes />
            <EventNotes />
        </section>
    }
}

/// The timeline's actors as checkboxes: ticked, the event names it.
#[component]
fn EventActors() -> impl IntoView {
    let preview = Preview::expect();
    let s = edit_strings(preview.lang);
    let lang = preview.lang;
    let owner = move || Owner::Event(selected_event_id(preview));
    // The timeline's actors, then any id the event names that is not one of them (a typo
    // in the file): ticked, so that it can be unticked.
    let actors = move || {
        read(preview, |t| {
            let mut all: Vec<(String, String)> = t
                .actors
                .iter()
                .map(|a| (a.id.clone(), a.name.get(lang).to_owned()))
                .collect();
            if let Some(e) = selected_event(t, preview) {
                for id in e.actors.iter().filter(|id| t.actor(id).is_none()) {
                    all.push((id.clone(), s.unknown_actor.to_owned()));
                }
            }
            Some(all)
        })
        .unwrap_or_default()
    };
    let problems_id = unique_id("pv-problems");
    let described_by = problems_id.clone();
    view! {
        <fieldset class="pv-group" aria-describedby=described_by>
            <legend>{s.actors}</legend>
            <For each=actors key=|actor| actor.clone() let((id, name))>
                {
                    let ticked = id.clone();
                    let toggled = id.clone();
                    check_field(preview, format!("{name} ({id})"),
                        move |t| selected_event(t, preview).map(|e| e.actors.contains(&ticked)),
                        move |t, on| {
                            if let Some(i) = preview.selected.get_untracked() {
                                set_event_actor(t, i, &toggled, on);
                            }
                        })
                }
            </For>
            {field_problems(preview, problems_id, move || Place::new(owner(), "actors"))}
        </fieldset>
    }
}

/// The event's quotes, then the passage picker that adds one from a source's own text.
#[component]
fn EventQuotes() -> impl IntoView {
    let preview = Preview::expect();
    let s = edit_strings(preview.lang);
    let owner = move || Owner::Event(selected_event_id(preview));
    let count = move || {
        read(preview, |t| {
            selected_event(t, preview).map(|e| e.quotes.len())
        })
        .unwrap_or(0)
    };
    let problems_id = unique_id("pv-problems");
    let described_by = problems_id.clone();
    view! {
        <fieldset class="pv-group" aria-describedby=described_by>
            <legend>{s.quotes}</legend>
            {field_problems(preview, problems_id, move || Place::exact(owner(), "quotes"))}
            <For each=move || 0..count() key=|i| *i let(index)>
                <QuoteFields index />
            </For>
            <PassagePicker />
        </fieldset>
    }
}

/// The fact-check notes, each in both languages.
#[component]
fn EventNotes() -> impl IntoView {
    let preview = Preview::expect();
    let s = edit_strings(preview.lang);
    let owner = move || Owner::Event(selected_event_id(preview));
    let count = move || {
        read(preview, |t| {
            selected_event(t, preview).map(|e| e.notes.len())
        })
        .unwrap_or(0)
    };
    let add = move |_| {
        preview.edit(None, move |t| {
            if let Some(e) = selected_event_mut(t, preview) {
                e.notes.push(Localized {
                    fr: String::new(),
                    en: String::new(),
                });
            }
        })
    };
    view! {
        <fieldset class="pv-group">
            <legend>{s.notes}</legend>
            <For each=move || 0..count() key=|i| *i let(index)>
                <div class="pv-entry">
                    {localized_field(preview, s.notes, Kind::Lines, owner, move || format!("notes[{index}]"),
                        move |t| selected_event(t, preview).and_then(|e| e.notes.get(index).cloned()),
                        move |t| selected_event_mut(t, preview).and_then(|e| e.notes.get_mut(index)))}
                    <button type="button" class="pv-button pv-button--danger" on:click=move |_| {
                        preview.edit(None, move |t| {
                            if let Some(e) = selected_event_mut(t, preview) {
                                if index < e.notes.len() {
                                    e.notes.remove(index);
                                }
                            }
                        })
                    }>{s.remove_note}</button>
                </div>
            </For>
            <button type="button" class="pv-button" on:click=add>{s.add_note}</button>
        </fieldset>
    }
}
