//! Which charts belong to which section of the report.

use leptos::prelude::*;

use super::chart_figure::ChartFigure;
use crate::charts::{AnyChart, charts_for_section, front_matter_charts};
use crate::report::report;

/// The charts drawn in section `id` (e.g. "1.3"); empty for most sections.
pub fn section_figures(id: &str) -> AnyView {
    figures(charts_for_section(report(), id))
}

/// The charts of the front matter (the honours table).
pub fn front_matter_figures() -> AnyView {
    figures(front_matter_charts(report()))
}

fn figures(charts: Vec<AnyChart>) -> AnyView {
    if charts.is_empty() {
        return ().into_any();
    }
    let figures = charts
        .into_iter()
        .map(|chart| view! { <ChartFigure chart/> })
        .collect_view();
    view! { <div class="chart-list">{figures}</div> }.into_any()
}
