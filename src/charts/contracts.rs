//! 表 2.2-1: the contract amount of each listed industry project, sorted from
//! the largest, as horizontal bars (section 2.2).

use super::bars::{self, Axis, BarStyle, Group, Labels, Panel, Row};
use super::{Chart, ChartData, Scene, Theme, cell_text, column_unit, find_column};
use crate::model::Table;

/// Key of 表 2.2-1 in the report's tables.
pub const TABLE_KEY: &str = "t-2-2-1";

#[derive(Debug, Clone, PartialEq)]
pub struct Contract {
    /// 序号 as printed (empty without that column).
    pub number: String,
    pub name: String,
    /// 合同金额 as printed.
    pub amount: String,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContractsChart {
    pub key: String,
    /// e.g. 表 2.2-1.
    pub number: Option<String>,
    pub title: String,
    pub section: Option<String>,
    /// The amount column's label as printed, e.g. 合同金额(万元).
    pub amount_label: String,
    /// e.g. 万元.
    pub unit: String,
    /// Largest first; equal amounts keep the table's order.
    pub contracts: Vec<Contract>,
}

impl ContractsChart {
    /// `None` without 项目名称 and 合同金额 columns or without rows.
    pub fn from_table(table: &Table) -> Option<ContractsChart> {
        let name_col = find_column(table, "项目名称")?;
        let amount_col = find_column(table, "合同金额")?;
        let number_col = find_column(table, "序号");
        let amount_label = table.columns[amount_col].label.to_string();
        let mut contracts: Vec<Contract> = table
            .rows
            .iter()
            .filter_map(|row| {
                let amount = cell_text(row.get(amount_col)?);
                Some(Contract {
                    number: number_col
                        .and_then(|c| row.get(c))
                        .map(cell_text)
                        .unwrap_or_default(),
                    name: cell_text(row.get(name_col)?),
                    value: crate::decimal::Decimal::parse(&amount)?.to_f64(),
                    amount,
                })
            })
            .collect();
        if contracts.is_empty() {
            return None;
        }
        super::sort_descending(&mut contracts, |c| c.value);
        Some(ContractsChart {
            key: table.key.to_string(),
            number: table.number.as_ref().map(|n| n.to_string()),
            title: table.title.to_string(),
            section: table.section.as_ref().map(|s| s.to_string()),
            unit: column_unit(&amount_label).unwrap_or_default(),
            amount_label,
            contracts,
        })
    }

    fn amount_text(&self, c: &Contract) -> String {
        if self.unit.is_empty() {
            c.amount.clone()
        } else {
            format!("{} {}", c.amount, self.unit)
        }
    }

    fn label(c: &Contract) -> String {
        if c.number.is_empty() {
            c.name.clone()
        } else {
            format!("{}. {}", c.number, c.name)
        }
    }

    fn table_name(&self) -> String {
        match &self.number {
            Some(n) => format!("{n} {}", self.title),
            None => self.title.clone(),
        }
    }
}

impl Chart for ContractsChart {
    fn key(&self) -> String {
        self.key.clone()
    }

    fn title(&self) -> String {
        format!("{}：合同金额", self.table_name())
    }

    fn summary(&self) -> String {
        let (first, last) = (
            &self.contracts[0],
            &self.contracts[self.contracts.len() - 1],
        );
        format!(
            "{}列出的 {} 个项目按合同金额从高到低排列，最高为“{}”{}，最低为 {}。",
            self.table_name(),
            self.contracts.len(),
            first.name,
            self.amount_text(first),
            self.amount_text(last)
        )
    }

    fn source_line(&self) -> String {
        let section = self
            .section
            .as_ref()
            .map(|s| format!("（{s} 节）"))
            .unwrap_or_default();
        format!(
            "数据来源：报告{}{section}，按{}从高到低排列。",
            self.table_name(),
            self.amount_label
        )
    }

    fn table(&self) -> ChartData {
        ChartData {
            header: vec!["序号".into(), "项目名称".into(), self.amount_label.clone()],
            rows: self
                .contracts
                .iter()
                .map(|c| vec![c.number.clone(), c.name.clone(), c.amount.clone()])
                .collect(),
        }
    }

    fn scene(&self, width: f64, theme: &Theme) -> Scene {
        let max = self.contracts.iter().map(|c| c.value).fold(0.0, f64::max);
        let panel = Panel {
            groups: self
                .contracts
                .iter()
                .map(|c| Group {
                    label: Self::label(c),
                    short_label: None,
                    rows: vec![Row::Bar {
                        tag: None,
                        value: c.value,
                        text: self.amount_text(c),
                        style: BarStyle::School,
                        hit: format!("{}：{}", Self::label(c), self.amount_text(c)),
                    }],
                    note: None,
                })
                .collect(),
            axis: Axis::nice(max, &self.unit),
            labels: Labels::Truncate,
            dense: true,
        };
        let mut scene = Scene::new(width);
        scene.height = bars::layout(&mut scene, bars::PAD, &panel, theme) + 4.0;
        scene
    }
}
