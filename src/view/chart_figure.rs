//! One chart on the page: a `<figure>` with its title and summary, the chart
//! as an image drawn at build time (an SVG per layout and colour scheme, so
//! it shows without WebAssembly, prints, and is indexed), the same figures as
//! a table, the source, and downloads.
//!
//! In the browser the charts module mounts the same component into the
//! figure and lays a canvas over the image at the same size, drawn by the
//! same plotters code, for tap, hover and keyboard readouts
//! (`ui::chart_canvas`); the 图表 / 表格 switch then works.

use leptos::prelude::*;

use crate::charts::{AnyChart, Chart, ChartData, Layout};
use crate::view::share::ShareButton;

/// The browser-side state a figure shows; constant when prerendered.
#[derive(Clone, Copy)]
pub struct ChartState {
    /// Showing the table instead of the chart.
    pub table_view: RwSignal<bool>,
    /// The exact value of the selected bar, read out.
    pub readout: RwSignal<String>,
}

impl ChartState {
    pub fn new() -> ChartState {
        ChartState {
            table_view: RwSignal::new(false),
            readout: RwSignal::new(String::new()),
        }
    }
}

impl Default for ChartState {
    fn default() -> Self {
        ChartState::new()
    }
}

/// Folder of the chart files the build writes, relative to the page.
pub const CHARTS_DIR: &str = "charts";

/// The image of a chart for one layout and colour scheme.
pub fn image_path(key: &str, layout: Layout, dark: bool) -> String {
    let scheme = if dark { "-dark" } else { "" };
    format!("{CHARTS_DIR}/{key}-{}{scheme}.svg", layout.name())
}

/// A download of a chart: `csv`, `svg` or `png`.
pub fn download_path(key: &str, format: &str) -> String {
    format!("{CHARTS_DIR}/{}", download_name(key, format))
}

/// The file name a chart download is saved under.
pub fn download_name(key: &str, format: &str) -> String {
    format!("{key}-chart.{format}")
}

/// Width and height in CSS px of a chart drawn at `layout`.
pub fn layout_size(chart: &AnyChart, layout: Layout) -> (u32, u32) {
    let width = layout.width();
    (width as u32, chart.height(width) as u32)
}

#[component]
pub fn ChartFigure(chart: AnyChart, state: ChartState) -> impl IntoView {
    let key = chart.key();
    let title = chart.title();
    let description = chart.summary();
    let table_label = format!("{title}（表格）");
    let hint_id = format!("{}-hint", crate::anchors::chart_id(&key));
    let table_view = state.table_view;
    let show = move |table: bool| move |_| table_view.set(table);
    let downloads = ["csv", "png", "svg"]
        .map(|format| {
            let label = format.to_uppercase();
            view! {
                <a
                    class="chart-button"
                    href=download_path(&key, format)
                    download=download_name(&key, format)
                    data-format=format
                    aria-label=format!("下载 {label}")
                >
                    {label.clone()}
                </a>
            }
        })
        .collect_view();
    view! {
        <ChartCaption chart=chart.clone()/>
        <div class="chart-tools">
            <div class="chart-switch needs-js" role="group" aria-label="显示方式">
                <button
                    type="button"
                    class="chart-button"
                    data-view="chart"
                    aria-pressed=move || (!table_view.get()).to_string()
                    on:click=show(false)
                >
                    "图表"
                </button>
                <button
                    type="button"
                    class="chart-button"
                    data-view="table"
                    aria-pressed=move || table_view.get().to_string()
                    on:click=show(true)
                >
                    "表格"
                </button>
            </div>
            <ShareButton target=crate::anchors::chart_id(&key) title=title.clone()/>
            <div class="chart-downloads" role="group" aria-label="下载">
                <span class="chart-downloads-label" aria-hidden="true">"下载"</span>
                {downloads}
            </div>
        </div>
        <div class="chart-view" hidden=move || table_view.get()>
            <div class="chart-frame">
                <ChartPicture chart=chart.clone() eager=false/>
                <canvas
                    class="chart-canvas"
                    role="img"
                    aria-label=description
                    aria-describedby=hint_id.clone()
                    tabindex="0"
                    hidden
                ></canvas>
                <div class="chart-mark" aria-hidden="true" hidden></div>
                <p class="chart-readout" role="status">{move || state.readout.get()}</p>
            </div>
            <p class="chart-hint needs-js" id=hint_id>
                "点按或指向条形可查看准确数值；选中图表后可用方向键逐项查看。"
            </p>
        </div>
        <section class="chart-table-wrap" tabindex="0" aria-label=table_label hidden=move || !table_view.get()>
            <ChartTable data=chart.table() caption=title/>
        </section>
        <p class="chart-source">{chart.source_line()}</p>
    }
}

/// A chart's title, and what it says in one line.
#[component]
pub fn ChartCaption(chart: AnyChart) -> impl IntoView {
    view! {
        <figcaption class="chart-caption">
            <span class="chart-title">{chart.title()}</span>
            <span class="chart-summary">{chart.headline()}</span>
        </figcaption>
    }
}

/// The chart as drawn at build time: an SVG per layout and colour scheme,
/// with its size (so nothing shifts while it loads) and every figure in
/// words as its text alternative.
#[component]
pub fn ChartPicture(chart: AnyChart, eager: bool) -> impl IntoView {
    let key = chart.key();
    let (narrow_w, narrow_h) = layout_size(&chart, Layout::Narrow);
    let (wide_w, wide_h) = layout_size(&chart, Layout::Wide);
    view! {
        <picture>
            <source
                media=format!("{} and (prefers-color-scheme: dark)", Layout::WIDE_MEDIA)
                srcset=image_path(&key, Layout::Wide, true)
                width=wide_w
                height=wide_h
            />
            <source media=Layout::WIDE_MEDIA srcset=image_path(&key, Layout::Wide, false) width=wide_w height=wide_h/>
            <source
                media="(prefers-color-scheme: dark)"
                srcset=image_path(&key, Layout::Narrow, true)
                width=narrow_w
                height=narrow_h
            />
            <img
                class="chart-image"
                src=image_path(&key, Layout::Narrow, false)
                width=narrow_w
                height=narrow_h
                alt=chart.summary()
                loading=if eager { "eager" } else { "lazy" }
                decoding="async"
            />
        </picture>
    }
}

/// A chart's figures as a table: column headers, the first cell of each row
/// as its row header, figures marked `num`.
#[component]
pub fn ChartTable(data: ChartData, caption: String) -> impl IntoView {
    let header = data
        .header
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = data
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(i, cell)| {
                    if i == 0 {
                        view! { <th scope="row">{cell}</th> }.into_any()
                    } else {
                        let numeric = crate::decimal::Decimal::parse(&cell).is_some();
                        view! { <td class:num=numeric>{cell}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="chart-table">
            <caption>{caption}</caption>
            <thead><tr>{header}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
