use crate::i18n::FR;
use crate::model::DataError;
use leptos::prelude::*;

/// Lists the problems of the compiled-in data. The build stops such data long before a
/// reader sees it; this keeps the page honest if some slips through.
#[component]
pub fn ErrorNotice(errors: Vec<DataError>) -> impl IntoView {
    view! {
        <div class="tl-error" role="alert">
            <p class="tl-error__title">{FR.data_error_title}</p>
            <p>{FR.data_error_body}</p>
            <ul>
                {errors.iter().map(|error| view! { <li>{error.to_string()}</li> }).collect_view()}
            </ul>
        </div>
    }
}
