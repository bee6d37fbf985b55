//! The page's Content-Security-Policy: only its own origin, plus the hashes
//! of its inline scripts (Trunk's module loader and the `js` class switch).

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// Trunk's autoreload script (only `trunk serve` injects it) carries this
/// placeholder, which Trunk's dev server rewrites on every response, so its
/// hash cannot be known here.
const AUTORELOAD_PLACEHOLDER: &str = "{{__TRUNK_";

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

/// The policy for a page with these inline scripts. A page with Trunk's
/// dev-server autoreload script (rewritten while it is served) gets
/// `'unsafe-inline'` for scripts instead, so `trunk serve` still reloads.
/// Release builds from `trunk build` never carry that script.
pub fn csp_for(inline_scripts: &[String]) -> String {
    if inline_scripts
        .iter()
        .any(|s| s.contains(AUTORELOAD_PLACEHOLDER))
    {
        return csp_policy(&["'unsafe-inline'".to_owned()]);
    }
    let mut sources: Vec<String> = inline_scripts
        .iter()
        .map(|s| script_hash_source(s))
        .collect();
    sources.sort();
    sources.dedup();
    csp_policy(&sources)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn every_inline_script_is_hashed_once() {
        let scripts = ["b()".to_string(), "a()".to_string(), "b()".to_string()];
        let policy = csp_for(&scripts);
        assert_eq!(policy.matches("'sha256-").count(), 2, "{policy}");
        assert!(policy.contains(&script_hash_source("a()")));
    }

    #[test]
    fn autoreload_script_gets_unsafe_inline_not_a_hash() {
        let scripts = [
            "const a = '{{__TRUNK_ADDRESS__}}';".to_string(),
            "b()".to_string(),
        ];
        let policy = csp_for(&scripts);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';"));
        assert!(!policy.contains("sha256"));
    }
}
