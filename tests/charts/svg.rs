//! The charts as SVG files, and a small parser for what plotters writes:
//! rectangles and texts with their attributes, and the `<title>`.
//!
//! Tests read the SVG only where the file itself is the subject (texts and
//! font sizes in it, its elements, its title, device-pixel scaling); the
//! drawing's geometry is checked on the scene (see `scene.rs`).

use plotters::prelude::*;
use quality_report::charts::{AnyChart, Chart, Theme, render_svg};

use crate::fixture::views;

#[derive(Debug, Clone)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub fill: String,
}

#[derive(Debug, Clone)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub anchor: String,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Svg {
    pub width: f64,
    pub height: f64,
    pub rects: Vec<Rect>,
    pub texts: Vec<Label>,
    pub others: Vec<String>,
    /// The text of the `<title>` element, if any.
    pub title: Option<String>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

fn num(tag: &str, name: &str) -> f64 {
    attr(tag, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no numeric {name} in {tag}"))
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

pub fn parse(svg: &str) -> Svg {
    let mut out = Svg::default();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').expect("tag closes") + open;
        let tag = &rest[open..=close];
        let name: String = tag[1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/' || *c == '?')
            .collect();
        match name.as_str() {
            "svg" => {
                out.width = num(tag, "width");
                out.height = num(tag, "height");
            }
            "rect" => out.rects.push(Rect {
                x: num(tag, "x"),
                y: num(tag, "y"),
                w: num(tag, "width"),
                h: num(tag, "height"),
                fill: attr(tag, "fill").unwrap_or_default(),
            }),
            "text" => {
                let end = rest[close..].find("</text>").expect("text closes") + close;
                out.texts.push(Label {
                    x: num(tag, "x"),
                    y: num(tag, "y"),
                    size: num(tag, "font-size"),
                    anchor: attr(tag, "text-anchor").unwrap_or_default(),
                    text: unescape(rest[close + 1..end].trim()),
                });
            }
            "title" => {
                let end = rest[close..].find("</title>").expect("title closes") + close;
                out.title = Some(unescape(rest[close + 1..end].trim()));
            }
            "/svg" | "/text" | "/title" => {}
            other => out.others.push(other.to_string()),
        }
        rest = &rest[close + 1..];
    }
    out
}

pub fn texts(svg: &Svg) -> Vec<&str> {
    svg.texts.iter().map(|t| t.text.as_str()).collect()
}

/// Every chart in every required view, as SVG: (name, theme, svg). Set
/// CHARTS_SVG_DIR to write every rendered SVG there for a look.
pub fn renderings(charts: &[AnyChart]) -> Vec<(String, Theme, Svg)> {
    let dir = std::env::var("CHARTS_SVG_DIR").ok();
    let mut out = Vec::new();
    for chart in charts {
        for (name, width, theme) in views(chart) {
            let height = chart.height(f64::from(width));
            let svg = render_svg(chart, width, height as u32, &theme);
            if let Some(dir) = &dir {
                std::fs::write(format!("{dir}/{name}.svg"), &svg).expect("writable dir");
            }
            out.push((name, theme, parse(&svg)));
        }
    }
    out
}

/// Draws `chart` to SVG at `width` CSS px and `scale` device px per CSS px,
/// returning the SVG and the hit boxes (in device px).
pub fn draw(
    chart: &AnyChart,
    width: u32,
    scale: f64,
) -> (Svg, Vec<quality_report::charts::HitBox>) {
    let height = chart.height(f64::from(width));
    let size = (
        (f64::from(width) * scale) as u32,
        (height * scale).round() as u32,
    );
    let theme = Theme::light(scale).for_svg();
    let mut svg = String::new();
    let hits = {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let hits = chart.draw(&area, &theme).expect("draws");
        area.present().expect("presents");
        hits
    };
    (parse(&svg), hits)
}
