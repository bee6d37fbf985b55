//! Reading a report data file (native only: the build script and the tests).
//! The app itself never parses JSON; `build.rs` bakes the report into statics.

use crate::model::Report;

/// Parses and checks a report; the error names the offending field's path.
pub fn from_json(json: &str) -> Result<Report, String> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let report: Report = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| format!("{}: {}", e.path(), e.inner()))?;
    let problems = crate::validate::problems(&report);
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(problems.join("\n"))
    }
}
