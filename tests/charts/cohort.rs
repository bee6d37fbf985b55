//! The graduating cohort: its rate, counts and retention, printed and drawn
//! from one zero.

use std::slice;

use quality_report::charts::{Chart, charts_for_section};

use crate::fixture::{chart, fixture};
use crate::scene::{bar_for, scenes};
use crate::svg::{renderings, texts};

#[test]
fn cohort_states_rate_counts_and_retention() {
    let cohort = chart(charts_for_section(&fixture(), "1.3"), "cohort");
    for (name, _, svg) in renderings(slice::from_ref(&cohort)) {
        let all = texts(&svg).join("\n");
        for figure in ["99.13%", "57.51%", "4324 / 4362", "留嘉率", "去向落实率"] {
            assert!(all.contains(figure), "{name}: {figure} missing");
        }
    }
    for (name, theme, scene, _) in scenes(slice::from_ref(&cohort)) {
        let school = theme.palette.school;
        let placed = bar_for(&scene, "99.13%", school);
        let retained = bar_for(&scene, "57.51%", school);
        assert_eq!(placed.x0, retained.x0, "{name}");
        assert!(
            (placed.w() / retained.w() - 99.13 / 57.51).abs() < 1e-9,
            "{name}"
        );
    }
    assert!(cohort.summary().contains("4324"));
}
