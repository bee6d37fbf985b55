//! How the page loads what Trunk built, so that nothing competes with the
//! first paint: Trunk's start-up script and its `preload`/`modulepreload`
//! links come out of `<head>` and the app is started by `loader.js` after
//! the first paint; the stylesheets the first screen needs are inlined (no
//! round trip before it paints); a stylesheet marked `data-with-charts` is
//! left to the charts module, which loads it with itself.

use std::cell::RefCell;

use lol_html::{RewriteStrSettings, element};

use super::html::rewrite;

/// The app's loader as written, with its comments.
const LOADER_SOURCE: &str = include_str!("loader.js");

/// The app's loader as inlined into `<head>` after the app module's `<meta>`:
/// without its whole-line comments and blank lines, which every reader
/// would otherwise download.
pub fn loader_script() -> String {
    LOADER_SOURCE
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            !line.is_empty() && !line.starts_with("//")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The app module as Trunk built it, relative to the page.
#[derive(Debug, PartialEq, Eq)]
pub struct AppModule {
    /// Its JS glue (`./quality-report-<hash>.js`).
    pub js: String,
    /// The WebAssembly (`./quality-report-<hash>_bg.wasm`).
    pub wasm: String,
    /// The modules its glue imports (wasm-bindgen snippets), fetched
    /// together with it when it starts instead of one round trip later.
    pub imports: Vec<String>,
}

/// Removes Trunk's start-up script (the one inline module script: the page's
/// template has none of its own), its `modulepreload` links and its preload of
/// the wasm, and returns the app module they named.
pub fn take_trunk_start(html: &str) -> Result<(String, AppModule), String> {
    let wasm: RefCell<Vec<String>> = RefCell::default();
    let modules: RefCell<Vec<String>> = RefCell::default();
    let scripts = RefCell::new(0);
    let out = rewrite(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!(
                "link[rel='preload'], link[rel='modulepreload']",
                |el| {
                    if el.get_attribute("as").as_deref() == Some("fetch")
                        && let Some(href) = el.get_attribute("href")
                        && href.ends_with(".wasm")
                    {
                        wasm.borrow_mut().push(href);
                    } else if el.get_attribute("rel").as_deref() == Some("modulepreload")
                        && let Some(href) = el.get_attribute("href")
                    {
                        modules.borrow_mut().push(href);
                    }
                    el.remove();
                    Ok(())
                }
            ))
            .append_element_content_handler(element!("script[type='module']:not([src])", |el| {
                *scripts.borrow_mut() += 1;
                el.remove();
                Ok(())
            })),
    )?;
    let wasm = match (wasm.into_inner().as_slice(), scripts.into_inner()) {
        ([wasm], 1) => wasm.clone(),
        (found, scripts) => {
            return Err(format!(
                "index.html: expected Trunk's start-up script and its preload of the app's wasm, \
                 found {scripts} inline module scripts and {} wasm preloads (did Trunk's output change?)",
                found.len()
            ));
        }
    };
    // wasm-bindgen's naming: `<name>_bg.wasm` beside `<name>.js`.
    let js = wasm
        .strip_suffix("_bg.wasm")
        .map(|stem| format!("{stem}.js"))
        .ok_or_else(|| {
            format!("index.html: the app's wasm {wasm:?} is not named <name>_bg.wasm")
        })?;
    let imports = modules
        .into_inner()
        .into_iter()
        .filter(|m| *m != js)
        .collect();
    Ok((out, AppModule { js, wasm, imports }))
}

/// Stylesheets as the page loads them: the first screen's inline, and the
/// one the charts module brings along.
#[derive(Debug, PartialEq, Eq)]
pub struct Styles {
    /// The page with each local stylesheet link replaced by its text.
    pub html: String,
    /// The `data-with-charts` stylesheet's URL, its link removed.
    pub with_charts: Option<String>,
}

