//! Saving generated files (a filtered table's CSV) from the browser: a Blob, an
//! object URL, a temporary `<a download>` clicked once, the URL revoked.

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Offers `text` as a download named `filename` (strings are stored as UTF-8).
pub fn save_text(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    save_blob(filename, &blob);
}

/// Offers `blob` as a download named `filename`, then releases its URL.
pub fn save_blob(filename: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let document = leptos::prelude::document();
    if let Ok(anchor) = document.create_element("a") {
        let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.set_hidden(true);
        // Some browsers only follow a link that is in the document.
        let body = document.body();
        if let Some(body) = &body {
            let _ = body.append_child(&anchor);
        }
        anchor.click();
        anchor.remove();
    }
    // Revoke after the browser has started reading the blob.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
}
