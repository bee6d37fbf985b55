//! The second module's start (a second WebAssembly binary, `src/bin/charts.rs`,
//! loaded when a chart or a table comes near, see `lazy_charts`): each chart
//! figure and each table, once it is near the viewport, is mounted live —
//! the charts with their canvas, the tables sortable and filterable. The
//! first view does not download this code, nor the tables' and charts' data.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, IntersectionObserver, IntersectionObserverEntry};

use super::{chart_canvas, dom};
use crate::charts::{AnyChart, Chart, all_charts};
use crate::islands::Island;
use crate::model::Table;
use crate::report::full_report;
use crate::view::chart_figure::{ChartFigure, ChartState};
use crate::view::data_table::{DataTable, csv_name};

/// Called once, from the second module's `main`.
pub fn mount_deferred() {
    super::crash::install_panic_hook();
    let charts = all_charts(full_report());
    for (figure, key) in dom::islands(Island::Chart) {
        if let Some(chart) = charts.iter().find(|c| c.key() == key) {
            let chart = chart.clone();
            when_near(&figure, move |figure| mount_chart(figure, chart));
        }
    }
    for (island, key) in dom::islands(Island::Table) {
        if let Some(table) = full_report().tables.iter().find(|t| t.key == key) {
            when_near(&island, move |island| mount_table(island, table));
        }
    }
}

/// Replaces the prerendered figure's inside with the live component (the
/// same markup) and lays the canvas over its image, in one task: the next
/// paint already shows the drawing.
fn mount_chart(figure: HtmlElement, chart: AnyChart) {
    let state = ChartState::new();
    dom::clear(&figure);
    let live = chart.clone();
    leptos::mount::mount_to(
        figure.clone(),
        move || view! { <ChartFigure chart=live state/> },
    )
    .forget();
    chart_canvas::connect(&figure, chart, state);
}

/// Replaces the prerendered table with the live one (the same markup); its
/// CSV download then saves the rows in view.
fn mount_table(island: HtmlElement, table: &'static Table) {
    dom::clear(&island);
    // For tests and styles: the table is live.
    let _ = island.set_attribute("data-live", "");
    let name = csv_name(&table.key);
    let save_csv = Callback::new(move |csv: String| {
        super::download::save_text(&name, "text/csv;charset=utf-8", &csv)
    });
    leptos::mount::mount_to(island, move || view! { <DataTable table save_csv/> }).forget();
}

/// Runs `f` once `element` comes within 300 px of the viewport.
fn when_near(element: &HtmlElement, f: impl FnOnce(HtmlElement) + 'static) {
    let target = element.clone();
    let mut f = Some(f);
    let on_near = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            let near = entries.iter().any(|e| {
                e.unchecked_into::<IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near && let Some(f) = f.take() {
                observer.disconnect();
                f(target.clone());
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("300px 0px");
    if let Ok(observer) =
        IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &options)
    {
        observer.observe(element);
    }
    on_near.forget();
}
