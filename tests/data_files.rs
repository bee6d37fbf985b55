//! What a data file may be: shapes a report on the template may take are
//! accepted, and a malformed file is refused — as `build.rs` refuses it —
//! with the JSON path of the offending field and a one-line reason. Every
//! change is made to both reports under test (data/report.json and the test
//! fixture), at paths derived from each file's own contents.

#[path = "support/reports.rs"]
mod reports;

use quality_report::charts::{Chart, all_charts};
use serde_json::{Value, json};

const FILES: [&str; 2] = ["data/report.json", reports::FIXTURE];

fn original(file: &str) -> Value {
    let json = std::fs::read_to_string(file).expect("data file is readable");
    serde_json::from_str(&json).expect("data file is JSON")
}

fn altered(file: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut value = original(file);
    change(&mut value);
    value.to_string()
}

fn refused(file: &str, json: &str) -> String {
    match quality_report::load::from_json(json) {
        Ok(_) => panic!("{file}: malformed data was accepted"),
        Err(message) => message,
    }
}

/// Refused, with a message naming `path` (and each of `words`) on one line.
fn assert_refused(file: &str, json: &str, path: &str, words: &[&str]) {
    let message = refused(file, json);
    let line = message
        .lines()
        .find(|l| l.contains(path))
        .unwrap_or_else(|| panic!("{file}: no line names {path}:\n{message}"));
    for word in words {
        assert!(
            line.contains(word),
            "{file}: {path}: {word:?} not in {line:?}"
        );
    }
}

/// Table `t` declaring `chart` is refused, on a line naming
/// `tables[t].chart` followed by `field` (e.g. ".by:", or "" for the
/// declaration itself) and each of `words`.
fn assert_chart_refused(file: &str, t: usize, chart: Value, field: &str, words: &[&str]) {
    let json = altered(file, |v| v["tables"][t]["chart"] = chart);
    assert_refused(file, &json, &format!("tables[{t}].chart{field}"), words);
}

/// Index of the first table with a Number column and a Text column, and those columns' labels.
fn chartable(report: &Value) -> (usize, String, String) {
    let tables = report["tables"].as_array().unwrap();
    for (t, table) in tables.iter().enumerate() {
        let columns = table["columns"].as_array().unwrap();
        let of = |kind: &str| {
            columns
                .iter()
                .find(|c| c["kind"] == kind)
                .map(|c| c["label"].as_str().unwrap().to_string())
        };
        if let (Some(number), Some(text)) = (of("number"), of("text")) {
            return (t, number, text);
        }
    }
    panic!("no table with a number and a text column");
}

/// Index of the first case that carries a tag.
fn tagged_case(report: &Value) -> usize {
    report["cases"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| !c["tags"].as_array().unwrap().is_empty())
        .expect("a tagged case")
}

#[test]
fn both_reports_load() {
    for file in FILES {
        let json = std::fs::read_to_string(file).unwrap();
        if let Err(e) = quality_report::load::from_json(&json) {
            panic!("{file}:\n{e}");
        }
    }
}

#[test]
fn cases_without_tags_an_empty_topic_list_and_tables_without_charts_are_accepted() {
    for file in FILES {
        let json = altered(file, |v| {
            v["topics"] = json!([]);
            for case in v["cases"].as_array_mut().unwrap() {
                case["tags"] = json!([]);
            }
            for table in v["tables"].as_array_mut().unwrap() {
                table.as_object_mut().unwrap().remove("chart");
            }
        });
        let report = quality_report::load::from_json(&json)
            .unwrap_or_else(|e| panic!("{file}: refused:\n{e}"));
        let keys: Vec<String> = all_charts(&report).iter().map(|c| c.key()).collect();
        assert!(
            keys.iter()
                .all(|k| ["outcomes", "cohort", "funding"].contains(&k.as_str())),
            "{file}: only the template's charts are left: {keys:?}"
        );
        // Leaving the fields out is the same as leaving them empty.
        let json = altered(file, |v| {
            v.as_object_mut().unwrap().remove("topics");
            for case in v["cases"].as_array_mut().unwrap() {
                case.as_object_mut().unwrap().remove("tags");
            }
        });
        assert!(quality_report::load::from_json(&json).is_ok(), "{file}");
    }
}

