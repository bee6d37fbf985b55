//! Small DOM lookups the islands share.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::islands::{Island, KEY_ATTR};

/// Every element of island kind `kind`, in document order, with its key.
pub fn islands(kind: Island) -> Vec<(HtmlElement, String)> {
    all(&document().into(), &kind.selector())
        .into_iter()
        .filter_map(|e| e.dyn_into::<HtmlElement>().ok())
        .map(|e| {
            let key = e.get_attribute(KEY_ATTR).unwrap_or_default();
            (e, key)
        })
        .collect()
}

/// Every element under `root` matching `selector`.
pub fn all(root: &web_sys::Node, selector: &str) -> Vec<Element> {
    let list = match root.dyn_ref::<Element>() {
        Some(e) => e.query_selector_all(selector),
        None => root
            .unchecked_ref::<web_sys::Document>()
            .query_selector_all(selector),
    };
    let Ok(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The first element under `root` matching `selector`, as `T`.
pub fn find<T: JsCast>(root: &Element, selector: &str) -> Option<T> {
    root.query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Removes an element's children, so a component can be mounted in their place.
pub fn clear(element: &Element) {
    element.set_text_content(None);
}
