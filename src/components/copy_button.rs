use crate::app::expect_reader;
use crate::browser;
use crate::i18n::{strings, Strings};
use crate::model::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A button that copies `text()` to the clipboard and says so, on itself and in the live
/// region. If the browser refuses, the live region gives the text to copy by hand.
#[component]
pub fn CopyButton<F>(
    class: &'static str,
    /// What to copy, computed when pressed.
    text: F,
    label: fn(&Strings) -> &'static str,
    done_label: fn(&Strings) -> &'static str,
) -> impl IntoView
where
    F: Fn() -> String + Send + Sync + 'static,
{
    let reader = expect_reader();
    let lang = reader.lang;
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let text = text();
        spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            copied.set(ok);
            let lang = lang.get_untracked();
            let s = strings(lang);
            reader.announcement.set(if ok {
                // French sets a no-break space before the colon; English none.
                let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
                format!("{}{colon} {text}", done_label(s))
            } else {
                format!("{} {text}", s.not_copied)
            });
        });
    };
    view! {
        <button type="button" class=class on:click=copy data-copied=move || copied.get().to_string()>
            {move || {
                let s = strings(lang.get());
                if copied.get() { done_label(s) } else { label(s) }
            }}
        </button>
    }
}
