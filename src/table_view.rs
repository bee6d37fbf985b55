//! Sorting, filtering and exporting the report's tables — pure functions over
//! row indices, so the view keeps the data where it is.
//!
//! Each column sorts by its kind: numbers as numbers, award levels by rank
//! (`level`), text and date codes by code point (a year-first code's text
//! order is its time order: `date`).

mod date;
mod level;

use std::cmp::Ordering;

pub use date::{DateCode, date_text};
pub use level::{UNRANKED, compare_levels, level_rank};

use crate::model::{Cell, Column, ColumnKind, Table};
use crate::search::{Query, fold};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    pub fn flipped(self) -> Direction {
        match self {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }
    }

    /// The direction of a column's first click: numbers largest first, levels
    /// best first, dates earliest first, text A→Z.
    pub fn first(kind: ColumnKind) -> Direction {
        match kind {
            ColumnKind::Number => Direction::Descending,
            ColumnKind::Text | ColumnKind::Date | ColumnKind::Level => Direction::Ascending,
        }
    }
}

/// A cell as the report prints it (25.6, 40, 202304, text).
pub fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Number(n) => n.to_string(),
        Cell::Text(t) => t.to_string(),
    }
}

/// A cell as the table shows it: as printed, except that a date code reads as
/// a date (202304 → 2023年4月).
pub fn shown_text(cell: &Cell, column: &Column) -> String {
    match (cell, column.kind) {
        (Cell::Text(t), ColumnKind::Date) => date_text(t),
        _ => cell_text(cell),
    }
}

/// The column a row is known by, held in place while a wide table scrolls
/// sideways: the first text column (a name, a title), so a row far to the
/// right still says whose it is. Tables that open with a row number (序号)
/// hold the name after it, not the number; a table without text holds its
/// first column.
pub fn key_column(table: &Table) -> usize {
    table
        .columns
        .iter()
        .position(|c| c.kind == ColumnKind::Text)
        .unwrap_or(0)
}

/// The order of a column's cells, ascending (see each kind's rule).
fn compare(kind: ColumnKind, a: &Cell, b: &Cell) -> Ordering {
    match (a, b) {
        (Cell::Number(x), Cell::Number(y)) => x.total_cmp(y),
        (Cell::Text(x), Cell::Text(y)) => match kind {
            ColumnKind::Level => compare_levels(x, y),
            ColumnKind::Text | ColumnKind::Number | ColumnKind::Date => x.cmp(y),
        },
        (Cell::Number(_), Cell::Text(_)) => Ordering::Less,
        (Cell::Text(_), Cell::Number(_)) => Ordering::Greater,
    }
}

/// The rows (indices into `table.rows`) that contain every term of `query`,
/// sorted by `column` if given. Sorting is stable: ties keep the report's order.
/// Ascending is earliest first for dates and best first for levels.
pub fn visible_rows(table: &Table, query: &Query, sort: Option<(usize, Direction)>) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..table.rows.len())
        .filter(|&r| query.is_empty() || query.matches_folded(&row_text(table, r)))
        .collect();
    if let Some((column, direction)) = sort.filter(|(c, _)| *c < table.columns.len()) {
        let kind = table.columns[column].kind;
        rows.sort_by(|&a, &b| {
            let order = compare(kind, &table.rows[a][column], &table.rows[b][column]);
            match direction {
                Direction::Ascending => order,
                Direction::Descending => order.reverse(),
            }
        });
    }
    rows
}

/// What a filter searches: each cell as printed and, where it differs, as
/// shown (so both 200109 and 2001年9月 find the row).
fn row_text(table: &Table, row: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (cell, column) in table.rows[row].iter().zip(table.columns.iter()) {
        let printed = cell_text(cell);
        let shown = shown_text(cell, column);
        if shown != printed {
            parts.push(shown);
        }
        parts.push(printed);
    }
    fold(&parts.join("\n"))
}

