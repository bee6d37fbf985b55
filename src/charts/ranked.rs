//! A table's rows ranked by a numeric column (`"kind": "ranked"`): one bar
//! per row, labelled by another column, largest first, the first `top` only
//! if the data says so. Long labels are cut with "…" (the full text is in
//! the readout and the table); long lists get thinner bars.

use super::bars::{self, Axis, BarStyle, Group, Labels, Panel, Row};
use super::table_chart::{BLANK, DENSE_FROM, NumberColumn, Source};
use super::{Chart, ChartData, Scene, Theme, cell_decimal, sort_descending};
use crate::model::{Table, TableChart};

/// One row's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct RankedBar {
    /// The row's `label` cell as printed.
    pub label: String,
    /// The row's `value` cell as printed.
    pub printed: String,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankedChart {
    pub source: Source,
    /// The label column's label as printed.
    pub label: String,
    pub value: NumberColumn,
    /// Rows in the table.
    pub rows: usize,
    /// Largest first, equal values in the table's order; `top` of them if given.
    pub bars: Vec<RankedBar>,
}

impl RankedChart {
    /// `None` unless the table declares a ranked chart over existing columns
    /// and has rows with a number (`validate` refuses other declarations).
    pub fn from_table(table: &Table) -> Option<RankedChart> {
        let Some(TableChart::Ranked { label, value, top }) = &table.chart else {
            return None;
        };
        let label_column = table.column(label)?;
        let value_column = table.column(value)?;
        let mut bars: Vec<RankedBar> = table
            .rows
            .iter()
            .filter_map(|row| {
                let cell = row.get(value_column)?;
                let printed = row.get(label_column)?.printed();
                Some(RankedBar {
                    label: if printed.is_empty() {
                        BLANK.to_string()
                    } else {
                        printed
                    },
                    printed: cell.printed(),
                    value: cell_decimal(cell)?.to_f64(),
                })
            })
            .collect();
        if bars.is_empty() {
            return None;
        }
        sort_descending(&mut bars, |b| b.value);
        if let Some(top) = top {
            bars.truncate(*top as usize);
        }
        Some(RankedChart {
            source: Source::of(table),
            label: table.columns[label_column].label.to_string(),
            value: NumberColumn::new(&table.columns[value_column].label),
            rows: table.rows.len(),
            bars,
        })
    }

    /// Only some rows are shown.
    fn cut(&self) -> bool {
        self.bars.len() < self.rows
    }

    fn figure(&self, bar: &RankedBar) -> String {
        self.value.with_unit(&bar.printed)
    }
}

impl Chart for RankedChart {
    fn key(&self) -> String {
        self.source.key.clone()
    }

    fn title(&self) -> String {
        if self.cut() {
            format!(
                "{}：{}最高的 {} 项",
                self.source.name(),
                self.value.name,
                self.bars.len()
            )
        } else {
            format!("{}：{}从高到低", self.source.name(), self.value.name)
        }
    }

    fn headline(&self) -> String {
        // One short line: a long name is cut (the description has it whole).
        const NAME: usize = 14;
        let first = &self.bars[0];
        let name: String = first.label.chars().take(NAME).collect();
        let cut = if first.label.chars().count() > NAME {
            "…"
        } else {
            ""
        };
        format!(
            "{} 项中{}最高：“{name}{cut}” {}",
            self.rows,
            self.value.name,
            self.figure(first)
        )
    }

    fn summary(&self) -> String {
        let first = &self.bars[0];
        let last = &self.bars[self.bars.len() - 1];
        let (which, lowest) = if self.cut() {
            (
                format!("{}最高的 {} 项", self.value.name, self.bars.len()),
                format!("第 {} 为", self.bars.len()),
            )
        } else {
            (
                format!("按{}从高到低排列", self.value.name),
                "最低为".to_string(),
            )
        };
        format!(
            "{}列出 {} 项，{which}：最高为“{}”{}，{lowest}“{}”{}。",
            self.source.name(),
            self.rows,
            first.label,
            self.figure(first),
            last.label,
            self.figure(last)
        )
    }

    fn source_line(&self) -> String {
        let top = if self.cut() {
            format!("，取前 {} 项", self.bars.len())
        } else {
            String::new()
        };
        format!(
            "{}，按“{}”栏从高到低排列{top}。",
            self.source.cited(),
            self.value.label
        )
    }

    fn table(&self) -> ChartData {
        ChartData {
            header: vec![self.label.clone(), self.value.label.clone()],
            rows: self
                .bars
                .iter()
                .map(|b| vec![b.label.clone(), b.printed.clone()])
                .collect(),
        }
    }

    fn scene(&self, width: f64, theme: &Theme) -> Scene {
        let max = self.bars.iter().map(|b| b.value).fold(0.0, f64::max);
        let panel = Panel {
            groups: self
                .bars
                .iter()
                .map(|b| Group {
                    label: b.label.clone(),
                    short_label: None,
                    rows: vec![Row::Bar {
                        tag: None,
                        value: b.value,
                        text: self.figure(b),
                        style: BarStyle::School,
                        hit: format!("{}：{} {}", b.label, self.value.name, self.figure(b)),
                    }],
                    note: None,
                })
                .collect(),
            axis: Axis::nice(max, &self.value.unit),
            labels: Labels::Truncate,
            dense: self.bars.len() > DENSE_FROM,
        };
        let mut scene = Scene::new(width);
        scene.height = bars::layout(&mut scene, bars::PAD, &panel, theme) + 4.0;
        scene
    }
}
