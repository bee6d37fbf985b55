//! Rewriting Trunk's staged `index.html` with an HTML rewriter (lol_html):
//! the page fills the marker elements, inline scripts and styles are read
//! for the CSP, and tags are added to `<head>`.

use std::cell::RefCell;

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str, text};

/// The marker in `index.html` that the page's `<head>` part replaces:
/// `<template data-prerender="head"></template>`. Markers are elements, not
/// comments, because Trunk's release minifier drops comments.
pub const HEAD_MARKER: &str = "head";
/// The marker that the page's `<body>` replaces: `data-prerender="body"`.
pub const BODY_MARKER: &str = "body";
/// The attribute that makes an element a marker; one left unfilled is an error.
const MARKER_ATTR: &str = "data-prerender";

pub(super) fn rewrite(html: &str, settings: RewriteStrSettings) -> Result<String, String> {
    rewrite_str(html, settings).map_err(|e| format!("cannot rewrite index.html: {e}"))
}

/// Replaces each marker element with its HTML. A missing, repeated or
/// unknown marker is an error: the page would silently ship without (or
/// with twice) the prerendered report.
pub fn fill_markers(html: &str, fills: &[(&str, &str)]) -> Result<String, String> {
    let found: RefCell<Vec<String>> = RefCell::new(Vec::new());
    let out = rewrite(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(
            "[data-prerender]",
            |el| {
                let name = el.get_attribute(MARKER_ATTR).unwrap_or_default();
                if let Some((_, fill)) = fills.iter().find(|(marker, _)| *marker == name) {
                    el.replace(fill, ContentType::Html);
                }
                found.borrow_mut().push(name);
                Ok(())
            }
        )),
    )?;
    let found = found.into_inner();
    for (marker, _) in fills {
        match found.iter().filter(|f| f == marker).count() {
            1 => {}
            0 => {
                return Err(format!(
                    "marker {MARKER_ATTR}=\"{marker}\" not found in index.html"
                ));
            }
            n => {
                return Err(format!(
                    "marker {MARKER_ATTR}=\"{marker}\" found {n} times in index.html"
                ));
            }
        }
    }
    if let Some(unknown) = found.iter().find(|f| !fills.iter().any(|(m, _)| m == *f)) {
        return Err(format!(
            "index.html has a marker that postbuild does not fill: {MARKER_ATTR}=\"{unknown}\""
        ));
    }
    Ok(out)
}

/// The text of every inline `<script>` (one without `src`), in document order.
pub fn inline_scripts(html: &str) -> Result<Vec<String>, String> {
    inline_texts(html, "script")
}

/// The text of every `<style>`, in document order.
pub fn inline_styles(html: &str) -> Result<Vec<String>, String> {
    inline_texts(html, "style")
}

/// The text of every `tag` element without `src`, in document order.
fn inline_texts(html: &str, tag: &str) -> Result<Vec<String>, String> {
    // (inline?, text) per element.
    let found: RefCell<Vec<(bool, String)>> = RefCell::new(Vec::new());
    rewrite(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!(tag, |el| {
                let inline = !el.has_attribute("src");
                found.borrow_mut().push((inline, String::new()));
                Ok(())
            }))
            .append_element_content_handler(text!(tag, |chunk| {
                if let Some((true, text)) = found.borrow_mut().last_mut() {
                    text.push_str(chunk.as_str());
                }
                Ok(())
            })),
    )?;
    Ok(found
        .into_inner()
        .into_iter()
        .filter_map(|(inline, text)| inline.then_some(text))
        .collect())
}

/// Where [`insert`] puts its markup.
#[derive(Clone, Copy)]
enum Place {
    After,
    Prepend,
}

/// Inserts `markup` at `place` of the first element matching `selector`;
/// `None` when no element matches.
fn insert(
    html: &str,
    selector: &str,
    place: Place,
    markup: &str,
) -> Result<Option<String>, String> {
    let done = RefCell::new(false);
    let out = rewrite(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(selector, |el| {
            if !done.replace(true) {
                match place {
                    Place::After => el.after(markup, ContentType::Html),
                    Place::Prepend => el.prepend(markup, ContentType::Html),
                }
            }
            Ok(())
        })),
    )?;
    Ok(done.into_inner().then_some(out))
}

/// Inserts `tags` right after `<meta charset>` (or at the top of `<head>`):
/// a CSP `<meta>` only governs what follows it.
pub fn insert_at_head_top(html: &str, tags: &str) -> Result<String, String> {
    match insert(html, "meta[charset]", Place::After, tags)? {
        Some(out) => Ok(out),
        None => {
            insert(html, "head", Place::Prepend, tags)?.ok_or("index.html has no <head>".into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n  <meta charset=\"utf-8\">\n  <template data-prerender=\"head\"></template>\n</head>\n<body>\n  <template data-prerender=\"body\"></template>\n<script type=\"module\">import init from './app.js';init();</script>\n</body>\n</html>\n";

    #[test]
    fn fills_each_marker_once() {
        let html = fill_markers(
            PAGE,
            &[
                (HEAD_MARKER, "<title>T</title>"),
                (BODY_MARKER, "<h1>T</h1>"),
            ],
        )
        .unwrap();
        assert!(html.contains("<meta charset=\"utf-8\">\n  <title>T</title>\n</head>"));
        assert!(html.contains("<body>\n  <h1>T</h1>\n<script"));
        assert!(!html.contains("prerender"));
    }

    #[test]
    fn missing_repeated_or_unknown_markers_are_errors() {
        let missing = fill_markers("<head></head>", &[(HEAD_MARKER, "x")]).unwrap_err();
        assert!(missing.contains("not found"), "{missing}");
        let twice = "<template data-prerender=\"head\"></template><template data-prerender=\"head\"></template>";
        let repeated = fill_markers(twice, &[(HEAD_MARKER, "x")]).unwrap_err();
        assert!(repeated.contains("2 times"), "{repeated}");
        let unknown = PAGE.replace("<body>", "<body><div data-prerender=\"footer\"></div>");
        let error = fill_markers(&unknown, &[(HEAD_MARKER, "h"), (BODY_MARKER, "b")]).unwrap_err();
        assert!(error.contains("data-prerender=\"footer\""), "{error}");
    }

    #[test]
    fn finds_inline_scripts_only() {
        let html = "<script src=\"a.js\"></script><SCRIPT type=module>one()</SCRIPT>\
                    <scripts>not a script</scripts><script data-x='src'>two()</script>\
                    <script defer src=b.js></script><script>\n</script>";
        assert_eq!(inline_scripts(html).unwrap(), vec!["one()", "two()", "\n"]);
        let styles = "<style>p{}</style><link rel=stylesheet href=a.css><STYLE>a>b{}</STYLE>";
        assert_eq!(inline_styles(styles).unwrap(), vec!["p{}", "a>b{}"]);
    }

    #[test]
    fn head_tags_go_after_charset_or_at_the_top() {
        let html = insert_at_head_top(PAGE, "<meta name=\"x\">").unwrap();
        assert!(
            html.contains("<meta charset=\"utf-8\"><meta name=\"x\">\n  <template data-prerender=\"head\"></template>")
        );
        let no_charset =
            insert_at_head_top("<html><head><title>t</title></head>", "<meta name=\"x\">").unwrap();
        assert!(no_charset.starts_with("<html><head><meta name=\"x\"><title>"));
        assert!(insert_at_head_top("<p>no head</p>", "x").is_err());
    }
}
