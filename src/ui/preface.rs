use leptos::prelude::*;

use super::chapter::KeyFigures;
use super::data_table::DataTable;
use crate::anchors::{PREFACE_ID, PREFACE_SECTION};
use crate::report::report;

/// The foreword (前言) with its figures, and the front-matter tables (荣誉表).
#[component]
pub fn Preface() -> impl IntoView {
    let report = report();
    let paragraphs = report
        .foreword
        .iter()
        .map(|p| view! { <p>{p.as_ref()}</p> })
        .collect_view();
    let front_tables = report
        .tables
        .iter()
        .filter(|t| t.section.is_none())
        .map(|table| view! { <DataTable table/> })
        .collect_view();
    view! {
        <section id=PREFACE_ID class="chapter wrap" aria-labelledby="preface-h">
            <h2 id="preface-h" class="chapter-title">"前言"</h2>
            <KeyFigures section=PREFACE_SECTION/>
            <div class="prose">{paragraphs}</div>
            {super::section_figures::front_matter_figures()}
            {front_tables}
        </section>
    }
}
