//! The structured numbers (graduate outcomes, cohort, funding) as the text prints them.

use crate::data::{data, paragraph_of};
use crate::source::normalised_sources;

#[test]
fn outcomes_are_the_printed_comparison_in_order() {
    let report = data();
    let outcomes = &report["outcomes"];
    assert_eq!(outcomes["section"], "1.3");
    assert_eq!(outcomes["cohort"], "2022届毕业生（毕业一年后）");
    assert_eq!(outcomes["source"], "浙江省教育考试院");
    assert_eq!(outcomes["benchmark"], "全省高职平均值");
    let expected: [(&str, &str, &str, &str, Option<&str>); 6] = [
        ("placement", "毕业去向落实率", "%", "97.84", Some("96.92")),
        ("entrepreneurship", "创业率", "%", "8.29", Some("6.55")),
        (
            "satisfaction",
            "毕业生对学校的总体满意度",
            "%",
            "91.45",
            None,
        ),
        ("relevance", "专业相关度", "%", "86.41", Some("83.80")),
        ("salary", "工资水平", "元", "6830.89", Some("6214.79")),
        (
            "employer_satisfaction",
            "用人单位对毕业生的满意度",
            "%",
            "98.63",
            Some("98.45"),
        ),
    ];
    let metrics = outcomes["metrics"].as_array().unwrap();
    assert_eq!(metrics.len(), expected.len());
    let text = paragraph_of(&report, "1.3");
    let sources = normalised_sources();
    for (i, (m, (key, label, unit, school, province))) in metrics.iter().zip(expected).enumerate() {
        assert_eq!(m["key"], key, "metrics[{i}]");
        assert_eq!(m["label"], label, "metrics[{i}]");
        assert_eq!(m["unit"], unit, "metrics[{i}]");
        assert_eq!(m["school"], school, "metrics[{i}]");
        assert_eq!(m["province"].as_str(), province, "metrics[{i}]");
        let short = m["short_label"].as_str().unwrap();
        assert!(
            sources[0].contains(short),
            "short label {short} not printed"
        );
        // In the text: label, then the school's value, then the province's
        // value in brackets, before the next metric begins.
        let start = text.find(label).expect("label printed in 1.3");
        let end = expected.get(i + 1).map_or(text.len(), |next| {
            start + text[start..].find(next.1).unwrap()
        });
        let clause = &text[start..end];
        assert!(
            clause.contains(&format!("为{school}{unit}")),
            "{label}: {clause}"
        );
        match province {
            Some(p) => assert!(clause.contains(&format!("全省高职平均值（{p}{unit}）"))),
            None => assert!(!clause.contains("平均值"), "{label}: {clause}"),
        }
    }
    assert_eq!(metrics[4]["stated_difference"], "616");
    assert!(text.contains("（6214.79元）616元"));
}

#[test]
fn cohort_and_funding_are_the_printed_figures() {
    let report = data();
    let c = &report["cohort"];
    assert_eq!(
        (
            c["section"].as_str(),
            c["label"].as_str(),
            c["as_of"].as_str(),
            c["graduates"].as_u64(),
            c["placed"].as_u64(),
            c["placement_rate"].as_str(),
            c["retention"]["label"].as_str(),
            c["retention"]["percent"].as_str(),
        ),
        (
            Some("1.3"),
            Some("2023届毕业生"),
            Some("2023年8月31日"),
            Some(4362),
            Some(4324),
            Some("99.13"),
            Some("留嘉率"),
            Some("57.51"),
        )
    );
    let text = paragraph_of(&report, "1.3");
    assert!(text.contains("截至2023年8月31日，4362名2023届毕业生中有4324名落实了毕业去向"));
    assert!(text.contains("去向落实率达到了99.13%，留嘉率达到了57.51%"));

    let f = &report["funding"];
    assert_eq!(f["section"], "6.4");
    assert_eq!(f["period"], "2022年度");
    assert_eq!(f["total_income"], "52636.06");
    assert_eq!(f["unit"], "万元");
    let text = paragraph_of(&report, "6.4");
    assert!(text.contains("2022年度，学校办学经费总收入为52636.06万元"));
    let sources: Vec<(&str, &str)> = f["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["label"].as_str().unwrap(), s["percent"].as_str().unwrap()))
        .collect();
    assert_eq!(
        sources,
        [
            ("财政拨款收入", "68.53"),
            ("事业收入", "24.71"),
            ("其他收入", "6.76")
        ]
    );
    for (label, percent) in sources {
        assert!(text.contains(&format!("{label}占比{percent}%")));
    }
}
