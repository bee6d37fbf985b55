//! The shape of this year's report (chapters, sections, cases, table sizes),
//! the arithmetic the report's own figures must satisfy, and how malformed
//! data files are refused.

use std::collections::BTreeSet;

use quality_report::decimal::Decimal;
use quality_report::model::{Cell, ColumnKind, Report};

const DATA: &str = "data/report.json";

fn json() -> String {
    std::fs::read_to_string(DATA).expect("data file is readable")
}

fn report() -> Report {
    quality_report::load::from_json(&json()).expect("data file loads")
}

fn d(printed: &str) -> Decimal {
    Decimal::parse(printed).unwrap_or_else(|| panic!("{printed:?} is not a printed number"))
}

// ------------------------------------------------------------------ counts

#[test]
fn seven_chapters_with_the_template_titles() {
    let report = report();
    let titles: Vec<(u8, &str)> = report
        .chapters
        .iter()
        .map(|c| (c.number, c.title.as_ref()))
        .collect();
    assert_eq!(
        titles,
        [
            (1, "人才培养"),
            (2, "服务贡献"),
            (3, "文化传承"),
            (4, "国际合作"),
            (5, "产教融合"),
            (6, "发展保障"),
            (7, "面临挑战"),
        ]
    );
    assert_eq!(report.school, "嘉兴职业技术学院");
    assert_eq!(report.year, 2023);
    assert_eq!(
        report.title,
        "嘉兴职业技术学院高等职业教育质量年度报告（2023年度）"
    );
    assert_eq!(report.foreword.len(), 7);
}

#[test]
fn twenty_eight_sections_numbered_as_printed() {
    let report = report();
    let ids: Vec<&str> = report
        .chapters
        .iter()
        .flat_map(|c| c.sections.iter().map(|s| s.id.as_ref()))
        .collect();
    let expected: Vec<String> = [(1, 10), (2, 5), (3, 3), (4, 2), (5, 4), (6, 4)]
        .iter()
        .flat_map(|&(c, n)| (1..=n).map(move |s| format!("{c}.{s}")))
        .collect();
    assert_eq!(ids.len(), 28);
    assert_eq!(ids, expected);
    for chapter in report.chapters.iter() {
        for section in chapter.sections.iter() {
            assert!(!section.title.is_empty(), "{} has no title", section.id);
            assert!(
                !section.paragraphs.is_empty(),
                "{} has no paragraphs",
                section.id
            );
        }
    }
    let titles: Vec<&str> = report.chapters[0]
        .sections
        .iter()
        .map(|s| s.title.as_ref())
        .collect();
    assert_eq!(titles[0], "立德树人，“大思政”育人形成新格局");
    assert_eq!(titles[9], "“四航”并进，建强“双师型”队伍");
}

#[test]
fn chapter_seven_is_intro_three_challenges_and_outlook() {
    let report = report();
    let seven = &report.chapters[6];
    assert!(seven.sections.is_empty());
    assert_eq!(seven.intro.len(), 1);
    assert!(seven.intro[0].starts_with("面对职业教育高质量发展的新要求"));
    let titles: Vec<&str> = seven.challenges.iter().map(|c| c.title.as_ref()).collect();
    assert_eq!(
        titles,
        [
            "职教数字化转型需要深化教育教学改革",
            "产业高质量发展需要增强科技服务能力",
            "学校高质量建设需要提升师资队伍水平",
        ]
    );
    for challenge in seven.challenges.iter() {
        assert!(!challenge.title.ends_with('。'));
        assert!(challenge.text.ends_with('。'));
    }
    assert_eq!(seven.outro.len(), 1);
    assert!(seven.outro[0].starts_with("下一步"));
}

