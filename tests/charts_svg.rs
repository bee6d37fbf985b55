//! The charts rendered to SVG natively, at a phone's and a desktop's width,
//! in light and dark: every figure as printed, every label, nothing outside
//! the picture, no texts on top of each other, bars from a common zero, no
//! invented provincial value, and taps that read out the bar under them.
//!
//! The fixture below restates figures from the printed report
//! (data/source/report.txt), independently of data/report.json; the baked
//! report's charts get the layout checks too. Set CHARTS_SVG_DIR to write
//! every rendered SVG there for a look.

use plotters::prelude::*;
use quality_report::charts::{
    AnyChart, Chart, Palette, Theme, charts_for_section, front_matter_charts, hit_test, render_svg,
};
use quality_report::model::Report;

const FIXTURE: &str = r#"{
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

fn fixture() -> Report {
    quality_report::load::from_json(FIXTURE).expect("fixture is a valid report")
}

fn chart(charts: Vec<AnyChart>, key: &str) -> AnyChart {
    charts
        .into_iter()
        .find(|c| c.key() == key)
        .unwrap_or_else(|| panic!("no chart {key}"))
}

fn outcomes() -> AnyChart {
    chart(charts_for_section(&fixture(), "1.3"), "outcomes")
}

// ---------------------------------------------------------------- SVG parsing

#[derive(Debug, Clone)]
struct Rect {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    fill: String,
}

#[derive(Debug, Clone)]
struct Label {
    x: f64,
    y: f64,
    size: f64,
    anchor: String,
    text: String,
}

