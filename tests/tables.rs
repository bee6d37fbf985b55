//! The reports' tables through the pure table functions: CSV round-trips
//! through a real CSV parser with the same rows, sorting and filtering hold
//! on the real data and on the test fixture.

#[path = "support/reports.rs"]
mod reports;

use quality_report::model::{Cell, ColumnKind, Table};
use quality_report::search::Query;
use quality_report::table_view::{
    DateCode, Direction, UNRANKED, cell_text, level_rank, shown_text, to_csv, visible_rows,
};

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

/// The indices of a table's columns of one kind.
fn columns_of(table: &Table, kind: ColumnKind) -> Vec<usize> {
    (0..table.columns.len())
        .filter(|&c| table.columns[c].kind == kind)
        .collect()
}

#[test]
fn every_printed_date_code_reads_as_a_date_and_sorts_by_time() {
    for (name, report) in reports::all() {
        for table in report.tables.iter() {
            for c in columns_of(table, ColumnKind::Date) {
                let column = &table.columns[c];
                let key = |r: usize| {
                    let printed = cell_text(&table.rows[r][c]);
                    let date = DateCode::parse(&printed)
                        .unwrap_or_else(|| panic!("{name}: {} {printed}: not read", table.key));
                    // The report prints year and month: shown as 2001年9月.
                    let month = date.month.expect("year and month");
                    let shown = shown_text(&table.rows[r][c], column);
                    assert_eq!(shown, format!("{}年{month}月", date.year), "{printed}");
                    (date.year, month, date.day.unwrap_or(0))
                };
                let all = Query::default();
                let up = visible_rows(table, &all, Some((c, Direction::Ascending)));
                let down = visible_rows(table, &all, Some((c, Direction::Descending)));
                let up: Vec<_> = up.into_iter().map(key).collect();
                let down: Vec<_> = down.into_iter().map(key).collect();
                assert!(up.windows(2).all(|w| w[0] <= w[1]), "{name}: {}", table.key);
                assert!(
                    down.windows(2).all(|w| w[0] >= w[1]),
                    "{name}: {}",
                    table.key
                );
            }
        }
    }
}

#[test]
fn every_printed_level_ranks_and_levels_sort_by_rank() {
    for (name, report) in reports::all() {
        for table in report.tables.iter() {
            for c in columns_of(table, ColumnKind::Level) {
                let rank = |r: &usize| level_rank(&cell_text(&table.rows[*r][c]));
                for r in 0..table.rows.len() {
                    assert_ne!(
                        rank(&r),
                        (UNRANKED, UNRANKED),
                        "{name}: {} row {r}",
                        table.key
                    );
                }
                let all = Query::default();
                let up = visible_rows(table, &all, Some((c, Direction::Ascending)));
                let down = visible_rows(table, &all, Some((c, Direction::Descending)));
                let up: Vec<_> = up.iter().map(rank).collect();
                let down: Vec<_> = down.iter().map(rank).collect();
                assert!(up.windows(2).all(|w| w[0] <= w[1]), "{name}: {}", table.key);
                assert!(
                    down.windows(2).all(|w| w[0] >= w[1]),
                    "{name}: {}",
                    table.key
                );
            }
        }
    }
}

#[test]
fn a_date_is_found_as_printed_and_as_shown() {
    for (name, report) in reports::all() {
        for table in report.tables.iter() {
            for c in columns_of(table, ColumnKind::Date) {
                let printed = cell_text(&table.rows[0][c]);
                let shown = shown_text(&table.rows[0][c], &table.columns[c]);
                let by_printed = visible_rows(table, &Query::parse(&printed), None);
                assert!(by_printed.contains(&0), "{name}: {printed}");
                // (2001年1月 also finds 2001年10月: what the code finds, the date finds.)
                let by_shown = visible_rows(table, &Query::parse(&shown), None);
                assert!(
                    by_printed.iter().all(|r| by_shown.contains(r)),
                    "{name}: {shown}"
                );
            }
        }
    }
}