/// The given rows as CSV (UTF-8 with BOM), headed by the column labels.
///
/// Cells are written as the report prints them, date codes included
/// (200109, not 2001年9月): the file is the report's data for re-use, a
/// spreadsheet sorts and parses the code as it is, and the table files the
/// build writes (`tables/*.csv`) say the same as the report.
pub fn to_csv(table: &Table, rows: &[usize]) -> String {
    let header: Vec<&str> = table.columns.iter().map(|c| c.label.as_ref()).collect();
    crate::csv::to_csv(
        &header,
        rows.iter().map(|&r| table.rows[r].iter().map(cell_text)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Column, ColumnKind};
    use std::borrow::Cow;

    fn table() -> Table {
        let text = |s: &str| Cell::Text(s.to_string().into());
        Table {
            key: "t".into(),
            number: None,
            title: "表".into(),
            section: None,
            columns: Cow::Owned(vec![
                Column {
                    label: "名称".into(),
                    kind: ColumnKind::Text,
                },
                Column {
                    label: "金额".into(),
                    kind: ColumnKind::Number,
                },
            ]),
            rows: Cow::Owned(vec![
                Cow::Owned(vec![text("乙 AI"), Cell::Number(9.0)]),
                Cow::Owned(vec![text("甲"), Cell::Number(40.0)]),
                Cow::Owned(vec![text("丙"), Cell::Number(9.0)]),
                Cow::Owned(vec![text("丁"), Cell::Number(25.6)]),
            ]),
            note: None,
            chart: None,
        }
    }

    #[test]
    fn numbers_sort_as_numbers_and_ties_keep_order() {
        let t = table();
        let none = Query::default();
        assert_eq!(
            visible_rows(&t, &none, Some((1, Direction::Descending))),
            [1, 3, 0, 2]
        );
        assert_eq!(
            visible_rows(&t, &none, Some((1, Direction::Ascending))),
            [0, 2, 3, 1]
        );
    }

    #[test]
    fn text_sorts_in_a_stable_code_point_order() {
        let t = table();
        let asc = visible_rows(&t, &Query::default(), Some((0, Direction::Ascending)));
        let names: Vec<String> = asc.iter().map(|&r| cell_text(&t.rows[r][0])).collect();
        let mut expected = names.clone();
        expected.sort();
        assert_eq!(names, expected);
    }

    #[test]
    fn filter_matches_any_cell_and_every_term() {
        let t = table();
        assert_eq!(visible_rows(&t, &Query::parse("ai"), None), [0]);
        assert_eq!(visible_rows(&t, &Query::parse("25.6"), None), [3]);
        assert_eq!(
            visible_rows(&t, &Query::parse("甲 9"), None),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn out_of_range_sort_column_is_ignored() {
        assert_eq!(
            visible_rows(&table(), &Query::default(), Some((7, Direction::Ascending))),
            [0, 1, 2, 3]
        );
    }

    fn awards() -> Table {
        let text = |s: &str| Cell::Text(s.to_string().into());
        let column = |label: &str, kind| Column {
            label: label.to_string().into(),
            kind,
        };
        Table {
            key: "a".into(),
            number: None,
            title: "奖".into(),
            section: None,
            columns: Cow::Owned(vec![
                column("获奖等级", ColumnKind::Level),
                column("日期", ColumnKind::Date),
            ]),
            rows: Cow::Owned(vec![
                Cow::Owned(vec![text("省级银奖"), text("202304")]),
                Cow::Owned(vec![text("三等奖"), text("200109")]),
                Cow::Owned(vec![text("国赛三等奖"), text("待定")]),
                Cow::Owned(vec![text("省级金奖"), text("201709")]),
                Cow::Owned(vec![text("二等奖"), text("200309")]),
            ]),
            note: None,
            chart: None,
        }
    }

    #[test]
    fn levels_sort_by_rank_best_first() {
        let t = awards();
        let none = Query::default();
        assert_eq!(Direction::first(ColumnKind::Level), Direction::Ascending);
        assert_eq!(
            visible_rows(&t, &none, Some((0, Direction::Ascending))),
            [2, 3, 0, 4, 1]
        );
        assert_eq!(
            visible_rows(&t, &none, Some((0, Direction::Descending))),
            [1, 4, 0, 3, 2]
        );
    }

    #[test]
    fn dates_sort_by_date_and_show_as_dates() {
        let t = awards();
        assert_eq!(
            visible_rows(&t, &Query::default(), Some((1, Direction::Ascending))),
            [1, 4, 3, 0, 2]
        );
        assert_eq!(shown_text(&t.rows[1][1], &t.columns[1]), "2001年9月");
        assert_eq!(shown_text(&t.rows[2][1], &t.columns[1]), "待定");
        // A level column shows its values as printed.
        assert_eq!(shown_text(&t.rows[0][0], &t.columns[0]), "省级银奖");
    }

    #[test]
    fn a_date_is_found_as_printed_and_as_shown() {
        let t = awards();
        assert_eq!(visible_rows(&t, &Query::parse("2001年9月"), None), [1]);
        assert_eq!(visible_rows(&t, &Query::parse("200109"), None), [1]);
    }

    #[test]
    fn csv_keeps_date_codes_as_printed() {
        let t = awards();
        let csv = to_csv(&t, &[1]);
        assert!(csv.contains("三等奖,200109\r\n"), "{csv}");
    }

    #[test]
    fn cells_print_as_the_report_does() {
        assert_eq!(cell_text(&Cell::Number(40.0)), "40");
        assert_eq!(cell_text(&Cell::Number(25.6)), "25.6");
        assert_eq!(cell_text(&Cell::Number(19.03)), "19.03");
    }

    #[test]
    fn the_key_column_is_the_first_text_column() {
        let column = |kind| Column {
            label: "列".into(),
            kind,
        };
        let with = |kinds: &[ColumnKind]| Table {
            columns: Cow::Owned(kinds.iter().map(|&k| column(k)).collect()),
            ..table()
        };
        use ColumnKind::{Date, Level, Number, Text};
        assert_eq!(key_column(&with(&[Number, Text, Number, Level])), 1);
        assert_eq!(key_column(&with(&[Text, Number])), 0);
        assert_eq!(key_column(&with(&[Number, Date, Level, Text, Text])), 3);
        assert_eq!(key_column(&with(&[Number, Number])), 0);
    }
}
