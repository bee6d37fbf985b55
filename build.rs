//! Bakes the report's data file into Rust statics at build time:
//! `data/report.json`, or the file `REPORT_DATA` names (relative paths from
//! the repository root), e.g. `REPORT_DATA=tests/fixtures/sample-report.json`.
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

use std::{
    env, fs,
    path::{Path, PathBuf},
};

use databake::Bake;

/// The environment variable that chooses the report, and its default.
const CHOICE: &str = "REPORT_DATA";
const DEFAULT: &str = "data/report.json";

fn main() {
    println!("cargo:rerun-if-env-changed={CHOICE}");
    let data = data_file();
    for watched in [
        data.as_path(),
        Path::new("src/model.rs"),
        Path::new("src/validate.rs"),
        Path::new("src/decimal.rs"),
        Path::new("src/load.rs"),
    ] {
        println!("cargo:rerun-if-changed={}", watched.display());
    }
    let json = fs::read_to_string(&data)
        .unwrap_or_else(|e| fail(&data, &format!("cannot read ({CHOICE}): {e}")));
    let mut report = load::from_json(&json).unwrap_or_else(|e| fail(&data, &e));
    let code = if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        leave_out_prerendered_text(&mut report);
        let full = report.bake(&Default::default());
        leave_out_deferred_data(&mut report);
        let core = report.bake(&Default::default());
        format!(
            "pub static REPORT: crate::model::Report = {core};\n\
             pub static FULL_REPORT: crate::model::Report = {full};\n"
        )
    } else {
        let baked = report.bake(&Default::default());
        format!("pub static REPORT: crate::model::Report = {baked};\n")
    };
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("report.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

/// The browser build gets only what its islands use. The report's prose, the
/// foreword, the quoted figures, the appendix list and the cases' text are
/// in the prerendered HTML already (src/view), so carrying them in the
/// WebAssembly would only make every reader download them twice. (The case
/// explorer reads the case text back from the page: src/ui/case_explorer.rs.)
fn leave_out_prerendered_text(report: &mut model::Report) {
    use std::borrow::Cow;
    report.foreword = Cow::Owned(Vec::new());
    report.figures = Cow::Owned(Vec::new());
    report.appendix = None;
    for case in report.cases.to_mut() {
        case.title = Cow::Borrowed("");
        case.paragraphs = Cow::Owned(Vec::new());
        case.figures = Cow::Owned(Vec::new());
    }
    for chapter in report.chapters.to_mut() {
        chapter.intro = Cow::Owned(Vec::new());
        chapter.challenges = Cow::Owned(Vec::new());
        chapter.outro = Cow::Owned(Vec::new());
        for section in chapter.sections.to_mut() {
            section.paragraphs = Cow::Owned(Vec::new());
            section.figures = Cow::Owned(Vec::new());
        }
    }
}

/// The app module (case explorer, navigation, sharing) does not need the
/// tables or the charts' figures: those islands are in the second module,
/// loaded when one comes near, which uses `FULL_REPORT` (src/report.rs).
fn leave_out_deferred_data(report: &mut model::Report) {
    use std::borrow::Cow;
    report.tables = Cow::Owned(Vec::new());
    report.outcomes.metrics = Cow::Owned(Vec::new());
    report.funding.sources = Cow::Owned(Vec::new());
}

/// The chosen data file, relative paths taken from the repository root
/// (where Cargo runs build scripts), whatever directory the build started in.
fn data_file() -> PathBuf {
    let chosen = env::var_os(CHOICE)
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from(DEFAULT), PathBuf::from);
    let root = env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    root.join(chosen)
}

fn fail(data: &Path, message: &str) -> ! {
    eprintln!("error: {}:\n{message}", data.display());
    std::process::exit(1);
}
