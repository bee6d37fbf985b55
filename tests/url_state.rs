//! URL state against the real report: hostile input and round trips.

use proptest::prelude::*;
use quality_report::filter::CaseFilter;
use quality_report::report::report;
use quality_report::search::MAX_QUERY_CHARS;
use quality_report::url_state::{case_in_fragment, parse_query, to_query};

fn first_tag() -> String {
    report().topics[0].to_string()
}

#[test]
fn a_shared_url_restores_its_filter() {
    let tag = first_tag();
    let chapter = report().cases[0].chapter;
    let url = format!("?chapter={chapter}&tag={}&q=%E5%98%89%E5%85%B4", tag);
    let filter = parse_query(&url, report());
    assert_eq!(filter.chapter, Some(chapter));
    assert_eq!(filter.tags, vec![tag]);
    assert_eq!(filter.q, "嘉兴");
}

#[test]
fn unknown_keys_chapters_and_tags_are_ignored() {
    let filter = parse_query("?chapter=99&chapter=abc&tag=不存在&foo=bar&tag=", report());
    assert_eq!(filter, CaseFilter::default());
    // A chapter without cases (面临挑战) is not a filter either.
    let last = report().chapters.last().unwrap().number;
    assert!(report().cases.iter().all(|c| c.chapter != last));
    assert_eq!(
        parse_query(&format!("chapter={last}"), report()).chapter,
        None
    );
}

#[test]
fn hostile_query_text_is_cut_and_kept_as_text() {
    let long = "a".repeat(500);
    assert_eq!(
        parse_query(&format!("q={long}"), report()).q.len(),
        MAX_QUERY_CHARS
    );
    let markup = parse_query("q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", report());
    assert_eq!(markup.q, "<script>alert(1)</script>");
    assert_eq!(parse_query("q=%E5%98%ZZ", report()).q, "\u{fffd}%ZZ");
}

#[test]
fn fragment_names_an_existing_case_only() {
    assert_eq!(case_in_fragment("#case-1", report()), Some(1));
    let beyond = report().cases.len() + 1;
    assert_eq!(case_in_fragment(&format!("#case-{beyond}"), report()), None);
    for bad in ["", "#", "#case-", "#case-x", "#case--1", "#s-1-3", "case-1"] {
        assert_eq!(case_in_fragment(bad, report()), None, "{bad}");
    }
}

fn any_filter() -> impl Strategy<Value = CaseFilter> {
    let topics: Vec<String> = report().topics.iter().map(|t| t.to_string()).collect();
    let chapters: Vec<u8> = report().cases.iter().map(|c| c.chapter).collect();
    (
        proptest::option::of(proptest::sample::select(chapters)),
        proptest::sample::subsequence(topics.clone(), 0..=topics.len()),
        "\\PC{0,100}",
    )
        .prop_map(|(chapter, tags, q)| CaseFilter { chapter, tags, q })
}

proptest! {
    #[test]
    fn never_panics_and_round_trips_its_own_output(raw in "\\PC*") {
        let filter = parse_query(&raw, report());
        prop_assert!(filter.q.chars().count() <= MAX_QUERY_CHARS);
        prop_assert_eq!(parse_query(&to_query(&filter), report()), filter);
    }

    #[test]
    fn byte_soup_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let raw = String::from_utf8_lossy(&bytes);
        let filter = parse_query(&raw, report());
        prop_assert_eq!(parse_query(&to_query(&filter), report()), filter);
    }

    #[test]
    fn state_to_url_to_state(filter in any_filter()) {
        prop_assert_eq!(parse_query(&to_query(&filter), report()), filter);
    }
}
