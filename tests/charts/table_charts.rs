//! The charts the tables declare: `grouped` (rows per value of a column, or
//! the exact sum of another, with merges) and `ranked` (one bar per row,
//! largest first, the first `top`). Expected figures are worked out by hand
//! from the fixture's rows (tests/charts/fixture.rs).

use std::slice;

use quality_report::charts::{AnyChart, Chart, charts_for_section, front_matter_charts};
use serde_json::json;

use crate::fixture::{chart, fixture, fixture_with};
use crate::scene::{rects_of, scenes};
use crate::svg::{renderings, texts};

fn rows(chart: &AnyChart) -> Vec<Vec<String>> {
    chart.table().rows
}

fn owned(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

/// The widths of the chart's bars, per view (name, widths).
fn bar_widths(chart: &AnyChart) -> Vec<(String, Vec<f64>)> {
    scenes(slice::from_ref(chart))
        .into_iter()
        .map(|(name, theme, scene, _)| {
            let bars = rects_of(&scene, theme.palette.school);
            (name, bars.iter().map(|r| r.w()).collect())
        })
        .collect()
}

/// Every text the chart draws, at every width and theme, contains each of `wanted`.
fn drawn(chart: &AnyChart, wanted: &[&str]) {
    for (name, _, svg) in renderings(slice::from_ref(chart)) {
        let all = texts(&svg).join("\n");
        for s in wanted {
            assert!(all.contains(s), "{name}: {s} missing");
        }
    }
}

#[test]
fn grouped_sums_a_column_per_level_and_counts_merged_values_in_their_group() {
    // 国家级: rows 1, 2, 5 → 1 + 2 + 2; 省部级: rows 10, 16, 21 and the
    // merged row 13 → 1 + 8 + 147 + 1.
    let honours = chart(front_matter_charts(&fixture()), "honours");
    assert_eq!(
        rows(&honours),
        owned(&[&["省部级", "4", "157"], &["国家级", "3", "5"]])
    );
    assert_eq!(
        honours.table().header,
        ["备注", "项数", "数量合计"].map(String::from)
    );
    assert!(
        honours.title().starts_with("荣誉表："),
        "{}",
        honours.title()
    );
    let source = honours.source_line();
    assert!(
        source.contains("“省教育科学规划领导小组”一项计入“省部级”"),
        "{source}"
    );
    assert!(source.contains("“数量”"), "{source}");
    let summary = honours.summary();
    assert!(summary.contains("共 7 项"), "{summary}");
    assert!(summary.contains("数量合计 162"), "{summary}");
    drawn(&honours, &["省部级（4 项）", "国家级（3 项）", "157", "5"]);
    for (name, _, svg) in renderings(slice::from_ref(&honours)) {
        assert!(
            !texts(&svg).iter().any(|t| t.contains("领导小组")),
            "{name}: a merged value is no group of its own"
        );
    }
    // The bars are the sums (157 against 5), not the row counts (4 against 3).
    for (name, widths) in bar_widths(&honours) {
        assert_eq!(widths.len(), 2, "{name}");
        assert!(widths[0] > 20.0 * widths[1], "{name}: {widths:?}");
    }
}

#[test]
fn grouped_without_a_sum_counts_rows_and_keeps_ties_in_order_of_appearance() {
    let report = fixture_with(|v| {
        v["tables"][0]["chart"] = json!({"kind": "grouped", "by": "备注"});
    });
    let honours = chart(front_matter_charts(&report), "honours");
    // 国家级 and 省部级 both have 3 rows: 国家级 is printed first.
    assert_eq!(
        rows(&honours),
        owned(&[
            &["国家级", "3"],
            &["省部级", "3"],
            &["省教育科学规划领导小组", "1"]
        ])
    );
    assert!(!honours.source_line().contains("计入"));
    drawn(&honours, &["3 项", "1 项", "省教育科学规划领导小组"]);
}

#[test]
fn grouped_sums_are_exact_decimals_with_the_unit_of_the_column() {
    // Three contracts under one leader: 25.6 + 19.03 + 17.25 = 61.88, which
    // floating point would make 61.879999….
    let report = fixture_with(|v| {
        let table = &mut v["tables"][1];
        for r in [0, 2, 4] {
            table["rows"][r][2] = json!("同一负责人");
        }
        table["chart"] = json!({"kind": "grouped", "by": "项目负责人", "sum": "合同金额(万元)"});
    });
    let chart = chart(charts_for_section(&report, "2.2"), "t-2-2-1");
    assert_eq!(rows(&chart)[0], ["同一负责人", "3", "61.88"]);
    assert_eq!(rows(&chart)[1], ["史永杰", "1", "40"]);
    drawn(&chart, &["61.88 万元", "40 万元", "万元"]);
}

#[test]
fn grouped_clubs_sum_members_by_category() {
    // 文化活动类 29 + 30 + 100, 体育活动类 38 + 39; 思想政治类 and 创新创业类
    // tie at 20 and keep the table's order.
    let clubs = chart(charts_for_section(&fixture(), "3.3"), "t-3-3-1");
    assert_eq!(
        rows(&clubs),
        owned(&[
            &["文化活动类", "3", "159"],
            &["体育活动类", "2", "77"],
            &["思想政治类", "1", "20"],
            &["创新创业类", "1", "20"],
        ])
    );
    drawn(&clubs, &["文化活动类", "159", "77", "20", "创新创业类"]);
}

#[test]
fn ranked_bars_are_sorted_keep_printed_amounts_and_cut_long_labels() {
    let contracts = chart(charts_for_section(&fixture(), "2.2"), "t-2-2-1");
    let amounts: Vec<String> = rows(&contracts).iter().map(|r| r[1].clone()).collect();
    assert_eq!(amounts, ["40", "25.6", "19.03", "17.25", "15", "11"]);
    assert_eq!(
        contracts.table().header,
        ["项目名称", "合同金额(万元)"].map(String::from)
    );
    assert!(
        contracts.title().contains("合同金额"),
        "{}",
        contracts.title()
    );
    assert!(
        contracts
            .summary()
            .contains("“飞机线路标准施工职业技能标准”40 万元")
    );
    drawn(
        &contracts,
        &["40 万元", "25.6 万元", "19.03 万元", "17.25 万元", "万元"],
    );
    for (name, _, svg) in renderings(slice::from_ref(&contracts)) {
        // Labels: whole, or cut with an ellipsis — never silently clipped.
        for row in rows(&contracts) {
            let label = &row[0];
            let shown = svg.texts.iter().any(|t| {
                t.text == *label
                    || t.text
                        .strip_suffix('…')
                        .is_some_and(|cut| cut.chars().count() >= 4 && label.starts_with(cut))
            });
            assert!(shown, "{name}: {label}");
        }
    }
    for (name, widths) in bar_widths(&contracts) {
        assert_eq!(widths.len(), 6, "{name}");
        assert!(
            widths.windows(2).all(|w| w[0] >= w[1]),
            "{name}: {widths:?}"
        );
    }
}

#[test]
fn ranked_top_keeps_the_largest_and_says_so() {
    let report = fixture_with(|v| {
        v["tables"][1]["chart"]["top"] = json!(3);
    });
    let contracts = chart(charts_for_section(&report, "2.2"), "t-2-2-1");
    let amounts: Vec<String> = rows(&contracts).iter().map(|r| r[1].clone()).collect();
    assert_eq!(amounts, ["40", "25.6", "19.03"]);
    assert!(
        contracts.title().contains("最高的 3 项"),
        "{}",
        contracts.title()
    );
    assert!(contracts.source_line().contains("取前 3 项"));
    assert!(contracts.summary().contains("列出 6 项"));
}

#[test]
fn long_lists_get_thinner_bars() {
    // Twenty rows ranked: each bar is thinner than the six-row chart's.
    let bar_height = |report: &quality_report::model::Report| {
        let chart = chart(charts_for_section(report, "2.2"), "t-2-2-1");
        let (_, theme, scene, _) = scenes(slice::from_ref(&chart)).remove(0);
        rects_of(&scene, theme.palette.school)[0].h()
    };
    let long = fixture_with(|v| {
        let table = &mut v["tables"][1]["rows"];
        let first = table[0].clone();
        for i in 0..14 {
            let mut row = first.clone();
            row[0] = json!(100 + i);
            row[4] = json!(i + 1);
            table.as_array_mut().unwrap().push(row);
        }
    });
    assert!(bar_height(&long) < bar_height(&fixture()));
}

#[test]
fn a_table_without_a_declaration_gets_no_chart() {
    let report = fixture_with(|v| {
        v["tables"][2].as_object_mut().unwrap().remove("chart");
    });
    assert!(charts_for_section(&report, "3.3").is_empty());
    assert_eq!(charts_for_section(&fixture(), "3.3").len(), 1);
}
