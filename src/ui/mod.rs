//! The browser's side of the islands (wasm only): mounting the shared
//! components (`crate::view`) into the prerendered page and connecting them
//! to the URL, the canvas and the downloads. See `mount` for what goes where.

mod case_explorer;
mod chart_canvas;
mod charts;
pub mod crash;
mod dom;
mod download;
mod lazy_charts;
mod load_failed;
mod mount;
mod scroll;
mod scroll_spy;
mod url_sync;

pub use charts::mount_charts;
pub use mount::mount;
