//! The page's Content-Security-Policy: only its own origin, plus the hashes
//! of its inline scripts (the app's loader and the `js` class switch) and
//! of its inline stylesheets (the styles the first screen needs).

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// Trunk's autoreload script (only `trunk serve` injects it) carries this
/// placeholder, which Trunk's dev server rewrites on every response, so its
/// hash cannot be known here.
const AUTORELOAD_PLACEHOLDER: &str = "{{__TRUNK_";

/// The CSP source expression that allows exactly this inline script or
/// stylesheet: `'sha256-<base64>'` of its text as the browser sees it (the
/// HTML parser turns CRLF and lone CR into LF before the hash is taken).
pub fn hash_source(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The policy: only the page's own origin, plus the given inline-script and
/// inline-style sources. `frame-ancestors` is left out because browsers
/// ignore it in a `<meta>`; the README recommends it in the HTTP header.
pub fn csp_policy(script_sources: &[String], style_sources: &[String]) -> String {
    let with = |base: &str, sources: &[String]| {
        std::iter::once(base)
            .chain(sources.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ")
    };
    [
        "default-src 'self'".to_owned(),
        format!(
            "script-src {}",
            with("'self' 'wasm-unsafe-eval'", script_sources)
        ),
        format!("style-src {}", with("'self'", style_sources)),
        "img-src 'self' data: blob:".to_owned(),
        "connect-src 'self'".to_owned(),
        "font-src 'self'".to_owned(),
        "object-src 'none'".to_owned(),
        "base-uri 'self'".to_owned(),
        "form-action 'self'".to_owned(),
    ]
    .join("; ")
}

/// The policy for a page with these inline scripts and stylesheets. A page
/// with Trunk's dev-server autoreload script (rewritten while it is served)
/// gets `'unsafe-inline'` for scripts instead, so `trunk serve` still
/// reloads. Release builds from `trunk build` never carry that script.
pub fn csp_for(inline_scripts: &[String], inline_styles: &[String]) -> String {
    let styles = hash_sources(inline_styles);
    if inline_scripts
        .iter()
        .any(|s| s.contains(AUTORELOAD_PLACEHOLDER))
    {
        return csp_policy(&["'unsafe-inline'".to_owned()], &styles);
    }
    csp_policy(&hash_sources(inline_scripts), &styles)
}

/// One hash source per distinct text, in a stable order.
fn hash_sources(texts: &[String]) -> Vec<String> {
    let mut sources: Vec<String> = texts.iter().map(|t| hash_source(t)).collect();
    sources.sort();
    sources.dedup();
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_matches_a_known_value() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash_source("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
        // The browser hashes the text after CRLF → LF.
        assert_eq!(hash_source("a\r\nb"), hash_source("a\nb"));
    }

    #[test]
    fn policy_allows_only_own_origin_and_listed_scripts() {
        let policy = csp_policy(&["'sha256-abc'".to_owned()], &["'sha256-css'".to_owned()]);
        assert_eq!(
            policy,
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'; \
             style-src 'self' 'sha256-css'; img-src 'self' data: blob:; connect-src 'self'; \
             font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
        );
        assert!(!policy.contains("unsafe-inline"));
        assert!(!policy.contains("http"));
    }

    #[test]
    fn every_inline_script_is_hashed_once() {
        let scripts = ["b()".to_string(), "a()".to_string(), "b()".to_string()];
        let styles = ["p{}".to_string(), "p{}".to_string()];
        let policy = csp_for(&scripts, &styles);
        assert_eq!(policy.matches("'sha256-").count(), 3, "{policy}");
        let directive = |name: &str| {
            policy
                .split("; ")
                .find(|d| d.starts_with(name))
                .unwrap()
                .to_string()
        };
        assert!(directive("script-src").contains(&hash_source("a()")));
        assert!(directive("script-src").contains(&hash_source("b()")));
        assert_eq!(
            directive("style-src"),
            format!("style-src 'self' {}", hash_source("p{}"))
        );
    }

    #[test]
    fn autoreload_script_gets_unsafe_inline_not_a_hash() {
        let scripts = [
            "const a = '{{__TRUNK_ADDRESS__}}';".to_string(),
            "b()".to_string(),
        ];
        let policy = csp_for(&scripts, &[]);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';"));
        assert!(!policy.contains("sha256"));
    }
}
