//! The one place that holds the embedded report, baked by `build.rs`.

use crate::model::Report;

include!(concat!(env!("OUT_DIR"), "/report.rs"));

/// The report this build was made from.
///
/// In the browser, text the page already carries as prerendered HTML
/// (prose, quoted figures, the cases' text) is left out to keep the download
/// small, and so are the tables and the charts' figures, which only the
/// second module uses ([`full_report`]) — see `build.rs`.
pub fn report() -> &'static Report {
    &REPORT
}

/// The report with the tables and the charts' figures: in the browser, a
/// second copy that only the charts-and-tables module refers to, so the app
/// module does not carry them; natively, the same as [`report`].
pub fn full_report() -> &'static Report {
    #[cfg(target_arch = "wasm32")]
    {
        &FULL_REPORT
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        &REPORT
    }
}
