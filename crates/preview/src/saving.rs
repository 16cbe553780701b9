//! Where an edited file goes, all of it in the editor's browser: a download of
//! `timeline.json`; where Chromium's File System Access API is there, the very file that
//! was opened; and a draft in this site's `localStorage`, which survives a reload.

use js_sys::{Array, Function, Object, Promise, Reflect};
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// This site's key for the draft: one draft at a time, the file being edited.
const DRAFT_KEY: &str = "pegasus-timeline:brouillon";

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Keeps `text` as the draft; false when the browser refuses (storage full or off).
pub fn keep_draft(text: &str) -> bool {
    storage().is_some_and(|storage| storage.set_item(DRAFT_KEY, text).is_ok())
}

pub fn forget_draft() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(DRAFT_KEY);
    }
}

pub fn kept_draft() -> Option<String> {
    storage()?
        .get_item(DRAFT_KEY)
        .ok()
        .flatten()
        .filter(|text| !text.is_empty())
}

/// Offers `text` as a file named `name` to download.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    let blob = gloo::file::Blob::new_with_options(text, Some("application/json"));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "a".to_owned())?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The address must outlive the click, which starts the download asynchronously.
    leptos::prelude::set_timeout(move || drop(url), std::time::Duration::from_secs(60));
    Ok(())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

async fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function = method(target, name).ok_or_else(|| JsValue::from_str(name))?;
    let returned = function.apply(target, &args.iter().collect::<Array>())?;
    match returned.dyn_into::<Promise>() {
        Ok(promise) => JsFuture::from(promise).await,
        Err(value) => Ok(value),
    }
}

/// Whether this browser can write back into a file it opened (Chromium's
/// `showOpenFilePicker`; Firefox and Safari have none).
pub fn can_write_back() -> bool {
    method(&window(), "showOpenFilePicker").is_some()
}

/// Lets the editor choose a data file through the File System Access API: the file and
/// its handle, or `None` when the editor cancels.
pub async fn pick_file_with_handle() -> Option<(web_sys::File, JsValue)> {
    let accept = Object::new();
    let extensions = Array::of1(&JsValue::from_str(".json"));
    Reflect::set(&accept, &"application/json".into(), &extensions).ok()?;
    let kind = Object::new();
    Reflect::set(&kind, &"description".into(), &"timeline.json".into()).ok()?;
    Reflect::set(&kind, &"accept".into(), &accept).ok()?;
    let options = Object::new();
    Reflect::set(&options, &"types".into(), &Array::of1(&kind)).ok()?;
    let handles = call(&window(), "showOpenFilePicker", &[options.into()])
        .await
        .ok()?;
    let handle = Array::from(&handles).get(0);
    let file = call(&handle, "getFile", &[]).await.ok()?;
    Some((file.dyn_into().ok()?, handle))
}

/// Writes `text` into the file behind `handle` (the browser asks the editor's leave).
pub async fn write_back(handle: &JsValue, text: &str) -> Result<(), String> {
    let failed = |error: JsValue| {
        Reflect::get(&error, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| "File System Access".to_owned())
    };
    let writable = call(handle, "createWritable", &[]).await.map_err(failed)?;
    call(&writable, "write", &[JsValue::from_str(text)])
        .await
        .map_err(failed)?;
    call(&writable, "close", &[]).await.map_err(failed)?;
    Ok(())
}
