//! The report's body: the foreword, then each chapter with its sections —
//! their figures, prose, charts, tables and links to their cases.

use leptos::prelude::*;

use super::key_figures::KeyFigures;
use crate::anchors::{
    CASES_ID, PREFACE_ID, PREFACE_SECTION, case_id, chapter_id, chart_id, section_id, table_id,
};
use crate::charts::{AnyChart, Chart, charts_for_section, front_matter_charts};
use crate::islands::{Island, island};
use crate::model::{Chapter as ChapterData, Figure, Report, Section as SectionData, Table, Text};
use crate::view::chart_figure::{ChartFigure, ChartState};
use crate::view::data_table::DataTable;

/// The 前言 with its figures, then the front matter's tables and charts.
#[component]
pub fn Preface(report: &'static Report) -> impl IntoView {
    let tables = report
        .tables
        .iter()
        .filter(|t| t.section.is_none())
        .map(|table| view! { <TableIsland table/> })
        .collect_view();
    view! {
        <section id=PREFACE_ID class="chapter wrap" aria-labelledby="preface-h">
            <h2 id="preface-h" class="chapter-title">"前言"</h2>
            <KeyFigures figures=figures_of(report, PREFACE_SECTION)/>
            <Prose paragraphs=&report.foreword/>
            <Charts charts=front_matter_charts(report)/>
            {tables}
        </section>
    }
}

#[component]
pub fn Chapter(report: &'static Report, chapter: &'static ChapterData) -> impl IntoView {
    let id = chapter_id(chapter.number);
    let heading = format!("{id}-h");
    let cases = report
        .cases
        .iter()
        .filter(|c| c.chapter == chapter.number)
        .count();
    let n = chapter.number;
    let cases_link = (cases > 0).then(|| {
        view! {
            <p class="chapter-cases">
                <a href=format!("?chapter={n}#{CASES_ID}") data-chapter-filter=n>
                    {format!("在案例库中查看本章 {cases} 个案例")}
                </a>
            </p>
        }
    });
    let sections = chapter
        .sections
        .iter()
        .map(|section| view! { <Section report section/> })
        .collect_view();
    let challenges = (!chapter.challenges.is_empty()).then(|| {
        let items = chapter
            .challenges
            .iter()
            .map(|c| view! { <li><h3>{c.title.as_ref()}</h3><p>{c.text.as_ref()}</p></li> })
            .collect_view();
        view! { <ol class="challenges">{items}</ol> }
    });
    let labelled_by = heading.clone();
    view! {
        <section id=id class="chapter wrap" aria-labelledby=labelled_by>
            <h2 id=heading class="chapter-title">
                <span class="chapter-num">{chapter.number}</span>
                {chapter.title.as_ref()}
            </h2>
            {cases_link}
            <Prose paragraphs=&chapter.intro/>
            {sections}
            {challenges}
            <Prose paragraphs=&chapter.outro/>
        </section>
    }
}

#[component]
fn Section(report: &'static Report, section: &'static SectionData) -> impl IntoView {
    let id = section_id(&section.id);
    let heading = format!("{id}-h");
    let tables = report
        .tables
        .iter()
        .filter(|t| t.section.as_deref() == Some(&*section.id))
        .map(|table| view! { <TableIsland table/> })
        .collect_view();
    let cases: Vec<_> = report
        .cases
        .iter()
        .filter(|c| c.section == section.id)
        .collect();
    let case_links = (!cases.is_empty()).then(|| {
        let items = cases
            .into_iter()
            .map(|case| {
                view! {
                    <li>
                        <a href=format!("#{}", case_id(case.number))>
                            {format!("案例 {}：{}", case.number, case.title)}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="section-cases" aria-label=format!("{} 节案例", section.id)>
                <ul>{items}</ul>
            </nav>
        }
    });
    let labelled_by = heading.clone();
    let anchor = format!("#{id}");
    view! {
        <section id=id class="section" aria-labelledby=labelled_by>
            <h3 id=heading class="section-title">
                <a class="anchor" href=anchor aria-label=format!("{} 节链接", section.id)>
                    {section.id.as_ref()}
                </a>
                " "
                {section.title.as_ref()}
            </h3>
            <KeyFigures figures=figures_of(report, &section.id)/>
            <Prose paragraphs=&section.paragraphs/>
            <Charts charts=charts_for_section(report, &section.id)/>
            {tables}
            {case_links}
        </section>
    }
}

/// Paragraphs of running text; nothing if there are none.
#[component]
fn Prose(paragraphs: &'static [Text]) -> impl IntoView {
    (!paragraphs.is_empty()).then(|| {
        let items = paragraphs
            .iter()
            .map(|p| view! { <p>{p.as_ref()}</p> })
            .collect_view();
        view! { <div class="prose">{items}</div> }
    })
}

/// A section's charts, each a figure the charts module brings to life.
#[component]
fn Charts(charts: Vec<AnyChart>) -> impl IntoView {
    (!charts.is_empty()).then(|| {
        let figures = charts
            .into_iter()
            .map(|chart| {
                let key = chart.key();
                view! {
                    <figure id=chart_id(&key) class="chart-figure" {..island(Island::Chart, key)}>
                        <ChartFigure chart state=ChartState::new()/>
                    </figure>
                }
            })
            .collect_view();
        view! { <div class="chart-list">{figures}</div> }
    })
}

/// A table, which the app makes sortable and filterable in place.
#[component]
fn TableIsland(table: &'static Table) -> impl IntoView {
    view! {
        <div id=table_id(&table.key) class="data-table" {..island(Island::Table, table.key.to_string())}>
            <DataTable table/>
        </div>
    }
}

fn figures_of(report: &'static Report, section: &str) -> Vec<&'static Figure> {
    report
        .figures
        .iter()
        .filter(|f| f.section == section)
        .collect()
}