#[test]
fn thirty_one_cases_each_in_its_section() {
    let report = report();
    let numbers: Vec<u16> = report.cases.iter().map(|c| c.number).collect();
    assert_eq!(numbers, (1..=31).collect::<Vec<u16>>());
    let expected_sections = [
        "1.1", "1.1", "1.1", "1.2", "1.2", "1.2", "1.4", "1.5", "1.6", "1.6", "1.8", "1.9", "1.10",
        "2.1", "2.2", "2.3", "2.3", "2.4", "3.1", "3.1", "3.2", "3.2", "3.3", "3.3", "4.1", "4.2",
        "5.1", "5.2", "5.3", "5.4", "6.3",
    ];
    for (case, section) in report.cases.iter().zip(expected_sections) {
        assert_eq!(case.section, section, "case {}", case.number);
        let chapter = report
            .chapters
            .iter()
            .find(|c| c.number == case.chapter)
            .unwrap_or_else(|| panic!("case {}: no chapter {}", case.number, case.chapter));
        assert!(
            chapter.sections.iter().any(|s| s.id == case.section),
            "case {}: section {} not in chapter {}",
            case.number,
            case.section,
            case.chapter
        );
        assert!(!case.title.is_empty() && !case.paragraphs.is_empty());
    }
    assert_eq!(report.cases[0].title, "学校举办“红船杯”大学生理论知识竞赛");
    assert_eq!(report.cases[13].title, "留嘉率57.51%，服务嘉兴经济社会发展");
}

#[test]
fn every_case_has_one_to_four_tags_from_the_topics() {
    let report = report();
    let topics: BTreeSet<&str> = report.topics.iter().map(|t| t.as_ref()).collect();
    assert_eq!(topics.len(), report.topics.len(), "topics repeat");
    assert!((12..=18).contains(&topics.len()), "{topics:?}");
    let mut used = BTreeSet::new();
    for case in report.cases.iter() {
        assert!(
            (1..=4).contains(&case.tags.len()),
            "case {}: {} tags",
            case.number,
            case.tags.len()
        );
        let distinct: BTreeSet<&str> = case.tags.iter().map(|t| t.as_ref()).collect();
        assert_eq!(distinct.len(), case.tags.len(), "case {}", case.number);
        for tag in case.tags.iter() {
            assert!(
                topics.contains(tag.as_ref()),
                "case {}: {tag} not a topic",
                case.number
            );
            used.insert(tag.as_ref());
        }
    }
    assert_eq!(used, topics, "a topic no case carries");
}

/// Key, number, section, column count, row count.
type Shape<'a> = (&'a str, Option<&'a str>, Option<&'a str>, usize, usize);

