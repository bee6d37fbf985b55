//! Figure captions: each printed caption placed exactly once, in its own section.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::data::{data, strings};
use crate::source::{
    content_lines, is_caption_line, source_text, strip_ws, without_printed_spaces,
};

pub fn source_captions() -> Vec<String> {
    let source = source_text();
    content_lines(&source)
        .into_iter()
        .filter(|l| is_caption_line(l))
        .map(strip_ws)
        .collect()
}

pub fn json_captions(report: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (c, chapter) in report["chapters"].as_array().unwrap().iter().enumerate() {
        for (s, section) in chapter["sections"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            for (f, caption) in strings(&section["figures"]).into_iter().enumerate() {
                out.push((
                    format!("chapters[{c}].sections[{s}].figures[{f}]"),
                    caption.to_string(),
                ));
            }
        }
    }
    for (i, case) in report["cases"].as_array().unwrap().iter().enumerate() {
        for (f, caption) in strings(&case["figures"]).into_iter().enumerate() {
            out.push((format!("cases[{i}].figures[{f}]"), caption.to_string()));
        }
    }
    out
}

/// Captions printed in the source but placed zero or several times, and
/// placed captions that are not printed.
pub fn misplaced_captions(report: &Value, printed: &[String]) -> Vec<String> {
    let mut holders: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, caption) in json_captions(report) {
        holders.entry(strip_ws(&caption)).or_default().push(path);
    }
    let mut out = Vec::new();
    for caption in printed {
        match holders.remove(caption) {
            Some(paths) if paths.len() == 1 => {}
            Some(paths) => out.push(format!("{caption} placed at {}", paths.join(" and "))),
            None => out.push(format!("{caption} placed nowhere")),
        }
    }
    for (caption, paths) in holders {
        out.push(format!(
            "{} holds {caption}, not printed",
            paths.join(" and ")
        ));
    }
    out
}

#[test]
fn every_caption_is_placed_exactly_once() {
    let report = data();
    let printed = source_captions();
    assert_eq!(printed.len(), 46, "captions in the source");
    let problems = misplaced_captions(&report, &printed);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (path, caption) in json_captions(&report) {
        let (prefix, number_and_text) = caption.split_at("图 ".len());
        assert_eq!(prefix, "图 ", "{path}");
        let (number, text) = number_and_text.split_once(' ').expect("number, then text");
        assert!(is_caption_line(&format!("图 {number} x")), "{path}");
        // No space in the text but those the report prints there.
        let text = without_printed_spaces(text);
        assert!(!text.is_empty() && !text.contains(' '), "{path}: {caption}");
    }
}

#[test]
fn the_caption_check_catches_a_lost_or_doubled_caption() {
    let printed = source_captions();
    let mut report = data();
    let caption = report["chapters"][0]["sections"][9]["figures"][2].clone();
    assert_eq!(caption, "图 1.10-4 物联网应用技术专业中高职一体化教研活动");
    report["cases"][12]["figures"]
        .as_array_mut()
        .unwrap()
        .push(caption);
    assert_eq!(
        misplaced_captions(&report, &printed),
        ["图1.10-4物联网应用技术专业中高职一体化教研活动 placed at \
          chapters[0].sections[9].figures[2] and cases[12].figures[1]"]
    );
    report["chapters"][0]["sections"][9]["figures"]
        .as_array_mut()
        .unwrap()
        .remove(2);
    report["cases"][12]["figures"]
        .as_array_mut()
        .unwrap()
        .clear();
    assert_eq!(
        misplaced_captions(&report, &printed),
        [
            "图1.10-3楼平教授领衔的软件技术专业教师教学创新团队 placed nowhere",
            "图1.10-4物联网应用技术专业中高职一体化教研活动 placed nowhere"
        ]
    );
}

#[test]
fn captions_sit_in_their_own_section() {
    let report = data();
    for (path, caption) in json_captions(&report) {
        let number = caption["图 ".len()..]
            .split('-')
            .next()
            .unwrap()
            .to_string();
        let section = if let Some(i) = path.strip_prefix("cases[") {
            let i: usize = i.split(']').next().unwrap().parse().unwrap();
            report["cases"][i]["section"].as_str().unwrap().to_string()
        } else {
            let c: usize = path["chapters[".len()..]
                .split(']')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            let s: usize = path
                .split("sections[")
                .nth(1)
                .unwrap()
                .split(']')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            report["chapters"][c]["sections"][s]["id"]
                .as_str()
                .unwrap()
                .to_string()
        };
        assert_eq!(number, section, "{path}: {caption}");
    }
    // Where the brief pins captions down.
    let case_figures = |n: usize| strings(&report["cases"][n - 1]["figures"]).join("|");
    assert!(case_figures(28).contains("图 5.2-1") && case_figures(28).contains("图 5.2-2"));
    assert!(case_figures(29).contains("图 5.3-1") && case_figures(29).contains("图 5.3-2"));
    assert!(case_figures(16).contains("图 2.3-1"));
    assert!(case_figures(12).is_empty());
    let s110 = strings(&report["chapters"][0]["sections"][9]["figures"]).join("|");
    assert!(s110.contains("图 1.10-4") && s110.contains("图 1.10-5"));
    assert_eq!(
        report["chapters"][0]["sections"][0]["figures"][0],
        "图 1.1-1 学校获省“卡尔·马克思杯”理论知识竞赛一等奖"
    );
    assert_eq!(
        report["cases"][0]["figures"][0],
        "图 1.1-2 “红船杯”大学生理论知识竞赛现场"
    );
}
