use leptos::prelude::*;

use crate::search::Query;

/// `text` with every occurrence of the query's terms wrapped in `<mark>`.
#[component]
pub fn Highlight(text: &'static str, query: Memo<Query>) -> impl IntoView {
    move || {
        query
            .read()
            .highlight(text)
            .into_iter()
            .map(|(hit, run)| {
                if hit {
                    view! { <mark>{run}</mark> }.into_any()
                } else {
                    run.into_any()
                }
            })
            .collect_view()
    }
}
