//! Income by source of one year (section 6.4) as one 100 % stacked bar: the
//! parts of a whole, with the total printed above. Each segment is numbered
//! and the numbered legend repeats the share, so colour is never the only key.

use super::bars::{LABEL, PAD, SMALL, VALUE, value_of};
use super::scene::{Align, line_height, text_width, wrap};
use super::{Chart, ChartData, Scene, Theme};
use crate::model::Report;

const BAR_H: f64 = 30.0;
const GAP: f64 = 2.0;
const SWATCH: f64 = 20.0;

#[derive(Debug, Clone, PartialEq)]
pub struct FundingChart {
    pub section: String,
    /// e.g. 2022 年度.
    pub period: String,
    /// As printed.
    pub total: String,
    /// e.g. 万元.
    pub unit: String,
    /// (label, percent as printed), in the report's order.
    pub sources: Vec<(String, String)>,
}

impl FundingChart {
    /// `None` if the report gives no income sources.
    pub fn from_report(report: &Report) -> Option<FundingChart> {
        let f = &report.funding;
        if f.sources.is_empty() {
            return None;
        }
        Some(FundingChart {
            section: f.section.to_string(),
            period: f.period.to_string(),
            total: f.total_income.to_string(),
            unit: f.unit.to_string(),
            sources: f
                .sources
                .iter()
                .map(|s| (s.label.to_string(), s.percent.to_string()))
                .collect(),
        })
    }

    fn total_text(&self) -> String {
        format!("总收入 {} {}", self.total, self.unit)
    }
}

impl Chart for FundingChart {
    fn key(&self) -> String {
        "funding".into()
    }

    fn title(&self) -> String {
        format!("{}办学经费收入构成", self.period)
    }

    fn headline(&self) -> String {
        let largest = self
            .sources
            .iter()
            .max_by(|a, b| value_of(&a.1).total_cmp(&value_of(&b.1)));
        match largest {
            Some((label, percent)) => format!("{}，{label}占 {percent}%", self.total_text()),
            None => self.total_text(),
        }
    }

    fn summary(&self) -> String {
        let parts: Vec<String> = self
            .sources
            .iter()
            .map(|(label, percent)| format!("{label}占 {percent}%"))
            .collect();
        format!(
            "{}办学经费总收入 {} {}，其中{}。",
            self.period,
            self.total,
            self.unit,
            parts.join("、")
        )
    }

    fn source_line(&self) -> String {
        format!(
            "数据来源：报告 {} 节，{}办学经费收入。",
            self.section, self.period
        )
    }

    fn table(&self) -> ChartData {
        let mut rows = vec![vec![
            "办学经费总收入".to_string(),
            self.total.clone(),
            self.unit.clone(),
        ]];
        rows.extend(self.sources.iter().map(|(label, percent)| {
            vec![format!("{label}占比"), percent.clone(), "%".to_string()]
        }));
        ChartData {
            header: ["项目", "数值", "单位"].map(String::from).to_vec(),
            rows,
        }
    }

    fn scene(&self, width: f64, theme: &Theme) -> Scene {
        let p = &theme.palette;
        let mut scene = Scene::new(width);
        let inner = (width - 2.0 * PAD).max(1.0);
        let mut y = PAD;

        for line in wrap(&self.total_text(), LABEL, true, inner) {
            let lh = line_height(LABEL);
            scene.text(PAD, y + lh / 2.0, line, LABEL, true, p.text, Align::Left);
            y += lh;
        }
        y += 4.0;

        // The bar: segments side by side from 0 to 100 %, 2 px apart.
        let colour = |i: usize| p.parts[i % p.parts.len()];
        let on_colour = |i: usize| p.on_parts[i % p.parts.len()];
        let shares: Vec<f64> = self
            .sources
            .iter()
            .map(|(_, pc)| value_of(pc).max(0.0))
            .collect();
        let whole: f64 = shares.iter().sum::<f64>().max(100.0);
        let mut start = 0.0;
        let last = shares.len().saturating_sub(1);
        for (i, share) in shares.iter().enumerate() {
            let x0 = PAD + start / whole * inner + if i > 0 { GAP / 2.0 } else { 0.0 };
            start += share;
            let x1 = PAD + start / whole * inner - if i < last { GAP / 2.0 } else { 0.0 };
            scene.rect(x0, y, x1, y + BAR_H, colour(i));
            let number = (i + 1).to_string();
            if x1 - x0 >= text_width(&number, SMALL, true) + 4.0 {
                scene.text(
                    (x0 + x1) / 2.0,
                    y + BAR_H / 2.0,
                    number,
                    SMALL,
                    true,
                    on_colour(i),
                    Align::Center,
                );
            }
            let (label, percent) = &self.sources[i];
            scene.hit(
                x0,
                y - 4.0,
                x1,
                y + BAR_H + 4.0,
                format!("{label}：{percent}%（{}）", self.total_text()),
            );
        }
        y += BAR_H + 4.0;

        // Scale under the bar: 0, 50 %, 100 %.
        let lh = line_height(SMALL);
        for (x, label, h) in [
            (PAD, "0", Align::Left),
            (PAD + inner / 2.0, "50%", Align::Center),
            (PAD + inner, "100%", Align::Right),
        ] {
            scene.text(x, y + lh / 2.0, label, SMALL, false, p.muted, h);
        }
        y += lh + 8.0;

        // Numbered legend, one source per line.
        let text_x = PAD + SWATCH + 8.0;
        for (i, (label, percent)) in self.sources.iter().enumerate() {
            let lines = wrap(
                &format!("{label} {percent}%"),
                VALUE,
                false,
                width - PAD - text_x,
            );
            let row_h = (lines.len() as f64 * line_height(VALUE)).max(SWATCH);
            let mid = y + SWATCH / 2.0;
            scene.rect(PAD, y, PAD + SWATCH, y + SWATCH, colour(i));
            scene.text(
                PAD + SWATCH / 2.0,
                mid,
                (i + 1).to_string(),
                SMALL,
                true,
                on_colour(i),
                Align::Center,
            );
            let mut ly = mid;
            for line in lines {
                scene.text(text_x, ly, line, VALUE, false, p.text, Align::Left);
                ly += line_height(VALUE);
            }
            y += row_h + 6.0;
        }
        scene.height = y + PAD;
        scene
    }
}
