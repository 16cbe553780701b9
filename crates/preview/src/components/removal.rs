use crate::edit_strings::edit_strings;
use crate::state::Preview;
use leptos::prelude::*;

/// « Supprimer »: at once when nothing depends on what is removed; else the button first
/// says what the removal will do, and asks again.
#[component]
pub fn RemoveButton(
    label: &'static str,
    /// What the removal does to what uses it; `None` when nothing does.
    #[prop(into)]
    effect: Signal<Option<String>>,
    remove: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let preview = Preview::expect();
    let s = edit_strings(preview.lang);
    let asking = RwSignal::new(false);
    let first = move |_| {
        if effect.with_untracked(Option::is_some) {
            asking.set(true);
        } else {
            remove();
        }
    };
    view! {
        <div class="pv-remove">
            <button type="button" class="pv-button pv-button--danger" hidden=move || asking.get() on:click=first>
                {label}
            </button>
            <Show when=move || asking.get()>
                <p class="pv-remove__effect" role="alert">{move || effect.get()}</p>
                <button type="button" class="pv-button pv-button--danger" on:click=move |_| { asking.set(false); remove(); }>
                    {s.confirm_remove}
                </button>
                <button type="button" class="pv-button" on:click=move |_| asking.set(false)>
                    {s.keep}
                </button>
            </Show>
        </div>
    }
}
