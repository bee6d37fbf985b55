//! One chart on the page: a `<figure>` with its caption and summary, the
//! chart on a canvas (crisp at any devicePixelRatio, redrawn on resize and
//! colour-scheme change, drawn only once scrolled near), a readout of the
//! exact value under the pointer, finger or arrow keys, a 图表 / 表格 switch
//! showing the same figures as an HTML table, the source, and CSV / PNG /
//! SVG downloads.
//!
//! Layout and drawing are in `crate::charts`. The figure's inside is built
//! with plain DOM calls from one description and driven by three delegated
//! listeners, not by a reactive view per element: that keeps the charts
//! within the page's bundle budget (each `view!` element and reactive
//! attribute is its own code in the wasm).

use std::cell::RefCell;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlCanvasElement, HtmlElement, KeyboardEvent, MouseEvent, PointerEvent};

use super::download;
use crate::charts::{AnyChart, Chart, HitBox, Theme, escape, hit_test, render_svg};

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";
/// Width for downloads when the chart has not been laid out (e.g. table view).
const EXPORT_WIDTH: f64 = 640.0;
/// Device pixels per CSS pixel of a downloaded PNG.
const PNG_SCALE: f64 = 2.0;

fn prefers_dark() -> bool {
    window()
        .match_media(DARK_QUERY)
        .ok()
        .flatten()
        .is_some_and(|q| q.matches())
}

/// Backing-store width in device px for a CSS width, and the CSS width it stands for.
fn device_width(css_width: f64, dpr: f64) -> (u32, f64) {
    let device = (css_width * dpr).floor().max(1.0);
    (device as u32, device / dpr)
}

/// Draws `chart` at `css_width` onto `canvas` with `scale` device px per CSS px.
fn paint(
    canvas: &HtmlCanvasElement,
    chart: &AnyChart,
    css_width: f64,
    scale: f64,
    dark: bool,
) -> Option<Vec<HitBox>> {
    let (device_w, css_width) = device_width(css_width, scale);
    canvas.set_width(device_w);
    canvas.set_height((chart.height(css_width) * scale).round().max(1.0) as u32);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    chart
        .draw(&backend.into_drawing_area(), &Theme::new(dark, scale))
        .ok()
}

/// The inside of a figure; `{…}` are filled in (escaped) by `build`.
const TEMPLATE: &str = concat!(
    r#"<figcaption class="chart-caption"><span class="chart-title">{title}</span>"#,
    r#"<span class="chart-summary">{summary}</span></figcaption>"#,
    r#"<div class="chart-tools">"#,
    r#"<div class="chart-switch" role="group" aria-label="显示方式">"#,
    r#"<button type="button" class="chart-button" data-view="chart" aria-pressed="true">图表</button>"#,
    r#"<button type="button" class="chart-button" data-view="table" aria-pressed="false">表格</button>"#,
    r#"</div><div class="chart-downloads" role="group" aria-label="下载">"#,
    r#"<span class="chart-downloads-label" aria-hidden="true">下载</span>"#,
    r#"<button type="button" class="chart-button" data-format="csv" aria-label="下载 CSV">CSV</button>"#,
    r#"<button type="button" class="chart-button" data-format="png" aria-label="下载 PNG">PNG</button>"#,
    r#"<button type="button" class="chart-button" data-format="svg" aria-label="下载 SVG">SVG</button>"#,
    r#"</div></div><div class="chart-view"><div class="chart-frame">"#,
    r#"<canvas class="chart-canvas" role="img" aria-label="{summary}" aria-describedby="{id}-hint" tabindex="0"></canvas>"#,
    r#"<div class="chart-mark" aria-hidden="true" hidden></div></div>"#,
    r#"<p class="chart-readout" role="status"></p>"#,
    r#"<p class="chart-hint" id="{id}-hint">点按或指向条形可查看准确数值；选中图表后可用方向键逐项查看。</p></div>"#,
    r#"<div class="chart-table-wrap" role="region" tabindex="0" aria-label="{title}（表格）" hidden>{table}</div>"#,
    r#"<p class="chart-source">{source}</p>"#,
);

