//! The reports the generic tests run on: the one this build baked
//! (`data/report.json`, or the file `REPORT_DATA` named) and the test
//! fixture, a second, invented report on the same template
//! (`tests/fixtures/sample-report.json`). A test that holds for any report
//! on the template runs on both; facts of this year's report live in
//! `data/expectations.json` (tests/data_counts.rs).

#![allow(dead_code)] // each test crate uses part of it

use std::sync::OnceLock;

use quality_report::model::Report;

/// The second report, relative to the repository root.
pub const FIXTURE: &str = "tests/fixtures/sample-report.json";

/// The fixture, loaded and checked like the build loads a data file.
pub fn fixture() -> &'static Report {
    static FIXTURE_REPORT: OnceLock<Report> = OnceLock::new();
    FIXTURE_REPORT.get_or_init(|| {
        let json = std::fs::read_to_string(FIXTURE).expect("the fixture is readable");
        quality_report::load::from_json(&json)
            .unwrap_or_else(|e| panic!("{FIXTURE} is refused:\n{e}"))
    })
}

/// Every report under test, named for failure messages.
pub fn all() -> [(&'static str, &'static Report); 2] {
    [
        ("baked report", quality_report::report::report()),
        ("fixture", fixture()),
    ]
}
