//! The post-build step (run by the `postbuild` binary as a Trunk
//! `post_build` hook, native only): renders the page's components into the
//! staged `index.html`, writes the charts' and tables' files, pins the page
//! to its own origin with a Content-Security-Policy `<meta>`, records the
//! charts module, and in release builds writes brotli and gzip copies.

pub mod compress;
pub mod csp;
pub mod files;
pub mod glue;
pub mod html;
pub mod loader;

use std::fs;
use std::path::Path;

use leptos::prelude::*;
use sha2::{Digest, Sha256};

use crate::islands::{APP_MODULE_META, CHARTS_MODULE_META};
use crate::view::page::{CspMeta, InlineModuleScript, InlineStyle, ModuleMeta};
use crate::view::render::{render_page, to_html};

/// Files of the lazily loaded charts module (Trunk names "worker" modules
/// after their binary, without a content hash).
pub const CHARTS_JS: &str = "charts.js";
pub const CHARTS_WASM: &str = "charts_bg.wasm";

/// The environment variable with the site's public address, e.g.
/// `https://www.example.edu.cn/report/2023/` (optional: see the README).
pub const SITE_URL_VAR: &str = "SITE_URL";

/// The site's public address from `SITE_URL`, ending in `/`; `None` when
/// unset or empty. Anything but an absolute http(s) URL is refused.
pub fn site_url(value: Option<&str>) -> Result<Option<String>, String> {
    let Some(url) = value.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    let valid = (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > "https://".len()
        && !url.contains(char::is_whitespace)
        && !url.contains(['"', '<', '>', '?', '#']);
    if !valid {
        return Err(format!(
            "{SITE_URL_VAR} must be the site's absolute http(s) address without query or fragment, e.g. https://www.example.edu.cn/report/2023/ — got {url:?}"
        ));
    }
    Ok(Some(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }))
}

/// The finished `index.html` from Trunk's, the policy it carries, and the
/// app module's JS glue (relative to the page).
/// `charts_wasm` is the charts module, if the build has one; `read` gives
/// the text of a built file by its URL relative to the page.
pub fn finish_html(
    html: &str,
    charts_wasm: Option<&[u8]>,
    site_url: Option<&str>,
    read: &dyn Fn(&str) -> Result<String, String>,
) -> Result<(String, String, String), String> {
    let (html, app) = loader::take_trunk_start(html)?;
    let app_js = app.js.clone();
    let styles =
        loader::inline_stylesheets(&html, read, &|css| to_html(view! { <InlineStyle css/> }))?;
    // The page's head, then how it loads: the app module and its loader, the
    // charts module. (Trunk's minified template may omit the `<head>` tag, so
    // these go where the head marker is.)
    let page = render_page(crate::report::report(), site_url);
    let mut head = page.head;
    let imports = (!app.imports.is_empty()).then(|| app.imports.join(" "));
    head.push_str(&to_html(view! {
        <ModuleMeta name=APP_MODULE_META js=app.js wasm=app.wasm imports=imports/>
        <InlineModuleScript js=loader::loader_script()/>
    }));
    if let Some(wasm) = charts_wasm {
        head.push_str(&charts_module_meta(wasm, styles.with_charts));
    }
    let html = html::fill_markers(
        &styles.html,
        &[(html::HEAD_MARKER, &head), (html::BODY_MARKER, &page.body)],
    )?;
    let policy = csp::csp_for(&html::inline_scripts(&html)?, &html::inline_styles(&html)?);
    let meta = to_html(view! { <CspMeta policy=policy.clone()/> });
    Ok((html::insert_at_head_top(&html, &meta)?, policy, app_js))
}

/// The `<meta>` that tells the app where the charts module is, and the
/// stylesheet it brings along. The module's URLs carry a hash of it, so a
/// browser never pairs a cached old module with a new page.
pub fn charts_module_meta(wasm: &[u8], css: Option<String>) -> String {
    let digest = Sha256::digest(wasm);
    let version: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    to_html(view! {
        <ModuleMeta
            name=CHARTS_MODULE_META
            js=format!("./{CHARTS_JS}?v={version}")
            wasm=format!("./{CHARTS_WASM}?v={version}")
            css=css
        />
    })
}

