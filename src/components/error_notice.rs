use crate::state::expect_page;
use crate::story_text::label;
use leptos::prelude::*;

/// Lists the problems of the data. The build stops such data long before a reader sees
/// it; this keeps the page honest if some slips through (`PEGASUS_ALLOW_INVALID=1`).
#[component]
pub fn ErrorNotice(errors: Vec<String>) -> impl IntoView {
    let lang = expect_page().lang;
    view! {
        <div class="tl-error" role="alert">
            <p class="tl-error__title">{label(lang, |s| s.data_error_title)}</p>
            <p>{label(lang, |s| s.data_error_body)}</p>
            <ul>{errors.into_iter().map(|error| view! { <li>{error}</li> }).collect_view()}</ul>
        </div>
    }
}
