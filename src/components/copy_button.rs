use crate::hooks::{can_share, share_link, use_clipboard};
use crate::state::{copied_message, Reader};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// How long « Lien copié » stays on the button before its label returns.
const SAID_FOR: Duration = Duration::from_secs(3);

/// What a link button shares instead of copying, on devices with a share sheet.
pub struct ShareAs {
    /// The button's label there (« Partager »), once the wasm knows the device has one.
    pub label: &'static str,
    /// The title the share sheet shows with the link, read from the page when it opens.
    pub title: Arc<dyn Fn() -> String + Send + Sync>,
}

/// A button that copies `text()` (an event's address, the embed snippet), then says so on
/// itself and in the live region; if the browser refuses, the live region gives the text
/// to copy by hand. With `share`, a device that has a share sheet (phones) opens it
/// instead. Hidden without the wasm, its room kept.
#[component]
pub fn CopyButton(
    class: &'static str,
    label: &'static str,
    done: &'static str,
    // Not generic: one copy of this component in the wasm for all its uses.
    text: Arc<dyn Fn() -> String + Send + Sync>,
    #[prop(optional)] share: Option<ShareAs>,
) -> impl IntoView {
    let reader = Reader::expect();
    let copy = use_clipboard();
    let copied = RwSignal::new(None::<bool>);
    // Which copy the label speaks of: a timer from an earlier press leaves a later one be.
    let presses = StoredValue::new(0_u32);
    let copy_text = move |text: String| {
        copy(
            &text.clone(),
            Box::new(move |ok| {
                copied.set(Some(ok));
                reader
                    .announcement
                    .set(copied_message(reader.lang, ok, done, &text));
                presses.update_value(|n| *n = n.wrapping_add(1));
                let this_press = presses.get_value();
                // Left to run out rather than cleared, so its closure is freed when it runs;
                // the button may be gone by then (`try_`).
                set_timeout(
                    move || {
                        if presses.try_get_value() == Some(this_press) {
                            copied.try_set(None);
                        }
                    },
                    SAID_FOR,
                );
            }),
        );
    };
    let share_label = share.as_ref().map(|share| share.label);
    let on_click = move |_| {
        let text = text();
        // Asked at the click: a share sheet can appear or go (a desktop browser's flag).
        match share.as_ref().filter(|_| can_share()) {
            Some(share) => share_link(&(share.title)(), &text.clone(), move || copy_text(text)),
            None => copy_text(text),
        }
    };
    view! {
        <button
            type="button"
            class=class
            data-needs-script=""
            data-copied=move || copied.get().map(|ok| if ok { "true" } else { "false" })
            on:click=on_click
        >
            // `ready` is false in the prerendered HTML and at hydration alike: the label
            // can change only after.
            {move || match (copied.get(), share_label) {
                (Some(true), _) => done,
                (_, Some(share_label)) if reader.ready.get() && can_share() => share_label,
                _ => label,
            }}
        </button>
    }
}