/// Runs every step on Trunk's staging directory; prints one line per step.
pub fn run(staging: &Path, release: bool) -> Result<(), String> {
    let index = staging.join("index.html");
    let html =
        fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let charts = fs::read(staging.join(CHARTS_WASM)).ok();
    let site = site_url(std::env::var(SITE_URL_VAR).ok().as_deref())?;
    let read = |url: &str| {
        let file = staging.join(url.trim_start_matches("./"));
        fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))
    };
    let (html, policy, app_js) = finish_html(&html, charts.as_deref(), site.as_deref(), &read)?;
    fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    for js in [app_js.trim_start_matches("./"), CHARTS_JS] {
        glue::strip_comments_in(&staging.join(js))?;
    }
    println!("postbuild: prerendered index.html; CSP: {policy}");
    match &site {
        Some(url) => println!("postbuild: the site's address is {url} (og:url, og:image)"),
        None => println!("postbuild: {SITE_URL_VAR} not set: no og:url or og:image"),
    }
    let files = files::write_files(staging, crate::report::report(), site.as_deref())?;
    println!("postbuild: wrote {files} chart and table files");
    if release {
        let done = compress::precompress_dir(staging)
            .map_err(|e| format!("cannot precompress {}: {e}", staging.display()))?;
        let (raw, gz, br) = done.iter().fold((0, 0, 0), |(r, g, b), c| {
            (r + c.raw, g + c.gzip, b + c.brotli)
        });
        println!(
            "postbuild: wrote .br and .gz for {} files ({raw} B raw, {gz} B gzip, {br} B brotli)",
            done.len()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n  <meta charset=\"utf-8\">\n  <script>document.documentElement.classList.add('js')</script>\n  <template data-prerender=\"head\"></template>\n  <link rel=\"stylesheet\" href=\"./main-1.css\"/>\n  <link rel=\"stylesheet\" href=\"./live-2.css\" data-with-charts/>\n<script type=\"module\">import init from './app-9.js';init();</script>\n<link rel=\"preload\" href=\"./app-9_bg.wasm\" as=\"fetch\" type=\"application/wasm\">\n</head>\n<body>\n  <template data-prerender=\"body\"></template>\n</body>\n</html>\n";

    fn read(url: &str) -> Result<String, String> {
        match url {
            "./main-1.css" => Ok("h1>a{color:red}".into()),
            _ => Err(format!("no {url}")),
        }
    }

    #[test]
    fn the_site_address_is_an_absolute_url_or_nothing() {
        assert_eq!(site_url(None), Ok(None));
        assert_eq!(site_url(Some("  ")), Ok(None));
        assert_eq!(
            site_url(Some("https://www.example.edu.cn/report/2023")),
            Ok(Some("https://www.example.edu.cn/report/2023/".into()))
        );
        for bad in [
            "www.example.edu.cn",
            "ftp://x/",
            "https://x/?a=1",
            "https://x y/",
            "https://",
        ] {
            assert!(site_url(Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn charts_meta_is_versioned_by_content() {
        let a = charts_module_meta(b"one", None);
        assert_ne!(a, charts_module_meta(b"two", None));
        assert_eq!(a, charts_module_meta(b"one", None));
        assert!(
            a.contains("content=\"./charts.js?v=") && a.contains("data-wasm=\"./charts_bg.wasm?v=")
        );
    }

    #[test]
    fn finished_page_starts_the_app_itself_and_hashes_what_is_inline() {
        let (html, policy, app_js) = finish_html(PAGE, Some(b"wasm"), None, &read).unwrap();
        assert_eq!(app_js, "./app-9.js");
        // Trunk's start-up script and preload are gone; the loader names the module.
        assert!(!html.contains("import init") && !html.contains("rel=\"preload\""));
        assert!(html.contains(
            "<meta name=\"app-module\" content=\"./app-9.js\" data-wasm=\"./app-9_bg.wasm\">"
        ));
        for inline in [
            loader::loader_script(),
            "document.documentElement.classList.add('js')".into(),
        ] {
            assert!(html.contains(&inline));
            assert!(policy.contains(&csp::hash_source(&inline)), "{policy}");
        }
        // The first screen's styles inline and hashed; the live chart's with the charts.
        assert!(
            html.contains("h1>a{color:red}</style>"),
            "CSS is not escaped"
        );
        assert!(policy.contains(&format!(
            "style-src 'self' {};",
            csp::hash_source("h1>a{color:red}")
        )));
        assert!(html.contains("data-css=\"./live-2.css\""));
        assert!(!html.contains("stylesheet"));
        let meta = html.find("http-equiv=\"Content-Security-Policy\"").unwrap();
        assert!(
            meta < html.find("<title>").unwrap() && meta < html.find("<script").unwrap(),
            "the policy comes first"
        );
        assert!(html.contains(&format!("content=\"{policy}\"")));
        assert!(html.contains("name=\"charts-module\""));
        assert!(html.contains(&format!("<h1>{}</h1>", crate::report::report().title)));
        assert!(!html.contains("prerender"));
    }

    #[test]
    fn a_stylesheet_that_cannot_be_read_stops_the_build() {
        let page = PAGE.replace("./main-1.css", "./gone.css");
        let error = finish_html(&page, None, None, &read).unwrap_err();
        assert!(error.contains("no ./gone.css"), "{error}");
    }
}
