//! HTML generated from the report at build time and written into the served
//! page (by the `postbuild` tool), so the title and headline figures paint
//! before the WebAssembly arrives. Output is escaped; nothing is hand-copied.

use crate::model::Report;

/// Markup for `<head>`: title and description.
pub fn head_html(report: &Report) -> String {
    format!(
        "<title>{}</title>\n  <meta name=\"description\" content=\"{}\">",
        escape(&report.title),
        escape(&format!(
            "{}{}年度高等职业教育质量年度报告互动版：毕业生就业与全省对比、案例、数据表。",
            report.school, report.year
        ))
    )
}

/// Markup for the top of `<body>`, before the app's mount point.
pub fn body_html(report: &Report) -> String {
    format!(
        "<header class=\"masthead\"><h1>{}</h1></header>",
        escape(&report.title)
    )
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
