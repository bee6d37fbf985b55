//! The overview: the year's headline figures as cards, each linking to the
//! place in the report that states it.

use leptos::prelude::*;

use crate::anchors::{OVERVIEW_ID, PREFACE_ID, chart_id, figure_target, section_id};
use crate::charts::{AnyChart, Chart, overview_chart};
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

#[component]
fn Card(figure: &'static Figure) -> impl IntoView {
    let target = figure_target(&figure.section);
    let place = if target == PREFACE_ID {
        "见前言".to_string()
    } else {
        format!("见 {} 节", figure.section)
    };
    view! {
        <li class="card">
            <p class="card-value">
                <span class="card-number">{figure.value.as_ref()}</span>
                <span class="card-unit">{figure.unit.as_ref()}</span>
            </p>
            <h3 class="card-label">{figure.label.as_ref()}</h3>
            <p class="card-context">{figure.quote.as_ref()}</p>
            <a class="card-link" href=format!("#{target}")>{place}</a>
        </li>
    }
}
