use super::EmbedPanel;
use crate::app::expect_page;
use crate::i18n::strings;
use leptos::prelude::*;

/// Transparency: a link to the data file the page is built from.
#[component]
pub fn PageFooter() -> impl IntoView {
    let s = strings(expect_page().lang);
    view! {
        <footer class="tl-footer">
            <p>
                {s.data_explained}
                " "
                <a href="timeline.json" type="application/json">{s.the_data}</a>
                " (JSON)."
            </p>
            <EmbedPanel />
        </footer>
    }
}
