use super::{ActorList, EventEditor, FileBar, PageFields, SourceList};
use crate::edit_strings::edit_strings;
use crate::state::Preview;
use leptos::prelude::*;
use pegasus_timeline::hooks::use_window_event_with;
use wasm_bindgen::JsCast;

/// The editing forms: what the file does (open, new, undo, save), then every part of the
/// timeline in the file's own order. Drawn only while a file reads as a whole timeline.
#[component]
pub fn EditPanel() -> impl IntoView {
    let preview = Preview::expect();
    let s = edit_strings(preview.lang);
    use_undo_keys(preview);
    use_leave_warning(preview);
    let open = move || preview.history.with(Option::is_some);
    let unreadable =
        move || !open() && preview.outcome.with(|o| o.is_some()) && !preview.checking.get();
    view! {
        <section class="pv-panel pv-edit" aria-labelledby="pv-edit-heading">
            <h2 id="pv-edit-heading">{s.heading}</h2>
            <FileBar />
            <p class="pv-hint" hidden=move || open() || unreadable()>{s.nothing_open}</p>
            <p class="pv-hint pv-edit__unreadable" hidden=move || !unreadable()>{s.unreadable}</p>
            <Show when=open>
                <PageFields />
                <ActorList />
                <SourceList />
                <EventEditor />
            </Show>
        </section>
    }
}

/// Ctrl+Z and Ctrl+Shift+Z (⌘ on a Mac, Ctrl+Y too) step through the history of the whole
/// file from any field: a field's own undo would step behind the history's back. The pasted
/// JSON keeps its own.
fn use_undo_keys(preview: Preview) {
    use_window_event_with("keydown", true, move |event| {
        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if !(key.ctrl_key() || key.meta_key()) || key.alt_key() {
            return;
        }
        let in_paste = key
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|element| element.id() == "pv-paste");
        if in_paste || preview.history.with_untracked(Option::is_none) {
            return;
        }
        match key.key().to_lowercase().as_str() {
            "z" if key.shift_key() => preview.redo(),
            "z" => preview.undo(),
            "y" => preview.redo(),
            _ => return,
        }
        event.prevent_default();
    });
}

/// The browser asks before the page is left with unsaved changes (the draft is kept
/// anyway, but a reader of the warning may want to save first).
fn use_leave_warning(preview: Preview) {
    // A long file's last keys wait for a pause before they are written: the draft gets
    // them as the page goes.
    use_window_event_with("pagehide", false, move |_| preview.flush());
    use_window_event_with("beforeunload", true, move |event| {
        if preview.unsaved.get_untracked() {
            event.prevent_default();
            // Older Chromium asks only when `returnValue` is set.
            let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
        }
    });
}
