//! The reader's state in the URL: `?chapter=2&tag=乡村振兴&q=嘉兴#case-14`.
//!
//! Parsing is defensive, because anyone can hand-edit or forge a link:
//! unknown keys, chapters and tags are ignored; an over-long query is cut;
//! malformed percent-encoding is kept as literal text; invalid UTF-8 becomes
//! U+FFFD. Markup is never interpreted here — it is only ever shown as text.

use crate::filter::CaseFilter;
use crate::model::Report;
use crate::search::MAX_QUERY_CHARS;

/// How a filter change lands in the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A discrete choice (a chapter, a tag, clearing): its own history entry.
    Step,
    /// A keystroke in the search box: one entry for the whole typing session.
    Typing,
}

/// Reads a query string (with or without its leading `?`) into a filter,
/// keeping only chapters that hold cases and tags of the report's vocabulary.
pub fn parse_query(search: &str, report: &Report) -> CaseFilter {
    let mut filter = CaseFilter::default();
    let search = search.strip_prefix('?').unwrap_or(search);
    for pair in search.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decode(value);
        match decode(key).as_str() {
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

/// Percent-decoding that never fails: `+` is a space, a `%` not followed by
/// two hex digits stays literal, and invalid UTF-8 is replaced.
pub fn decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| {
                    let h = std::str::from_utf8(h).ok()?;
                    u8::from_str_radix(h, 16).ok()
                });
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_tolerates_garbage() {
        assert_eq!(decode("%E5%98%89%E5%85%B4"), "嘉兴");
        assert_eq!(decode("a+b"), "a b");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{fffd}");
        assert_eq!(decode("%E5%98"), "\u{fffd}");
    }

    #[test]
    fn encode_then_decode_is_identity() {
        for text in ["嘉兴 乡村", "a&b=c#d?e", "%41", "+", "<script>", "😀"] {
            assert_eq!(decode(&encode(text)), text);
        }
    }
}
