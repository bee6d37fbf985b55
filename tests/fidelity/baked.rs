//! The report baked into the program equals the data file.

use crate::data::DATA;

#[test]
fn the_baked_report_equals_the_data_file() -> Result<(), String> {
    let json = std::fs::read_to_string(DATA).map_err(|e| e.to_string())?;
    let loaded = quality_report::load::from_json(&json)?;
    assert!(quality_report::report::report() == &loaded);
    Ok(())
}
