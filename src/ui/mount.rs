//! The app module's start: brings the prerendered page's islands to life.
//!
//! The HTML already holds the whole report (rendered by `crate::view` at
//! build time). This mounts the case explorer (its controls, and its
//! articles taken over in place) and the sortable tables, follows the
//! chapter navigation, wires in-page links that filter the cases, and loads
//! the charts module when a chart comes near; that module mounts the charts.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::url_sync::UrlFilter;
use crate::anchors::{APP_READY_ATTR, CASES_ID};
use crate::filter::CaseFilter;
use crate::islands::Island;
use crate::report::report;
use crate::url_state::Change;
use crate::view::data_table::{DataTable, csv_name};

/// Called once, from `main`.
pub fn mount() {
    super::crash::install_panic_hook();
    let url = UrlFilter::from_location();
    super::case_explorer::mount(url);
    mount_tables();
    intercept_chapter_filter_links(url);
    super::lazy_charts::load_when_near();
    super::scroll_spy::start();
    let hash = location().hash().unwrap_or_default();
    if let Some(id) = hash.strip_prefix('#').filter(|id| !id.starts_with("case-")) {
        super::scroll::to_id(id);
    }
    // Browser tests (and styles) can tell the app has taken over.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute(APP_READY_ATTR, "ready");
    }
}

/// Each table is replaced by the live one, one per task after the case
/// explorer: short tasks keep the page responsive while it starts. The
/// prerendered table stays readable until then.
fn mount_tables() {
    for (island, key) in super::dom::islands(Island::Table) {
        let Some(table) = report().tables.iter().find(|t| t.key == key) else {
            continue;
        };
        set_timeout(
            move || {
                super::dom::clear(&island);
                let name = csv_name(&table.key);
                let save_csv = Callback::new(move |csv: String| {
                    super::download::save_text(&name, "text/csv;charset=utf-8", &csv)
                });
                leptos::mount::mount_to(island, move || view! { <DataTable table save_csv/> })
                    .forget();
            },
            std::time::Duration::ZERO,
        );
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
        url.set(filter, Change::Step);
        super::scroll::to_id(CASES_ID);
    });
    // Listens for the page's lifetime.
    std::mem::forget(handle);
}
