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

/// Each case's searchable text (title, body, figure captions and its topic
/// tags, so that searching a topic finds every case carrying it), folded once.
pub struct CaseIndex {
    folded: Vec<String>,
}

/// How many cases each chapter and each topic would give, combined with the
/// other active filters and the search text. Topics are "any of": a topic's
/// count is the cases carrying it within the chosen chapter and text,
/// whichever other topics are chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// Every chapter (the "全部章节" option).
    pub all_chapters: usize,
    /// Per chapter number, in the order asked for.
    pub chapters: Vec<(u8, usize)>,
    /// Per topic, in the order asked for.
    pub topics: Vec<usize>,
}

impl CaseIndex {
    /// From each case's text as the page shows it (title, paragraphs,
    /// captions), in the cases' order. The browser reads those texts back
    /// from the prerendered articles; the tags come from the report.
    pub fn from_texts(cases: &[Case], texts: impl IntoIterator<Item = String>) -> CaseIndex {
        let folded = cases
            .iter()
            .zip(texts)
            .map(|(case, mut text)| {
                for tag in case.tags.iter() {
                    text.push('\n');
                    text.push_str(tag);
                }
                fold(&text)
            })
            .collect();
        CaseIndex { folded }
    }

    /// From the report's own case text (native: the browser build leaves it out).
    pub fn new(cases: &[Case]) -> CaseIndex {
        let texts = cases.iter().map(|case| {
            let mut text = String::from(case.title.as_ref());
            for part in case.paragraphs.iter().chain(case.figures.iter()) {
                text.push('\n');
                text.push_str(part);
            }
            text
        });
        CaseIndex::from_texts(cases, texts)
    }

    /// For each case, whether it passes the filter.
    pub fn matches(&self, cases: &[Case], filter: &CaseFilter) -> Vec<bool> {
        let query = Query::parse(&filter.q);
        cases
            .iter()
            .zip(&self.folded)
            .map(|(case, folded)| {
                in_chapter(case, filter) && has_tag(case, filter) && query.matches_folded(folded)
            })
            .collect()
    }

    /// The counts each filter option would give (see [`Facets`]).
    pub fn facets(
        &self,
        cases: &[Case],
        filter: &CaseFilter,
        chapters: &[u8],
        topics: &[&str],
    ) -> Facets {
        let query = Query::parse(&filter.q);
        let mut facets = Facets {
            all_chapters: 0,
            chapters: chapters.iter().map(|&c| (c, 0)).collect(),
            topics: vec![0; topics.len()],
        };
        for (case, folded) in cases.iter().zip(&self.folded) {
            if !query.matches_folded(folded) {
                continue;
            }
            if has_tag(case, filter) {
                facets.all_chapters += 1;
                if let Some(entry) = facets.chapters.iter_mut().find(|(c, _)| *c == case.chapter) {
                    entry.1 += 1;
                }
            }
            if in_chapter(case, filter) {
                for (count, topic) in facets.topics.iter_mut().zip(topics) {
                    if case.tags.iter().any(|t| t == topic) {
                        *count += 1;
                    }
                }
            }
        }
        facets
    }
}

fn in_chapter(case: &Case, filter: &CaseFilter) -> bool {
    filter.chapter.is_none_or(|c| c == case.chapter)
}

fn has_tag(case: &Case, filter: &CaseFilter) -> bool {
    filter.tags.is_empty() || case.tags.iter().any(|t| filter.tags.iter().any(|f| f == t))
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

    #[test]
    fn text_also_finds_the_topic_tags() {
        let q = CaseFilter {
            q: "社会培训".into(),
            ..Default::default()
        };
        // Case 2 carries the tag but never says it.
        assert_eq!(hits(&q), [2]);
    }

    #[test]
    fn facets_count_each_option_within_the_other_filters() {
        let cases = sample();
        let index = CaseIndex::new(&cases);
        let topics = ["思政育人", "乡村振兴", "社会培训", "评价改革"];
        let none = index.facets(&cases, &CaseFilter::default(), &[1, 2], &topics);
        assert_eq!(none.all_chapters, 3);
        assert_eq!(none.chapters, vec![(1, 1), (2, 2)]);
        assert_eq!(none.topics, vec![1, 1, 1, 1]);
        // Chapter 2 chosen: topics count within it; chapters ignore their own choice.
        let ch2 = CaseFilter {
            chapter: Some(2),
            ..Default::default()
        };
        let f = index.facets(&cases, &ch2, &[1, 2], &topics);
        assert_eq!(f.chapters, vec![(1, 1), (2, 2)]);
        assert_eq!(f.topics, vec![0, 1, 1, 1]);
        // A topic chosen: chapters count within it; other topics keep their own counts.
        let tag = CaseFilter {
            tags: vec!["评价改革".into()],
            ..Default::default()
        };
        let f = index.facets(&cases, &tag, &[1, 2], &topics);
        assert_eq!(
            (f.all_chapters, f.chapters.clone()),
            (1, vec![(1, 0), (2, 1)])
        );
        assert_eq!(f.topics, vec![1, 1, 1, 1]);
        // The text narrows everything.
        let text = CaseFilter {
            q: "嘉兴".into(),
            ..Default::default()
        };
        let f = index.facets(&cases, &text, &[1, 2], &topics);
        assert_eq!((f.all_chapters, f.topics), (1, vec![0, 1, 1, 0]));
    }
}
