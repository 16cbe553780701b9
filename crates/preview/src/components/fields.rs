//! The forms' building blocks: a labelled field that reads its value from the edited
//! timeline and writes each change back as a step of the history, with the check's
//! problems about that very field beside it.

use crate::model::{problem_text, Date, Event, Lang, Localized, Owner, Timeline};
use crate::state::Preview;
use leptos::prelude::*;
use std::cell::Cell;
use std::sync::Arc;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// An id of its own for an element the page links another to (`aria-describedby`).
pub fn unique_id(prefix: &str) -> String {
    NEXT_ID.with(|next| {
        next.set(next.get() + 1);
        format!("{prefix}-{}", next.get())
    })
}

/// Which field of what a form control edits: the check's problems are matched to it, and
/// typing in it is one step of the history.
#[derive(Clone)]
pub struct Place {
    pub owner: Owner,
    pub field: String,
    /// Only the field itself, not its parts (which have places of their own).
    exact: bool,
}

impl Place {
    pub fn new(owner: Owner, field: impl Into<String>) -> Place {
        Place {
            owner,
            field: field.into(),
            exact: false,
        }
    }

    /// The field alone: `quotes` for « no quote », while each quote shows its own problems.
    pub fn exact(owner: Owner, field: impl Into<String>) -> Place {
        Place {
            exact: true,
            ..Place::new(owner, field)
        }
    }

    /// Whether a problem at `field` of `owner` is about this place (or a part of it).
    fn holds(&self, owner: &Owner, field: &str) -> bool {
        owner == &self.owner
            && field.strip_prefix(self.field.as_str()).is_some_and(|rest| {
                rest.is_empty() || (!self.exact && rest.starts_with(['.', '[']))
            })
    }
}

/// Reads from the edited timeline, tracked: the field follows undo, redo and the selection.
pub fn read<T>(preview: Preview, f: impl FnOnce(&Timeline) -> Option<T>) -> Option<T> {
    preview
        .history
        .with(|history| history.as_ref().and_then(|h| f(h.present())))
}

/// The selected event, by its place in the file (tracked: a field follows the selection).
pub fn selected_event(t: &Timeline, preview: Preview) -> Option<&Event> {
    t.events.get(preview.selected.get()?)
}

/// The selected event's id (tracked): the owner of its fields' problems, in its heading.
pub fn selected_event_id(preview: Preview) -> String {
    read(preview, |t| {
        selected_event(t, preview).map(|e| e.id.clone())
    })
    .unwrap_or_default()
}

/// The selected event, to write to.
pub fn selected_event_mut(t: &mut Timeline, preview: Preview) -> Option<&mut Event> {
    t.events.get_mut(preview.selected.get_untracked()?)
}

