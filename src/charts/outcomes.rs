//! Graduate outcomes one year after graduation, the school against the
//! provincial average (report section 1.3).
//!
//! Percent metrics share one 0–100 % scale; the salary (元) gets its own
//! panel and scale. Each comparison also states its difference in words and
//! exact figures, so a gap of 0.18 points that no bar can show is still read.
//! A metric without a provincial value says so and is compared with nothing.

use super::bars::{self, Axis, BarStyle, Group, Labels, Panel, Row, value_of};
use super::{Chart, ChartData, Scene, Theme};
use crate::decimal::Decimal;
use crate::model::Report;

/// One surveyed metric.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricRow {
    pub key: String,
    pub label: String,
    pub short_label: String,
    /// "%" or "元".
    pub unit: String,
    /// As printed.
    pub school: String,
    /// As printed; `None` where the report gives no provincial value.
    pub province: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutcomesChart {
    pub section: String,
    pub cohort: String,
    pub source: String,
    pub benchmark: String,
    pub metrics: Vec<MetricRow>,
    /// Short labels, thin bars and no sentences under them: the overview's
    /// version of the same comparison.
    pub compact: bool,
}

/// Text for a metric's own figure with its unit: "97.84%", "6830.89 元".
pub fn with_unit(value: &str, unit: &str) -> String {
    if unit == "%" {
        format!("{value}%")
    } else {
        format!("{value} {unit}")
    }
}

/// The school against the province in words, exactly:
/// "高出全省 0.92 个百分点", "低于全省 616.10 元", "与全省持平".
/// `None` if either value is not a printed number.
pub fn difference_words(school: &str, province: &str, unit: &str) -> Option<String> {
    let difference = Decimal::parse(school)?.minus(Decimal::parse(province)?);
    let unit = if unit == "%" { "个百分点" } else { unit };
    let amount = difference.abs();
    Some(match difference.signum() {
        1 => format!("高出全省 {amount} {unit}"),
        -1 => format!("低于全省 {amount} {unit}"),
        _ => "与全省持平".to_string(),
    })
}

/// The school's value minus the province's, signed and with its unit, for
/// the comparison table: "＋0.92 个百分点", "－214.79 元", "0.00 个百分点".
/// The signs are the full-width ＋ and －, as Chinese text sets them: a cell
/// starting with an ASCII + or - is a formula to a spreadsheet, so the CSV
/// writer would have to mark it ("'+0.92…"), and the download shows what the
/// table shows. `None` if either value is not a printed number.
pub fn signed_difference(school: &str, province: &str, unit: &str) -> Option<String> {
    let difference = Decimal::parse(school)?.minus(Decimal::parse(province)?);
    let unit = if unit == "%" { "个百分点" } else { unit };
    let sign = match difference.signum() {
        1 => "＋",
        -1 => "－",
        _ => "",
    };
    Some(format!("{sign}{} {unit}", difference.abs()))
}

/// Stated where a metric has no provincial value.
pub const NO_PROVINCE: &str = "全省均值未公布";
/// The comparison table's cells where there is no provincial value.
const NOT_PUBLISHED: &str = "未公布";
const NO_DIFFERENCE: &str = "—";

impl MetricRow {
    fn difference(&self) -> Option<String> {
        difference_words(&self.school, self.province.as_deref()?, &self.unit)
    }
}

impl OutcomesChart {
    /// `None` if the report lists no outcome metrics.
    pub fn from_report(report: &Report) -> Option<OutcomesChart> {
        let o = &report.outcomes;
        if o.metrics.is_empty() {
            return None;
        }
        Some(OutcomesChart {
            section: o.section.to_string(),
            cohort: o.cohort.to_string(),
            source: o.source.to_string(),
            benchmark: o.benchmark.to_string(),
            metrics: o
                .metrics
                .iter()
                .map(|m| MetricRow {
                    key: m.key.to_string(),
                    label: m.label.to_string(),
                    short_label: m.short_label.to_string(),
                    unit: m.unit.to_string(),
                    school: m.school.to_string(),
                    province: m.province.as_ref().map(|p| p.to_string()),
                })
                .collect(),
            compact: false,
        })
    }

