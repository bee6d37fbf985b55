//! Leptos islands mounted into the prerendered page: they read signals,
//! call the pure core, render. See `islands` for what mounts where.
//! Browser-only: the crate compiles it for wasm32 alone.

mod cases;
mod chart_figure;
pub mod crash;
mod data_table;
mod download;
mod highlight;
mod islands;
mod lazy_charts;
mod scroll;
mod scroll_spy;
mod section_figures;
mod url_sync;

pub use islands::{mount, mount_charts};
