use leptos::prelude::*;

use super::highlight::Highlight;
use super::url_sync::{Change, UrlFilter};
use crate::anchors::case_id;
use crate::filter::{CaseFilter, CaseIndex};
use crate::model::Case;
use crate::report::report;
use crate::search::Query;

/// The 案例 explorer: filters, a live count, and every case as an article.
/// Mounted into `#app`, inside the prerendered section and its heading.
#[component]
pub fn CaseExplorer() -> impl IntoView {
    let url = expect_context::<UrlFilter>();
    let cases: &'static [Case] = &report().cases;
    let index = CaseIndex::new(cases);
    let matches = Memo::new(move |_| url.filter.with(|f| index.matches(cases, f)));
    let query = Memo::new(move |_| url.filter.with(|f| Query::parse(&f.q)));
    let shown = move || matches.with(|m| m.iter().filter(|&&m| m).count());

    focus_case_from_fragment(url, matches);

    let articles = cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            let visible = move || matches.with(|m| m.get(i).copied().unwrap_or(false));
            view! { <CaseArticle case visible=Signal::derive(visible) query/> }
        })
        .collect_view();

    let clear = move |_| url.set(CaseFilter::default(), Change::Step);
    view! {
        <CaseFilters/>
        <p class="result-count" role="status" aria-live="polite">
            {move || {
                if url.filter.with(CaseFilter::is_empty) {
                    format!("共 {} 个案例", cases.len())
                } else {
                    format!("找到 {} 个案例", shown())
                }
            }}
        </p>
        <div class="no-results" hidden=move || shown() != 0>
            <p>"没有符合条件的案例。"</p>
            <button type="button" class="button" on:click=clear>
                "清除筛选"
            </button>
        </div>
        <div class="case-list">{articles}</div>
    }
}

/// Opens and scrolls to the case a `#case-N` fragment names; if the filters
/// hide it, they are cleared so the link still leads somewhere.
fn focus_case_from_fragment(url: UrlFilter, matches: Memo<Vec<bool>>) {
    Effect::new(move |_| {
        let Some(number) = url.focused_case.get() else {
            return;
        };
        let index = usize::from(number) - 1;
        if !matches.with_untracked(|m| m.get(index).copied().unwrap_or(false)) {
            url.filter.set(CaseFilter::default());
            super::url_sync::write_url("", &format!("#{}", case_id(number)), true);
        }
        super::scroll::to_id(&case_id(number));
    });
}