    /// The same comparison drawn compactly (see [`OutcomesChart::compact`]).
    pub fn compacted(self) -> OutcomesChart {
        OutcomesChart {
            compact: true,
            ..self
        }
    }

    /// How the school compares, metric by metric: (higher, lower, equal, no province value).
    fn tally(&self) -> (usize, usize, usize, usize) {
        let mut tally = (0, 0, 0, 0);
        for m in &self.metrics {
            let difference = m
                .province
                .as_deref()
                .and_then(|p| Some(Decimal::parse(&m.school)?.minus(Decimal::parse(p)?)));
            match difference.map(Decimal::signum) {
                Some(1) => tally.0 += 1,
                Some(-1) => tally.1 += 1,
                Some(_) => tally.2 += 1,
                None => tally.3 += 1,
            }
        }
        tally
    }

    /// Units in order of first appearance: one panel (and one scale) each.
    fn units(&self) -> Vec<&str> {
        let mut units: Vec<&str> = Vec::new();
        for m in &self.metrics {
            if !units.contains(&m.unit.as_str()) {
                units.push(&m.unit);
            }
        }
        units
    }

    fn panel(&self, unit: &str) -> Panel {
        let metrics: Vec<&MetricRow> = self.metrics.iter().filter(|m| m.unit == unit).collect();
        let groups = metrics
            .iter()
            .map(|m| {
                let school_text = with_unit(&m.school, &m.unit);
                let difference = m.difference();
                let mut school_hit = format!("{}：本校 {school_text}", m.label);
                if let Some(d) = &difference {
                    school_hit.push_str(&format!("，{d}"));
                }
                let mut rows = vec![Row::Bar {
                    tag: Some("本校".into()),
                    value: value_of(&m.school),
                    text: school_text,
                    style: BarStyle::School,
                    hit: school_hit,
                }];
                rows.push(match &m.province {
                    Some(p) => {
                        let text = with_unit(p, &m.unit);
                        Row::Bar {
                            tag: Some("全省".into()),
                            value: value_of(p),
                            hit: format!("{}：{} {text}", m.label, self.benchmark),
                            text,
                            style: BarStyle::Province,
                        }
                    }
                    None => Row::Note {
                        tag: Some("全省".into()),
                        text: NO_PROVINCE.into(),
                        hit: format!("{}：{NO_PROVINCE}", m.label),
                    },
                });
                if self.compact {
                    Group {
                        label: m.short_label.clone(),
                        short_label: None,
                        rows,
                        note: None,
                    }
                } else {
                    Group {
                        label: m.label.clone(),
                        short_label: Some(m.short_label.clone()),
                        rows,
                        note: difference,
                    }
                }
            })
            .collect();
        let axis = if unit == "%" {
            Axis::percent()
        } else {
            let max = metrics
                .iter()
                .flat_map(|m| std::iter::once(&m.school).chain(m.province.as_ref()))
                .map(|v| value_of(v))
                .fold(0.0, f64::max);
            Axis::nice(max, unit)
        };
        Panel {
            groups,
            axis,
            labels: if self.compact {
                Labels::Truncate
            } else {
                Labels::Wrap
            },
            dense: self.compact,
        }
    }
}

impl Chart for OutcomesChart {
    fn key(&self) -> String {
        if self.compact {
            "outcomes-overview".into()
        } else {
            "outcomes".into()
        }
    }

    fn headline(&self) -> String {
        let (higher, lower, equal, unknown) = self.tally();
        let parts: Vec<String> = [
            (higher, "高于全省"),
            (lower, "低于全省"),
            (equal, "与全省持平"),
            (unknown, "全省未公布"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, words)| format!("{n} 项{words}"))
        .collect();
        format!("{} 项指标中 {}", self.metrics.len(), parts.join("，"))
    }

    fn title(&self) -> String {
        format!("{}就业质量：本校与{}比较", self.cohort, self.benchmark)
    }

    fn summary(&self) -> String {
        let items: Vec<String> = self
            .metrics
            .iter()
            .map(|m| {
                let value = with_unit(&m.school, &m.unit);
                let comparison = m.difference().unwrap_or_else(|| NO_PROVINCE.to_string());
                format!("{} {value}，{comparison}", m.label)
            })
            .collect();
        format!(
            "据{}调查，{}{}。",
            self.source,
            self.cohort,
            items.join("；")
        )
    }

