//! One case study: number, chapter and section, title, topic tags, its text
//! folded to a preview, the captions of its printed figures, and actions.
//!
//! At build time every case is rendered into `index.html` as an
//! `<article id="case-N">`, so it reads without WebAssembly and a shared
//! `#case-N` link lands on it at once. In the browser the case explorer keeps
//! those same article elements (filtering hides and shows them) and renders
//! [`CaseContent`] into them again, live, from the text it reads back out of
//! them ([`CaseText`]): the WebAssembly does not carry the case text twice.

use leptos::prelude::*;

use crate::anchors::{case_id, section_id};
#[cfg(not(target_arch = "wasm32"))]
use crate::islands::{Island, island};
use crate::model::Case;
use crate::report::report;
use crate::search::Query;
use crate::view::share::ShareButton;
use crate::view::{Highlight, Marked};

/// The class of the element holding a case's title.
pub const TITLE_CLASS: &str = "case-title";
/// Selects a case's paragraphs inside its article.
pub const PARAGRAPH_SELECTOR: &str = ".case-body > p";
/// Selects the text of a case's figure captions inside its article.
pub const CAPTION_SELECTOR: &str = ".case-figures .caption-text";

/// Characters shown either side of a search hit in a case's snippet.
const SNIPPET_RADIUS: usize = 24;

/// The text a case shows, as printed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CaseText {
    pub title: &'static str,
    pub paragraphs: Vec<&'static str>,
    /// Captions of the report's figures (photos) that belong to the case.
    pub figures: Vec<&'static str>,
}

impl CaseText {
    /// From the report data (the build-time renderer and native tests).
    pub fn of(case: &'static Case) -> CaseText {
        CaseText {
            title: &case.title,
            paragraphs: case.paragraphs.iter().map(|p| p.as_ref()).collect(),
            figures: case.figures.iter().map(|f| f.as_ref()).collect(),
        }
    }

    /// Everything the search looks through: title, paragraphs, captions.
    pub fn searchable(&self) -> String {
        let mut text = String::from(self.title);
        for part in self.paragraphs.iter().chain(&self.figures) {
            text.push('\n');
            text.push_str(part);
        }
        text
    }
}

/// A case as prerendered: the article element and its content.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn CaseArticle(case: &'static Case) -> impl IntoView {
    let id = case_id(case.number);
    let heading = format!("{id}-h");
    view! {
        <article id=id class="case" aria-labelledby={heading} {..island(Island::Case, case.number.to_string())}>
            <CaseContent
                case
                text=CaseText::of(case)
                query=Signal::stored(Query::default())
                expanded=RwSignal::new(false)
            />
        </article>
    }
}

/// The inside of a case's article. `expanded` unfolds the full text.
#[component]
pub fn CaseContent(
    case: &'static Case,
    text: CaseText,
    query: Signal<Query>,
    expanded: RwSignal<bool>,
) -> impl IntoView {
    let id = case_id(case.number);
    let body_id = format!("{id}-body");
    let heading = format!("{id}-h");
    let chapter_title = report()
        .chapters
        .iter()
        .find(|c| c.number == case.chapter)
        .map_or("", |c| c.title.as_ref());
    // A case may carry no topic tag: then no empty list.
    let tags = (!case.tags.is_empty()).then(|| {
        let items = case
            .tags
            .iter()
            .map(|t| view! { <li><Highlight text=t.as_ref() query/></li> })
            .collect_view();
        view! { <ul class="tags">{items}</ul> }
    });
    // Where the first hit is in the text, shown while the case is folded:
    // the hit may be far down the text the preview does not show.
    let body: Vec<&'static str> = text
        .paragraphs
        .iter()
        .chain(&text.figures)
        .copied()
        .collect();
    let snippet = move || {
        if expanded.get() {
            return None;
        }
        let snippet =
            query.with(|q| body.iter().find_map(|part| q.snippet(part, SNIPPET_RADIUS)))?;
        Some(view! { <p class="case-snippet"><Marked text=snippet query/></p> })
    };
    // The folded part is marked only once it shows: a keystroke then redraws
    // a few lines per case, not every paragraph of the report.
    let unfolded_query: Signal<Query> = Memo::new(move |_| {
        if expanded.get() {
            query.get()
        } else {
            Query::default()
        }
    })
    .into();
    let paragraphs = text
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let query = if i == 0 { query } else { unfolded_query };
            view! { <p><Highlight text=p query/></p> }
        })
        .collect_view();
    let figures = (!text.figures.is_empty()).then(|| {
        let items = text
            .figures
            .iter()
            .map(|&f| {
                view! {
                    <li>
                        <span class="caption-label">"原报告配图："</span>
                        <span class="caption-text"><Highlight text=f query=unfolded_query/></span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="case-figures">{items}</ul> }
    });
    let toggle = move |_| expanded.update(|e| *e = !*e);
    view! {
        <p class="case-meta">
            <span class="case-number">{format!("案例 {}", case.number)}</span>
            {format!(" · 第{}章 {chapter_title} · ", case.chapter)}
            <a href=format!("#{}", section_id(&case.section))>{format!("{} 节", case.section)}</a>
        </p>
        <h3 id=heading class=TITLE_CLASS>
            <Highlight text=text.title query/>
        </h3>
        {tags}
        {snippet}
        <div id=body_id.clone() class="case-body" class:open=move || expanded.get()>
            {paragraphs}
            {figures}
        </div>
        <div class="case-actions">
            <button
                type="button"
                class="button"
                aria-expanded=move || expanded.get().to_string()
                aria-controls=body_id
                on:click=toggle
            >
                {move || if expanded.get() { "收起" } else { "展开全文" }}
            </button>
            <a class="permalink" href=format!("#{id}")>"本案例链接"</a>
            <ShareButton target=id.clone() title=format!("案例 {}：{}", case.number, text.title)/>
        </div>
    }
}
