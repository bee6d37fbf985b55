//! Scrolling to an element once the view has caught up with a state change.

use leptos::prelude::*;

/// Jumps to `#id` on the next frame (after pending DOM updates). The jump is
/// instant on purpose: a smooth scroll across a long page would pass the
/// chart islands, start loading them, and land where the target used to be.
pub fn to_id(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}
