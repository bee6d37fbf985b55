//! The graduate outcomes: every figure and difference as printed, no invented
//! provincial value, bars from a common zero and in proportion.

use std::slice;

use quality_report::charts::Chart;

use crate::fixture::outcomes;
use crate::scene::{bar_for, labels, rects, rects_of, scenes};
use crate::svg::{renderings, texts};

#[test]
fn outcomes_show_every_figure_label_and_difference() {
    let expected = [
        "97.84%",
        "96.92%",
        "8.29%",
        "6.55%",
        "91.45%",
        "86.41%",
        "83.80%",
        "6830.89 元",
        "6214.79 元",
        "98.63%",
        "98.45%",
        "全省均值未公布",
        "高出全省 0.92 个百分点",
        "高出全省 1.74 个百分点",
        "高出全省 2.61 个百分点",
        "高出全省 616.10 元",
        "高出全省 0.18 个百分点",
    ];
    let labels = [
        ("毕业去向落实率", "去向落实率"),
        ("创业率", "创业率"),
        ("毕业生对学校的总体满意度", "总体满意度"),
        ("专业相关度", "专业相关度"),
        ("工资水平", "工资水平"),
        ("用人单位对毕业生的满意度", "用人单位满意度"),
    ];
    for (name, _, svg) in renderings(&[outcomes()]) {
        let all = texts(&svg);
        for figure in expected {
            assert!(all.contains(&figure), "{name}: {figure} missing in {all:?}");
        }
        for (label, short) in labels {
            assert!(
                all.contains(&label) || all.contains(&short),
                "{name}: {label} missing"
            );
        }
        assert_eq!(all.iter().filter(|t| **t == "本校").count(), 6, "{name}");
    }
}

#[test]
fn overall_satisfaction_has_no_provincial_value() {
    let chart = outcomes();
    for (name, theme, scene, _) in scenes(slice::from_ref(&chart)) {
        // One outlined provincial bar per metric that has a provincial value: five, not six.
        let bars = rects_of(&scene, theme.palette.province).len();
        assert_eq!(bars, 5, "{name}");
        // Every percentage drawn is a printed figure or a scale mark.
        let printed = [
            "97.84%", "96.92%", "8.29%", "6.55%", "91.45%", "86.41%", "83.80%", "98.63%", "98.45%",
            "100%",
        ];
        let texts = labels(&scene);
        for t in texts.iter().filter(|t| t.text.ends_with('%')) {
            assert!(
                printed.contains(&t.text.as_str()),
                "{name}: {} is not a printed figure",
                t.text
            );
        }
        // The satisfaction group, from its label to the next: the school's
        // value, the two series names and the statement; no other figure.
        let label_y = |text: &str| {
            texts
                .iter()
                .find(|t| t.text == text)
                .map(|t| t.y)
                .unwrap_or_else(|| panic!("{name}: no {text}"))
        };
        let (from, to) = (label_y("毕业生对学校的总体满意度"), label_y("专业相关度"));
        let mut group: Vec<&str> = texts
            .iter()
            .filter(|t| t.y > from && t.y < to)
            .map(|t| t.text.as_str())
            .collect();
        group.sort();
        assert_eq!(
            group,
            ["91.45%", "全省", "全省均值未公布", "本校"],
            "{name}"
        );
    }
    let table = chart.table();
    let row = table
        .rows
        .iter()
        .find(|r| r[0] == "毕业生对学校的总体满意度")
        .expect("row");
    assert_eq!(table.header, ["指标", "本校", "全省", "差值"]);
    assert_eq!(row[1], "91.45%");
    assert_eq!(row[2], "未公布");
    assert_eq!(row[3], "—");
    assert!(!chart.summary().contains("91.45%，高出"));
    assert!(chart.summary().contains("91.45%，全省均值未公布"));
}

#[test]
fn bars_start_at_zero_and_are_proportional() {
    for (name, theme, scene, _) in scenes(&[outcomes()]) {
        let (school, province) = (theme.palette.school, theme.palette.province);
        let employer = bar_for(&scene, "98.63%", school);
        let employer_province = bar_for(&scene, "98.45%", province);
        let placement = bar_for(&scene, "97.84%", school);
        let entrepreneurship = bar_for(&scene, "8.29%", school);
        // One zero baseline for every percent bar.
        for bar in [employer_province, placement, entrepreneurship] {
            assert_eq!(bar.x0, employer.x0, "{name}: bars start at different x");
        }
        // Lengths proportional to the values from zero (the scene is exact:
        // no pixel rounding to allow for).
        let scale = employer.w() / 98.63;
        for (bar, value) in [
            (employer_province, 98.45),
            (placement, 97.84),
            (entrepreneurship, 8.29),
        ] {
            assert!(
                (bar.w() - value * scale).abs() <= 1e-6,
                "{name}: bar of {value} is {} px, expected {}",
                bar.w(),
                value * scale
            );
        }
        // The scale runs to 100 %: a full bar would end where the axis ends.
        let axis = rects(&scene)
            .into_iter()
            .filter(|r| r.h() <= 1.0 && r.w() > 50.0 && r.y0 > employer.y0)
            .min_by(|a, b| a.y0.total_cmp(&b.y0))
            .expect("axis line");
        let full = axis.x1 - employer.x0;
        assert!(
            (employer.w() - 0.9863 * full).abs() <= 1e-6,
            "{name}: {} of {full}",
            employer.w()
        );
        // The salary has its own scale, also from zero.
        let salary = bar_for(&scene, "6830.89 元", school);
        let salary_province = bar_for(&scene, "6214.79 元", province);
        assert_eq!(salary.x0, salary_province.x0);
        let ratio = salary.w() / salary_province.w();
        assert!(
            (ratio - 6830.89 / 6214.79).abs() < 1e-9,
            "{name}: salary ratio {ratio}"
        );
    }
}
