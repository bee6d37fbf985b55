//! The page's markup, written once as Leptos components.
//!
//! At build time the `postbuild` binary renders the whole page with
//! [`page::Page`] (native only); in the browser the app mounts the
//! interactive components (the islands, see `crate::islands`) into the same
//! places, with the same markup, so the static and the live page cannot
//! drift. Components that never become interactive are compiled for the
//! build-time renderer only, so the WebAssembly carries just the islands.

pub mod case_article;
pub mod case_controls;
pub mod chart_figure;
pub mod data_table;
mod highlight;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
pub mod share;

pub use highlight::{Highlight, Marked};