#[component]
fn CaseFilters() -> impl IntoView {
    let url = expect_context::<UrlFilter>();
    let report = report();
    let update = move |change: Change, edit: &dyn Fn(&mut CaseFilter)| {
        let mut filter = url.filter.get_untracked();
        edit(&mut filter);
        url.set(filter, change);
    };

    let chapter_buttons = report
        .chapters
        .iter()
        .filter_map(|chapter| {
            let count = report
                .cases
                .iter()
                .filter(|c| c.chapter == chapter.number)
                .count();
            let number = chapter.number;
            let pressed = move || url.filter.with(|f| f.chapter == Some(number));
            (count > 0).then(|| {
                view! {
                    <button
                        type="button"
                        class="chip"
                        aria-label=format!("{}，{count} 个案例", chapter.title)
                        aria-pressed=move || pressed().to_string()
                        on:click=move |_| {
                            let next = if pressed() { None } else { Some(number) };
                            update(Change::Step, &|f| f.chapter = next);
                        }
                    >
                        {chapter.title.as_ref()}
                        <span class="chip-count">{count}</span>
                    </button>
                }
            })
        })
        .collect_view();

    let tag_buttons = report
        .topics
        .iter()
        .map(|topic| {
            let tag: &'static str = topic.as_ref();
            let pressed = move || url.filter.with(|f| f.tags.iter().any(|t| t == tag));
            view! {
                <button
                    type="button"
                    class="chip"
                    aria-pressed=move || pressed().to_string()
                    on:click=move |_| {
                        let on = !pressed();
                        update(
                            Change::Step,
                            &|f| {
                                f.tags.retain(|t| t != tag);
                                if on {
                                    f.tags.push(tag.to_string());
                                    f.tags.sort_by_key(|t| report.topics.iter().position(|x| x == t));
                                }
                            },
                        );
                    }
                >
                    {tag}
                </button>
            }
        })
        .collect_view();

    let all_chapters_pressed = move || url.filter.with(|f| f.chapter.is_none());
    view! {
        <div class="case-filters">
            <div class="search-field">
                <label for="case-q">"搜索案例"</label>
                <input
                    id="case-q"
                    type="search"
                    maxlength="100"
                    autocomplete="off"
                    placeholder="输入关键词，空格分隔多个词"
                    prop:value=move || url.filter.with(|f| f.q.clone())
                    on:input=move |ev| {
                        let q: String = event_target_value(&ev).chars().take(crate::search::MAX_QUERY_CHARS).collect();
                        update(Change::Typing, &|f| f.q = q.clone());
                    }
                    on:blur=move |_| url.end_typing()
                />
            </div>
            <fieldset class="chips chapter-chips">
                <legend>"按章节"</legend>
                <button
                    type="button"
                    class="chip"
                    aria-pressed=move || all_chapters_pressed().to_string()
                    on:click=move |_| update(Change::Step, &|f| f.chapter = None)
                >
                    "全部章节"
                </button>
                {chapter_buttons}
            </fieldset>
            <fieldset class="chips tag-chips">
                <legend>"按主题（可多选）"</legend>
                {tag_buttons}
            </fieldset>
        </div>
    }
}

/// One case: number, title, chapter and section, tags, a preview that
/// expands to the full text, and a link to itself.
#[component]
fn CaseArticle(case: &'static Case, visible: Signal<bool>, query: Memo<Query>) -> impl IntoView {
    let url = expect_context::<UrlFilter>();
    let id = case_id(case.number);
    let body_id = format!("{id}-body");
    let controls = body_id.clone();
    let heading = format!("{id}-h");
    let labelled_by = heading.clone();
    let permalink = format!("#{id}");
    let expanded = RwSignal::new(false);
    Effect::new(move |_| {
        if url.focused_case.get() == Some(case.number) {
            expanded.set(true);
        }
    });
    let chapter_title = report()
        .chapters
        .iter()
        .find(|c| c.number == case.chapter)
        .map_or("", |c| c.title.as_ref());
    let tags = case
        .tags
        .iter()
        .map(|t| view! { <li>{t.as_ref()}</li> })
        .collect_view();
    let paragraphs = case
        .paragraphs
        .iter()
        .map(|p| view! { <p><Highlight text=p.as_ref() query/></p> })
        .collect_view();
    let figures = case
        .figures
        .iter()
        .map(|f| view! { <li><Highlight text=f.as_ref() query/></li> })
        .collect_view();
    view! {
        <article id=id class="case" hidden=move || !visible.get() aria-labelledby=labelled_by>
            <p class="case-meta">
                <span class="case-number">"案例 " {case.number}</span>
                " · 第" {case.chapter} "章 " {chapter_title} " · " {case.section.as_ref()} " 节"
            </p>
            <h3 id=heading class="case-title">
                <Highlight text=case.title.as_ref() query/>
            </h3>
            <ul class="tags" aria-label="主题">{tags}</ul>
            <div id=body_id class="case-body" class:open=move || expanded.get()>
                {paragraphs}
                <ul class="case-figures" aria-label="配图说明">{figures}</ul>
            </div>
            <div class="case-actions">
                <button
                    type="button"
                    class="button"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=controls
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() { "收起" } else { "展开全文" }}
                </button>
                <a class="permalink" href=permalink>"本案例链接"</a>
            </div>
        </article>
    }
}
