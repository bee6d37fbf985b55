//! 表 3.3-1: student clubs' current members (现有人数) summed by category
//! (社团类别), largest first (section 3.3).

use super::bars::{self, Axis, BarStyle, Group, Labels, Panel, Row};
use super::{Chart, ChartData, Scene, Theme, cell_decimal, cell_text, find_column, sum};
use crate::decimal::Decimal;
use crate::model::Table;

/// Key of 表 3.3-1 in the report's tables.
pub const TABLE_KEY: &str = "t-3-3-1";

#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// As printed, e.g. 文化活动类.
    pub name: String,
    pub clubs: usize,
    /// Sum of 现有人数, exact.
    pub members: String,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClubsChart {
    pub key: String,
    pub number: Option<String>,
    pub title: String,
    pub section: Option<String>,
    /// Most members first; ties keep the order of first appearance.
    pub categories: Vec<Category>,
}

impl ClubsChart {
    /// `None` without 社团类别 and 现有人数 columns or without rows.
    pub fn from_table(table: &Table) -> Option<ClubsChart> {
        let category_col = find_column(table, "社团类别")?;
        let members_col = find_column(table, "现有人数")?;
        // (category, clubs, member counts) in order of first appearance.
        let mut groups: Vec<(String, usize, Vec<Decimal>)> = Vec::new();
        for row in table.rows.iter() {
            let Some(category) = row.get(category_col) else {
                continue;
            };
            let name = cell_text(category);
            let members = row.get(members_col).and_then(cell_decimal);
            match groups.iter_mut().find(|(n, _, _)| *n == name) {
                Some((_, clubs, list)) => {
                    *clubs += 1;
                    list.extend(members);
                }
                None => groups.push((name, 1, members.into_iter().collect())),
            }
        }
        if groups.is_empty() {
            return None;
        }
        let mut categories: Vec<Category> = groups
            .into_iter()
            .map(|(name, clubs, members)| {
                let total = sum(members);
                Category {
                    name,
                    clubs,
                    value: total.to_f64(),
                    members: total.to_string(),
                }
            })
            .collect();
        super::sort_descending(&mut categories, |c| c.value);
        Some(ClubsChart {
            key: table.key.to_string(),
            number: table.number.as_ref().map(|n| n.to_string()),
            title: table.title.to_string(),
            section: table.section.as_ref().map(|s| s.to_string()),
            categories,
        })
    }

    fn table_name(&self) -> String {
        match &self.number {
            Some(n) => format!("{n} {}", self.title),
            None => self.title.clone(),
        }
    }

    fn describe(c: &Category) -> String {
        format!("{} {} 个社团 {} 人", c.name, c.clubs, c.members)
    }
}

impl Chart for ClubsChart {
    fn key(&self) -> String {
        self.key.clone()
    }

    fn title(&self) -> String {
        format!("{}：各类社团现有人数", self.table_name())
    }

    fn summary(&self) -> String {
        let clubs: usize = self.categories.iter().map(|c| c.clubs).sum();
        let members = sum(self
            .categories
            .iter()
            .filter_map(|c| Decimal::parse(&c.members)));
        let parts: Vec<String> = self.categories.iter().map(Self::describe).collect();
        format!(
            "{}列出 {clubs} 个学生社团，现有 {members} 人，其中{}。",
            self.table_name(),
            parts.join("、")
        )
    }

    fn source_line(&self) -> String {
        let section = self
            .section
            .as_ref()
            .map(|s| format!("（{s} 节）"))
            .unwrap_or_default();
        format!(
            "数据来源：报告{}{section}，按社团类别合计现有人数。",
            self.table_name()
        )
    }

    fn table(&self) -> ChartData {
        ChartData {
            header: ["社团类别", "社团数", "现有人数合计"]
                .map(String::from)
                .to_vec(),
            rows: self
                .categories
                .iter()
                .map(|c| vec![c.name.clone(), c.clubs.to_string(), c.members.clone()])
                .collect(),
        }
    }

    fn scene(&self, width: f64, theme: &Theme) -> Scene {
        let max = self.categories.iter().map(|c| c.value).fold(0.0, f64::max);
        let panel = Panel {
            groups: self
                .categories
                .iter()
                .map(|c| Group {
                    label: format!("{}（{} 个社团）", c.name, c.clubs),
                    short_label: Some(c.name.clone()),
                    rows: vec![Row::Bar {
                        tag: None,
                        value: c.value,
                        text: format!("{} 人", c.members),
                        style: BarStyle::School,
                        hit: Self::describe(c),
                    }],
                    note: None,
                })
                .collect(),
            axis: Axis::nice(max, "人"),
            labels: Labels::Wrap,
            dense: false,
        };
        let mut scene = Scene::new(width);
        scene.height = bars::layout(&mut scene, bars::PAD, &panel, theme) + 4.0;
        scene
    }
}
