//! Finishes Trunk's staged build (run by the `postbuild` binary as a Trunk
//! `post_build` hook): writes the prerendered report into `index.html`, pins
//! the page to its own origin with a Content-Security-Policy `<meta>`, and in
//! release builds writes brotli and gzip copies beside every text and wasm file
//! so a static server can send them as they are.
//!
//! Native only: the browser never runs any of this.

use std::{
    fs,
    io::{self, Write},
    path::{Path, PathBuf},
};

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// Replaced by [`crate::prerender::head_html`].
pub const HEAD_MARKER: &str = "<!-- prerender:head -->";
/// Replaced by [`crate::prerender::body_html`].
pub const BODY_MARKER: &str = "<!-- prerender:body -->";

/// Every prerender marker starts so; one left over is an error.
const MARKER_PREFIX: &str = "<!-- prerender:";

/// Extensions of the files that get `.br` and `.gz` copies.
pub const COMPRESSED_EXTENSIONS: &[&str] = &[
    "html", "js", "mjs", "wasm", "css", "svg", "txt", "json", "xml",
];

/// Trunk's autoreload script (only `trunk serve` injects it) carries this
/// placeholder, which Trunk's dev server rewrites on every response, so its
/// hash cannot be known here.
const AUTORELOAD_PLACEHOLDER: &str = "{{__TRUNK_";

/// Replaces the one occurrence of `marker` in `html` with `with`.
///
/// A missing or repeated marker is an error: the page would silently ship
/// without (or with twice) the prerendered report.
pub fn replace_marker(html: &str, marker: &str, with: &str) -> Result<String, String> {
    match html.matches(marker).count() {
        1 => Ok(html.replacen(marker, with, 1)),
        0 => Err(format!("marker `{marker}` not found in index.html")),
        n => Err(format!("marker `{marker}` found {n} times in index.html")),
    }
}

/// The text of every inline `<script>` (one without a `src` attribute), in
/// document order.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut scripts = Vec::new();
    let mut from = 0;
    while let Some(start) = find_script_open(&lower, from) {
        let Some(open_end) = lower[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let close = lower[open_end..]
            .find("</script")
            .map_or(html.len(), |i| open_end + i);
        if !has_attribute(&html[start + "<script".len()..open_end - 1], "src") {
            scripts.push(&html[open_end..close]);
        }
        from = close;
    }
    scripts
}

/// Position of the next `<script` tag (not `<scripts…`) at or after `from`.
fn find_script_open(lower: &str, mut from: usize) -> Option<usize> {
    while let Some(i) = lower[from..].find("<script") {
        let at = from + i;
        let next = lower.as_bytes().get(at + "<script".len()).copied();
        if matches!(
            next,
            Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
        ) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Whether the attribute text of a start tag names attribute `name`.
fn has_attribute(attributes: &str, name: &str) -> bool {
    let bytes = attributes.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() || bytes[i] == b'/' {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !matches!(bytes[i], b'=' | b'/') && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        if attributes[start..i].eq_ignore_ascii_case(name) {
            return true;
        }
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != quote {
                        i += 1;
                    }
                    i += 1;
                }
                _ => {
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                }
            }
        }
    }
    false
}

/// The CSP source expression that allows exactly this inline script:
/// `'sha256-<base64>'` of its text as the browser sees it (the HTML parser
/// turns CRLF and lone CR into LF before the hash is taken).
pub fn script_hash_source(script: &str) -> String {
    let text = script.replace("\r\n", "\n").replace('\r', "\n");
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The policy: only the page's own origin, plus the given inline-script
/// sources. `frame-ancestors` is left out because browsers ignore it in a
/// `<meta>`; the README recommends it in the HTTP header.
pub fn csp_policy(script_sources: &[String]) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for source in script_sources {
        script_src.push(' ');
        script_src.push_str(source);
    }
    [
        "default-src 'self'".to_owned(),
        format!("script-src {script_src}"),
        "style-src 'self'".to_owned(),
        "img-src 'self' data: blob:".to_owned(),
        "connect-src 'self'".to_owned(),
        "font-src 'self'".to_owned(),
        "object-src 'none'".to_owned(),
        "base-uri 'self'".to_owned(),
        "form-action 'self'".to_owned(),
    ]
    .join("; ")
}

/// The policy for `html` as it will be served. Hashes every inline script;
/// a page with Trunk's dev-server autoreload script (rewritten while it is
/// served) gets `'unsafe-inline'` for scripts instead, so `trunk serve` still
/// reloads. Release builds from `trunk build` never carry that script.
pub fn csp_for(html: &str) -> String {
    let scripts = inline_scripts(html);
    if scripts.iter().any(|s| s.contains(AUTORELOAD_PLACEHOLDER)) {
        return csp_policy(&["'unsafe-inline'".to_owned()]);
    }
    let mut sources: Vec<String> = scripts.into_iter().map(script_hash_source).collect();
    sources.dedup();
    csp_policy(&sources)
}

