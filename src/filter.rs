//! The case explorer's filter: by chapter, by topic tag (any of several) and
//! by free text (all terms). A pure function over the report's cases.

use crate::model::Case;
use crate::search::{Query, fold};

/// What the reader has chosen; mirrored in the URL by `url_state`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    /// A chapter number, or every chapter.
    pub chapter: Option<u8>,
    /// Topic tags; a case matches if it carries any of them. Empty = all.
    pub tags: Vec<String>,
    /// The free-text query as typed (already cut to `search::MAX_QUERY_CHARS`).
    pub q: String,
}

impl CaseFilter {
    pub fn is_empty(&self) -> bool {
        self.chapter.is_none() && self.tags.is_empty() && self.q.trim().is_empty()
    }
}

/// Each case's searchable text (title, body, figure captions), folded once.
pub struct CaseIndex {
    folded: Vec<String>,
}

impl CaseIndex {
    /// From each case's searchable text, in the cases' order. The browser
    /// reads those texts back from the prerendered articles.
    pub fn from_texts(texts: impl IntoIterator<Item = String>) -> CaseIndex {
        CaseIndex {
            folded: texts.into_iter().map(|t| fold(&t)).collect(),
        }
    }

    /// From the report's own case text (native: the browser build leaves it out).
    pub fn new(cases: &[Case]) -> CaseIndex {
        let folded = cases
            .iter()
            .map(|case| {
                let mut text = String::from(case.title.as_ref());
                for part in case.paragraphs.iter().chain(case.figures.iter()) {
                    text.push('\n');
                    text.push_str(part);
                }
                fold(&text)
            })
            .collect();
        CaseIndex { folded }
    }

    /// For each case, whether it passes the filter.
    pub fn matches(&self, cases: &[Case], filter: &CaseFilter) -> Vec<bool> {
        let query = Query::parse(&filter.q);
        cases
            .iter()
            .zip(&self.folded)
            .map(|(case, folded)| {
                filter.chapter.is_none_or(|c| c == case.chapter)
                    && (filter.tags.is_empty()
                        || case.tags.iter().any(|t| filter.tags.iter().any(|f| f == t)))
                    && query.matches_folded(folded)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn case(number: u16, chapter: u8, title: &str, body: &str, tags: &[&str]) -> Case {
        Case {
            number,
            title: title.to_string().into(),
            chapter,
            section: format!("{chapter}.1").into(),
            paragraphs: Cow::Owned(vec![body.to_string().into()]),
            figures: Cow::Owned(vec![format!("图 {chapter}.1-{number} 现场").into()]),
            tags: Cow::Owned(tags.iter().map(|t| t.to_string().into()).collect()),
        }
    }

    fn sample() -> Vec<Case> {
        vec![
            case(1, 1, "红船杯竞赛", "理论知识竞赛", &["思政育人"]),
            case(
                2,
                2,
                "乡村振兴",
                "嘉兴的乡村振兴实践",
                &["乡村振兴", "社会培训"],
            ),
            case(3, 2, "AI 评语", "采用AI评语分析", &["评价改革"]),
        ]
    }

    fn hits(filter: &CaseFilter) -> Vec<u16> {
        let cases = sample();
        let index = CaseIndex::new(&cases);
        cases
            .iter()
            .zip(index.matches(&cases, filter))
            .filter(|(_, m)| *m)
            .map(|(c, _)| c.number)
            .collect()
    }

    #[test]
    fn empty_filter_matches_everything() {
        assert_eq!(hits(&CaseFilter::default()), [1, 2, 3]);
    }

    #[test]
    fn chapter_tags_and_text_combine() {
        let by_chapter = CaseFilter {
            chapter: Some(2),
            ..Default::default()
        };
        assert_eq!(hits(&by_chapter), [2, 3]);
        let any_tag = CaseFilter {
            tags: vec!["思政育人".into(), "评价改革".into()],
            ..Default::default()
        };
        assert_eq!(hits(&any_tag), [1, 3]);
        let all = CaseFilter {
            chapter: Some(2),
            tags: vec!["评价改革".into()],
            q: "ai".into(),
        };
        assert_eq!(hits(&all), [3]);
    }

    #[test]
    fn text_searches_title_body_and_captions() {
        let q = |s: &str| CaseFilter {
            q: s.into(),
            ..Default::default()
        };
        assert_eq!(hits(&q("红船杯")), [1]);
        assert_eq!(hits(&q("嘉兴 实践")), [2]);
        assert_eq!(hits(&q("现场")), [1, 2, 3]);
        assert_eq!(hits(&q("嘉兴 红船")), Vec::<u16>::new());
    }
}
