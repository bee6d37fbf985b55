//! A chart framed with what it needs to stand on its own once it leaves the
//! page: its title and one-line summary above, its source, the report and
//! school, and the page's address below. Used for the SVG and PNG downloads
//! and for the page's preview image (`og:image`).

use super::bars::{LABEL, PAD, SMALL, VALUE};
use super::{Chart, Scene, Theme};

/// Where a chart comes from, for a reader who gets only the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The report's title as printed (it names the school and the year).
    pub report: String,
    /// The page's public address, if the build knows it.
    pub address: Option<String>,
}

impl Origin {
    fn lines(&self) -> Vec<String> {
        let mut lines = vec![format!("出自《{}》互动版", self.report)];
        if let Some(address) = &self.address {
            lines.push(format!("网址：{address}"));
        }
        lines
    }
}

/// The chart at `width` CSS px with its title, summary, source and origin.
pub fn framed<C: Chart>(chart: &C, width: f64, theme: &Theme, origin: &Origin) -> Scene {
    let p = &theme.palette;
    let inner = width - 2.0 * PAD;
    let mut scene = Scene::new(width);
    let mut y = PAD;
    y = scene.lines(PAD, y, &chart.title(), LABEL + 2.0, true, p.text, inner);
    y = scene.lines(PAD, y, &chart.headline(), VALUE, false, p.muted, inner) + 6.0;
    let drawing = chart.scene(width, theme);
    scene.place(&drawing, 0.0, y, 1.0);
    y += drawing.height + 4.0;
    y = scene.lines(PAD, y, &chart.source_line(), SMALL, false, p.muted, inner);
    for line in origin.lines() {
        y = scene.lines(PAD, y, &line, SMALL, false, p.muted, inner);
    }
    scene.height = (y + PAD).ceil();
    scene
}

/// A social-media preview, `width` × `height` CSS px (1200 × 630 device px
/// at scale 2): title, summary and origin in a column on the left, the
/// chart as large as fits on the right.
pub fn preview<C: Chart>(
    chart: &C,
    width: f64,
    height: f64,
    theme: &Theme,
    origin: &Origin,
) -> Scene {
    let p = &theme.palette;
    let margin = 3.0 * PAD;
    let column = (width * 0.34).round();
    let mut scene = Scene::new(width);
    let mut y = margin;
    y = scene.lines(
        margin,
        y,
        &chart.title(),
        LABEL + 4.0,
        true,
        p.text,
        column - margin,
    );
    scene.lines(
        margin,
        y + 6.0,
        &chart.headline(),
        VALUE + 1.0,
        false,
        p.muted,
        column - margin,
    );
    let footer = origin.lines();
    let footer_height: f64 = footer
        .iter()
        .map(|l| {
            super::scene::wrap(l, SMALL, false, column - margin).len() as f64
                * super::scene::line_height(SMALL)
        })
        .sum();
    let mut y = height - margin - footer_height;
    for line in footer {
        y = scene.lines(margin, y, &line, SMALL, false, p.muted, column - margin);
    }
    let (left, room_w, room_h) = (
        column + margin,
        width - column - 2.0 * margin,
        height - 2.0 * margin,
    );
    let drawing = chart.scene(room_w, theme);
    let factor = (room_h / drawing.height).min(1.0);
    let dx = left + (room_w - room_w * factor) / 2.0;
    scene.place(&drawing, dx, margin, factor);
    scene.height = height;
    scene
}