#[test]
fn a_chart_naming_an_unknown_column_is_refused_with_its_path() {
    for file in FILES {
        let (t, number, _) = chartable(&original(file));
        for (spec, field) in [
            (json!({"kind": "grouped", "by": "不存在的列"}), "by"),
            (
                json!({"kind": "grouped", "by": number, "sum": "不存在的列"}),
                "sum",
            ),
            (
                json!({"kind": "ranked", "label": "不存在的列", "value": number}),
                "label",
            ),
            (
                json!({"kind": "ranked", "label": number, "value": "不存在的列"}),
                "value",
            ),
        ] {
            let field = format!(".{field}:");
            assert_chart_refused(file, t, spec, &field, &["不存在的列", "no column"]);
        }
    }
}

#[test]
fn a_chart_needing_a_number_from_a_text_column_is_refused_with_its_path() {
    for file in FILES {
        let (t, number, text) = chartable(&original(file));
        for (spec, field) in [
            (json!({"kind": "grouped", "by": number, "sum": text}), "sum"),
            (
                json!({"kind": "ranked", "label": number, "value": text}),
                "value",
            ),
        ] {
            assert_chart_refused(file, t, spec, &format!(".{field}:"), &[&text, "Number"]);
        }
        // Grouping by a text column and labelling by a number are fine.
        let json = altered(file, |v| {
            v["tables"][t]["chart"] = json!({"kind": "grouped", "by": text, "sum": number});
        });
        assert!(quality_report::load::from_json(&json).is_ok(), "{file}");
    }
}

#[test]
fn a_malformed_chart_declaration_is_refused_with_its_path() {
    for file in FILES {
        let report = original(file);
        let (t, number, text) = chartable(&report);
        for (spec, words) in [
            (json!({"kind": "pie", "by": text}), vec!["pie"]),
            (json!({"by": text}), vec!["kind"]),
            (json!({"kind": "ranked", "label": text}), vec!["value"]),
            (
                json!({"kind": "grouped", "by": text, "colour": "red"}),
                vec!["colour"],
            ),
            (
                json!({"kind": "ranked", "label": text, "value": number, "top": -1}),
                vec!["-1"],
            ),
            (
                json!({"kind": "ranked", "label": text, "value": number, "top": 0}),
                vec!["top"],
            ),
            (
                json!({"kind": "grouped", "by": text, "merge": ["x"]}),
                vec!["object"],
            ),
            (
                json!({"kind": "grouped", "by": text, "merge": {"从未出现的值": "某组"}}),
                vec!["merge.从未出现的值", "no row"],
            ),
        ] {
            assert_chart_refused(file, t, spec, "", &words);
        }
        // A merge into a value that is itself merged away.
        let printed: Vec<String> = report["tables"][t]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| {
                let c = report["tables"][t]["columns"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .position(|c| c["label"] == text.as_str())
                    .unwrap();
                row[c].as_str().unwrap().trim().to_string()
            })
            .collect();
        let chain = json!({"kind": "grouped", "by": text,
            "merge": {(printed[0].clone()): "甲", "甲": "乙"}});
        assert_chart_refused(file, t, chain, &format!(".merge.{}", printed[0]), &["甲"]);
        // A merge of a value into itself.
        let same = json!({"kind": "grouped", "by": text,
            "merge": {(printed[0].clone()): (printed[0].clone())}});
        assert_chart_refused(
            file,
            t,
            same,
            &format!(".merge.{}", printed[0]),
            &["itself"],
        );
        // A chart of a table without rows.
        let json = altered(file, |v| {
            v["tables"][t]["rows"] = json!([]);
            v["tables"][t]["chart"] = json!({"kind": "grouped", "by": text});
        });
        assert_refused(file, &json, &format!("tables[{t}].chart:"), &["no rows"]);
    }
}

#[test]
fn a_case_number_that_is_a_string_is_refused_with_its_path() {
    for file in FILES {
        let json = altered(file, |v| v["cases"][3]["number"] = Value::from("4"));
        assert_refused(file, &json, "cases[3].number", &[]);
    }
}

#[test]
fn missing_outcomes_are_refused_by_name() {
    for file in FILES {
        let json = altered(file, |v| {
            v.as_object_mut().unwrap().remove("outcomes");
        });
        assert_refused(file, &json, "outcomes", &[]);
    }
}

