//! Figures quoted in the text: read off their own quote, in their own
//! section. A figure's label is this edition's name for it (a noun phrase,
//! not necessarily printed), so it is held to what still must hold: it adds
//! no number the quote does not print.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::data::{data, section_text};
use crate::source::strip_ws;

/// Characters that write a number, in digits or in Chinese.
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "一二三四五六七八九十百千万亿两〇".contains(c)
}

/// The runs of numerals in `label` that `quote` does not print.
fn numbers_not_in(label: &str, quote: &str) -> Vec<String> {
    label
        .split(|c: char| !is_numeral(c))
        .filter(|run| !run.is_empty() && !quote.contains(run))
        .map(String::from)
        .collect()
}

/// Figures whose value or unit is not read off their quote, whose label adds
/// a number, or whose quote is not in their section.
pub fn misread_figures(report: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for (i, f) in report["figures"].as_array().unwrap().iter().enumerate() {
        let get = |k: &str| strip_ws(f[k].as_str().unwrap());
        let (label, value, unit, quote) = (get("label"), get("value"), get("unit"), get("quote"));
        let section = f["section"].as_str().unwrap();
        if label.is_empty() {
            out.push(format!("figures[{i}].label: empty"));
        }
        for number in numbers_not_in(&label, &quote) {
            out.push(format!("figures[{i}].label: {number} not in its quote"));
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

/// Tiles and qualifiers that break the rules of `Figure::tile` and
/// `Figure::of`: at most four tiles a section; a qualifier names a figure of
/// its own quote, which qualifies nothing itself, and is not a tile itself.
pub fn misplaced_tiles(report: &Value) -> Vec<String> {
    let figures = report["figures"].as_array().unwrap();
    let mut out = Vec::new();
    let mut tiles: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, f) in figures.iter().enumerate() {
        let tile = f["tile"].as_bool().unwrap_or(false);
        if tile {
            *tiles.entry(f["section"].as_str().unwrap()).or_default() += 1;
        }
        let Some(of) = f["of"].as_str() else { continue };
        if tile {
            out.push(format!("figures[{i}]: a qualifier and a tile"));
        }
        match figures.iter().find(|g| g["key"] == of) {
            None => out.push(format!("figures[{i}].of: no figure {of}")),
            Some(base) => {
                if base["quote"] != f["quote"] || base["section"] != f["section"] {
                    out.push(format!("figures[{i}].of: {of} is not in the same quote"));
                }
                if base["of"].is_string() {
                    out.push(format!("figures[{i}].of: {of} qualifies another figure"));
                }
            }
        }
    }
    for (section, n) in tiles {
        if n > 4 {
            out.push(format!("section {section}: {n} tiles"));
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
fn tiles_and_qualifiers_follow_their_rules() {
    let problems = misplaced_tiles(&data());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_tile_check_catches_a_fifth_tile_and_a_stray_qualifier() {
    let mut report = data();
    let figures = report["figures"].as_array_mut().unwrap();
    let i = figures
        .iter()
        .position(|f| f["key"] == "spending-total")
        .expect("spending-total");
    figures[i]["tile"] = Value::from(true);
    let j = figures
        .iter()
        .position(|f| f["key"] == "income-growth")
        .expect("income-growth");
    figures[j]["of"] = Value::from("fiscal-appropriation");
    assert_eq!(
        misplaced_tiles(&report),
        vec![
            format!("figures[{j}].of: fiscal-appropriation is not in the same quote"),
            "section 6.4: 5 tiles".to_string(),
        ]
    );
}

#[test]
fn the_figure_check_catches_a_label_that_adds_a_number() {
    let mut report = data();
    let i = report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|f| f["key"] == "patents-granted")
        .expect("patents-granted figure");
    report["figures"][i]["label"] = Value::from("三年授权专利");
    assert_eq!(
        misread_figures(&report),
        vec![format!("figures[{i}].label: 三 not in its quote")]
    );
    report["figures"][i]["label"] = Value::from("2022年授权专利");
    assert_eq!(
        misread_figures(&report),
        vec![format!("figures[{i}].label: 2022 not in its quote")]
    );
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
