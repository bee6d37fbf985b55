//! A table's rows grouped by the value of one column (`"kind": "grouped"`):
//! one bar per group, its number of rows or the exact sum of a numeric
//! column, largest first. Values that are not groups themselves are counted
//! in the group the data names (`merge`), and the source line says so.

use super::bars::{self, Axis, BarStyle, Group, Labels, Panel, Row};
use super::table_chart::{BLANK, DENSE_FROM, NumberColumn, Source};
use super::{Chart, ChartData, Scene, Theme, cell_decimal, sort_descending, sum};
use crate::decimal::Decimal;
use crate::model::{Table, TableChart};

/// One bar: a group and what it adds up to.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupBar {
    /// As printed in the `by` column (or the group a value is merged into).
    pub label: String,
    /// Rows counted in the group.
    pub rows: usize,
    /// The exact sum of the `sum` column; `None` when rows are counted.
    pub total: Option<String>,
    /// The bar's length: `total`, or `rows`.
    pub value: f64,
}

/// A printed value counted in another group, and in how many rows it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub value: String,
    pub group: String,
    pub rows: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GroupedChart {
    pub source: Source,
    /// The grouping column's label as printed.
    pub by: String,
    /// The summed column; `None` when rows are counted.
    pub sum: Option<NumberColumn>,
    /// The merges that applied, in the order the data lists them.
    pub merged: Vec<Merged>,
    /// Largest first; equal bars keep the order of first appearance.
    pub groups: Vec<GroupBar>,
}

impl GroupedChart {
    /// `None` unless the table declares a grouped chart over existing columns
    /// and has rows (`validate` refuses a declaration naming no column).
    pub fn from_table(table: &Table) -> Option<GroupedChart> {
        let Some(TableChart::Grouped { by, sum, merge }) = &table.chart else {
            return None;
        };
        let by_column = table.column(by)?;
        let sum_column = match sum {
            Some(label) => Some(table.column(label)?),
            None => None,
        };
        // (group, rows, summands) in order of first appearance.
        let mut found: Vec<(String, usize, Vec<Decimal>)> = Vec::new();
        let mut merged: Vec<Merged> = merge
            .iter()
            .map(|rule| Merged {
                value: rule.value.trim().to_string(),
                group: rule.group.to_string(),
                rows: 0,
            })
            .collect();
        for row in table.rows.iter() {
            let printed = row.get(by_column)?.printed();
            let label = match merged.iter_mut().find(|m| m.value == printed) {
                Some(rule) => {
                    rule.rows += 1;
                    rule.group.clone()
                }
                None if printed.is_empty() => BLANK.to_string(),
                None => printed,
            };
            let summand = sum_column.and_then(|c| row.get(c)).and_then(cell_decimal);
            match found.iter_mut().find(|(l, _, _)| *l == label) {
                Some((_, rows, summands)) => {
                    *rows += 1;
                    summands.extend(summand);
                }
                None => found.push((label, 1, summand.into_iter().collect())),
            }
        }
        if found.is_empty() {
            return None;
        }
        let mut groups: Vec<GroupBar> = found
            .into_iter()
            .map(|(label, rows, summands)| match sum_column {
                Some(_) => {
                    let total = self::sum(summands);
                    GroupBar {
                        label,
                        rows,
                        value: total.to_f64(),
                        total: Some(total.to_string()),
                    }
                }
                None => GroupBar {
                    label,
                    rows,
                    total: None,
                    value: rows as f64,
                },
            })
            .collect();
        sort_descending(&mut groups, |g| g.value);
        merged.retain(|m| m.rows > 0);
        Some(GroupedChart {
            source: Source::of(table),
            by: by.to_string(),
            sum: sum_column.map(|c| NumberColumn::new(&table.columns[c].label)),
            merged,
            groups,
        })
    }

    fn rows(&self) -> usize {
        self.groups.iter().map(|g| g.rows).sum()
    }

    /// A bar's figure: the sum with the unit of the column's label ("235",
    /// "47.9 万元"), or the rows counted ("9 项").
    fn figure(&self, group: &GroupBar) -> String {
        match (&self.sum, &group.total) {
            (Some(column), Some(total)) => column.with_unit(total),
            _ => format!("{} 项", group.rows),
        }
    }

