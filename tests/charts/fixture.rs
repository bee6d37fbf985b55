//! The charts' inputs: a fixture report restating figures from the printed
//! report (data/source/report.txt), independently of data/report.json, and
//! the widths and themes every chart must be drawn at. Its tables declare
//! their charts as data/report.json does.

use quality_report::charts::{AnyChart, Chart, Theme, charts_for_section, front_matter_charts};
use quality_report::model::Report;

pub const FIXTURE: &str = r#"{
  "school": "嘉兴职业技术学院", "year": 2023, "title": "质量年度报告", "foreword": [],
  "chapters": [
    {"number": 1, "title": "人才培养", "sections": [
      {"id": "1.1", "title": "一"}, {"id": "1.2", "title": "二"}, {"id": "1.3", "title": "提质培优，学生就业质量逐年提升"}]},
    {"number": 2, "title": "服务贡献", "sections": [{"id": "2.1", "title": "一"}, {"id": "2.2", "title": "二"}]},
    {"number": 3, "title": "文化传承", "sections": [{"id": "3.1", "title": "一"}, {"id": "3.2", "title": "二"}, {"id": "3.3", "title": "三"}]},
    {"number": 4, "title": "国际合作"},
    {"number": 5, "title": "产教融合"},
    {"number": 6, "title": "发展保障", "sections": [
      {"id": "6.1", "title": "一"}, {"id": "6.2", "title": "二"}, {"id": "6.3", "title": "三"}, {"id": "6.4", "title": "多方筹措办学经费"}]},
    {"number": 7, "title": "面临挑战"}
  ],
  "outcomes": {
    "section": "1.3", "cohort": "2022 届毕业生（毕业一年后）", "source": "浙江省教育考试院", "benchmark": "全省高职平均值",
    "metrics": [
      {"key": "placement", "label": "毕业去向落实率", "short_label": "去向落实率", "unit": "%", "school": "97.84", "province": "96.92"},
      {"key": "entrepreneurship", "label": "创业率", "short_label": "创业率", "unit": "%", "school": "8.29", "province": "6.55"},
      {"key": "satisfaction", "label": "毕业生对学校的总体满意度", "short_label": "总体满意度", "unit": "%", "school": "91.45", "province": null},
      {"key": "relevance", "label": "专业相关度", "short_label": "专业相关度", "unit": "%", "school": "86.41", "province": "83.80"},
      {"key": "salary", "label": "工资水平", "short_label": "工资水平", "unit": "元", "school": "6830.89", "province": "6214.79", "stated_difference": "616"},
      {"key": "employer", "label": "用人单位对毕业生的满意度", "short_label": "用人单位满意度", "unit": "%", "school": "98.63", "province": "98.45"}
    ]
  },
  "cohort": {"section": "1.3", "label": "2023届毕业生", "as_of": "2023 年 8 月 31日", "graduates": 4362, "placed": 4324,
             "placement_rate": "99.13", "retention": {"label": "留嘉率", "percent": "57.51"}},
  "funding": {"section": "6.4", "period": "2022 年度", "total_income": "52636.06", "unit": "万元", "sources": [
    {"label": "财政拨款收入", "percent": "68.53"}, {"label": "事业收入", "percent": "24.71"}, {"label": "其他收入", "percent": "6.76"}]},
  "figures": [],
  "tables": [
    {"key": "honours", "number": null, "title": "荣誉表", "section": null,
     "chart": {"kind": "grouped", "by": "备注", "sum": "数量", "merge": {"省教育科学规划领导小组": "省部级"}},
     "columns": [{"label": "序号", "kind": "number"}, {"label": "奖项、称号、荣誉", "kind": "text"},
                 {"label": "数量", "kind": "number"}, {"label": "备注", "kind": "text"}],
     "rows": [
       [1, "国家级教学成果奖二等奖", 1, "国家级"],
       [2, "全国教师教学能力比赛一等奖1项、二等奖1项", 2, "国家级"],
       [5, "国家级在线精品课程立项2门", 2, "国家级"],
       [10, "浙江省五一劳动奖状", 1, "省部级"],
       [13, "浙江省（2021-2022年度）教科研先进集体", 1, "省教育科学规划领导小组"],
       [16, "浙江省教师教学能力比赛一等奖2项、二等奖2项、三等奖4项", 8, "省部级"],
       [21, "浙江省职业院校技能大赛一等25项、二等47项、三等75项", 147, "省部级"]
     ]},
    {"key": "t-2-2-1", "number": "表 2.2-1", "title": "2023年横向项目一览表（部分）", "section": "2.2",
     "chart": {"kind": "ranked", "label": "项目名称", "value": "合同金额(万元)"},
     "columns": [{"label": "序号", "kind": "number"}, {"label": "项目名称", "kind": "text"}, {"label": "项目负责人", "kind": "text"},
                 {"label": "合作单位", "kind": "text"}, {"label": "合同金额(万元)", "kind": "number"}],
     "rows": [
       [5, "参加嘉兴篮协会员队的训练技术指导服务", "王燕彬", "嘉兴永晟体育发展有限公司", 25.6],
       [1, "飞机线路标准施工职业技能标准", "史永杰", "湖南领航航空科技有限公司", 40],
       [12, "嘉兴市“安网2023”网络安全应急演练", "陈双喜", "中共嘉兴市宣传部", 19.03],
       [16, "南湖区城市大脑、海宁六能、嘉善县城市综合管理平台项目团队提升软件研发英语及商务英语交流能力开发服务", "杨瑾钰", "浙江康奥思信息技术有限公司", 15],
       [13, "东阳市创建浙江省公共文化现代化先行县制度设计研究", "胡晓琴", "东阳市文化和广电旅游体育局", 17.25],
       [32, "企业产品包装设计", "杨悦", "浙江嘉民新材料有限公司", 11]
     ]},
    {"key": "t-3-3-1", "number": "表 3.3-1", "title": "学生社团列表", "section": "3.3",
     "chart": {"kind": "grouped", "by": "社团类别", "sum": "现有人数"},
     "columns": [{"label": "序号", "kind": "number"}, {"label": "社团名称", "kind": "text"}, {"label": "社团类别", "kind": "text"},
                 {"label": "登记日期", "kind": "date"}, {"label": "现有人数", "kind": "number"}],
     "rows": [
       [1, "模拟政协社", "思想政治类", "202304", 20],
       [2, "阿东剧社", "文化活动类", "200309", 29],
       [3, "指尖音符器乐社", "文化活动类", "201804", 30],
       [5, "轮滑社", "体育活动类", "200509", 38],
       [9, "跆拳道社", "体育活动类", "201306", 39],
       [23, "国学社", "文化活动类", "200309", 100],
       [13, "KAB创业俱乐部", "创新创业类", "202304", 20]
     ]}
  ],
  "topics": [], "cases": []
}"#;

