//! A chart's drawing as a flat list of rectangles and texts in CSS pixels.
//!
//! Each chart lays itself out into a [`Scene`] for a given CSS width; the
//! scene's height is the height the page reserves, and [`paint`] draws the
//! same scene onto any plotters backend (canvas in the browser, SVG for
//! downloads and tests) at the theme's device-pixel scale. Layout never asks
//! the backend to measure text: [`text_width`] is a deliberately generous
//! estimate, so a label that fits here fits in any CJK font.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontFamily, FontStyle};

use super::theme::{FONT_STACK, Theme};

/// One drawing instruction, in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Rect {
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        color: RGBColor,
    },
    Text {
        x: f64,
        y: f64,
        text: String,
        size: f64,
        bold: bool,
        color: RGBColor,
        align: Align,
    },
}

/// Horizontal anchor of a text; texts are always centred vertically on `y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A region that shows `text` when tapped, hovered or reached by the keyboard.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    pub text: String,
    /// The vertical extent of what the region belongs to (a metric's school
    /// and province bars together), outlined when it is selected.
    pub group: (f64, f64),
}

/// A laid-out chart: what to draw and where the readable values are.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub ops: Vec<Op>,
    pub hits: Vec<Hit>,
}

impl Scene {
    pub fn new(width: f64) -> Scene {
        Scene {
            width,
            ..Scene::default()
        }
    }

    pub fn rect(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, color: RGBColor) {
        if x1 > x0 && y1 > y0 {
            self.ops.push(Op::Rect {
                x0,
                y0,
                x1,
                y1,
                color,
            });
        }
    }

    /// A text; `y` is the vertical centre of its line.
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        x: f64,
        y: f64,
        text: impl Into<String>,
        size: f64,
        bold: bool,
        color: RGBColor,
        align: Align,
    ) {
        self.ops.push(Op::Text {
            x,
            y,
            text: text.into(),
            size,
            bold,
            color,
            align,
        });
    }

    /// Draws `other` (and takes its hit regions) with its top-left corner at
    /// (`dx`, `dy`), scaled by `factor`.
    pub fn place(&mut self, other: &Scene, dx: f64, dy: f64, factor: f64) {
        let at = |x: f64, y: f64| (dx + x * factor, dy + y * factor);
        for op in &other.ops {
            self.ops.push(match op.clone() {
                Op::Rect {
                    x0,
                    y0,
                    x1,
                    y1,
                    color,
                } => {
                    let ((x0, y0), (x1, y1)) = (at(x0, y0), at(x1, y1));
                    Op::Rect {
                        x0,
                        y0,
                        x1,
                        y1,
                        color,
                    }
                }
                Op::Text {
                    x,
                    y,
                    text,
                    size,
                    bold,
                    color,
                    align,
                } => {
                    let (x, y) = at(x, y);
                    Op::Text {
                        x,
                        y,
                        text,
                        size: size * factor,
                        bold,
                        color,
                        align,
                    }
                }
            });
        }
        for hit in &other.hits {
            let ((x0, y0), (x1, y1)) = (at(hit.x0, hit.y0), at(hit.x1, hit.y1));
            let group = (at(0.0, hit.group.0).1, at(0.0, hit.group.1).1);
            self.hits.push(Hit {
                x0,
                y0,
                x1,
                y1,
                text: hit.text.clone(),
                group,
            });
        }
    }

    /// `text` wrapped to `max_width` from (`x`, `y`) down, one line under
    /// another; returns the `y` below the last line.
    #[allow(clippy::too_many_arguments)]
    pub fn lines(
        &mut self,
        x: f64,
        y: f64,
        text: &str,
        size: f64,
        bold: bool,
        color: RGBColor,
        max_width: f64,
    ) -> f64 {
        let mut y = y;
        for line in wrap(text, size, bold, max_width) {
            let lh = line_height(size);
            self.text(x, y + lh / 2.0, line, size, bold, color, Align::Left);
            y += lh;
        }
        y
    }

    /// A region that is its own group.
    pub fn hit(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, text: impl Into<String>) {
        self.hits.push(Hit {
            x0,
            y0,
            x1,
            y1,
            text: text.into(),
            group: (y0, y1),
        });
    }
}

/// A hit region in drawing (device) pixels, with the exact value it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HitBox {
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
    /// The figures as printed, e.g. "毕业去向落实率 · 本校 97.84%".
    pub text: String,
    /// Top and height of the region's group (see [`Hit::group`]).
    pub group_y: i32,
    pub group_height: i32,
}

impl HitBox {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= f64::from(self.x)
            && x < f64::from(self.x + self.width)
            && y >= f64::from(self.y)
            && y < f64::from(self.y + self.height)
    }
}

/// Index of the hit box under (`x`, `y`) in drawing pixels, if any.
pub fn hit_test(boxes: &[HitBox], x: f64, y: f64) -> Option<usize> {
    boxes.iter().position(|b| b.contains(x, y))
}

/// Estimated advance of `c` in ems, never below what common CJK fonts use.
fn char_em(c: char) -> f64 {
    match c {
        '0'..='9' => 0.6,
        '.' | ',' | ':' | ';' | '!' | '|' | 'i' | 'l' | 'j' | '\'' => 0.34,
        ' ' => 0.34,
        '%' => 0.92,
        'm' | 'w' | 'M' | 'W' | '@' => 0.95,
        'A'..='Z' => 0.72,
        'a'..='z' => 0.62,
        '(' | ')' | '[' | ']' | '/' | '-' | '+' => 0.42,
        c if c.is_ascii() => 0.66,
        _ => 1.0,
    }
}

