//! Sorting, filtering and exporting the report's tables — pure functions over
//! row indices, so the view keeps the data where it is.

use std::cmp::Ordering;

use crate::model::{Cell, Table};
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
}

/// A cell as the report prints it (25.6, 40, 202304, text).
pub fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Number(n) => n.to_string(),
        Cell::Text(t) => t.to_string(),
    }
}

/// Numbers compare as numbers; text by code point, a stable order for Chinese.
fn compare(a: &Cell, b: &Cell) -> Ordering {
    match (a, b) {
        (Cell::Number(x), Cell::Number(y)) => x.total_cmp(y),
        (Cell::Text(x), Cell::Text(y)) => x.cmp(y),
        (Cell::Number(_), Cell::Text(_)) => Ordering::Less,
        (Cell::Text(_), Cell::Number(_)) => Ordering::Greater,
    }
}

/// The rows (indices into `table.rows`) that contain every term of `query`,
/// sorted by `column` if given. Sorting is stable: ties keep the report's order.
pub fn visible_rows(table: &Table, query: &Query, sort: Option<(usize, Direction)>) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..table.rows.len())
        .filter(|&r| query.is_empty() || query.matches_folded(&row_text(table, r)))
        .collect();
    if let Some((column, direction)) = sort.filter(|(c, _)| *c < table.columns.len()) {
        rows.sort_by(|&a, &b| {
            let order = compare(&table.rows[a][column], &table.rows[b][column]);
            match direction {
                Direction::Ascending => order,
                Direction::Descending => order.reverse(),
            }
        });
    }
    rows
}

fn row_text(table: &Table, row: usize) -> String {
    let cells: Vec<String> = table.rows[row].iter().map(cell_text).collect();
    fold(&cells.join("\n"))
}

/// The given rows as CSV (UTF-8 with BOM), headed by the column labels.
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

    #[test]
    fn cells_print_as_the_report_does() {
        assert_eq!(cell_text(&Cell::Number(40.0)), "40");
        assert_eq!(cell_text(&Cell::Number(25.6)), "25.6");
        assert_eq!(cell_text(&Cell::Number(19.03)), "19.03");
    }
}
