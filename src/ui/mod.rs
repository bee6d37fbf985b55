//! The browser's side of the islands (wasm only): mounting the shared
//! components (`crate::view`) into the prerendered page and connecting them
//! to the URL, the canvas and the downloads. See `mount` for what goes where.

mod case_explorer;
mod chart_canvas;
pub mod crash;
mod deferred;
mod dom;
mod download;
mod lazy_charts;
mod load_failed;
mod mount;
mod scroll;
mod scroll_spy;
mod share;
mod url_sync;

pub use deferred::mount_deferred;
pub use mount::mount;
