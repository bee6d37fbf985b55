//! Keeps the case filter and the address bar in step.
//!
//! The URL is the source of truth: every change a reader makes goes through
//! [`UrlFilter::set`], which writes history; Back and Forward (`popstate`)
//! read the URL back into the signal. Only the first change away from the
//! page the reader arrived at adds a history entry; later changes replace
//! that entry, so one Back leaves the explorer. Each entry remembers where
//! the page was scrolled, and Back and Forward return there once the
//! filter has been applied.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::anchors::CASES_ID;
use crate::filter::CaseFilter;
use crate::report::report;
use crate::url_state::{case_in_fragment, parse_query, to_query};

/// Marks a history entry the explorer wrote (in `history.state`).
const EXPLORER_KEY: &str = "explorer";
/// The scroll position saved in a history entry's state.
const SCROLL_KEY: &str = "scrollY";

/// The filter signal plus the case the URL's fragment points at.
#[derive(Clone, Copy)]
pub struct UrlFilter {
    pub filter: RwSignal<CaseFilter>,
    /// The case named by `#case-N`, to open and scroll to.
    pub focused_case: RwSignal<Option<u16>>,
}

impl UrlFilter {
    /// Reads the current URL and follows Back/Forward and fragment changes.
    pub fn from_location() -> UrlFilter {
        let this = UrlFilter {
            filter: RwSignal::new(parse_query(&location_part(|l| l.search()), report())),
            focused_case: RwSignal::new(case_in_fragment(&location_part(|l| l.hash()), report())),
        };
        let _ = window_event_listener(leptos::ev::popstate, move |ev| {
            this.filter
                .set(parse_query(&location_part(|l| l.search()), report()));
            this.focused_case
                .set(case_in_fragment(&location_part(|l| l.hash()), report()));
            if let Some(y) = state_number(&ev.state(), SCROLL_KEY) {
                // After the filter has shown and hidden the cases.
                request_animation_frame(move || window().scroll_to_with_x_and_y(0.0, y));
            }
        });
        let _ = window_event_listener(leptos::ev::hashchange, move |_| {
            this.focused_case
                .set(case_in_fragment(&location_part(|l| l.hash()), report()));
        });
        this
    }

    /// Applies a new filter and records it in the URL (without reloading).
    pub fn set(&self, filter: CaseFilter) {
        if filter == self.filter.get_untracked() {
            return;
        }
        let Ok(history) = window().history() else {
            return;
        };
        let current = history.state().unwrap_or(JsValue::NULL);
        let ours = state_number(&current, EXPLORER_KEY).is_some();
        if !ours {
            // Remember where the reader was on the page they arrived at.
            let _ = history.replace_state(&scroll_state(false), "");
        }
        write_url(&to_query(&filter), &format!("#{CASES_ID}"), ours);
        self.filter.set(filter);
    }
}

/// `{ scrollY, explorer? }` for the current scroll position.
fn scroll_state(explorer: bool) -> JsValue {
    let state = js_sys::Object::new();
    let y = window().scroll_y().unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&state, &SCROLL_KEY.into(), &y.into());
    if explorer {
        let _ = js_sys::Reflect::set(&state, &EXPLORER_KEY.into(), &1.into());
    }
    state.into()
}

fn state_number(state: &JsValue, key: &str) -> Option<f64> {
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(state, &key.into()).ok()?.as_f64()
}

fn location_part(
    part: impl Fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>,
) -> String {
    part(&window().location()).unwrap_or_default()
}

/// Pushes (or replaces) `?query#fragment` on the current path, as an
/// explorer entry that remembers the scroll position.
pub fn write_url(query: &str, fragment: &str, replace: bool) {
    let path = location_part(|l| l.pathname());
    let url = format!("{path}{query}{fragment}");
    let Ok(history) = window().history() else {
        return;
    };
    let state = scroll_state(true);
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(&url))
    } else {
        history.push_state_with_url(&state, "", Some(&url))
    };
}
