//! The whole page as prerendered at build time (native only): masthead,
//! chapter navigation, overview, foreword, the seven chapters with their
//! sections, figures, tables and charts, the case studies, and the footer.
//! The islands inside it are the components the browser mounts again.

mod appendix;
mod cases;
mod chapter;
mod key_figures;
mod overview;

use leptos::prelude::*;

use crate::anchors::{CASES_ID, LOAD_FAILED_ID, MAIN_ID, OVERVIEW_ID, PREFACE_ID, chapter_id};
use crate::build::files::PREVIEW_IMAGE;
use crate::model::Report;
use crate::view::share::ShareStatus;

pub use key_figures::{MAX_TILES, Tile, tiles};

/// `<title>`, the description, and the preview a chat app or social site
/// shows for a shared link (Open Graph, Twitter card). The page's address and
/// preview image are given only when the build knows the site's public URL
/// (`SITE_URL`): no absolute address is invented.
#[component]
pub fn Head(report: &'static Report, site_url: Option<String>) -> impl IntoView {
    let description = description(report);
    let card = if site_url.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    let located = site_url.map(|url| {
        let image = format!("{url}{PREVIEW_IMAGE}");
        let alt = crate::charts::overview_chart(report)
            .map(|c| crate::charts::Chart::summary(&c))
            .unwrap_or_default();
        view! {
            <meta {..property("og:url")} content=url/>
            <meta {..property("og:image")} content=image.clone()/>
            <meta {..property("og:image:type")} content="image/png"/>
            <meta {..property("og:image:width")} content="1200"/>
            <meta {..property("og:image:height")} content="630"/>
            <meta {..property("og:image:alt")} content=alt/>
            <meta name="twitter:image" content=image/>
        }
    });
    view! {
        <title>{report.title.as_ref()}</title>
        <meta name="description" content=description.clone()/>
        <meta {..property("og:type")} content="website"/>
        <meta {..property("og:locale")} content="zh_CN"/>
        <meta {..property("og:site_name")} content=report.school.as_ref()/>
        <meta {..property("og:title")} content=report.title.as_ref()/>
        <meta {..property("og:description")} content=description.clone()/>
        <meta name="twitter:card" content=card/>
        <meta name="twitter:title" content=report.title.as_ref()/>
        <meta name="twitter:description" content=description/>
        {located}
    }
}

/// An Open Graph `property` attribute (not an HTML attribute Leptos knows).
fn property(name: &'static str) -> impl leptos::tachys::html::attribute::Attribute {
    leptos::attr::custom::custom_attribute("property", name)
}

/// One sentence saying what the page holds, for search results and previews.
pub fn description(report: &Report) -> String {
    let chapters: Vec<&str> = report.chapters.iter().map(|c| c.title.as_ref()).collect();
    format!(
        "{}{}年度高等职业教育质量年度报告互动版：{}；毕业生就业与全省对比图表、{}个案例与数据表。",
        report.school,
        report.year,
        chapters.join("、"),
        report.cases.len()
    )
}

/// Everything inside `<body>`.
#[component]
pub fn Page(report: &'static Report) -> impl IntoView {
    let chapters = report
        .chapters
        .iter()
        .map(|chapter| view! { <chapter::Chapter report chapter/> })
        .collect_view();
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>"跳到正文"</a>
        <LoadFailedNotice/>
        <header class="masthead">
            <div class="wrap">
                <p class="masthead-school">
                    {report.school.as_ref()}
                    <span aria-hidden="true">" · "</span>
                    {format!("{} 年度", report.year)}
                </p>
                <h1>{report.title.as_ref()}</h1>
            </div>
        </header>
        <ChapterNav report/>
        <main id=MAIN_ID>
            <overview::Overview report/>
            <chapter::Preface report/>
            {chapters}
            {report.appendix.as_ref().map(|appendix| view! { <appendix::Appendix appendix/> })}
            <cases::CasesSection report/>
        </main>
        <ShareStatus/>
        <footer class="site-footer wrap">
            <p>
                {format!(
                    "数据来源：《{}》。本页所有数字均取自报告原文；报告未给出的对比数据，本页不作推算。",
                    report.title,
                )}
            </p>
        </footer>
    }
}

#[component]
fn ChapterNav(report: &'static Report) -> impl IntoView {
    let chapters = report
        .chapters
        .iter()
        .map(|chapter| {
            view! {
                <li>
                    <a href=format!("#{}", chapter_id(chapter.number))>
                        <span class="nav-num">{chapter.number}</span>
                        {chapter.title.as_ref()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="chapter-nav" aria-label="报告目录">
            <ul class="wrap">
                <li><a href=format!("#{OVERVIEW_ID}")>"概览"</a></li>
                <li><a href=format!("#{PREFACE_ID}")>"前言"</a></li>
                {chapters}
                <li><a href=format!("#{CASES_ID}")>"案例"</a></li>
            </ul>
        </nav>
    }
}

/// Shown by the loader (`src/build/loader.js`) or the app when a WebAssembly
/// module could not be loaded: the page stays readable, the interactive
/// features are missing, and a retry is offered.
#[component]
fn LoadFailedNotice() -> impl IntoView {
    view! {
        <div id=LOAD_FAILED_ID class="load-failed" role="alert" hidden>
            <p>"互动功能（案例检索、表格排序、交互图表）未能加载，可能是网络中断。报告全文、图表图片与数据表仍可正常阅读。"</p>
            <button type="button" class="button" data-retry="">"重试"</button>
        </div>
    }
}

/// The Content-Security-Policy as a `<meta>`, for the top of `<head>`.
#[component]
pub fn CspMeta(policy: String) -> impl IntoView {
    view! { <meta http-equiv="Content-Security-Policy" content=policy/> }
}

/// Where a WebAssembly module that the page starts from script lives:
/// `content` = its JS glue, `data-wasm` = the module, `data-css` = a
/// stylesheet it brings along, `data-imports` = the modules its glue imports
/// (space-separated), if any.
#[component]
pub fn ModuleMeta(
    name: &'static str,
    js: String,
    wasm: String,
    #[prop(default = None)] css: Option<String>,
    #[prop(default = None)] imports: Option<String>,
) -> impl IntoView {
    view! { <meta name=name content=js data-wasm=wasm data-css=css data-imports=imports/> }
}

/// A stylesheet inlined into `<head>` (its text is CSS, not HTML: set as is).
#[component]
pub fn InlineStyle(css: String) -> impl IntoView {
    view! { <style inner_html=css></style> }
}

/// A module script inlined into `<head>` (its text is JavaScript: set as is).
#[component]
pub fn InlineModuleScript(js: String) -> impl IntoView {
    view! { <script type="module" inner_html=js></script> }
}
