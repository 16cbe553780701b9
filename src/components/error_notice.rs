use crate::i18n::FR;
use crate::model::DataError;
use leptos::prelude::*;

/// Shown instead of the timeline when the compiled-in data is invalid. The tests stop
/// such a build long before a reader sees it; this keeps the page honest if one slips by.
#[component]
pub fn ErrorNotice(errors: Vec<DataError>) -> impl IntoView {
    view! {
        <main class="tl-error" role="alert">
            <h1>{FR.data_error_title}</h1>
            <p>{FR.data_error_body}</p>
            <ul>
                {errors.iter().map(|error| view! { <li>{error.to_string()}</li> }).collect_view()}
            </ul>
        </main>
    }
}
