//! Prints the native benchmark table (see `quality_report::bench`).
//! Run from the repository root: `cargo run --release --bin bench`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let measurements = quality_report::bench::run(quality_report::report::report());
    print!("{}", quality_report::bench::table(&measurements));
    if measurements.iter().any(|m| m.passes() == Some(false)) {
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
