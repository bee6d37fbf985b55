//! The case explorer's controls: the search box, the chapter and topic
//! filters (folded into a "筛选" disclosure on narrow screens), the active
//! filters as removable chips, the live count, and what an empty result says.
//!
//! Prerendered in their initial state (no filter, every case); the app
//! mounts the same component, driven by the URL, in their place.

use leptos::prelude::*;

use crate::filter::{CaseFilter, Facets};
use crate::model::Text;
use crate::report::report;
use crate::search::MAX_QUERY_CHARS;

/// The id of the search box.
pub const SEARCH_ID: &str = "case-q";
/// The id of the panel the "筛选" button folds.
const PANEL_ID: &str = "case-filter-panel";

/// What the controls show and how they change it.
#[derive(Clone, Copy)]
pub struct Explorer {
    pub filter: Signal<CaseFilter>,
    /// How many cases pass the filter.
    pub shown: Signal<usize>,
    /// How many each option would give (see `filter::Facets`).
    pub facets: Signal<Facets>,
    /// Applies a new filter (the URL follows).
    pub update: Callback<CaseFilter>,
}

impl Explorer {
    /// The state the page is prerendered in: no filter, every case shown.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn initial() -> Explorer {
        let report = report();
        let index = crate::filter::CaseIndex::new(&report.cases);
        let facets = index.facets(
            &report.cases,
            &CaseFilter::default(),
            &chapters_with_cases(),
            &topics(),
        );
        Explorer {
            filter: Signal::stored(CaseFilter::default()),
            shown: Signal::stored(report.cases.len()),
            facets: Signal::stored(facets),
            update: Callback::new(|_| {}),
        }
    }

    fn edit(self, edit: impl FnOnce(&mut CaseFilter)) {
        let mut filter = self.filter.get_untracked();
        edit(&mut filter);
        self.update.run(filter);
    }
}

/// The chapters that hold cases, in order: the chapter filter's options.
pub fn chapters_with_cases() -> Vec<u8> {
    let report = report();
    report
        .chapters
        .iter()
        .map(|c| c.number)
        .filter(|n| report.cases.iter().any(|c| c.chapter == *n))
        .collect()
}

/// The topic filter's options.
pub fn topics() -> Vec<&'static str> {
    report().topics.iter().map(|t| t.as_ref()).collect()
}

fn chapter_title(number: u8) -> &'static str {
    report()
        .chapters
        .iter()
        .find(|c| c.number == number)
        .map_or("", |c| c.title.as_ref())
}

#[component]
pub fn CaseControls(explorer: Explorer) -> impl IntoView {
    let total = report().cases.len();
    let filter = explorer.filter;
    let open = RwSignal::new(false);
    let active = move || filter.with(|f| usize::from(f.chapter.is_some()) + f.tags.len());
    let count = move || {
        if filter.with(CaseFilter::is_empty) {
            format!("共 {total} 个案例")
        } else {
            format!("找到 {} 个案例", explorer.shown.get())
        }
    };
    let clear = move |_| explorer.update.run(CaseFilter::default());
    view! {
        <div class="case-filters">
            <div class="search-field">
                <label for=SEARCH_ID>"搜索案例"</label>
                <input
                    id=SEARCH_ID
                    type="search"
                    maxlength=MAX_QUERY_CHARS.to_string()
                    autocomplete="off"
                    placeholder="关键词或主题，空格分隔多个词"
                    prop:value=move || filter.with(|f| f.q.clone())
                    on:input=move |ev| {
                        let q: String = event_target_value(&ev).chars().take(MAX_QUERY_CHARS).collect();
                        explorer.edit(|f| f.q = q);
                    }
                />
            </div>
            <div class="filter-bar">
                <button
                    type="button"
                    class="button filter-toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=PANEL_ID
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    "筛选"
                    <span class="filter-count">
                        {move || match active() {
                            0 => String::new(),
                            n => format!("（已选 {n}）"),
                        }}
                    </span>
                </button>
                <ActiveFilters explorer/>
            </div>
            <div id=PANEL_ID class="filter-panel" class:open=move || open.get()>
                <ChapterChips explorer/>
                <TopicChips explorer topics=&report().topics/>
            </div>
        </div>
        <p class="result-count" role="status" aria-live="polite">{count}</p>
        <div class="no-results" hidden=move || explorer.shown.get() != 0>
            <p>"没有符合条件的案例。"</p>
            <button type="button" class="button" on:click=clear>
                "清除筛选"
            </button>
        </div>
    }
}

