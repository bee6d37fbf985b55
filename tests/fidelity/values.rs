//! Every string and number of the data occurs in the source.

use serde_json::Value;

use crate::data::{Leaf, data, leaves};
use crate::source::{normalised_sources, strip_ws};

/// Every leaf that is not in the source, as "path: value".
pub fn unfaithful(report: &Value, sources: &[String; 2]) -> Vec<String> {
    let mut all = Vec::new();
    leaves(report, "", &mut all);
    let mut failures = Vec::new();
    for (path, leaf) in all {
        let (needle, shown) = match &leaf {
            Leaf::Text(s) => (strip_ws(s), format!("{s:?}")),
            Leaf::Number(n) => (n.clone(), n.clone()),
        };
        if needle.is_empty() || !sources.iter().any(|s| s.contains(&needle)) {
            failures.push(format!("{path}: {shown}"));
        }
    }
    failures
}

#[test]
fn every_string_and_number_occurs_in_the_source() {
    let sources = normalised_sources();
    let failures = unfaithful(&data(), &sources);
    assert!(
        failures.is_empty(),
        "{} value(s) not in the source:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_fidelity_check_catches_a_changed_figure() {
    let sources = normalised_sources();
    let mut report = data();
    assert_eq!(report["outcomes"]["metrics"][0]["school"], "97.84");
    report["outcomes"]["metrics"][0]["school"] = Value::from("97.85");
    assert_eq!(
        unfaithful(&report, &sources),
        vec![r#"outcomes.metrics[0].school: "97.85""#.to_string()]
    );
}

#[test]
fn the_fidelity_check_catches_an_invented_sentence() {
    let sources = normalised_sources();
    let mut report = data();
    let paragraph = &mut report["cases"][13]["paragraphs"][0];
    let invented = format!("{}留嘉率达到了100%。", paragraph.as_str().unwrap());
    *paragraph = Value::from(invented);
    let failures = unfaithful(&report, &sources);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(
        failures[0].starts_with("cases[13].paragraphs[0]: "),
        "{failures:?}"
    );
}

#[test]
fn the_fidelity_check_catches_a_changed_table_number() {
    let sources = normalised_sources();
    let mut report = data();
    // 表2.2-1 row 12: 19.03 万元; 19.3 is printed nowhere in the report.
    let cell = &mut report["tables"][4]["rows"][11][4];
    assert_eq!(cell.as_f64(), Some(19.03));
    *cell = serde_json::json!(19.3);
    assert_eq!(
        unfaithful(&report, &sources),
        vec!["tables[4].rows[11][4]: 19.3".to_string()]
    );
}