    fn source_line(&self) -> String {
        format!(
            "数据来源：{}调查，{}；见报告 {} 节。",
            self.source, self.cohort, self.section
        )
    }

    /// 指标 / 本校 / 全省 / 差值, each figure with its unit beside it, so the
    /// table needs no unit column and fits a 320 px screen (style/charts.css).
    fn table(&self) -> ChartData {
        ChartData {
            header: ["指标", "本校", "全省", "差值"].map(String::from).to_vec(),
            rows: self
                .metrics
                .iter()
                .map(|m| {
                    let province = m.province.as_deref();
                    vec![
                        m.label.clone(),
                        with_unit(&m.school, &m.unit),
                        province.map_or_else(|| NOT_PUBLISHED.into(), |p| with_unit(p, &m.unit)),
                        province
                            .and_then(|p| signed_difference(&m.school, p, &m.unit))
                            .unwrap_or_else(|| NO_DIFFERENCE.into()),
                    ]
                })
                .collect(),
        }
    }

    fn scene(&self, width: f64, theme: &Theme) -> Scene {
        let mut scene = Scene::new(width);
        let mut y = bars::PAD;
        for unit in self.units() {
            y = bars::layout(&mut scene, y, &self.panel(unit), theme) + 8.0;
        }
        scene.height = y;
        scene
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_a_higher_value() {
        assert_eq!(
            difference_words("97.84", "96.92", "%").as_deref(),
            Some("高出全省 0.92 个百分点")
        );
        assert_eq!(
            difference_words("6830.89", "6214.79", "元").as_deref(),
            Some("高出全省 616.10 元")
        );
        assert_eq!(
            difference_words("98.63", "98.45", "%").as_deref(),
            Some("高出全省 0.18 个百分点")
        );
    }

    #[test]
    fn states_a_lower_value() {
        assert_eq!(
            difference_words("96.92", "97.84", "%").as_deref(),
            Some("低于全省 0.92 个百分点")
        );
        assert_eq!(
            difference_words("6000", "6214.79", "元").as_deref(),
            Some("低于全省 214.79 元")
        );
    }

    #[test]
    fn states_equality_across_scales() {
        assert_eq!(
            difference_words("83.80", "83.8", "%").as_deref(),
            Some("与全省持平")
        );
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        assert_eq!(difference_words("约 90", "83.80", "%"), None);
    }

    fn metric(key: &str, school: &str, province: Option<&str>) -> MetricRow {
        MetricRow {
            key: key.into(),
            label: key.into(),
            short_label: key.into(),
            unit: "%".into(),
            school: school.into(),
            province: province.map(String::from),
        }
    }

    #[test]
    fn the_headline_counts_higher_lower_equal_and_unpublished() {
        let chart = OutcomesChart {
            section: "1.3".into(),
            cohort: "c".into(),
            source: "s".into(),
            benchmark: "全省".into(),
            metrics: vec![
                metric("a", "97.84", Some("96.92")),
                metric("b", "8.29", Some("6.55")),
                metric("c", "91.45", None),
                metric("d", "80.00", Some("83.80")),
                metric("e", "50", Some("50.00")),
            ],
            compact: false,
        };
        assert_eq!(
            chart.headline(),
            "5 项指标中 2 项高于全省，1 项低于全省，1 项与全省持平，1 项全省未公布"
        );
    }

    #[test]
    fn signed_differences_carry_their_unit() {
        assert_eq!(
            signed_difference("97.84", "96.92", "%").as_deref(),
            Some("＋0.92 个百分点")
        );
        assert_eq!(
            signed_difference("6830.89", "6214.79", "元").as_deref(),
            Some("＋616.10 元")
        );
        assert_eq!(
            signed_difference("6000", "6214.79", "元").as_deref(),
            Some("－214.79 元")
        );
        assert_eq!(
            signed_difference("83.80", "83.8", "%").as_deref(),
            Some("0.00 个百分点")
        );
        assert_eq!(signed_difference("约 90", "83.80", "%"), None);
    }

    #[test]
    fn units_attach_as_printed() {
        assert_eq!(with_unit("83.80", "%"), "83.80%");
        assert_eq!(with_unit("6830.89", "元"), "6830.89 元");
    }
}
