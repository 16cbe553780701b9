use crate::state::Preview;
use crate::strings::preview_strings;
use leptos::either::Either;
use leptos::prelude::*;

/// The archived source texts, for the quote check: a picker, and what each file is.
#[component]
pub fn SourceTextsInput() -> impl IntoView {
    let preview = Preview::expect();
    let s = preview_strings(preview.lang);
    let on_change = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        if let Some(files) = input.files() {
            preview.read_source_files((0..files.length()).filter_map(|i| files.get(i)).collect());
        }
        input.set_value("");
    };
    // Which source names each file: read from the last drawable timeline.
    let named_by = move |file: &str| {
        preview.outcome.with(|outcome| {
            outcome
                .as_ref()
                .and_then(|o| o.timeline.as_ref())
                .and_then(|t| t.sources.iter().find(|source| source.file == file))
                .map(|source| source.id.clone())
        })
    };
    view! {
        <section class="pv-panel pv-sources" aria-labelledby="pv-sources-heading">
            <h2 id="pv-sources-heading">{s.sources_heading}</h2>
            <p class="pv-hint">{s.sources_explained}</p>
            <label class="pv-file">
                <span class="pv-file__label">{s.pick_sources}</span>
                <input type="file" multiple accept=".txt,text/plain" on:change=on_change />
            </label>
            <ul class="pv-texts">
                <For
                    each=move || preview.source_texts.get()
                    key=|text| (text.name.clone(), text.text.is_ok())
                    let(text)
                >
                    <li>
                        <code>{text.name.clone()}</code>
                        {match text.text {
                            Ok(_) => {
                                let name = text.name.clone();
                                Either::Left(move || match named_by(&name) {
                                    Some(id) => format!(" → {id}"),
                                    None => format!(" — {}", s.unused_source_text),
                                })
                            }
                            Err(why) => Either::Right(view! { " — " {why} }),
                        }}
                    </li>
                </For>
            </ul>
        </section>
    }
}
