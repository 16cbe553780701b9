use crate::input::{refuse_size, Refusal};
use crate::state::Preview;
use crate::strings::preview_strings;
use leptos::prelude::*;
use pegasus_timeline::hooks::use_window_event_with;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long typing pauses before the pasted text is checked.
const PASTE_PAUSE: Duration = Duration::from_millis(300);

/// The data file picker. Its value is cleared after each pick, so that picking the same
/// file again (after editing it) reads it again.
#[component]
pub fn DataFilePicker() -> impl IntoView {
    let preview = Preview::expect();
    let s = preview_strings(preview.lang);
    let on_change = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            preview.read_data_file(file);
        }
        input.set_value("");
    };
    view! {
        <label class="pv-file">
            <span class="pv-file__label">{s.pick_file}</span>
            <input type="file" accept=".json,application/json" on:change=on_change />
        </label>
    }
}

/// The text area for pasted or typed JSON, checked once typing pauses.
#[component]
pub fn PastedData() -> impl IntoView {
    let preview = Preview::expect();
    let s = preview_strings(preview.lang);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        // Typing is the newest input: a file still being read will not replace it.
        let generation = preview.begin_input();
        let handle = set_timeout_with_handle(
            move || {
                let name = preview_strings(preview.lang).pasted_text.to_owned();
                if let Some(refusal) = refuse_size(text.len() as u64) {
                    preview.refuse(generation, &name, &refusal);
                } else if text.trim().is_empty() {
                    preview.refuse(generation, &name, &Refusal::Empty);
                } else if preview.may_replace_work() {
                    preview.forget_file_handle();
                    preview.submit(generation, name, &text);
                }
            },
            PASTE_PAUSE,
        );
        pending.set_value(handle.ok());
    };
    view! {
        <label class="pv-paste" for="pv-paste">{s.paste_label}</label>
        <textarea
            id="pv-paste"
            class="pv-paste__text"
            rows="6"
            spellcheck="false"
            autocomplete="off"
            on:input=on_input
        ></textarea>
    }
}

/// Files dropped anywhere on the page; a veil says where they will go while dragging.
#[component]
pub fn DropTarget() -> impl IntoView {
    let preview = Preview::expect();
    let s = preview_strings(preview.lang);
    let carries_files = |event: &web_sys::Event| {
        event
            .dyn_ref::<web_sys::DragEvent>()
            .and_then(|drag| drag.data_transfer())
            .is_some_and(|transfer| transfer.types().includes(&"Files".into(), 0))
    };
    // Without cancelling `dragover`, the browser would open the dropped file instead.
    use_window_event_with("dragover", true, move |event| {
        if carries_files(event) {
            event.prevent_default();
            preview.dragging.set(true);
        }
    });
    use_window_event_with("dragleave", false, move |event| {
        // Leaving the window, not just one element for another.
        let left = event
            .dyn_ref::<web_sys::DragEvent>()
            .is_some_and(|drag| drag.related_target().is_none());
        if left {
            preview.dragging.set(false);
        }
    });
    use_window_event_with("drop", true, move |event| {
        preview.dragging.set(false);
        let files: Vec<web_sys::File> = event
            .dyn_ref::<web_sys::DragEvent>()
            .and_then(|drag| drag.data_transfer())
            .and_then(|transfer| transfer.files())
            .map(|files| (0..files.length()).filter_map(|i| files.get(i)).collect())
            .unwrap_or_default();
        // Dragged text (into the text area) is the browser's to drop.
        if !files.is_empty() {
            event.prevent_default();
            preview.receive_dropped(files);
        }
    });
    view! {
        <div class="pv-drop" class:pv-drop--active=move || preview.dragging.get() aria-hidden="true">
            <p>{s.drop_here}</p>
        </div>
    }
}
