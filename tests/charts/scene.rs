//! The charts' drawings as display lists (`Chart::scene`): rectangles, texts
//! and hit regions in CSS pixels, exactly as laid out, before any backend
//! rounds or clips them. Geometry tests (bars from a common zero, nothing
//! outside the picture, no overlapping labels, hit regions) read these.

use plotters::style::RGBColor;
use quality_report::charts::scene::{Align, Hit, Op};
use quality_report::charts::{AnyChart, Chart, Scene, Theme};

use crate::fixture::views;

/// A rectangle of the scene.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    pub color: RGBColor,
}

impl Rect {
    pub fn w(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn h(&self) -> f64 {
        self.y1 - self.y0
    }

    pub fn centre(&self) -> (f64, f64) {
        ((self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0)
    }
}

/// A text of the scene; `y` is the vertical centre of its line.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub align: Align,
    pub text: String,
}

pub fn rects(scene: &Scene) -> Vec<Rect> {
    scene
        .ops
        .iter()
        .filter_map(|op| match *op {
            Op::Rect {
                x0,
                y0,
                x1,
                y1,
                color,
            } => Some(Rect {
                x0,
                y0,
                x1,
                y1,
                color,
            }),
            Op::Text { .. } => None,
        })
        .collect()
}

pub fn labels(scene: &Scene) -> Vec<Label> {
    scene
        .ops
        .iter()
        .filter_map(|op| match op {
            Op::Text {
                x,
                y,
                text,
                size,
                align,
                ..
            } => Some(Label {
                x: *x,
                y: *y,
                size: *size,
                align: *align,
                text: text.clone(),
            }),
            Op::Rect { .. } => None,
        })
        .collect()
}

/// Rectangles of one colour, in drawing order.
pub fn rects_of(scene: &Scene, color: RGBColor) -> Vec<Rect> {
    rects(scene)
        .into_iter()
        .filter(|r| r.color == color)
        .collect()
}

/// Every chart in every required view, laid out: (name, theme, scene, and
/// the height of the picture the page reserves for it at that width).
pub fn scenes(charts: &[AnyChart]) -> Vec<(String, Theme, Scene, f64)> {
    let mut out = Vec::new();
    for chart in charts {
        for (name, width, theme) in views(chart) {
            let width = f64::from(width);
            let scene = chart.scene(width, &theme);
            out.push((name, theme, scene, chart.height(width)));
        }
    }
    out
}

/// A generous lower bound of a text's width: CJK one em, anything else half an em.
fn min_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
        .sum::<f64>()
        * size
}

/// The horizontal and vertical extent of a text (centred vertically on y).
pub fn extent(t: &Label) -> (f64, f64, f64, f64) {
    let w = min_width(&t.text, t.size);
    let x0 = match t.align {
        Align::Center => t.x - w / 2.0,
        Align::Right => t.x - w,
        Align::Left => t.x,
    };
    (x0, x0 + w, t.y - t.size * 0.45, t.y + t.size * 0.45)
}

/// The bar (of `color`) whose value text reads `value`: on the text's line,
/// ending before the text begins.
pub fn bar_for(scene: &Scene, value: &str, color: RGBColor) -> Rect {
    let t = labels(scene)
        .into_iter()
        .find(|t| t.text == value)
        .unwrap_or_else(|| panic!("no text {value}"));
    rects_of(scene, color)
        .into_iter()
        .find(|r| (r.centre().1 - t.y).abs() <= 1.0 && r.x1 <= t.x)
        .unwrap_or_else(|| panic!("no bar for {value}"))
}

/// The first hit region under (`x`, `y`) in CSS px, as `hit_test` picks.
pub fn hit_at(scene: &Scene, x: f64, y: f64) -> Option<&Hit> {
    scene
        .hits
        .iter()
        .find(|h| x >= h.x0 && x < h.x1 && y >= h.y0 && y < h.y1)
}
