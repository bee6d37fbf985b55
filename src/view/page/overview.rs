//! The overview: the year's headline figures as cards, each linking to the
//! place in the report that states it.

use leptos::prelude::*;

use crate::anchors::{OVERVIEW_ID, PREFACE_ID, figure_target};
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
