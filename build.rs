//! Bakes `data/report.json` into Rust statics at build time.
//!
//! The app then starts with the report already in memory: no JSON parser in
//! the WebAssembly and no deserialising on the reader's phone. A malformed
//! data file fails the build here, with the path of the offending field.

// The library's own model and checks, compiled into the build script too;
// the script uses only part of them.
#[allow(dead_code)]
#[path = "src/decimal.rs"]
mod decimal;
#[path = "src/load.rs"]
mod load;
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;
#[path = "src/validate.rs"]
mod validate;

use std::{env, fs, path::Path};

use databake::Bake;

const DATA: &str = "data/report.json";

fn main() {
    for watched in [
        DATA,
        "src/model.rs",
        "src/validate.rs",
        "src/decimal.rs",
        "src/load.rs",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let json = fs::read_to_string(DATA).unwrap_or_else(|e| fail(&format!("cannot read: {e}")));
    let report = load::from_json(&json).unwrap_or_else(|e| fail(&e));
    let baked = report.bake(&Default::default());
    let code = format!("pub static REPORT: crate::model::Report = {baked};\n");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("report.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

fn fail(message: &str) -> ! {
    eprintln!("error: {DATA}:\n{message}");
    std::process::exit(1);
}
