use crate::app::expect_page;
use crate::i18n::{long_date, strings, weekday_abbr};
use crate::model::Date;
use leptos::prelude::*;

/// The compact, sticky row of days: where the reader is (`aria-current`, kept by the
/// wasm), and a jump to any day. Plain `#jour-…` links: the browser does the jumping,
/// with or without the wasm, and Back returns.
#[component]
pub fn DayNav(days: Vec<(Date, usize)>) -> impl IntoView {
    let lang = expect_page().lang;
    // Nine days fit a phone in columns; a longer timeline scrolls sideways instead.
    let many = days.len() > 9;
    view! {
        <nav class="tl-daynav" aria-label=strings(lang).days_nav_label>
            <ol class="tl-daynav__list" class:tl-daynav__list--many=many>
                {days
                    .into_iter()
                    .map(|(day, count)| {
                        let name = long_date(lang, day);
                        let title = name.clone();
                        view! {
                            <li class="tl-daynav__item">
                                <a
                                    class="tl-daynav__link"
                                    class:tl-daynav__link--quiet=count == 0
                                    href=format!("#jour-{day}")
                                    title=title
                                >
                                    <span class="tl-daynav__weekday" aria-hidden="true">
                                        {weekday_abbr(lang, day)}
                                    </span>
                                    <span class="tl-daynav__day" aria-hidden="true">{day.day()}</span>
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