    /// One group in words: "省部级 235（22 项）", "国家级 9 项".
    fn describe(&self, group: &GroupBar) -> String {
        match &self.sum {
            Some(_) => format!(
                "{} {}（{} 项）",
                group.label,
                self.figure(group),
                group.rows
            ),
            None => format!("{} {}", group.label, self.figure(group)),
        }
    }

    /// "“省教育科学规划领导小组”一项计入“省部级”", one clause per merge.
    fn merge_clauses(&self) -> Vec<String> {
        self.merged
            .iter()
            .map(|m| {
                let rows = if m.rows == 1 {
                    "一项".to_string()
                } else {
                    format!(" {} 项", m.rows)
                };
                format!("“{}”{rows}计入“{}”", m.value, m.group)
            })
            .collect()
    }

    fn panel(&self) -> Panel {
        let max = self.groups.iter().map(|g| g.value).fold(0.0, f64::max);
        let unit = match &self.sum {
            Some(column) => column.unit.as_str(),
            None => "项",
        };
        Panel {
            groups: self
                .groups
                .iter()
                .map(|g| Group {
                    label: match &self.sum {
                        Some(_) => format!("{}（{} 项）", g.label, g.rows),
                        None => g.label.clone(),
                    },
                    short_label: Some(g.label.clone()),
                    rows: vec![Row::Bar {
                        tag: None,
                        value: g.value,
                        text: self.figure(g),
                        style: BarStyle::School,
                        hit: format!("{}：{}", self.source.name(), self.describe(g)),
                    }],
                    note: None,
                })
                .collect(),
            axis: Axis::nice(max, unit),
            labels: Labels::Wrap,
            dense: self.groups.len() > DENSE_FROM,
        }
    }
}

impl Chart for GroupedChart {
    fn key(&self) -> String {
        self.source.key.clone()
    }

    fn title(&self) -> String {
        match &self.sum {
            Some(column) => format!("{}：按{}合计{}", self.source.name(), self.by, column.name),
            None => format!("{}：按{}统计项数", self.source.name(), self.by),
        }
    }

    fn headline(&self) -> String {
        match self.groups.first() {
            Some(top) => format!(
                "按{}分为 {} 组，{}最多（{}）",
                self.by,
                self.groups.len(),
                top.label,
                self.figure(top)
            ),
            None => self.summary(),
        }
    }

    fn summary(&self) -> String {
        let parts: Vec<String> = self.groups.iter().map(|g| self.describe(g)).collect();
        let total = match &self.sum {
            Some(column) => {
                let all = sum(self
                    .groups
                    .iter()
                    .filter_map(|g| g.total.as_deref().and_then(Decimal::parse)));
                format!(
                    "，{}合计 {}",
                    column.name,
                    column.with_unit(&all.to_string())
                )
            }
            None => String::new(),
        };
        format!(
            "{}共 {} 项{total}；按{}：{}。",
            self.source.name(),
            self.rows(),
            self.by,
            parts.join("、")
        )
    }

    fn source_line(&self) -> String {
        let how = match &self.sum {
            Some(column) => format!("按“{}”栏分组，合计各项“{}”栏", self.by, column.label),
            None => format!("按“{}”栏分组统计项数", self.by),
        };
        let mut line = format!("{}，{how}", self.source.cited());
        for clause in self.merge_clauses() {
            line.push('；');
            line.push_str(&clause);
        }
        line.push('。');
        line
    }

    fn table(&self) -> ChartData {
        let mut header = vec![self.by.clone(), "项数".to_string()];
        if let Some(column) = &self.sum {
            header.push(format!("{}合计", column.label));
        }
        ChartData {
            header,
            rows: self
                .groups
                .iter()
                .map(|g| {
                    let mut row = vec![g.label.clone(), g.rows.to_string()];
                    row.extend(g.total.clone());
                    row
                })
                .collect(),
        }
    }

    fn scene(&self, width: f64, theme: &Theme) -> Scene {
        let mut scene = Scene::new(width);
        scene.height = bars::layout(&mut scene, bars::PAD, &self.panel(), theme) + 4.0;
        scene
    }
}
