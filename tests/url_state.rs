//! URL state against the reports under test (the baked one and the test
//! fixture): hostile input and round trips.

#[path = "support/reports.rs"]
mod reports;

use proptest::prelude::*;
use quality_report::filter::CaseFilter;
use quality_report::model::Report;
use quality_report::search::MAX_QUERY_CHARS;
use quality_report::url_state::{case_in_fragment, parse_query, to_query};

/// A topic some case carries.
fn used_tag(report: &Report) -> String {
    report
        .cases
        .iter()
        .find_map(|c| c.tags.first())
        .expect("a case with a tag")
        .to_string()
}

#[test]
fn a_shared_url_restores_its_filter() {
    for (name, report) in reports::all() {
        let tag = used_tag(report);
        let chapter = report.cases[0].chapter;
        let url = format!("?chapter={chapter}&tag={tag}&q=%E5%98%89%E5%85%B4");
        let filter = parse_query(&url, report);
        assert_eq!(filter.chapter, Some(chapter), "{name}");
        assert_eq!(filter.tags, vec![tag], "{name}");
        assert_eq!(filter.q, "嘉兴", "{name}");
    }
}

#[test]
fn unknown_keys_chapters_and_tags_are_ignored() {
    for (name, report) in reports::all() {
        let filter = parse_query("?chapter=99&chapter=abc&tag=不存在&foo=bar&tag=", report);
        assert_eq!(filter, CaseFilter::default(), "{name}");
        // A chapter without cases is not a filter either.
        let empty: Vec<u8> = report
            .chapters
            .iter()
            .map(|c| c.number)
            .filter(|n| report.cases.iter().all(|c| c.chapter != *n))
            .collect();
        assert!(!empty.is_empty(), "{name} has a chapter without cases");
        for n in empty {
            assert_eq!(
                parse_query(&format!("chapter={n}"), report).chapter,
                None,
                "{name}"
            );
        }
    }
}

#[test]
fn hostile_query_text_is_cut_and_kept_as_text() {
    for (name, report) in reports::all() {
        let long = "a".repeat(500);
        assert_eq!(
            parse_query(&format!("q={long}"), report).q.len(),
            MAX_QUERY_CHARS,
            "{name}"
        );
        let markup = parse_query("q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", report);
        assert_eq!(markup.q, "<script>alert(1)</script>", "{name}");
        assert_eq!(
            parse_query("q=%E5%98%ZZ", report).q,
            "\u{fffd}%ZZ",
            "{name}"
        );
    }
}

#[test]
fn fragment_names_an_existing_case_only() {
    for (name, report) in reports::all() {
        assert_eq!(case_in_fragment("#case-1", report), Some(1), "{name}");
        let beyond = report.cases.len() + 1;
        assert_eq!(case_in_fragment(&format!("#case-{beyond}"), report), None);
        for bad in ["", "#", "#case-", "#case-x", "#case--1", "#s-1-3", "case-1"] {
            assert_eq!(case_in_fragment(bad, report), None, "{name}: {bad}");
        }
    }
}

fn any_filter(report: &'static Report) -> impl Strategy<Value = CaseFilter> {
    let topics: Vec<String> = report.topics.iter().map(|t| t.to_string()).collect();
    let chapters: Vec<u8> = report.cases.iter().map(|c| c.chapter).collect();
    (
        proptest::option::of(proptest::sample::select(chapters)),
        proptest::sample::subsequence(topics.clone(), 0..=topics.len()),
        "\\PC{0,100}",
    )
        .prop_map(|(chapter, tags, q)| CaseFilter { chapter, tags, q })
}

fn any_report() -> impl Strategy<Value = &'static Report> {
    proptest::sample::select(reports::all().map(|(_, r)| r).to_vec())
}

proptest! {
    #[test]
    fn never_panics_and_round_trips_its_own_output(report in any_report(), raw in "\\PC*") {
        let filter = parse_query(&raw, report);
        prop_assert!(filter.q.chars().count() <= MAX_QUERY_CHARS);
        prop_assert_eq!(parse_query(&to_query(&filter), report), filter);
    }

    #[test]
    fn byte_soup_never_panics(report in any_report(), bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let raw = String::from_utf8_lossy(&bytes);
        let filter = parse_query(&raw, report);
        prop_assert_eq!(parse_query(&to_query(&filter), report), filter);
    }

    #[test]
    fn state_to_url_to_state((report, filter) in any_report().prop_flat_map(|r| (Just(r), any_filter(r)))) {
        prop_assert_eq!(parse_query(&to_query(&filter), report), filter);
    }
}
