//! The overview: the comparison chart first, then the year's headline
//! figures as cards — a number, a label and a link to the place in the
//! report that states it.

use leptos::prelude::*;

use crate::anchors::{OVERVIEW_ID, PREFACE_ID, chart_id, figure_target, section_id};
use crate::charts::{AnyChart, Chart, overview_chart};
use crate::figure_text::amount;
use crate::model::{Figure, Report};
use crate::view::chart_figure::{ChartCaption, ChartPicture};
use crate::view::share::ShareButton;

#[component]
pub fn Overview(report: &'static Report) -> impl IntoView {
    let cards = report
        .figures
        .iter()
        .filter(|f| f.headline)
        .map(|figure| view! { <Card figure/> })
        .collect_view();
    let comparison = overview_chart(report)
        .map(|chart| view! { <Comparison chart section=&report.outcomes.section/> });
    view! {
        <section id=OVERVIEW_ID class="overview wrap" aria-labelledby="overview-h">
            <h2 id="overview-h">{format!("{}年度概览", report.year)}</h2>
            {comparison}
            <ul class="cards">{cards}</ul>
        </section>
    }
}

/// The question most readers come with — how do the graduates do against
/// the province? — answered first, as a compact chart (the build-time
/// image), with a link to the section that details it.
#[component]
fn Comparison(chart: AnyChart, section: &'static str) -> impl IntoView {
    let id = chart_id(&chart.key());
    let share = id.clone();
    view! {
        <figure id=id class="chart-figure overview-chart">
            <ChartCaption chart=chart.clone()/>
            <div class="chart-frame">
                <ChartPicture chart=chart.clone() eager=true/>
            </div>
            <p class="overview-more">
                <a href=format!("#{}", section_id(section))>
                    {format!("详见 {section} 节：各项数值、差值与数据表")}
                </a>
                <ShareButton target=share title=chart.title()/>
            </p>
        </figure>
    }
}

/// A number, what it counts, and where the report states it; the number is
/// not repeated in a quote (the section it links to reads it in context).
#[component]
fn Card(figure: &'static Figure) -> impl IntoView {
    let target = figure_target(&figure.section);
    let place = if target == PREFACE_ID {
        "见前言".to_string()
    } else {
        format!("见 {} 节", figure.section)
    };
    let shown = amount(&figure.value, &figure.unit);
    let printed = shown.printed.map(|p| format!("报告原文：{p}"));
    view! {
        <li class="card">
            <p class="card-value" title=printed.clone()>
                <span class="card-number">{shown.number}</span>
                <span class="card-unit">{shown.unit}</span>
                {printed.as_ref().map(|p| view! { <span class="sr-only">{format!("（{p}）")}</span> })}
            </p>
            <h3 class="card-label">{figure.label.as_ref()}</h3>
            <a class="card-link" href=format!("#{target}")>{place}</a>
        </li>
    }
}
