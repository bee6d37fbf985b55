//! Text with the search terms marked.

use leptos::prelude::*;

use crate::search::Query;

/// `text` with every occurrence of the query's terms wrapped in `<mark>`;
/// plain text while the query is empty (as prerendered).
#[component]
pub fn Highlight(text: &'static str, query: Signal<Query>) -> impl IntoView {
    move || query.with(|q| marked(text, q))
}

/// Like [`Highlight`], for a text made on the fly (e.g. a snippet).
#[component]
pub fn Marked(text: String, query: Signal<Query>) -> impl IntoView {
    query.with_untracked(|q| marked(&text, q))
}

fn marked(text: &str, query: &Query) -> impl IntoView + use<> {
    query
        .highlight(text)
        .into_iter()
        .map(|(hit, run)| {
            let run = run.to_string();
            if hit {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}
