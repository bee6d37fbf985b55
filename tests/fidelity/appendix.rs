//! The appendix (附表): the tables the report lists at its very end, by
//! number and title, in printed order.

use serde_json::Value;

use crate::data::data;
use crate::source::{normalised_sources, strip_ws};

/// What is wrong with the data's appendix list against the source: it must
/// be the source's last words, heading then each number and title in order.
fn appendix_problems(report: &Value, sources: &[String; 2]) -> Vec<String> {
    let appendix = &report["appendix"];
    let Some(tables) = appendix["tables"].as_array() else {
        return vec!["appendix: no tables listed".into()];
    };
    let mut run = strip_ws(appendix["heading"].as_str().unwrap_or(""));
    for table in tables {
        run.push_str(&strip_ws(table["number"].as_str().unwrap_or("")));
        run.push_str(&strip_ws(table["title"].as_str().unwrap_or("")));
    }
    if sources[0].ends_with(&run) {
        Vec::new()
    } else {
        vec![format!("appendix: {run} is not how the report ends")]
    }
}

#[test]
fn the_appendix_lists_the_printed_tables_in_order() {
    let report = data();
    assert_eq!(
        appendix_problems(&report, &normalised_sources()),
        Vec::<String>::new()
    );
    let titles: Vec<&str> = report["appendix"]["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "人才培养质量计分卡",
            "教学资源表",
            "服务贡献表",
            "国际影响表",
            "落实政策表"
        ]
    );
    // The note is ours; it says the contents are missing, not what they are.
    let note = report["appendix"]["note"].as_str().expect("a note");
    assert!(note.contains("不含"), "{note}");
}

#[test]
fn the_appendix_check_catches_a_swapped_or_missing_table() {
    let sources = normalised_sources();
    let mut report = data();
    let tables = report["appendix"]["tables"].as_array_mut().unwrap();
    tables.swap(1, 2);
    assert_eq!(appendix_problems(&report, &sources).len(), 1);
    let mut report = data();
    report["appendix"]["tables"].as_array_mut().unwrap().pop();
    assert_eq!(appendix_problems(&report, &sources).len(), 1);
}
