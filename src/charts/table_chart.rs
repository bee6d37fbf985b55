//! What the charts of the report's tables share. A table's chart is declared
//! in the data file (`Table::chart`, checked by `validate`) by the labels of
//! its columns, so its words come from the data too: the table's number and
//! title, the column labels, and the units in their brackets.

use super::{AnyChart, GroupedChart, RankedChart};
use crate::model::{Table, TableChart, normalise_label};

/// The chart `table` declares; `None` without a declaration or without rows.
pub fn chart_of(table: &Table) -> Option<AnyChart> {
    match table.chart.as_ref()? {
        TableChart::Grouped { .. } => GroupedChart::from_table(table).map(AnyChart::Grouped),
        TableChart::Ranked { .. } => RankedChart::from_table(table).map(AnyChart::Ranked),
    }
}

/// The table a chart is drawn from, as the chart names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The table's key: the chart's key too (element ids, file names).
    pub key: String,
    /// e.g. 表2.2-1; `None` for unnumbered tables.
    pub number: Option<String>,
    pub title: String,
    /// e.g. 2.2; `None` for the front matter.
    pub section: Option<String>,
}

impl Source {
    pub fn of(table: &Table) -> Source {
        Source {
            key: table.key.to_string(),
            number: table.number.as_ref().map(|n| n.to_string()),
            title: table.title.to_string(),
            section: table.section.as_ref().map(|s| s.to_string()),
        }
    }

    /// "表2.2-1 2023年横向项目一览表（部分）", or the title alone.
    pub fn name(&self) -> String {
        match &self.number {
            Some(n) => format!("{n} {}", self.title),
            None => self.title.clone(),
        }
    }

    /// "数据来源：报告表3.3-1 学生社团列表（3.3 节）", the start of a source line.
    pub fn cited(&self) -> String {
        let section = self
            .section
            .as_ref()
            .map(|s| format!("（{s} 节）"))
            .unwrap_or_default();
        format!("数据来源：报告{}{section}", self.name())
    }
}

/// A column a chart reads numbers from.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberColumn {
    /// As printed, e.g. 合同金额(万元).
    pub label: String,
    /// Without its unit, e.g. 合同金额.
    pub name: String,
    /// From the label's brackets, e.g. 万元; empty if it has none.
    pub unit: String,
}

impl NumberColumn {
    pub fn new(label: &str) -> NumberColumn {
        NumberColumn {
            label: label.to_string(),
            name: column_name(label),
            unit: column_unit(label).unwrap_or_default(),
        }
    }

    /// A value with this column's unit: "40 万元", or "159" without a unit.
    pub fn with_unit(&self, value: &str) -> String {
        if self.unit.is_empty() {
            value.to_string()
        } else {
            format!("{value} {}", self.unit)
        }
    }
}

/// The unit in a column label's brackets, e.g. 万元 from 合同金额(万元).
pub fn column_unit(label: &str) -> Option<String> {
    let label = normalise_label(label);
    let start = label.rfind('(')?;
    let unit = label[start + 1..].strip_suffix(')')?;
    (!unit.is_empty()).then(|| unit.to_string())
}

/// A column label without its bracketed unit: 合同金额 from 合同金额（万元）.
pub fn column_name(label: &str) -> String {
    let normalised = normalise_label(label);
    match (column_unit(label), normalised.rfind('(')) {
        (Some(_), Some(start)) if start > 0 => normalised[..start].to_string(),
        _ => normalised,
    }
}

/// Said of a label cell that prints nothing.
pub const BLANK: &str = "未注明";

/// Lists with more bars than this get thinner bars and tighter gaps.
pub const DENSE_FROM: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_come_from_column_labels() {
        assert_eq!(column_unit("合同金额(万元)").as_deref(), Some("万元"));
        assert_eq!(column_unit("合同金 额（万元）").as_deref(), Some("万元"));
        assert_eq!(column_unit("现有人数"), None);
        assert_eq!(column_unit("金额()"), None);
    }

    #[test]
    fn names_drop_the_unit_only() {
        assert_eq!(column_name("合同金额(万元)"), "合同金额");
        assert_eq!(column_name("转让价格（万元）"), "转让价格");
        assert_eq!(column_name("现有人数"), "现有人数");
        assert_eq!(column_name("(万元)"), "(万元)");
    }

    #[test]
    fn sources_cite_number_title_and_section() {
        let numbered = Source {
            key: "t".into(),
            number: Some("表3.3-1".into()),
            title: "学生社团列表".into(),
            section: Some("3.3".into()),
        };
        assert_eq!(
            numbered.cited(),
            "数据来源：报告表3.3-1 学生社团列表（3.3 节）"
        );
        let front = Source {
            number: None,
            section: None,
            title: "荣誉表".into(),
            ..numbered
        };
        assert_eq!(front.cited(), "数据来源：报告荣誉表");
    }
}
