//! Shapes a report on the template may take that this year's report lacks,
//! rendered sensibly: a case without tags, a chapter without cases, a school
//! figure below the province or without a provincial one, a table without a
//! chart. Each check runs on the baked report and on the test fixture, which
//! has every one of these shapes (each test also asserts that it does).

#[path = "support/page.rs"]
mod html;
#[path = "support/reports.rs"]
mod reports;

use quality_report::anchors::{CASES_ID, case_id, chapter_id, chart_id};

use html::{body, element};

#[test]
fn a_case_without_tags_has_no_empty_tag_list() {
    for (name, report) in reports::all() {
        let html = body(report);
        for case in report.cases.iter() {
            let article = element(
                &html,
                &format!("<article id=\"{}\"", case_id(case.number)),
                "</article>",
            );
            let lists = article.matches("<ul class=\"tags\">").count();
            assert_eq!(
                lists,
                usize::from(!case.tags.is_empty()),
                "{name}: case {}",
                case.number
            );
        }
    }
    // The fixture has such a case.
    assert!(reports::fixture().cases.iter().any(|c| c.tags.is_empty()));
}

#[test]
fn a_chapter_links_its_cases_only_if_it_has_any() {
    for (name, report) in reports::all() {
        let html = body(report);
        for chapter in report.chapters.iter() {
            let open = format!("<section id=\"{}\"", chapter_id(chapter.number));
            let section = element(&html, &open, "<h3");
            let cases = report
                .cases
                .iter()
                .filter(|c| c.chapter == chapter.number)
                .count();
            let link = format!("在案例库中查看本章 {cases} 个案例");
            assert_eq!(
                section.contains(&link),
                cases > 0,
                "{name}: chapter {}",
                chapter.number
            );
            if cases == 0 {
                assert!(
                    !section.contains(CASES_ID),
                    "{name}: chapter {}",
                    chapter.number
                );
            }
        }
    }
    // The fixture has chapters with sections and without cases.
    let fixture = reports::fixture();
    assert!(
        fixture
            .chapters
            .iter()
            .any(|ch| !ch.sections.is_empty()
                && fixture.cases.iter().all(|c| c.chapter != ch.number))
    );
}

/// The comparison the description states for each metric, from the printed
/// values: 高出 where the school's is higher, 低于 where lower, 持平 where
/// equal, 未公布 without a provincial value.
#[test]
fn each_metric_is_compared_with_the_province_the_right_way_round() {
    for (name, report) in reports::all() {
        let html = body(report);
        let figure = element(&html, "<figure id=\"chart-outcomes\"", "</figure>");
        // The full description: the chart's text alternative.
        let summary = element(figure, " alt=\"", "\" ");
        let clauses: Vec<&str> = summary.split('；').collect();
        for metric in report.outcomes.metrics.iter() {
            let clause = clauses
                .iter()
                .find(|c| c.contains(&format!("{} {}", metric.label, metric.school)))
                .unwrap_or_else(|| panic!("{name}: {} not in {summary}", metric.label));
            let expected = match &metric.province {
                None => "全省均值未公布",
                Some(province) => {
                    let (s, p): (f64, f64) =
                        (metric.school.parse().unwrap(), province.parse().unwrap());
                    if s > p {
                        "高出全省"
                    } else if s < p {
                        "低于全省"
                    } else {
                        "与全省持平"
                    }
                }
            };
            assert!(
                clause.contains(expected),
                "{name}: {clause}: not {expected}"
            );
            for other in ["高出", "低于", "持平", "未公布"] {
                if !expected.contains(other) {
                    assert!(!clause.contains(other), "{name}: {clause}");
                }
            }
        }
    }
    // The fixture has a school figure below the province, and a metric other
    // than 总体满意度 without a provincial average.
    let metrics = &reports::fixture().outcomes.metrics;
    assert!(metrics.iter().any(|m| {
        m.province
            .as_ref()
            .is_some_and(|p| m.school.parse::<f64>().unwrap() < p.parse::<f64>().unwrap())
    }));
    assert!(metrics.iter().filter(|m| m.province.is_none()).count() >= 2);
}

#[test]
fn a_table_without_a_chart_is_a_table_and_no_figure() {
    for (name, report) in reports::all() {
        let html = body(report);
        for table in report.tables.iter() {
            let figure = format!("<figure id=\"{}\"", chart_id(&table.key));
            assert_eq!(
                html.contains(&figure),
                table.chart.is_some(),
                "{name}: {}",
                table.key
            );
        }
    }
    assert!(reports::fixture().tables.iter().any(|t| t.chart.is_none()));
}
