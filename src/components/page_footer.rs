use super::EmbedPanel;
use crate::state::expect_page;
use crate::story_text::label;
use leptos::prelude::*;

/// Transparency: a link to the data file the page is built from.
#[component]
pub fn PageFooter() -> impl IntoView {
    let lang = expect_page().lang;
    view! {
        <footer class="tl-footer">
            <p>
                {label(lang, |s| s.data_explained)}
                " "
                <a href="timeline.json" type="application/json">{label(lang, |s| s.the_data)}</a>
                " (JSON)."
            </p>
            <EmbedPanel />
        </footer>
    }
}
