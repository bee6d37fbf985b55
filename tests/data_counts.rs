//! This year's report against its expectations (`data/expectations.json`,
//! restated by hand from the printed report): its chapters, sections, cases,
//! tables and the arithmetic its own figures must satisfy. Only this report
//! has such a file; a new report gets its own, and the generic tests
//! (tests/data_files.rs, tests/page.rs…) need none.

use std::collections::BTreeSet;

use quality_report::decimal::Decimal;
use quality_report::model::{Cell, ColumnKind, Report};
use serde_json::Value;

const DATA: &str = "data/report.json";
const EXPECTATIONS: &str = "data/expectations.json";

fn report() -> Report {
    let json = std::fs::read_to_string(DATA).expect("data file is readable");
    quality_report::load::from_json(&json).expect("data file loads")
}

fn expected() -> Value {
    let json = std::fs::read_to_string(EXPECTATIONS).expect("expectations are readable");
    serde_json::from_str(&json).expect("expectations are JSON")
}

fn d(printed: &str) -> Decimal {
    Decimal::parse(printed).unwrap_or_else(|| panic!("{printed:?} is not a printed number"))
}

fn text(v: &Value) -> &str {
    v.as_str()
        .unwrap_or_else(|| panic!("{v} is not a string in {EXPECTATIONS}"))
}

fn number(v: &Value) -> usize {
    v.as_u64()
        .unwrap_or_else(|| panic!("{v} is not a count in {EXPECTATIONS}")) as usize
}

fn list(v: &Value) -> &Vec<Value> {
    v.as_array()
        .unwrap_or_else(|| panic!("{v} is not a list in {EXPECTATIONS}"))
}

fn texts(v: &Value) -> Vec<&str> {
    list(v).iter().map(text).collect()
}

// ------------------------------------------------------------------ counts

#[test]
fn the_report_s_school_year_title_and_chapters() {
    let (report, expected) = (report(), expected());
    let e = &expected["report"];
    assert_eq!(report.school, text(&e["school"]));
    assert_eq!(u64::from(report.year), e["year"].as_u64().unwrap());
    assert_eq!(report.title, text(&e["title"]));
    assert_eq!(report.foreword.len(), number(&e["foreword_paragraphs"]));
    let chapters: Vec<(u8, &str, usize)> = report
        .chapters
        .iter()
        .map(|c| (c.number, c.title.as_ref(), c.sections.len()))
        .collect();
    let wanted: Vec<(u8, &str, usize)> = list(&expected["chapters"])
        .iter()
        .map(|c| (number(&c[0]) as u8, text(&c[1]), number(&c[2])))
        .collect();
    assert_eq!(chapters, wanted);
}

#[test]
fn sections_are_numbered_as_printed_and_each_has_text() {
    let (report, expected) = (report(), expected());
    for chapter in report.chapters.iter() {
        for (i, section) in chapter.sections.iter().enumerate() {
            assert_eq!(section.id, format!("{}.{}", chapter.number, i + 1));
            assert!(!section.title.is_empty(), "{} has no title", section.id);
            assert!(
                !section.paragraphs.is_empty(),
                "{} has no paragraphs",
                section.id
            );
        }
    }
    for (id, title) in expected["section_titles"].as_object().unwrap() {
        let section = report
            .chapters
            .iter()
            .flat_map(|c| c.sections.iter())
            .find(|s| s.id == id.as_str())
            .unwrap_or_else(|| panic!("no section {id}"));
        assert_eq!(section.title, text(title), "{id}");
    }
}

#[test]
fn the_challenges_chapter_is_intro_challenges_and_outlook() {
    let (report, expected) = (report(), expected());
    let e = &expected["challenges"];
    let chapter = &report.chapters[number(&e["chapter"]) - 1];
    assert!(chapter.sections.is_empty());
    assert_eq!(chapter.intro.len(), 1);
    assert!(chapter.intro[0].starts_with(text(&e["intro_starts"])));
    let titles: Vec<&str> = chapter
        .challenges
        .iter()
        .map(|c| c.title.as_ref())
        .collect();
    assert_eq!(titles, texts(&e["titles"]));
    for challenge in chapter.challenges.iter() {
        assert!(!challenge.title.ends_with('。'));
        assert!(challenge.text.ends_with('。'));
    }
    assert_eq!(chapter.outro.len(), 1);
    assert!(chapter.outro[0].starts_with(text(&e["outro_starts"])));
}

