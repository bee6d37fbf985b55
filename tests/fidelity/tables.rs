//! The tables: every row a contiguous run of the source, cells rejoined as printed.

use serde_json::Value;

use crate::data::data;
use crate::source::{normalised_sources, strip_ws};
use crate::values::unfaithful;

pub fn cell_text(cell: &Value) -> String {
    match cell {
        Value::String(s) => strip_ws(s),
        other => other.to_string(),
    }
}

/// The order in which the source prints a table's columns in each row, as
/// indices of the data's columns. The data's columns follow their contents.
pub fn printed_order(table: &Value) -> Vec<usize> {
    let columns = table["columns"].as_array().unwrap().len();
    // 表2.2-2 prints the invention before the buyer, under a header that
    // names the buyer first.
    if table["key"] == "t-2-2-2" {
        vec![0, 2, 1, 3, 4, 5]
    } else {
        (0..columns).collect()
    }
}

/// Rows whose cells, read in the order the extraction prints them, are not
/// one contiguous run of the source.
pub fn rows_not_in_source(report: &Value, sources: &[String; 2]) -> Vec<String> {
    let mut out = Vec::new();
    for (t, table) in report["tables"].as_array().unwrap().iter().enumerate() {
        let printed_order = printed_order(table);
        for (r, row) in table["rows"].as_array().unwrap().iter().enumerate() {
            let run: String = printed_order.iter().map(|&c| cell_text(&row[c])).collect();
            if !sources[0].contains(&run) {
                out.push(format!("tables[{t}].rows[{r}]: {run}"));
            }
        }
    }
    out
}

#[test]
fn every_table_row_is_a_contiguous_run_of_the_source() {
    let problems = rows_not_in_source(&data(), &normalised_sources());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_row_check_catches_cells_moved_between_rows() {
    let sources = normalised_sources();
    let mut report = data();
    // Swap two teachers between rows of 表3.3-1: each cell still occurs in
    // the source, but the rows no longer do.
    let rows = report["tables"][6]["rows"].as_array_mut().unwrap();
    let a = rows[0][7].clone();
    rows[0][7] = rows[1][7].clone();
    rows[1][7] = a;
    assert!(unfaithful(&report, &sources).is_empty());
    assert_eq!(
        rows_not_in_source(&report, &sources)
            .iter()
            .map(|p| p.split(':').next().unwrap())
            .collect::<Vec<_>>(),
        ["tables[6].rows[0]", "tables[6].rows[1]"]
    );
}

#[test]
fn patent_buyers_are_companies_and_inventions_are_not() {
    let report = data();
    let table = report["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == "t-2-2-2")
        .unwrap();
    let labels: Vec<&str> = table["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "序号",
            "专利购买方",
            "转让专利发明",
            "专利号/登记号",
            "发明人/设计人",
            "转让价格（万元）"
        ]
    );
    for row in table["rows"].as_array().unwrap() {
        let buyer = row[1].as_str().unwrap();
        let invention = row[2].as_str().unwrap();
        assert!(buyer.ends_with("公司"), "buyer {buyer}");
        assert!(!invention.contains("公司"), "invention {invention}");
    }
    assert_eq!(table["rows"][5][2], "智慧社区物业管理平台V1.0");
}

#[test]
fn rejoined_cells_read_as_printed() {
    let report = data();
    let table = |key: &str| {
        report["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["key"] == key)
            .unwrap()
            .clone()
    };
    let honours = table("honours");
    assert_eq!(honours["rows"][12][3], "省教育科学规划领导小组");
    let t141 = table("t-1-4-1");
    assert_eq!(
        t141["rows"][0][1],
        "“建行杯”第九届浙江省国际互联网+大学生创新创业大赛"
    );
    assert_eq!(t141["rows"][4][3], "省级 主体赛银奖");
    assert_eq!(t141["rows"][6][3], "国家级 卫星级作品");
    assert_eq!(t141["rows"][21][3], "国赛 银奖");
    let t181 = table("t-1-8-1");
    assert_eq!(t181["rows"][1][3], "寇舒");
    assert_eq!(t181["rows"][0][5], "202308");
    let t331 = table("t-3-3-1");
    assert_eq!(t331["rows"][7][7], "王瑾 陆峰");
}

#[test]
fn a_table_whose_rows_are_printed_in_another_order_says_so_in_its_note() {
    let report = data();
    for table in report["tables"].as_array().unwrap() {
        let key = table["key"].as_str().unwrap();
        let order = printed_order(table);
        let reordered: Vec<usize> = (0..order.len()).filter(|&c| order[c] != c).collect();
        match table["note"].as_str() {
            None => assert!(reordered.is_empty(), "{key}: re-ordered without a note"),
            Some(note) => {
                assert!(
                    !reordered.is_empty(),
                    "{key}: a note but nothing re-ordered"
                );
                // The note names the columns it is about, by their labels.
                for c in reordered {
                    let label = table["columns"][c]["label"].as_str().unwrap();
                    assert!(note.contains(label), "{key}: note does not name {label}");
                }
            }
        }
    }
    // The header as printed lists 专利购买方 before 转让专利发明; the data
    // keeps that header order and puts each cell under its own label.
    let source = normalised_sources();
    assert!(
        source[0].contains("序号专利购买方转让专利发明专利号/登记号发明人/设计人转让价格（万元）")
    );
}
