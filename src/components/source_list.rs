use crate::app::expect_reader;
use crate::i18n::strings;
use crate::model::is_web_url;
use leptos::prelude::*;

/// The articles the quotes come from, each an anchor (`#source-<id>`) quotes point to.
#[component]
pub fn SourceList() -> impl IntoView {
    let reader = expect_reader();
    let lang = reader.lang;
    let sources = reader.timeline.with_value(|t| t.sources.clone());
    view! {
        <section class="tl-sources" aria-labelledby="tl-sources-heading">
            <h2 id="tl-sources-heading" class="tl-section-title">
                {move || strings(lang.get()).sources_heading}
            </h2>
            <p>{move || strings(lang.get()).sources_intro}</p>
            <ul class="tl-sources__list">
                {sources
                    .into_iter()
                    .map(|source| {
                        let outlet = source.outlet.clone();
                        let published = source.published_label.clone();
                        let excerpts_only = source.excerpts_only;
                        let link = source.url.clone().filter(|url| is_web_url(url));
                        view! {
                            <li id=format!("source-{}", source.id) class="tl-sources__item">
                                <cite class="tl-sources__outlet">{move || outlet.get(lang.get()).to_owned()}</cite>
                                " — "
                                {match link {
                                    Some(url) => view! {
                                        <a href=url lang=source.language.clone() rel="noopener noreferrer">{source.headline.clone()}</a>
                                    }.into_any(),
                                    None => view! { <span lang=source.language.clone()>{source.headline.clone()}</span> }.into_any(),
                                }}
                                ", "
                                {move || published.get(lang.get()).to_owned()}
                                {excerpts_only.then(|| view! {
                                    <span class="tl-sources__rights">
                                        " ("{move || strings(lang.get()).excerpts_only}")"
                                    </span>
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
