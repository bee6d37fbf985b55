//! The data file against its only source, `data/source/report.txt`.
//!
//! Every string and number in `data/report.json` must occur in the report as
//! printed (whitespace aside); cases must be contiguous runs of the source
//! and end where the next thing begins; every figure caption must be placed
//! exactly once; figures must be read off their own quote. Each checker is
//! also run on deliberately corrupted data to prove that it can fail.

use std::collections::BTreeMap;

use serde_json::Value;

const DATA: &str = "data/report.json";
const SOURCE: &str = "data/source/report.txt";

fn data() -> Value {
    let text = std::fs::read_to_string(DATA).expect("data file is readable");
    serde_json::from_str(&text).expect("data file is JSON")
}

fn source_text() -> String {
    std::fs::read_to_string(SOURCE).expect("source is readable")
}

fn strip_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A figure caption line as the extraction prints it: `图 2.3-1 …`.
fn is_caption_line(trimmed: &str) -> bool {
    let Some(rest) = trimmed.strip_prefix("图 ") else {
        return false;
    };
    let number: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
    match number.split_once('-') {
        Some((section, figure)) => {
            section.split('.').count() == 2
                && section
                    .split('.')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                && !figure.is_empty()
                && figure.chars().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

fn is_page_number(trimmed: &str) -> bool {
    !trimmed.is_empty()
        && (trimmed.chars().all(|c| c.is_ascii_digit())
            || trimmed.chars().all(|c| "IVXLC".contains(c)))
}

/// The source's lines (trimmed, non-empty) without page furniture: the
/// running header 质量年度报告, the page number printed right after it, and
/// the URL that leaked out of a PDF link.
fn content_lines(source: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut after_header = false;
    for line in source.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed == "质量年度报告" {
            after_header = true;
            continue;
        }
        if after_header && is_page_number(trimmed) {
            after_header = false;
            continue;
        }
        after_header = false;
        if trimmed.starts_with("http") {
            continue;
        }
        out.push(trimmed);
    }
    out
}

/// The source with page furniture dropped and all whitespace removed; the
/// second version also drops figure-caption lines (a caption may interrupt a
/// sentence, as in case 16).
fn normalised_sources() -> [String; 2] {
    let source = source_text();
    let lines = content_lines(&source);
    let all = strip_ws(&lines.concat());
    let without_captions = strip_ws(
        &lines
            .iter()
            .filter(|l| !is_caption_line(l))
            .copied()
            .collect::<String>(),
    );
    [all, without_captions]
}

#[derive(Debug)]
enum Leaf<'a> {
    Text(&'a str),
    Number(String),
}

/// Paths that hold our own vocabulary or the schema's identifiers, not
/// report text.
fn exempt(path: &str) -> bool {
    let last_key = path.rsplit('.').next().unwrap_or(path);
    path.starts_with("topics")
        || (path.starts_with("cases[") && path.contains(".tags["))
        || last_key == "key"
        || last_key == "kind"
}

fn leaves<'a>(value: &'a Value, path: &str, out: &mut Vec<(String, Leaf<'a>)>) {
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

/// Every leaf that is not in the source, as "path: value".
fn unfaithful(report: &Value, sources: &[String; 2]) -> Vec<String> {
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

// ------------------------------------------------------------------ figures

fn section_text(report: &Value, section: &str) -> String {
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

/// Figures whose label, value or unit is not read off their quote, or whose
/// quote is not in their section.
fn misread_figures(report: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for (i, f) in report["figures"].as_array().unwrap().iter().enumerate() {
        let get = |k: &str| strip_ws(f[k].as_str().unwrap());
        let (label, value, unit, quote) = (get("label"), get("value"), get("unit"), get("quote"));
        let section = f["section"].as_str().unwrap();
        if label.is_empty() || !quote.contains(&label) {
            out.push(format!("figures[{i}].label: {label} not in its quote"));
        }
        if !quote.contains(&value) {
            out.push(format!("figures[{i}].value: {value} not in its quote"));
        }
        if !unit.is_empty() && !quote.contains(&unit) {
            out.push(format!("figures[{i}].unit: {unit} not in its quote"));
        }
        // Value and unit read together as printed ("2000多万元").
        if !quote.contains(&format!("{value}{unit}")) {
            out.push(format!(
                "figures[{i}]: {value}{unit} not printed as such in its quote"
            ));
        }
        if !strip_ws(&section_text(report, section)).contains(&quote) {
            out.push(format!("figures[{i}].quote: not in section {section}"));
        }
    }
    out
}

#[test]
fn figures_are_read_off_their_quotes() {
    let problems = misread_figures(&data());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_figure_check_catches_a_value_not_in_the_quote() {
    let mut report = data();
    let i = report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["key"] == "tech-service-income")
        .expect("tech-service-income figure");
    report["figures"][i]["value"] = Value::from("1254.66");
    assert_eq!(
        misread_figures(&report),
        vec![
            format!("figures[{i}].value: 1254.66 not in its quote"),
            format!("figures[{i}]: 1254.66万元 not printed as such in its quote"),
        ]
    );
}

#[test]
fn the_figure_check_catches_a_quote_from_another_section() {
    let mut report = data();
    let i = report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["key"] == "patents-granted")
        .expect("patents-granted figure");
    report["figures"][i]["section"] = Value::from("2.1");
    assert_eq!(
        misread_figures(&report),
        vec![format!("figures[{i}].quote: not in section 2.1")]
    );
}

#[test]
fn figures_required_by_the_brief_are_present_with_printed_values() {
    let report = data();
    let figures = report["figures"].as_array().unwrap();
    let expected = [
        ("前言", "99.13", "%"),
        ("前言", "57.51", "%"),
        ("前言", "423", "期"),
        ("前言", "33741", "人次"),
        ("前言", "2.27", "倍"),
        ("前言", "65.2", "%"),
        ("前言", "1245.66", "万元"),
        ("1.4", "7", "项"),
        ("1.4", "13", "项"),
        ("1.4", "22", "项"),
        ("1.5", "166", "项"),
        ("1.5", "6", "项"),
        ("1.9", "4", "个"),
        ("1.9", "31", "间"),
        ("1.10", "39", "人"),
        ("1.10", "22", "人"),
        ("2.1", "74", "家"),
        ("2.1", "114", "个"),
        ("2.2", "173", "项"),
        ("2.2", "1093.22", "万元"),
        ("2.2", "26.7", "%"),
        ("2.2", "124", "项"),
        ("2.2", "51", "项"),
        ("2.2", "7", "项"),
        ("2.2", "47.9", "万元"),
        ("2.4", "3.3", "万人次"),
        ("2.4", "1.2", "万张以上"),
        ("2.5", "7635", "多名"),
        ("2.5", "32", "个"),
        ("5.4", "33", "个"),
        ("5.4", "25", "个"),
        ("5.4", "59.52", "%"),
        ("5.4", "2352", "名"),
        ("6.4", "52636.06", "万元"),
        ("6.4", "21.89", "%"),
        ("6.4", "18.59", "%"),
        ("6.4", "2.98", "万元"),
        ("6.4", "4.93", "%"),
        ("6.4", "28.93", "%"),
        ("6.4", "16.7", "%"),
        ("6.4", "21.63", "%"),
        ("6.4", "36071.82", "万元"),
        ("6.4", "13.37", "%"),
        ("6.4", "3.72", "万元"),
        ("6.4", "5.98", "%"),
        ("6.4", "68.55", "%"),
    ];
    for (section, value, unit) in expected {
        assert!(
            figures
                .iter()
                .any(|f| f["section"] == section && f["value"] == value && f["unit"] == unit),
            "no figure {value}{unit} in {section}"
        );
    }
    for section in ["1.7", "1.8"] {
        assert!(
            figures.iter().filter(|f| f["section"] == section).count() >= 3,
            "course/textbook counts missing in {section}"
        );
    }
}

#[test]
fn headline_figures_tell_the_year_at_a_glance() {
    let report = data();
    let headline: BTreeMap<&str, (&str, &str)> = report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["headline"] == true)
        .map(|f| {
            (
                f["key"].as_str().unwrap(),
                (f["value"].as_str().unwrap(), f["unit"].as_str().unwrap()),
            )
        })
        .collect();
    assert!((6..=8).contains(&headline.len()), "{headline:?}");
    for expected in [
        ("99.13", "%"),
        ("57.51", "%"),
        ("1245.66", "万元"),
        ("33741", "人次"),
        ("124", "项"),
        ("1093.22", "万元"),
    ] {
        assert!(
            headline.values().any(|v| *v == expected),
            "{expected:?} is not a headline: {headline:?}"
        );
    }
}

#[test]
fn figure_keys_are_unique_kebab_case() {
    let report = data();
    let mut seen = std::collections::HashSet::new();
    for f in report["figures"].as_array().unwrap() {
        let key = f["key"].as_str().unwrap();
        let kebab = !key.is_empty()
            && !key.starts_with('-')
            && !key.ends_with('-')
            && !key.contains("--")
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        assert!(kebab, "{key} is not kebab-case");
        assert!(seen.insert(key), "{key} repeated");
    }
}

// ------------------------------------------------------- structured numbers

fn paragraph_of(report: &Value, section: &str) -> String {
    strip_ws(&section_text(report, section))
}

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

// ------------------------------------------------------------------- tables

fn cell_text(cell: &Value) -> String {
    match cell {
        Value::String(s) => strip_ws(s),
        other => other.to_string(),
    }
}

/// Rows whose cells, read in the order the extraction prints them, are not
/// one contiguous run of the source.
fn rows_not_in_source(report: &Value, sources: &[String; 2]) -> Vec<String> {
    let mut out = Vec::new();
    for (t, table) in report["tables"].as_array().unwrap().iter().enumerate() {
        let columns = table["columns"].as_array().unwrap().len();
        // 表2.2-2 prints the invention before the buyer.
        let printed_order: Vec<usize> = if table["key"] == "t-2-2-2" {
            vec![0, 2, 1, 3, 4, 5]
        } else {
            (0..columns).collect()
        };
        for (r, row) in table["rows"].as_array().unwrap().iter().enumerate() {
            let run: String = printed_order.iter().map(|&c| cell_text(&row[c])).collect();
            if !sources[0].contains(&run) {
                out.push(format!("tables[{t}].rows[{r}]: {run}"));
            }
        }
    }
    out
}

#[test]
fn every_table_row_is_a_contiguous_run_of_the_source() {
    let problems = rows_not_in_source(&data(), &normalised_sources());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_row_check_catches_cells_moved_between_rows() {
    let sources = normalised_sources();
    let mut report = data();
    // Swap two teachers between rows of 表3.3-1: each cell still occurs in
    // the source, but the rows no longer do.
    let rows = report["tables"][6]["rows"].as_array_mut().unwrap();
    let a = rows[0][7].clone();
    rows[0][7] = rows[1][7].clone();
    rows[1][7] = a;
    assert!(unfaithful(&report, &sources).is_empty());
    assert_eq!(
        rows_not_in_source(&report, &sources)
            .iter()
            .map(|p| p.split(':').next().unwrap())
            .collect::<Vec<_>>(),
        ["tables[6].rows[0]", "tables[6].rows[1]"]
    );
}

#[test]
fn patent_buyers_are_companies_and_inventions_are_not() {
    let report = data();
    let table = report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == "t-2-2-2")
        .unwrap();
    let labels: Vec<&str> = table["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "序号",
            "专利购买方",
            "转让专利发明",
            "专利号/登记号",
            "发明人/设计人",
            "转让价格（万元）"
        ]
    );
    for row in table["rows"].as_array().unwrap() {
        let buyer = row[1].as_str().unwrap();
        let invention = row[2].as_str().unwrap();
        assert!(buyer.ends_with("公司"), "buyer {buyer}");
        assert!(!invention.contains("公司"), "invention {invention}");
    }
    assert_eq!(table["rows"][5][2], "智慧社区物业管理平台V1.0");
}

#[test]
fn rejoined_cells_read_as_printed() {
    let report = data();
    let table = |key: &str| {
        report["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["key"] == key)
            .unwrap()
            .clone()
    };
    let honours = table("honours");
    assert_eq!(honours["rows"][12][3], "省教育科学规划领导小组");
    let t141 = table("t-1-4-1");
    assert_eq!(
        t141["rows"][0][1],
        "“建行杯”第九届浙江省国际互联网+大学生创新创业大赛"
    );
    assert_eq!(t141["rows"][4][3], "省级 主体赛银奖");
    assert_eq!(t141["rows"][6][3], "国家级 卫星级作品");
    assert_eq!(t141["rows"][21][3], "国赛 银奖");
    let t181 = table("t-1-8-1");
    assert_eq!(t181["rows"][1][3], "寇舒");
    assert_eq!(t181["rows"][0][5], "202308");
    let t331 = table("t-3-3-1");
    assert_eq!(t331["rows"][7][7], "王瑾 陆峰");
}

// ------------------------------------------------------ cases and captions

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().map(|s| s.as_str().unwrap()).collect())
        .unwrap_or_default()
}

/// Everything that may legitimately follow a case in the source: the next
/// case's heading, a section or chapter heading, or a section paragraph.
fn what_may_follow_a_case(report: &Value, number: u64) -> Vec<String> {
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
fn misbounded_cases(report: &Value, sources: &[String; 2]) -> Vec<String> {
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
fn repeated_paragraphs(report: &Value) -> Vec<String> {
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

fn source_captions() -> Vec<String> {
    let source = source_text();
    content_lines(&source)
        .into_iter()
        .filter(|l| is_caption_line(l))
        .map(strip_ws)
        .collect()
}

fn json_captions(report: &Value) -> Vec<(String, String)> {
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
fn misplaced_captions(report: &Value, printed: &[String]) -> Vec<String> {
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

// -------------------------------------------------------------- cleanliness

fn all_strings(value: &Value) -> Vec<(String, &str)> {
    let mut found = Vec::new();
    leaves(value, "", &mut found);
    let mut out: Vec<(String, &str)> = found
        .into_iter()
        .filter_map(|(p, l)| match l {
            Leaf::Text(s) => Some((p, s)),
            Leaf::Number(_) => None,
        })
        .collect();
    // The exempt vocabulary must be clean too.
    for (i, t) in strings(&value["topics"]).into_iter().enumerate() {
        out.push((format!("topics[{i}]"), t));
    }
    out
}

fn is_cjk_side(c: char) -> bool {
    !c.is_ascii()
}

fn spaces_touching_cjk(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.iter().enumerate().any(|(i, c)| {
        c.is_whitespace()
            && (i.checked_sub(1).is_some_and(|j| is_cjk_side(chars[j]))
                || chars.get(i + 1).is_some_and(|&n| is_cjk_side(n)))
    })
}

#[test]
fn no_string_carries_extraction_debris() {
    let report = data();
    for (path, s) in all_strings(&report) {
        for debris in ["\n", "\r", "\t", "http", "baiten", "  "] {
            assert!(!s.contains(debris), "{path} contains {debris:?}: {s:?}");
        }
        // The running header 质量年度报告 must not leak; the words occur
        // legitimately only inside the report's own name,
        // "…教育质量年度报告（2023年度）".
        let named = s.replace("教育质量年度报告（2023年度）", "");
        assert!(
            !named.contains("质量年度报告"),
            "{path} holds the page header: {s:?}"
        );
        assert_eq!(s.trim(), s, "{path} has stray spaces");
    }
}

#[test]
fn no_space_touches_chinese_text_in_prose() {
    let report = data();
    let mut prose: Vec<(String, &str)> = Vec::new();
    for (path, s) in all_strings(&report) {
        let is_prose = path.contains("paragraphs[")
            || path.starts_with("foreword")
            || path.contains(".intro[")
            || path.contains(".outro[")
            || path.contains(".challenges[")
            || path.ends_with(".title")
            || path.ends_with(".quote")
            || path.ends_with(".label");
        if is_prose {
            prose.push((path, s));
        }
    }
    assert!(prose.len() > 300, "only {} prose strings", prose.len());
    for (path, s) in prose {
        assert!(!spaces_touching_cjk(s), "{path}: {s:?}");
    }
    assert!(spaces_touching_cjk("423 期"));
    assert!(!spaces_touching_cjk("V1.0 x"));
}

#[test]
fn spaces_survive_only_where_they_separate_two_items() {
    let report = data();
    let allowed_cells = [
        "省级 主体赛银奖",
        "省级 红色专项赛银奖",
        "国家级 卫星级作品",
        "省级 黑科技专项赛银奖",
        "省级 黑科技专项赛铜奖",
        "国赛 银奖",
        "红色村播助共富 数商兴农加速度——新媒体运营赋能乡村振兴的梦想之旅",
        "品牌出海会当时 数商逐梦“新农人”——跨境电商运营成长记",
        "“一块布”的成长与光荣 做面料赋能者",
        "王瑾 陆峰",
    ];
    for (path, s) in all_strings(&report) {
        if !s.contains(' ') {
            continue;
        }
        let caption = path.contains("figures[") && !path.starts_with("figures[");
        if caption {
            // "图 1.1-1 text": the two spaces of the caption's number only.
            assert_eq!(s.matches(' ').count(), 2, "{path}: {s:?}");
        } else {
            assert!(
                path.starts_with("tables[") && allowed_cells.contains(&s),
                "{path}: unexpected space in {s:?}"
            );
        }
    }
}

// ------------------------------------------------------------- the baked copy

#[test]
fn the_baked_report_equals_the_data_file() -> Result<(), String> {
    let json = std::fs::read_to_string(DATA).map_err(|e| e.to_string())?;
    let loaded = quality_report::load::from_json(&json)?;
    assert!(quality_report::report::report() == &loaded);
    Ok(())
}
