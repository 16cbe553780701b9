use super::{
    CheckReport, DataFilePicker, DrawnPage, DropTarget, EditPanel, PastedData, SourceTextsInput,
};
use crate::model::Lang;
use crate::preview_file;
use crate::state::Preview;
use crate::strings::preview_strings;
use leptos::prelude::*;
use pegasus_timeline::hooks::use_failure_notice;

/// The whole preview page: what to check, the problems found, and the page it makes.
#[component]
pub fn PreviewApp(lang: Lang) -> impl IntoView {
    let preview = Preview::new(lang);
    provide_context(preview);
    let s = preview_strings(lang);
    let other = match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    // A draft this browser kept from the last visit comes back as unsaved work, once the
    // page is drawn.
    Effect::new(move |_| untrack(|| preview.restore_draft()));
    let failure = NodeRef::<leptos::html::Div>::new();
    use_failure_notice(failure);
    view! {
        <DropTarget />
        <div class="pv-desk">
            <div class="tl-failure" role="alert" hidden node_ref=failure>
                {s.failure}
            </div>
            <div class="pv-intro">
                <div class="tl-header__top">
                    <p class="tl-header__kicker">{s.kicker}</p>
                    <a class="tl-lang" href=preview_file(other) hreflang=other.code() lang=other.code()>
                        {s.other_language}
                    </a>
                </div>
                <h1 class="pv-title">{s.page_title}</h1>
                <p>{s.intro}</p>
            </div>
            <section class="pv-panel pv-data" aria-labelledby="pv-data-heading">
                <h2 id="pv-data-heading">{s.data_heading}</h2>
                <DataFilePicker />
                <p class="pv-hint">{s.drop_hint}</p>
                <PastedData />
            </section>
            // On a phone the report comes right under the file it is about.
            <CheckReport />
            <SourceTextsInput />
        </div>
        <EditPanel />
        <DrawnPage />
    }
}
