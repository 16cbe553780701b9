use super::LanguageSwitch;
use crate::model::Lang;
use crate::pages::page_file;
use crate::state::expect_page;
use crate::story_text::{label, prose};
use leptos::prelude::*;

/// The title and the introduction.
#[component]
pub fn PageHeader() -> impl IntoView {
    let page = expect_page();
    let lang = page.lang;
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    view! {
        <a class="tl-skip" href="#chronologie">{label(lang, |s| s.skip_to_timeline)}</a>
        <header class="tl-header">
            <div class="tl-header__top">
                <p class="tl-header__kicker">{label(lang, |s| s.kicker)}</p>
                <LanguageSwitch lang href=page_file(other, page.embedded) />
            </div>
            <h1 class="tl-header__title">{prose(lang, &page.timeline.title)}</h1>
            <p class="tl-header__intro">{prose(lang, &page.timeline.intro)}</p>
        </header>
    }
}
