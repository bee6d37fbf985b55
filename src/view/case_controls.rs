//! The case explorer's controls: the search box, chapter and topic filters,
//! the live count, and what an empty result says.
//!
//! Prerendered in their initial state (no filter, every case); the app
//! mounts the same component, driven by the URL, in their place.

use leptos::prelude::*;

use crate::filter::CaseFilter;
use crate::model::Text;
use crate::report::report;
use crate::search::MAX_QUERY_CHARS;
use crate::url_state::Change;

/// The id of the search box.
pub const SEARCH_ID: &str = "case-q";

/// What the controls show and how they change it.
#[derive(Clone, Copy)]
pub struct Explorer {
    pub filter: Signal<CaseFilter>,
    /// How many cases pass the filter.
    pub shown: Signal<usize>,
    /// Applies a new filter (the URL follows).
    pub update: Callback<(CaseFilter, Change)>,
    /// The search box lost focus: the typing session is over.
    pub end_typing: Callback<()>,
}

impl Explorer {
    /// The state the page is prerendered in: no filter, every case shown.
    pub fn initial() -> Explorer {
        Explorer {
            filter: Signal::stored(CaseFilter::default()),
            shown: Signal::stored(report().cases.len()),
            update: Callback::new(|_| {}),
            end_typing: Callback::new(|_| {}),
        }
    }

    fn edit(self, change: Change, edit: impl FnOnce(&mut CaseFilter)) {
        let mut filter = self.filter.get_untracked();
        edit(&mut filter);
        self.update.run((filter, change));
    }
}

#[component]
pub fn CaseControls(explorer: Explorer) -> impl IntoView {
    let total = report().cases.len();
    let filter = explorer.filter;
    let count = move || {
        if filter.with(CaseFilter::is_empty) {
            format!("共 {total} 个案例")
        } else {
            format!("找到 {} 个案例", explorer.shown.get())
        }
    };
    let clear = move |_| explorer.update.run((CaseFilter::default(), Change::Step));
    view! {
        <div class="case-filters">
            <div class="search-field">
                <label for=SEARCH_ID>"搜索案例"</label>
                <input
                    id=SEARCH_ID
                    type="search"
                    maxlength=MAX_QUERY_CHARS.to_string()
                    autocomplete="off"
                    placeholder="输入关键词，空格分隔多个词"
                    prop:value=move || filter.with(|f| f.q.clone())
                    on:input=move |ev| {
                        let q: String = event_target_value(&ev).chars().take(MAX_QUERY_CHARS).collect();
                        explorer.edit(Change::Typing, |f| f.q = q);
                    }
                    on:blur=move |_| explorer.end_typing.run(())
                />
            </div>
            <ChapterChips explorer/>
            <TopicChips explorer topics=&report().topics/>
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

#[component]
fn ChapterChips(explorer: Explorer) -> impl IntoView {
    let report = report();
    let filter = explorer.filter;
    let chips = report
        .chapters
        .iter()
        .filter_map(|chapter| {
            let count = report
                .cases
                .iter()
                .filter(|c| c.chapter == chapter.number)
                .count();
            let number = chapter.number;
            let pressed = move || filter.with(|f| f.chapter == Some(number));
            (count > 0).then(|| {
                view! {
                    <button
                        type="button"
                        class="chip"
                        aria-label=format!("{}，{count} 个案例", chapter.title)
                        aria-pressed=move || pressed().to_string()
                        on:click=move |_| {
                            let next = if pressed() { None } else { Some(number) };
                            explorer.edit(Change::Step, |f| f.chapter = next);
                        }
                    >
                        {chapter.title.as_ref()}
                        <span class="chip-count">{count}</span>
                    </button>
                }
            })
        })
        .collect_view();
    let all_pressed = move || filter.with(|f| f.chapter.is_none());
    view! {
        <fieldset class="chips chapter-chips">
            <legend>"按章节"</legend>
            <button
                type="button"
                class="chip"
                aria-pressed=move || all_pressed().to_string()
                on:click=move |_| explorer.edit(Change::Step, |f| f.chapter = None)
            >
                "全部章节"
            </button>
            {chips}
        </fieldset>
    }
}

/// Nothing when the report has no topics (no empty fieldset).
#[component]
fn TopicChips(explorer: Explorer, topics: &'static [Text]) -> impl IntoView {
    let filter = explorer.filter;
    let chips = topics
        .iter()
        .map(|topic| {
            let tag: &'static str = topic.as_ref();
            let pressed = move || filter.with(|f| f.tags.iter().any(|t| t == tag));
            let toggle = move |_| {
                let on = !pressed();
                explorer.edit(Change::Step, |f| {
                    f.tags.retain(|t| t != tag);
                    if on {
                        f.tags.push(tag.to_string());
                        f.tags.sort_by_key(|t| topics.iter().position(|x| x == t));
                    }
                });
            };
            view! {
                <button type="button" class="chip" aria-pressed=move || pressed().to_string() on:click=toggle>
                    {tag}
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
