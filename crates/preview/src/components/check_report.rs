use crate::model::Lang;
use crate::state::Preview;
use crate::strings::{more_problems, preview_strings, quotes_checked, summary, timing};
use leptos::prelude::*;

/// What the check found: a status line (a live region, so a screen reader hears each
/// new result), then every problem, each linked to its event in the page below.
#[component]
pub fn CheckReport() -> impl IntoView {
    let preview = Preview::expect();
    let lang = preview.lang;
    let s = preview_strings(lang);
    let status = move || {
        if preview.checking.get() {
            return s.checking.to_owned();
        }
        if let Some(refusal) = preview.refusal.get() {
            return refusal;
        }
        preview.outcome.with(|outcome| match outcome {
            None => s.waiting.to_owned(),
            Some(outcome) => {
                let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
                let summary = summary(lang, outcome.problem_count, outcome.drawn);
                format!("{}{colon} {summary}", outcome.name)
            }
        })
    };
    let quotes = move || {
        preview.outcome.with(|outcome| {
            outcome.as_ref().map(|outcome| {
                let texts = preview
                    .source_texts
                    .with(|texts| texts.iter().filter(|t| t.text.is_ok()).count());
                if outcome.quotes_checked {
                    quotes_checked(lang, texts)
                } else {
                    s.quotes_unchecked.to_owned()
                }
            })
        })
    };
    let timed = move || {
        let checked = preview.outcome.with(|o| o.as_ref().map(|o| o.checked_ms))?;
        Some(match preview.drawn_ms.get() {
            Some(drawn) => timing(lang, checked, drawn),
            None => s.drawing.to_owned(),
        })
    };
    let lines = move || {
        preview
            .outcome
            .with(|o| o.as_ref().map(|o| o.lines.clone()).unwrap_or_default())
    };
    let unlisted = move || {
        preview.outcome.with(|o| {
            let o = o.as_ref()?;
            let rest = o.problem_count.saturating_sub(o.lines.len());
            (rest > 0).then(|| more_problems(lang, rest))
        })
    };
    view! {
        <section class="pv-panel pv-report" aria-labelledby="pv-report-heading">
            <h2 id="pv-report-heading">{s.report_heading}</h2>
            // One live region for the summary and the list: a screen reader hears the
            // result of each check, the problems included.
            <div class="pv-announced" aria-live="polite">
                <p class="pv-status">{status}</p>
                <ol class="pv-problems">
                    {move || {
                        lines()
                            .into_iter()
                            .map(|line| {
                                view! {
                                    <li class="pv-problem">
                                        <span class="pv-problem__text">{line.text}</span>
                                        {line.excerpt.map(|excerpt| view! { <code class="pv-problem__line">{excerpt}</code> })}
                                        {line.detail.map(|detail| view! { <span class="pv-problem__detail">{detail}</span> })}
                                        {line.event.map(|id| {
                                            view! {
                                                " "
                                                <a class="pv-problem__link" href=format!("#{id}") on:click={
                                                    let id = id.clone();
                                                    move |_| preview.select_event(&id)
                                                }>
                                                    {s.show_event}
                                                    <span class="tl-visually-hidden">{format!(" {id}")}</span>
                                                </a>
                                            }
                                        })}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
                <p class="pv-more">{unlisted}</p>
            </div>
            <p class="pv-quotes">{quotes}</p>
            <p class="pv-timing">{timed}</p>
        </section>
    }
}
