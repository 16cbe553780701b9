use crate::app::expect_page;
use crate::hooks::use_failure_notice;
use crate::i18n::strings;
use leptos::html;
use leptos::prelude::*;

/// What the reader sees if the page's code fails: the page stopped responding, and a way
/// to reload. Hidden until a panic; what is already on screen stays.
#[component]
pub fn FailureNotice() -> impl IntoView {
    let s = strings(expect_page().lang);
    let notice = NodeRef::<html::Div>::new();
    use_failure_notice(notice);
    view! {
        <div id="tl-failure" class="tl-failure" role="alert" hidden node_ref=notice>
            {s.failure}
            " "
            <a href="">{s.reload}</a>
        </div>
    }
}
