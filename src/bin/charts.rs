//! The charts-and-tables module: a second WebAssembly binary that the app
//! loads only when a chart or a table comes near the viewport (see
//! `ui::lazy_charts`), so the first view does not download their code and data.

#[cfg(target_arch = "wasm32")]
fn main() {
    quality_report::ui::mount_deferred();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser's charts module: built by `trunk build`.");
}
