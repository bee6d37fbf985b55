//! The one place that holds the embedded report, baked by `build.rs`.

use crate::model::Report;

include!(concat!(env!("OUT_DIR"), "/report.rs"));

/// The report this build was made from.
pub fn report() -> &'static Report {
    &REPORT
}
