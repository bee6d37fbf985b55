//! The charts module's start (a second WebAssembly binary, loaded when a
//! chart comes near, see `lazy_charts`): each chart figure, once it is near
//! the viewport, gets the live `ChartFigure` and its canvas.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, IntersectionObserver, IntersectionObserverEntry};

use super::{chart_canvas, dom};
use crate::charts::{AnyChart, Chart, all_charts};
use crate::islands::Island;
use crate::report::report;
use crate::view::chart_figure::{ChartFigure, ChartState};

/// Called once, from the charts module's `main`.
pub fn mount_charts() {
    super::crash::install_panic_hook();
    let charts = all_charts(report());
    for (figure, key) in dom::islands(Island::Chart) {
        if let Some(chart) = charts.iter().find(|c| c.key() == key) {
            let chart = chart.clone();
            when_near(&figure, move |figure| mount(figure, chart));
        }
    }
}

/// Replaces the prerendered figure's inside with the live component (the
/// same markup) and lays the canvas over its image, in one task: the next
/// paint already shows the drawing.
fn mount(figure: HtmlElement, chart: AnyChart) {
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
