//! Loads the second WebAssembly module only when a chart or a table comes near.
//!
//! Charts (plotters, layout) and tables (sorting, filtering, their data) are
//! much of the app's code but sit below the first screen, so they are built
//! as a second module (`charts` binary) that the first view does not download. The build step records its
//! files in `<meta name="charts-module">`; once a chart island is within a
//! screen or two of the viewport, this imports it and starts it. If it
//! cannot be loaded (a network blip on a phone), the charts stay as their
//! prerendered images and tables, and a notice offers a retry.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{IntersectionObserver, IntersectionObserverEntry};

use crate::islands::{CHARTS_MODULE_META, Island};

#[wasm_bindgen(inline_js = r#"
export function import_module(url) { return import(url); }
export function load_style(url) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`stylesheet ${url} could not be loaded`));
    document.head.append(link);
  });
}
"#)]
extern "C" {
    /// `import(url)`: a dynamic import, allowed by the page's CSP ('self').
    fn import_module(url: &str) -> js_sys::Promise;
    /// Adds a stylesheet to `<head>`; settles when it has loaded or failed.
    fn load_style(url: &str) -> js_sys::Promise;
}

/// Watches the chart islands; loads the charts module at the first approach.
pub fn load_when_near() {
    let document = leptos::prelude::document();
    let Some(meta) = document
        .query_selector(&format!("meta[name='{CHARTS_MODULE_META}']"))
        .ok()
        .flatten()
    else {
        return;
    };
    let (Some(js), Some(wasm)) = (
        meta.get_attribute("content"),
        meta.get_attribute("data-wasm"),
    ) else {
        return;
    };
    // The live chart's styles come with the module (none: nothing to wait for).
    let css = meta.get_attribute("data-css");
    let selector = format!("{}, {}", Island::Chart.selector(), Island::Table.selector());
    let Ok(islands) = document.query_selector_all(&selector) else {
        return;
    };
    let on_near = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            let near = entries.iter().any(|e| {
                e.unchecked_into::<IntersectionObserverEntry>()
                    .is_intersecting()
            });
            if near {
                observer.disconnect();
                start(&absolute(&js), &absolute(&wasm), css.as_deref());
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    // Start fetching a screen ahead of the reader.
    options.set_root_margin("100% 0px 100% 0px");
    let Ok(observer) =
        IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &options)
    else {
        return;
    };
    for i in 0..islands.length() {
        if let Some(island) = islands.item(i).and_then(|n| n.dyn_into().ok()) {
            observer.observe(&island);
        }
    }
    on_near.forget();
}

/// A URL relative to the page, made absolute (the import runs from a snippet file).
fn absolute(url: &str) -> String {
    let base = leptos::prelude::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    web_sys::Url::new_with_base(url, &base).map_or_else(|_| url.to_string(), |u| u.href())
}

/// Imports the module's JS glue and loads its stylesheet, then runs its
/// `default` initialiser on the wasm (so no canvas is drawn unstyled); a
/// failure of any shows the notice (and is not left uncaught).
fn start(js: &str, wasm: &str, css: Option<&str>) {
    let wasm = wasm.to_string();
    let loads = js_sys::Array::of1(&import_module(js));
    if let Some(css) = css {
        loads.push(&load_style(&absolute(css)));
    }
    let on_module = Closure::once(move |loaded: JsValue| {
        let module = js_sys::Array::from(&loaded).get(0);
        let init = js_sys::Reflect::get(&module, &"default".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let Some(init) = init else {
            failed(&"the charts module has no initialiser".into());
            return;
        };
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"module_or_path".into(), &wasm.into());
        match init.call1(&JsValue::NULL, &options) {
            Ok(started) => {
                let on_error = on_failure();
                let _ = js_sys::Promise::from(started).catch(&on_error);
                on_error.forget();
            }
            Err(error) => failed(&error),
        }
    });
    let on_error = on_failure();
    let _ = js_sys::Promise::all(&loads).then2(&on_module, &on_error);
    on_module.forget();
    on_error.forget();
}

fn on_failure() -> Closure<dyn FnMut(JsValue)> {
    Closure::new(|error: JsValue| failed(&error))
}

fn failed(error: &JsValue) {
    web_sys::console::warn_2(&"charts module could not be loaded".into(), error);
    super::load_failed::show();
}
