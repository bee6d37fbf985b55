//! Renders the page's components to HTML at build time (native only).

use leptos::prelude::*;

use crate::model::Report;
use crate::view::page::{Head, Page};

/// The page as HTML: what goes into `<head>`, and the whole `<body>`.
pub struct RenderedPage {
    pub head: String,
    pub body: String,
}

/// `site_url` is the site's public address, when the build knows it.
pub fn render_page(report: &'static Report, site_url: Option<&str>) -> RenderedPage {
    let owner = Owner::new();
    let site_url = site_url.map(String::from);
    owner.with(|| RenderedPage {
        head: to_html(view! { <Head report site_url/> }),
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
