use crate::app::expect_page;
use crate::i18n::strings;
use crate::model::is_web_url;
use leptos::either::Either;
use leptos::prelude::*;

/// The articles the quotes come from, each an anchor (`#source-<id>`) quotes point to.
#[component]
pub fn SourceList() -> impl IntoView {
    let page = expect_page();
    let lang = page.lang;
    let sources = page.timeline.sources.clone();
    view! {
        <section class="tl-sources" aria-labelledby="tl-sources-heading">
            <h2 id="tl-sources-heading" class="tl-section-title">
                {strings(lang).sources_heading}
            </h2>
            <p>{strings(lang).sources_intro}</p>
            <ul class="tl-sources__list">
                {sources
                    .into_iter()
                    .map(|source| {
                        let excerpts_only = source.excerpts_only;
                        let link = source.url.clone().filter(|url| is_web_url(url));
                        view! {
                            <li id=format!("source-{}", source.id) class="tl-sources__item">
                                <cite class="tl-sources__outlet">{source.outlet.get(lang).to_owned()}</cite>
                                " — "
                                {match link {
                                    Some(url) => Either::Left(view! {
                                        <a href=url lang=source.language.clone() rel="noopener noreferrer">{source.headline.clone()}</a>
                                    }),
                                    None => Either::Right(view! { <span lang=source.language.clone()>{source.headline.clone()}</span> }),
                                }}
                                ", "
                                {source.published_label.get(lang).to_owned()}
                                {excerpts_only.then(|| view! {
                                    <span class="tl-sources__rights">
                                        " ("{strings(lang).excerpts_only}")"
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
