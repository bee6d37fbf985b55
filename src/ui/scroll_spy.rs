//! Marks the chapter in view in the (prerendered) chapter navigation.
//!
//! An IntersectionObserver watches the sections the navigation links to; the
//! one crossing a band near the top of the viewport gets `aria-current`, and
//! the navigation bar scrolls sideways on phones to keep its link visible.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, HtmlElement, IntersectionObserver, IntersectionObserverEntry};

/// Starts watching; call once the app has mounted (the targets exist).
pub fn start() {
    let document = leptos::prelude::document();
    let Ok(links) = document.query_selector_all(".chapter-nav a[href^='#']") else {
        return;
    };
    let links: Vec<HtmlElement> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect();
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let entry: IntersectionObserverEntry = entry.unchecked_into();
            if entry.is_intersecting() {
                mark_current(&links, &entry.target().id());
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    // A band from 20 % to 30 % of the viewport height: the section under the
    // reader's eyes, clear of the sticky bar.
    options.set_root_margin("-20% 0px -70% 0px");
    let Ok(observer) =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
    else {
        return;
    };
    if let Ok(targets) = document.query_selector_all(".chapter-nav a[href^='#']") {
        for i in 0..targets.length() {
            let id = targets
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|a| a.get_attribute("href"))
                .map(|href| href.trim_start_matches('#').to_string());
            if let Some(target) = id.and_then(|id| document.get_element_by_id(&id)) {
                observer.observe(&target);
            }
        }
    }
    // The observer lives as long as the page.
    callback.forget();
}

fn mark_current(links: &[HtmlElement], id: &str) {
    let href = format!("#{id}");
    for link in links {
        if link.get_attribute("href").as_deref() == Some(href.as_str()) {
            let _ = link.set_attribute("aria-current", "true");
            if let Some(bar) = link.closest("ul").ok().flatten() {
                let left = link.offset_left() - 16;
                bar.set_scroll_left(left.max(0));
            }
        } else {
            let _ = link.remove_attribute("aria-current");
        }
    }
}
