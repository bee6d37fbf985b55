//! The case studies: the explorer's controls, then every case as an article.

use leptos::prelude::*;

use crate::anchors::CASES_ID;
use crate::islands::{Island, island};
use crate::model::Report;
use crate::view::case_article::CaseArticle;
use crate::view::case_controls::{CaseControls, Explorer};

#[component]
pub fn CasesSection(report: &'static Report) -> impl IntoView {
    let articles = report
        .cases
        .iter()
        .map(|case| view! { <CaseArticle case/> })
        .collect_view();
    view! {
        <section id=CASES_ID class="cases wrap" aria-labelledby="cases-h">
            <h2 id="cases-h" class="chapter-title">"案例"</h2>
            <noscript>
                <p class="notice">"已停用 JavaScript：案例检索与筛选不可用，下方 "{report.cases.len()}" 个案例全文照常阅读。"</p>
            </noscript>
            <div class="case-controls" {..island(Island::CaseControls, CASES_ID)}>
                <CaseControls explorer=Explorer::initial()/>
            </div>
            <div class="case-list">{articles}</div>
        </section>
    }
}
