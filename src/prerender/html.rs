//! The few HTML-writing helpers the prerender needs. Every piece of report
//! text goes through [`escape`]; markup only ever comes from this module's
//! callers, never from the data.

use std::fmt::Write;

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

/// `<p>…</p>` for each paragraph, inside a `.prose` block (nothing if none).
pub fn prose(html: &mut String, paragraphs: &[crate::model::Text]) {
    if paragraphs.is_empty() {
        return;
    }
    html.push_str("<div class=\"prose\">");
    for p in paragraphs {
        let _ = write!(html, "<p>{}</p>", escape(p));
    }
    html.push_str("</div>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
