//! The report's tables through the pure table functions: CSV round-trips
//! through a real CSV parser with the same rows, sorting and filtering hold
//! on the real data.

use quality_report::model::{Cell, ColumnKind, Table};
use quality_report::report::report;
use quality_report::search::Query;
use quality_report::table_view::{
    DateCode, Direction, UNRANKED, cell_text, level_rank, shown_text, to_csv, visible_rows,
};

fn table(key: &str) -> &'static Table {
    report().tables.iter().find(|t| t.key == key).unwrap()
}

/// The cells of one column, in the given row order, as shown.
fn shown_column(table: &Table, column: usize, rows: &[usize]) -> Vec<String> {
    rows.iter()
        .map(|&r| shown_text(&table.rows[r][column], &table.columns[column]))
        .collect()
}

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

#[test]
fn every_printed_date_code_reads_as_a_date() {
    let mut dates = 0;
    for table in report().tables.iter() {
        for (c, column) in table.columns.iter().enumerate() {
            if column.kind != ColumnKind::Date {
                continue;
            }
            for row in table.rows.iter() {
                let printed = cell_text(&row[c]);
                let date = DateCode::parse(&printed)
                    .unwrap_or_else(|| panic!("{} {printed}: not read", table.key));
                let shown = shown_text(&row[c], column);
                let month = date.month.expect("the report prints year and month");
                assert_eq!(shown, format!("{}年{month}月", date.year), "{printed}");
                dates += 1;
            }
        }
    }
    // 表1.8-1 出版年月 (11) and 表3.3-1 登记日期 (27).
    assert_eq!(dates, 38);
}

#[test]
fn registration_dates_sort_by_date_both_ways() {
    let t = table("t-3-3-1");
    let column = t
        .columns
        .iter()
        .position(|c| c.label == "登记日期")
        .unwrap();
    let ascending = visible_rows(t, &Query::default(), Some((column, Direction::Ascending)));
    let codes: Vec<String> = ascending
        .iter()
        .map(|&r| cell_text(&t.rows[r][column]))
        .collect();
    assert!(codes.windows(2).all(|w| w[0] <= w[1]), "{codes:?}");
    assert_eq!(shown_column(t, column, &ascending)[0], "2001年9月");
    let descending = visible_rows(t, &Query::default(), Some((column, Direction::Descending)));
    assert_eq!(shown_column(t, column, &descending)[0], "2023年4月");
}

#[test]
fn every_printed_level_names_a_level_or_a_grade() {
    for table in report().tables.iter() {
        for (c, column) in table.columns.iter().enumerate() {
            if column.kind != ColumnKind::Level {
                continue;
            }
            for row in table.rows.iter() {
                let printed = cell_text(&row[c]);
                assert_ne!(
                    level_rank(&printed),
                    (UNRANKED, UNRANKED),
                    "{} {printed}",
                    table.key
                );
            }
        }
    }
}

#[test]
fn award_levels_sort_by_rank_not_by_character() {
    let t = table("t-1-5-1");
    let grade = t
        .columns
        .iter()
        .position(|c| c.label == "获奖等级")
        .unwrap();
    let rows = visible_rows(t, &Query::default(), Some((grade, Direction::Ascending)));
    let mut shown = shown_column(t, grade, &rows);
    shown.dedup();
    assert_eq!(shown, ["一等奖", "二等奖", "三等奖"]);

    let t = table("t-1-4-1");
    let level = t
        .columns
        .iter()
        .position(|c| c.label == "获奖等级")
        .unwrap();
    let rows = visible_rows(t, &Query::default(), Some((level, Direction::Ascending)));
    let shown = shown_column(t, level, &rows);
    assert_eq!(shown[0], "国赛特等奖");
    let ranks: Vec<(u8, u8)> = shown.iter().map(|s| level_rank(s)).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{shown:?}");
    // National awards first, whatever their grade.
    assert!(shown[..4].iter().all(|s| s.starts_with('国')), "{shown:?}");
    let descending = visible_rows(t, &Query::default(), Some((level, Direction::Descending)));
    assert_eq!(
        shown_column(t, level, &descending).last().unwrap(),
        "国赛特等奖"
    );
}
