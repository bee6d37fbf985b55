//! Brotli and gzip copies beside every text and wasm file of a release
//! build, so a static server can send them as they are.

use std::{
    fs,
    io::{self, Write},
    path::{Path, PathBuf},
};

/// Extensions of the files that get `.br` and `.gz` copies.
pub const COMPRESSED_EXTENSIONS: &[&str] = &[
    "html", "js", "mjs", "wasm", "css", "svg", "txt", "json", "xml", "csv",
];

/// Whether `path` gets precompressed copies.
pub fn should_compress(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| COMPRESSED_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Brotli at quality 11 with the largest window browsers must accept.
pub fn brotli(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 24);
        writer.write_all(data)?;
    }
    Ok(out)
}

/// Gzip at level 9.
pub fn gzip(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data)?;
    encoder.finish()
}

/// Sizes of one precompressed file: raw, gzip, brotli (bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compressed {
    pub path: PathBuf,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

/// Writes `<file>.br` and `<file>.gz` beside every compressible file under
/// `dir`, brotli and gzip in parallel (brotli 11 on the wasm is the slow part).
pub fn precompress_dir(dir: &Path) -> io::Result<Vec<Compressed>> {
    let mut files = Vec::new();
    collect_files(dir, &mut files)?;
    files.retain(|p| should_compress(p));
    files.sort();
    let mut done = Vec::with_capacity(files.len());
    for path in files {
        let data = fs::read(&path)?;
        let (br, gz) = std::thread::scope(|s| {
            let br = s.spawn(|| brotli(&data));
            let gz = gzip(&data);
            (br.join().expect("brotli thread panicked"), gz)
        });
        let (br, gz) = (br?, gz?);
        fs::write(with_suffix(&path, "br"), &br)?;
        fs::write(with_suffix(&path, "gz"), &gz)?;
        done.push(Compressed {
            path,
            raw: data.len(),
            gzip: gz.len(),
            brotli: br.len(),
        });
    }
    Ok(done)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// `a/b.js` → `a/b.js.br`.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compresses_text_and_wasm_only() {
        for name in [
            "index.html",
            "a.js",
            "a_bg.wasm",
            "s.css",
            "favicon.svg",
            "robots.txt",
            "t.csv",
        ] {
            assert!(should_compress(Path::new(name)), "{name}");
        }
        for name in ["a.png", "a.js.br", "a.wasm.gz", "noext"] {
            assert!(!should_compress(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn precompressed_copies_round_trip() {
        let dir = std::env::temp_dir().join(format!("compress-test-{}", std::process::id()));
        fs::create_dir_all(dir.join("sub")).unwrap();
        let text = "质量年度报告 ".repeat(500);
        fs::write(dir.join("sub/page.html"), &text).unwrap();
        fs::write(dir.join("image.png"), [0u8; 10]).unwrap();
        let done = precompress_dir(&dir).unwrap();
        assert_eq!(done.len(), 1);
        assert!(done[0].brotli < done[0].gzip && done[0].gzip < done[0].raw);
        assert!(!dir.join("image.png.br").exists());

        let gz = fs::read(dir.join("sub/page.html.gz")).unwrap();
        let mut unzipped = String::new();
        io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut unzipped)
            .unwrap();
        assert_eq!(unzipped, text);
        let br = fs::read(dir.join("sub/page.html.br")).unwrap();
        let mut unbrotlied = String::new();
        io::Read::read_to_string(
            &mut brotli::Decompressor::new(&br[..], 4096),
            &mut unbrotlied,
        )
        .unwrap();
        assert_eq!(unbrotlied, text);
        fs::remove_dir_all(&dir).unwrap();
    }
}
