//! The SVG files themselves (what a reader downloads): only rectangles and
//! texts, readable font sizes, the chart's title, every figure of its table
//! written out, and everything scaled for high-density screens.

use quality_report::charts::Chart;

use crate::fixture::{WIDTHS, all_charts, fixture, reports};
use crate::svg::{draw, renderings, texts};

#[test]
fn every_svg_is_rects_and_readable_texts_under_its_title() {
    for report in reports() {
        let charts = all_charts(&report);
        let rendered = renderings(&charts);
        for (chart, group) in charts.iter().zip(rendered.chunks(WIDTHS.len() * 2)) {
            for (name, _, svg) in group {
                assert!(svg.width > 0.0 && svg.height > 0.0, "{name}: empty");
                assert!(svg.others.is_empty(), "{name}: unexpected {:?}", svg.others);
                assert_eq!(svg.title, Some(chart.title()), "{name}");
                for t in &svg.texts {
                    assert!(!t.text.is_empty(), "{name}: empty text");
                    assert!(t.size >= 11.9, "{name}: {t:?} is too small to read");
                }
            }
        }
    }
}

#[test]
fn every_figure_of_every_table_is_drawn_as_printed() {
    // Whatever the chart's table says, the drawing says too (the table's
    // first column names the row; the figures are in the others).
    for report in reports() {
        let charts = all_charts(&report);
        let rendered = renderings(&charts);
        for (chart, group) in charts.iter().zip(rendered.chunks(WIDTHS.len() * 2)) {
            for (name, _, svg) in group {
                let all = texts(svg).join("\n");
                for row in chart.table().rows {
                    for cell in row.iter().skip(1) {
                        // The figure before its unit or note: "97.84%", "＋616.10 元".
                        let figure = cell.split([' ', '，', '（', '%']).next().unwrap_or("");
                        let figure = figure.trim_start_matches(['＋', '－']);
                        if quality_report::decimal::Decimal::parse(figure).is_some() {
                            assert!(all.contains(figure), "{name}: {figure} not drawn");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn device_pixels_scale_everything() {
    for chart in all_charts(&fixture()) {
        let (one, _) = draw(&chart, 320, 1.0);
        let (three, _) = draw(&chart, 320, 3.0);
        assert_eq!(one.rects.len(), three.rects.len(), "{}", chart.key());
        assert_eq!(texts(&one), texts(&three), "{}", chart.key());
        assert!((three.height - 3.0 * one.height).abs() <= 3.0);
        for (a, b) in one.texts.iter().zip(&three.texts) {
            assert!((b.size - 3.0 * a.size).abs() < 0.01, "{}", chart.key());
            assert!((b.x - 3.0 * a.x).abs() <= 3.0 && (b.y - 3.0 * a.y).abs() <= 3.0);
            assert_eq!(a.anchor, b.anchor, "{}", chart.key());
        }
        for (a, b) in one.rects.iter().zip(&three.rects) {
            assert!(
                (b.w - 3.0 * a.w).abs() <= 4.0,
                "{}: {a:?} {b:?}",
                chart.key()
            );
            // Position and height scale too; colours do not change.
            assert!(
                (b.x - 3.0 * a.x).abs() <= 3.0
                    && (b.y - 3.0 * a.y).abs() <= 3.0
                    && (b.h - 3.0 * a.h).abs() <= 4.0,
                "{}: {a:?} {b:?}",
                chart.key()
            );
            assert_eq!(a.fill, b.fill, "{}", chart.key());
        }
    }
}
