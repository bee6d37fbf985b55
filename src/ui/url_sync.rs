//! Keeps the case filter and the address bar in step.
//!
//! The URL is the source of truth: every change a reader makes goes through
//! [`UrlFilter::set`], which writes history; Back and Forward (`popstate`)
//! read the URL back into the signal. While the reader types in the search
//! box, one history entry is kept per typing session, not per keystroke.

use leptos::prelude::*;

use crate::anchors::CASES_ID;
use crate::filter::CaseFilter;
use crate::report::report;
use crate::url_state::{Change, case_in_fragment, parse_query, to_query};

/// The filter signal plus the case the URL's fragment points at.
#[derive(Clone, Copy)]
pub struct UrlFilter {
    pub filter: RwSignal<CaseFilter>,
    /// The case named by `#case-N`, to open and scroll to.
    pub focused_case: RwSignal<Option<u16>>,
    typing: RwSignal<bool>,
}

impl UrlFilter {
    /// Reads the current URL and follows Back/Forward and fragment changes.
    pub fn from_location() -> UrlFilter {
        let this = UrlFilter {
            filter: RwSignal::new(parse_query(&location_part(|l| l.search()), report())),
            focused_case: RwSignal::new(case_in_fragment(&location_part(|l| l.hash()), report())),
            typing: RwSignal::new(false),
        };
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            this.typing.set(false);
            this.filter
                .set(parse_query(&location_part(|l| l.search()), report()));
            this.focused_case
                .set(case_in_fragment(&location_part(|l| l.hash()), report()));
        });
        let _ = window_event_listener(leptos::ev::hashchange, move |_| {
            this.focused_case
                .set(case_in_fragment(&location_part(|l| l.hash()), report()));
        });
        this
    }

    /// Applies a new filter and records it in the URL (without reloading).
    pub fn set(&self, filter: CaseFilter, change: Change) {
        if filter == self.filter.get_untracked() {
            return;
        }
        let replace = change == Change::Typing && self.typing.get_untracked();
        self.typing.set(change == Change::Typing);
        write_url(&to_query(&filter), &format!("#{CASES_ID}"), replace);
        self.filter.set(filter);
    }

    /// Ends a typing session (the search box lost focus).
    pub fn end_typing(&self) {
        self.typing.set(false);
    }
}

fn location_part(
    part: impl Fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>,
) -> String {
    part(&window().location()).unwrap_or_default()
}

/// Pushes (or replaces) `?query#fragment` on the current path.
pub fn write_url(query: &str, fragment: &str, replace: bool) {
    let path = location_part(|l| l.pathname());
    let url = format!("{path}{query}{fragment}");
    let Ok(history) = window().history() else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(&url))
    } else {
        history.push_state_with_url(&state, "", Some(&url))
    };
}
