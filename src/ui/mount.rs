//! The app module's start: brings the prerendered page's islands to life.
//!
//! The HTML already holds the whole report (rendered by `crate::view` at
//! build time). This mounts the case explorer (its controls, and its
//! articles taken over in place), follows the chapter navigation, wires
//! in-page links that filter the cases and the share buttons, and loads the
//! second module when a chart or a table comes near; that module mounts them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::url_sync::UrlFilter;
use crate::anchors::{APP_READY_ATTR, CASES_ID};
use crate::filter::CaseFilter;
use crate::islands::FILTERING_CLASS;

/// Called once, from `main`.
pub fn mount() {
    super::crash::install_panic_hook();
    let url = UrlFilter::from_location();
    super::case_explorer::mount(url, mark_ready);
    intercept_chapter_filter_links(url);
    super::share::start();
    super::lazy_charts::load_when_near();
    super::scroll_spy::start();
    let hash = location().hash().unwrap_or_default();
    if let Some(id) = hash.strip_prefix('#').filter(|id| !id.starts_with("case-")) {
        super::scroll::to_id(id);
    }
}

/// Once the explorer's controls are live: browser tests (and styles) can tell
/// the app has taken over; a link's filters are applied, so the case list
/// may show.
fn mark_ready() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute(APP_READY_ATTR, "ready");
        let _ = root.class_list().remove_1(FILTERING_CLASS);
    }
}

/// "在案例库中查看本章 N 个案例" links filter the explorer in place instead
/// of reloading the page (without the app they still work, by reloading).
fn intercept_chapter_filter_links(url: UrlFilter) {
    let handle = window_event_listener(leptos::ev::click, move |ev| {
        let Some(link) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("a[data-chapter-filter]").ok().flatten())
        else {
            return;
        };
        let chapter = link
            .get_attribute("data-chapter-filter")
            .and_then(|n| n.parse::<u8>().ok());
        if chapter.is_none() {
            return;
        }
        ev.prevent_default();
        let filter = CaseFilter {
            chapter,
            ..Default::default()
        };
        url.set(filter);
        super::scroll::to_id(CASES_ID);
    });
    // Listens for the page's lifetime.
    std::mem::forget(handle);
}
