use super::EmbedPanel;
use crate::app::expect_reader;
use crate::i18n::strings;
use leptos::prelude::*;

/// Transparency: a link to the data file the page is built from.
#[component]
pub fn PageFooter() -> impl IntoView {
    let lang = expect_reader().lang;
    view! {
        <footer class="tl-footer">
            <p>
                {move || strings(lang.get()).data_explained}
                " "
                <a href="timeline.json" type="application/json">{move || strings(lang.get()).the_data}</a>
                " (JSON)."
            </p>
            <EmbedPanel />
        </footer>
    }
}
