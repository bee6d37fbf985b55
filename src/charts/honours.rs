//! The 荣誉表 (front matter): its entries counted by level (the 备注 column,
//! any value as printed), with the sum of each level's 数量.

use super::bars::{self, Axis, BarStyle, Group, Labels, Panel, Row};
use super::{Chart, ChartData, Scene, Theme, cell_decimal, cell_text, find_column, sum};
use crate::model::Table;

/// Key of the 荣誉表 in the report's tables.
pub const TABLE_KEY: &str = "honours";

#[derive(Debug, Clone, PartialEq)]
pub struct Level {
    /// As printed in 备注, e.g. 国家级.
    pub level: String,
    /// Number of entries (rows).
    pub entries: usize,
    /// Sum of 数量 over those rows, exact; `None` without a 数量 column.
    pub quantity: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HonoursChart {
    pub title: String,
    /// Levels in order of first appearance.
    pub levels: Vec<Level>,
}

impl HonoursChart {
    /// `None` without a 备注 column or rows.
    pub fn from_table(table: &Table) -> Option<HonoursChart> {
        let level_col = find_column(table, "备注")?;
        let quantity_col = find_column(table, "数量");
        let mut levels: Vec<(String, usize, Vec<crate::decimal::Decimal>)> = Vec::new();
        for row in table.rows.iter() {
            let Some(cell) = row.get(level_col) else {
                continue;
            };
            let level = cell_text(cell);
            let level = if level.is_empty() {
                "未注明".to_string()
            } else {
                level
            };
            let quantity = quantity_col.and_then(|c| row.get(c)).and_then(cell_decimal);
            match levels.iter_mut().find(|(l, _, _)| *l == level) {
                Some(entry) => {
                    entry.1 += 1;
                    entry.2.extend(quantity);
                }
                None => levels.push((level, 1, quantity.into_iter().collect())),
            }
        }
        if levels.is_empty() {
            return None;
        }
        Some(HonoursChart {
            title: table.title.to_string(),
            levels: levels
                .into_iter()
                .map(|(level, entries, quantities)| Level {
                    level,
                    entries,
                    quantity: quantity_col.map(|_| sum(quantities).to_string()),
                })
                .collect(),
        })
    }

    fn entries_total(&self) -> usize {
        self.levels.iter().map(|l| l.entries).sum()
    }

    fn describe(level: &Level) -> String {
        match &level.quantity {
            Some(q) => format!("{} {} 项（数量合计 {q}）", level.level, level.entries),
            None => format!("{} {} 项", level.level, level.entries),
        }
    }

    fn panel(&self) -> Panel {
        let max = self.levels.iter().map(|l| l.entries).max().unwrap_or(1);
        Panel {
            groups: self
                .levels
                .iter()
                .map(|l| Group {
                    label: match &l.quantity {
                        Some(q) => format!("{}（数量合计 {q}）", l.level),
                        None => l.level.clone(),
                    },
                    short_label: Some(l.level.clone()),
                    rows: vec![Row::Bar {
                        tag: None,
                        value: l.entries as f64,
                        text: format!("{} 项", l.entries),
                        style: BarStyle::School,
                        hit: format!("{}：{}", self.title, Self::describe(l)),
                    }],
                    note: None,
                })
                .collect(),
            axis: Axis::nice(max as f64, "项"),
            labels: Labels::Wrap,
            dense: false,
        }
    }
}

impl Chart for HonoursChart {
    fn key(&self) -> String {
        TABLE_KEY.into()
    }

    fn title(&self) -> String {
        format!("{}：各级别荣誉项数", self.title)
    }

    fn summary(&self) -> String {
        let parts: Vec<String> = self.levels.iter().map(Self::describe).collect();
        format!(
            "{}共 {} 项，其中{}。",
            self.title,
            self.entries_total(),
            parts.join("、")
        )
    }

    fn source_line(&self) -> String {
        format!(
            "数据来源：报告{}，按“备注”栏的级别统计条目数，数量合计为各条目“数量”栏之和。",
            self.title
        )
    }

    fn table(&self) -> ChartData {
        ChartData {
            header: ["级别", "项数", "数量合计"].map(String::from).to_vec(),
            rows: self
                .levels
                .iter()
                .map(|l| {
                    vec![
                        l.level.clone(),
                        l.entries.to_string(),
                        l.quantity.clone().unwrap_or_default(),
                    ]
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
