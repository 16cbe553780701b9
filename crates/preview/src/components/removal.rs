use super::fields::read;
use crate::edit_strings::{edit_strings, removal_effect, used_by};
use crate::model::Timeline;
use crate::state::Preview;
use leptos::prelude::*;

/// What an actor or a source is used by, and « Supprimer »: at once when nothing uses it;
/// else the button first says what the removal will do, and asks again.
#[component]
pub fn UsesAndRemoval(
    /// The id of what is removed: a question asked about one entry is not answered for
    /// another that takes its place in the list (after an undo, a removal above).
    of: Signal<String>,
    /// The events that use the entry `id` (`events_with_actor`, `events_quoting`).
    uses: for<'t> fn(&'t Timeline, &str) -> Vec<&'t str>,
    /// Removes the entry `id` (`remove_actor`, `remove_source`).
    remove: fn(&mut Timeline, &str),
    /// A source (its quotes stay, flagged) rather than an actor (taken off its events).
    is_source: bool,
) -> impl IntoView {
    let preview = Preview::expect();
    let lang = preview.lang;
    let s = edit_strings(lang);
    let users = move || {
        let id = of.get();
        read(preview, |t| {
            Some(
                uses(t, &id)
                    .into_iter()
                    .map(str::to_owned)
                    .collect::<Vec<_>>(),
            )
        })
        .unwrap_or_default()
    };
    let count = move || users().len();
    let effect = move || {
        let n = count();
        (n > 0).then(|| removal_effect(lang, is_source, n))
    };
    let removed = move || {
        let id = of.get_untracked();
        preview.edit(None, move |t| remove(t, &id));
    };
    let asked_for = RwSignal::new(None::<String>);
    let asking = move || asked_for.get().is_some_and(|id| of.with(|of| *of == id));
    let first = move |_| {
        if count() > 0 {
            asked_for.set(Some(of.get_untracked()));
        } else {
            removed();
        }
    };
    view! {
        <p class="pv-uses">
            {move || used_by(lang, &users().iter().map(String::as_str).collect::<Vec<_>>())}
        </p>
        <div class="pv-remove">
            <button type="button" class="pv-button pv-button--danger" hidden=asking on:click=first>
                {s.remove}
            </button>
            <Show when=asking>
                <p class="pv-remove__effect" role="alert">{effect}</p>
                <button type="button" class="pv-button pv-button--danger" on:click=move |_| { asked_for.set(None); removed(); }>
                    {s.confirm_remove}
                </button>
                <button type="button" class="pv-button" on:click=move |_| asked_for.set(None)>
                    {s.keep}
                </button>
            </Show>
        </div>
    }
}