#[test]
fn a_tag_outside_the_topics_or_five_tags_are_refused_with_the_path() {
    for file in FILES {
        let i = tagged_case(&original(file));
        let json = altered(file, |v| {
            v["cases"][i]["tags"][0] = Value::from("不存在的主题")
        });
        assert_refused(file, &json, &format!("cases[{i}].tags"), &["不存在的主题"]);
        let json = altered(file, |v| {
            let topics = v["topics"].clone();
            let mut five: Vec<Value> = topics.as_array().unwrap().iter().take(4).cloned().collect();
            five.push(Value::from("第五个"));
            v["topics"]
                .as_array_mut()
                .unwrap()
                .push(Value::from("第五个"));
            v["cases"][i]["tags"] = Value::Array(five);
        });
        assert_refused(file, &json, &format!("cases[{i}].tags"), &["5 tags"]);
    }
}

#[test]
fn an_unknown_field_and_a_wrong_cell_are_refused_with_their_paths() {
    for file in FILES {
        let json = altered(file, |v| v["figures"][0]["note"] = Value::from("x"));
        assert_refused(file, &json, "figures[0]", &["note"]);
        let report = original(file);
        let (t, number, _) = chartable(&report);
        let c = report["tables"][t]["columns"]
            .as_array()
            .unwrap()
            .iter()
            .position(|c| c["label"] == number.as_str())
            .unwrap();
        let json = altered(file, |v| v["tables"][t]["rows"][0][c] = Value::from("40"));
        assert_refused(file, &json, &format!("tables[{t}].rows[0][{c}]"), &[]);
        let json = altered(file, |v| {
            let first = v["funding"]["sources"][0]["percent"].as_str().unwrap();
            let changed = if first.ends_with('1') { "1.00" } else { "1.01" };
            v["funding"]["sources"][0]["percent"] = Value::from(changed);
        });
        assert_refused(file, &json, "funding.sources", &["100"]);
    }
}

#[test]
fn a_figure_value_that_is_not_a_plain_decimal_is_refused_with_its_path() {
    for file in FILES {
        for bad in ["+1245.66", "1,245.66", "约1245", ""] {
            let json = altered(file, |v| v["figures"][0]["value"] = Value::from(bad));
            assert_refused(file, &json, "figures[0].value", &[]);
        }
    }
}

#[test]
fn a_misnumbered_appendix_table_or_an_empty_note_is_refused_with_its_path() {
    let appendix = json!({"heading": "附表", "tables": [
        {"number": "表1", "title": "人才培养质量计分卡"}, {"number": "表2", "title": "教学资源表"}]});
    for file in FILES {
        let with_appendix = |v: &mut Value| {
            if v.get("appendix").is_none_or(Value::is_null) {
                v["appendix"] = appendix.clone();
            }
        };
        let json = altered(file, |v| {
            with_appendix(v);
            v["appendix"]["tables"][1]["number"] = Value::from("表4");
        });
        assert_refused(file, &json, "appendix.tables[1].number", &["表2"]);
        let json = altered(file, |v| v["tables"][0]["note"] = Value::from(" "));
        assert_refused(file, &json, "tables[0].note", &["empty"]);
        let json = altered(file, |v| {
            with_appendix(v);
            v["appendix"]["note"] = Value::from("");
        });
        assert_refused(file, &json, "appendix.note", &[]);
        let json = altered(file, |v| {
            with_appendix(v);
            v["appendix"]["tables"] = Value::Array(Vec::new());
        });
        assert_refused(file, &json, "appendix.tables", &[]);
    }
}

#[test]
fn broken_json_is_an_error_not_a_panic() {
    assert!(!refused("broken", "{\"school\": ").is_empty());
    assert!(!refused("array", "[]").is_empty());
}

#[test]
fn the_baked_report_equals_the_chosen_data_file() {
    // build.rs bakes the file REPORT_DATA names (default data/report.json);
    // Cargo runs the tests with the same environment.
    let file = std::env::var("REPORT_DATA")
        .ok()
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| "data/report.json".into());
    let json = std::fs::read_to_string(&file).expect("the chosen data file is readable");
    let loaded = quality_report::load::from_json(&json).expect("the chosen data file loads");
    assert!(quality_report::report::report() == &loaded, "{file}");
}
