//! Which charts a report gets and where: each beside the data it draws, with
//! its title, one-sentence summary, source line and CSV.

use quality_report::charts::{Chart, charts_for_section, front_matter_charts};
use quality_report::model::TableChart;

use crate::fixture::{all_charts, fixture, outcomes};

#[test]
fn charts_go_where_the_report_puts_their_data() {
    let report = fixture();
    let keys = |id: &str| -> Vec<String> {
        charts_for_section(&report, id)
            .iter()
            .map(|c| c.key())
            .collect()
    };
    assert_eq!(keys("1.3"), ["outcomes", "cohort"]);
    assert_eq!(keys("2.2"), ["t-2-2-1"]);
    assert_eq!(keys("3.3"), ["t-3-3-1"]);
    assert_eq!(keys("6.4"), ["funding"]);
    assert!(keys("1.1").is_empty());
    let front: Vec<String> = front_matter_charts(&report)
        .iter()
        .map(|c| c.key())
        .collect();
    assert_eq!(front, ["honours"]);
}

#[test]
fn every_chart_has_its_texts_and_a_csv() {
    for chart in all_charts(&fixture()) {
        assert!(!chart.title().is_empty());
        let summary = chart.summary();
        assert!(summary.ends_with('。'), "{summary}");
        assert_eq!(summary.matches('。').count(), 1, "one sentence: {summary}");
        assert!(chart.source_line().starts_with("数据来源："));
        let table = chart.table();
        let csv = table.to_csv();
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.ends_with("\r\n"));
        assert_eq!(csv.matches("\r\n").count(), table.rows.len() + 1);
        assert!(table.rows.iter().all(|r| r.len() == table.header.len()));
    }
    let outcomes_csv = outcomes().table().to_csv();
    assert!(outcomes_csv.starts_with("\u{feff}指标,本校,全省,差值\r\n"));
    assert!(outcomes_csv.contains("专业相关度,86.41%,83.80%,＋2.61 个百分点\r\n"));
    assert!(outcomes_csv.contains(",6830.89 元,6214.79 元,＋616.10 元\r\n"));
}

#[test]
fn every_declared_chart_is_drawn_from_every_row_of_its_table() {
    for report in crate::fixture::reports() {
        let charts = all_charts(&report);
        for table in report.tables.iter() {
            let key = table.key.as_ref();
            let chart = charts.iter().find(|c| c.key() == key);
            let Some(spec) = &table.chart else {
                assert!(chart.is_none(), "{key} declares no chart");
                continue;
            };
            let chart = chart.unwrap_or_else(|| panic!("no chart for {key}"));
            let rows = chart.table().rows;
            match spec {
                TableChart::Grouped { .. } => {
                    // The second column counts each group's rows.
                    let counted: usize = rows.iter().map(|r| r[1].parse::<usize>().unwrap()).sum();
                    assert_eq!(counted, table.rows.len(), "{key}");
                }
                TableChart::Ranked { top, .. } => {
                    let shown = top.map_or(table.rows.len(), |t| table.rows.len().min(t as usize));
                    assert_eq!(rows.len(), shown, "{key}");
                }
            }
        }
    }
}