/// Replaces each `<link rel="stylesheet">` by a `<style>` holding the file
/// (`read` gives a file's text by its URL), except one marked
/// `data-with-charts`, which is removed and returned. `style` renders a
/// `<style>` element.
pub fn inline_stylesheets(
    html: &str,
    read: &dyn Fn(&str) -> Result<String, String>,
    style: &dyn Fn(String) -> String,
) -> Result<Styles, String> {
    let with_charts: RefCell<Option<String>> = RefCell::default();
    let html = rewrite(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(
            "link[rel='stylesheet'][href]",
            |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                if el.has_attribute("data-with-charts") {
                    *with_charts.borrow_mut() = Some(href);
                    el.remove();
                } else {
                    el.replace(
                        &style(read(&href)?),
                        lol_html::html_content::ContentType::Html,
                    );
                }
                Ok(())
            }
        )),
    )?;
    Ok(Styles {
        html,
        with_charts: with_charts.into_inner(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::anchors::LOAD_FAILED_ID;
    use crate::islands::{APP_MODULE_META, FILTERING_CLASS};

    #[test]
    fn the_loader_names_what_the_page_names_and_ships_without_comments() {
        let js = loader_script();
        assert!(js.contains(&format!("meta[name=\"{APP_MODULE_META}\"]")));
        assert!(js.contains(&format!("getElementById('{LOAD_FAILED_ID}')")));
        assert!(js.contains(&format!("#{LOAD_FAILED_ID} [data-retry]")));
        assert!(js.contains(&format!("'{FILTERING_CLASS}'")));
        assert!(!js.contains("\n//") && !js.contains("\n\n"));
        assert!(js.contains("requestIdleCallback(start"));
    }

    const TRUNK: &str = "<html><head><link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"x\"/>\
        <link rel=\"stylesheet\" href=\"./live-2.css\" data-with-charts/>\
        <script>document.documentElement.classList.add('js')</script>\
        <script type=\"module\">import init from './app-9.js';await init('./app-9_bg.wasm');</script>\
        <link rel=\"modulepreload\" href=\"./app-9.js\" crossorigin=\"anonymous\">\
        <link rel=\"modulepreload\" href=\"./snippets/app/inline0.js\">\
        <link rel=\"preload\" href=\"./app-9_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">\
        </head><body><p>report</p></body></html>";

    #[test]
    fn trunk_start_comes_out_and_names_the_module() {
        let (html, app) = take_trunk_start(TRUNK).unwrap();
        assert_eq!(
            app,
            AppModule {
                js: "./app-9.js".into(),
                wasm: "./app-9_bg.wasm".into(),
                imports: vec!["./snippets/app/inline0.js".into()],
            }
        );
        assert!(
            !html.contains("preload") && !html.contains("import init"),
            "{html}"
        );
        assert!(
            html.contains("classList.add('js')"),
            "the page's own script stays"
        );
        assert!(html.contains("<p>report</p>"));
    }

    #[test]
    fn trunk_output_without_its_start_is_an_error() {
        let no_preload = TRUNK.replace("rel=\"preload\"", "rel=\"prefetch\"");
        let error = take_trunk_start(&no_preload).unwrap_err();
        assert!(error.contains("0 wasm preloads"), "{error}");
        let no_script = TRUNK.replace("type=\"module\"", "type=\"text/plain\"");
        let error = take_trunk_start(&no_script).unwrap_err();
        assert!(error.contains("0 inline module scripts"), "{error}");
    }

    #[test]
    fn first_screen_styles_go_inline_and_the_charts_one_goes_with_the_charts() {
        let read = |url: &str| match url {
            "./main-1.css" => Ok("a>b{color:red}".to_string()),
            other => Err(format!("unexpected {other}")),
        };
        let styles =
            inline_stylesheets(TRUNK, &read, &|css| format!("<style>{css}</style>")).unwrap();
        assert_eq!(styles.with_charts.as_deref(), Some("./live-2.css"));
        assert!(
            styles
                .html
                .starts_with("<html><head><style>a>b{color:red}</style><script>")
        );
        assert!(!styles.html.contains("stylesheet"));
        let missing = |_: &str| Err("cannot read ./main-1.css".to_string());
        let error = inline_stylesheets(TRUNK, &missing, &|css| css).unwrap_err();
        assert!(error.contains("cannot read ./main-1.css"), "{error}");
    }
}
