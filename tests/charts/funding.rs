//! Funding: one part-to-whole bar with its total, segments numbered.

use std::slice;

use quality_report::charts::charts_for_section;

use crate::fixture::{chart, fixture};
use crate::scene::{Rect, rects_of, scenes};
use crate::svg::{renderings, texts};

#[test]
fn funding_is_one_part_to_whole_bar_with_its_total() {
    let funding = chart(charts_for_section(&fixture(), "6.4"), "funding");
    for (name, _, svg) in renderings(slice::from_ref(&funding)) {
        let all = texts(&svg).join("\n");
        for figure in [
            "52636.06",
            "万元",
            "财政拨款收入 68.53%",
            "事业收入 24.71%",
            "其他收入 6.76%",
        ] {
            assert!(all.contains(figure), "{name}: {figure} missing in {all}");
        }
        // Segments are numbered, so colour is not the only key.
        for digit in ["1", "2", "3"] {
            assert!(
                texts(&svg).iter().filter(|t| **t == digit).count() >= 2,
                "{name}"
            );
        }
    }
    for (name, theme, scene, _) in scenes(slice::from_ref(&funding)) {
        // The three segments sit on one row, side by side, sized by share.
        let parts: Vec<Rect> = theme
            .palette
            .parts
            .iter()
            .map(|c| {
                // The bar is above the numbered legend's swatches.
                rects_of(&scene, *c)
                    .into_iter()
                    .min_by(|a, b| a.y0.total_cmp(&b.y0))
                    .expect("segment")
            })
            .collect();
        assert!(
            parts
                .iter()
                .all(|p| p.y0 == parts[0].y0 && p.h() == parts[0].h()),
            "{name}"
        );
        assert!(parts[0].x0 < parts[1].x0 && parts[1].x0 < parts[2].x0);
        // The segments and the two 2 px gaps between them.
        let total: f64 = parts.iter().map(|p| p.w()).sum::<f64>() + 4.0;
        for (part, share) in parts.iter().zip([68.53, 24.71, 6.76]) {
            assert!(
                (part.w() / total - share / 100.0).abs() < 0.012,
                "{name}: {} of {total} for {share}",
                part.w()
            );
        }
    }
}
