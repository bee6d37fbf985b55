//! The rendered page of a report, and pieces of its HTML, for the page tests.

#![allow(dead_code)] // each test crate uses part of it

use quality_report::model::Report;
use quality_report::view::render::render_page;

/// Text as it appears in the page's HTML (the framework escapes `&`, `<`, `>`).
pub fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub fn body(report: &'static Report) -> String {
    render_page(report, None).body
}

/// The HTML of the element that opens with `open` (up to its `</article>` etc.).
pub fn element<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open}"));
    let end = html[start..].find(close).expect("element is closed") + start;
    &html[start..end]
}
