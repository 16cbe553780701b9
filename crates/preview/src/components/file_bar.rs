use crate::edit_strings::{build_verdict, edit_strings};
use crate::saving::can_write_back;
use crate::state::Preview;
use leptos::prelude::*;

/// What is done to the file as a whole (Undo and Redo stay focusable when there is
/// nothing left to do: `aria-disabled`, so that pressing one to the end keeps the focus): start a new one, open one to save back into, undo,
/// redo, save; and, in a live region, whether it is saved and what publishing will make of it.
#[component]
pub fn FileBar() -> impl IntoView {
    let preview = Preview::expect();
    let lang = preview.lang;
    let s = edit_strings(lang);
    let open = move || preview.history.with(Option::is_some);
    let can_undo = move || {
        preview
            .history
            .with(|h| h.as_ref().is_some_and(|h| h.can_undo()))
    };
    let can_redo = move || {
        preview
            .history
            .with(|h| h.as_ref().is_some_and(|h| h.can_redo()))
    };
    let state = move || {
        if !open() {
            return String::new();
        }
        let saved = if preview.unsaved.get() {
            s.unsaved
        } else {
            s.all_saved
        };
        let verdict = preview
            .outcome
            .with(|o| o.as_ref().map(|o| build_verdict(lang, o.problem_count)))
            .unwrap_or_default();
        format!("{saved} {verdict}")
    };
    let write_back = can_write_back();
    view! {
        <div class="pv-filebar" role="toolbar" aria-label=s.heading>
            <button type="button" class="pv-button" on:click=move |_| preview.start_new_timeline()>
                {s.new_timeline}
            </button>
            {write_back.then(|| view! {
                <button type="button" class="pv-button" on:click=move |_| preview.open_with_handle()>
                    {s.open_write_back}
                </button>
            })}
            <button
                type="button"
                class="pv-button"
                aria-keyshortcuts="Control+Z Meta+Z"
                aria-disabled=move || (!can_undo()).to_string()
                on:click=move |_| preview.undo()
            >
                {s.undo}
            </button>
            <button
                type="button"
                class="pv-button"
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
                aria-disabled=move || (!can_redo()).to_string()
                on:click=move |_| preview.redo()
            >
                {s.redo}
            </button>
            <button
                type="button"
                class="pv-button pv-button--main"
                disabled=move || !open()
                on:click=move |_| preview.save()
            >
                {s.save}
            </button>
        </div>
        // Only what a save or a draft did is announced; the state line changes with every
        // key, and a screen reader reading it out while the editor types would drown them.
        <div class="pv-filestate">
            <p class="pv-filestate__saved">{state}</p>
            <p class="pv-filestate__notice" aria-live="polite">{move || preview.file_notice.get()}</p>
            <p class="pv-filestate__draft" hidden=move || !preview.restored_draft.get()>
                {s.draft_restored}
                " "
                <button type="button" class="pv-button" on:click=move |_| preview.discard_draft()>
                    {s.discard_draft}
                </button>
            </p>
        </div>
    }
}
