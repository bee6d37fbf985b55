use leptos::prelude::*;

use crate::report::report;

/// The report's chapters, each with its sections.
#[component]
pub fn App() -> impl IntoView {
    let chapters = report().chapters.iter().map(|chapter| {
        let sections = chapter
            .sections
            .iter()
            .map(|s| {
                view! {
                    <h3>{s.id.as_ref()}" "{s.title.as_ref()}</h3>
                    {super::section_figures::section_figures(&s.id)}
                }
            })
            .collect_view();
        view! {
            <section class="chapter" id=format!("ch-{}", chapter.number)>
                <h2>{chapter.number}" "{chapter.title.as_ref()}</h2>
                {sections}
            </section>
        }
    });
    view! { <div class="chapters">{chapters.collect_view()}</div> }
}