/// Inserts the policy as a `<meta http-equiv>` right after `<meta charset>`
/// (or at the top of `<head>`): a meta policy only governs what follows it.
pub fn insert_csp_meta(html: &str, policy: &str) -> Result<String, String> {
    let lower = html.to_ascii_lowercase();
    if lower.contains("http-equiv=\"content-security-policy\"") {
        return Err("index.html already has a Content-Security-Policy <meta>".into());
    }
    let after = |open: usize| lower[open..].find('>').map(|i| open + i + 1);
    let at = lower
        .find("<meta charset")
        .and_then(after)
        .or_else(|| lower.find("<head").and_then(after))
        .ok_or("index.html has no <head>")?;
    let meta = format!(
        "\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy.replace('"', "&quot;")
    );
    Ok(format!("{}{}{}", &html[..at], meta, &html[at..]))
}

/// The whole HTML step: prerendered head and body in, then the policy.
/// Returns the new HTML and the policy it carries.
pub fn finish_html(html: &str, head: &str, body: &str) -> Result<(String, String), String> {
    let html = replace_marker(html, HEAD_MARKER, head)?;
    let html = replace_marker(&html, BODY_MARKER, body)?;
    if let Some(at) = html.find(MARKER_PREFIX) {
        let rest = &html[at..];
        let marker = &rest[..rest.find("-->").map_or(rest.len(), |i| i + 3)];
        return Err(format!(
            "index.html has a marker that postbuild does not fill: {marker}"
        ));
    }
    let policy = csp_for(&html);
    let html = insert_csp_meta(&html, &policy)?;
    Ok((html, policy))
}

/// Files of the lazily loaded charts module (Trunk names "worker" modules
/// after their binary, without a content hash).
pub const CHARTS_JS: &str = "charts.js";
pub const CHARTS_WASM: &str = "charts_bg.wasm";

/// The `<meta>` that tells the app where the charts module is. The URLs carry
/// a hash of the module, so a browser never pairs a cached old module with a
/// new page.
pub fn charts_module_meta(wasm: &[u8]) -> String {
    let digest = Sha256::digest(wasm);
    let version: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!(
        "\n  <meta name=\"charts-module\" content=\"./{CHARTS_JS}?v={version}\" \
         data-wasm=\"./{CHARTS_WASM}?v={version}\">"
    )
}

/// Inserts `tag` at the end of `<head>`.
pub fn append_to_head(html: &str, tag: &str) -> Result<String, String> {
    let at = html
        .to_ascii_lowercase()
        .find("</head>")
        .ok_or("index.html has no </head>")?;
    Ok(format!(
        "{}{}\n{}",
        &html[..at].trim_end(),
        tag,
        &html[at..]
    ))
}

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

