use crate::model::Lang;
use crate::state::{forget_event_link, Preview};
use crate::strings::preview_strings;
use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;
use pegasus_timeline::App;
use wasm_bindgen::JsCast;

/// The timeline as readers will get it, drawn by the readers' own `App` in the language
/// chosen here; drawn anew for each checked input.
#[component]
pub fn DrawnPage() -> impl IntoView {
    let preview = Preview::expect();
    let s = preview_strings(preview.lang);
    let buttons = [Lang::Fr, Lang::En].map(|lang| (lang, NodeRef::<html::Button>::new()));
    // A switch draws the page anew: without the `#event` a problem's link left in the
    // address, which would scroll to that event again.
    let switch_to = move |lang: Lang| {
        forget_event_link();
        preview.render_lang.set(lang);
        preview.time_drawing();
    };
    let language_button = move |lang: Lang, label: &'static str, button: NodeRef<html::Button>| {
        view! {
            <button
                type="button"
                class="pv-lang"
                lang=lang.code()
                node_ref=button
                aria-pressed=move || (preview.render_lang.get() == lang).to_string()
                on:click=move |_| switch_to(lang)
            >
                {label}
            </button>
        }
    };
    // The page's own language link would leave the preview (and the file): here it
    // switches the drawing's language in place, and focus goes to the matching button
    // (the link itself is drawn anew).
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let link = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a.tl-lang").ok().flatten());
        if let Some(link) = link {
            ev.prevent_default();
            let lang = link
                .get_attribute("hreflang")
                .and_then(|code| Lang::from_code(&code));
            if let Some(lang) = lang {
                switch_to(lang);
                let button = buttons.iter().find(|(l, _)| *l == lang).map(|(_, b)| *b);
                request_animation_frame(move || {
                    if let Some(button) = button.and_then(|b| b.get_untracked()) {
                        let _ = button.focus();
                    }
                });
            }
        }
    };
    let drawing = move || {
        let lang = preview.render_lang.get();
        preview.drawing.with(|outcome| {
            let outcome = outcome.as_ref()?;
            Some(match outcome.timeline.clone() {
                Some(timeline) => Either::Left(view! {
                    <div class="pv-page" lang=lang.code() on:click=on_click>
                        <App lang embedded=false timeline errors=Vec::new() />
                    </div>
                }),
                None => Either::Right(view! { <p class="pv-nothing">{s.nothing_drawn}</p> }),
            })
        })
    };
    view! {
        <section class="pv-drawn" aria-labelledby="pv-drawn-heading">
            <div class="pv-drawn__bar">
                <h2 id="pv-drawn-heading">{s.render_heading}</h2>
                <div class="pv-drawn__langs" role="group" aria-label=s.render_language>
                    {language_button(Lang::Fr, "Français", buttons[0].1)}
                    {language_button(Lang::En, "English", buttons[1].1)}
                </div>
            </div>
            {drawing}
        </section>
    }
}
