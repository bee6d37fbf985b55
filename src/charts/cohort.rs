//! The report year's graduating cohort: placement rate (with its counts) and,
//! where reported, the share staying in the school's city (section 1.3).

use super::bars::{self, Axis, BarStyle, Group, Labels, Panel, Row, value_of};
use super::{Chart, ChartData, Scene, Theme};
use crate::model::Report;

/// Name of the rate `Cohort::placement_rate` holds.
const PLACEMENT: &str = "去向落实率";

#[derive(Debug, Clone, PartialEq)]
pub struct CohortChart {
    pub section: String,
    /// e.g. 2023届毕业生.
    pub label: String,
    pub as_of: String,
    pub graduates: u32,
    pub placed: u32,
    /// As printed, in %.
    pub placement_rate: String,
    /// (label as printed, percent as printed), e.g. (留嘉率, 57.51).
    pub retention: Option<(String, String)>,
}

impl CohortChart {
    pub fn from_report(report: &Report) -> CohortChart {
        let c = &report.cohort;
        CohortChart {
            section: c.section.to_string(),
            label: c.label.to_string(),
            as_of: c.as_of.to_string(),
            graduates: c.graduates,
            placed: c.placed,
            placement_rate: c.placement_rate.to_string(),
            retention: c
                .retention
                .as_ref()
                .map(|r| (r.label.to_string(), r.percent.to_string())),
        }
    }

    fn counts(&self) -> String {
        format!("{} / {} 人", self.placed, self.graduates)
    }

    fn panel(&self) -> Panel {
        let mut groups = vec![Group {
            label: format!("{PLACEMENT}（{}）", self.counts()),
            short_label: Some(PLACEMENT.into()),
            rows: vec![Row::Bar {
                tag: None,
                value: value_of(&self.placement_rate),
                text: format!("{}%", self.placement_rate),
                style: BarStyle::School,
                hit: format!(
                    "{PLACEMENT}：{}%（已落实 {}）",
                    self.placement_rate,
                    self.counts()
                ),
            }],
            note: None,
        }];
        if let Some((label, percent)) = &self.retention {
            groups.push(Group {
                label: label.clone(),
                short_label: None,
                rows: vec![Row::Bar {
                    tag: None,
                    value: value_of(percent),
                    text: format!("{percent}%"),
                    style: BarStyle::School,
                    hit: format!("{label}：{percent}%"),
                }],
                note: None,
            });
        }
        Panel {
            groups,
            axis: Axis::percent(),
            labels: Labels::Wrap,
            dense: false,
        }
    }
}

impl Chart for CohortChart {
    fn key(&self) -> String {
        "cohort".into()
    }

    fn title(&self) -> String {
        match &self.retention {
            Some((label, _)) => format!("{}{PLACEMENT}与{label}", self.label),
            None => format!("{}{PLACEMENT}", self.label),
        }
    }

    fn headline(&self) -> String {
        let mut line = format!("{PLACEMENT} {}%（{}）", self.placement_rate, self.counts());
        if let Some((label, percent)) = &self.retention {
            line.push_str(&format!("，{label} {percent}%"));
        }
        line
    }

    fn summary(&self) -> String {
        let mut s = format!(
            "{}共 {} 人，截至{}已落实去向 {} 人，{PLACEMENT} {}%",
            self.label, self.graduates, self.as_of, self.placed, self.placement_rate
        );
        if let Some((label, percent)) = &self.retention {
            s.push_str(&format!("；{label} {percent}%"));
        }
        s.push('。');
        s
    }

    fn source_line(&self) -> String {
        format!(
            "数据来源：报告 {} 节，{}，统计截至{}。",
            self.section, self.label, self.as_of
        )
    }

    fn table(&self) -> ChartData {
        let mut rows = vec![vec![
            PLACEMENT.to_string(),
            self.placement_rate.clone(),
            format!("已落实 {}，截至{}", self.counts(), self.as_of),
        ]];
        if let Some((label, percent)) = &self.retention {
            rows.push(vec![label.clone(), percent.clone(), String::new()]);
        }
        ChartData {
            header: ["指标", "数值(%)", "说明"].map(String::from).to_vec(),
            rows,
        }
    }

    fn scene(&self, width: f64, theme: &Theme) -> Scene {
        let mut scene = Scene::new(width);
        scene.height = bars::layout(&mut scene, bars::PAD, &self.panel(), theme) + 4.0;
        scene
    }
}
