//! Scrolling to an element once the view has caught up with a state change.

use leptos::prelude::*;

/// Scrolls `#id` into view on the next frame (after pending DOM updates).
/// Smoothness is left to CSS, which turns it off under reduced motion.
pub fn to_id(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            element.scroll_into_view();
        }
    });
}