#[test]
fn tables_have_the_printed_rows_and_columns() {
    let report = report();
    let shape: Vec<Shape> = report
        .tables
        .iter()
        .map(|t| {
            (
                t.key.as_ref(),
                t.number.as_deref(),
                t.section.as_deref(),
                t.columns.len(),
                t.rows.len(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("honours", None, None, 4, 31),
            ("t-1-4-1", Some("表1.4-1"), Some("1.4"), 4, 26),
            ("t-1-5-1", Some("表1.5-1"), Some("1.5"), 5, 16),
            ("t-1-8-1", Some("表1.8-1"), Some("1.8"), 6, 11),
            ("t-2-2-1", Some("表2.2-1"), Some("2.2"), 5, 32),
            ("t-2-2-2", Some("表2.2-2"), Some("2.2"), 6, 7),
            ("t-3-3-1", Some("表3.3-1"), Some("3.3"), 8, 27),
        ]
    );
    let columns = |key: &str| -> Vec<(String, ColumnKind)> {
        let table = report.tables.iter().find(|t| t.key == key).unwrap();
        table
            .columns
            .iter()
            .map(|c| (c.label.to_string(), c.kind))
            .collect()
    };
    use ColumnKind::{Date, Number, Text};
    let owned = |cols: &[(&str, ColumnKind)]| -> Vec<(String, ColumnKind)> {
        cols.iter().map(|(l, k)| (l.to_string(), *k)).collect()
    };
    assert_eq!(
        columns("honours"),
        owned(&[
            ("序号", Number),
            ("奖项、称号、荣誉", Text),
            ("数量", Number),
            ("备注", Text)
        ])
    );
    assert_eq!(
        columns("t-1-8-1")[5],
        ("出版年月".to_string(), Date),
        "出版年月 is a date"
    );
    assert_eq!(
        columns("t-2-2-1"),
        owned(&[
            ("序号", Number),
            ("项目名称", Text),
            ("项目负责人", Text),
            ("合作单位", Text),
            ("合同金额(万元)", Number)
        ])
    );
    assert_eq!(
        columns("t-3-3-1"),
        owned(&[
            ("序号", Number),
            ("社团名称", Text),
            ("社团类别", Text),
            ("登记日期", Date),
            ("现有人数", Number),
            ("负责人", Text),
            ("指导部门名称", Text),
            ("指导教师名单", Text)
        ])
    );
    // Only 表2.2-2 carries a note: the printed header lists two columns in
    // another order than their contents.
    let notes: Vec<&str> = report
        .tables
        .iter()
        .filter(|t| t.note.is_some())
        .map(|t| t.key.as_ref())
        .collect();
    assert_eq!(notes, ["t-2-2-2"]);
    // Every table numbers its rows 1, 2, 3… in its first column.
    for table in report.tables.iter() {
        for (r, row) in table.rows.iter().enumerate() {
            assert_eq!(
                row[0],
                Cell::Number((r + 1) as f64),
                "{} row {r}",
                table.key
            );
        }
    }
}

#[test]
fn the_appendix_lists_the_template_s_five_tables() {
    let report = report();
    let appendix = report.appendix.as_ref().expect("an appendix");
    assert_eq!(appendix.heading, "附表");
    let listed: Vec<(&str, &str)> = appendix
        .tables
        .iter()
        .map(|t| (t.number.as_ref(), t.title.as_ref()))
        .collect();
    assert_eq!(
        listed,
        [
            ("表1", "人才培养质量计分卡"),
            ("表2", "教学资源表"),
            ("表3", "服务贡献表"),
            ("表4", "国际影响表"),
            ("表5", "落实政策表"),
        ]
    );
    assert!(appendix.note.is_some());
}

// -------------------------------------------------------------- arithmetic

fn number_column(report: &Report, key: &str, column: usize) -> Vec<f64> {
    let table = report.tables.iter().find(|t| t.key == key).unwrap();
    table
        .rows
        .iter()
        .map(|row| match row[column] {
            Cell::Number(n) => n,
            ref other => panic!("{key}: {other:?} is not a number"),
        })
        .collect()
}

#[test]
fn funding_shares_add_up_to_one_hundred() {
    let report = report();
    let sum = report
        .funding
        .sources
        .iter()
        .fold(d("0"), |sum, s| sum.plus(d(&s.percent)));
    assert_eq!(sum.to_string(), "100.00");
    assert_eq!(sum, d("100"));
}

#[test]
fn placement_rate_is_placed_over_graduates() {
    let cohort = report().cohort;
    let rate = Decimal::percent(u64::from(cohort.placed), u64::from(cohort.graduates), 2)
        .expect("graduates > 0");
    assert_eq!(rate.to_string(), "99.13");
    assert_eq!(rate, d(&cohort.placement_rate));
}

#[test]
fn salary_difference_rounds_to_the_stated_616() {
    let report = report();
    let salary = report
        .outcomes
        .metrics
        .iter()
        .find(|m| m.key == "salary")
        .unwrap();
    let difference = d(&salary.school).minus(d(salary.province.as_deref().unwrap()));
    assert_eq!(difference.to_string(), "616.10");
    let stated = d(salary.stated_difference.as_deref().unwrap());
    assert_eq!(difference.round_to(stated.scale()).to_string(), "616");
    assert_eq!(difference.round_to(stated.scale()), stated);
}

#[test]
fn only_the_overall_satisfaction_lacks_a_provincial_average() {
    let report = report();
    let missing: Vec<&str> = report
        .outcomes
        .metrics
        .iter()
        .filter(|m| m.province.is_none())
        .map(|m| m.key.as_ref())
        .collect();
    assert_eq!(missing, ["satisfaction"]);
    let keys: Vec<&str> = report
        .outcomes
        .metrics
        .iter()
        .map(|m| m.key.as_ref())
        .collect();
    assert_eq!(
        keys,
        [
            "placement",
            "entrepreneurship",
            "satisfaction",
            "relevance",
            "salary",
            "employer_satisfaction"
        ]
    );
}

#[test]
fn patent_transfers_add_up_to_the_text_s_income() {
    let report = report();
    // 表2.2-2: seven transfers, as the text's 科技成果转化7项.
    let prices = number_column(&report, "t-2-2-2", 5);
    assert_eq!(prices.len(), 7);
    let total = prices
        .iter()
        .map(|p| d(&p.to_string()))
        .fold(d("0"), |s, p| s.plus(p));
    // 10.1+10.1+10+5.1+5+3.9+3.7 = 47.9, the 转化收益47.9万元 of the text.
    assert_eq!(total.to_string(), "47.9");
    let income = report
        .figures
        .iter()
        .find(|f| f.key == "tech-transfer-income")
        .unwrap();
    assert_eq!(d(&income.value), total);
}