/// The check's problems about `place`, worded in the page's language.
pub fn problems_at(preview: Preview, place: &Place) -> Vec<String> {
    preview.outcome.with(|outcome| {
        outcome
            .as_ref()
            .map(|outcome| {
                outcome
                    .problems
                    .iter()
                    .filter(|p| place.holds(&p.owner(), &p.field()))
                    .map(|p| problem_text(preview.lang, p))
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// The problems beside a field (an empty list takes no room).
pub fn field_problems(
    preview: Preview,
    id: String,
    place: impl Fn() -> Place + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <ul class="pv-field__problems" id=id>
            {move || {
                problems_at(preview, &place())
                    .into_iter()
                    .map(|text| view! { <li>{text}</li> })
                    .collect_view()
            }}
        </ul>
    }
}

/// How a text field is drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Line,
    /// An id, a file name, a language code: not prose, so no spelling check.
    Code,
    Lines,
    Url,
}

/// Where a field's problems are, computed anew (a field of the selected event follows
/// its id, which the editor may change).
pub type PlaceOf = Arc<dyn Fn() -> Place + Send + Sync>;
type ReadText = Arc<dyn Fn(&Timeline) -> Option<String> + Send + Sync>;
type WriteText = Arc<dyn Fn(&mut Timeline, String) + Send + Sync>;

/// A labelled text field. `write` gets the new text; `place` is computed anew when the
/// field is about the selected event (its id may change).
pub fn text_field(
    preview: Preview,
    label: String,
    kind: Kind,
    lang: Option<Lang>,
    place: impl Fn() -> Place + Send + Sync + 'static,
    value: impl Fn(&Timeline) -> Option<String> + Send + Sync + 'static,
    write: impl Fn(&mut Timeline, String) + Send + Sync + 'static,
) -> AnyView {
    // One body for every text field of the forms, whatever its closures: the generic
    // views would otherwise be compiled once per field.
    text_field_of(
        preview,
        label,
        kind,
        lang,
        false,
        Arc::new(place),
        Arc::new(value),
        Arc::new(write),
    )
}

/// A text field for an id whose uses follow it (an actor's, a source's): each key renames
/// from the id the typing began with, so an id met on the way takes nothing with it.
pub fn id_field(
    preview: Preview,
    label: String,
    place: impl Fn() -> Place + Send + Sync + 'static,
    value: impl Fn(&Timeline) -> Option<String> + Send + Sync + 'static,
    write: impl Fn(&mut Timeline, String) + Send + Sync + 'static,
) -> AnyView {
    text_field_of(
        preview,
        label,
        Kind::Code,
        None,
        true,
        Arc::new(place),
        Arc::new(value),
        Arc::new(write),
    )
}

#[allow(clippy::too_many_arguments)]
fn text_field_of(
    preview: Preview,
    label: String,
    kind: Kind,
    lang: Option<Lang>,
    replay: bool,
    place: PlaceOf,
    value: ReadText,
    write: WriteText,
) -> AnyView {
    let problems_id = unique_id("pv-problems");
    // Typing in this field, for this event, is one step: the field's own token and the
    // selected event's place (the event form's fields serve whichever is selected), not
    // the id being typed.
    let token = unique_id("pv-step");
    let place_for_state = place.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let group = format!("{token}@{:?}", preview.selected.get_untracked());
        preview.edit_with(Some(&group), replay, |timeline| write(timeline, text));
    };
    let invalid = move || (!problems_at(preview, &place_for_state()).is_empty()).to_string();
    let current = move || read(preview, |t| value(t)).unwrap_or_default();
    let code = lang.map(Lang::code);
    let control = match kind {
        Kind::Lines => view! {
            <textarea
                class="pv-field__input"
                rows="3"
                lang=code
                aria-describedby=problems_id.clone()
                aria-invalid=invalid
                prop:value=current
                on:input=on_input
                on:change=move |_| preview.seal_step()
            ></textarea>
        }
        .into_any(),
        Kind::Line | Kind::Code | Kind::Url => view! {
            <input
                class="pv-field__input"
                type=if kind == Kind::Url { "url" } else { "text" }
                lang=code
                spellcheck=if kind == Kind::Line { "true" } else { "false" }
                aria-describedby=problems_id.clone()
                aria-invalid=invalid
                prop:value=current
                on:input=on_input
                on:change=move |_| preview.seal_step()
            />
        }
        .into_any(),
    };
    view! {
        <div class="pv-field">
            <label class="pv-field__label">
                <span>{label}</span>
                {control}
            </label>
            {field_problems(preview, problems_id, move || place())}
        </div>
    }
    .into_any()
}

/// A text in both languages, French and English side by side (one above the other on a
/// phone), each with its own label and problems.
#[allow(clippy::too_many_arguments)]
pub fn localized_field(
    preview: Preview,
    label: &'static str,
    kind: Kind,
    owner: impl Fn() -> Owner + Copy + Send + Sync + 'static,
    field: impl Fn() -> String + Copy + Send + Sync + 'static,
    value: impl Fn(&Timeline) -> Option<Localized> + Copy + Send + Sync + 'static,
    write: impl Fn(&mut Timeline) -> Option<&mut Localized> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let words = crate::edit_strings::edit_strings(preview.lang);
    let side = move |lang: Lang, language: &'static str| {
        text_field(
            preview,
            format!("{label} ({language})"),
            kind,
            Some(lang),
            move || Place::new(owner(), format!("{}.{}", field(), lang.code())),
            move |timeline| value(timeline).map(|text| text.get(lang).to_owned()),
            move |timeline, text| {
                if let Some(localized) = write(timeline) {
                    match lang {
                        Lang::Fr => localized.fr = text,
                        Lang::En => localized.en = text,
                    }
                }
            },
        )
    };
    view! {
        <div class="pv-pair">
            {side(Lang::Fr, words.french)}
            {side(Lang::En, words.english)}
        </div>
    }
}

/// A date picker (`YYYY-MM-DD`). A day half typed is not written; an `optional` date
/// emptied is written as none.
pub fn date_field(
    preview: Preview,
    label: &'static str,
    optional: bool,
    place: impl Fn() -> Place + Send + Sync + 'static,
    value: impl Fn(&Timeline) -> Option<Date> + Send + Sync + 'static,
    write: impl Fn(&mut Timeline, Option<Date>) + Send + Sync + 'static,
    disabled: impl Fn() -> bool + Send + Sync + 'static,
) -> AnyView {
    date_field_of(
        preview,
        label,
        optional,
        Arc::new(place),
        Box::new(value),
        Box::new(write),
        Box::new(disabled),
    )
}

type ReadDate = Box<dyn Fn(&Timeline) -> Option<Date> + Send + Sync>;
type WriteDate = Box<dyn Fn(&mut Timeline, Option<Date>) + Send + Sync>;

fn date_field_of(
    preview: Preview,
    label: &'static str,
    optional: bool,
    place: PlaceOf,
    value: ReadDate,
    write: WriteDate,
    disabled: Box<dyn Fn() -> bool + Send + Sync>,
) -> AnyView {
    let problems_id = unique_id("pv-problems");
    let place_for_state = place.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match Date::parse(&text) {
            Ok(date) => preview.edit(None, |timeline| write(timeline, Some(date))),
            Err(_) if optional && text.is_empty() => {
                preview.edit(None, |timeline| write(timeline, None))
            }
            Err(_) => {}
        }
    };
    view! {
        <div class="pv-field pv-field--date">
            <label class="pv-field__label">
                <span>{label}</span>
                <input
                    class="pv-field__input"
                    type="date"
                    aria-describedby=problems_id.clone()
                    aria-invalid=move || (!problems_at(preview, &place_for_state()).is_empty()).to_string()
                    disabled=disabled
                    prop:value=move || read(preview, |t| value(t)).map(|d| d.to_string()).unwrap_or_default()
                    on:input=on_input
                />
            </label>
            {field_problems(preview, problems_id, move || place())}
        </div>
    }
    .into_any()
}

/// A labelled checkbox.
pub fn check_field(
    preview: Preview,
    label: String,
    value: impl Fn(&Timeline) -> Option<bool> + Send + Sync + 'static,
    write: impl Fn(&mut Timeline, bool) + Send + Sync + 'static,
) -> AnyView {
    check_field_of(preview, label, Box::new(value), Box::new(write))
}

type ReadFlag = Box<dyn Fn(&Timeline) -> Option<bool> + Send + Sync>;
type WriteFlag = Box<dyn Fn(&mut Timeline, bool) + Send + Sync>;

fn check_field_of(preview: Preview, label: String, value: ReadFlag, write: WriteFlag) -> AnyView {
    view! {
        <label class="pv-check">
            <input
                type="checkbox"
                prop:checked=move || read(preview, |t| value(t)).unwrap_or(false)
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    preview.edit(None, |timeline| write(timeline, checked));
                }
            />
            <span>{label}</span>
        </label>
    }
    .into_any()
}
