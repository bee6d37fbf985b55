//! Which charts belong to which section of the report.

use leptos::prelude::*;

/// The charts drawn in section `id` (e.g. "1.3"); empty for most sections.
pub fn section_figures(id: &str) -> AnyView {
    let _ = id;
    ().into_any()
}

/// The charts of the front matter (the honours table).
pub fn front_matter_figures() -> AnyView {
    ().into_any()
}