/// Runs every step on Trunk's staging directory; prints one line per step.
pub fn run(staging: &Path, release: bool) -> Result<(), String> {
    let index = staging.join("index.html");
    let html =
        fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let report = crate::report::report();
    let head = crate::prerender::head_html(report);
    let body = crate::prerender::body_html(report);
    let (mut html, policy) = finish_html(&html, &head, &body)?;
    if let Ok(charts) = fs::read(staging.join(CHARTS_WASM)) {
        html = append_to_head(&html, &charts_module_meta(&charts))?;
        println!("postbuild: charts module recorded for loading on demand");
    }
    fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    println!("postbuild: prerendered index.html; CSP: {policy}");
    if release {
        let done = precompress_dir(staging)
            .map_err(|e| format!("cannot precompress {}: {e}", staging.display()))?;
        let (raw, gz, br) = done.iter().fold((0, 0, 0), |(r, g, b), c| {
            (r + c.raw, g + c.gzip, b + c.brotli)
        });
        println!(
            "postbuild: wrote .br and .gz for {} files ({raw} B raw, {gz} B gzip, {br} B brotli)",
            done.len()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n  <meta charset=\"utf-8\">\n  <!-- prerender:head -->\n</head>\n<body>\n  <!-- prerender:body -->\n  <main id=\"app\"></main>\n<script type=\"module\">import init from './app.js';init();</script>\n</body>\n</html>\n";

    #[test]
    fn charts_meta_is_versioned_by_content_and_goes_in_head() {
        let a = charts_module_meta(b"one");
        assert_ne!(a, charts_module_meta(b"two"));
        assert_eq!(a, charts_module_meta(b"one"));
        assert!(
            a.contains("content=\"./charts.js?v=") && a.contains("data-wasm=\"./charts_bg.wasm?v=")
        );
        let html = append_to_head(PAGE, &a).unwrap();
        let meta = html.find("name=\"charts-module\"").unwrap();
        assert!(meta < html.find("</head>").unwrap() && meta > html.find("<head>").unwrap());
        assert!(append_to_head("<body></body>", &a).is_err());
    }

    #[test]
    fn replaces_each_marker_once() {
        let html = replace_marker(PAGE, HEAD_MARKER, "<title>T</title>").unwrap();
        assert!(html.contains("<meta charset=\"utf-8\">\n  <title>T</title>\n</head>"));
        assert!(!html.contains(HEAD_MARKER));
    }

    #[test]
    fn missing_or_repeated_marker_is_an_error() {
        let missing = replace_marker("<head></head>", HEAD_MARKER, "x").unwrap_err();
        assert!(missing.contains("not found"), "{missing}");
        let twice = format!("{HEAD_MARKER}{HEAD_MARKER}");
        let repeated = replace_marker(&twice, HEAD_MARKER, "x").unwrap_err();
        assert!(repeated.contains("2 times"), "{repeated}");
    }

    #[test]
    fn finds_inline_scripts_only() {
        let html = "<script src=\"a.js\"></script><SCRIPT type=module>one()</SCRIPT>\
                    <scripts>not a script</scripts><script data-x='src'>two()</script>\
                    <script defer src=b.js></script><script>\n</script>";
        assert_eq!(inline_scripts(html), vec!["one()", "two()", "\n"]);
    }

    #[test]
    fn attribute_values_are_not_attribute_names() {
        assert!(!has_attribute(" type=\"module\" data-x=\"src\"", "src"));
        assert!(has_attribute(" type=module SRC = 'x.js'", "src"));
        assert!(has_attribute(" async src", "src"));
        assert!(!has_attribute(" srcset=x", "src"));
    }

    #[test]
    fn hash_matches_a_known_value() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            script_hash_source("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
        // The browser hashes the text after CRLF → LF.
        assert_eq!(script_hash_source("a\r\nb"), script_hash_source("a\nb"));
    }

    #[test]
    fn policy_allows_only_own_origin_and_listed_scripts() {
        let policy = csp_policy(&["'sha256-abc'".to_owned()]);
        assert_eq!(
            policy,
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'; \
             style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; \
             font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
        );
        assert!(!policy.contains("unsafe-inline"));
        assert!(!policy.contains("http"));
    }

    #[test]
    fn autoreload_script_gets_unsafe_inline_not_a_hash() {
        let html = "<script>const a = '{{__TRUNK_ADDRESS__}}';</script><script>b()</script>";
        let policy = csp_for(html);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';"));
        assert!(!policy.contains("sha256"));
    }

    #[test]
    fn meta_goes_right_after_charset() {
        let html = insert_csp_meta(PAGE, "default-src 'self'").unwrap();
        assert!(html.contains(
            "<meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" \
             content=\"default-src 'self'\">\n  <!-- prerender:head -->"
        ));
        assert!(insert_csp_meta(&html, "x").is_err(), "inserted twice");
        let no_charset = insert_csp_meta("<html><head><title>t</title></head>", "p").unwrap();
        assert!(no_charset.starts_with("<html><head>\n  <meta http-equiv"));
        assert!(insert_csp_meta("<p>no head</p>", "p").is_err());
    }

    #[test]
    fn finished_page_hashes_its_own_loader() {
        let (html, policy) = finish_html(PAGE, "<title>T</title>", "<h1>T</h1>").unwrap();
        let loader = script_hash_source("import init from './app.js';init();");
        assert!(policy.contains(&loader), "{policy}");
        assert!(html.contains("<h1>T</h1>\n  <main id=\"app\">"));
        assert!(html.contains(&format!("content=\"{policy}\"")));
    }

    #[test]
    fn unknown_marker_left_over_is_an_error() {
        let page = PAGE.replace("<main", "<!-- prerender:footer --><main");
        let error = finish_html(&page, "h", "b").unwrap_err();
        assert!(error.contains("<!-- prerender:footer -->"), "{error}");
    }

    #[test]
    fn compresses_text_and_wasm_only() {
        for name in [
            "index.html",
            "a.js",
            "a_bg.wasm",
            "s.css",
            "favicon.svg",
            "robots.txt",
        ] {
            assert!(should_compress(Path::new(name)), "{name}");
        }
        for name in ["a.png", "a.js.br", "a.wasm.gz", "noext"] {
            assert!(!should_compress(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn precompressed_copies_round_trip() {
        let dir = std::env::temp_dir().join(format!("postbuild-test-{}", std::process::id()));
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
