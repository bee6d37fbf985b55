//! Consistency checks any report on the template must pass.
//!
//! Run by `build.rs` (a broken data file fails the build with the path of the
//! offending field) and by the tests. Facts of one particular report (31
//! cases, 26 rows…) are that report's expectations (data/expectations.json,
//! tests/data_counts.rs), not checks here.

use std::collections::HashSet;

use crate::decimal::Decimal;
use crate::model::{Cell, ColumnKind, Report, Table, TableChart};

/// Every problem found, each prefixed with the path of the field in the data file.
pub fn problems(report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    check_chapters(report, &mut out);
    check_outcomes(report, &mut out);
    check_cohort_and_funding(report, &mut out);
    check_figures(report, &mut out);
    check_tables(report, &mut out);
    check_cases(report, &mut out);
    check_appendix(report, &mut out);
    out
}

fn section_exists(report: &Report, id: &str) -> bool {
    report
        .chapters
        .iter()
        .any(|c| c.sections.iter().any(|s| s.id == id))
}

fn printed(out: &mut Vec<String>, path: &str, text: &str) -> Option<Decimal> {
    let parsed = Decimal::parse(text);
    if parsed.is_none() {
        out.push(format!("{path}: {text:?} is not a number as printed"));
    }
    parsed
}

fn check_chapters(report: &Report, out: &mut Vec<String>) {
    let mut ids = HashSet::new();
    for (i, chapter) in report.chapters.iter().enumerate() {
        let path = format!("chapters[{i}]");
        if usize::from(chapter.number) != i + 1 {
            out.push(format!(
                "{path}.number: expected {}, found {}",
                i + 1,
                chapter.number
            ));
        }
        for (j, section) in chapter.sections.iter().enumerate() {
            let prefix = format!("{}.", chapter.number);
            let ok_number = section
                .id
                .strip_prefix(&prefix)
                .is_some_and(|n| n.parse::<u16>().is_ok_and(|n| usize::from(n) == j + 1));
            if !ok_number {
                out.push(format!(
                    "{path}.sections[{j}].id: expected {prefix}{}, found {}",
                    j + 1,
                    section.id
                ));
            }
            if !ids.insert(section.id.clone()) {
                out.push(format!("{path}.sections[{j}].id: {} repeated", section.id));
            }
        }
    }
}

fn check_outcomes(report: &Report, out: &mut Vec<String>) {
    let outcomes = &report.outcomes;
    if !section_exists(report, &outcomes.section) {
        out.push(format!("outcomes.section: no section {}", outcomes.section));
    }
    for (i, metric) in outcomes.metrics.iter().enumerate() {
        let path = format!("outcomes.metrics[{i}]");
        let school = printed(out, &format!("{path}.school"), &metric.school);
        let province = metric
            .province
            .as_ref()
            .and_then(|p| printed(out, &format!("{path}.province"), p));
        if let Some(stated) = &metric.stated_difference {
            let stated_path = format!("{path}.stated_difference");
            match (printed(out, &stated_path, stated), school, province) {
                (Some(stated), Some(school), Some(province)) => {
                    let computed = school.minus(province).round_to(stated.scale());
                    if computed != stated {
                        out.push(format!(
                            "{stated_path}: report states {stated}, values give {computed}"
                        ));
                    }
                }
                (Some(_), _, None) => {
                    out.push(format!("{stated_path}: stated without a province value"));
                }
                _ => {}
            }
        }
    }
}

