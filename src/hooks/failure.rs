//! After a panic the wasm stops (release builds abort), so nothing reactive can run: the
//! notice is in the page from the start, hidden, and the panic hook only unhides it.

use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    static NOTICE: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
}

/// Logs a panic to the console and shows the page's failure notice, once hydrated.
pub fn install_panic_notice() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // `try_with`/`try_borrow`: a panic while the notice is being stored must not panic again.
        let _ = NOTICE.try_with(|notice| {
            if let Ok(notice) = notice.try_borrow() {
                if let Some(notice) = notice.as_ref() {
                    let _ = notice.remove_attribute("hidden");
                }
            }
        });
    }));
}

/// Hands the notice's element to the panic hook once the page is hydrated.
pub fn use_failure_notice(notice: NodeRef<html::Div>) {
    Effect::new(move |_| {
        if let Some(element) = notice.get() {
            NOTICE.with(|stored| {
                let mut stored = stored.borrow_mut();
                // The first notice on the page keeps the place: the editors' preview has its
                // own, above the readers' page it draws (with one of its own).
                if !stored.as_ref().is_some_and(|kept| kept.is_connected()) {
                    *stored = Some(element.into());
                }
            });
        }
    });
}
