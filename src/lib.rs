//! The interactive edition of a higher-vocational college's annual quality report.
//!
//! Pure core (plain Rust, tested natively) and a thin Leptos view:
//! - `model`: the report template as types; `report`: the baked report data;
//!   `load` / `validate`: reading and checking a data file (build.rs, tests).
//! - `decimal`: exact arithmetic on figures as printed.
//! - `prerender`: the page's HTML, generated at build time; `anchors`: its ids.
//! - `filter`, `search`, `url_state`: the case explorer's logic and URL state.
//! - `table_view`, `csv`: sorting, filtering and exporting the report's tables.
//! - `charts`: every chart as a drawing function over any plotters backend.
//! - `ui` (wasm only): Leptos islands mounted into the prerendered page.
//! - `postbuild`, `bench` (native only): build step and benchmarks.

// The baked report names its types by crate path (see build.rs).
extern crate alloc;
extern crate self as quality_report;

pub mod anchors;
#[cfg(not(target_arch = "wasm32"))]
pub mod bench;
pub mod charts;
pub mod csv;
pub mod decimal;
pub mod filter;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod postbuild;
pub mod prerender;
pub mod report;
pub mod search;
pub mod table_view;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod url_state;
pub mod validate;
