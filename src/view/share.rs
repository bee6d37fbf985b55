//! Sharing a place in the report: a button that hands its link to the
//! phone's share sheet, or copies it (the browser's side: `ui::share`), and
//! the one status line that confirms it.

use leptos::prelude::*;

/// The id of the live region that confirms a share ("链接已复制").
pub const SHARE_STATUS_ID: &str = "share-status";
/// The attribute naming what a share button shares: an element id.
pub const SHARE_ATTR: &str = "data-share";
/// The attribute with the title handed to the share sheet.
pub const SHARE_TITLE_ATTR: &str = "data-share-title";

/// Shares the link to `#target`. It needs the app, so it is hidden without script.
#[component]
pub fn ShareButton(target: String, title: String) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button share needs-js"
            data-share=target
            data-share-title=title.clone()
            aria-label=format!("分享：{title}")
        >
            "分享"
        </button>
    }
}

/// Where a share is confirmed, announced politely to screen readers.
#[component]
pub fn ShareStatus() -> impl IntoView {
    view! { <p id=SHARE_STATUS_ID class="share-status" role="status" aria-live="polite"></p> }
}
