use crate::hooks::use_clipboard;
use crate::state::{copied_message, Reader};
use leptos::prelude::*;

/// A button that copies `text()` (an event's address, the embed snippet), then says so on
/// itself and in the live region; if the browser refuses, the live region gives the text
/// to copy by hand. Hidden without the wasm, its room kept.
#[component]
pub fn CopyButton(
    class: &'static str,
    label: &'static str,
    done: &'static str,
    text: impl Fn() -> String + 'static,
) -> impl IntoView {
    let reader = Reader::expect();
    let copy = use_clipboard();
    let copied = RwSignal::new(None::<bool>);
    let on_click = move |_| {
        let text = text();
        copy(
            &text.clone(),
            Box::new(move |ok| {
                copied.set(Some(ok));
                reader
                    .announcement
                    .set(copied_message(reader.lang, ok, done, &text));
            }),
        );
    };
    view! {
        <button
            type="button"
            class=class
            data-needs-script=""
            data-copied=move || copied.get().map(|ok| if ok { "true" } else { "false" })
            on:click=on_click
        >
            {move || if copied.get() == Some(true) { done } else { label }}
        </button>
    }
}
