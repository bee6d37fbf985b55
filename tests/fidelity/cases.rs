//! Cases: contiguous runs of the source that end where the next thing begins;
//! no paragraph held twice.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::data::{Leaf, data, leaves, strings};
use crate::source::{normalised_sources, strip_ws};

/// Everything that may legitimately follow a case in the source: the next
/// case's heading, a section or chapter heading, or a section paragraph.
pub fn what_may_follow_a_case(report: &Value, number: u64) -> Vec<String> {
    let mut out = vec![format!("案例{}：", number + 1)];
    for chapter in report["chapters"].as_array().unwrap() {
        out.push(format!(
            "{}{}",
            chapter["number"],
            chapter["title"].as_str().unwrap()
        ));
        for s in chapter["sections"].as_array().into_iter().flatten() {
            out.push(strip_ws(&format!(
                "{}{}",
                s["id"].as_str().unwrap(),
                s["title"].as_str().unwrap()
            )));
            for p in strings(&s["paragraphs"]) {
                out.push(strip_ws(p).chars().take(12).collect());
            }
        }
    }
    out
}

/// Cases that are not one contiguous run of the (caption-free) source, from
/// their heading to their last paragraph, followed by something else.
pub fn misbounded_cases(report: &Value, sources: &[String; 2]) -> Vec<String> {
    let mut out = Vec::new();
    let source = &sources[1];
    for (i, case) in report["cases"].as_array().unwrap().iter().enumerate() {
        let number = case["number"].as_u64().unwrap();
        let mut run = format!(
            "案例{number}：{}",
            strip_ws(case["title"].as_str().unwrap())
        );
        for p in strings(&case["paragraphs"]) {
            run.push_str(&strip_ws(p));
        }
        let Some(at) = source.find(&run) else {
            out.push(format!("cases[{i}]: not a contiguous run of the source"));
            continue;
        };
        let rest = &source[at + run.len()..];
        if !what_may_follow_a_case(report, number)
            .iter()
            .any(|next| rest.starts_with(next.as_str()))
        {
            let next: String = rest.chars().take(20).collect();
            out.push(format!("cases[{i}]: ends before {next}"));
        }
    }
    out
}

#[test]
fn cases_begin_and_end_where_the_report_does() {
    let problems = misbounded_cases(&data(), &normalised_sources());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_boundary_check_catches_a_truncated_case() {
    let sources = normalised_sources();
    // Case 18 without its closing paragraph ends too early.
    let mut report = data();
    report["cases"][17]["paragraphs"]
        .as_array_mut()
        .unwrap()
        .pop();
    assert_eq!(
        misbounded_cases(&report, &sources),
        ["cases[17]: ends before 近年来，嘉兴市平安建设取得了瞩目成绩，在"]
    );
}

/// Paragraphs held twice (in the foreword, sections, chapter 7 or cases).
pub fn repeated_paragraphs(report: &Value) -> Vec<String> {
    let mut all = Vec::new();
    leaves(report, "", &mut all);
    let mut holders: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, leaf) in all {
        let is_paragraph = path.starts_with("foreword")
            || path.contains("paragraphs[")
            || path.contains(".intro[")
            || path.contains(".outro[");
        if let (true, Leaf::Text(s)) = (is_paragraph, leaf) {
            holders.entry(strip_ws(s)).or_default().push(path);
        }
    }
    holders
        .into_values()
        .filter(|paths| paths.len() > 1)
        .map(|mut paths| {
            paths.sort();
            paths.join(" and ")
        })
        .collect()
}

#[test]
fn no_paragraph_is_held_twice() {
    let problems = repeated_paragraphs(&data());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_repeat_check_catches_a_case_that_swallows_a_section_paragraph() {
    let mut report = data();
    let stolen = report["chapters"][0]["sections"][9]["paragraphs"][2].clone();
    assert!(stolen.as_str().unwrap().starts_with("赋能续航"));
    report["cases"][12]["paragraphs"]
        .as_array_mut()
        .unwrap()
        .push(stolen);
    assert_eq!(
        repeated_paragraphs(&report),
        ["cases[12].paragraphs[1] and chapters[0].sections[9].paragraphs[2]"]
    );
}

#[test]
fn case_13_and_case_16_are_cut_and_joined_as_the_report_means() {
    let report = data();
    let case = |n: usize| strings(&report["cases"][n - 1]["paragraphs"]).concat();
    let case_13 = case(13);
    for foreign in ["赋能续航", "制度护航"] {
        assert!(!case_13.contains(foreign), "case 13 holds {foreign}");
    }
    let section_1_10 = strings(&report["chapters"][0]["sections"][9]["paragraphs"]).concat();
    assert!(section_1_10.contains("赋能续航") && section_1_10.contains("制度护航"));
    let case_16 = case(16);
    assert!(case_16.contains("依托专业助推产业，打造农产品“金名片”"));
    assert!(!case_16.contains("图"));
    assert!(case(18).contains("近年来，嘉兴市平安建设"));
    assert!(case(31).ends_with("评价改革案例获全国第二届高校教学督导工作案例一等奖。"));
    assert!(case(31).contains("通过课堂教学质量评价改革，促进了教学质量的持续提升。"));
}
