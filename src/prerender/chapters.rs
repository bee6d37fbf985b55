//! The report's body as HTML: the foreword, the seven chapters with their
//! sections, figures, tables and links to their cases.

use std::fmt::Write;

use super::html::{escape, prose};
use super::key_figures::key_figures_html;
use super::tables::table_island_html;
use crate::anchors::{CASES_ID, PREFACE_ID, PREFACE_SECTION, case_id, chapter_id, section_id};
use crate::charts::{charts_for_section, front_matter_charts};
use crate::model::{Chapter, Figure, Report, Section};

/// The 前言 with its figures, then the front-matter tables (荣誉表) and charts.
pub fn preface_html(report: &Report) -> String {
    let mut html = format!(
        "<section id=\"{PREFACE_ID}\" class=\"chapter wrap\" aria-labelledby=\"preface-h\">\
         <h2 id=\"preface-h\" class=\"chapter-title\">前言</h2>"
    );
    html.push_str(&key_figures_html(&figures_of(report, PREFACE_SECTION)));
    prose(&mut html, &report.foreword);
    if !front_matter_charts(report).is_empty() {
        html.push_str(&charts_island("front"));
    }
    for table in report.tables.iter().filter(|t| t.section.is_none()) {
        html.push_str(&table_island_html(table));
    }
    html.push_str("</section>");
    html
}

pub fn chapter_html(report: &Report, chapter: &Chapter) -> String {
    let id = chapter_id(chapter.number);
    let mut html = format!(
        "<section id=\"{id}\" class=\"chapter wrap\" aria-labelledby=\"{id}-h\">\
         <h2 id=\"{id}-h\" class=\"chapter-title\"><span class=\"chapter-num\">{}</span>{}</h2>",
        chapter.number,
        escape(&chapter.title)
    );
    let cases = report
        .cases
        .iter()
        .filter(|c| c.chapter == chapter.number)
        .count();
    if cases > 0 {
        let _ = write!(
            html,
            "<p class=\"chapter-cases\"><a href=\"?chapter={n}#{CASES_ID}\" data-chapter-filter=\"{n}\">\
             在案例库中查看本章 {cases} 个案例</a></p>",
            n = chapter.number
        );
    }
    prose(&mut html, &chapter.intro);
    for section in chapter.sections.iter() {
        html.push_str(&section_html(report, section));
    }
    if !chapter.challenges.is_empty() {
        html.push_str("<ol class=\"challenges\">");
        for challenge in chapter.challenges.iter() {
            let _ = write!(
                html,
                "<li><h3>{}</h3><p>{}</p></li>",
                escape(&challenge.title),
                escape(&challenge.text)
            );
        }
        html.push_str("</ol>");
    }
    prose(&mut html, &chapter.outro);
    html.push_str("</section>");
    html
}

fn section_html(report: &Report, section: &Section) -> String {
    let id = section_id(&section.id);
    let mut html = format!(
        "<section id=\"{id}\" class=\"section\" aria-labelledby=\"{id}-h\">\
         <h3 id=\"{id}-h\" class=\"section-title\"><a class=\"anchor\" href=\"#{id}\" \
         aria-label=\"{num} 节链接\">{num}</a> {title}</h3>",
        num = escape(&section.id),
        title = escape(&section.title),
    );
    html.push_str(&key_figures_html(&figures_of(report, &section.id)));
    prose(&mut html, &section.paragraphs);
    if !charts_for_section(report, &section.id).is_empty() {
        html.push_str(&charts_island(&section.id));
    }
    let tables = report
        .tables
        .iter()
        .filter(|t| t.section.as_deref() == Some(&*section.id));
    for table in tables {
        html.push_str(&table_island_html(table));
    }
    let cases: Vec<_> = report
        .cases
        .iter()
        .filter(|c| c.section == section.id)
        .collect();
    if !cases.is_empty() {
        html.push_str("<nav class=\"section-cases\" aria-label=\"本节案例\"><ul>");
        for case in cases {
            let _ = write!(
                html,
                "<li><a href=\"#{}\">案例 {}：{}</a></li>",
                case_id(case.number),
                case.number,
                escape(&case.title)
            );
        }
        html.push_str("</ul></nav>");
    }
    html.push_str("</section>");
    html
}

/// Where the app mounts the charts of a section ("front" for the front matter).
fn charts_island(section: &str) -> String {
    format!(
        "<div class=\"island chart-island\" data-island=\"charts\" data-section=\"{}\"></div>",
        escape(section)
    )
}

fn figures_of<'a>(report: &'a Report, section: &str) -> Vec<&'a Figure> {
    report
        .figures
        .iter()
        .filter(|f| f.section == section)
        .collect()
}