#[test]
fn every_case_is_in_its_printed_section() {
    let (report, expected) = (report(), expected());
    let e = &expected["cases"];
    let sections: Vec<&str> = report.cases.iter().map(|c| c.section.as_ref()).collect();
    assert_eq!(sections, texts(&e["sections"]));
    for case in report.cases.iter() {
        assert!(!case.title.is_empty() && !case.paragraphs.is_empty());
    }
    for (number, title) in e["titles"].as_object().unwrap() {
        let n: usize = number.parse().unwrap();
        assert_eq!(report.cases[n - 1].title, text(title), "case {n}");
    }
}

#[test]
fn every_case_has_tags_from_the_topics_and_every_topic_is_used() {
    let (report, expected) = (report(), expected());
    let e = &expected["cases"];
    let (least, most) = (
        number(&e["tags_per_case"][0]),
        number(&e["tags_per_case"][1]),
    );
    let topics: BTreeSet<&str> = report.topics.iter().map(|t| t.as_ref()).collect();
    assert_eq!(topics.len(), report.topics.len(), "topics repeat");
    let between = &e["topics_between"];
    assert!(
        (number(&between[0])..=number(&between[1])).contains(&topics.len()),
        "{topics:?}"
    );
    let mut used = BTreeSet::new();
    for case in report.cases.iter() {
        assert!(
            (least..=most).contains(&case.tags.len()),
            "case {}: {} tags",
            case.number,
            case.tags.len()
        );
        used.extend(case.tags.iter().map(|t| t.as_ref()));
    }
    assert_eq!(used, topics, "a topic no case carries");
}

fn kind(name: &str) -> ColumnKind {
    match name {
        "number" => ColumnKind::Number,
        "text" => ColumnKind::Text,
        "date" => ColumnKind::Date,
        "level" => ColumnKind::Level,
        other => panic!("no column kind {other} in {EXPECTATIONS}"),
    }
}

#[test]
fn tables_have_the_printed_rows_and_columns() {
    let (report, expected) = (report(), expected());
    let wanted = list(&expected["tables"]);
    let keys: Vec<&str> = report.tables.iter().map(|t| t.key.as_ref()).collect();
    let wanted_keys: Vec<&str> = wanted.iter().map(|t| text(&t["key"])).collect();
    assert_eq!(keys, wanted_keys);
    for (table, e) in report.tables.iter().zip(wanted) {
        let key = table.key.as_ref();
        assert_eq!(table.number.as_deref(), e["number"].as_str(), "{key}");
        assert_eq!(table.section.as_deref(), e["section"].as_str(), "{key}");
        assert_eq!(table.rows.len(), number(&e["rows"]), "{key}");
        // Either the column count, or every column's label and kind.
        match &e["columns"] {
            Value::Array(columns) => {
                let got: Vec<(&str, ColumnKind)> = table
                    .columns
                    .iter()
                    .map(|c| (c.label.as_ref(), c.kind))
                    .collect();
                let want: Vec<(&str, ColumnKind)> = columns
                    .iter()
                    .map(|c| (text(&c[0]), kind(text(&c[1]))))
                    .collect();
                assert_eq!(got, want, "{key}");
            }
            count => assert_eq!(table.columns.len(), number(count), "{key}"),
        }
        assert_eq!(table.note.is_some(), e["note"] == true, "{key}: note");
        // Every table numbers its rows 1, 2, 3… in its first column.
        for (r, row) in table.rows.iter().enumerate() {
            assert_eq!(row[0], Cell::Number((r + 1) as f64), "{key} row {r}");
        }
    }
}

#[test]
fn the_appendix_lists_the_template_s_tables() {
    let (report, expected) = (report(), expected());
    let appendix = report.appendix.as_ref().expect("an appendix");
    assert_eq!(appendix.heading, "附表");
    let listed: Vec<(&str, &str)> = appendix
        .tables
        .iter()
        .map(|t| (t.number.as_ref(), t.title.as_ref()))
        .collect();
    let wanted: Vec<(&str, &str)> = list(&expected["appendix"])
        .iter()
        .map(|t| (text(&t[0]), text(&t[1])))
        .collect();
    assert_eq!(listed, wanted);
    assert!(appendix.note.is_some());
}

// -------------------------------------------------------------- arithmetic

