//! The one place that holds the embedded report, baked by `build.rs`.

use crate::model::Report;

include!(concat!(env!("OUT_DIR"), "/report.rs"));

/// The report this build was made from.
///
/// In the browser build, text the page already carries as prerendered HTML
/// (foreword, section and chapter prose, quoted figures) is left out of this
/// data to keep the download small — see `build.rs`. The islands never use it.
pub fn report() -> &'static Report {
    &REPORT
}
