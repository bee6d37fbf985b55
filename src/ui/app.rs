use leptos::prelude::*;

use super::cases::CaseExplorer;
use super::chapter::ChapterView;
use super::preface::Preface;
use super::url_sync::UrlFilter;
use crate::report::report;

/// Everything below the prerendered overview: the foreword, the seven
/// chapters, the case explorer and the footer.
#[component]
pub fn App() -> impl IntoView {
    let url = UrlFilter::from_location();
    provide_context(url);
    let chapters = report()
        .chapters
        .iter()
        .map(|chapter| view! { <ChapterView chapter/> })
        .collect_view();
    view! {
        <Preface/>
        {chapters}
        <CaseExplorer/>
        <footer class="site-footer wrap">
            <p>
                "数据来源：《" {report().title.as_ref()} "》。本页所有数字均取自报告原文；"
                "报告未给出的对比数据，本页不作推算。"
            </p>
        </footer>
    }
}
