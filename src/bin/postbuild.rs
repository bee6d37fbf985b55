//! Trunk `post_build` hook (see Trunk.toml): renders the page into the
//! staged `index.html`, writes the chart and table files, adds the
//! Content-Security-Policy `<meta>`, and in release builds writes `.br`/`.gz`
//! copies. The logic is in `quality_report::build`.
//!
//! Trunk passes the staging directory in `TRUNK_STAGING_DIR` and the profile
//! in `TRUNK_PROFILE`. By hand: `cargo run --bin postbuild -- DIR [--release]`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::{env, path::PathBuf, process::ExitCode};

    let args: Vec<String> = env::args().skip(1).collect();
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .or_else(|| env::var("TRUNK_STAGING_DIR").ok());
    let Some(dir) = dir else {
        eprintln!("postbuild: no directory: set TRUNK_STAGING_DIR or pass one");
        return ExitCode::FAILURE;
    };
    let release = args.iter().any(|a| a == "--release")
        || env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    match quality_report::build::run(&PathBuf::from(dir), release) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("postbuild: error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Never used in the browser; exists so `--target wasm32-unknown-unknown --bins` builds.
#[cfg(target_arch = "wasm32")]
fn main() {}
