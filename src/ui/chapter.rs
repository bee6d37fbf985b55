use leptos::prelude::*;

use super::data_table::DataTable;
use super::section_figures::section_figures;
use super::url_sync::{Change, UrlFilter};
use crate::anchors::{CASES_ID, case_id, chapter_id, section_id};
use crate::filter::CaseFilter;
use crate::model::{Chapter, Section};
use crate::report::report;

/// One chapter: its sections (text, key figures, charts, tables, cases) or,
/// for 面临挑战, its challenges.
#[component]
pub fn ChapterView(chapter: &'static Chapter) -> impl IntoView {
    let id = chapter_id(chapter.number);
    let heading = format!("{id}-h");
    let labelled_by = heading.clone();
    let intro = paragraphs(&chapter.intro);
    let sections = chapter
        .sections
        .iter()
        .map(|section| view! { <SectionView section/> })
        .collect_view();
    let challenges = (!chapter.challenges.is_empty()).then(|| {
        let items = chapter
            .challenges
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <h3>{c.title.as_ref()}</h3>
                        <p>{c.text.as_ref()}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="challenges">{items}</ol> }
    });
    let outro = paragraphs(&chapter.outro);
    view! {
        <section id=id class="chapter wrap" aria-labelledby=labelled_by>
            <h2 id=heading class="chapter-title">
                <span class="chapter-num">{chapter.number}</span>
                {chapter.title.as_ref()}
            </h2>
            <ChapterCases number=chapter.number/>
            <div class="prose">{intro}</div>
            {sections}
            {challenges}
            <div class="prose">{outro}</div>
        </section>
    }
}

fn paragraphs(texts: &'static [crate::model::Text]) -> impl IntoView + use<> {
    texts
        .iter()
        .map(|p| view! { <p>{p.as_ref()}</p> })
        .collect_view()
}

#[component]
fn SectionView(section: &'static Section) -> impl IntoView {
    let id = section_id(&section.id);
    let heading = format!("{id}-h");
    let labelled_by = heading.clone();
    let href = format!("#{id}");
    let tables = report()
        .tables
        .iter()
        .filter(|t| t.section.as_deref() == Some(section.id.as_ref()))
        .map(|table| view! { <DataTable table/> })
        .collect_view();
    view! {
        <section id=id class="section" aria-labelledby=labelled_by>
            <h3 id=heading class="section-title">
                <a class="anchor" href=href aria-label=format!("{} 节链接", section.id)>
                    {section.id.as_ref()}
                </a>
                " "
                {section.title.as_ref()}
            </h3>
            <KeyFigures section=section.id.as_ref()/>
            <div class="prose">{paragraphs(&section.paragraphs)}</div>
            {section_figures(&section.id)}
            {tables}
            <SectionCases section=section.id.as_ref()/>
        </section>
    }
}

/// The figures the report states in `section`, as value–label pairs.
#[component]
pub fn KeyFigures(section: &'static str) -> impl IntoView {
    let items: Vec<_> = report()
        .figures
        .iter()
        .filter(|f| f.section == section)
        .map(|f| {
            view! {
                <div class="key-figure">
                    <dt>{f.label.as_ref()}</dt>
                    <dd>
                        <span class="key-number">{f.value.as_ref()}</span>
                        <span class="key-unit">{f.unit.as_ref()}</span>
                    </dd>
                </div>
            }
        })
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            <dl class="key-figures" aria-label="本节数据">
                {items}
            </dl>
        }
    })
}

/// Links to the cases told in a section.
#[component]
fn SectionCases(section: &'static str) -> impl IntoView {
    let links: Vec<_> = report()
        .cases
        .iter()
        .filter(|c| c.section == section)
        .map(|c| {
            view! {
                <li>
                    <a href=format!("#{}", case_id(c.number))>
                        "案例 " {c.number} "：" {c.title.as_ref()}
                    </a>
                </li>
            }
        })
        .collect();
    (!links.is_empty()).then(|| {
        view! {
            <nav class="section-cases" aria-label="本节案例">
                <ul>{links}</ul>
            </nav>
        }
    })
}

/// "本章 N 个案例" with a link that filters the explorer to this chapter.
#[component]
fn ChapterCases(number: u8) -> impl IntoView {
    let count = report()
        .cases
        .iter()
        .filter(|c| c.chapter == number)
        .count();
    let url = expect_context::<UrlFilter>();
    let href = format!("?chapter={number}#{CASES_ID}");
    let open = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let filter = CaseFilter {
            chapter: Some(number),
            ..Default::default()
        };
        url.set(filter, Change::Step);
        super::scroll::to_id(CASES_ID);
    };
    (count > 0).then(|| {
        view! {
            <p class="chapter-cases">
                <a href=href on:click=open>
                    "在案例库中查看本章 " {count} " 个案例"
                </a>
            </p>
        }
    })
}
