//! Colours, fonts and scale for the charts, in a light and a dark palette.
//!
//! Colours come from the Okabe–Ito set, which readers with the common forms
//! of colour blindness can tell apart: the school is always blue, the
//! provincial average always orange/vermillion (and also outlined, labelled
//! and placed second, so colour is never the only cue). Every text colour has
//! at least 4.5:1 contrast against the background and every graphic colour
//! at least 3:1 (WCAG 2.x); the unit tests check this. `style/charts.css`
//! repeats the backgrounds so the page and the canvas match.

use plotters::style::RGBColor;

/// System CJK font stack: the browser measures and renders with it on canvas.
pub const FONT_STACK: &str =
    "\"PingFang SC\",\"Hiragino Sans GB\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif";

const WHITE: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
const BLACK: RGBColor = RGBColor(0, 0, 0);

/// The colours of one colour scheme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    /// Labels and values.
    pub text: RGBColor,
    /// Secondary text (tick labels, notes).
    pub muted: RGBColor,
    /// Axis lines, ticks and the zero baseline.
    pub axis: RGBColor,
    /// The school's bars, in every chart.
    pub school: RGBColor,
    /// Outline of the provincial-average bars.
    pub province: RGBColor,
    /// Fill inside the provincial-average outline (a light tint: the outline carries the contrast).
    pub province_fill: RGBColor,
    /// Segments of a part-to-whole bar; the first is the school's colour.
    pub parts: [RGBColor; 3],
    /// Text on each segment (black or white, whichever reads better: see `text_on`).
    pub on_parts: [RGBColor; 3],
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: RGBColor(0xFF, 0xFF, 0xFF),
        text: RGBColor(0x1F, 0x1F, 0x1F),
        muted: RGBColor(0x59, 0x59, 0x59),
        axis: RGBColor(0x6B, 0x6B, 0x6B),
        school: RGBColor(0x00, 0x72, 0xB2),
        province: RGBColor(0xD5, 0x5E, 0x00),
        province_fill: RGBColor(0xF7, 0xD7, 0xBF),
        parts: [
            RGBColor(0x00, 0x72, 0xB2),
            RGBColor(0x00, 0x9E, 0x73),
            RGBColor(0xD5, 0x5E, 0x00),
        ],
        on_parts: [WHITE, BLACK, BLACK],
    };

    pub const DARK: Palette = Palette {
        background: RGBColor(0x12, 0x12, 0x12),
        text: RGBColor(0xED, 0xED, 0xED),
        muted: RGBColor(0xB3, 0xB3, 0xB3),
        axis: RGBColor(0x8F, 0x8F, 0x8F),
        school: RGBColor(0x56, 0xB4, 0xE9),
        province: RGBColor(0xE6, 0x9F, 0x00),
        province_fill: RGBColor(0x4A, 0x37, 0x0F),
        parts: [
            RGBColor(0x56, 0xB4, 0xE9),
            RGBColor(0x00, 0x9E, 0x73),
            RGBColor(0xE6, 0x9F, 0x00),
        ],
        on_parts: [BLACK, BLACK, BLACK],
    };
}

/// How to draw: palette, device pixels per CSS pixel, and a text-size correction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub dark: bool,
    pub palette: Palette,
    /// Device pixels per CSS pixel (`devicePixelRatio`); fonts, strokes and margins scale by it.
    pub scale: f64,
    /// Multiplies font sizes handed to the backend. 1 for canvas; plotters' SVG
    /// backend writes `font-size` as size ÷ 1.24, so `render_svg` uses 1.24.
    pub text_factor: f64,
}

impl Theme {
    pub fn light(scale: f64) -> Theme {
        Theme::new(false, scale)
    }

    pub fn dark(scale: f64) -> Theme {
        Theme::new(true, scale)
    }

    pub fn new(dark: bool, scale: f64) -> Theme {
        Theme {
            dark,
            palette: if dark { Palette::DARK } else { Palette::LIGHT },
            scale: if scale.is_finite() && scale > 0.0 {
                scale
            } else {
                1.0
            },
            text_factor: 1.0,
        }
    }

    /// The same theme with the SVG backend's font-size correction.
    pub fn for_svg(self) -> Theme {
        Theme {
            text_factor: 1.24,
            ..self
        }
    }
}

/// WCAG relative luminance of an sRGB colour.
pub fn luminance(c: RGBColor) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// WCAG contrast ratio, from 1 to 21.
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Black or white, whichever reads better on `fill` (always ≥ 4.58:1).
/// The palettes hold the result (`on_parts`) so the browser needs no `powf`.
pub fn text_on(fill: RGBColor) -> RGBColor {
    if contrast(WHITE, fill) >= contrast(BLACK, fill) {
        WHITE
    } else {
        BLACK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both() -> [Palette; 2] {
        [Palette::LIGHT, Palette::DARK]
    }

    #[test]
    fn known_contrast_values() {
        let white = RGBColor(255, 255, 255);
        let black = RGBColor(0, 0, 0);
        assert!((contrast(white, black) - 21.0).abs() < 1e-9);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1 grey.
        assert!((contrast(RGBColor(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn text_meets_4_5_to_1() {
        for p in both() {
            for (name, c) in [("text", p.text), ("muted", p.muted)] {
                let ratio = contrast(c, p.background);
                assert!(ratio >= 4.5, "{name} {ratio:.2}");
            }
        }
    }

    #[test]
    fn graphics_meet_3_to_1() {
        for p in both() {
            let mut graphics = vec![p.axis, p.school, p.province];
            graphics.extend(p.parts);
            for c in graphics {
                let ratio = contrast(c, p.background);
                assert!(ratio >= 3.0, "{c:?} {ratio:.2}");
            }
        }
    }

    #[test]
    fn labels_inside_segments_are_readable() {
        for p in both() {
            for (fill, text) in p.parts.iter().zip(p.on_parts) {
                assert_eq!(text, text_on(*fill), "{fill:?}");
                assert!(contrast(text, *fill) >= 4.5, "{fill:?}");
            }
        }
    }

    #[test]
    fn school_is_the_first_part_colour() {
        for p in both() {
            assert_eq!(p.parts[0], p.school);
            assert_ne!(p.school, p.province);
        }
    }

    #[test]
    fn scale_must_be_positive() {
        assert_eq!(Theme::light(0.0).scale, 1.0);
        assert_eq!(Theme::dark(f64::NAN).scale, 1.0);
        assert_eq!(Theme::dark(3.0).scale, 3.0);
        assert_eq!(Theme::light(1.0).for_svg().text_factor, 1.24);
    }
}