#[derive(Debug, Default)]
struct Svg {
    width: f64,
    height: f64,
    rects: Vec<Rect>,
    texts: Vec<Label>,
    others: Vec<String>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

fn num(tag: &str, name: &str) -> f64 {
    attr(tag, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no numeric {name} in {tag}"))
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn parse(svg: &str) -> Svg {
    let mut out = Svg::default();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').expect("tag closes") + open;
        let tag = &rest[open..=close];
        let name: String = tag[1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/' || *c == '?')
            .collect();
        match name.as_str() {
            "svg" => {
                out.width = num(tag, "width");
                out.height = num(tag, "height");
            }
            "rect" => out.rects.push(Rect {
                x: num(tag, "x"),
                y: num(tag, "y"),
                w: num(tag, "width"),
                h: num(tag, "height"),
                fill: attr(tag, "fill").unwrap_or_default(),
            }),
            "text" => {
                let end = rest[close..].find("</text>").expect("text closes") + close;
                out.texts.push(Label {
                    x: num(tag, "x"),
                    y: num(tag, "y"),
                    size: num(tag, "font-size"),
                    anchor: attr(tag, "text-anchor").unwrap_or_default(),
                    text: unescape(rest[close + 1..end].trim()),
                });
            }
            "/svg" | "/text" | "title" | "/title" => {}
            other => out.others.push(other.to_string()),
        }
        rest = &rest[close + 1..];
    }
    out
}

fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// A generous lower bound of a text's width: CJK one em, anything else half an em.
fn min_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
        .sum::<f64>()
        * size
}

/// The horizontal and vertical extent of a text (centred vertically on y).
fn extent(t: &Label) -> (f64, f64, f64, f64) {
    let w = min_width(&t.text, t.size);
    let x0 = match t.anchor.as_str() {
        "middle" => t.x - w / 2.0,
        "end" => t.x - w,
        _ => t.x,
    };
    (x0, x0 + w, t.y - t.size * 0.45, t.y + t.size * 0.45)
}

fn texts(svg: &Svg) -> Vec<&str> {
    svg.texts.iter().map(|t| t.text.as_str()).collect()
}

// ---------------------------------------------------------------- rendering

/// A 320 px phone (and the content box left inside the page's and the
/// figure's padding: about 260 px), and a desktop.
const WIDTHS: [u32; 4] = [260, 280, 320, 1280];

/// Every chart in every required rendering: (name, theme, svg).
fn renderings(charts: &[AnyChart]) -> Vec<(String, Theme, Svg)> {
    let dir = std::env::var("CHARTS_SVG_DIR").ok();
    let mut out = Vec::new();
    for chart in charts {
        for width in WIDTHS {
            for theme in [Theme::light(1.0), Theme::dark(1.0)] {
                let height = chart.height(f64::from(width));
                let svg = render_svg(chart, width, height as u32, &theme);
                let name = format!(
                    "{}-{width}-{}",
                    chart.key(),
                    if theme.dark { "dark" } else { "light" }
                );
                if let Some(dir) = &dir {
                    std::fs::write(format!("{dir}/{name}.svg"), &svg).expect("writable dir");
                }
                out.push((name, theme, parse(&svg)));
            }
        }
    }
    out
}

fn all_charts(report: &Report) -> Vec<AnyChart> {
    let mut charts = front_matter_charts(report);
    for chapter in report.chapters.iter() {
        for section in chapter.sections.iter() {
            charts.extend(charts_for_section(report, &section.id));
        }
    }
    charts
}

fn check_layout(name: &str, svg: &Svg) {
    assert!(svg.width > 0.0 && svg.height > 0.0, "{name}: empty");
    assert!(svg.others.is_empty(), "{name}: unexpected {:?}", svg.others);
    for r in &svg.rects {
        assert!(
            r.x >= 0.0 && r.y >= 0.0 && r.w >= 0.0 && r.h >= 0.0,
            "{name}: {r:?} starts outside"
        );
        assert!(
            r.x + r.w <= svg.width && r.y + r.h <= svg.height,
            "{name}: {r:?} ends outside {}×{}",
            svg.width,
            svg.height
        );
    }
    for t in &svg.texts {
        assert!(!t.text.is_empty(), "{name}: empty text");
        let (x0, x1, y0, y1) = extent(t);
        assert!(
            x0 >= 0.0 && x1 <= svg.width && y0 >= 0.0 && y1 <= svg.height,
            "{name}: {t:?} is outside {}×{}",
            svg.width,
            svg.height
        );
        assert!(t.size >= 11.9, "{name}: {t:?} is too small to read");
    }
    for (i, a) in svg.texts.iter().enumerate() {
        for b in &svg.texts[i + 1..] {
            let (ax0, ax1, ay0, ay1) = extent(a);
            let (bx0, bx1, by0, by1) = extent(b);
            let overlap = ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1;
            assert!(!overlap, "{name}: {a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn every_chart_stays_inside_and_labels_do_not_overlap() {
    for report in [fixture(), quality_report::report::report().clone()] {
        let charts = all_charts(&report);
        assert!(!charts.is_empty());
        for (name, _, svg) in renderings(&charts) {
            check_layout(&name, &svg);
        }
    }
}

#[test]
fn every_figure_of_every_table_is_drawn_as_printed() {
    // Whatever the chart's table says, the drawing says too (the table's
    // first column names the row; the figures are in the others).
    for report in [fixture(), quality_report::report::report().clone()] {
        let charts = all_charts(&report);
        let rendered = renderings(&charts);
        for (chart, group) in charts.iter().zip(rendered.chunks(WIDTHS.len() * 2)) {
            for (name, _, svg) in group {
                let all = texts(svg).join("\n");
                for row in chart.table().rows {
                    for cell in row.iter().skip(1) {
                        let figure = cell.split([' ', '，', '（']).next().unwrap_or("");
                        if quality_report::decimal::Decimal::parse(figure).is_some() {
                            assert!(all.contains(figure), "{name}: {figure} not drawn");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn outcomes_show_every_figure_label_and_difference() {
    let expected = [
        "97.84%",
        "96.92%",
        "8.29%",
        "6.55%",
        "91.45%",
        "86.41%",
        "83.80%",
        "6830.89 元",
        "6214.79 元",
        "98.63%",
        "98.45%",
        "全省均值未公布",
        "高出全省 0.92 个百分点",
        "高出全省 1.74 个百分点",
        "高出全省 2.61 个百分点",
        "高出全省 616.10 元",
        "高出全省 0.18 个百分点",
    ];
    let labels = [
        ("毕业去向落实率", "去向落实率"),
        ("创业率", "创业率"),
        ("毕业生对学校的总体满意度", "总体满意度"),
        ("专业相关度", "专业相关度"),
        ("工资水平", "工资水平"),
        ("用人单位对毕业生的满意度", "用人单位满意度"),
    ];
    for (name, _, svg) in renderings(&[outcomes()]) {
        let all = texts(&svg);
        for figure in expected {
            assert!(all.contains(&figure), "{name}: {figure} missing in {all:?}");
        }
        for (label, short) in labels {
            assert!(
                all.contains(&label) || all.contains(&short),
                "{name}: {label} missing"
            );
        }
        assert_eq!(all.iter().filter(|t| **t == "本校").count(), 6, "{name}");
    }
}

#[test]
fn overall_satisfaction_has_no_provincial_value() {
    let chart = outcomes();
    for (name, theme, svg) in renderings(std::slice::from_ref(&chart)) {
        // One outlined provincial bar per metric that has a provincial value: five, not six.
        let province = hex(theme.palette.province);
        let bars = svg.rects.iter().filter(|r| r.fill == province).count();
        assert_eq!(bars, 5, "{name}");
        // Every percentage drawn is a printed figure or a scale mark.
        let printed = [
            "97.84%", "96.92%", "8.29%", "6.55%", "91.45%", "86.41%", "83.80%", "98.63%", "98.45%",
            "100%",
        ];
        for t in texts(&svg).iter().filter(|t| t.ends_with('%')) {
            assert!(printed.contains(t), "{name}: {t} is not a printed figure");
        }
        // The satisfaction group, from its label to the next: the school's
        // value, the two series names and the statement; no other figure.
        let label_y = |text: &str| {
            svg.texts
                .iter()
                .find(|t| t.text == text)
                .map(|t| t.y)
                .unwrap_or_else(|| panic!("{name}: no {text}"))
        };
        let (from, to) = (label_y("毕业生对学校的总体满意度"), label_y("专业相关度"));
        let mut group: Vec<&str> = svg
            .texts
            .iter()
            .filter(|t| t.y > from && t.y < to)
            .map(|t| t.text.as_str())
            .collect();
        group.sort();
        assert_eq!(
            group,
            ["91.45%", "全省", "全省均值未公布", "本校"],
            "{name}"
        );
    }
    let table = chart.table();
    let row = table
        .rows
        .iter()
        .find(|r| r[0] == "毕业生对学校的总体满意度")
        .expect("row");
    assert_eq!(row[2], "91.45");
    assert_eq!(row[3], "未公布");
    assert!(!chart.summary().contains("91.45%，高出"));
    assert!(chart.summary().contains("91.45%，全省均值未公布"));
}

/// The bar (of colour `fill`) whose value text reads `value`.
fn bar_for<'a>(svg: &'a Svg, value: &str, fill: &str) -> &'a Rect {
    let t = svg
        .texts
        .iter()
        .find(|t| t.text == value)
        .unwrap_or_else(|| panic!("no text {value}"));
    svg.rects
        .iter()
        .find(|r| r.fill == fill && (r.y + r.h / 2.0 - t.y).abs() <= 1.0 && r.x + r.w <= t.x)
        .unwrap_or_else(|| panic!("no bar for {value}"))
}

#[test]
fn bars_start_at_zero_and_are_proportional() {
    for (name, theme, svg) in renderings(&[outcomes()]) {
        let (school, province) = (hex(theme.palette.school), hex(theme.palette.province));
        let employer = bar_for(&svg, "98.63%", &school);
        let employer_province = bar_for(&svg, "98.45%", &province);
        let placement = bar_for(&svg, "97.84%", &school);
        let entrepreneurship = bar_for(&svg, "8.29%", &school);
        // One zero baseline for every percent bar.
        for bar in [employer_province, placement, entrepreneurship] {
            assert_eq!(bar.x, employer.x, "{name}: bars start at different x");
        }
        // Lengths proportional to the values from zero (±1 px of rounding).
        let scale = employer.w / 98.63;
        for (bar, value) in [
            (employer_province, 98.45),
            (placement, 97.84),
            (entrepreneurship, 8.29),
        ] {
            assert!(
                (bar.w - value * scale).abs() <= 1.5,
                "{name}: bar of {value} is {} px, expected {}",
                bar.w,
                value * scale
            );
        }
        // The scale runs to 100 %: a full bar would end where the axis ends.
        let axis = svg
            .rects
            .iter()
            .filter(|r| r.h <= 1.0 && r.w > 50.0 && r.y > employer.y)
            .min_by(|a, b| a.y.total_cmp(&b.y))
            .expect("axis line");
        let full = axis.x + axis.w - employer.x;
        assert!(
            (employer.w - 0.9863 * full).abs() <= 1.5,
            "{name}: {} of {full}",
            employer.w
        );
        // The salary has its own scale, also from zero.
        let salary = bar_for(&svg, "6830.89 元", &school);
        let salary_province = bar_for(&svg, "6214.79 元", &province);
        assert_eq!(salary.x, salary_province.x);
        let ratio = salary.w / salary_province.w;
        assert!(
            (ratio - 6830.89 / 6214.79).abs() < 0.02,
            "{name}: salary ratio {ratio}"
        );
    }
}

#[test]
fn cohort_states_rate_counts_and_retention() {
    let cohort = chart(charts_for_section(&fixture(), "1.3"), "cohort");
    for (name, theme, svg) in renderings(std::slice::from_ref(&cohort)) {
        let all = texts(&svg).join("\n");
        for figure in ["99.13%", "57.51%", "4324 / 4362", "留嘉率", "去向落实率"] {
            assert!(all.contains(figure), "{name}: {figure} missing");
        }
        let school = hex(theme.palette.school);
        let placed = bar_for(&svg, "99.13%", &school);
        let retained = bar_for(&svg, "57.51%", &school);
        assert_eq!(placed.x, retained.x);
        assert!(
            (placed.w / retained.w - 99.13 / 57.51).abs() < 0.02,
            "{name}"
        );
    }
    assert!(cohort.summary().contains("4324"));
}

#[test]
fn funding_is_one_part_to_whole_bar_with_its_total() {
    let funding = chart(charts_for_section(&fixture(), "6.4"), "funding");
    for (name, theme, svg) in renderings(std::slice::from_ref(&funding)) {
        let all = texts(&svg).join("\n");
        for figure in [
            "52636.06",
            "万元",
            "财政拨款收入 68.53%",
            "事业收入 24.71%",
            "其他收入 6.76%",
        ] {
            assert!(all.contains(figure), "{name}: {figure} missing in {all}");
        }
        // The three segments sit on one row, side by side, sized by share.
        let parts: Vec<&Rect> = theme
            .palette
            .parts
            .iter()
            .map(|c| {
                let fill = hex(*c);
                // The bar is above the numbered legend's swatches.
                svg.rects
                    .iter()
                    .filter(|r| r.fill == fill)
                    .min_by(|a, b| a.y.total_cmp(&b.y))
                    .expect("segment")
            })
            .collect();
        assert!(parts.iter().all(|p| p.y == parts[0].y && p.h == parts[0].h));
        assert!(parts[0].x < parts[1].x && parts[1].x < parts[2].x);
        let total: f64 = parts.iter().map(|p| p.w).sum::<f64>() + 4.0;
        for (part, share) in parts.iter().zip([68.53, 24.71, 6.76]) {
            assert!(
                (part.w / total - share / 100.0).abs() < 0.012,
                "{name}: {} of {total} for {share}",
                part.w
            );
        }
        // Segments are numbered, so colour is not the only key.
        for digit in ["1", "2", "3"] {
            assert!(
                texts(&svg).iter().filter(|t| **t == digit).count() >= 2,
                "{name}"
            );
        }
    }
}

#[test]
fn honours_are_counted_by_level_as_printed() {
    let honours = chart(front_matter_charts(&fixture()), "honours");
    assert_eq!(
        honours.table().rows,
        vec![
            vec!["国家级", "3", "5"],
            vec!["省部级", "3", "156"],
            vec!["省教育科学规划领导小组", "1", "1"],
        ]
        .into_iter()
        .map(|r| r.into_iter().map(String::from).collect::<Vec<_>>())
        .collect::<Vec<_>>()
    );
    for (name, _, svg) in renderings(std::slice::from_ref(&honours)) {
        let all = texts(&svg).join("\n");
        for s in [
            "国家级",
            "省部级",
            "省教育科学规划领导小组",
            "3 项",
            "1 项",
            "156",
        ] {
            assert!(all.contains(s), "{name}: {s} missing");
        }
    }
}

#[test]
fn contracts_are_sorted_and_keep_printed_amounts() {
    let contracts = chart(charts_for_section(&fixture(), "2.2"), "t-2-2-1");
    let amounts: Vec<String> = contracts
        .table()
        .rows
        .iter()
        .map(|r| r[2].clone())
        .collect();
    assert_eq!(amounts, ["40", "25.6", "19.03", "17.25", "15", "11"]);
    for (name, theme, svg) in renderings(std::slice::from_ref(&contracts)) {
        let all = texts(&svg).join("\n");
        for s in ["40 万元", "25.6 万元", "19.03 万元", "17.25 万元", "万元"] {
            assert!(all.contains(s), "{name}: {s} missing");
        }
        // Labels: whole, or cut with an ellipsis — never silently clipped.
        for row in contracts.table().rows {
            let label = format!("{}. {}", row[0], row[1]);
            let shown = svg.texts.iter().any(|t| {
                t.text == label
                    || t.text
                        .strip_suffix('…')
                        .is_some_and(|cut| cut.chars().count() >= 4 && label.starts_with(cut))
            });
            assert!(shown, "{name}: {label}");
        }
        // Horizontal bars, longest first.
        let school = hex(theme.palette.school);
        let widths: Vec<f64> = svg
            .rects
            .iter()
            .filter(|r| r.fill == school)
            .map(|r| r.w)
            .collect();
        assert_eq!(widths.len(), 6, "{name}");
        assert!(
            widths.windows(2).all(|w| w[0] >= w[1]),
            "{name}: {widths:?}"
        );
    }
}

#[test]
fn clubs_sum_members_by_category() {
    let clubs = chart(charts_for_section(&fixture(), "3.3"), "t-3-3-1");
    assert_eq!(
        clubs.table().rows,
        vec![
            vec!["文化活动类", "3", "159"],
            vec!["体育活动类", "2", "77"],
            vec!["思想政治类", "1", "20"],
            vec!["创新创业类", "1", "20"],
        ]
        .into_iter()
        .map(|r| r.into_iter().map(String::from).collect::<Vec<_>>())
        .collect::<Vec<_>>()
    );
    for (name, _, svg) in renderings(std::slice::from_ref(&clubs)) {
        let all = texts(&svg).join("\n");
        for s in ["文化活动类", "159 人", "77 人", "20 人", "创新创业类"] {
            assert!(all.contains(s), "{name}: {s} missing");
        }
    }
}

/// Draws `chart` to SVG at `width` CSS px and `scale`, returning the SVG and the hit boxes.
fn draw_with_hits(
    chart: &AnyChart,
    width: u32,
    scale: f64,
) -> (Svg, Vec<quality_report::charts::HitBox>) {
    let height = chart.height(f64::from(width));
    let size = (
        (f64::from(width) * scale) as u32,
        (height * scale).round() as u32,
    );
    let theme = Theme::light(scale).for_svg();
    let mut svg = String::new();
    let hits = {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let hits = chart.draw(&area, &theme).expect("draws");
        area.present().expect("presents");
        hits
    };
    (parse(&svg), hits)
}

#[test]
fn a_point_inside_a_bar_reads_out_that_bar() {
    let palette = Palette::LIGHT;
    for scale in [1.0, 3.0] {
        let (svg, hits) = draw_with_hits(&outcomes(), 320, scale);
        let cases = [
            ("98.63%", hex(palette.school), "本校 98.63%"),
            ("98.45%", hex(palette.province), "全省高职平均值 98.45%"),
            ("6830.89 元", hex(palette.school), "616.10"),
            ("8.29%", hex(palette.school), "创业率：本校 8.29%"),
        ];
        for (value, fill, expected) in cases {
            let bar = bar_for(&svg, value, &fill);
            let (x, y) = (bar.x + bar.w / 2.0, bar.y + bar.h / 2.0);
            let i = hit_test(&hits, x, y).unwrap_or_else(|| panic!("nothing at {value}"));
            assert!(
                hits[i].text.contains(expected),
                "scale {scale}: {value} read as {}",
                hits[i].text
            );
        }
        assert_eq!(hit_test(&hits, -5.0, -5.0), None);
        // The statement row reads out the statement, not a number.
        let note = hits
            .iter()
            .filter(|h| h.text.contains("总体满意度"))
            .map(|h| h.text.as_str())
            .collect::<Vec<_>>();
        assert_eq!(
            note,
            [
                "毕业生对学校的总体满意度：本校 91.45%",
                "毕业生对学校的总体满意度：全省均值未公布"
            ]
        );
    }
    let funding = chart(charts_for_section(&fixture(), "6.4"), "funding");
    let (svg, hits) = draw_with_hits(&funding, 320, 2.0);
    let smallest = svg
        .rects
        .iter()
        .find(|r| r.fill == hex(palette.parts[2]))
        .expect("segment");
    let i = hit_test(
        &hits,
        smallest.x + smallest.w / 2.0,
        smallest.y + smallest.h / 2.0,
    )
    .expect("hit");
    assert!(hits[i].text.contains("其他收入：6.76%"), "{}", hits[i].text);
}

#[test]
fn device_pixels_scale_everything() {
    for chart in all_charts(&fixture()) {
        let (one, _) = draw_with_hits(&chart, 320, 1.0);
        let (three, _) = draw_with_hits(&chart, 320, 3.0);
        assert_eq!(one.rects.len(), three.rects.len(), "{}", chart.key());
        assert_eq!(texts(&one), texts(&three), "{}", chart.key());
        assert!((three.height - 3.0 * one.height).abs() <= 3.0);
        for (a, b) in one.texts.iter().zip(&three.texts) {
            assert!((b.size - 3.0 * a.size).abs() < 0.01, "{}", chart.key());
            assert!((b.x - 3.0 * a.x).abs() <= 3.0 && (b.y - 3.0 * a.y).abs() <= 3.0);
        }
        for (a, b) in one.rects.iter().zip(&three.rects) {
            assert!(
                (b.w - 3.0 * a.w).abs() <= 4.0,
                "{}: {a:?} {b:?}",
                chart.key()
            );
        }
    }
}

#[test]
fn height_fits_the_drawing_and_grows_when_narrow() {
    for chart in all_charts(&fixture()) {
        let narrow = chart.height(320.0);
        let wide = chart.height(1280.0);
        assert!(narrow >= wide, "{}", chart.key());
        assert_eq!(narrow, narrow.ceil());
        // The scene's content ends inside the reserved height.
        let scene = chart.scene(320.0, &Theme::light(1.0));
        assert!(scene.height <= narrow);
        assert!(
            scene.hits.iter().all(|h| h.y1 <= narrow && h.y0 < h.y1),
            "{}",
            chart.key()
        );
    }
}

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
    assert!(outcomes_csv.contains("专业相关度,%,86.41,83.80,高出全省 2.61 个百分点\r\n"));
}

#[test]
fn the_baked_report_charts_every_listed_row() {
    let report = quality_report::report::report();
    for table in report.tables.iter() {
        let key = table.key.as_ref();
        if !["t-2-2-1", "t-3-3-1", "honours"].contains(&key) {
            continue;
        }
        let chart = all_charts(report)
            .into_iter()
            .find(|c| c.key() == key)
            .unwrap_or_else(|| panic!("no chart for {key}"));
        let rows = chart.table().rows;
        let counted: usize = match key {
            "t-2-2-1" => rows.len(),
            _ => rows.iter().map(|r| r[1].parse::<usize>().unwrap()).sum(),
        };
        assert_eq!(counted, table.rows.len(), "{key}");
    }
}