fn check_cohort_and_funding(report: &Report, out: &mut Vec<String>) {
    let cohort = &report.cohort;
    if cohort.placed > cohort.graduates {
        out.push("cohort.placed: more placed than graduates".into());
    }
    if let Some(rate) = printed(out, "cohort.placement_rate", &cohort.placement_rate) {
        let computed = Decimal::percent(
            u64::from(cohort.placed),
            u64::from(cohort.graduates),
            rate.scale(),
        );
        if computed != Some(rate) {
            out.push(format!(
                "cohort.placement_rate: {rate} but {}/{} gives {}",
                cohort.placed,
                cohort.graduates,
                computed.map_or("nothing".to_string(), |c| c.to_string())
            ));
        }
    }
    if let Some(retention) = &cohort.retention {
        printed(out, "cohort.retention.percent", &retention.percent);
    }

    let funding = &report.funding;
    printed(out, "funding.total_income", &funding.total_income);
    let mut sum = Decimal::parse("0").expect("zero parses");
    for (i, source) in funding.sources.iter().enumerate() {
        if let Some(p) = printed(
            out,
            &format!("funding.sources[{i}].percent"),
            &source.percent,
        ) {
            sum = sum.plus(p);
        }
    }
    if !funding.sources.is_empty() && sum != Decimal::parse("100").expect("100 parses") {
        out.push(format!("funding.sources: shares add up to {sum}, not 100"));
    }
}

fn check_figures(report: &Report, out: &mut Vec<String>) {
    let mut keys = HashSet::new();
    for (i, figure) in report.figures.iter().enumerate() {
        let path = format!("figures[{i}]");
        printed(out, &format!("{path}.value"), &figure.value);
        if !keys.insert(figure.key.clone()) {
            out.push(format!("{path}.key: {} repeated", figure.key));
        }
        if figure.section != "前言" && !section_exists(report, &figure.section) {
            out.push(format!("{path}.section: no section {}", figure.section));
        }
    }
}

fn check_tables(report: &Report, out: &mut Vec<String>) {
    let mut keys = HashSet::new();
    for (t, table) in report.tables.iter().enumerate() {
        let path = format!("tables[{t}]");
        if !keys.insert(table.key.clone()) {
            out.push(format!("{path}.key: {} repeated", table.key));
        }
        if let Some(section) = &table.section
            && !section_exists(report, section)
        {
            out.push(format!("{path}.section: no section {section}"));
        }
        if table.note.as_ref().is_some_and(|n| n.trim().is_empty()) {
            out.push(format!("{path}.note: empty (leave it out instead)"));
        }
        check_table_chart(table, &path, out);
        for (r, row) in table.rows.iter().enumerate() {
            if row.len() != table.columns.len() {
                out.push(format!(
                    "{path}.rows[{r}]: {} cells for {} columns",
                    row.len(),
                    table.columns.len()
                ));
                continue;
            }
            for (c, (cell, column)) in row.iter().zip(table.columns.iter()).enumerate() {
                let fits = matches!(
                    (column.kind, cell),
                    (ColumnKind::Number, Cell::Number(_))
                        | (
                            ColumnKind::Text | ColumnKind::Date | ColumnKind::Level,
                            Cell::Text(_)
                        )
                );
                if !fits {
                    out.push(format!(
                        "{path}.rows[{r}][{c}]: {cell:?} does not fit column {} ({:?})",
                        column.label, column.kind
                    ));
                }
            }
        }
    }
}

/// A table's declared chart names existing columns, numeric where a number
/// is needed, and merges only values the table prints.
fn check_table_chart(table: &Table, path: &str, out: &mut Vec<String>) {
    let Some(chart) = &table.chart else {
        return;
    };
    let path = format!("{path}.chart");
    if table.rows.is_empty() {
        out.push(format!("{path}: the table has no rows to chart"));
    }
    match chart {
        TableChart::Grouped { by, sum, merge } => {
            let by_column = chart_column(table, &format!("{path}.by"), by, false, out);
            if let Some(sum) = sum {
                chart_column(table, &format!("{path}.sum"), sum, true, out);
            }
            let Some(by_column) = by_column else {
                return;
            };
            let printed: HashSet<String> = table
                .rows
                .iter()
                .filter_map(|row| row.get(by_column))
                .map(Cell::printed)
                .collect();
            for rule in merge.iter() {
                let rule_path = format!("{path}.merge.{}", rule.value);
                if !printed.contains(rule.value.trim()) {
                    out.push(format!(
                        "{rule_path}: no row prints this value in column {by}"
                    ));
                }
                if rule.group.trim().is_empty() || rule.group == rule.value {
                    out.push(format!(
                        "{rule_path}: needs a group other than the value itself"
                    ));
                } else if merge.iter().any(|r| r.value == rule.group) {
                    out.push(format!(
                        "{rule_path}: its group {} is itself merged into another",
                        rule.group
                    ));
                }
            }
        }
        TableChart::Ranked { label, value, top } => {
            chart_column(table, &format!("{path}.label"), label, false, out);
            chart_column(table, &format!("{path}.value"), value, true, out);
            if *top == Some(0) {
                out.push(format!("{path}.top: 0 bars (leave top out for every row)"));
            }
        }
    }
}

