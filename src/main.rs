//! Mounts the app into the page's `#app` element (browser only).

#[cfg(target_arch = "wasm32")]
fn main() {
    quality_report::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser app: build it with `trunk build`.");
}