/// Estimated width of `text` in CSS px at `size` px.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let ems: f64 = text.chars().map(char_em).sum();
    ems * size * if bold { 1.06 } else { 1.0 }
}

/// Line height used for a text line of `size` px.
pub fn line_height(size: f64) -> f64 {
    (size * 1.45).ceil()
}

/// Breaks `text` into lines no wider than `max_width`, at any character
/// (Chinese allows it) but not inside a run of ASCII letters and digits.
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
    // Units that must stay together: ASCII word/number runs, or single characters.
    let mut units: Vec<String> = Vec::new();
    for c in text.chars() {
        let joins = c.is_ascii_alphanumeric() || c == '.' || c == '%';
        match units.last_mut() {
            Some(last)
                if joins
                    && last
                        .chars()
                        .last()
                        .is_some_and(|p| p.is_ascii_alphanumeric() || p == '.') =>
            {
                last.push(c)
            }
            _ => units.push(c.to_string()),
        }
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for unit in units {
        let candidate = format!("{line}{unit}");
        if !line.is_empty() && text_width(&candidate, size, bold) > max_width {
            lines.push(line.trim_end().to_string());
            line = unit.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` cut to fit `max_width`, ending in "…" when cut.
pub fn truncate(text: &str, size: f64, bold: bool, max_width: f64) -> String {
    if text_width(text, size, bold) <= max_width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        let candidate = format!("{out}{c}…");
        if text_width(&candidate, size, bold) > max_width {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// Draws `scene` (laid out in CSS px) onto `area` at `theme.scale` device px
/// per CSS px, and returns the hit boxes in device px.
pub fn paint<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scene: &Scene,
    theme: &Theme,
) -> Result<Vec<HitBox>, DrawingAreaErrorKind<DB::ErrorType>> {
    let s = theme.scale;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (
        i32::try_from(w).unwrap_or(i32::MAX),
        i32::try_from(h).unwrap_or(i32::MAX),
    );
    let px = |v: f64, max: i32| ((v * s).round() as i32).clamp(0, max);
    area.fill(&theme.palette.background)?;
    for op in &scene.ops {
        match op {
            Op::Rect {
                x0,
                y0,
                x1,
                y1,
                color,
            } => {
                let (a, b) = (px(*x0, w), px(*y0, h));
                // A non-empty rectangle keeps at least one device pixel.
                let c = px(*x1, w).max((a + 1).min(w));
                let d = px(*y1, h).max((b + 1).min(h));
                area.draw(&Rectangle::new([(a, b), (c, d)], color.filled()))?;
            }
            Op::Text {
                x,
                y,
                text,
                size,
                bold,
                color,
                align,
            } => {
                let hpos = match align {
                    Align::Left => HPos::Left,
                    Align::Center => HPos::Center,
                    Align::Right => HPos::Right,
                };
                let style = if *bold {
                    FontStyle::Bold
                } else {
                    FontStyle::Normal
                };
                let font = FontDesc::new(
                    FontFamily::Name(FONT_STACK),
                    size * s * theme.text_factor,
                    style,
                );
                let text_style = TextStyle::from(font)
                    .color(color)
                    .pos(Pos::new(hpos, VPos::Center));
                area.draw(&Text::new(
                    text.as_str(),
                    (px(*x, w), px(*y, h)),
                    text_style,
                ))?;
            }
        }
    }
    Ok(scene
        .hits
        .iter()
        .map(|hit| {
            let (x, y) = (px(hit.x0, w), px(hit.y0, h));
            let group_y = px(hit.group.0, h);
            HitBox {
                x,
                y,
                width: px(hit.x1, w) - x,
                height: px(hit.y1, h) - y,
                text: hit.text.clone(),
                group_y,
                group_height: px(hit.group.1, h) - group_y,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_one_em_per_character() {
        assert_eq!(text_width("国家级", 10.0, false), 30.0);
        assert!(text_width("97.84%", 10.0, false) < text_width("国家级国家", 10.0, false));
    }

    #[test]
    fn wraps_without_splitting_numbers() {
        let lines = wrap("毕业生对学校的总体满意度 91.45", 14.0, false, 100.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("91.45")), "{lines:?}");
        for line in &lines {
            assert!(text_width(line, 14.0, false) <= 100.0 || !line.contains(' '));
        }
        assert_eq!(
            lines.concat().replace(' ', ""),
            "毕业生对学校的总体满意度91.45"
        );
    }

    #[test]
    fn truncates_with_ellipsis() {
        let cut = truncate("飞机线路标准施工职业技能标准", 10.0, false, 50.0);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(text_width(&cut, 10.0, false) <= 50.0);
        assert_eq!(truncate("短", 10.0, false, 50.0), "短");
    }

    #[test]
    fn hit_test_finds_the_box_under_the_point() {
        let boxes = vec![
            HitBox {
                x: 0,
                y: 0,
                width: 10,
                height: 10,
                text: "a".into(),
                group_y: 0,
                group_height: 10,
            },
            HitBox {
                x: 0,
                y: 10,
                width: 10,
                height: 10,
                text: "b".into(),
                group_y: 10,
                group_height: 10,
            },
        ];
        assert_eq!(hit_test(&boxes, 5.0, 5.0), Some(0));
        assert_eq!(hit_test(&boxes, 5.0, 10.0), Some(1));
        assert_eq!(hit_test(&boxes, 5.0, 25.0), None);
        assert_eq!(hit_test(&boxes, 10.0, 5.0), None);
    }
}
