//! The interactive edition of a higher-vocational college's annual quality report.
//!
//! Pure core (plain Rust, tested natively) and one view layer:
//! - `model`: the report template as types; `report`: the baked report data;
//!   `load` / `validate`: reading and checking a data file (build.rs, tests).
//! - `decimal`: exact arithmetic on figures as printed; `figure_text`: how a
//!   figure is written on a tile or card (亿元, "较上年 +18.59%").
//! - `filter`, `search`, `url_state`: the case explorer's logic and URL state.
//! - `table_view`, `csv`: sorting, filtering and exporting the report's tables.
//! - `charts`: every chart as a layout drawn by plotters on any backend.
//! - `view`: the page's markup, as Leptos components — rendered to HTML at
//!   build time, and mounted in the browser where it is interactive
//!   (`islands` names those places, `anchors` the ids both sides use).
//! - `ui` (wasm only): mounting the islands, the browser's side of them.
//! - `build`, `bench` (native only): the post-build step and benchmarks.

// The baked report names its types by crate path (see build.rs).
extern crate alloc;
extern crate self as quality_report;

pub mod anchors;
#[cfg(not(target_arch = "wasm32"))]
pub mod bench;
#[cfg(not(target_arch = "wasm32"))]
pub mod build;
pub mod charts;
pub mod csv;
pub mod decimal;
pub mod figure_text;
pub mod filter;
pub mod islands;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod model;
pub mod report;
pub mod search;
pub mod table_view;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod url_state;
pub mod validate;
pub mod view;
