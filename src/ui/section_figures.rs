//! Which charts belong to which section of the report.

use leptos::prelude::*;

/// The charts drawn in section `id` (e.g. "1.3"); empty for most sections.
pub fn section_figures(id: &str) -> AnyView {
    let _ = id;
    ().into_any()
}
