use super::fields::{date_field, localized_field, Kind, Place};
use crate::edit_strings::edit_strings;
use crate::model::Owner;
use crate::state::Preview;
use leptos::prelude::*;

/// The file's own texts and its days: title, introduction, first and last day.
#[component]
pub fn PageFields() -> impl IntoView {
    let preview = Preview::expect();
    let s = edit_strings(preview.lang);
    view! {
        <details class="pv-part" open>
            <summary><h3>{s.page_heading}</h3></summary>
            {localized_field(preview, s.title, Kind::Line, || Owner::File, || "title".into(),
                |t| Some(t.title.clone()), |t| Some(&mut t.title))}
            {localized_field(preview, s.intro, Kind::Lines, || Owner::File, || "intro".into(),
                |t| Some(t.intro.clone()), |t| Some(&mut t.intro))}
            <div class="pv-pair">
                {date_field(preview, s.window_start, false, || Place::new(Owner::Window, "window.start"),
                    |t| Some(t.window.start),
                    |t, d| if let Some(d) = d { t.window.start = d },
                    || false)}
                {date_field(preview, s.window_end, false, || Place::new(Owner::Window, "window.end"),
                    |t| Some(t.window.end),
                    |t, d| if let Some(d) = d { t.window.end = d },
                    || false)}
            </div>
        </details>
    }
}
