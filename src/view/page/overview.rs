//! The overview: the year's headline figures as cards — a number, a label
//! and a link to the place in the report that states it.

use leptos::prelude::*;

use crate::anchors::{OVERVIEW_ID, PREFACE_ID, figure_target};
use crate::figure_text::amount;
use crate::model::{Figure, Report};

#[component]
pub fn Overview(report: &'static Report) -> impl IntoView {
    let cards = report
        .figures
        .iter()
        .filter(|f| f.headline)
        .map(|figure| view! { <Card figure/> })
        .collect_view();
    view! {
        <section id=OVERVIEW_ID class="overview wrap" aria-labelledby="overview-h">
            <h2 id="overview-h">{format!("{}年度概览", report.year)}</h2>
            <ul class="cards">{cards}</ul>
        </section>
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
