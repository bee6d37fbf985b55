//! The charts module: a second WebAssembly binary that the app loads only
//! when a chart comes near the viewport (see `ui::lazy_charts`), so the
//! first view does not download the chart code.

#[cfg(target_arch = "wasm32")]
fn main() {
    quality_report::ui::mount_charts();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser's charts module: built by `trunk build`.");
}