/// The index of the column a chart names; a problem if there is none, or if
/// a number is needed and the column is not numeric.
fn chart_column(
    table: &Table,
    path: &str,
    label: &str,
    numeric: bool,
    out: &mut Vec<String>,
) -> Option<usize> {
    let Some(index) = table.column(label) else {
        let labels: Vec<&str> = table.columns.iter().map(|c| c.label.as_ref()).collect();
        out.push(format!(
            "{path}: no column {label:?} in this table (columns: {})",
            labels.join(", ")
        ));
        return None;
    };
    let kind = table.columns[index].kind;
    if numeric && kind != ColumnKind::Number {
        out.push(format!(
            "{path}: column {label:?} is {kind:?}, and a chart needs a Number column here"
        ));
        return None;
    }
    Some(index)
}

fn check_cases(report: &Report, out: &mut Vec<String>) {
    let vocabulary: HashSet<&str> = report.topics.iter().map(|t| t.as_ref()).collect();
    for (i, case) in report.cases.iter().enumerate() {
        let path = format!("cases[{i}]");
        if usize::from(case.number) != i + 1 {
            out.push(format!(
                "{path}.number: expected {}, found {}",
                i + 1,
                case.number
            ));
        }
        let chapter = report.chapters.iter().find(|c| c.number == case.chapter);
        match chapter {
            None => out.push(format!("{path}.chapter: no chapter {}", case.chapter)),
            Some(chapter) if !chapter.sections.iter().any(|s| s.id == case.section) => {
                out.push(format!(
                    "{path}.section: no section {} in chapter {}",
                    case.section, case.chapter
                ))
            }
            Some(_) => {}
        }
        if case.tags.len() > 4 {
            out.push(format!(
                "{path}.tags: {} tags, expected at most 4",
                case.tags.len()
            ));
        }
        let mut seen = HashSet::new();
        for tag in case.tags.iter() {
            if !vocabulary.contains(tag.as_ref()) {
                out.push(format!("{path}.tags: {tag} is not in topics"));
            }
            if !seen.insert(tag) {
                out.push(format!("{path}.tags: {tag} repeated"));
            }
        }
        if case.paragraphs.is_empty() {
            out.push(format!("{path}.paragraphs: empty"));
        }
    }
}

/// The 附表 list: a heading, tables numbered 表1, 表2… in order, each with a
/// title, and no empty note.
fn check_appendix(report: &Report, out: &mut Vec<String>) {
    let Some(appendix) = &report.appendix else {
        return;
    };
    if appendix.heading.trim().is_empty() {
        out.push("appendix.heading: empty".into());
    }
    if appendix.note.as_ref().is_some_and(|n| n.trim().is_empty()) {
        out.push("appendix.note: empty (leave it out instead)".into());
    }
    if appendix.tables.is_empty() {
        out.push("appendix.tables: none listed (leave appendix out instead)".into());
    }
    for (i, table) in appendix.tables.iter().enumerate() {
        let path = format!("appendix.tables[{i}]");
        let expected = format!("表{}", i + 1);
        if table.number != expected {
            out.push(format!(
                "{path}.number: expected {expected}, found {}",
                table.number
            ));
        }
        if table.title.trim().is_empty() {
            out.push(format!("{path}.title: empty"));
        }
    }
}
