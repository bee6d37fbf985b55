//! The canvas a live chart is drawn on: laid over the figure's static image
//! at the same size, in the same layout (see `charts::Layout`), crisp at any
//! devicePixelRatio, redrawn on resize and colour-scheme change; a tap,
//! hover or arrow key reads out the exact value of a bar.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlCanvasElement, HtmlElement, KeyboardEvent, MouseEvent, PointerEvent};

use super::dom::find;
use crate::charts::{AnyChart, Chart, HitBox, Layout, Theme, hit_test};
use crate::view::chart_figure::ChartState;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

fn matches(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|q| q.matches())
}

/// A figure's canvas and what it shows.
struct Live {
    chart: AnyChart,
    state: ChartState,
    frame: HtmlElement,
    canvas: HtmlCanvasElement,
    mark: HtmlElement,
    readout: HtmlElement,
    hits: Vec<HitBox>,
    active: Option<usize>,
    /// What the canvas holds: device width, layout, dark.
    drawn: Option<(u32, Layout, bool)>,
}

type Shared = Rc<RefCell<Live>>;

impl Live {
    /// Device px per CSS px of the canvas as laid out.
    fn device_per_css(&self) -> Option<f64> {
        let css = f64::from(self.canvas.client_width());
        (css > 0.0 && self.canvas.width() > 0).then(|| f64::from(self.canvas.width()) / css)
    }

    /// Draws the layout the figure's image shows, scaled to the frame.
    fn draw(&mut self, force: bool) {
        let css_width = self.frame.get_bounding_client_rect().width();
        if css_width < 1.0 {
            return; // hidden (table view): keep the last drawing
        }
        let layout = if matches(Layout::WIDE_MEDIA) {
            Layout::Wide
        } else {
            Layout::Narrow
        };
        let dark = matches(DARK_QUERY);
        let dpr = window().device_pixel_ratio();
        let dpr = if dpr.is_finite() && dpr > 0.0 {
            dpr.min(4.0)
        } else {
            1.0
        };
        let device_w = (css_width * dpr).floor().max(1.0) as u32;
        if !force && self.drawn == Some((device_w, layout, dark)) {
            return;
        }
        // Device px per layout px: the image's scale times the pixel ratio.
        let scale = f64::from(device_w) / layout.width();
        let height = self.chart.height(layout.width());
        self.canvas.set_width(device_w);
        self.canvas
            .set_height((height * scale).round().max(1.0) as u32);
        let Some(backend) = CanvasBackend::with_canvas_object(self.canvas.clone()) else {
            return;
        };
        let theme = Theme::new(dark, scale);
        if let Ok(hits) = self.chart.draw(&backend.into_drawing_area(), &theme) {
            self.hits = hits;
            self.drawn = Some((device_w, layout, dark));
            self.canvas.set_hidden(false);
            // For tests and styles: the canvas holds a drawing.
            let _ = self.canvas.set_attribute("data-drawn", "");
            self.select(None);
        }
    }

    /// Shows the value of hit box `index` (or nothing) next to it, and
    /// outlines its group (a metric's school and province bars together).
    fn select(&mut self, index: Option<usize>) {
        let index = index.filter(|i| *i < self.hits.len());
        self.active = index;
        let hit = index.map(|i| &self.hits[i]);
        self.state
            .readout
            .set(hit.map(|h| h.text.clone()).unwrap_or_default());
        self.mark.set_hidden(hit.is_none());
        let (Some(h), Some(k)) = (hit, self.device_per_css()) else {
            return;
        };
        let css = |device: i32| format!("{}px", f64::from(device) / k);
        let style = self.mark.style();
        for (property, value) in [
            ("left", h.x),
            ("top", h.group_y),
            ("width", h.width),
            ("height", h.group_height),
        ] {
            let _ = style.set_property(property, &css(value));
        }
        // The value goes just below the group, or just above it when the
        // group is in the lower part of the chart: always where the finger is.
        let frame = f64::from(self.canvas.height());
        let below = f64::from(h.group_y + h.group_height) < frame * 0.6;
        let style = self.readout.style();
        if below {
            let _ = style.set_property("top", &css(h.group_y + h.group_height + 4));
            let _ = style.remove_property("bottom");
        } else {
            let bottom = frame as i32 - h.group_y + 4;
            let _ = style.set_property("bottom", &css(bottom));
            let _ = style.remove_property("top");
        }
    }

    /// The hit box under a pointer event on the canvas.
    fn pick(&self, ev: &MouseEvent) -> Option<usize> {
        let k = self.device_per_css()?;
        let (x, y) = (f64::from(ev.offset_x()) * k, f64::from(ev.offset_y()) * k);
        hit_test(&self.hits, x, y)
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
}

/// Connects the canvas of a mounted figure and draws it. The figure lives
/// as long as the page, and so do its listeners.
pub fn connect(figure: &Element, chart: AnyChart, state: ChartState) {
    let (Some(frame), Some(canvas), Some(mark), Some(readout)) = (
        find::<HtmlElement>(figure, ".chart-frame"),
        find::<HtmlCanvasElement>(figure, "canvas"),
        find::<HtmlElement>(figure, ".chart-mark"),
        find::<HtmlElement>(figure, ".chart-readout"),
    ) else {
        return;
    };
    let live: Shared = Rc::new(RefCell::new(Live {
        chart,
        state,
        frame: frame.clone(),
        canvas: canvas.clone(),
        mark,
        readout,
        hits: Vec::new(),
        active: None,
        drawn: None,
    }));
    let callback = |f: fn(&mut Live, JsValue)| {
        let live = Rc::clone(&live);
        Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| f(&mut live.borrow_mut(), v))
            .into_js_value()
    };
    let listen = |target: &web_sys::EventTarget, event: &str, f: fn(&mut Live, JsValue)| {
        let _ = target.add_event_listener_with_callback(event, callback(f).unchecked_ref());
    };
    listen(&canvas, "click", |live, ev| {
        let picked = live.pick(ev.unchecked_ref());
        live.select(picked);
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
    if let Ok(observer) =
        web_sys::ResizeObserver::new(callback(|live, _| live.draw(false)).unchecked_ref())
    {
        observer.observe(&frame);
    }
    for query in [DARK_QUERY, Layout::WIDE_MEDIA] {
        if let Ok(Some(list)) = window().match_media(query) {
            listen(&list, "change", |live, _| live.draw(true));
        }
    }
    live.borrow_mut().draw(true);
}
