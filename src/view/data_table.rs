//! One of the report's tables: its caption, then a filter, the row count and
//! a CSV download, then the rows — sortable by any column — in a box of its
//! own that scrolls both ways with the header row and the first column held
//! in place (style/main.css, "The report's tables"), so the page itself never
//! scrolls sideways. A filter that leaves no row says so in the count, and a
//! button clears it.
//!
//! On a narrow screen a long table shows its first [`FOLD_AT`] rows and a
//! "显示全部 N 行" disclosure. The stylesheet, not a signal, decides what
//! shows (the clear button when no row matches, the disclosure and the
//! folding on a phone with more than `FOLD_AT` rows): wide screens, print and
//! a page without script show every row, the prerendered and live markup are
//! the same, and the WebAssembly carries less code.
//!
//! Prerendered unsorted and unfiltered; the app mounts the same component in
//! its place. The download is a link to the CSV file written at build time,
//! so it works without WebAssembly too; live, it saves the rows in view.

use leptos::prelude::*;

use crate::model::{ColumnKind, Table};
use crate::search::Query;
use crate::table_view::{Direction, key_column, shown_text, to_csv, visible_rows};

/// How many rows a folded table shows (style/main.css hides the rest with
/// `tr:nth-child(n + 11)` and `FOLD_LESS` names it: keep the three in step).
pub const FOLD_AT: usize = 10;

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

/// Said when a filter leaves no row.
pub fn no_rows_text(filter: &str) -> String {
    format!("没有包含“{}”的行。", filter.trim())
}

/// The fold button's text while every row shows.
const FOLD_LESS: &str = "收起，只显示前 10 行";

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
    let filter_box = NodeRef::<leptos::html::Input>::new();
    let rows = Memo::new(move |_| {
        let query = filter.with(|q| Query::parse(q));
        visible_rows(table, &query, sort.get())
    });
    let total = table.rows.len();
    let key = key_column(table);
    let caption = caption(table);
    let input_id = format!("{}-filter", table.key);
    let caption_id = format!("{}-caption", table.key);

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
            let kind = column.kind;
            let click = move |_| {
                let next = state().map_or(Direction::first(kind), Direction::flipped);
                sort.set(Some((c, next)));
            };
            view! {
                <th scope="col" aria-sort=aria_sort class:num=numeric class:key=c == key>
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
                    .enumerate()
                    .map(|(c, (cell, column))| {
                        view! {
                            <td class:num=column.kind == ColumnKind::Number class:key=c == key>
                                {shown_text(cell, column)}
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr>{cells}</tr> }
            })
            .collect_view()
    };

    // When nothing matches, the count says so (and is read out).
    let count = move || {
        let shown = rows.with(Vec::len);
        if shown == 0 {
            filter.with(|q| no_rows_text(q))
        } else if shown == total {
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
    let clear = move |_| {
        filter.set(String::new());
        // The button hides once rows match again: focus goes back to the box.
        if let Some(input) = filter_box.get() {
            let _ = input.focus();
        }
    };

    view! {
        <p class="table-caption" id=caption_id.clone()>{caption}</p>
        <div class="table-tools">
            <label class="needs-js" for=input_id.clone()>"筛选"</label>
            <input
                class="needs-js"
                id=input_id
                type="search"
                maxlength="100"
                autocomplete="off"
                node_ref=filter_box
                prop:value=move || filter.get()
                on:input=move |ev| filter.set(event_target_value(&ev))
            />
            <span class="row-count" role="status" aria-live="polite">{count}</span>
            <button type="button" class="button table-clear needs-js" on:click=clear>"清除筛选"</button>
            <a class="button" href=csv_path(&table.key) download=csv_name(&table.key) on:click=download>
                "下载 CSV"
            </a>
        </div>
        // A region named by the caption: a landmark, and focusable, so the
        // keyboard scrolls it.
        <section class="table-scroll" tabindex="0" aria-labelledby=caption_id.clone()>
            <table aria-labelledby=caption_id.clone()>
                <thead><tr>{headers}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </section>
        // A disclosure the browser opens and closes itself; the stylesheet
        // folds the rows while it is closed.
        <details class="table-fold needs-js">
            <summary class="button">
                <span class="fold-more">"显示全部 " {move || rows.with(Vec::len)} " 行"</span>
                <span class="fold-less">{FOLD_LESS}</span>
            </summary>
        </details>
        {table.note.as_ref().map(|note| view! { <p class="table-note">{note.as_ref()}</p> })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fold_names_its_row_count() {
        assert!(FOLD_LESS.contains(&FOLD_AT.to_string()));
    }

    #[test]
    fn an_empty_result_quotes_the_filter() {
        assert_eq!(no_rows_text(" 火星 "), "没有包含“火星”的行。");
    }
}
