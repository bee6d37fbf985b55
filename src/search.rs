//! Free-text matching shared by the case explorer and the tables.
//!
//! A query is split on whitespace (ASCII and the ideographic space U+3000)
//! into terms that must all occur (AND). Latin letters match regardless of
//! case; Chinese matches as a plain substring, so no word segmentation is
//! needed. Lower-casing is ASCII-only, which keeps byte offsets identical
//! between the text and its folded copy — highlighting relies on that.

/// The most characters of a query that are ever used.
pub const MAX_QUERY_CHARS: usize = 100;

/// Lower-cases ASCII letters only, so byte offsets stay valid in the original.
pub fn fold(text: &str) -> String {
    text.to_ascii_lowercase()
}

/// A parsed query: its folded, de-duplicated terms (empty query = no terms).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    pub fn parse(raw: &str) -> Query {
        let mut terms: Vec<String> = Vec::new();
        let cut: String = raw.chars().take(MAX_QUERY_CHARS).collect();
        for term in cut
            .split(|c: char| c.is_whitespace())
            .filter(|t| !t.is_empty())
        {
            let term = fold(term);
            if !terms.contains(&term) {
                terms.push(term);
            }
        }
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// True when every term occurs in `folded` (text already passed through [`fold`]).
    pub fn matches_folded(&self, folded: &str) -> bool {
        self.terms.iter().all(|t| folded.contains(t.as_str()))
    }

    /// Splits `text` into runs, each marked whether it matches a term, for `<mark>`.
    pub fn highlight<'a>(&self, text: &'a str) -> Vec<(bool, &'a str)> {
        let ranges = self.match_ranges(text);
        let mut runs = Vec::with_capacity(ranges.len() * 2 + 1);
        let mut at = 0;
        for (start, end) in ranges {
            if start > at {
                runs.push((false, &text[at..start]));
            }
            runs.push((true, &text[start..end]));
            at = end;
        }
        if at < text.len() || runs.is_empty() {
            runs.push((false, &text[at..]));
        }
        runs
    }

    /// A short piece of `text` around the first occurrence of a term: up to
    /// `radius` characters either side, "…" where it is cut. `None` if no
    /// term occurs (or the query is empty).
    pub fn snippet(&self, text: &str, radius: usize) -> Option<String> {
        let (start, end) = *self.match_ranges(text).first()?;
        let before: Vec<(usize, char)> = text[..start].char_indices().collect();
        let from = before.len().checked_sub(radius).map_or(0, |i| before[i].0);
        let to = text[end..]
            .char_indices()
            .nth(radius)
            .map_or(text.len(), |(i, _)| end + i);
        let mut out = String::new();
        if from > 0 {
            out.push('…');
        }
        out.push_str(text[from..to].trim());
        if to < text.len() {
            out.push('…');
        }
        Some(out)
    }

    /// Byte ranges of all term occurrences in `text`, merged where they overlap.
    fn match_ranges(&self, text: &str) -> Vec<(usize, usize)> {
        let folded = fold(text);
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for term in &self.terms {
            let mut from = 0;
            while let Some(pos) = folded[from..].find(term.as_str()) {
                let start = from + pos;
                ranges.push((start, start + term.len()));
                from = start + term.len();
            }
        }
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (start, end) in ranges {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_split_on_any_whitespace_and_are_folded() {
        let q = Query::parse("  AI\u{3000}嘉兴  ai ");
        assert_eq!(q.terms(), ["ai", "嘉兴"]);
        assert!(Query::parse(" \t ").is_empty());
    }

    #[test]
    fn all_terms_must_match() {
        let q = Query::parse("嘉兴 乡村");
        assert!(q.matches_folded(&fold("嘉兴的乡村振兴")));
        assert!(!q.matches_folded(&fold("嘉兴职业技术学院")));
    }

    #[test]
    fn latin_is_case_insensitive() {
        let q = Query::parse("ai");
        assert!(q.matches_folded(&fold("徐安吉的AI技术项目经理")));
    }

    #[test]
    fn query_is_cut_to_the_limit() {
        let long = "字".repeat(150);
        let q = Query::parse(&long);
        assert_eq!(q.terms()[0].chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn highlight_marks_every_occurrence_and_keeps_the_text() {
        let q = Query::parse("ai 技术");
        let runs = q.highlight("AI技术与ai");
        assert_eq!(runs, vec![(true, "AI技术"), (false, "与"), (true, "ai")]);
        let text = "课堂教学质量";
        let joined: String = Query::parse("教学")
            .highlight(text)
            .iter()
            .map(|r| r.1)
            .collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn highlight_without_terms_is_one_plain_run() {
        assert_eq!(Query::default().highlight("文本"), vec![(false, "文本")]);
        assert_eq!(Query::default().highlight(""), vec![(false, "")]);
    }

    #[test]
    fn snippets_cut_around_the_first_hit() {
        let q = Query::parse("振兴");
        let text = "学校围绕共同富裕开展了大量工作，助力乡村振兴，成效显著，获得好评。";
        assert_eq!(
            q.snippet(text, 4).as_deref(),
            Some("…助力乡村振兴，成效显…")
        );
        assert_eq!(q.snippet("乡村振兴", 10).as_deref(), Some("乡村振兴"));
        assert_eq!(q.snippet("无关内容", 10), None);
        assert_eq!(Query::default().snippet(text, 4), None);
        // Latin letters match in any case; the snippet keeps the text as written.
        assert_eq!(
            Query::parse("ai").snippet("采用AI评语", 1).as_deref(),
            Some("…用AI评…")
        );
    }

    #[test]
    fn overlapping_terms_merge_into_one_mark() {
        let runs = Query::parse("产教 教融合").highlight("产教融合");
        assert_eq!(runs, vec![(true, "产教融合")]);
    }
}
