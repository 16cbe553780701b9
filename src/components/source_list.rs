use crate::model::is_web_url;
use crate::state::expect_page;
use crate::story;
use crate::story_text::{label, verbatim};
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
                {label(lang, |s| s.sources_heading)}
            </h2>
            <p>{label(lang, |s| s.sources_intro)}</p>
            <ul class="tl-sources__list">
                {sources
                    .into_iter()
                    .map(|source| {
                        let excerpts_only = source.excerpts_only;
                        let link = source.url.as_deref().filter(|url| is_web_url(url));
                        let headline = verbatim(&source.headline);
                        let language = verbatim(&source.language);
                        view! {
                            <li id=story!("source-{}", source.id) class="tl-sources__item">
                                <cite class="tl-sources__outlet">{verbatim(source.outlet.get(lang))}</cite>
                                " — "
                                {match link {
                                    Some(url) => Either::Left(view! {
                                        <a href=verbatim(url) lang=language rel="noopener noreferrer">{headline}</a>
                                    }),
                                    None => Either::Right(view! { <span lang=language>{headline}</span> }),
                                }}
                                ", "
                                {verbatim(source.published_label.get(lang))}
                                {excerpts_only.then(|| view! {
                                    <span class="tl-sources__rights">
                                        " ("{label(lang, |s| s.excerpts_only)}")"
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
