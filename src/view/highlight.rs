//! Text with the search terms marked.

use leptos::prelude::*;

use crate::search::Query;

/// `text` with every occurrence of the query's terms wrapped in `<mark>`;
/// plain text while the query is empty (as prerendered).
#[component]
pub fn Highlight(text: &'static str, query: Signal<Query>) -> impl IntoView {
    move || {
        query.with(|q| {
            q.highlight(text)
                .into_iter()
                .map(|(hit, run)| {
                    if hit {
                        view! { <mark>{run}</mark> }.into_any()
                    } else {
                        run.into_any()
                    }
                })
                .collect_view()
        })
    }
}
