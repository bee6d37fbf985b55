//! A report table as plain HTML: what readers without WebAssembly get, and
//! what the interactive table (sorting, filtering, CSV) replaces in place.

use std::fmt::Write;

use super::html::escape;
use crate::model::{ColumnKind, Table};
use crate::table_view::cell_text;

/// The caption a table carries everywhere: "表1.4-1 标题", or the title alone.
pub fn caption(table: &Table) -> String {
    match &table.number {
        Some(number) => format!("{number} {}", table.title),
        None => table.title.to_string(),
    }
}

/// The island the app mounts its interactive table into, holding the static one.
pub fn table_island_html(table: &Table) -> String {
    let mut html = format!(
        "<div id=\"{key}\" class=\"island data-table\" data-island=\"table\" data-table=\"{key}\">\
         <div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}\"><table>\
         <caption>{}</caption><thead><tr>",
        escape(&caption(table)),
        escape(&caption(table)),
        key = escape(&table.key),
    );
    for column in table.columns.iter() {
        let class = numeric_class(column.kind);
        let _ = write!(
            html,
            "<th scope=\"col\"{class}>{}</th>",
            escape(&column.label)
        );
    }
    html.push_str("</tr></thead><tbody>");
    for row in table.rows.iter() {
        html.push_str("<tr>");
        for (cell, column) in row.iter().zip(table.columns.iter()) {
            let class = numeric_class(column.kind);
            let _ = write!(html, "<td{class}>{}</td>", escape(&cell_text(cell)));
        }
        html.push_str("</tr>");
    }
    let _ = write!(
        html,
        "</tbody></table></div><p class=\"row-count\">共 {} 行</p></div>",
        table.rows.len()
    );
    html
}

fn numeric_class(kind: ColumnKind) -> &'static str {
    if kind == ColumnKind::Number {
        " class=\"num\""
    } else {
        ""
    }
}
