use crate::edit_strings::edit_strings;
use crate::state::Preview;
use leptos::prelude::*;

/// « Supprimer »: at once when nothing depends on what is removed; else the button first
/// says what the removal will do, and asks again.
#[component]
pub fn RemoveButton(
    /// The id of what is removed: a question asked about one entry is not answered for
    /// another that takes its place in the list (after an undo, a removal above).
    of: Signal<String>,
    label: &'static str,
    /// What the removal does to what uses it; `None` when nothing does.
    #[prop(into)]
    effect: Signal<Option<String>>,
    remove: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let preview = Preview::expect();
    let s = edit_strings(preview.lang);
    let asked_for = RwSignal::new(None::<String>);
    let asking = move || asked_for.get().is_some_and(|id| of.with(|of| *of == id));
    let first = move |_| {
        if effect.with_untracked(Option::is_some) {
            asked_for.set(Some(of.get_untracked()));
        } else {
            remove();
        }
    };
    view! {
        <div class="pv-remove">
            <button type="button" class="pv-button pv-button--danger" hidden=asking on:click=first>
                {label}
            </button>
            <Show when=asking>
                <p class="pv-remove__effect" role="alert">{move || effect.get()}</p>
                <button type="button" class="pv-button pv-button--danger" on:click=move |_| { asked_for.set(None); remove(); }>
                    {s.confirm_remove}
                </button>
                <button type="button" class="pv-button" on:click=move |_| asked_for.set(None)>
                    {s.keep}
                </button>
            </Show>
        </div>
    }
}