/// The chosen chapter and topics as chips that remove themselves, and "清除全部".
#[component]
fn ActiveFilters(explorer: Explorer) -> impl IntoView {
    let filter = explorer.filter;
    let chips = move || {
        let f = filter.get();
        let chapter = f.chapter.map(|n| {
            let label = chapter_title(n);
            view! {
                <li>
                    <button
                        type="button"
                        class="chip active-chip"
                        aria-label=format!("移除筛选：{label}")
                        on:click=move |_| explorer.edit(|f| f.chapter = None)
                    >
                        {label}
                        <span aria-hidden="true">" ×"</span>
                    </button>
                </li>
            }
        });
        let tags = f
            .tags
            .iter()
            .map(|tag| {
                let tag = tag.clone();
                let remove = tag.clone();
                view! {
                    <li>
                        <button
                            type="button"
                            class="chip active-chip"
                            aria-label=format!("移除筛选：{tag}")
                            on:click=move |_| {
                                explorer.edit(|f| f.tags.retain(|t| *t != remove))
                            }
                        >
                            {tag.clone()}
                            <span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        let clear_all = (f.chapter.is_some() || !f.tags.is_empty()).then(|| {
            view! {
                <li>
                    <button
                        type="button"
                        class="chip clear-all"
                        on:click=move |_| {
                            explorer.edit(|f| {
                                f.chapter = None;
                                f.tags.clear();
                            })
                        }
                    >
                        "清除全部"
                    </button>
                </li>
            }
        });
        (chapter, tags, clear_all)
    };
    view! { <ul class="active-filters">{chips}</ul> }
}

#[component]
fn ChapterChips(explorer: Explorer) -> impl IntoView {
    let filter = explorer.filter;
    let facets = explorer.facets;
    let chips = chapters_with_cases()
        .into_iter()
        .map(|number| {
            let title = chapter_title(number);
            let count = move || {
                facets.with(|f| {
                    f.chapters
                        .iter()
                        .find(|(c, _)| *c == number)
                        .map_or(0, |(_, n)| *n)
                })
            };
            let pressed = move || filter.with(|f| f.chapter == Some(number));
            view! {
                <button
                    type="button"
                    class="chip"
                    aria-label=move || format!("{title}，{} 个案例", count())
                    aria-pressed=move || pressed().to_string()
                    disabled=move || count() == 0 && !pressed()
                    on:click=move |_| {
                        let next = if pressed() { None } else { Some(number) };
                        explorer.edit(|f| f.chapter = next);
                    }
                >
                    {title}
                    <span class="chip-count" aria-hidden="true">{count}</span>
                </button>
            }
        })
        .collect_view();
    let all_pressed = move || filter.with(|f| f.chapter.is_none());
    let all_count = move || facets.with(|f| f.all_chapters);
    view! {
        <fieldset class="chips chapter-chips">
            <legend>"按章节"</legend>
            <button
                type="button"
                class="chip"
                aria-label=move || format!("全部章节，{} 个案例", all_count())
                aria-pressed=move || all_pressed().to_string()
                on:click=move |_| explorer.edit(|f| f.chapter = None)
            >
                "全部章节"
                <span class="chip-count" aria-hidden="true">{all_count}</span>
            </button>
            {chips}
        </fieldset>
    }
}

/// Nothing when the report has no topics (no empty fieldset).
#[component]
fn TopicChips(explorer: Explorer, topics: &'static [Text]) -> impl IntoView {
    let filter = explorer.filter;
    let facets = explorer.facets;
    let chips = topics
        .iter()
        .enumerate()
        .map(|(i, topic)| {
            let tag: &'static str = topic.as_ref();
            let count = move || facets.with(|f| f.topics.get(i).copied().unwrap_or(0));
            let pressed = move || filter.with(|f| f.tags.iter().any(|t| t == tag));
            let toggle = move |_| {
                let on = !pressed();
                explorer.edit(|f| {
                    f.tags.retain(|t| t != tag);
                    if on {
                        f.tags.push(tag.to_string());
                        f.tags.sort_by_key(|t| topics.iter().position(|x| x == t));
                    }
                });
            };
            view! {
                <button
                    type="button"
                    class="chip"
                    aria-label=move || format!("{tag}，{} 个案例", count())
                    aria-pressed=move || pressed().to_string()
                    disabled=move || count() == 0 && !pressed()
                    on:click=toggle
                >
                    {tag}
                    <span class="chip-count" aria-hidden="true">{count}</span>
                </button>
            }
        })
        .collect_view();
    (!topics.is_empty()).then(|| {
        view! {
            <fieldset class="chips tag-chips">
                <legend>"按主题（可多选）"</legend>
                {chips}
            </fieldset>
        }
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn topic_chips(topics: &'static [Text]) -> String {
        let owner = Owner::new();
        owner.with(|| {
            crate::view::render::to_html(
                view! { <TopicChips explorer=Explorer::initial() topics/> },
            )
        })
    }

    #[test]
    fn topics_are_chips_and_no_topics_is_no_fieldset() {
        static TOPICS: [Text; 2] = [Text::Borrowed("乡村振兴"), Text::Borrowed("国际合作")];
        let html = topic_chips(&TOPICS);
        assert!(
            html.contains("<fieldset class=\"chips tag-chips\">"),
            "{html}"
        );
        assert_eq!(html.matches("<button").count(), 2, "{html}");
        assert_eq!(topic_chips(&[]), "");
    }
}
