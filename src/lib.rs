//! The interactive edition of a higher-vocational college's annual quality report.
//!
//! Pure core (plain Rust, tested natively) and a thin Leptos view:
//! - `model`: the report template as types; `report`: the baked report data.
//! - `decimal`: exact arithmetic on printed figures; `validate`: data checks.
//! - `ui`: Leptos components that only wire signals to views.

// The baked report names its types by crate path (see build.rs).
extern crate alloc;
extern crate self as quality_report;

pub mod anchors;
#[cfg(not(target_arch = "wasm32"))]
pub mod bench;
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
pub mod ui;
pub mod url_state;
pub mod validate;
