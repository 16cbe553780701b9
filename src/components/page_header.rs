use super::LanguageSwitch;
use crate::app::{expect_page, page_file};
use crate::i18n::{strings, typeset};
use crate::model::Lang;
use leptos::prelude::*;

/// The title and the introduction.
#[component]
pub fn PageHeader() -> impl IntoView {
    let page = expect_page();
    let lang = page.lang;
    let other = if lang == Lang::Fr { Lang::En } else { Lang::Fr };
    let s = strings(lang);
    view! {
        <a class="tl-skip" href="#chronologie">{s.skip_to_timeline}</a>
        <header class="tl-header">
            <div class="tl-header__top">
                <p class="tl-header__kicker">{s.kicker}</p>
                <LanguageSwitch lang href=page_file(other, page.embedded) />
            </div>
            <h1 class="tl-header__title">{typeset(lang, page.timeline.title.get(lang))}</h1>
            <p class="tl-header__intro">{typeset(lang, page.timeline.intro.get(lang))}</p>
        </header>
    }
}
