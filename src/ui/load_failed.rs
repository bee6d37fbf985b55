//! The notice for a WebAssembly module that could not be loaded (prerendered
//! hidden; `src/build/loader.js` shows it when the app's own module fails and
//! wires its retry button).

use crate::anchors::LOAD_FAILED_ID;

pub fn show() {
    if let Some(notice) = leptos::prelude::document().get_element_by_id(LOAD_FAILED_ID) {
        let _ = notice.remove_attribute("hidden");
    }
}
