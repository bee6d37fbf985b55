//! The report's appendix (附表): the tables it lists, by number and title,
//! with this edition's note that the source text does not carry their contents.

use leptos::prelude::*;

use crate::anchors::APPENDIX_ID;
use crate::model::Appendix as AppendixData;

#[component]
pub fn Appendix(appendix: &'static AppendixData) -> impl IntoView {
    let tables = appendix
        .tables
        .iter()
        .map(|t| view! { <li>{format!("{} {}", t.number, t.title)}</li> })
        .collect_view();
    let note = appendix
        .note
        .as_ref()
        .map(|n| view! { <p class="notice">{n.as_ref()}</p> });
    view! {
        <section id=APPENDIX_ID class="chapter wrap" aria-labelledby="appendix-h">
            <h2 id="appendix-h" class="chapter-title">{appendix.heading.as_ref()}</h2>
            {note}
            <ol class="appendix-tables">{tables}</ol>
        </section>
    }
}
