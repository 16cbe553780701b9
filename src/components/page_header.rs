use super::LanguageSwitch;
use crate::app::expect_reader;
use crate::i18n::{strings, typeset};
use leptos::prelude::*;

/// The title and the introduction.
#[component]
pub fn PageHeader() -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let text = move |pick: fn(&crate::model::Timeline) -> &crate::model::Localized| {
        reader
            .timeline
            .with_value(|t| typeset(lang.get(), pick(t).get(lang.get())))
    };
    view! {
        <a class="tl-skip" href="#chronologie">{move || strings(lang.get()).skip_to_timeline}</a>
        <header class="tl-header">
            <div class="tl-header__top">
                <p class="tl-header__kicker">{move || strings(lang.get()).kicker}</p>
                <LanguageSwitch />
            </div>
            <h1 class="tl-header__title">{move || text(|t| &t.title)}</h1>
            <p class="tl-header__intro">{move || text(|t| &t.intro)}</p>
        </header>
    }
}