/// The first element under `root` matching `selector`, as `T`.
fn find<T: JsCast>(root: &Element, selector: &str) -> Option<T> {
    root.query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// The figure's elements and browser-side state.
struct Live {
    chart: AnyChart,
    canvas: HtmlCanvasElement,
    frame: HtmlElement,
    mark: HtmlElement,
    readout: Element,
    chart_view: HtmlElement,
    table_view: HtmlElement,
    switch: [Element; 2],
    hits: Vec<HitBox>,
    active: Option<usize>,
    /// Device width of the last drawing (0: not drawn yet).
    drawn: u32,
    /// Set until the figure first comes near the viewport.
    intersect: Option<web_sys::IntersectionObserver>,
    resize: Option<web_sys::ResizeObserver>,
    scheme: Option<web_sys::MediaQueryList>,
    listeners: Vec<Listener>,
}

/// A listener: where it is attached (to remove it again), its event, its callback.
type Listener = (EventTargetRef, &'static str, Closure<dyn FnMut(JsValue)>);

/// Where a listener is attached, to remove it again.
enum EventTargetRef {
    Element(Element),
    Query(web_sys::MediaQueryList),
    None,
}

type Shared = Rc<RefCell<Live>>;

impl Live {
    /// CSS px per device px of the canvas as laid out.
    fn css_per_device(&self) -> Option<f64> {
        let css = f64::from(self.canvas.client_width());
        (css > 0.0 && self.canvas.width() > 0).then(|| css / f64::from(self.canvas.width()))
    }

    /// Shows the value of hit box `index` (or nothing) and outlines its row.
    fn select(&mut self, index: Option<usize>) {
        let index = index.filter(|i| *i < self.hits.len());
        self.active = index;
        let hit = index.map(|i| &self.hits[i]);
        self.readout.set_text_content(hit.map(|h| h.text.as_str()));
        self.mark.set_hidden(hit.is_none());
        if let (Some(h), Some(k)) = (hit, self.css_per_device()) {
            let style = HtmlElement::style(&self.mark);
            for (property, value) in [
                ("left", h.x),
                ("top", h.y),
                ("width", h.width),
                ("height", h.height),
            ] {
                let _ = style.set_property(property, &format!("{}px", f64::from(value) * k));
            }
        }
    }

    /// The hit box under a pointer event on the canvas.
    fn pick(&self, ev: &MouseEvent) -> Option<usize> {
        let k = self.css_per_device()?;
        let (x, y) = (f64::from(ev.offset_x()) / k, f64::from(ev.offset_y()) / k);
        hit_test(&self.hits, x, y)
    }

    /// Reserves the chart's height for the frame's width (before the first
    /// paint, so nothing shifts) and, once the figure has come near the
    /// viewport, draws; `force` redraws even at an unchanged width.
    fn update(&mut self, force: bool) {
        let css_width = self.frame.get_bounding_client_rect().width();
        if css_width < 1.0 {
            return; // hidden (table view): keep the last drawing
        }
        let dpr = window().device_pixel_ratio();
        let dpr = if dpr.is_finite() && dpr > 0.0 {
            dpr.min(4.0)
        } else {
            1.0
        };
        let (device_w, css_w) = device_width(css_width, dpr);
        let height = format!("{}px", self.chart.height(css_w));
        let _ = HtmlElement::style(&self.frame).set_property("height", &height);
        if self.intersect.is_some() || (!force && device_w == self.drawn) {
            return;
        }
        if let Some(hits) = paint(&self.canvas, &self.chart, css_w, dpr, prefers_dark()) {
            self.hits = hits;
            self.drawn = device_w;
            // For tests and styles: the canvas holds a drawing.
            let _ = self.canvas.set_attribute("data-drawn", "");
            self.select(None);
        }
    }

    fn show_table(&mut self, table: bool) {
        self.chart_view.set_hidden(table);
        self.table_view.set_hidden(!table);
        for (button, pressed) in self.switch.iter().zip([!table, table]) {
            let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        }
    }

    fn on_click(&mut self, ev: &MouseEvent) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if target == **self.canvas {
            let picked = self.pick(ev);
            self.select(picked);
        } else if let Some(button) = target.closest("[data-view]").ok().flatten() {
            self.show_table(button.get_attribute("data-view").as_deref() == Some("table"));
        } else if let Some(button) = target.closest("[data-format]").ok().flatten()
            && let Some(format) = button.get_attribute("data-format")
        {
            self.save(&format);
        }
    }

    fn on_key(&mut self, ev: &KeyboardEvent) {
        let count = self.hits.len();
        if count == 0 {
            return;
        }
        let current = self.active;
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => current.map_or(0, |i| (i + 1).min(count - 1)),
            "ArrowLeft" | "ArrowUp" => current.map_or(0, |i| i.saturating_sub(1)),
            "Home" => 0,
            "End" => count - 1,
            "Escape" => {
                self.select(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        self.select(Some(next));
    }

    /// Saves the chart as CSV, PNG or SVG, laid out at the current width.
    fn save(&self, format: &str) {
        let width = Some(f64::from(self.canvas.client_width()))
            .filter(|w| *w > 0.0)
            .unwrap_or(EXPORT_WIDTH)
            .round();
        let chart = &self.chart;
        let name = format!("{}-chart.{format}", chart.key());
        match format {
            "csv" => download::save_text(&name, "text/csv;charset=utf-8", &chart.table().to_csv()),
            "svg" => {
                let height = chart.height(width) as u32;
                let svg = render_svg(chart, width as u32, height, &Theme::light(1.0));
                download::save_text(&name, "image/svg+xml;charset=utf-8", &svg);
            }
            "png" => {
                let Ok(canvas) = document().create_element("canvas") else {
                    return;
                };
                let canvas: HtmlCanvasElement = canvas.unchecked_into();
                if paint(&canvas, chart, width, PNG_SCALE, false).is_some() {
                    download::save_canvas_png(&canvas, &name);
                }
            }
            _ => {}
        }
    }

    fn stop(&mut self) {
        if let Some(o) = self.resize.take() {
            o.disconnect();
        }
        if let Some(o) = self.intersect.take() {
            o.disconnect();
        }
        for (target, event, callback) in self.listeners.drain(..) {
            let f = callback.as_ref().unchecked_ref();
            let _ = match target {
                EventTargetRef::Element(e) => e.remove_event_listener_with_callback(event, f),
                EventTargetRef::Query(q) => q.remove_event_listener_with_callback(event, f),
                EventTargetRef::None => Ok(()),
            };
        }
    }
}

/// Builds the inside of `figure` for `chart` and connects it.
fn build(figure: &Element, chart: AnyChart) -> Option<Shared> {
    let title = chart.title();
    let html = TEMPLATE
        .replace("{title}", &escape(&title))
        .replace("{summary}", &escape(&chart.summary()))
        .replace("{id}", &escape(&figure.id()))
        .replace("{source}", &escape(&chart.source_line()))
        .replace("{table}", &chart.table().to_html(&title));
    figure.set_inner_html(&html);
    let live = Rc::new(RefCell::new(Live {
        canvas: find(figure, "canvas")?,
        frame: find(figure, ".chart-frame")?,
        mark: find(figure, ".chart-mark")?,
        readout: find(figure, ".chart-readout")?,
        chart_view: find(figure, ".chart-view")?,
        table_view: find(figure, ".chart-table-wrap")?,
        switch: [
            find(figure, "[data-view=chart]")?,
            find(figure, "[data-view=table]")?,
        ],
        chart,
        hits: Vec::new(),
        active: None,
        drawn: 0,
        intersect: None,
        resize: None,
        scheme: None,
        listeners: Vec::new(),
    }));
    connect(&live, figure);
    Some(live)
}

/// The listeners and observers that keep the figure interactive and drawn.
#[inline(never)]
fn connect(live: &Shared, figure: &Element) {
    let callback = |f: fn(&mut Live, JsValue)| {
        let live = Rc::clone(live);
        Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| f(&mut live.borrow_mut(), v))
    };
    let canvas: Element = live.borrow().canvas.clone().into();
    let mut listeners = Vec::new();
    let mut listen = |target: &Element, event: &'static str, f: fn(&mut Live, JsValue)| {
        let cb = callback(f);
        let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        listeners.push((EventTargetRef::Element(target.clone()), event, cb));
    };
    listen(figure, "click", |live, ev| {
        live.on_click(ev.unchecked_ref())
    });
    listen(&canvas, "keydown", |live, ev| {
        live.on_key(ev.unchecked_ref())
    });
    listen(&canvas, "pointermove", |live, ev| {
        let ev: &PointerEvent = ev.unchecked_ref();
        let picked = live.pick(ev);
        if ev.pointer_type() == "mouse" && picked.is_some() && picked != live.active {
            live.select(picked);
        }
    });

    let on_resize = callback(|live, _| live.update(false));
    let resize = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    if let Some(o) = &resize {
        o.observe(&live.borrow().frame);
    }
    listeners.push((EventTargetRef::None, "", on_resize));

    // Draw once the figure comes within 300 px of the viewport.
    let on_near = callback(|live, entries| {
        let near = js_sys::Array::from(&entries).iter().any(|e| {
            e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                .is_intersecting()
        });
        if let Some(o) = live.intersect.take_if(|_| near) {
            o.disconnect();
            live.update(true);
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("300px 0px");
    let intersect =
        web_sys::IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &options)
            .ok();
    if let Some(o) = &intersect {
        o.observe(&canvas);
    }
    listeners.push((EventTargetRef::None, "", on_near));

    let on_scheme = callback(|live, _| live.update(true));
    let scheme = window().match_media(DARK_QUERY).ok().flatten();
    if let Some(q) = &scheme {
        let _ = q.add_event_listener_with_callback("change", on_scheme.as_ref().unchecked_ref());
        listeners.push((EventTargetRef::Query(q.clone()), "change", on_scheme));
    }

    let mut state = live.borrow_mut();
    state.resize = resize;
    state.intersect = intersect;
    state.scheme = scheme;
    state.listeners = listeners;
    state.update(false);
}

/// A chart with its caption, summary, value readout, table view, source and downloads.
#[component]
pub fn ChartFigure(chart: AnyChart) -> impl IntoView {
    let id = format!("chart-{}", chart.key());
    let figure_ref = NodeRef::<html::Figure>::new();
    let live = StoredValue::new_local(None::<Shared>);
    on_cleanup(move || {
        live.with_value(|l| {
            if let Some(l) = l {
                l.borrow_mut().stop();
            }
        })
    });
    figure_ref.on_load(move |figure| live.set_value(build(&figure, chart)));
    view! { <figure class="chart-figure" id=id node_ref=figure_ref></figure> }
}
