//! The charts of the report's tables: honours by level, contracts by amount,
//! clubs by category, each with its figures as printed.

use std::slice;

use quality_report::charts::{Chart, charts_for_section, front_matter_charts};

use crate::fixture::{chart, fixture};
use crate::scene::{rects_of, scenes};
use crate::svg::{renderings, texts};

#[test]
fn honours_are_counted_by_level_as_printed() {
    let honours = chart(front_matter_charts(&fixture()), "honours");
    assert_eq!(
        honours.table().rows,
        vec![
            vec!["国家级", "3", "5"],
            vec!["省部级", "3", "156"],
            vec!["省教育科学规划领导小组", "1", "1"],
        ]
        .into_iter()
        .map(|r| r.into_iter().map(String::from).collect::<Vec<_>>())
        .collect::<Vec<_>>()
    );
    for (name, _, svg) in renderings(slice::from_ref(&honours)) {
        let all = texts(&svg).join("\n");
        for s in [
            "国家级",
            "省部级",
            "省教育科学规划领导小组",
            "3 项",
            "1 项",
            "156",
        ] {
            assert!(all.contains(s), "{name}: {s} missing");
        }
    }
}

#[test]
fn contracts_are_sorted_and_keep_printed_amounts() {
    let contracts = chart(charts_for_section(&fixture(), "2.2"), "t-2-2-1");
    let amounts: Vec<String> = contracts
        .table()
        .rows
        .iter()
        .map(|r| r[2].clone())
        .collect();
    assert_eq!(amounts, ["40", "25.6", "19.03", "17.25", "15", "11"]);
    for (name, _, svg) in renderings(slice::from_ref(&contracts)) {
        let all = texts(&svg).join("\n");
        for s in ["40 万元", "25.6 万元", "19.03 万元", "17.25 万元", "万元"] {
            assert!(all.contains(s), "{name}: {s} missing");
        }
        // Labels: whole, or cut with an ellipsis — never silently clipped.
        for row in contracts.table().rows {
            let label = format!("{}. {}", row[0], row[1]);
            let shown = svg.texts.iter().any(|t| {
                t.text == label
                    || t.text
                        .strip_suffix('…')
                        .is_some_and(|cut| cut.chars().count() >= 4 && label.starts_with(cut))
            });
            assert!(shown, "{name}: {label}");
        }
    }
    for (name, theme, scene, _) in scenes(slice::from_ref(&contracts)) {
        // Horizontal bars, longest first.
        let widths: Vec<f64> = rects_of(&scene, theme.palette.school)
            .iter()
            .map(|r| r.w())
            .collect();
        assert_eq!(widths.len(), 6, "{name}");
        assert!(
            widths.windows(2).all(|w| w[0] >= w[1]),
            "{name}: {widths:?}"
        );
    }
}

#[test]
fn clubs_sum_members_by_category() {
    let clubs = chart(charts_for_section(&fixture(), "3.3"), "t-3-3-1");
    assert_eq!(
        clubs.table().rows,
        vec![
            vec!["文化活动类", "3", "159"],
            vec!["体育活动类", "2", "77"],
            vec!["思想政治类", "1", "20"],
            vec!["创新创业类", "1", "20"],
        ]
        .into_iter()
        .map(|r| r.into_iter().map(String::from).collect::<Vec<_>>())
        .collect::<Vec<_>>()
    );
    for (name, _, svg) in renderings(slice::from_ref(&clubs)) {
        let all = texts(&svg).join("\n");
        for s in ["文化活动类", "159 人", "77 人", "20 人", "创新创业类"] {
            assert!(all.contains(s), "{name}: {s} missing");
        }
    }
}
