//! Renders the page's components to HTML at build time (native only).

use leptos::prelude::*;

use crate::model::Report;
use crate::view::page::{Head, Page};

/// The page as HTML: what goes into `<head>`, and the whole `<body>`.
pub struct RenderedPage {
    pub head: String,
    pub body: String,
}

pub fn render_page(report: &'static Report) -> RenderedPage {
    let owner = Owner::new();
    owner.with(|| RenderedPage {
        head: to_html(view! { <Head report/> }),
        body: to_html(view! { <Page report/> }),
    })
}

/// Renders a view to HTML without the hydration markers Leptos's `ssr`
/// renderer leaves between text nodes (`<!>`): nothing here is hydrated (the
/// app mounts its islands afresh), and those markers are parse errors in
/// HTML. Text and attributes are escaped, so a literal `<!>` is always one.
pub fn to_html(view: impl RenderHtml) -> String {
    view.to_html().replace("<!>", "")
}
