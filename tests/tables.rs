//! The reports' tables through the pure table functions: CSV round-trips
//! through a real CSV parser with the same rows, sorting and filtering hold
//! on the real data and on the test fixture.

#[path = "support/reports.rs"]
mod reports;

use quality_report::model::{Cell, ColumnKind, Table};
use quality_report::search::Query;
use quality_report::table_view::{Direction, cell_text, to_csv, visible_rows};

#[test]
fn every_table_round_trips_through_a_csv_parser() {
    for (name, report) in reports::all() {
        assert!(!report.tables.is_empty(), "{name}");
        for table in report.tables.iter() {
            let rows: Vec<usize> = (0..table.rows.len()).collect();
            let csv = to_csv(table, &rows);
            let body = csv.strip_prefix('\u{feff}').expect("CSV starts with a BOM");
            let mut reader = csv::Reader::from_reader(body.as_bytes());
            let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
            let labels: Vec<String> = table.columns.iter().map(|c| c.label.to_string()).collect();
            assert_eq!(header, labels, "{name}: {}", table.key);
            let parsed: Vec<Vec<String>> = reader
                .records()
                .map(|r| r.unwrap().iter().map(String::from).collect())
                .collect();
            let expected: Vec<Vec<String>> = table
                .rows
                .iter()
                .map(|row| row.iter().map(cell_text).collect())
                .collect();
            assert_eq!(parsed, expected, "{name}: {}", table.key);
        }
    }
}

fn numbers(table: &Table, rows: &[usize], column: usize) -> Vec<f64> {
    rows.iter()
        .map(|&r| match table.rows[r][column] {
            Cell::Number(n) => n,
            Cell::Text(_) => panic!("{}: a number column holds text", table.key),
        })
        .collect()
}

#[test]
fn every_number_column_sorts_largest_first_then_smallest_first() {
    for (name, report) in reports::all() {
        for table in report.tables.iter() {
            for (c, _) in table
                .columns
                .iter()
                .enumerate()
                .filter(|(_, col)| col.kind == ColumnKind::Number)
            {
                let all = Query::default();
                let down = visible_rows(table, &all, Some((c, Direction::Descending)));
                let up = visible_rows(table, &all, Some((c, Direction::Ascending)));
                assert_eq!(down.len(), table.rows.len(), "{name}: {}", table.key);
                let down = numbers(table, &down, c);
                let up = numbers(table, &up, c);
                assert!(
                    down.windows(2).all(|w| w[0] >= w[1]),
                    "{name}: {}",
                    table.key
                );
                assert!(up.windows(2).all(|w| w[0] <= w[1]), "{name}: {}", table.key);
                let max = down.iter().copied().fold(f64::MIN, f64::max);
                assert_eq!(down[0], max, "{name}: {}", table.key);
            }
        }
    }
}

/// Terms worth filtering by: fixed ones, and the first two characters of
/// each table's first text cell (so every table has a term that matches).
fn terms(table: &Table) -> Vec<String> {
    let mut terms: Vec<String> = ["嘉兴", "省级", "2023", "示例"].map(String::from).to_vec();
    let first_text = table
        .rows
        .iter()
        .flat_map(|r| r.iter())
        .find_map(|c| match c {
            Cell::Text(t) if t.chars().count() >= 2 => Some(t.chars().take(2).collect()),
            _ => None,
        });
    terms.extend(first_text);
    terms
}

#[test]
fn filtering_keeps_exactly_the_rows_that_contain_every_term() {
    for (name, report) in reports::all() {
        for table in report.tables.iter() {
            let mut matched_some = false;
            for term in terms(table) {
                let rows = visible_rows(table, &Query::parse(&term), None);
                let expected: Vec<usize> = (0..table.rows.len())
                    .filter(|&r| table.rows[r].iter().any(|c| cell_text(c).contains(&term)))
                    .collect();
                assert_eq!(rows, expected, "{name}: {} / {term}", table.key);
                matched_some |= !rows.is_empty();
            }
            assert!(matched_some, "{name}: {}: no term matched", table.key);
        }
    }
}
