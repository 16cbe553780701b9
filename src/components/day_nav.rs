use crate::hooks::{post_scroll_to, use_day_in_view};
use crate::i18n::{long_date, weekday_abbr};
use crate::model::Date;
use crate::state::expect_page;
use crate::state::Reader;
use crate::story;
use crate::story_text::{label, StoryText};
use leptos::html;
use leptos::prelude::*;

/// The compact, sticky row of days: where the reader is (`aria-current`, once hydrated),
/// and a jump to any day. Plain `#jour-…` links: the browser does the jumping, with or
/// without the wasm, and Back returns. In an embed it is a plain bar at the top (it
/// cannot stick in an iframe as tall as its content) whose links scroll the host page.
#[component]
pub fn DayNav(days: Vec<(Date, usize)>) -> impl IntoView {
    let page = expect_page();
    let lang = page.lang;
    let embedded = page.embedded;
    let reader = Reader::expect();
    use_day_in_view(reader.days, reader.current_day);
    // Embedded, the iframe is as tall as its content and scrolls nothing: the host page
    // scrolls to the day instead.
    let jump = move |ev: leptos::ev::MouseEvent, day: Date| {
        if !embedded {
            return;
        }
        let heading = reader.days.with_value(|days| {
            days.iter()
                .find(|(d, _)| *d == day)
                .and_then(|(_, li)| li.get_untracked())
        });
        if let Some(heading) = heading {
            ev.prevent_default();
            post_scroll_to(&heading);
        }
    };
    // Nine days fit a phone in columns; a longer timeline scrolls sideways instead.
    let many = days.len() > 9;
    let list = NodeRef::<html::Ol>::new();
    let links: Vec<(Date, NodeRef<html::A>)> =
        days.iter().map(|(day, _)| (*day, NodeRef::new())).collect();
    if many {
        let links = links.clone();
        // Keeps the current day in the middle of the sideways row.
        Effect::new(move |_| {
            let current = reader.current_day.get();
            let link = links
                .iter()
                .find(|(day, _)| Some(*day) == current)
                .and_then(|(_, link)| link.get_untracked());
            if let (Some(link), Some(list)) = (link, list.get_untracked()) {
                // Both offsets are measured from the sticky <nav>, the nearest positioned ancestor.
                let centre = link.offset_left() - list.offset_left() + link.offset_width() / 2;
                list.set_scroll_left(centre - list.client_width() / 2);
            }
        });
    }
    view! {
        <nav class="tl-daynav" aria-label=label(lang, |s| s.days_nav_label)>
            <ol class="tl-daynav__list" class:tl-daynav__list--many=many node_ref=list>
                {days
                    .into_iter()
                    .zip(links)
                    .map(|((day, count), (_, link))| {
                        let name = StoryText::new(|| long_date(lang, day));
                        let title = name.clone();
                        let current = move || {
                            (reader.current_day.get() == Some(day)).then_some("location")
                        };
                        view! {
                            <li class="tl-daynav__item">
                                <a
                                    class="tl-daynav__link"
                                    class:tl-daynav__link--quiet=count == 0
                                    href=story!("#jour-{day}")
                                    title=title
                                    aria-current=current
                                    node_ref=link
                                    on:click=move |ev| jump(ev, day)
                                >
                                    <span class="tl-daynav__weekday" aria-hidden="true">
                                        {StoryText::new(|| weekday_abbr(lang, day).to_owned())}
                                    </span>
                                    <span class="tl-daynav__day" aria-hidden="true">{story!("{}", day.day())}</span>
                                    <span class="tl-visually-hidden">{name}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
