//! The reader's state in the URL: `?chapter=2&tag=乡村振兴&q=嘉兴#case-14`.
//!
//! Parsing is defensive, because anyone can hand-edit or forge a link:
//! unknown keys, chapters and tags are ignored; an over-long query is cut;
//! malformed percent-encoding is kept as literal text; invalid UTF-8 becomes
//! U+FFFD. Markup is never interpreted here — it is only ever shown as text.
//! Decoding is `form_urlencoded`'s and encoding `percent-encoding`'s, the
//! crates the URL standard's Rust implementation uses.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::filter::CaseFilter;
use crate::model::Report;
use crate::search::MAX_QUERY_CHARS;

/// Reads a query string (with or without its leading `?`) into a filter,
/// keeping only chapters that hold cases and tags of the report's vocabulary.
pub fn parse_query(search: &str, report: &Report) -> CaseFilter {
    let mut filter = CaseFilter::default();
    let search = search.strip_prefix('?').unwrap_or(search);
    // application/x-www-form-urlencoded, which never fails: `+` is a space, a
    // `%` not followed by two hex digits stays literal, invalid UTF-8 becomes
    // U+FFFD; empty pairs are skipped and a key without `=` has an empty value.
    for (key, value) in form_urlencoded::parse(search.as_bytes()) {
        let value = value.into_owned();
        match key.as_ref() {
            "chapter" => {
                if let Ok(n) = value.trim().parse::<u8>()
                    && report.cases.iter().any(|c| c.chapter == n)
                {
                    filter.chapter = Some(n);
                }
            }
            "tag" if report.topics.iter().any(|t| *t == value) && !filter.tags.contains(&value) => {
                filter.tags.push(value);
            }
            "q" => filter.q = value.chars().take(MAX_QUERY_CHARS).collect(),
            _ => {}
        }
    }
    // One canonical order, so equal states give equal URLs.
    filter
        .tags
        .sort_by_key(|tag| report.topics.iter().position(|t| t == tag));
    filter
}

/// Writes a filter as a query string: "" when empty, else "?chapter=…&tag=…&q=…".
pub fn to_query(filter: &CaseFilter) -> String {
    let mut parts = Vec::new();
    if let Some(chapter) = filter.chapter {
        parts.push(format!("chapter={chapter}"));
    }
    for tag in &filter.tags {
        parts.push(format!("tag={}", encode(tag)));
    }
    if !filter.q.is_empty() {
        parts.push(format!("q={}", encode(&filter.q)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The case a fragment such as `#case-14` points at, if that case exists.
pub fn case_in_fragment(hash: &str, report: &Report) -> Option<u16> {
    let n: u16 = hash
        .strip_prefix('#')?
        .strip_prefix("case-")?
        .parse()
        .ok()?;
    report.cases.iter().any(|c| c.number == n).then_some(n)
}

/// Everything but RFC 3986's unreserved characters (letters, digits, `-._~`)
/// is percent-encoded, so a value never ends a pair or the query early.
const ENCODED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode(text: &str) -> String {
    utf8_percent_encode(text, ENCODED).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value as `parse_query` decodes it (through the free-text `q`).
    fn decode(raw: &str) -> String {
        parse_query(&format!("q={raw}"), crate::report::report()).q
    }

    #[test]
    fn decode_tolerates_garbage() {
        assert_eq!(decode("%E5%98%89%E5%85%B4"), "嘉兴");
        assert_eq!(decode("a+b"), "a b");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        // A sign is not a hex digit: "%+5" is a literal % before " 5".
        assert_eq!(decode("%+5"), "% 5");
        assert_eq!(decode("%FF"), "\u{fffd}");
        assert_eq!(decode("%E5%98"), "\u{fffd}");
    }

    #[test]
    fn encode_keeps_only_unreserved_characters() {
        assert_eq!(encode("AZaz09-._~"), "AZaz09-._~");
        assert_eq!(encode(" +&=#?%/*'!"), "%20%2B%26%3D%23%3F%25%2F%2A%27%21");
        assert_eq!(encode("嘉"), "%E5%98%89");
    }

    #[test]
    fn encode_then_decode_is_identity() {
        for text in ["嘉兴 乡村", "a&b=c#d?e", "%41", "+", "<script>", "😀"] {
            assert_eq!(decode(&encode(text)), text);
        }
    }
}
