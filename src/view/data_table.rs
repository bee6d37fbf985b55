//! One of the report's tables: sortable by any column, filterable by text,
//! with its row count and a CSV download. It scrolls inside its own box on a
//! phone, so the page itself never scrolls sideways.
//!
//! Prerendered unsorted and unfiltered; the app mounts the same component in
//! its place. The download is a link to the CSV file written at build time,
//! so it works without WebAssembly too; live, it saves the rows in view.

use leptos::prelude::*;

use crate::model::{ColumnKind, Table};
use crate::search::Query;
use crate::table_view::{Direction, cell_text, to_csv, visible_rows};

/// The caption a table carries everywhere: "表 1.4-1 标题", or the title alone.
pub fn caption(table: &Table) -> String {
    match &table.number {
        Some(number) => format!("{number} {}", table.title),
        None => table.title.to_string(),
    }
}

/// Where the build writes a table's CSV, relative to the page.
pub fn csv_path(key: &str) -> String {
    format!("tables/{key}.csv")
}

/// A table's CSV download name.
pub fn csv_name(key: &str) -> String {
    format!("{key}.csv")
}

#[component]
pub fn DataTable(
    table: &'static Table,
    /// Saves a CSV of the rows in view (the browser); without it the link
    /// downloads the whole table's file.
    #[prop(optional)]
    save_csv: Option<Callback<String>>,
) -> impl IntoView {
    let sort = RwSignal::new(None::<(usize, Direction)>);
    let filter = RwSignal::new(String::new());
    let rows = Memo::new(move |_| {
        let query = filter.with(|q| Query::parse(q));
        visible_rows(table, &query, sort.get())
    });
    let total = table.rows.len();
    let caption = caption(table);
    let region_label = caption.clone();
    let input_id = format!("{}-filter", table.key);

    let headers = table
        .columns
        .iter()
        .enumerate()
        .map(|(c, column)| {
            let state = move || sort.get().filter(|(s, _)| *s == c).map(|(_, d)| d);
            let aria_sort = move || match state() {
                Some(Direction::Ascending) => "ascending",
                Some(Direction::Descending) => "descending",
                None => "none",
            };
            let numeric = column.kind == ColumnKind::Number;
            let click = move |_| {
                // Numbers are most useful largest first; text A→Z first.
                let first = if numeric {
                    Direction::Descending
                } else {
                    Direction::Ascending
                };
                let next = state().map_or(first, Direction::flipped);
                sort.set(Some((c, next)));
            };
            view! {
                <th scope="col" aria-sort=aria_sort class:num=numeric>
                    <button type="button" class="sort" on:click=click>
                        {column.label.as_ref()}
                        <span class="sort-mark" aria-hidden="true">
                            {move || match state() {
                                Some(Direction::Ascending) => "▲",
                                Some(Direction::Descending) => "▼",
                                None => "↕",
                            }}
                        </span>
                    </button>
                </th>
            }
        })
        .collect_view();

    let body = move || {
        rows.get()
            .into_iter()
            .map(|r| {
                let cells = table.rows[r]
                    .iter()
                    .zip(table.columns.iter())
                    .map(|(cell, column)| {
                        view! { <td class:num=column.kind == ColumnKind::Number>{cell_text(cell)}</td> }
                    })
                    .collect_view();
                view! { <tr>{cells}</tr> }
            })
            .collect_view()
    };

    let count = move || {
        let shown = rows.with(Vec::len);
        if shown == total {
            format!("共 {total} 行")
        } else {
            format!("显示 {shown} / {total} 行")
        }
    };
    let download = move |ev: leptos::ev::MouseEvent| {
        if let Some(save) = save_csv {
            ev.prevent_default();
            save.run(rows.with(|rows| to_csv(table, rows)));
        }
    };

    view! {
        <div class="table-tools">
            <label class="needs-js" for=input_id.clone()>"筛选"</label>
            <input
                class="needs-js"
                id=input_id
                type="search"
                maxlength="100"
                autocomplete="off"
                prop:value=move || filter.get()
                on:input=move |ev| filter.set(event_target_value(&ev))
            />
            <span class="row-count" role="status" aria-live="polite">{count}</span>
            <a class="button" href=csv_path(&table.key) download=csv_name(&table.key) on:click=download>
                "下载 CSV"
            </a>
        </div>
        <div class="table-scroll" role="region" tabindex="0" aria-label=region_label>
            <table>
                <caption>{caption}</caption>
                <thead><tr>{headers}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        {table.note.as_ref().map(|note| view! { <p class="table-note">{note.as_ref()}</p> })}
    }
}
