//! Mounting the app's islands into the prerendered page.
//!
//! The HTML already holds the whole report (see `crate::prerender`); the
//! WebAssembly brings to life only what needs it, each into its
//! `[data-island]` element. The app module mounts the case explorer (`#app`)
//! and the sortable tables, takes over the chapter navigation's "you are
//! here" marker and in-page links that change the case filter, and loads the
//! charts module when a chart comes near; that module mounts the charts.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::cases::CaseExplorer;
use super::data_table::DataTable;
use super::section_figures::{front_matter_figures, section_figures};
use super::url_sync::{Change, UrlFilter};
use crate::anchors::CASES_ID;
use crate::filter::CaseFilter;
use crate::prerender::{APP_ID, FALLBACK_ID};
use crate::report::report;

/// Mounts the app's islands, then wires navigation. Called once, from `main`.
pub fn mount() {
    super::crash::install_panic_hook();
    let url = UrlFilter::from_location();
    for island in islands() {
        mount_island(&island, url);
    }
    intercept_chapter_filter_links(url);
    super::lazy_charts::load_when_near();
    super::scroll_spy::start();
    let hash = location().hash().unwrap_or_default();
    if let Some(id) = hash.strip_prefix('#').filter(|id| !id.starts_with("case-")) {
        super::scroll::to_id(id);
    }
}

fn islands() -> Vec<HtmlElement> {
    let Ok(nodes) = document().query_selector_all("[data-island]") else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect()
}

fn mount_island(island: &HtmlElement, url: UrlFilter) {
    let data = |name: &str| island.get_attribute(name).unwrap_or_default();
    match data("data-island").as_str() {
        "cases" => {
            if let Some(fallback) = document().get_element_by_id(FALLBACK_ID) {
                fallback.remove();
            }
            leptos::mount::mount_to(island.clone(), move || {
                provide_context(url);
                view! { <CaseExplorer/> }
            })
            .forget();
            // Browser tests (and anyone curious) can tell the app has taken over.
            if island.id() == APP_ID {
                let _ = island.set_attribute("data-app", "ready");
            }
        }
        "table" => {
            let key = data("data-table");
            if let Some(table) = report().tables.iter().find(|t| t.key == key) {
                // One table per task, after the case explorer: short tasks keep
                // the page responsive while it starts. The static table stays
                // readable until the interactive one replaces it.
                let island = island.clone();
                set_timeout(
                    move || {
                        island.set_inner_html("");
                        leptos::mount::mount_to(island, move || view! { <DataTable table/> })
                            .forget();
                    },
                    std::time::Duration::ZERO,
                );
            }
        }
        _ => {}
    }
}

/// Mounts every chart island. Called once, from the `charts` module's `main`.
pub fn mount_charts() {
    super::crash::install_panic_hook();
    for island in islands() {
        if island.get_attribute("data-island").as_deref() != Some("charts") {
            continue;
        }
        let section = island.get_attribute("data-section").unwrap_or_default();
        leptos::mount::mount_to(island, move || {
            if section == "front" {
                front_matter_figures()
            } else {
                section_figures(&section)
            }
        })
        .forget();
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
