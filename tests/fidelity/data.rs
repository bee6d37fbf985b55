//! The data file, `data/report.json`, read as plain JSON (independently of the
//! app's model) and walked leaf by leaf with each leaf's path.

use serde_json::Value;

use crate::source::strip_ws;

pub const DATA: &str = "data/report.json";

pub fn data() -> Value {
    let text = std::fs::read_to_string(DATA).expect("data file is readable");
    serde_json::from_str(&text).expect("data file is JSON")
}

#[derive(Debug)]
pub enum Leaf<'a> {
    Text(&'a str),
    Number(String),
}

/// Paths that hold our own vocabulary, our own notes or the schema's
/// identifiers, not report text.
pub fn exempt(path: &str) -> bool {
    let last_key = path.rsplit('.').next().unwrap_or(path);
    path.starts_with("topics")
        || (path.starts_with("cases[") && path.contains(".tags["))
        || last_key == "key"
        || last_key == "kind"
        || is_figure_field(path, "of")
        || is_figure_field(path, "label")
        || is_our_note(path)
}

/// `figures[3].label` (this edition's name for a printed figure, checked by
/// `figures::misread_figures` instead: it may add no number) or
/// `figures[3].of` (a figure's key). Nothing else named so is exempt.
pub fn is_figure_field(path: &str, field: &str) -> bool {
    path.strip_prefix("figures[")
        .and_then(|rest| rest.strip_suffix(&format!("].{field}")))
        .is_some_and(|i| !i.is_empty() && i.chars().all(|c| c.is_ascii_digit()))
}

/// This edition's notes, written by us: a table's note (`tables[5].note`,
/// e.g. on columns re-ordered to match their contents) and the appendix's
/// (`appendix.note`, that the source carries only the titles). Nothing else
/// named "note" is exempt.
pub fn is_our_note(path: &str) -> bool {
    let table_note = path
        .strip_prefix("tables[")
        .and_then(|rest| rest.strip_suffix("].note"))
        .is_some_and(|i| !i.is_empty() && i.chars().all(|c| c.is_ascii_digit()));
    table_note || path == "appendix.note"
}

pub fn leaves<'a>(value: &'a Value, path: &str, out: &mut Vec<(String, Leaf<'a>)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                leaves(v, &p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leaves(v, &format!("{path}[{i}]"), out);
            }
        }
        Value::String(s) => {
            if !exempt(path) {
                out.push((path.to_string(), Leaf::Text(s)));
            }
        }
        Value::Number(n) => {
            if !exempt(path) {
                out.push((path.to_string(), Leaf::Number(n.to_string())));
            }
        }
        Value::Bool(_) | Value::Null => {}
    }
}

#[test]
fn leaves_are_walked_with_their_paths() {
    let value = serde_json::json!({
        "a": [{"b": "x", "key": "k"}, 4.5],
        "topics": ["t"],
        "cases": [{"tags": ["t"], "title": "y"}],
    });
    let mut found = Vec::new();
    leaves(&value, "", &mut found);
    let paths: Vec<_> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, ["a[0].b", "a[1]", "cases[0].title"]);
}

#[test]
fn only_our_own_notes_are_exempt() {
    let value = serde_json::json!({
        "tables": [{"title": "t", "note": "ours"}],
        "appendix": {"heading": "h", "note": "ours", "tables": [{"title": "a", "note": "x"}]},
        "cases": [{"note": "x"}],
    });
    let mut found = Vec::new();
    leaves(&value, "", &mut found);
    let mut paths: Vec<_> = found.iter().map(|(p, _)| p.as_str()).collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "appendix.heading",
            "appendix.tables[0].note",
            "appendix.tables[0].title",
            "cases[0].note",
            "tables[0].title"
        ]
    );
    assert!(is_our_note("tables[12].note"));
    assert!(is_figure_field("figures[12].label", "label"));
    assert!(is_figure_field("figures[0].of", "of"));
    for not_ours in [
        "outcomes.metrics[0].label",
        "figures[].label",
        "figures[1].quote",
        "tables[1].columns[0].label",
    ] {
        assert!(!exempt(not_ours), "{not_ours}");
    }
    for not_ours in [
        "tables[].note",
        "tables[x].note",
        "tables[1].rows[0].note",
        "note",
    ] {
        assert!(!is_our_note(not_ours), "{not_ours}");
    }
}

pub fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().map(|s| s.as_str().unwrap()).collect())
        .unwrap_or_default()
}

pub fn section_text(report: &Value, section: &str) -> String {
    if section == "前言" {
        return report["foreword"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
    }
    let mut text = String::new();
    for chapter in report["chapters"].as_array().unwrap() {
        for s in chapter["sections"].as_array().into_iter().flatten() {
            if s["id"] == section {
                for p in s["paragraphs"].as_array().unwrap() {
                    text.push_str(p.as_str().unwrap());
                }
            }
        }
    }
    for case in report["cases"].as_array().unwrap() {
        if case["section"] == section {
            for p in case["paragraphs"].as_array().unwrap() {
                text.push_str(p.as_str().unwrap());
            }
        }
    }
    text
}

pub fn paragraph_of(report: &Value, section: &str) -> String {
    strip_ws(&section_text(report, section))
}

pub fn all_strings(value: &Value) -> Vec<(String, &str)> {
    let mut found = Vec::new();
    leaves(value, "", &mut found);
    let mut out: Vec<(String, &str)> = found
        .into_iter()
        .filter_map(|(p, l)| match l {
            Leaf::Text(s) => Some((p, s)),
            Leaf::Number(_) => None,
        })
        .collect();
    // The exempt vocabulary and our own notes must be clean too.
    for (i, t) in strings(&value["topics"]).into_iter().enumerate() {
        out.push((format!("topics[{i}]"), t));
    }
    for (i, table) in value["tables"].as_array().into_iter().flatten().enumerate() {
        if let Some(note) = table["note"].as_str() {
            out.push((format!("tables[{i}].note"), note));
        }
    }
    if let Some(note) = value["appendix"]["note"].as_str() {
        out.push(("appendix.note".to_string(), note));
    }
    for (i, figure) in value["figures"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        if let Some(label) = figure["label"].as_str() {
            out.push((format!("figures[{i}].label"), label));
        }
    }
    out
}
