//! Leptos components: they read signals, call the pure core, render.

mod app;
mod cases;
mod chapter;
mod data_table;
mod download;
mod highlight;
mod preface;
mod scroll;
mod section_figures;
mod url_sync;

pub use app::App;

/// Mounts the app into `#app`, below the header that the HTML already carries.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use wasm_bindgen::JsCast;
    let Some(target) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    leptos::mount::mount_to(target.clone().unchecked_into(), App).forget();
    // Browser tests (and anyone curious) can tell the app has taken over.
    let _ = target.set_attribute("data-app", "ready");
}
