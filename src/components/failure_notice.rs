use crate::hooks::use_failure_notice;
use crate::state::expect_page;
use crate::story_text::label;
use leptos::html;
use leptos::prelude::*;

/// What the reader sees if the page's code fails: the page stopped responding, and a way
/// to reload. Hidden until a panic; what is already on screen stays.
#[component]
pub fn FailureNotice() -> impl IntoView {
    let lang = expect_page().lang;
    let notice = NodeRef::<html::Div>::new();
    use_failure_notice(notice);
    view! {
        <div id="tl-failure" class="tl-failure" role="alert" hidden node_ref=notice>
            {label(lang, |s| s.failure)}
            " "
            <a href="">{label(lang, |s| s.reload)}</a>
        </div>
    }
}