#[test]
fn the_outcomes_are_the_printed_figures() {
    let (report, expected) = (report(), expected());
    let got: Vec<(&str, &str, Option<&str>)> = report
        .outcomes
        .metrics
        .iter()
        .map(|m| (m.key.as_ref(), m.school.as_ref(), m.province.as_deref()))
        .collect();
    let wanted: Vec<(&str, &str, Option<&str>)> = list(&expected["outcomes"]["metrics"])
        .iter()
        .map(|m| (text(&m[0]), text(&m[1]), m[2].as_str()))
        .collect();
    assert_eq!(got, wanted);
}

#[test]
fn the_salary_difference_rounds_to_the_stated_one() {
    let (report, expected) = (report(), expected());
    let e = &expected["outcomes"]["salary_difference"];
    let metric = report
        .outcomes
        .metrics
        .iter()
        .find(|m| m.key == text(&e["key"]))
        .unwrap();
    let difference = d(&metric.school).minus(d(metric.province.as_deref().unwrap()));
    assert_eq!(difference.to_string(), text(&e["exact"]));
    let stated = d(metric.stated_difference.as_deref().unwrap());
    assert_eq!(stated.to_string(), text(&e["stated"]));
    assert_eq!(difference.round_to(stated.scale()), stated);
}

#[test]
fn placement_rate_is_placed_over_graduates() {
    let (cohort, expected) = (report().cohort, expected());
    let e = &expected["cohort"];
    assert_eq!(cohort.graduates as usize, number(&e["graduates"]));
    assert_eq!(cohort.placed as usize, number(&e["placed"]));
    let rate = Decimal::percent(u64::from(cohort.placed), u64::from(cohort.graduates), 2)
        .expect("graduates > 0");
    assert_eq!(rate.to_string(), text(&e["placement_rate"]));
    assert_eq!(rate, d(&cohort.placement_rate));
}

#[test]
fn funding_shares_are_printed_and_add_up_to_one_hundred() {
    let (funding, expected) = (report().funding, expected());
    let e = &expected["funding"];
    assert_eq!(funding.total_income, text(&e["total_income"]));
    let shares: Vec<&str> = funding.sources.iter().map(|s| s.percent.as_ref()).collect();
    assert_eq!(shares, texts(&e["shares"]));
    let sum = shares.iter().fold(d("0"), |sum, s| sum.plus(d(s)));
    assert_eq!(sum, d("100"));
}

#[test]
fn patent_transfers_add_up_to_the_text_s_income() {
    let (report, expected) = (report(), expected());
    let e = &expected["patent_transfers"];
    let table = report
        .tables
        .iter()
        .find(|t| t.key == text(&e["table"]))
        .unwrap();
    let column = number(&e["column"]);
    let prices: Vec<Decimal> = table
        .rows
        .iter()
        .map(|row| match &row[column] {
            Cell::Number(n) => d(&n.to_string()),
            other => panic!("{other:?} is not a number"),
        })
        .collect();
    assert_eq!(prices.len(), number(&e["rows"]));
    let total = prices.into_iter().fold(d("0"), Decimal::plus);
    assert_eq!(total.to_string(), text(&e["total"]));
    let income = report
        .figures
        .iter()
        .find(|f| f.key == text(&e["figure"]))
        .unwrap();
    assert_eq!(d(&income.value), total);
}

// ------------------------------------------------------------------ charts

#[test]
fn the_charts_are_the_expected_ones_with_the_printed_sums() {
    use quality_report::charts::{Chart, all_charts};
    let (report, expected) = (report(), expected());
    let e = &expected["charts"];
    let charts = all_charts(&report);
    let keys: Vec<String> = charts.iter().map(|c| c.key()).collect();
    assert_eq!(keys, texts(&e["keys"]));
    for (key, want) in e["tables"].as_object().unwrap() {
        let chart = charts.iter().find(|c| c.key() == *key).unwrap();
        let rows = chart.table().rows;
        if let Some(all) = want.get("rows") {
            let all: Vec<Vec<&str>> = list(all).iter().map(texts).collect();
            assert_eq!(rows, all, "{key}");
        }
        if let Some(first) = want.get("first") {
            assert_eq!(rows[0], texts(first), "{key}");
        }
        if let Some(bars) = want.get("bars") {
            assert_eq!(rows.len(), number(bars), "{key}");
        }
        if let Some(said) = want.get("source_says") {
            assert!(chart.source_line().contains(text(said)), "{key}");
        }
    }
}