pub fn fixture() -> Report {
    quality_report::load::from_json(FIXTURE).expect("fixture is a valid report")
}

/// The fixture with its JSON changed by `change` (e.g. another chart declaration).
pub fn fixture_with(change: impl FnOnce(&mut serde_json::Value)) -> Report {
    let mut value: serde_json::Value = serde_json::from_str(FIXTURE).expect("fixture is JSON");
    change(&mut value);
    quality_report::load::from_json(&value.to_string()).expect("changed fixture is valid")
}

/// Every report the layout checks run on: this fixture, the baked report,
/// and the second report of tests/fixtures.
pub fn reports() -> Vec<Report> {
    vec![
        fixture(),
        quality_report::report::report().clone(),
        crate::reports::fixture().clone(),
    ]
}

pub fn chart(charts: Vec<AnyChart>, key: &str) -> AnyChart {
    charts
        .into_iter()
        .find(|c| c.key() == key)
        .unwrap_or_else(|| panic!("no chart {key}"))
}

pub fn outcomes() -> AnyChart {
    chart(charts_for_section(&fixture(), "1.3"), "outcomes")
}

pub fn all_charts(report: &Report) -> Vec<AnyChart> {
    let mut charts = front_matter_charts(report);
    for chapter in report.chapters.iter() {
        for section in chapter.sections.iter() {
            charts.extend(charts_for_section(report, &section.id));
        }
    }
    charts
}

/// A 320 px phone (and the content box left inside the page's and the
/// figure's padding: about 260 px), and a desktop.
pub const WIDTHS: [u32; 4] = [260, 280, 320, 1280];

/// Every required view of `chart`, in a fixed order (per width, light then
/// dark): its name, CSS width and theme (one device pixel per CSS pixel).
pub fn views(chart: &AnyChart) -> Vec<(String, u32, Theme)> {
    let mut out = Vec::new();
    for width in WIDTHS {
        for theme in [Theme::light(1.0), Theme::dark(1.0)] {
            let name = format!(
                "{}-{width}-{}",
                chart.key(),
                if theme.dark { "dark" } else { "light" }
            );
            out.push((name, width, theme));
        }
    }
    out
}
