//! The report's tables through the pure table functions: CSV round-trips
//! through a real CSV parser with the same rows, sorting and filtering hold
//! on the real data.

use quality_report::model::Cell;
use quality_report::report::report;
use quality_report::search::Query;
use quality_report::table_view::{Direction, cell_text, to_csv, visible_rows};

#[test]
fn every_table_round_trips_through_a_csv_parser() {
    assert_eq!(report().tables.len(), 7);
    for table in report().tables.iter() {
        let rows: Vec<usize> = (0..table.rows.len()).collect();
        let csv = to_csv(table, &rows);
        let body = csv.strip_prefix('\u{feff}').expect("CSV starts with a BOM");
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        let labels: Vec<String> = table.columns.iter().map(|c| c.label.to_string()).collect();
        assert_eq!(header, labels, "{}", table.key);
        let parsed: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        let expected: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|row| row.iter().map(cell_text).collect())
            .collect();
        assert_eq!(parsed, expected, "{}", table.key);
    }
}

#[test]
fn contract_amounts_sort_largest_first() {
    let table = report().tables.iter().find(|t| t.key == "t-2-2-1").unwrap();
    let column = table
        .columns
        .iter()
        .position(|c| c.label.starts_with("合同金额"))
        .unwrap();
    let rows = visible_rows(
        table,
        &Query::default(),
        Some((column, Direction::Descending)),
    );
    let amounts: Vec<f64> = rows
        .iter()
        .map(|&r| match table.rows[r][column] {
            Cell::Number(n) => n,
            Cell::Text(_) => panic!("amounts are numbers"),
        })
        .collect();
    assert_eq!(amounts[0], 40.0);
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]));
    assert_eq!(rows.len(), 32);
}

#[test]
fn filtering_keeps_exactly_the_rows_that_contain_every_term() {
    for table in report().tables.iter() {
        for term in ["嘉兴", "省级", "2023"] {
            let rows = visible_rows(table, &Query::parse(term), None);
            let expected: Vec<usize> = (0..table.rows.len())
                .filter(|&r| table.rows[r].iter().any(|c| cell_text(c).contains(term)))
                .collect();
            assert_eq!(rows, expected, "{} / {term}", table.key);
        }
    }
}
